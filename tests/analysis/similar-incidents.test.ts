import { describe, expect, it } from 'vitest';
import { similarIncidents } from '../../src/analysis/similar-incidents';
import { similarityIndex, similarityModel } from '../../src/analysis/similarity-model';
import type { IncidentTerms } from '../../src/domain/schema';
import { FACETS, FACET_IDS } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { mulberry32 } from '../../scripts/lib/seeded-random';
import { fixtureIndex } from './index-fixture';
import type { FixtureRow } from './index-fixture';
import { labelled, packedInChunks } from '../testing/labelled-index';

interface Row extends FixtureRow {
  readonly terms?: readonly string[];
}

/** Terms as the prebuild writes them: a dictionary, each term's incidents, per row its terms. */
function fixtureTerms(rows: readonly Row[], df: Readonly<Record<string, number>> = {}): IncidentTerms {
  const terms = [...new Set(rows.flatMap((row) => row.terms ?? []))].sort();
  const using = (term: string) => rows.filter((row) => row.terms?.includes(term)).length;
  return { build: 'fixture', terms, df: terms.map((term) => df[term] ?? using(term)), rows: rows.map((row) => (row.terms ?? []).map((term) => terms.indexOf(term))) };
}

const modelOf = (rows: readonly Row[], df?: Readonly<Record<string, number>>) => similarityModel(similarityIndex(labelled(fixtureIndex(rows))), fixtureTerms(rows, df));

/** Each facet's first vocabulary option, and for some rows a second: a background most incidents share. */
function background(random: () => number, salt: number): Row {
  const facets = Object.fromEntries(
    FACET_IDS.map((facet) => {
      const options = FACETS[facet].options.map((o) => o.id);
      const picked = options.filter((_, k) => k === 0 || random() < 0.3);
      return [facet, picked];
    }),
  ) as Record<FacetId, string[]>;
  const words = ['outage', 'server', 'patch', 'login', 'payment', 'network', 'update', 'database'];
  return { facets, terms: words.filter(() => random() < 0.4), organizations: [`Org ${salt % 7}`] };
}

