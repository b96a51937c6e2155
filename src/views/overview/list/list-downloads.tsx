import { useUrlState } from '../../../state/use-url-state';
import type { LabelledIndex } from '../../../domain/label-column';
import type { OrderedRows } from '../../../analysis/row-order';
import { exportContext } from '../../../export/export-context';
import type { FigureFrame } from '../../../figures/figure';
import { MIME, downloadText } from '../../../export/download';
import { figureFileName } from '../../../export/file-name';
import { filtersInWords } from '../../../state/filters-in-words';
import { incidentListCsv, incidentListJson } from '../../../export/incident-export';

interface ListDownloadsProps {
  readonly index: LabelledIndex;
  /** Every selected row in list order, not only the page on screen. */
  readonly rows: OrderedRows;
}

/** The publication span of the rows, as a chart's caption gives it. */
function publishedSpan(index: LabelledIndex, rows: ArrayLike<number>): FigureFrame['published'] {
  let first: number | null = null;
  let last: number | null = null;
  for (let i = 0; i < rows.length; i++) {
    const date = index.published[rows[i]];
    if (date === 0) continue;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return { first, last };
}

/**
 * The selection as a file: every incident the filters select, in the list's order, as
 * CSV for a spreadsheet or JSON for a script, named like a chart's files for the
 * filters and the build, so lists of different selections never overwrite one another.
 * Files are made only when asked for.
 */
export function ListDownloads({ index, rows }: ListDownloadsProps) {
  const { state } = useUrlState();
  const context = () => exportContext('Selected incidents', state, rows.length, publishedSpan(index, rows.all()), index.build);
  const fileName = (extension: string) => figureFileName({ title: 'incidents', filters: filtersInWords(state), build: index.build }, extension);
  return (
    <div className="list-downloads" role="group" aria-label="Download the selected incidents">
      <button
        type="button"
        className="button button--quiet"
        onClick={() => downloadText(incidentListCsv(index, rows.all(), context()), fileName('csv'), MIME.csv)}
      >
        Download CSV
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => downloadText(incidentListJson(index, rows.all()), fileName('json'), MIME.json)}
      >
        Download JSON
      </button>
    </div>
  );
}
