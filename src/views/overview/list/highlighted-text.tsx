import { withoutBidiControls } from '../../../domain/bidi-controls';
import { highlightParts } from '../../../components/highlight-parts';

interface HighlightedTextProps {
  /** Report text: rendered as text nodes only, never parsed as markup. */
  readonly text: string;
  readonly terms: readonly string[];
}

/**
 * `text` with each search match wrapped in `<mark>`, isolated and without explicit bidi
 * controls, as all report text is shown (see `ReportText`).
 */
export function HighlightedText({ text, terms }: HighlightedTextProps) {
  const clean = withoutBidiControls(text);
  if (terms.length === 0) return <bdi>{clean}</bdi>;
  return <bdi>{highlightParts(clean, terms).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</bdi>;
}
