import { UrlLink } from '../../../state/url-link';
import { useUrlState } from '../../../state/use-url-state';
import { formatCount } from '../../../components/format-count';

interface ListPagerProps {
  /** The page shown, already clamped to `1 .. pages`. */
  readonly page: number;
  readonly pages: number;
}

/** Previous and next page as links, so every page of the list has an address. */
export function ListPager({ page, pages }: ListPagerProps) {
  const { state } = useUrlState();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label="List pages">
      {page > 1 ? <UrlLink to={{ ...state, page: page - 1 }}>Previous page</UrlLink> : <span className="pager__disabled">Previous page</span>}
      <span>
        Page {formatCount(page)} of {formatCount(pages)}
      </span>
      {page < pages ? <UrlLink to={{ ...state, page: page + 1 }}>Next page</UrlLink> : <span className="pager__disabled">Next page</span>}
    </nav>
  );
}
