import { highlightParts } from './highlight-parts';

interface HighlightedTextProps {
  /** Report text: rendered as text nodes only, never parsed as markup. */
  readonly text: string;
  readonly terms: readonly string[];
}

/** `text` with each search match wrapped in `<mark>`. */
export function HighlightedText({ text, terms }: HighlightedTextProps) {
  if (terms.length === 0) return text;
  return highlightParts(text, terms).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text));
}
