import { describe, expect, it } from 'vitest';
import { deckFileName, deckFileText, readDeckFile } from '../../src/export/deck-file';
import { deckOf, slide, threeSlides } from './deck-fixture';

const fileOf = (text: string): Blob => new Blob([text], { type: 'application/json' });

describe('deck files', () => {
  it('export as indented JSON that imports back to the same deck', async () => {
    const deck = deckOf(slide({ note: 'Line one\nline “two”', pinnedAt: '2024-01-02T03:04:05.000Z' }));
    const text = deckFileText(deck);
    expect(text).toContain('\n  "title": "Findings"');
    expect(await readDeckFile(fileOf(text))).toEqual({ ok: true, deck });
  });

  it('keep what each slide draws and hides', async () => {
    const deck = deckOf(slide({ chart: { kind: 'cohorts', facets: ['capability', 'phase'], top: 8 }, hide: ['statistics'] }));
    expect(await readDeckFile(fileOf(deckFileText(deck)))).toEqual({ ok: true, deck });
  });

  it('are named after the deck', () => {
    expect(deckFileName({ ...threeSlides(), title: 'Q3 review: café outages!' })).toBe('q3-review-cafe-outages.faultline-deck.json');
    expect(deckFileName({ ...threeSlides(), title: '***' })).toBe('deck.faultline-deck.json');
  });

  it('refuse text that is not JSON, saying so', async () => {
    const reading = await readDeckFile(fileOf('{"version": 1, "title": '));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems[0]).toMatch(/^it is not JSON/);
  });

  it('list every problem of a damaged deck, slides counted from 1', async () => {
    const damaged = {
      version: 1,
      title: 'Findings',
      slides: [slide(), { ...slide({ id: 'slide-2' }), chart: { kind: 'facet', facet: 'colour' } }, { ...slide({ id: 'slide-3' }), view: 42 }],
    };
    const reading = await readDeckFile(fileOf(JSON.stringify(damaged)));
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems).toHaveLength(2);
    expect(reading.problems[0]).toMatch(/^slide 2 chart facet: /);
    expect(reading.problems[1]).toMatch(/^slide 3 view: .*string/);
  });

  it('stop listing after eight problems and count the rest', async () => {
    const slides = Array.from({ length: 12 }, (_, i) => ({ ...slide({ id: `slide-${i + 1}` }), build: 7 }));
    const reading = await readDeckFile(fileOf(JSON.stringify({ version: 1, title: 'x', slides })));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems.at(-1)).toBe('and 4 more problems');
  });

  it('refuse a file far larger than any deck without reading it', async () => {
    const reading = await readDeckFile(new Blob(['x'.repeat(2_000_001)]));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems[0]).toMatch(/larger than any deck/);
  });
});
