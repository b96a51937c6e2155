import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../src/state/url-state';
import { MAX_LINK_LENGTH, decodeDeckParam, deckLink, encodeDeckParam, fromBase64Url, toBase64Url } from '../../src/presentation/deck-link';
import { deckOf, slide, threeSlides } from './deck-fixture';

const BASE = 'https://faultline.example/app/';

/** The deck param of an href, as the app would read it back. */
const deckParamOf = (href: string): string | null => parseUrlState(new URL(href).search).deck;

describe('base64url', () => {
  it('round-trips any text, unicode included, with only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = toBase64Url(text);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(encoded)).toBe(text);
      }),
    );
  });

  it('refuses what is not base64url of UTF-8', () => {
    expect(() => fromBase64Url('a+b/')).toThrow();
    expect(() => fromBase64Url('abcde')).toThrow();
    expect(() => fromBase64Url(toBase64Url('x').slice(0, 1))).toThrow();
    expect(() => fromBase64Url('_w')).toThrow();
  });
});

describe('deck links', () => {
  it('carry what each slide draws and hides, and open to the same choices', () => {
    const deck = deckOf(
      slide({ chart: { kind: 'facet', facet: 'domain', top: 8 }, view: '?bars=count', hide: ['notes'] }),
      slide({ id: 'slide-2', view: '?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious', chart: { kind: 'cohorts', facets: ['capability', 'phase'], top: 8 }, hide: ['statistics', 'notes'] }),
    );
    const link = deckLink(deck, BASE);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(decodeDeckParam(deckParamOf(link.href) ?? '')).toEqual({ ok: true, deck });
  });

  it('carry the whole deck, notes and times included, and open to the same deck', () => {
    const deck = deckOf(slide({ note: 'Why it matters', pinnedAt: '2024-01-02T03:04:05.000Z', view: '?f.phase=design&q=caf%C3%A9' }));
    const link = deckLink(deck, BASE);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.href).toMatch(/^https:\/\/faultline\.example\/app\/\?view=present&deck=[A-Za-z0-9_-]+$/);
    expect(link.notesLeftOut).toBe(false);
    expect(decodeDeckParam(deckParamOf(link.href) ?? '')).toEqual({ ok: true, deck });
  });

  it('leave the notes out when they would push the link past the limit, and say so', () => {
    const deck = deckOf(...Array.from({ length: 6 }, (_, i) => slide({ id: `slide-${i + 1}`, note: 'n'.repeat(1500) })));
    const link = deckLink(deck, BASE);
    expect(link).toMatchObject({ ok: true, notesLeftOut: true });
    if (!link.ok) return;
    expect(link.href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const opened = decodeDeckParam(deckParamOf(link.href) ?? '');
    expect(opened.ok && opened.deck.slides.map((s) => s.note)).toEqual(Array(6).fill(''));
  });

  it('refuse a deck too large even without notes, pointing to the file export', () => {
    const view = `?q=${'a'.repeat(180)}`;
    const deck = deckOf(...Array.from({ length: 60 }, (_, i) => slide({ id: `slide-${i + 1}`, view, title: 't'.repeat(100) })));
    const link = deckLink(deck, BASE);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.reason).toMatch(/too large for a link.*Export it as a file/);
  });

  it.each<[string, string]>([
    ['cut short', encodeDeckParam(threeSlides()).slice(0, 40)],
    ['not base64url', 'a+b'],
    ['base64url of something else', toBase64Url('{"hello":"world"}')],
    ['base64url of a damaged deck', toBase64Url(JSON.stringify({ v: 1, t: 'x', s: [{ i: '../', q: '', c: { kind: 'facet', facet: 'phase' }, t: '', b: '' }] }))],
  ])('give problems, never a throw, for a link %s', (_name, param) => {
    const reading = decodeDeckParam(param);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems.length).toBeGreaterThan(0);
  });
});
