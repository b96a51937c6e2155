import { useState } from 'react';
import { CopyFallback } from '../../export/copy-fallback';
import { copyText } from '../../export/copy-text';

interface DecisionLineProps {
  readonly line: string;
  /** What the line decides, for the button's accessible name: "merge", "keep apart". */
  readonly label: string;
}

/** One line to add to the decisions file, with a button that copies it. */
export function DecisionLine({ line, label }: DecisionLineProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [manual, setManual] = useState(false);
  const copy = async () => {
    if (await copyText(line)) setStatus('Copied.');
    else setManual(true);
  };
  return (
    <div className="decision-line">
      <code className="decision-line__text">{line}</code>
      <button type="button" className="button button--quiet" aria-label={`Copy the line to ${label}`} onClick={() => void copy()}>
        Copy
      </button>
      <span className="decision-line__status" role="status">
        {status}
      </span>
      {manual && <CopyFallback text={line} what="the line" onClose={() => setManual(false)} />}
    </div>
  );
}
