/**
 * A cited article's id as a small chip: a link to the reference that lists it where the
 * page has one, else plain, saying why it leads nowhere.
 */
export function CitationLink({ id, href }: { readonly id: string; readonly href: string | null }) {
  return href === null ? (
    <span className="citation" title={`Cites article ${id}; no reference on this page lists it`}>
      {id}
    </span>
  ) : (
    <a className="citation" href={href} aria-label={`Reference for article ${id}`}>
      {id}
    </a>
  );
}
