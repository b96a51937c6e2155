import type { FileExportState } from './use-file-export';

/** Why an export file could not be made, said where its button is; nothing otherwise. */
export function ExportFailure({ state }: { readonly state: FileExportState }) {
  if (state === null || !('failed' in state)) return null;
  return (
    <p role="alert" className="export-failure">
      {state.failed}
    </p>
  );
}
