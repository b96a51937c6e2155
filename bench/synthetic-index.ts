/**
 * A made-up dataset index of any size, for timing the analysis layer at sizes the real
 * data does not reach. Option frequencies follow the 31 analysed incidents of the FAIL
 * export in `data/fail-export` (facets there are heavily multi-valued), with about 5%
 * `unknown`, 3% raw articles with every facet empty, a few out-of-vocabulary options,
 * dates from 2010 to 2024 and a pool of 2,000 organizations of skewed popularity.
 */
import { INDEX_FORMAT } from '../src/domain/schema';
import type { PlainIndex } from '../src/domain/schema';
import { FACETS, FACET_IDS, UNKNOWN } from '../src/domain/taxonomy';
import type { FacetId } from '../src/domain/taxonomy';
import { mulberry32 } from '../scripts/lib/seeded-random';

/**
 * Chance that an analysed incident has each vocabulary option, in taxonomy order. Taken
 * from the FAIL export, with certainties lowered to 0.9 so single options still occur.
 */
const OPTION_CHANCE: Readonly<Record<FacetId, readonly number[]>> = {
  recurring: [0.68, 0.48],
  phase: [0.9, 0.87],
  boundary: [0.9, 0.81],
  nature: [0.87, 0.9],
  dimension: [0.48, 0.9],
  objective: [0.74, 0.42],
  intent: [0.71, 0.42],
  capability: [0.71, 0.77],
  duration: [0.19, 0.9],
  behaviour: [0.48, 0.29, 0.05, 0.42, 0.06, 0.74],
  consequence: [0.06, 0.13, 0.02, 0.84, 0.13, 0.39, 0.03, 0.81, 0.13],
  domain: [0.52, 0.19, 0.02, 0.03, 0.02, 0.03, 0.03, 0.19, 0.03, 0.06, 0.16, 0.19, 0.03],
};

/** Options reports sometimes write that the vocabulary lacks, with their chance. */
const EXTRA_OPTIONS: Partial<Record<FacetId, readonly [string, number][]>> = {
  behaviour: [['degradation', 0.002]],
  domain: [['aviation', 0.001]],
};

const ARTICLE_CHANCE = 0.03;
const UNKNOWN_ONLY_CHANCE = 0.05;
const UNKNOWN_ALONGSIDE_CHANCE = 0.005;
const NOT_ANALYSED_CHANCE = 0.01;
const UNDATED_CHANCE = 0.02;

const TITLE_WORDS = (
  'software glitch outage failure airline bank hospital system update crash data breach ' +
  'network payment server cloud service grounded flights patients customers error bug ' +
  'sensor train signal power grid recall vehicle autopilot election voting app login ' +
  'ransomware attack leak exposed records delay traffic control billing overcharged ' +
  'emergency dispatch satellite launch telescope exchange trading halted stock market ' +
  'school exam results pension benefits payroll tax portal government website down'
).split(' ');

const ORG_STEMS = (
  'Acme Northwind Contoso Globex Initech Umbrella Stark Wayne Tyrell Cyberdyne Aperture ' +
  'Soylent Hooli Vandelay Wonka Oscorp Gringotts Monarch Nakatomi Dunder Pied Massive ' +
  'Sterling Oceanic Virtucon Zorg Prestige Ollivander Duff Krusty Blue Red Green Silver ' +
  'Golden Iron Polar Delta Sigma Omega Alpha Nova Stellar Summit Harbor River Metro ' +
  'Capital Union Pacific'
).split(' ');
const ORG_SUFFIXES = (
  'Airlines Bank Health Systems Energy Telecom Motors Rail Insurance Labs Retail Media ' +
  'Logistics Pharma Software Cloud Networks Foods Water Transit Security Games Finance ' +
  'Hospital Council Agency University Airport Port Grid Exchange Payments Robotics ' +
  'Aerospace Devices Studios Services Group Holdings Partners'
).split(' ');

/**
 * A facet's option positions while drawing: vocabulary in taxonomy order, `unknown`,
 * then the extras. A drawn option set is a bit mask over these positions, which keeps
 * the generator free of per-row strings and arrays.
 */
interface FacetDraw {
  readonly positions: readonly string[];
  readonly chances: readonly number[];
  readonly unknownBit: number;
  readonly favouriteBit: number;
}

function facetDraw(facet: FacetId): FacetDraw {
  const vocabulary = FACETS[facet].options.map((o) => o.id);
  const extras = EXTRA_OPTIONS[facet] ?? [];
  const chances = [...OPTION_CHANCE[facet], 0, ...extras.map(([, chance]) => chance)];
  return {
    positions: [...vocabulary, UNKNOWN, ...extras.map(([option]) => option)],
    chances,
    unknownBit: 1 << vocabulary.length,
    favouriteBit: 1 << chances.indexOf(Math.max(...chances)),
  };
}

