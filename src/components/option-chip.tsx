import type { CSSProperties } from 'react';
import { NOT_ANALYSED } from '../domain/gap-keys';
import { fixedColour } from '../domain/option-colours';
import { optionLabel } from '../domain/option-label';
import { FACETS, UNKNOWN } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';

interface OptionChipProps {
  readonly facet: FacetId;
  /** An option id, `unknown`, or `NOT_ANALYSED` for a facet that was not analysed. */
  readonly option: string;
}

function describeOption(facet: FacetId, option: string): { title: string; variant: string } {
  if (option === NOT_ANALYSED) return { title: 'No classification yet', variant: 'not-analysed' };
  if (option === UNKNOWN) return { title: 'The articles do not say', variant: 'unknown' };
  const def = FACETS[facet].options.find((o) => o.id === option);
  if (def) return { title: def.description, variant: 'vocabulary' };
  return { title: 'Not in the taxonomy vocabulary', variant: 'extra' };
}

/**
 * An option as a coloured chip in its `fixedColour`. "unknown" (an answer) and "not
 * analysed" (no answer) differ in colour, pattern and wording, never in colour alone. An
 * option outside the vocabulary has no colour of its own apart from the dataset's other
 * options, so its chip is plain and outlined.
 */
export function OptionChip({ facet, option }: OptionChipProps) {
  const { title, variant } = describeOption(facet, option);
  const colour = fixedColour(facet, option);
  const style = (colour === null ? {} : { '--chip-colour': colour }) as CSSProperties;
  return (
    <span className={`chip chip--${variant}`} style={style} title={title}>
      {optionLabel(facet, option)}
    </span>
  );
}
