// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BARS_WIDTH, ROW_HEIGHT, facetSvgSpec, renderFacetSvg } from '../../src/export/facet-svg';
import { escapeXml, serializeSvg, svg } from '../../src/export/svg-markup';
import { wrapText } from '../../src/export/svg-frame';
import { phasePanel, phasePanelWithoutGaps } from './facet-panel-fixture';

const context = {
  chips: ['Objective = malicious', 'Years 2015–2020'],
  caption: 'N = 40 · 2 Jan 2011 – 1 Jun 2022 · dataset build abc123',
};

/** The document as an SVG parser reads it; fails the test on any parse error. */
function parse(markup: string): Document {
  const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

const texts = (document: Document): string[] => Array.from(document.querySelectorAll('text'), (node) => node.textContent ?? '');

describe('renderFacetSvg', () => {
  const image = renderFacetSvg(facetSvgSpec(phasePanel, true), context);
  const document = parse(image.markup);
  const root = document.documentElement;

  it('is a standalone SVG document of the size it reports', () => {
    expect(image.markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(root.getAttribute('width')).toBe(String(image.width));
    expect(root.getAttribute('height')).toBe(String(image.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${image.width} ${image.height}`);
    expect(image.width).toBe(BARS_WIDTH + 48);
    expect(image.height).toBeGreaterThan(5 * ROW_HEIGHT + 100);
  });

  it('says what it shows: title, question, filters in words and the caption', () => {
    expect(root.querySelector('title')?.textContent).toBe('Phase');
    const lines = texts(document);
    expect(lines.slice(0, 3)).toEqual(['Phase', 'When was the fault introduced?', 'Filters: Objective = malicious; Years 2015–2020']);
    expect(lines.at(-1)).toBe(context.caption);
    expect(root.querySelector('desc')?.textContent).toContain('N = 40');
  });

  it('draws one row per option, not analysed last, with the panel’s values', () => {
    const rows = Array.from(document.querySelectorAll('g.bar'));
    expect(rows.map((row) => row.getAttribute('class'))).toEqual([
      'bar bar--option',
      'bar bar--option',
      'bar bar--unknown',
      'bar bar--extra',
      'bar bar--not-analysed',
    ]);
    expect(rows.map((row) => Array.from(row.querySelectorAll('text'), (t) => t.lastChild?.textContent))).toEqual([
      ['design', '30 (75%)'],
      ['operation', '12 (30%)'],
      ['any unknown', '2 (5%)'],
      ['=cmd|"/c calc"!A1… (not in taxonomy)', '1 (2.5%)'],
      ['not analysed', '5 (12.5%)'],
    ]);
  });

  it('cuts a label too long for its column, keeping the tag and the whole label in a tooltip', () => {
    const long = 'an option name far longer than the label column has room for';
    const panel = { ...phasePanel, selection: { ...phasePanel.selection, options: [{ option: long, role: 'extra' as const, count: 1, share: 0.1 }] } };
    const row = parse(renderFacetSvg(facetSvgSpec(panel, false), context).markup).querySelector('g.bar--extra text');
    expect(row?.querySelector('title')?.textContent).toBe(long);
    expect(row?.lastChild?.textContent).toMatch(/^an option name.*… \(not in taxonomy\)$/);
  });

  it('draws bars to scale in literal colours, outlines the baseline and hatches not analysed', () => {
    const [design] = Array.from(document.querySelectorAll('g.bar'));
    const [track, fill, outline] = Array.from(design.querySelectorAll('rect'));
    expect(Number(fill.getAttribute('width')) / Number(track.getAttribute('width'))).toBeCloseTo(0.75, 2);
    expect(Number(outline.getAttribute('width')) / Number(track.getAttribute('width'))).toBeCloseTo(0.6, 2);
    expect(fill.getAttribute('fill')).toBe('#e69f00');
    expect(image.markup).not.toContain('var(--');
    const notAnalysed = document.querySelector('g.bar--not-analysed rect + rect');
    expect(notAnalysed?.getAttribute('fill')).toBe('url(#not-analysed-hatch)');
    expect(document.getElementById('not-analysed-hatch')?.tagName).toBe('pattern');
    expect(document.querySelector('g.bar--extra rect + rect')?.getAttribute('stroke-dasharray')).toBe('4 3');
  });

  it('draws no bar for a share left out of N, and no outline without a baseline', () => {
    const gaps = parse(renderFacetSvg(facetSvgSpec(phasePanelWithoutGaps, false), context).markup);
    expect(gaps.querySelectorAll('g.bar--unknown rect')).toHaveLength(1);
    expect(texts(gaps)).toContain('2 (1 left out)');
    expect(gaps.querySelectorAll('rect[fill="none"]')).toHaveLength(0);
  });

  it('keeps untrusted text as text: markup, quotes and XML-forbidden characters never become elements', () => {
    const hostile = '</text><script>alert(1)</script><text>&amp; "q" \'a\' \u0000\u0007\uFFFE\uD800 ok';
    const spec = { ...facetSvgSpec(phasePanel, false), title: hostile };
    const parsed = parse(renderFacetSvg(spec, { chips: [hostile], caption: hostile }).markup);
    expect(parsed.querySelectorAll('script')).toHaveLength(0);
    const expected = '</text><script>alert(1)</script><text>&amp; "q" \'a\'  ok';
    expect(parsed.querySelector('title')?.textContent).toBe(expected);
    expect(texts(parsed).join(' ')).toContain('<script>alert(1)</script>');
  });

  it('is pure: the same input gives the same bytes', () => {
    expect(renderFacetSvg(facetSvgSpec(phasePanel, true), context).markup).toBe(image.markup);
  });

  it('says when nothing is filtered, and wraps a long filter line instead of running off the page', () => {
    const plain = parse(renderFacetSvg(facetSvgSpec(phasePanel, false), { chips: [], caption: 'N = 1' }).markup);
    expect(texts(plain)).toContain('Filters: none, all incidents');
    const many = Array.from({ length: 12 }, (_, i) => `Domain = option number ${i}`);
    const wrapped = renderFacetSvg(facetSvgSpec(phasePanel, false), { chips: many, caption: 'N = 1' });
    const filterLines = texts(parse(wrapped.markup)).filter((line) => line.includes('option number'));
    expect(filterLines.length).toBeGreaterThan(1);
    expect(wrapped.height).toBeGreaterThan(image.height);
  });
});

describe('wrapText', () => {
  it.each<[string, number, string[]]>([
    ['a short line', 20, ['a short line']],
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['abcdefghijkl', 5, ['abcde', 'fghij', 'kl']],
    ['  spaced   out  ', 20, ['spaced out']],
    ['', 10, []],
  ])('wraps %j at %i characters', (text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });
});

describe('serializeSvg', () => {
  it('escapes attribute values and text, and closes empty elements', () => {
    expect(serializeSvg(svg('g', { 'data-x': 'a"b<c>&\'' }, svg('rect', { width: 1.23456 }), 'x < y'))).toBe(
      '<g data-x="a&quot;b&lt;c&gt;&amp;&apos;"><rect width="1.23"/>x &lt; y</g>',
    );
    expect(escapeXml('😀 é')).toBe('😀 é');
  });
});