function drawMask(draw: FacetDraw, random: () => number): number {
  if (random() < NOT_ANALYSED_CHANCE) return 0;
  if (random() < UNKNOWN_ONLY_CHANCE) return draw.unknownBit;
  let mask = 0;
  for (let k = 0; k < draw.chances.length; k++) if (random() < draw.chances[k]) mask |= 1 << k;
  if ((mask & ~draw.unknownBit) === 0) mask = draw.favouriteBit;
  if (random() < UNKNOWN_ALONGSIDE_CHANCE) mask |= draw.unknownBit;
  return mask;
}

/**
 * Dictionary-encodes drawn masks the way the prebuild encodes option lists: vocabulary,
 * `unknown`, then only the extras some row uses.
 */
function encodeColumn(draw: FacetDraw, masks: readonly number[]): PlainIndex['facets'][FacetId] {
  const used = masks.reduce((all, mask) => all | mask, 0);
  const core = (draw.unknownBit << 1) - 1;
  const kept = draw.positions.map((_, k) => k).filter((k) => ((core | used) & (1 << k)) !== 0);
  const comboIndex = new Map<number, number>();
  const combos: number[][] = [];
  const rows = masks.map((mask) => {
    let index = comboIndex.get(mask);
    if (index === undefined) {
      index = combos.length;
      comboIndex.set(mask, index);
      combos.push(kept.flatMap((k, position) => ((mask & (1 << k)) !== 0 ? [position] : [])));
    }
    return index;
  });
  return { options: kept.map((k) => draw.positions[k]), combos, rows };
}

function drawTitle(random: () => number): string {
  const words: string[] = [];
  let length = -1;
  while (length < 55) {
    const word = TITLE_WORDS[Math.floor(random() * TITLE_WORDS.length)];
    words.push(word[0].toUpperCase() + word.slice(1));
    length += word.length + 1;
  }
  return words.join(' ');
}

function drawDate(random: () => number): number | null {
  if (random() < UNDATED_CHANCE) return null;
  const year = 2010 + Math.floor(random() * 15);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return year * 10000 + month * 100 + day;
}

/**
 * `n` incidents drawn from `seed`; the result reads back through `readPlainIndex` and is
 * identical for identical arguments. Articles carry no organizations and no facet
 * options, as raw articles in the real data do.
 */
export function syntheticIndex(n: number, seed: number): PlainIndex {
  const random = mulberry32(seed);
  const organizationNames = ORG_STEMS.flatMap((stem) => ORG_SUFFIXES.map((suffix) => `${stem} ${suffix}`));
  // Every name is its own organization; organizations are listed in the order of their keys.
  const sortedNames = [...organizationNames].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  const kind: number[] = [];
  const published: (number | null)[] = [];
  const title: string[] = [];
  const organizationRows: number[][] = [];
  const draws = FACET_IDS.map(facetDraw);
  const facetMasks = FACET_IDS.map((): number[] => []);
  for (let row = 0; row < n; row++) {
    const isArticle = random() < ARTICLE_CHANCE;
    kind.push(isArticle ? 1 : 0);
    published.push(drawDate(random));
    title.push(drawTitle(random));
    const organizations = new Set<number>();
    const organizationCount = isArticle ? 0 : 1 + Math.floor(random() * 3);
    // Squaring skews towards the start of the pool: a few organizations recur often.
    while (organizations.size < organizationCount) {
      organizations.add(Math.floor(random() ** 2 * organizationNames.length));
    }
    organizationRows.push([...organizations].sort((a, b) => a - b));
    draws.forEach((draw, f) => facetMasks[f].push(isArticle ? 0 : drawMask(draw, random)));
  }
  return {
    format: INDEX_FORMAT,
    build: `synthetic-${n}-${seed}`,
    count: n,
    possibleCopies: 0,
    id: Array.from({ length: n }, (_, row) => `synthetic-${row.toString(36)}`),
    kind,
    published,
    title,
    organizations: {
      values: organizationNames,
      rows: organizationRows,
      roles: organizationRows.map((row) => row.map((_, i) => (i === 0 ? 1 : 2))),
      names: sortedNames,
      keys: sortedNames.map((name) => name.toLowerCase()),
      of: organizationNames.map((name) => sortedNames.indexOf(name)),
    },
    facets: Object.fromEntries(
      FACET_IDS.map((facet, f) => [facet, encodeColumn(draws[f], facetMasks[f])]),
    ) as Record<FacetId, PlainIndex['facets'][FacetId]>,
  };
}
