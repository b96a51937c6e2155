import type { CohortFigure } from '../figures/cohort-figure';
import { DifferencePlot } from './difference-plot';
import type { FigureMode } from './figure-mode';

/** The width an image's plot is laid out in, inside the image's 800 pixels; a slide scales the same layout up to its width. */
const FIXED_WIDTH = 760;

/**
 * A cohort figure's difference plot: on screen every facet's options, each share a link
 * to its incidents; on a slide and in an image the largest differences only (the figure's
 * notes say so), an image at a fixed width with no links or hover text.
 */
export function CohortChart({ figure, mode }: { readonly figure: CohortFigure; readonly mode: FigureMode }) {
  const screen = mode === 'screen';
  return (
    <DifferencePlot
      groups={screen ? figure.groups : [figure.largest]}
      legend={figure.legend}
      label={screen ? `${figure.title}: difference of shares per option` : `${figure.title}: ${figure.largest.title}`}
      width={screen ? undefined : FIXED_WIDTH}
      fit={mode === 'slide'}
      interactive={mode !== 'export'}
    />
  );
}
