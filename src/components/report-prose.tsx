import { Fragment } from 'react';
import { withoutBidiControls } from '../domain/bidi-controls';
import { CitationLink } from './citation-link';
import { useHighlightTerms } from './highlight-terms';
import { inlinePieces, proseBlocks } from './prose-blocks';

interface ReportProseProps {
  readonly text: string;
  /** Where a cited article's reference is on the page, or null when nothing lists it. */
  readonly citationHref: (id: string) => string | null;
  readonly className?: string;
}

function Line({ text, citationHref }: { readonly text: string; readonly citationHref: ReportProseProps['citationHref'] }) {
  const terms = useHighlightTerms();
  return (
    <bdi>
      {inlinePieces(withoutBidiControls(text), terms).map((piece, i) => {
        if (piece.kind === 'match') return <mark key={i}>{piece.text}</mark>;
        if (piece.kind === 'text') return <Fragment key={i}>{piece.text}</Fragment>;
        return (
          <span key={i} className="citations">
            {piece.ids.map((id) => (
              <CitationLink key={id} id={id} href={citationHref(id)} />
            ))}
          </span>
        );
      })}
    </bdi>
  );
}

/**
 * A long piece of report text, a rationale, with its paragraphs, lettered points and
 * bullet lists kept, each citation bracket turned into links to the references it cites,
 * and the search terms marked. Built from text pieces only: nothing in it is read as HTML.
 */
export function ReportProse({ text, citationHref, className }: ReportProseProps) {
  return (
    <div className={className}>
      {proseBlocks(text).map((block, i) =>
        block.kind === 'line' ? (
          <p key={i}>
            <Line text={block.text} citationHref={citationHref} />
          </p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Line text={item} citationHref={citationHref} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
