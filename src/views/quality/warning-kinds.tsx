import { formatCount } from '../../components/format-count';
import type { WarningKind } from '../../data/build-report-rows';
import { ShowMore, usePaged } from './show-more';

/** The kinds of warning and how many inputs raised each, those raised most often first, a page at a time. */
export function WarningKinds({ kinds }: { readonly kinds: readonly WarningKind[] }) {
  const { shown, more } = usePaged();
  const listed = kinds.slice(0, shown);
  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Warnings by kind</caption>
          <thead>
            <tr>
              <th scope="col">Warning (a quoted value stands for any)</th>
              <th scope="col" className="numeric">
                Inputs
              </th>
              <th scope="col" className="numeric">
                Warnings
              </th>
              <th scope="col">First input</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((kind) => (
              <tr key={kind.message}>
                <td>{kind.message}</td>
                <td className="numeric">{formatCount(kind.inputs)}</td>
                <td className="numeric">{formatCount(kind.warnings)}</td>
                <td>
                  <code>{kind.first}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore shown={listed.length} total={kinds.length} what="kinds" onMore={more} />
    </>
  );
}
