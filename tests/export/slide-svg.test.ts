// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LEGIBLE_SCALE, SLIDE_HEIGHT, SLIDE_WIDTH, slideSvg } from '../../src/export/slide-svg';
import type { SlideFrame } from '../../src/export/slide-svg';

const frame: SlideFrame = {
  title: 'Phase of malicious incidents',
  filters: 'Filters: Objective = malicious',
  caption: 'N = 12 incidents · 2 Jan 2011 – 1 Jun 2022 · dataset build abc',
  warnings: ['Only 12 incidents: shares move a lot with one more.'],
  statistics: ['χ²(4) = 12.3, p = 0.02'],
  notes: ['An incident may have several phases.'],
  note: 'Design dominates.',
};

/** A chart of the given size, as `standaloneSvg` writes one. */
const chart = (width: number, height: number) => ({
  markup: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}"/><text>bar &amp; label</text></svg>`,
  width,
  height,
});

function parse(markup: string): Document {
  const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

/** The slide's own text elements (the chart's are inside its group), with their size and colour. */
const frameTexts = (document: Document) =>
  Array.from(document.documentElement.querySelectorAll(':scope > g > text'), (text) => ({
    text: text.textContent ?? '',
    size: Number(text.getAttribute('font-size')),
    fill: text.getAttribute('fill'),
    x: Number(text.getAttribute('x')),
    y: Number(text.getAttribute('y')),
  }));

/** The chart's placement: the translate and scale of the group that holds it. */
function placement(document: Document): { x: number; y: number; scale: number } {
  const group = document.documentElement.querySelector(':scope > g[transform]');
  const [, x, y, scale] = /translate\(([\d.-]+) ([\d.-]+)\) scale\(([\d.]+)\)/.exec(group?.getAttribute('transform') ?? '') ?? [];
  return { x: Number(x), y: Number(y), scale: Number(scale) };
}

describe('slideSvg', () => {
  it('is a 1920 × 1080 document that says what the slide on screen says, in type sized for a projector', () => {
    const image = slideSvg(chart(800, 300), frame);
    expect([image.width, image.height]).toEqual([SLIDE_WIDTH, SLIDE_HEIGHT]);
    const document = parse(image.markup);
    const root = document.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['1920', '1080', '0 0 1920 1080']);
    expect(root.querySelector(':scope > title')?.textContent).toBe(frame.title);
    const texts = frameTexts(document);
    expect(texts.map((t) => t.text)).toEqual([
      frame.title,
      'Careful: Only 12 incidents: shares move a lot with one more.',
      'χ²(4) = 12.3, p = 0.02',
      'An incident may have several phases.',
      'Design dominates.',
      frame.filters,
      frame.caption,
    ]);
    expect(texts[0].size).toBeGreaterThanOrEqual(44);
    expect(Math.min(...texts.map((t) => t.size))).toBeGreaterThanOrEqual(20);
    expect(texts[1].fill).not.toBe(texts[2].fill);
    expect(texts.every((t) => t.y > 0 && t.y <= SLIDE_HEIGHT)).toBe(true);
  });

  it('scales the chart to the room left without stretching it, centred across the slide', () => {
    const wide = slideSvg(chart(800, 300), frame);
    const { x, scale } = placement(parse(wide.markup));
    expect(wide.chartScale).toBeCloseTo(scale, 3);
    expect(scale).toBeGreaterThan(LEGIBLE_SCALE);
    expect(x + (800 * scale) / 2).toBeCloseTo(SLIDE_WIDTH / 2, 0);
    expect(wide.legible).toBe(true);
  });

  it('fits a chart too tall for the room between the title and the caption, clear of its facts, and says it is too small to read', () => {
    const image = slideSvg(chart(800, 3000), frame);
    const document = parse(image.markup);
    const { x, y, scale } = placement(document);
    expect(image.legible).toBe(false);
    expect(scale).toBeLessThan(LEGIBLE_SCALE);
    const texts = frameTexts(document);
    const [title] = texts;
    const filters = texts.find((t) => t.text === frame.filters)!;
    expect(texts.map((t) => t.text).join(' ')).toContain('Shrunk to fit this slide, too small to read in a room');
    const box = { left: x, right: x + 800 * scale, top: y, bottom: y + 3000 * scale };
    expect(box.top).toBeGreaterThan(title.y);
    expect(box.bottom).toBeLessThan(filters.y - filters.size);
    for (const text of texts.slice(1, -2)) expect(text.x >= box.right || text.y - text.size >= box.bottom, text.text).toBe(true);
  });

  it('puts the facts beside a tall chart and under a wide one, whichever draws the chart larger', () => {
    const factsOf = (markup: string) => frameTexts(parse(markup)).filter((t) => t.text !== frame.title && t.text !== frame.filters && t.text !== frame.caption);
    const tall = slideSvg(chart(400, 900), frame);
    const wide = slideSvg(chart(800, 300), frame);
    expect(new Set(factsOf(tall.markup).map((t) => t.x)).size).toBe(1);
    expect(factsOf(tall.markup)[0].x).toBeGreaterThan(placement(parse(tall.markup)).x + 400 * tall.chartScale!);
    expect(factsOf(wide.markup).every((t) => t.y > placement(parse(wide.markup)).y + 300 * wide.chartScale!)).toBe(true);
  });

  it('keeps many facts within the slide, warnings whole, saying how many were left out', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Note ${i}: ${'counted this way '.repeat(12)}`);
    const warning = `Small sample: ${'one incident moves a share a long way '.repeat(4)}`.trim();
    const image = slideSvg(chart(800, 300), { ...frame, warnings: [warning], notes: many });
    const texts = frameTexts(parse(image.markup));
    expect(texts.map((t) => t.text).join(' ')).toContain(`Careful: ${warning}`);
    expect(texts.every((t) => t.y <= SLIDE_HEIGHT - 40)).toBe(true);
    expect(texts.some((t) => /^… and \d+ more, in the slide’s description$/.test(t.text))).toBe(true);
    expect(parse(image.markup).documentElement.querySelector(':scope > desc')?.textContent).toContain(many[39]);
    const bottoms = texts.map((t) => t.y);
    expect(bottoms).toEqual([...bottoms].sort((a, b) => a - b));
  });

  it('wraps long texts and cuts them with "…" past a few lines, keeping the whole text in a title', () => {
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const document = parse(slideSvg(chart(800, 300), { ...frame, title: long, note: long }).markup);
    const titleLines = frameTexts(document).filter((t) => t.size === frameTexts(document)[0].size && t.fill === frameTexts(document)[0].fill);
    expect(titleLines.length).toBe(2);
    expect(titleLines[1].text.endsWith('…')).toBe(true);
    const cut = Array.from(document.querySelectorAll('g > title'), (title) => title.textContent);
    expect(cut).toEqual([long, long]);
    expect(document.documentElement.querySelector(':scope > title')?.textContent).toBe(long);
    expect(document.documentElement.querySelector(':scope > desc')?.textContent).toContain(long);
  });

  it('writes report text as text, never as markup', () => {
    const hostile = '</text><script>alert(1)</script> & <b>';
    const document = parse(slideSvg(chart(800, 300), { ...frame, title: hostile, note: hostile }).markup);
    expect(document.getElementsByTagName('script')).toHaveLength(0);
    expect(document.getElementsByTagName('b')).toHaveLength(0);
    expect(frameTexts(document)[0].text).toBe(hostile);
  });

  it('draws a slide without a chart with its message in the middle', () => {
    const image = slideSvg(null, { title: 'Trend', filters: '', caption: 'Trend · filters: none · dataset build b1', message: 'Trend is drawn in its own view.' });
    expect(image.chartScale).toBeNull();
    expect(frameTexts(parse(image.markup)).map((t) => t.text)).toEqual(['Trend', 'Trend is drawn in its own view.', 'Trend · filters: none · dataset build b1']);
  });
});
