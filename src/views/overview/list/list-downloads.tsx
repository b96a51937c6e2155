import { useUrlState } from '../../../state/use-url-state';
import type { LabelledIndex } from '../../../domain/label-column';
import type { OrderedRows } from '../../../analysis/row-order';
import { exportContext } from '../../../export/export-context';
import type { FigureFrame } from '../../../figures/figure';
import { MIME } from '../../../export/download';
import { figureFileName } from '../../../export/file-name';
import { filtersInWords } from '../../../state/filters-in-words';
import { incidentListCsvParts, incidentListJsonParts } from '../../../export/incident-export';
import { ExportFailure } from './export-failure';
import { preparing, useFileExport } from './use-file-export';

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
 * Files are made only when asked for, a part at a time, so a selection of a million
 * incidents leaves the page answering while its file is made.
 */
export function ListDownloads({ index, rows }: ListDownloadsProps) {
  const { state } = useUrlState();
  const context = () => exportContext('Selected incidents', state, rows.length, publishedSpan(index, rows.all()), index.build);
  const fileName = (extension: string) => figureFileName({ title: 'incidents', filters: filtersInWords(state), build: index.build }, extension);
  const { state: file, make } = useFileExport();
  const making = file !== null && 'making' in file ? file : null;
  const download = (what: 'CSV' | 'JSON') => {
    const all = rows.all();
    const parts = what === 'CSV' ? () => incidentListCsvParts(index, all, context()) : () => incidentListJsonParts(index, all);
    make(what, { parts, total: all.length, fileName: fileName(what === 'CSV' ? 'csv' : 'json'), type: what === 'CSV' ? MIME.csv : MIME.json });
  };
  return (
    <div className="list-downloads" role="group" aria-label="Download the selected incidents">
      {(['CSV', 'JSON'] as const).map((what) => (
        <button key={what} type="button" className="button button--quiet" disabled={making !== null} aria-busy={making?.making === what} onClick={() => download(what)}>
          {making?.making === what ? preparing(what, making.share) : `Download ${what}`}
        </button>
      ))}
      <ExportFailure state={file} />
    </div>
  );
}
