/**
 * What a person sees, written in the query string so a link reproduces it:
 *
 *   ?f.phase=design,operation&all=behaviour&q=database&from=2015&to=2020&kind=report
 *    &gaps=0&sort=date-desc&page=2&view=incident&id=fail-2751
 *
 * and, in the deck and present views only, `&deck=<base64url>`: a whole slide deck
 * carried by the link. The comparison views add their chart settings and two cohorts:
 *
 *   &trend=domain&per=quarter&measure=count&layout=multiples&lines=8
 *   &rows=objective&cols=domain&cell=row&shade=residual&co=consequence
 *   &a.f.objective=malicious&a.from=2010&a.to=2015&b.f.objective=non-malicious&b.kind=report
 *
 * An organization filter names organizations as a person reads them, `&orgs=Tesla,Boeing`
 * (any spelling the prebuild folds to the same organization finds it), and the
 * organization page is `&view=organization&org=Tesla`.
 *
 * These ride along in every view, like the filters, so coming back to a comparison finds
 * it as it was left. Only values that differ from the defaults are written, in that key
 * order. Parsing never throws: a malformed value (unknown facet, bad year, negative page, stray percent sign)
 * falls back to the default for its field alone, so a mangled link still opens a page.
 */
import type { Granularity } from '../analysis/calendar-periods';
import type { FacetFilter, Filters, KindFilter } from '../analysis/filters';
import { emptyFilters } from '../analysis/filters';
import { NOT_ANALYSED } from '../domain/gap-keys';
import type { RowSort } from '../analysis/row-order';
import { EARLIEST_YEAR, LATEST_YEAR } from '../domain/calendar-date';
import { IncidentIdSchema } from '../domain/schema';
import { MAX_TOP } from '../domain/drawn-rows';
import { FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';

export type View = 'overview' | 'incident' | 'quality' | 'deck' | 'present' | 'trends' | 'crosstab' | 'cohorts' | 'findings' | 'organization';

/** The filters a link can carry: every filter but the search rows, which are computed from `query`. */
export type UrlFilters = Omit<Filters, 'search'>;

/** What the trend chart plots: each option's share of the period's incidents, or its count. */
export type TrendMeasure = 'share' | 'count';

/** Lines with interval bars, stacked bars, or one small chart per option. */
export type TrendLayout = 'lines' | 'stacked' | 'multiples';

export interface TrendSettings {
  /** The facet whose options the trend breaks the incidents down by. */
  readonly facet: FacetId;
  /** Null: chosen from the selection's date span (`defaultGranularity`). */
  readonly granularity: Granularity | null;
  readonly measure: TrendMeasure;
  readonly layout: TrendLayout;
  /** Null: every option is drawn; else the options with the most incidents, this many (a slide's "top"). */
  readonly top: number | null;
}

/** What a crosstab cell shows: its count, or its share of the row, the column or all incidents. */
export type CrosstabCell = 'count' | 'row' | 'col' | 'overall';

/** What colours a cell: the number it shows, or its adjusted residual under independence. */
export type CrosstabShade = 'value' | 'residual';

export interface CrosstabSettings {
  readonly rows: FacetId;
  readonly cols: FacetId;
  readonly cell: CrosstabCell;
  readonly shade: CrosstabShade;
  /** The multi-valued facet whose options' co-occurrence is shown under the table. */
  readonly within: FacetId;
}

/** Two cohorts to compare, each a set of filters of its own (`a.f.objective=malicious`). */
export interface CohortPair {
  readonly a: UrlFilters;
  readonly b: UrlFilters;
}

/** How a facet's bars are ordered: as the taxonomy lists the options, or most incidents first. */
export type BarOrder = 'taxonomy' | 'count';

export interface UrlState {
  readonly view: View;
  /** The incident shown; the incident view falls back to the overview without one. */
  readonly id: string | null;
  /** The organization the organization page shows, by name; that view falls back to the overview without one. */
  readonly org: string | null;
  readonly filters: UrlFilters;
  /** Full-text query as typed; empty when no search is active. */
  readonly query: string;
  /** The "exclude unknown and not analysed from the denominator" switch. */
  readonly excludeGaps: boolean;
  readonly barOrder: BarOrder;
  readonly sort: RowSort;
  /** 1-based page of the incident list; the list clamps it to the pages it has. */
  readonly page: number;
  /**
   * A deck carried by the link, still encoded (base64url of compact JSON); decoded and
   * validated by the deck and present views. Always null in other views, so an 8 KB deck
   * never rides along on every link the overview writes.
   */
  readonly deck: string | null;
  readonly trend: TrendSettings;
  readonly crosstab: CrosstabSettings;
  readonly cohorts: CohortPair;
}

/** Incidents per page of the list: what `page` counts in. */
export const LIST_PAGE_SIZE = 25;

const VIEWS: readonly View[] = ['overview', 'incident', 'quality', 'deck', 'present', 'trends', 'crosstab', 'cohorts', 'findings', 'organization'];
/** The views that read a deck from the link. */
const DECK_VIEWS: readonly View[] = ['deck', 'present'];
const SORTS: readonly RowSort[] = ['date-asc', 'date-desc', 'title'];
const BAR_ORDERS: readonly BarOrder[] = ['taxonomy', 'count'];
const KINDS: readonly KindFilter[] = ['both', 'report', 'article'];
const GRANULARITIES: readonly Granularity[] = ['year', 'quarter', 'month'];
const MEASURES: readonly TrendMeasure[] = ['share', 'count'];
const LAYOUTS: readonly TrendLayout[] = ['lines', 'stacked', 'multiples'];
const CELLS: readonly CrosstabCell[] = ['count', 'row', 'col', 'overall'];
const SHADES: readonly CrosstabShade[] = ['value', 'residual'];
/** Key prefixes of the two cohorts' filters. */
const COHORT_PREFIXES = { a: 'a.', b: 'b.' } as const;
const MAX_QUERY_LENGTH = 200;
const MAX_OPTION_LENGTH = 80;
/** Organization names are whole phrases in some reports ("Users of the 13 popular routers …"). */
const MAX_ORGANIZATION_LENGTH = 300;
const MAX_PAGE = 1_000_000;
/** Browsers and servers start refusing addresses somewhere past 8 to 16 KB. */
/** The longest deck parameter read: links made here stay under 8 KB in all. */
export const MAX_DECK_PARAM_LENGTH = 12_000;
const DECK_PARAM = new RegExp(`^[A-Za-z0-9_-]{1,${MAX_DECK_PARAM_LENGTH}}$`);

function noFilters(): UrlFilters {
  const { facets, years, kind, organizations } = emptyFilters();
  return { facets, years, kind, organizations };
}

export function defaultUrlState(): UrlState {
  return {
    view: 'overview',
    id: null,
    org: null,
    filters: noFilters(),
    query: '',
    excludeGaps: false,
    barOrder: 'taxonomy',
    sort: 'date-asc',
    page: 1,
    deck: null,
    trend: { facet: 'phase', granularity: null, measure: 'share', layout: 'lines', top: null },
    crosstab: { rows: 'objective', cols: 'boundary', cell: 'count', shade: 'value', within: 'behaviour' },
    cohorts: { a: noFilters(), b: noFilters() },
  };
}

/** Read only: every link on screen is written against it, so it is made once. */
const DEFAULT_STATE = defaultUrlState();

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

/** The allowed value `raw` spells, or null. */
function pick<T extends string>(allowed: readonly T[], raw: string | undefined): T | null {
  const value = raw === undefined ? null : decode(raw);
  return allowed.find((candidate) => candidate === value) ?? null;
}

const oneOf = <T extends string>(allowed: readonly T[], raw: string | undefined, fallback: T): T => pick(allowed, raw) ?? fallback;

function integerIn(raw: string | undefined, low: number, high: number): number | null {
  if (raw === undefined || !/^\d{1,7}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= low && value <= high ? value : null;
}

/**
 * How a link writes "not analysed", as links always have. An option a report wrote as
 * `__none__` is written with its first underscore percent-encoded, so the two never meet.
 */
const NOT_ANALYSED_PARAM = '__none__';

/** One option id of a link, percent-encoded, the "not analysed" key as `__none__`. */
function encodeOption(option: string): string {
  if (option === NOT_ANALYSED) return NOT_ANALYSED_PARAM;
  const encoded = encode(option);
  return encoded === NOT_ANALYSED_PARAM ? `%5F${encoded.slice(1)}` : encoded;
}

/**
 * Option ids separated by literal commas; each id is decoded on its own so an encoded
 * comma stays inside it. Only the literal text `__none__` is "not analysed".
 */
function parseOptions(raw: string): string[] {
  const options: string[] = [];
  for (const part of raw.split(',')) {
    const option = part === NOT_ANALYSED_PARAM ? NOT_ANALYSED : decode(part)?.trim();
    if (option === undefined || option === '' || option.length > MAX_OPTION_LENGTH || options.includes(option)) continue;
    if (option === NOT_ANALYSED && part !== NOT_ANALYSED_PARAM) continue;
    options.push(option);
  }
  return options;
}

/** Organization names separated by literal commas, each decoded on its own, blanks and repeats dropped. */
function parseNames(raw: string | undefined): string[] {
  const names: string[] = [];
  for (const part of raw === undefined ? [] : raw.split(',')) {
    const name = decode(part)?.trim();
    if (name === undefined || name === '' || name.length > MAX_ORGANIZATION_LENGTH || names.includes(name)) continue;
    names.push(name);
  }
  return names;
}

/** The filters under keys starting with `prefix`: `f.phase`, or `a.f.phase` for cohort A. */
function parseFilters(params: Map<string, string>, prefix = ''): UrlFilters {
  const matchAll = new Set((params.get(`${prefix}all`) ?? '').split(',').filter(isFacetId));
  const facets = Object.fromEntries(
    FACET_IDS.map((facet): [FacetId, FacetFilter] => {
      const raw = params.get(`${prefix}f.${facet}`);
      return [facet, { selected: raw === undefined ? [] : parseOptions(raw), matchAll: matchAll.has(facet) }];
    }),
  ) as Record<FacetId, FacetFilter>;
  let from = integerIn(params.get(`${prefix}from`), EARLIEST_YEAR, LATEST_YEAR);
  let to = integerIn(params.get(`${prefix}to`), EARLIEST_YEAR, LATEST_YEAR);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { facets, years: { from, to }, kind: oneOf(KINDS, params.get(`${prefix}kind`), 'both'), organizations: parseNames(params.get(`${prefix}orgs`)) };
}

function parseTrend(params: Map<string, string>, fallback: TrendSettings): TrendSettings {
  return {
    facet: oneOf(FACET_IDS, params.get('trend'), fallback.facet),
    granularity: pick(GRANULARITIES, params.get('per')),
    measure: oneOf(MEASURES, params.get('measure'), fallback.measure),
    layout: oneOf(LAYOUTS, params.get('layout'), fallback.layout),
    top: integerIn(params.get('lines'), 1, MAX_TOP),
  };
}

function parseCrosstab(params: Map<string, string>, fallback: CrosstabSettings): CrosstabSettings {
  return {
    rows: oneOf(FACET_IDS, params.get('rows'), fallback.rows),
    cols: oneOf(FACET_IDS, params.get('cols'), fallback.cols),
    cell: oneOf(CELLS, params.get('cell'), fallback.cell),
    shade: oneOf(SHADES, params.get('shade'), fallback.shade),
    within: oneOf(FACET_IDS, params.get('co'), fallback.within),
  };
}

/** Why a deck view's address carries a deck the state leaves out. */
export type RefusedDeck = { readonly reason: 'too-long'; readonly length: number } | { readonly reason: 'damaged' };

/**
 * Why `parseUrlState` left the deck of `search` out, or null when it read it or there was
 * none to read. A deck view must not fall back to the reader's own deck in silence, as
 * if the link had carried no deck at all.
 */
export function refusedDeck(search: string): RefusedDeck | null {
  const params = rawParams(search);
  const view = pick(VIEWS, params.get('view'));
  const raw = params.get('deck');
  if (raw === undefined || view === null || !DECK_VIEWS.includes(view) || DECK_PARAM.test(raw)) return null;
  return raw.length > MAX_DECK_PARAM_LENGTH ? { reason: 'too-long', length: raw.length } : { reason: 'damaged' };
}

/** Reads a query string (with or without its `?`); total: any input gives a usable state. */
export function parseUrlState(search: string): UrlState {
  const params = rawParams(search);
  const fallback = defaultUrlState();
  const rawId = params.get('id');
  const idText = rawId === undefined ? null : decode(rawId);
  const id = idText !== null && IncidentIdSchema.safeParse(idText).success ? idText : null;
  const org = parseNames(params.get('org'))[0] ?? null;
  const view = oneOf(VIEWS, params.get('view'), fallback.view);
  const rawQuery = params.get('q');
  const rawDeck = params.get('deck');
  return {
    view: (view === 'incident' && id === null) || (view === 'organization' && org === null) ? fallback.view : view,
    id,
    org,
    filters: parseFilters(params),
    query: rawQuery === undefined ? '' : (decode(rawQuery) ?? '').slice(0, MAX_QUERY_LENGTH),
    excludeGaps: params.get('gaps') === '0',
    barOrder: oneOf(BAR_ORDERS, params.get('bars'), fallback.barOrder),
    sort: oneOf(SORTS, params.get('sort'), fallback.sort),
    page: integerIn(params.get('page'), 1, MAX_PAGE) ?? fallback.page,
    deck: DECK_VIEWS.includes(view) && rawDeck !== undefined && DECK_PARAM.test(rawDeck) ? rawDeck : null,
    trend: parseTrend(params, fallback.trend),
    crosstab: parseCrosstab(params, fallback.crosstab),
    cohorts: { a: parseFilters(params, COHORT_PREFIXES.a), b: parseFilters(params, COHORT_PREFIXES.b) },
  };
}

/** `f.*` and `all` keys of `filters`, each key under `prefix`. */
function facetParts({ facets }: UrlFilters, prefix: string): string[] {
  const parts: string[] = [];
  for (const facet of FACET_IDS) {
    if (facets[facet].selected.length > 0) parts.push(`${prefix}f.${facet}=${facets[facet].selected.map(encodeOption).join(',')}`);
  }
  const matchAll = FACET_IDS.filter((facet) => facets[facet].matchAll);
  if (matchAll.length > 0) parts.push(`${prefix}all=${matchAll.join(',')}`);
  return parts;
}

/** `orgs`, `from`, `to` and `kind` keys of `filters`, each key under `prefix`. */
function rangeParts({ years, kind, organizations }: UrlFilters, prefix: string): string[] {
  const parts: string[] = [];
  if (organizations.length > 0) parts.push(`${prefix}orgs=${organizations.map(encode).join(',')}`);
  if (years.from !== null) parts.push(`${prefix}from=${years.from}`);
  if (years.to !== null) parts.push(`${prefix}to=${years.to}`);
  if (kind !== 'both') parts.push(`${prefix}kind=${kind}`);
  return parts;
}

/** The settings of the trend and crosstab views that differ from `fallback`, in key order. */
function chartParts({ trend, crosstab }: UrlState, fallback: UrlState): string[] {
  const parts: string[] = [];
  if (trend.facet !== fallback.trend.facet) parts.push(`trend=${trend.facet}`);
  if (trend.granularity !== null) parts.push(`per=${trend.granularity}`);
  if (trend.measure !== fallback.trend.measure) parts.push(`measure=${trend.measure}`);
  if (trend.layout !== fallback.trend.layout) parts.push(`layout=${trend.layout}`);
  if (trend.top !== null) parts.push(`lines=${trend.top}`);
  if (crosstab.rows !== fallback.crosstab.rows) parts.push(`rows=${crosstab.rows}`);
  if (crosstab.cols !== fallback.crosstab.cols) parts.push(`cols=${crosstab.cols}`);
  if (crosstab.cell !== fallback.crosstab.cell) parts.push(`cell=${crosstab.cell}`);
  if (crosstab.shade !== fallback.crosstab.shade) parts.push(`shade=${crosstab.shade}`);
  if (crosstab.within !== fallback.crosstab.within) parts.push(`co=${crosstab.within}`);
  return parts;
}

/** The query string for `state`, `?` included, or `''` when every value is the default. */
export function stringifyUrlState(state: UrlState): string {
  const fallback = DEFAULT_STATE;
  const parts = facetParts(state.filters, '');
  if (state.query !== '') parts.push(`q=${encode(state.query)}`);
  parts.push(...rangeParts(state.filters, ''));
  if (state.excludeGaps) parts.push('gaps=0');
  if (state.barOrder !== fallback.barOrder) parts.push(`bars=${state.barOrder}`);
  if (state.sort !== fallback.sort) parts.push(`sort=${state.sort}`);
  if (state.page !== fallback.page) parts.push(`page=${state.page}`);
  if (state.view !== fallback.view) parts.push(`view=${state.view}`);
  if (state.id !== null) parts.push(`id=${encode(state.id)}`);
  if (state.org !== null) parts.push(`org=${encode(state.org)}`);
  parts.push(...chartParts(state, fallback));
  for (const [cohort, prefix] of [[state.cohorts.a, COHORT_PREFIXES.a], [state.cohorts.b, COHORT_PREFIXES.b]] as const) {
    parts.push(...facetParts(cohort, prefix), ...rangeParts(cohort, prefix));
  }
  if (state.deck !== null && DECK_VIEWS.includes(state.view)) parts.push(`deck=${state.deck}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
