import { CitationLink } from '../../components/citation-link';

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
      {ids.map((id) => (
        <CitationLink key={id} id={id} href={hrefOf(id)} />
      ))}
    </span>
  );
}
