import { useState } from 'react';
import type { Finding, FindingGroup } from '../../analysis/findings/finding-types';
import { findingChart, findingSentence, findingTitle, findingView, findingViewName } from '../../figures/finding-words';
import { MAX_SLIDES } from '../../presentation/deck-schema';
import { pinToDeck } from '../../presentation/use-deck';
import { UrlLink } from '../../state/url-link';
import { stringifyUrlState } from '../../state/url-state';
import type { UrlState } from '../../state/url-state';

interface FindingItemProps {
  readonly group: FindingGroup;
  readonly rank: number;
  readonly state: UrlState;
  readonly build: string;
}

/** Appends the chart that shows `finding` to the deck, its sentence as the presenter's note; says where it landed. */
function pinFinding(finding: Finding, state: UrlState, build: string): string {
  const view = stringifyUrlState(findingView(finding, state));
  const outcome = pinToDeck({ view, chart: findingChart(finding), title: findingTitle(finding), build, note: findingSentence(finding) }, new Date());
  if (outcome.kind === 'error') return outcome.message;
  return outcome.kind === 'full' ? `The deck is full (${MAX_SLIDES} slides).` : `Pinned as slide ${outcome.position}, with the sentence as its note.`;
}

/** One finding: its sentence, the view that shows it, a pin, and the near-identical findings it stands for. */
export function FindingItem({ group, rank, state, build }: FindingItemProps) {
  const [status, setStatus] = useState<string | null>(null);
  const { lead, alike } = group;
  const sentenceId = `finding-${rank}`;
  return (
    <li className="finding" aria-labelledby={sentenceId}>
      <p id={sentenceId} className="finding__sentence">
        {findingSentence(lead)}
      </p>
      <div className="finding__actions">
        <UrlLink to={findingView(lead, state)} className="finding__show">
          Show it in {findingViewName(lead)}
        </UrlLink>
        <button type="button" className="button button--quiet" onClick={() => setStatus(pinFinding(lead, state, build))}>
          Pin to deck
        </button>
        {status !== null && (
          <span className="finding__status" role="status">
            {status}
          </span>
        )}
      </div>
      {alike.length > 0 && (
        <details className="finding__alike">
          <summary>
            {alike.length} alike {alike.length === 1 ? 'finding' : 'findings'}: nearly the same incidents, said another way
          </summary>
          <ul>
            {alike.map((finding) => (
              <li key={finding.key}>
                {findingSentence(finding)} <UrlLink to={findingView(finding, state)}>Show it</UrlLink>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
