import { BUILD_REPORT_FILE, loadQualityReport } from './build-report-load';
import type { QualityReportMessage } from './build-report-load';
import { failedMessage } from './dataset-messages';

/**
 * Reads the build report off the page's thread: parsing and checking the record of
 * every input takes a tenth of a second per hundred thousand inputs, and the page only
 * shows a few of them.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ url: string }>) => void) | null;
  postMessage: (message: QualityReportMessage) => void;
};

scope.onmessage = ({ data }) => {
  loadQualityReport(data.url).then(
    (report) => scope.postMessage({ kind: 'done', report }),
    (error: unknown) => scope.postMessage(failedMessage(error, BUILD_REPORT_FILE)),
  );
};
