import { withoutBidiControls } from '../domain/bidi-controls';
import { useHighlightTerms } from './highlight-terms';
import { inlinePieces } from './prose-blocks';

/** `text` with the search terms in force marked; the pieces are text, never markup. */
export function MarkedText({ text }: { readonly text: string }) {
  const terms = useHighlightTerms();
  if (terms.length === 0) return text;
  return inlinePieces(text, terms).map((piece, i) => (piece.kind === 'match' ? <mark key={i}>{piece.text}</mark> : piece.text));
}

/**
 * One piece of report text: a title, an organization, a rationale. Isolated with `<bdi>`,
 * so its direction never spills into what follows (the next organization's name), and
 * stripped of explicit bidi controls, so it cannot reverse its own characters either.
 * The terms of the search that brought the reader here are marked.
 */
export function ReportText({ text }: { readonly text: string }) {
  return (
    <bdi>
      <MarkedText text={withoutBidiControls(text)} />
    </bdi>
  );
}
