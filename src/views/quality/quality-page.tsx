import { useMemo } from 'react';
import { LoadError } from '../../components/load-error';
import { Skeleton } from '../../components/skeleton';
import { useQualityReport } from '../../data/get-build-report';
import { useIndex } from '../../data/get-index';
import { usePreparedColumns } from '../../data/get-prepared-columns';
import { BuildSummaryCounts } from './build-summary-counts';
import { ContradictoryLabels } from './contradictory-labels';
import { DatedAfterToday } from './dated-after-today';
import { DuplicateDecisions } from './duplicate-decisions';
import { DuplicateInputs } from './duplicate-inputs';
import { ExtraOptions } from './extra-options';
import { GapTable } from './gap-table';
import { InputWarnings } from './input-warnings';
import { extraOptionRows, gapRows, mergedTitles } from './quality-rows';
import { PossibleDuplicates } from './possible-duplicates';
import { SkippedInputs } from './skipped-inputs';

/** What the prebuild reported about its inputs: counts, skips, warnings, duplicates. */
function BuildReportSections() {
  const report = useQualityReport();
  const index = useIndex();
  const duplicates = report.data?.duplicates;
  const titles = useMemo(() => (index.data && duplicates ? mergedTitles(index.data, duplicates) : new Map<string, string>()), [index.data, duplicates]);
  if (report.isPending) return <Skeleton label="Loading the build report" lines={6} />;
  if (report.isError) {
    return <LoadError title="The build report could not be loaded" error={report.error} onRetry={() => void report.refetch()} />;
  }
  return (
    <>
      <BuildSummaryCounts summary={report.data.summary} />
      <SkippedInputs rows={report.data.skipped} />
      <InputWarnings groups={report.data.warnings} kinds={report.data.warningKinds} />
      <DuplicateInputs inputs={report.data.duplicates} titles={titles} />
      <PossibleDuplicates pairs={report.data.possibleDuplicates} />
      <DuplicateDecisions report={report.data.duplicateDecisions} />
    </>
  );
}

/** What the index says about the classification itself: stray options, gaps and contradictions; and dates no report can have. */
function IndexSections() {
  const index = useIndex();
  const columns = usePreparedColumns();
  if (columns.isPending || index.isPending) return <Skeleton label="Loading the index" block />;
  if (columns.isError) {
    return <LoadError title="The index could not be loaded" error={columns.error} onRetry={() => void columns.refetch()} />;
  }
  if (index.isError) {
    return <LoadError title="The index could not be loaded" error={index.error} onRetry={() => void index.refetch()} />;
  }
  return (
    <>
      <ExtraOptions rows={extraOptionRows(columns.data)} />
      <GapTable rows={gapRows(columns.data)} />
      <ContradictoryLabels index={index.data} />
      <DatedAfterToday index={index.data} />
    </>
  );
}

/**
 * The data-quality view. Its two sources load and fail independently, so a broken build
 * report still leaves the gap table readable and the other way round.
 */
export function QualityPage() {
  return (
    <div className="page quality-page">
      <h1>Data quality</h1>
      <BuildReportSections />
      <IndexSections />
    </div>
  );
}
