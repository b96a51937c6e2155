// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../src/export/copy-text';
import { MIME, downloadBlob, downloadText } from '../../src/export/download';
import { exportFileName, figureFileName, slugify } from '../../src/export/file-name';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('downloadBlob', () => {
  it('clicks a temporary anchor to an object URL, removes it, and revokes the URL afterwards', () => {
    vi.useFakeTimers();
    const created = vi.fn(() => 'blob:faultline/1');
    const revoked = vi.fn();
    vi.stubGlobal('URL', Object.assign(globalThis.URL, { createObjectURL: created, revokeObjectURL: revoked }));
    const clicks: { href: string; download: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, inPage: document.body.contains(this) });
    });
    const blob = new Blob(['a,b\r\n'], { type: MIME.csv });
    downloadBlob(blob, 'faultline-phase.csv');
    expect(created).toHaveBeenCalledWith(blob);
    expect(clicks).toEqual([{ href: 'blob:faultline/1', download: 'faultline-phase.csv', inPage: true }]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(revoked).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoked).toHaveBeenCalledWith('blob:faultline/1');
  });

  it('saves text with its type', () => {
    const created = vi.fn<(blob: Blob) => string>(() => 'blob:x');
    vi.stubGlobal('URL', Object.assign(globalThis.URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    downloadText('{}', 'deck.json', MIME.json);
    expect(created.mock.calls[0][0].type).toBe('application/json');
  });
});

describe('copyText', () => {
  it('writes to the clipboard when the browser allows', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyText('https://x.example/?a=1')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://x.example/?a=1');
  });

  it.each([
    ['there is no Clipboard API', {}],
    ['permission is refused', { clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } }],
  ])('resolves false when %s', async (_name, navigatorValue) => {
    vi.stubGlobal('navigator', navigatorValue);
    expect(await copyText('x')).toBe(false);
  });
});

describe('file names', () => {
  it.each([
    ['Phase × Boundary', 'phase-boundary'],
    ['Café outages – 2020', 'cafe-outages-2020'],
    ['../../etc/passwd', 'etc-passwd'],
    ['東京', 'chart'],
  ])('make %j into %j', (title, slug) => {
    expect(slugify(title, 'chart')).toBe(slug);
    expect(exportFileName(title, 'png')).toBe(`faultline-${slug}.png`);
  });
});

describe('a figure’s file names', () => {
  it('carry the chart, a short form of the filters and the build, so two filters never share a name', () => {
    const figure = { title: 'Boundary', filters: ['Domain = finance', 'Objective = malicious'], build: '56b1d6604dff0011' };
    expect(figureFileName(figure, 'png')).toBe('faultline-boundary-domain-finance-objective-malicious-56b1d660.png');
    expect(figureFileName({ ...figure, filters: [] }, 'csv')).toBe('faultline-boundary-all-56b1d660.csv');
    expect(figureFileName({ ...figure, filters: ['Objective = non-malicious'] }, 'png')).not.toBe(figureFileName(figure, 'png'));
    expect(figureFileName({ ...figure, build: 'ffff0000' }, 'png')).not.toBe(figureFileName(figure, 'png'));
  });

  it('stay short and safe whatever the filters say', () => {
    const figure = { title: '../Phase', filters: [`Search “${'x'.repeat(500)}”`, 'Domain = 東京'], build: 'abc' };
    const name = figureFileName(figure, 'svg');
    expect(name).toMatch(/^faultline-phase-search-x+-abc\.svg$/);
    expect(name.length).toBeLessThanOrEqual(160);
  });
});
