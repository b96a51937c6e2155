import { formatShare } from '../components/format-share';
import { FACETS } from '../domain/taxonomy';
import { restText } from '../figures/option-sets-figure';
import type { OptionSetsFigure } from '../figures/option-sets-figure';
import { CombinationBars } from './combination-bars';
import type { CombinationRow } from './combination-bars';
import { FigureLegend } from './figure-facts';
import { figureLink } from './figure-link';
import type { FigureMode } from './figure-mode';
import { OptionSetsSvg } from './option-sets-svg';

/**
 * An option-sets figure: on screen and on a slide, the sets as a table of dots and bars,
 * each count a link to the incidents having all of the set's options (on a slide with
 * the legend); in an image, the same sets as one SVG.
 */
export function OptionSetsChart({ figure, mode }: { readonly figure: OptionSetsFigure; readonly mode: FigureMode }) {
  if (mode === 'export') return <OptionSetsSvg figure={figure} />;
  const rows = figure.sets.map(
    (set): CombinationRow => ({
      key: set.key,
      members: set.members,
      label: set.label,
      count: set.count,
      share: set.share,
      shareText: formatShare(set.share),
      target: figureLink(set.target),
    }),
  );
  return (
    <>
      {mode === 'slide' && <FigureLegend figure={figure} />}
      <CombinationBars caption={`${FACETS[figure.facet].name}: the most frequent exact sets of options`} columns={figure.columns} rows={rows} />
      {figure.rest.incidents > 0 && <p className="upset__rest">{`And ${restText(figure.rest)} (${formatShare(figure.rest.share)}), not drawn one by one.`}</p>}
    </>
  );
}
