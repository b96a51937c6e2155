import type { FacetId } from '../domain/taxonomy';
import type { SharedValues, SimilarityModel } from './similarity-model';

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

/** Adds, for every row sharing a value with `row`, the weight of the values shared squared. */
function sharedDots(values: SharedValues, row: number, into: Float64Array): void {
  const { starts, rows } = values.postings;
  for (const value of values.of[row]) {
    const weight = values.weights[value] ** 2;
    if (weight === 0) continue;
    for (let at = starts[value]; at < starts[value + 1]; at++) into[rows[at]] += weight;
  }
}

/** Per row, its options' weights squared, summed over the options it shares with `row`. */
function labelDots(model: SimilarityModel, row: number): Float64Array {
  const dots = new Float64Array(model.size);
  for (const { combos, comboOf, weights } of model.facets) {
    const own = combos[comboOf[row]];
    if (own.length === 0) continue;
    const mine = new Float64Array(weights.length);
    for (const option of own) mine[option] = weights[option] ** 2;
    const perCombo = Float64Array.from(combos, (combo) => combo.reduce((sum, option) => sum + mine[option], 0));
    for (let other = 0; other < model.size; other++) dots[other] += perCombo[comboOf[other]];
  }
  return dots;
}

/**
 * The `k` best scored rows other than `row`, best first; equal scores in the order of
 * their ids, so the answer never depends on the order of the rows. Rows scoring 0 share
 * nothing and are left out.
 */
function bestRows(scores: Float64Array, ids: readonly string[], row: number, k: number): number[] {
  const best: number[] = [];
  const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && ids[a] < ids[b]);
  for (let other = 0; other < scores.length; other++) {
    if (other === row || scores[other] <= 0) continue;
    if (best.length === k && !better(other, best[k - 1])) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && better(other, best[at - 1])) at--;
    best.splice(at, 0, other);
    if (best.length > k) best.pop();
  }
  return best;
}

/** The values of `values` both rows have, rarest first; values weighing nothing are no evidence. */
function sharedNames(values: SharedValues, row: number, other: number): string[] {
  const theirs = new Set(values.of[other]);
  const shared = [...new Set(values.of[row])].filter((value) => theirs.has(value) && values.weights[value] > 0);
  return shared
    .map((value) => ({ name: values.names[value], weight: values.weights[value] }))
    .sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
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
  const channels = [
    { weight: SIMILARITY_WEIGHTS.labels, norms: labelNorms, dots: labelDots(model, row) },
    { weight: SIMILARITY_WEIGHTS.organizations, norms: organizations.norms, dots: new Float64Array(model.size) },
    { weight: SIMILARITY_WEIGHTS.terms, norms: terms.norms, dots: new Float64Array(model.size) },
  ];
  sharedDots(organizations, row, channels[1].dots);
  sharedDots(terms, row, channels[2].dots);
  const present = channels.filter((channel) => channel.norms[row] > 0);
  const total = present.reduce((sum, channel) => sum + channel.weight, 0);
  const scores = new Float64Array(model.size);
  for (const { weight, norms, dots } of present) {
    const scale = weight / total / norms[row];
    for (let other = 0; other < model.size; other++) {
      if (dots[other] > 0) scores[other] += (scale * dots[other]) / norms[other];
    }
  }
  return bestRows(scores, model.ids, row, k).map((other) => ({
    row: other,
    id: model.ids[other],
    score: scores[other],
    options: sharedOptions(model, row, other),
    organizations: sharedNames(organizations, row, other),
    terms: sharedNames(terms, row, other),
  }));
}
