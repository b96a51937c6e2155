import { incidentCount } from '../../../components/format-count';
import { dataUrl } from '../../../data/fetch-json';
import { INDEX_FILE } from '../../../data/get-index';
import { INDEX_COLUMNS_FILE } from '../../../domain/index-files';
import type { LabelledIndex } from '../../../domain/label-column';
import { MIME } from '../../../export/download';
import { exportFileName } from '../../../export/file-name';
import { incidentListCsvParts } from '../../../export/incident-export';
import { shortBuild } from '../../../figures/figure-caption';
import { ExportFailure } from './export-failure';
import { preparing, useFileExport } from './use-file-export';

/** Every row of the index in its own order: the whole dataset, whatever the filters. */
const everyRow = (index: LabelledIndex): Uint32Array => Uint32Array.from({ length: index.count }, (_, row) => row);

/**
 * The whole dataset, whatever the filters: every incident as CSV, or the index files the
 * dashboard itself reads, named with its build so a copy says which data it is.
 */
export function DatasetDownloads({ index }: { readonly index: LabelledIndex }) {
  const build = shortBuild(index.build);
  const { state, make } = useFileExport();
  const making = state !== null && 'making' in state ? state : null;
  const downloadCsv = () =>
    make('CSV', { parts: () => incidentListCsvParts(index, everyRow(index)), total: index.count, fileName: exportFileName(`all incidents ${build}`, 'csv'), type: MIME.csv });
  return (
    <section className="dataset-downloads" aria-labelledby="dataset-downloads-heading">
      <h2 id="dataset-downloads-heading">The whole dataset</h2>
      <p className="muted">
        {incidentCount(index.count)}, dataset build {build}, without any filter.
      </p>
      <div className="dataset-downloads__actions">
        <button type="button" className="button button--quiet" disabled={making !== null} aria-busy={making !== null} onClick={downloadCsv}>
          {making === null ? 'Download every incident as CSV' : preparing(making.making, making.share)}
        </button>
        <a className="button button--quiet" href={dataUrl(INDEX_COLUMNS_FILE)} download={exportFileName(`index columns ${build}`, 'bin')}>
          Download index-columns.bin
        </a>
        <a className="button button--quiet" href={dataUrl(INDEX_FILE)} download={exportFileName(`index ${build}`, 'json')}>
          Download index.json
        </a>
      </div>
      <ExportFailure state={state} />
      <p className="dataset-downloads__note muted">
        The CSV has one row per incident: id, date, title, organizations and every facet, several options joined with “; ”,
        written with the labels the dashboard shows. index-columns.bin and index.json are the files this dashboard reads: the first
        holds a column per field, little-endian integers placed by its JSON header, each facet’s options stored once and
        referenced by number; the second the ids and titles. Both are described by <a href={dataUrl('schema.json')}>schema.json</a>.
      </p>
    </section>
  );
}
