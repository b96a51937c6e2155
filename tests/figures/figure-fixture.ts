import { groupColumns } from '../../src/analysis/option-groups';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { figureInputOf } from '../../src/state/figure-input';
import type { FigureInput } from '../../src/state/figure-input';
import { defaultUrlState, parseUrlState } from '../../src/state/url-state';
import type { UrlState } from '../../src/state/url-state';
import { fixtureIndex } from '../analysis/index-fixture';
import type { FixtureRow } from '../analysis/index-fixture';

/** A figure input over hand-written incidents, built as the app builds it, with the build id "fixture". */
export const figureInput = (rows: readonly FixtureRow[]): FigureInput => figureInputOf(groupColumns(prepareColumns(fixtureIndex(rows))), 'fixture');

/** The view state a query string gives, as a link would: `viewState('phase=design&gaps=exclude')`. */
export const viewState = (query = ''): UrlState => (query === '' ? defaultUrlState() : parseUrlState(`?${query}`));
