import { useEffect, useRef, useState } from 'react';
import { downloadBlob } from '../../../export/download';
import type { ExportPart } from '../../../export/incident-export';
import { partsToBlob } from '../../../export/parts-to-blob';

/** A file being made: which one, how far it is, or why it could not be made. */
export type FileExportState = { readonly making: string; readonly share: number } | { readonly failed: string } | null;

/** What a file is made of: its parts, made as they are asked for, and the incidents they write in all. */
export interface FileParts {
  readonly parts: () => Iterable<ExportPart>;
  readonly total: number;
  readonly fileName: string;
  readonly type: string;
}

/**
 * Makes export files a part at a time (`partsToBlob`) and downloads each once whole: one
 * at a time, abandoned when the component goes away.
 */
export function useFileExport(): { state: FileExportState; make: (what: string, file: FileParts) => void } {
  const [state, setState] = useState<FileExportState>(null);
  const job = useRef<AbortController | null>(null);
  useEffect(() => () => job.current?.abort(), []);
  const make = (what: string, { parts, total, fileName, type }: FileParts) => {
    if (job.current !== null) return;
    const controller = new AbortController();
    job.current = controller;
    setState({ making: what, share: 0 });
    partsToBlob(parts(), total, type, { signal: controller.signal, onProgress: (share) => setState({ making: what, share }) }).then(
      (blob) => {
        job.current = null;
        setState(null);
        downloadBlob(blob, fileName);
      },
      (cause: unknown) => {
        job.current = null;
        if (!controller.signal.aborted) setState({ failed: `The ${what} could not be made: ${cause instanceof Error ? cause.message : String(cause)}` });
      },
    );
  };
  return { state, make };
}

/** A button's words while its file is made: "Preparing the CSV… 42%". */
export const preparing = (what: string, share: number): string => `Preparing the ${what}… ${Math.floor(share * 100)}%`;
