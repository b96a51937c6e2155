import type { SharedOption, SimilarIncident } from '../../analysis/similar-incidents';
import { formatIsoDate, ymdToIso } from '../../components/format-date';
import { LoadError } from '../../components/load-error';
import { OptionChip } from '../../components/option-chip';
import { ReportText } from '../../components/report-text';
import { Skeleton } from '../../components/skeleton';
import { useIndex } from '../../data/get-index';
import { useSimilarIncidents } from '../../data/get-similar-incidents';
import type { LabelledIndex } from '../../domain/label-column';
import { FACETS } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';

/** Incidents listed: enough to see a pattern, few enough to read each reason. */
export const SIMILAR_SHOWN = 6;
/** Shared options named per incident, rarest first; the rest are counted. */
const OPTIONS_SHOWN = 6;
const TERMS_SHOWN = 8;

/** Options grouped by facet, the facets in the order their rarest shared option comes. */
function byFacet(options: readonly SharedOption[]): { facet: FacetId; options: string[] }[] {
  const groups = new Map<FacetId, string[]>();
  for (const { facet, option } of options) groups.set(facet, [...(groups.get(facet) ?? []), option]);
  return [...groups].map(([facet, shared]) => ({ facet, options: shared }));
}

const moreText = (more: number, what: string) => (more > 0 ? ` and ${more} more${what}` : '');

function Reasons({ neighbour }: { readonly neighbour: SimilarIncident }) {
  const { options, organizations, terms } = neighbour;
  const shownOptions = options.slice(0, OPTIONS_SHOWN);
  const shownTerms = terms.slice(0, TERMS_SHOWN);
  return (
    <dl className="similar__reasons">
      {options.length > 0 && (
        <div>
          <dt>Shared labels</dt>
          <dd>
            <span className="similar__options">
              {byFacet(shownOptions).map(({ facet, options: shared }) => (
                <span key={facet} className="similar__option">
                  {FACETS[facet].name}:{' '}
                  {shared.map((option) => (
                    <OptionChip key={option} facet={facet} option={option} />
                  ))}
                </span>
              ))}
            </span>
            {moreText(options.length - shownOptions.length, ', common to more incidents')}
          </dd>
        </div>
      )}
      {organizations.length > 0 && (
        <div>
          <dt>Shared organizations</dt>
          <dd>
            {organizations.map((name, i) => (
              <span key={name}>
                {i > 0 && '; '}
                <ReportText text={name} />
              </span>
            ))}
          </dd>
        </div>
      )}
      {terms.length > 0 && (
        <div>
          <dt>Matching phrases</dt>
          <dd>
            {shownTerms.map((term, i) => (
              <span key={term}>
                {i > 0 && ', '}
                <q className="similar__term">
                  <ReportText text={term} />
                </q>
              </span>
            ))}
            {moreText(terms.length - shownTerms.length, '')}
          </dd>
        </div>
      )}
    </dl>
  );
}

function SimilarList({ neighbours, index }: { readonly neighbours: readonly SimilarIncident[]; readonly index: LabelledIndex }) {
  const { state } = useUrlState();
  if (neighbours.length === 0) return <p className="notice">No other incident shares a label, an organization or a distinctive word with this one.</p>;
  return (
    <ol className="similar__list">
      {neighbours.map((neighbour) => {
        const published = index.published[neighbour.row];
        return (
          <li key={neighbour.id} className="similar__item">
            <UrlLink to={{ ...state, view: 'incident', id: neighbour.id }} className="similar__title">
              <ReportText text={index.title.at(neighbour.row)} />
            </UrlLink>
            <span className="similar__meta">
              {published === 0 ? 'Date unknown' : formatIsoDate(ymdToIso(published))}
              {' · '}
              <span title="0 shares nothing; 1 has the same rare labels, organizations and distinctive words">similarity {Math.min(1, neighbour.score).toFixed(2)}</span>
            </span>
            <Reasons neighbour={neighbour} />
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The incidents most like this one, each with what makes it so: the labels, the
 * organizations and the distinctive words both have. The terms load, and the model is
 * built off the page's thread, when the first incident page opens; each link opens that
 * incident the way Previous and Next do, so Back returns here.
 */
export function SimilarIncidents({ id }: { readonly id: string }) {
  const similar = useSimilarIncidents(id, SIMILAR_SHOWN);
  const index = useIndex();
  // An id the index does not hold has its own message above; there is nothing to compare.
  if (similar.isSuccess && similar.data === null) return null;
  const failed = similar.isError ? similar : index.isError ? index : null;
  const neighbours = similar.data ?? null;
  return (
    <section className="incident-section similar" aria-labelledby="similar-heading">
      <h2 id="similar-heading">Similar incidents</h2>
      <p className="similar__note">
        Closest first, by the labels, organizations and distinctive words of the title, summary, causes and impacts that both incidents have; the
        rarer, the more they count. Unknown and not analysed never count.
      </p>
      {failed !== null ? (
        <LoadError title="Similar incidents could not be found" error={failed.error} onRetry={() => void failed.refetch()} />
      ) : neighbours === null || !index.data ? (
        <Skeleton label="Finding similar incidents" lines={4} />
      ) : (
        <SimilarList neighbours={neighbours} index={index.data} />
      )}
    </section>
  );
}
