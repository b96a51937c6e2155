import type { FacetId } from '../domain/taxonomy';
import { sharesAny } from './similarity-model';
import type { SharedValues, SimilarityModel } from './similarity-model';
import { byCodeUnits } from '../domain/code-unit-order';
import type { LabelColumn } from '../domain/label-column';

/**
 * How much each kind of evidence counts, out of 1. Text says most about what happened
 * (the system, the attack, the company); labels say what kind of fault it was;
 * organizations are few per incident and a large one names many unrelated incidents.
 */
export const SIMILARITY_WEIGHTS = { labels: 0.3, organizations: 0.15, terms: 0.55 } as const;

/** An option both incidents have, with its weight (rarer options weigh more). */
export interface SharedOption {
  readonly facet: FacetId;
  readonly option: string;
  readonly weight: number;
}

/**
 * An incident like the one asked about, and why: the options, organizations and
 * distinctive terms both have, rarest first. `score` is in [0, 1]: 1 for an incident
 * with the same options, organizations and terms.
 */
export interface SimilarIncident {
  readonly row: number;
  readonly id: string;
  readonly score: number;
  readonly options: readonly SharedOption[];
  readonly organizations: readonly string[];
  readonly terms: readonly string[];
}

/**
 * Adds to every row sharing a value with `row` its share of the cosine between the two,
 * times `scale`: the weights squared of the values shared over the other row's norm.
 */
function addShared(values: SharedValues, row: number, scale: number, scores: Float64Array): void {
  const { starts, rows } = values.postings;
  const { norms } = values;
  for (const value of values.of[row]) {
    const weight = scale * values.weights[value] ** 2;
    if (weight === 0) continue;
    for (let at = starts[value]; at < starts[value + 1]; at++) scores[rows[at]] += weight / norms[rows[at]];
  }
}

/**
 * Adds to every row the cosine of its labels with those of `row`, times `scale`. Per
 * facet, what each combo shares with the row's combo is worked out once, so a row costs
 * one lookup per facet.
 */
function addLabels(model: SimilarityModel, row: number, scale: number, scores: Float64Array): void {
  const shared: Float64Array[] = [];
  const comboOf: Int32Array[] = [];
  for (const facet of model.facets) {
    const own = facet.combos[facet.comboOf[row]];
    if (own.length === 0) continue;
    const mine = new Float64Array(facet.weights.length);
    for (const option of own) mine[option] = facet.weights[option] ** 2;
    shared.push(Float64Array.from(facet.combos, (combo) => combo.reduce((sum, option) => sum + mine[option], 0)));
    comboOf.push(facet.comboOf);
  }
  const { labelNorms } = model;
  for (let other = 0; other < model.size; other++) {
    let dot = 0;
    for (let f = 0; f < shared.length; f++) dot += shared[f][comboOf[f][other]];
    if (dot > 0) scores[other] += (scale * dot) / labelNorms[other];
  }
}

/**
 * The `k` best scored rows other than `row`, best first; equal scores in the order of
 * their ids, so the answer never depends on the order of the rows. Rows scoring 0 share
 * nothing and are left out.
 */
function bestRows(scores: Float64Array, ids: LabelColumn, row: number, k: number): number[] {
  const best: number[] = [];
  const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && ids.at(a) < ids.at(b));
  // Below the k-th best score a row cannot get in, and most rows are: one comparison each.
  let floor = 0;
  for (let other = 0; other < scores.length; other++) {
    if (scores[other] < floor || scores[other] <= 0 || other === row) continue;
    if (best.length === k && !better(other, best[k - 1])) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && better(other, best[at - 1])) at--;
    best.splice(at, 0, other);
    if (best.length > k) best.pop();
    if (best.length === k) floor = scores[best[k - 1]];
  }
  return best;
}

/** The values of `values` both rows have, rarest first; values weighing nothing are no evidence. */
function sharedNames(values: SharedValues, row: number, other: number): string[] {
  const theirs = new Set(values.of[other]);
  const shared = [...new Set(values.of[row])].filter((value) => theirs.has(value) && values.weights[value] > 0);
  return shared
    .map((value) => ({ name: values.names[value], weight: values.weights[value] }))
    .sort((a, b) => b.weight - a.weight || byCodeUnits(a.name, b.name))
    .map(({ name }) => name);
}

/** The options both rows have, rarest first; on equal weight in the facets' and the options' order. */
function sharedOptions(model: SimilarityModel, row: number, other: number): SharedOption[] {
  const shared: (SharedOption & { f: number; k: number })[] = [];
  model.facets.forEach(({ facet, options, combos, comboOf, weights }, f) => {
    const theirs = combos[comboOf[other]];
    for (const option of combos[comboOf[row]]) {
      if (weights[option] > 0 && theirs.includes(option)) shared.push({ facet, option: options[option], weight: weights[option], f, k: option });
    }
  });
  return shared.sort((a, b) => b.weight - a.weight || a.f - b.f || a.k - b.k).map(({ facet, option, weight }) => ({ facet, option, weight }));
}

/**
 * The `k` incidents most like incident `row`. Each kind of evidence is a cosine between
 * the two incidents, over options, organizations and distinctive terms each weighted by
 * its rarity, and the score is their weighted mean (`SIMILARITY_WEIGHTS`) over the kinds
 * the incident has at all: a raw article without labels is compared by its text alone.
 * `unknown` and "not analysed" never count as shared. Deterministic: equal scores are in
 * the order of their ids.
 */
export function similarIncidents(model: SimilarityModel, row: number, k: number): SimilarIncident[] {
  const { labelNorms, organizations, terms } = model;
  const present = {
    labels: labelNorms[row] > 0 ? SIMILARITY_WEIGHTS.labels : 0,
    organizations: sharesAny(organizations, row) ? SIMILARITY_WEIGHTS.organizations : 0,
    terms: sharesAny(terms, row) ? SIMILARITY_WEIGHTS.terms : 0,
  };
  const total = present.labels + present.organizations + present.terms;
  const scores = new Float64Array(model.size);
  if (present.labels > 0) addLabels(model, row, present.labels / total / labelNorms[row], scores);
  if (present.organizations > 0) addShared(organizations, row, present.organizations / total / organizations.norms[row], scores);
  if (present.terms > 0) addShared(terms, row, present.terms / total / terms.norms[row], scores);
  return bestRows(scores, model.ids, row, k).map((other) => ({
    row: other,
    id: model.ids.at(other),
    score: scores[other],
    options: sharedOptions(model, row, other),
    organizations: sharedNames(organizations, row, other),
    terms: sharedNames(terms, row, other),
  }));
}