describe('similarIncidents', () => {
  const random = mulberry32(15);
  const crowd = Array.from({ length: 40 }, (_, i) => background(random, i));
  const target: Row = {
    facets: { ...crowd[0].facets, domain: ['transportation'], consequence: ['death', 'harm'] },
    terms: ['tesla', 'autopilot', 'tesla autopilot', 'vehicle', 'outage'],
    organizations: ['Tesla'],
  };
  const planted: Row = {
    facets: { ...crowd[5].facets, domain: ['transportation'], consequence: ['harm'] },
    terms: ['tesla', 'autopilot', 'vehicle', 'recall'],
    organizations: ['Tesla'],
  };
  const rows = [target, ...crowd, planted];
  const plantedId = `incident-${rows.length - 1}`;

  it('ranks a planted near neighbour first, with the labels, organization and words it shares', () => {
    const [first] = similarIncidents(modelOf(rows), 0, 5);
    expect(first.id).toBe(plantedId);
    expect(first.organizations).toEqual(['Tesla']);
    expect(first.terms).toEqual(expect.arrayContaining(['tesla', 'autopilot', 'vehicle']));
    expect(first.terms).not.toContain('recall');
    expect(first.terms).not.toContain('tesla autopilot');
    expect(first.options.map(({ facet, option }) => `${facet}:${option}`)).toEqual(expect.arrayContaining(['consequence:harm', 'domain:transportation']));
    expect(first.options.map(({ option }) => option)).not.toContain('death');
  });

  it('names as shared exactly the options both have, rarest first, leaving out what everybody has', () => {
    const model = modelOf(rows);
    for (const neighbour of similarIncidents(model, 0, 8)) {
      const other = rows[neighbour.row];
      const expected = FACET_IDS.flatMap((facet) =>
        (target.facets?.[facet] ?? []).filter((option) => other.facets?.[facet]?.includes(option) && rows.some((row) => !row.facets?.[facet]?.includes(option))),
      );
      expect(neighbour.options.map((o) => o.option).sort()).toEqual([...expected].sort());
      const weights = neighbour.options.map((o) => o.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      // Every row has its facets' first options: they say nothing and are never a reason.
      expect(neighbour.options.some((o) => o.option === FACETS.phase.options[0].id)).toBe(false);
    }
  });

  it('returns at most k incidents, best first, never the incident itself, each scored between 0 and 1', () => {
    const found = similarIncidents(modelOf(rows), 0, 6);
    expect(found).toHaveLength(6);
    expect(found.map((f) => f.row)).not.toContain(0);
    const scores = found.map((f) => f.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) expect(score > 0 && score <= 1 + 1e-9).toBe(true);
  });

  it('gives the same neighbours whatever the order of the rows, equal scores in the order of their ids', () => {
    const twin: Row = { facets: { domain: ['finance'] }, terms: ['bank'] };
    const pair = [twin, twin, twin, { facets: { domain: ['health'] }, terms: ['hospital'] }];
    const found = similarIncidents(modelOf(pair), 0, 3);
    expect(found.map((f) => f.id)).toEqual(['incident-1', 'incident-2']);
    expect(found[0].score).toBe(found[1].score);

    const order = rows.map((_, i) => i).reverse();
    const reversed = order.map((i) => rows[i]);
    const byId = (id: string) => `incident-${order[Number(id.slice('incident-'.length))]}`;
    const original = similarIncidents(modelOf(rows), 0, 8).map((f) => ({ id: f.id, score: f.score }));
    const again = similarIncidents(modelOf(reversed), rows.length - 1, 8).map((f) => ({ id: byId(f.id), score: f.score }));
    expect(again.map((f) => f.id).sort()).toEqual(original.map((f) => f.id).sort());
    expect(again.map((f) => f.score)).toEqual(original.map((f) => f.score));
  });

  it('names the same neighbours with its ids in chunks, as the page sends them to its worker', () => {
    const index = fixtureIndex(rows);
    const chunked = similarityModel({ ...similarityIndex(labelled(index)), id: packedInChunks(index.id, 7) }, fixtureTerms(rows));
    for (const row of [0, 8, rows.length - 1]) expect(similarIncidents(chunked, row, 8)).toEqual(similarIncidents(modelOf(rows), row, 8));
  });

  it('never counts unknown or not analysed as shared', () => {
    const gaps: Row[] = [
      { facets: { intent: ['unknown'], capability: ['unknown', 'accidental'] } },
      { facets: { intent: ['unknown'], capability: ['unknown'] } },
      { facets: {} },
      { facets: { intent: ['deliberate_decisions'], capability: ['accidental'] } },
      { facets: { intent: ['poor_decisions'], capability: ['development_incompetence'] } },
    ];
    const found = similarIncidents(modelOf(gaps), 0, 4);
    expect(found.map((f) => f.id)).toEqual(['incident-3']);
    expect(found[0].options.map((o) => o.option)).toEqual(['accidental']);
    expect(similarIncidents(modelOf(gaps), 1, 4)).toEqual([]);
    expect(similarIncidents(modelOf(gaps), 2, 4)).toEqual([]);
  });

  it('compares an incident without labels by its words alone: the same words score 1', () => {
    const articles: Row[] = [
      { kind: 'article', terms: ['mixpanel', 'password'] },
      { facets: { domain: ['information'] }, terms: ['mixpanel', 'password'] },
      { facets: { domain: ['information'] }, terms: ['password', 'leak'] },
      { facets: { domain: ['health'] }, terms: ['hospital'] },
    ];
    const found = similarIncidents(modelOf(articles), 0, 3);
    expect(found.map((f) => f.id)).toEqual(['incident-1', 'incident-2']);
    expect(found[0].score).toBeCloseTo(1, 12);
    expect(found[0].options).toEqual([]);
  });

  it('counts an organization nobody else names in the comparison, but not a term nobody else kept', () => {
    const named: Row[] = [
      { organizations: ['Acme', 'Acme'] },
      { organizations: ['Acme', 'Acme Pensions', 'Acme Travel'] },
      { organizations: ['Acme'] },
      { organizations: ['Other'] },
    ];
    const byName = similarIncidents(modelOf(named), 0, 3);
    expect(byName.map((f) => f.id)).toEqual(['incident-2', 'incident-1']);
    expect(byName[0].score).toBeCloseTo(1, 12);
    expect(byName[1].score).toBeLessThan(0.5);

    const worded: Row[] = [{ terms: ['ransomware', 'bridport'] }, { terms: ['ransomware'] }, { terms: ['school'] }, { terms: ['school'] }];
    // "bridport" is used by a second incident of the corpus, which did not keep it among its most distinctive terms.
    expect(similarIncidents(modelOf(worded, { bridport: 2 }), 0, 3)[0].score).toBeCloseTo(1, 12);
  });

  it('weighs a term by how many incidents of the corpus use it, not only those that kept it', () => {
    const rare: Row[] = [{ terms: ['ransomware', 'city'] }, { terms: ['ransomware'] }, { terms: ['city'] }, { terms: ['school'] }];
    const ransomwareCommon = similarIncidents(modelOf(rare, { ransomware: 3, city: 2 }), 0, 3);
    expect(ransomwareCommon.map((f) => f.id)).toEqual(['incident-2', 'incident-1']);
    const cityCommon = similarIncidents(modelOf(rare, { ransomware: 2, city: 3 }), 0, 3);
    expect(cityCommon.map((f) => f.id)).toEqual(['incident-1', 'incident-2']);
  });
});
