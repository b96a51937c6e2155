interface EmptyStateProps {
  readonly message: string;
  /** The one thing that gets the reader out of the empty state: "Clear all filters". */
  readonly actionLabel: string;
  readonly onAction: () => void;
}

/** Shown where a selection left nothing to show, with the action that undoes it. */
export function EmptyState({ message, actionLabel, onAction }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p>{message}</p>
      <button type="button" className="button" onClick={onAction}>
        {actionLabel}
      </button>
    </div>
  );
}
