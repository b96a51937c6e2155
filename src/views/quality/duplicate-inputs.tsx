import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';
import type { BuildInput } from '../../domain/schema';
import { ShowMore, usePaged } from './show-more';

interface DuplicateInputsProps {
  readonly inputs: readonly BuildInput[];
  /** Incident titles by id, to name what each duplicate became; ids alone while the index loads. */
  readonly titles: ReadonlyMap<string, string>;
}

/** Inputs that described an incident already read, linked to the incident they were merged into, a page at a time. */
export function DuplicateInputs({ inputs, titles }: DuplicateInputsProps) {
  const { state } = useUrlState();
  const { shown, more } = usePaged();
  const listed = inputs.slice(0, shown);
  return (
    <section className="quality-section" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">Duplicates</h2>
      {inputs.length === 0 ? (
        <p className="muted">No incident was described twice.</p>
      ) : (
        <>
          <ul className="plain-list">
            {listed.map((input) => (
              <li key={input.source}>
                <code>{input.source}</code> merged into{' '}
                {input.incident === null ? (
                  <span className="muted">an unrecorded incident</span>
                ) : (
                  <UrlLink to={{ ...state, view: 'incident', id: input.incident }}>
                    {titles.get(input.incident) ?? input.incident}
                  </UrlLink>
                )}
              </li>
            ))}
          </ul>
          <ShowMore shown={listed.length} total={inputs.length} what="duplicates" onMore={more} />
        </>
      )}
    </section>
  );
}
