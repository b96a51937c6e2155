import type { ReactNode } from 'react';

interface LoadErrorProps {
  /** What was being loaded, as a heading: "The dataset could not be loaded". */
  readonly title: string;
  readonly error: unknown;
  /** Called by the Retry button, usually a query's `refetch`; no button without it. */
  readonly onRetry?: () => void;
  /** More to say after the message: where the reader may go instead. */
  readonly children?: ReactNode;
}

const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'An unexpected error occurred.';

/** A failed load, saying which file failed and why, with a way to try again. */
export function LoadError({ title, error, onRetry, children }: LoadErrorProps) {
  return (
    <div className="load-error" role="alert">
      <h2 className="load-error__title">{title}</h2>
      <p className="load-error__message">{messageOf(error)}</p>
      {children}
      {onRetry && (
        <button type="button" className="button" onClick={() => onRetry()}>
          Retry
        </button>
      )}
    </div>
  );
}
