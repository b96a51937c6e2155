/**
 * What a person sees, written in the query string so a link reproduces it:
 *
 *   ?f.phase=design,operation&all=behaviour&q=database&from=2015&to=2020&kind=report
 *    &gaps=0&sort=date-desc&page=2&view=incident&id=fail-2751
 *
 * and, in the deck and present views only, `&deck=<base64url>`: a whole slide deck
 * carried by the link. Only values that differ from the defaults are written, in that key
 * order. Parsing never throws: a malformed value (unknown facet, bad year, negative page, stray percent sign)
 * falls back to the default for its field alone, so a mangled link still opens a page.
 */
import type { FacetFilter, Filters, KindFilter } from '../analysis/filters';
import { emptyFilters } from '../analysis/filters';
import type { RowSort } from '../analysis/row-order';
import { IncidentIdSchema } from '../domain/schema';
import { FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';

export type View = 'overview' | 'incident' | 'quality' | 'deck' | 'present';

/** The filters a link can carry: every filter but the search rows, which are computed from `query`. */
export type UrlFilters = Omit<Filters, 'searchRows'>;

export interface UrlState {
  readonly view: View;
  /** The incident shown; the incident view falls back to the overview without one. */
  readonly id: string | null;
  readonly filters: UrlFilters;
  /** Full-text query as typed; empty when no search is active. */
  readonly query: string;
  /** The "exclude unknown and not analysed from the denominator" switch. */
  readonly excludeGaps: boolean;
  readonly sort: RowSort;
  /** 1-based page of the incident list; the list clamps it to the pages it has. */
  readonly page: number;
  /**
   * A deck carried by the link, still encoded (base64url of compact JSON); decoded and
   * validated by the deck and present views. Always null in other views, so an 8 KB deck
   * never rides along on every link the overview writes.
   */
  readonly deck: string | null;
}

/** Incidents per page of the list: what `page` counts in. */
export const LIST_PAGE_SIZE = 25;

const VIEWS: readonly View[] = ['overview', 'incident', 'quality', 'deck', 'present'];
/** The views that read a deck from the link. */
const DECK_VIEWS: readonly View[] = ['deck', 'present'];
const SORTS: readonly RowSort[] = ['date-asc', 'date-desc', 'title'];
const KINDS: readonly KindFilter[] = ['both', 'report', 'article'];
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const MAX_QUERY_LENGTH = 200;
const MAX_OPTION_LENGTH = 80;
const MAX_PAGE = 1_000_000;
/** Browsers and servers start refusing addresses somewhere past 8 to 16 KB. */
const DECK_PARAM = /^[A-Za-z0-9_-]{1,12000}$/;

export function defaultUrlState(): UrlState {
  const { facets, years, kind } = emptyFilters();
  return {
    view: 'overview',
    id: null,
    filters: { facets, years, kind },
    query: '',
    excludeGaps: false,
    sort: 'date-asc',
    page: 1,
    deck: null,
  };
}

/** Percent-decoding that treats `+` as a space, as forms do, and gives null instead of throwing. */
function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Percent-encoding that keeps spaces readable as `+`. */
const encode = (value: string): string => encodeURIComponent(value).replace(/%20/g, '+');

/** The raw (still encoded) value of each key, first occurrence winning. */
function rawParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const cut = pair.indexOf('=');
    const key = decode(cut === -1 ? pair : pair.slice(0, cut));
    if (key !== null && !params.has(key)) params.set(key, cut === -1 ? '' : pair.slice(cut + 1));
  }
  return params;
}

const isFacetId = (value: string): value is FacetId => (FACET_IDS as readonly string[]).includes(value);

function oneOf<T extends string>(allowed: readonly T[], raw: string | undefined, fallback: T): T {
  const value = raw === undefined ? null : decode(raw);
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

function integerIn(raw: string | undefined, low: number, high: number): number | null {
  if (raw === undefined || !/^\d{1,7}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= low && value <= high ? value : null;
}

/** Option ids separated by literal commas; each id is decoded on its own so an encoded comma stays inside it. */
function parseOptions(raw: string): string[] {
  const options: string[] = [];
  for (const part of raw.split(',')) {
    const option = decode(part)?.trim();
    if (option && option.length <= MAX_OPTION_LENGTH && !options.includes(option)) options.push(option);
  }
  return options;
}

function parseFilters(params: Map<string, string>): UrlFilters {
  const matchAll = new Set((params.get('all') ?? '').split(',').filter(isFacetId));
  const facets = Object.fromEntries(
    FACET_IDS.map((facet): [FacetId, FacetFilter] => {
      const raw = params.get(`f.${facet}`);
      return [facet, { selected: raw === undefined ? [] : parseOptions(raw), matchAll: matchAll.has(facet) }];
    }),
  ) as Record<FacetId, FacetFilter>;
  let from = integerIn(params.get('from'), MIN_YEAR, MAX_YEAR);
  let to = integerIn(params.get('to'), MIN_YEAR, MAX_YEAR);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { facets, years: { from, to }, kind: oneOf(KINDS, params.get('kind'), 'both') };
}

/** Reads a query string (with or without its `?`); total: any input gives a usable state. */
export function parseUrlState(search: string): UrlState {
  const params = rawParams(search);
  const fallback = defaultUrlState();
  const rawId = params.get('id');
  const idText = rawId === undefined ? null : decode(rawId);
  const id = idText !== null && IncidentIdSchema.safeParse(idText).success ? idText : null;
  const view = oneOf(VIEWS, params.get('view'), fallback.view);
  const rawQuery = params.get('q');
  const rawDeck = params.get('deck');
  return {
    view: view === 'incident' && id === null ? fallback.view : view,
    id,
    filters: parseFilters(params),
    query: rawQuery === undefined ? '' : (decode(rawQuery) ?? '').slice(0, MAX_QUERY_LENGTH),
    excludeGaps: params.get('gaps') === '0',
    sort: oneOf(SORTS, params.get('sort'), fallback.sort),
    page: integerIn(params.get('page'), 1, MAX_PAGE) ?? fallback.page,
    deck: DECK_VIEWS.includes(view) && rawDeck !== undefined && DECK_PARAM.test(rawDeck) ? rawDeck : null,
  };
}

/** The query string for `state`, `?` included, or `''` when every value is the default. */
export function stringifyUrlState(state: UrlState): string {
  const fallback = defaultUrlState();
  const parts: string[] = [];
  const { facets, years, kind } = state.filters;
  for (const facet of FACET_IDS) {
    if (facets[facet].selected.length > 0) parts.push(`f.${facet}=${facets[facet].selected.map(encode).join(',')}`);
  }
  const matchAll = FACET_IDS.filter((facet) => facets[facet].matchAll);
  if (matchAll.length > 0) parts.push(`all=${matchAll.join(',')}`);
  if (state.query !== '') parts.push(`q=${encode(state.query)}`);
  if (years.from !== null) parts.push(`from=${years.from}`);
  if (years.to !== null) parts.push(`to=${years.to}`);
  if (kind !== fallback.filters.kind) parts.push(`kind=${kind}`);
  if (state.excludeGaps) parts.push('gaps=0');
  if (state.sort !== fallback.sort) parts.push(`sort=${state.sort}`);
  if (state.page !== fallback.page) parts.push(`page=${state.page}`);
  if (state.view !== fallback.view) parts.push(`view=${state.view}`);
  if (state.id !== null) parts.push(`id=${encode(state.id)}`);
  if (state.deck !== null && DECK_VIEWS.includes(state.view)) parts.push(`deck=${state.deck}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
