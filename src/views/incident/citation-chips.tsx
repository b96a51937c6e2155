/** The article ids an item cites, as small chips after its text. */
export function CitationChips({ ids }: { readonly ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <span className="citations">
      {ids.map((id) => (
        <span key={id} className="citation" title={`Cites article ${id}`}>
          {id}
        </span>
      ))}
    </span>
  );
}
