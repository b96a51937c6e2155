import type { CSSProperties } from 'react';
import { NOT_ANALYSED } from '../domain/gap-keys';
import { optionColour } from '../domain/option-colours';
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
 * An option as a coloured chip in its `optionColour`. "unknown" (an answer) and "not
 * analysed" (no answer) differ in colour, pattern and wording, never in colour alone.
 */
export function OptionChip({ facet, option }: OptionChipProps) {
  const { title, variant } = describeOption(facet, option);
  const style = { '--chip-colour': optionColour(facet, option) } as CSSProperties;
  return (
    <span className={`chip chip--${variant}`} style={style} title={title}>
      {optionLabel(facet, option)}
    </span>
  );
}
