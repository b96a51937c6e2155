// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PNG_SCALE, exportSvg, svgToPng } from '../../src/export/chart-image';

const frame = { title: 'Trend', filters: 'Filters: Phase = design', caption: 'N = 12 · dataset build b1' };

/** An on-screen chart: an SVG with a class-styled bar and untrusted text. */
function chartOnScreen(): SVGSVGElement {
  const style = document.createElement('style');
  style.textContent = '.bar { fill: rgb(0, 158, 115); }';
  document.head.append(style);
  const markup =
    '<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="300" height="120"><rect class="bar" width="50" height="10"/><text>&lt;b&gt; &amp; co</text></svg>';
  const chart = document.importNode(new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement, true);
  document.body.append(chart);
  return chart as unknown as SVGSVGElement;
}

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('exportSvg', () => {
  it('frames a copy of the chart with its title, filters and caption, leaving the page alone', () => {
    const element = chartOnScreen();
    const before = element.outerHTML;
    const image = exportSvg(element, frame);
    expect(element.outerHTML).toBe(before);
    const parsed = new DOMParser().parseFromString(image.markup, 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    const texts = Array.from(parsed.querySelectorAll('text'), (t) => t.textContent);
    expect(texts).toEqual(['Trend', 'Filters: Phase = design', '<b> & co', 'N = 12 · dataset build b1']);
    expect(image.width).toBe(300 + 48);
  });

  it('inlines the paint the page’s CSS gave each element, so the copy looks the same elsewhere', () => {
    const image = exportSvg(chartOnScreen(), frame);
    const parsed = new DOMParser().parseFromString(image.markup, 'image/svg+xml');
    expect(parsed.querySelector('rect.bar')?.getAttribute('style')).toContain('fill:rgb(0, 158, 115)');
  });

  it('takes the size from the viewBox when there is no other, and refuses a chart without one', () => {
    const element = chartOnScreen();
    element.removeAttribute('width');
    element.removeAttribute('height');
    element.setAttribute('viewBox', '0 0 640 200');
    expect(exportSvg(element, frame).width).toBe(640 + 48);
    element.removeAttribute('viewBox');
    expect(() => exportSvg(element, frame)).toThrow('the chart has no size to export');
  });
});

/** Stands in for the image decoder and canvas jsdom lacks, recording what was drawn. */
function stubRaster(outcome: 'ok' | 'broken-image' | 'no-blob') {
  const drawn: { src: string; width: number; height: number }[] = [];
  class FakeImage {
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    set src(value: string) {
      drawn.push({ src: value, width: 0, height: 0 });
      queueMicrotask(() => (outcome === 'broken-image' ? this.onerror?.() : this.onload?.()));
    }
  }
  vi.stubGlobal('Image', FakeImage);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
    drawImage: (_image: unknown, _x: number, _y: number, width: number, height: number) => Object.assign(drawn[0], { width, height }),
  } as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (this: HTMLCanvasElement, callback: BlobCallback) {
    callback(outcome === 'no-blob' ? null : new Blob([`${this.width}x${this.height}`], { type: 'image/png' }));
  });
  return drawn;
}

describe('svgToPng', () => {
  const image = { markup: '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"/>', width: 100, height: 50 };

  it('draw the SVG from a data: URL onto a canvas at twice its size', async () => {
    const drawn = stubRaster('ok');
    const blob = await svgToPng(image);
    expect(PNG_SCALE).toBe(2);
    expect(blob.type).toBe('image/png');
    expect(await blob.text()).toBe('200x100');
    expect(drawn[0].src).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.markup)}`);
    expect(drawn[0]).toMatchObject({ width: 200, height: 100 });
  });

  it('draw a framed chart at the scale asked', async () => {
    stubRaster('ok');
    const blob = await svgToPng(exportSvg(chartOnScreen(), frame), 3);
    const [width, height] = (await blob.text()).split('x').map(Number);
    expect(width).toBe(348 * 3);
    expect(height).toBeGreaterThan(120 * 3);
  });

  it.each([
    ['broken-image', 'the browser could not draw the SVG'],
    ['no-blob', 'the browser could not encode the PNG'],
  ] as const)('reject in words when %s', async (outcome, message) => {
    stubRaster(outcome);
    await expect(svgToPng(image)).rejects.toThrow(message);
  });
});
