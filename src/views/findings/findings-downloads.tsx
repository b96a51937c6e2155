import type { FindingsScan } from '../../analysis/findings/finding-types';
import { MIME, downloadText } from '../../export/download';
import { findingsCsv, findingsFileName, findingsMarkdown } from '../../export/findings-file';
import type { FindingsSource } from '../../export/findings-file';

/** The findings as CSV (every number) and Markdown (the sentences, their links and the methods). */
export function FindingsDownloads({ scan, source }: { readonly scan: FindingsScan; readonly source: FindingsSource }) {
  return (
    <div className="view-actions__buttons" role="group" aria-label="Findings: download">
      <button type="button" className="button button--quiet" onClick={() => downloadText(findingsCsv(scan, source), findingsFileName(source, 'csv'), MIME.csv)}>
        CSV
      </button>
      <button type="button" className="button button--quiet" onClick={() => downloadText(findingsMarkdown(scan, source), findingsFileName(source, 'md'), MIME.markdown)}>
        Markdown
      </button>
    </div>
  );
}
