interface SkeletonProps {
  /** Read to screen readers while the content loads: "Loading incident". */
  readonly label: string;
  /** Grey bars to draw, roughly the lines of text that will replace them. */
  readonly lines?: number;
  /** Draw one tall block instead, the size of a chart or table. */
  readonly block?: boolean;
}

/** Grey placeholders where content is loading, so the layout does not jump when it arrives. */
export function Skeleton({ label, lines = 3, block = false }: SkeletonProps) {
  return (
    <div className="skeleton" aria-busy="true" aria-live="polite" role="status">
      <span className="visually-hidden">{label}</span>
      {block ? (
        <div className="skeleton__block" />
      ) : (
        Array.from({ length: lines }, (_, i) => <div key={i} className="skeleton__line" />)
      )}
    </div>
  );
}
