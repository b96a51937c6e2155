import { CopyButton } from './copy-button';

interface DecisionLineProps {
  readonly line: string;
  /** What the line decides, for the button's accessible name: "merge", "keep apart". */
  readonly label: string;
}

/** One line to add to the decisions file, with a button that copies it. */
export function DecisionLine({ line, label }: DecisionLineProps) {
  return (
    <div className="decision-line">
      <code className="decision-line__text">{line}</code>
      <CopyButton text={line} label={`Copy the line to ${label}`} what="the line" />
    </div>
  );
}
