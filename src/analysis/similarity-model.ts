import { organizationsOfRow } from '../domain/schema';
import type { DatasetIndex, IncidentTerms } from '../domain/schema';
import { FACET_IDS, UNKNOWN } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { buildPostings, postingCount } from './postings';
import type { Postings } from './postings';
import { labelColumn } from '../domain/label-column';
import type { LabelColumn, PackedLabels } from '../domain/label-column';

/**
 * One facet for similarity: each row's combo and each option's weight, the rarity of
 * the option among incidents with a real answer in the facet (ln(answered / having it)).
 * `unknown` weighs 0, and so does an option every answered incident has: sharing it
 * says nothing. Not analysed is the empty combo, which shares nothing.
 */
export interface SimilarityFacet {
  readonly facet: FacetId;
  readonly options: readonly string[];
  readonly combos: readonly (readonly number[])[];
  readonly comboOf: Int32Array;
  readonly weights: Float64Array;
}

/**
 * Values some rows share (organizations, terms): each row's values, the rows of each
 * value, each value's weight (its rarity, ln(N / incidents using it)) and each row's
 * norm (the root of its weights squared), for a cosine between two rows.
 */
export interface SharedValues {
  readonly names: readonly string[];
  readonly of: readonly (readonly number[])[];
  readonly postings: Postings;
  readonly weights: Float64Array;
  readonly norms: Float64Array;
}

/**
 * The parts of the index the model reads, and no more: they are copied to the worker
 * that builds it.
 */
export interface SimilarityIndex {
  readonly build: string;
  readonly count: number;
  /** The ids as plain data, which the worker is sent as a few long strings. */
  readonly id: PackedLabels;
  readonly facets: Readonly<Record<FacetId, Pick<DatasetIndex['facets'][FacetId], 'options' | 'combos' | 'rows'>>>;
  readonly organizations: Pick<DatasetIndex['organizations'], 'values' | 'codes' | 'start'>;
}

/** `index` cut down to what the similarity model reads. */
export function similarityIndex({ build, count, id, facets, organizations }: Omit<SimilarityIndex, 'id'> & { readonly id: LabelColumn }): SimilarityIndex {
  return {
    build,
    count,
    id: id.packed,
    facets: Object.fromEntries(FACET_IDS.map((facet) => [facet, { options: facets[facet].options, combos: facets[facet].combos, rows: facets[facet].rows }])) as SimilarityIndex['facets'],
    organizations: { values: organizations.values, codes: organizations.codes, start: organizations.start },
  };
}

/** Each incident's organization names as a list: built once, for the model alone. */
const organizationLists = (organizations: SimilarityIndex['organizations']): number[][] =>
  Array.from({ length: organizations.start.length - 1 }, (_, row) => Array.from(organizationsOfRow(organizations, row)));

/**
 * What finding an incident's similar incidents needs, built once per dataset: the
 * labels as typed columns with option weights, and the organizations and terms as
 * inverted indexes, so one incident's neighbours cost one pass over the rows for the
 * labels and a walk along the postings of its own organizations and terms.
 */
export interface SimilarityModel {
  readonly size: number;
  readonly ids: LabelColumn;
  readonly facets: readonly SimilarityFacet[];
  /** Per row, the root of its option weights squared, over every facet. */
  readonly labelNorms: Float64Array;
  readonly organizations: SharedValues;
  readonly terms: SharedValues;
}

const rarity = (total: number, having: number): number => (having > 0 && having < total ? Math.log(total / having) : 0);

function similarityFacet(facet: FacetId, index: SimilarityIndex): SimilarityFacet {
  const { options, combos, rows } = index.facets[facet];
  const unknown = options.indexOf(UNKNOWN);
  const perCombo = new Int32Array(combos.length);
  for (const combo of rows) perCombo[combo] += 1;
  const having = new Int32Array(options.length);
  let answered = 0;
  combos.forEach((combo, c) => {
    for (const option of combo) having[option] += perCombo[c];
    if (combo.some((option) => option !== unknown)) answered += perCombo[c];
  });
  const weights = Float64Array.from(having, (count, option) => (option === unknown ? 0 : rarity(answered, count)));
  return { facet, options, combos, comboOf: Int32Array.from(rows), weights };
}

/**
 * Each row's values, a value a row lists twice kept once. Rows without a repeat, nearly
 * all of them, stay the same array: a set per row would be a million allocations.
 */
function distinctPerRow(listed: readonly (readonly number[])[], values: number): (readonly number[])[] {
  const lastRow = new Int32Array(values).fill(-1);
  return listed.map((list, row) => {
    for (const value of list) {
      if (lastRow[value] === row) return [...new Set(list)];
      lastRow[value] = row;
    }
    return list;
  });
}

function sharedValues(
  names: readonly string[],
  listed: readonly (readonly number[])[],
  incidentsUsing: (value: number, postings: Postings) => number,
  normOver: 'all' | 'shared',
): SharedValues {
  // A report may name one organization twice (responsible and impacted): it is one piece of evidence.
  const of = distinctPerRow(listed, names.length);
  const postings = buildPostings(of, names.length);
  const weights = Float64Array.from(names, (_, value) => rarity(of.length, incidentsUsing(value, postings)));
  const squared = Float64Array.from(weights, (weight, value) => (normOver === 'all' || postingCount(postings, value) > 1 ? weight ** 2 : 0));
  const norms = new Float64Array(of.length);
  for (let row = 0; row < of.length; row++) {
    let sum = 0;
    for (const value of of[row]) sum += squared[value];
    norms[row] = Math.sqrt(sum);
  }
  return { names, of, postings, weights, norms };
}

/**
 * The model of `index` and its `terms` (the rows of both aligned). Organizations weigh by
 * how many incidents name them; terms by how many incidents of the corpus use them, as
 * the prebuild counted, since each incident keeps only its most distinctive terms.
 */
export function similarityModel(index: SimilarityIndex, terms: IncidentTerms): SimilarityModel {
  const facets = FACET_IDS.map((facet) => similarityFacet(facet, index));
  const labelNorms = new Float64Array(index.count);
  for (const { combos, comboOf, weights } of facets) {
    const comboNorm = combos.map((combo) => combo.reduce((sum, option) => sum + weights[option] ** 2, 0));
    for (let row = 0; row < index.count; row++) labelNorms[row] += comboNorm[comboOf[row]];
  }
  for (let row = 0; row < index.count; row++) labelNorms[row] = Math.sqrt(labelNorms[row]);
  return {
    size: index.count,
    ids: labelColumn(index.id),
    facets,
    labelNorms,
    // An organization no other incident names is still one of the incident's: one shared name among many makes two incidents less alike.
    organizations: sharedValues(index.organizations.values, organizationLists(index.organizations), (value, postings) => postingCount(postings, value), 'all'),
    // A term no other incident kept is left out of the norm: other incidents may well use it, below their own most distinctive.
    terms: sharedValues(terms.terms, terms.rows, (value) => terms.df[value], 'shared'),
  };
}

/** Whether `row` holds a value another row holds too: without one, the kind of evidence says nothing about it. */
export function sharesAny(values: SharedValues, row: number): boolean {
  return values.of[row].some((value) => postingCount(values.postings, value) > 1 && values.weights[value] > 0);
}
