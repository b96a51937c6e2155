import { withoutBidiControls } from '../domain/bidi-controls';
import { useHighlightTerms } from './highlight-terms';
import { highlightParts } from './highlight-parts';

/** `text` with `terms` marked; the pieces are text, never markup. */
function MarkedText({ text, terms }: { readonly text: string; readonly terms: readonly string[] }) {
  if (terms.length === 0) return text;
  return highlightParts(text, terms).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text));
}

/**
 * One piece of report text: a title, an organization, a rationale. Isolated with `<bdi>`,
 * so its direction never spills into what follows (the next organization's name), and
 * stripped of explicit bidi controls, so it cannot reverse its own characters either.
 * The terms of the search in force are marked: `terms` when given (the list's), else
 * those that brought the reader here (`HighlightTerms`).
 */
export function ReportText({ text, terms }: { readonly text: string; readonly terms?: readonly string[] }) {
  const brought = useHighlightTerms();
  return (
    <bdi>
      <MarkedText text={withoutBidiControls(text)} terms={terms ?? brought} />
    </bdi>
  );
}
