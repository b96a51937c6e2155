import { useMemo } from 'react';
import { formatCount } from '../../components/format-count';
import { formatShortYmd } from '../../components/format-date';
import { ReportText } from '../../components/report-text';
import type { LabelledIndex } from '../../domain/label-column';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';
import { datedAfter } from './quality-rows';

/** Rows the table lists; a dataset with more such dates has a systematic error the first ones show. */
const LISTED = 100;

/** Today on the reader's calendar, YYYYMMDD. */
function todayYmd(): number {
  const now = new Date();
  return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
}

/** Incidents published after today, each linked to its incident, latest first. */
export function DatedAfterToday({ index }: { readonly index: LabelledIndex }) {
  const { state } = useUrlState();
  const { total, rows } = useMemo(() => datedAfter(index, todayYmd(), LISTED), [index]);
  return (
    <section className="quality-section" aria-labelledby="dated-after-heading">
      <h2 id="dated-after-heading">Dated after today</h2>
      {total === 0 ? (
        <p className="muted">No incident is published after today.</p>
      ) : (
        <>
          <p className="muted">
            {total === 1 ? '1 incident is' : `${formatCount(total)} incidents are`} published after today: most likely a typo in the year, which
            stretches every trend to that year. Correct the date in the report.
            {total > rows.length && ` The latest ${formatCount(rows.length)} are listed.`}
          </p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Published</th>
                  <th scope="col">Incident</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>{formatShortYmd(row.published)}</td>
                    <td>
                      <UrlLink to={{ ...state, view: 'incident', id: row.id }}>
                        <ReportText text={row.title} />
                      </UrlLink>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
