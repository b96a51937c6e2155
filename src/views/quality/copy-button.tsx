import { useState } from 'react';
import { CopyFallback } from '../../export/copy-fallback';
import { copyText } from '../../export/copy-text';

interface CopyButtonProps {
  readonly text: string;
  /** The button's accessible name: "Copy the line to merge the two". */
  readonly label: string;
  /** What the text is, where the clipboard refuses and it is shown to copy by hand: "the line". */
  readonly what: string;
  /** The button's visible text. */
  readonly children?: string;
}

/** A button that copies `text`, says so, and shows the text to copy by hand where the browser refuses. */
export function CopyButton({ text, label, what, children = 'Copy' }: CopyButtonProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [manual, setManual] = useState(false);
  const copy = async () => {
    if (await copyText(text)) setStatus('Copied.');
    else setManual(true);
  };
  return (
    <>
      <button type="button" className="button button--quiet" aria-label={label} onClick={() => void copy()}>
        {children}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
      {manual && <CopyFallback text={text} what={what} onClose={() => setManual(false)} />}
    </>
  );
}
