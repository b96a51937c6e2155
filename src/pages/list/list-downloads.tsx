import type { DatasetIndex } from '../../domain/schema';
import { MIME, downloadText } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import { incidentListCsv, incidentListJson } from '../../export/incident-export';

interface ListDownloadsProps {
  readonly index: DatasetIndex;
  /** Every selected row in list order, not only the page on screen. */
  readonly rows: ArrayLike<number>;
}

/**
 * The selection as a file: every incident the filters select, in the list's order, as
 * CSV for a spreadsheet or JSON for a script. Files are made only when asked for.
 */
export function ListDownloads({ index, rows }: ListDownloadsProps) {
  return (
    <div className="list-downloads" role="group" aria-label="Download the selected incidents">
      <button
        type="button"
        className="button button--quiet"
        onClick={() => downloadText(incidentListCsv(index, rows), exportFileName('selected incidents', 'csv'), MIME.csv)}
      >
        Download CSV
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => downloadText(incidentListJson(index, rows), exportFileName('selected incidents', 'json'), MIME.json)}
      >
        Download JSON
      </button>
    </div>
  );
}
