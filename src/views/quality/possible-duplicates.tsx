import type { PossibleDuplicate } from '../../domain/schema';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';
import { DecisionLine } from './decision-line';
import { DECISIONS_FILE, dateWords, decisionLine, scoreWords } from './duplicate-rows';
import { SameTextMerges } from './same-text-merges';
import { ShowMore, usePaged } from './show-more';

/** The two titles of a pair, each a link to its incident. */
export function PairTitles({ incidents, titles }: { readonly incidents: readonly [string, string]; readonly titles: readonly [string, string] }) {
  const { state } = useUrlState();
  const link = (i: 0 | 1) => <UrlLink to={{ ...state, view: 'incident', id: incidents[i] }}>{titles[i]}</UrlLink>;
  return (
    <>
      {link(0)} and {link(1)}
    </>
  );
}

function Pair({ pair }: { readonly pair: PossibleDuplicate }) {
  return (
    <li className="duplicate-pair">
      <h3 className="duplicate-pair__titles">
        <PairTitles incidents={pair.incidents} titles={pair.titles} />
      </h3>
      <p>
        {scoreWords(pair)} {dateWords(pair)}
      </p>
      {pair.evidence.length > 0 && (
        <>
          <h4>Shared passages</h4>
          <ul className="duplicate-pair__evidence">
            {pair.evidence.map((passage, i) => (
              <li key={i}>
                <blockquote dir="auto">{passage}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>Record a decision</h4>
      <p className="muted">Add one of these lines to the list in {DECISIONS_FILE}:</p>
      <DecisionLine line={decisionLine(pair.incidents, 'merge')} label="merge the two" />
      <DecisionLine line={decisionLine(pair.incidents, 'separate')} label="keep the two apart" />
    </li>
  );
}

/** Pairs of incidents whose text is nearly the same whatever their titles, to review, a page of pairs at a time. */
export function PossibleDuplicates({ pairs }: { readonly pairs: readonly PossibleDuplicate[] }) {
  const { shown, more } = usePaged();
  const listed = pairs.slice(0, shown);
  return (
    <section className="quality-section" aria-labelledby="possible-duplicates-heading">
      <h2 id="possible-duplicates-heading">Possible duplicates</h2>
      <p className="muted">
        Incidents whose long text (summary, postmortem, rationales, article) is nearly the same, whatever their titles, compared
        as 5-word passages; a truncated copy counts. Once reviewed, a decision in {DECISIONS_FILE} (in an input folder, data/ by
        default) merges the two or keeps them apart at every build that follows.
      </p>
      {pairs.length === 0 ? (
        <p className="muted">No two incidents have nearly the same text.</p>
      ) : (
        <>
          <SameTextMerges pairs={pairs} />
          <ol className="plain-list duplicate-pairs">
            {listed.map((pair) => (
              <Pair key={pair.incidents.join(' ')} pair={pair} />
            ))}
          </ol>
          <ShowMore shown={listed.length} total={pairs.length} what="pairs" onMore={more} />
        </>
      )}
    </section>
  );
}
