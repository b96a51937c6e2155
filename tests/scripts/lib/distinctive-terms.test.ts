import { describe, expect, it } from 'vitest';
import { distinctiveTerms } from '../../../scripts/lib/distinctive-terms';
import { scanWords, stemWord, termOfWord } from '../../../scripts/lib/term-words';

const termsOf = (result: ReturnType<typeof distinctiveTerms>, incident: number) => result.rows[incident].map((t) => result.terms[t]);

describe('stemWord', () => {
  it.each([
    ['breaches', 'breach'],
    ['vulnerabilities', 'vulnerability'],
    ['services', 'service'],
    ['hackers', 'hacker'],
    ['boxes', 'box'],
    ['analysis', 'analysis'],
    ['status', 'status'],
    ['access', 'access'],
    ['bus', 'bus'],
    ['ios', 'ios'],
  ])('folds %s to %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe('scanWords and termOfWord', () => {
  it('reads words lowercase, says which follow with only spaces between, and drops what names nothing', () => {
    const seen: [string, boolean][] = [];
    scanWords('Tesla’s Autopilot, self-driving: the 2021 crash', (word, follows) => seen.push([word, follows]));
    expect(seen).toEqual([
      ["tesla's", false],
      ['autopilot', true],
      ['self-driving', false],
      ['the', false],
      ['2021', true],
      ['crash', true],
    ]);
    expect(seen.map(([word]) => termOfWord(word))).toEqual(['tesla', 'autopilot', 'self-driving', null, null, 'crash']);
  });
});

describe('distinctiveTerms', () => {
  const titles = ['Tesla Autopilot crash', 'Tesla Autopilot recall', 'Bank outage', 'Bank outages again'];
  const bodies = [
    'The car crashed. Drivers of the car were hurt.',
    'A recall of every car after the update.',
    'Customers could not pay: the payment system was down.',
    'The payment systems failed again, customers waited.',
  ];

  it('keeps the words and phrases two incidents share, with how many incidents use them', () => {
    const result = distinctiveTerms(titles, bodies);
    expect(termsOf(result, 0)).toEqual(expect.arrayContaining(['tesla', 'autopilot', 'tesla autopilot', 'car']));
    expect(termsOf(result, 2)).toEqual(expect.arrayContaining(['bank', 'outage', 'payment', 'customers', 'payment system']));
    expect(result.df[result.terms.indexOf('tesla autopilot')]).toBe(2);
  });

  it('never keeps a term only one incident uses, a stop word, or a phrase across punctuation or a stop word', () => {
    const result = distinctiveTerms(titles, bodies);
    for (const term of ['crash', 'recall', 'drivers', 'the', 'of', 'crash car', 'recall car', 'car update', 'pay payment']) expect(result.terms).not.toContain(term);
    expect(result.df.every((df) => df >= 2)).toBe(true);
  });

  it('folds plurals into one term, shown in its shortest written form', () => {
    const result = distinctiveTerms(titles, bodies);
    expect(termsOf(result, 3)).toContain('outage');
    expect(termsOf(result, 3)).toContain('payment system');
    expect(result.terms).not.toContain('outages');
  });

  it('leaves out a term every incident uses: it tells no incident apart', () => {
    const result = distinctiveTerms(['Software failure one', 'Software failure two'], ['Printer jam', 'Printer jam']);
    expect(result.terms).toEqual([]);
  });

  it('keeps at most the asked number, the most distinctive first, ties in the order of their text', () => {
    const bodies3 = ['echo, delta, charlie, bravo, alpha', 'alpha, bravo, charlie, delta, echo', 'alpha alpha alpha, other'];
    expect(termsOf(distinctiveTerms(['A', 'B', 'C'], bodies3), 0)).toEqual(['bravo', 'charlie', 'delta', 'echo']);
    expect(termsOf(distinctiveTerms(['A', 'B', 'C'], bodies3, 3), 0)).toEqual(['bravo', 'charlie', 'delta']);
    expect(termsOf(distinctiveTerms(['A', 'B', 'C'], ['delta delta', 'delta, bravo', 'bravo']), 0)).toEqual(['delta']);
  });

  it('counts a word of the title twice', () => {
    const result = distinctiveTerms(['Router', 'Printer', 'Notice', 'Printer'], ['flaw', 'router', 'flaw', 'notice']);
    expect(termsOf(result, 0)).toEqual(['router', 'flaw']);
  });

  it('gives the same result for the same texts, its dictionary sorted', () => {
    const first = distinctiveTerms(titles, bodies);
    expect(distinctiveTerms(titles, bodies)).toEqual(first);
    expect([...first.terms].sort()).toEqual(first.terms);
  });
});
