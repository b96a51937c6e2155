interface CitationChipsProps {
  readonly ids: readonly string[];
  /** Where each cited article's reference is, or null when nothing on the page lists it. */
  readonly hrefOf: (id: string) => string | null;
}

/** The article ids an item cites, as small chips after its text, each leading to its reference where the page lists one. */
export function CitationChips({ ids, hrefOf }: CitationChipsProps) {
  if (ids.length === 0) return null;
  return (
    <span className="citations">
      {ids.map((id) => {
        const href = hrefOf(id);
        return href === null ? (
          <span key={id} className="citation" title={`Cites article ${id}; no reference on this page lists it`}>
            {id}
          </span>
        ) : (
          <a key={id} className="citation" href={href} aria-label={`Reference for article ${id}`}>
            {id}
          </a>
        );
      })}
    </span>
  );
}
