import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createElement } from 'react';
import { FigureChart } from '../charts/figure-chart';
import type { FigureFrame } from '../figures/figure';
import { figureCaption, filtersLine } from '../figures/figure-caption';
import type { Figure } from '../figures/figure-of';
import { THEME_COLOURS } from '../presentation/theme-tokens';
import { exportSvg } from './chart-image';
import { EXPORT_THEME } from './svg-frame';
import type { ImageFrame, SvgImage } from './svg-frame';

/** The width an image's chart is laid out in: wide enough for labels, narrow enough for a document page. */
export const IMAGE_WIDTH = 800;

/** What an image of `figure` says around its chart: the same title, filters, warnings and caption as the screen and the slide. */
const imageFrame = (figure: FigureFrame): ImageFrame => ({
  title: figure.title,
  subtitle: figure.subtitle ?? undefined,
  filters: filtersLine(figure),
  warnings: figure.warnings,
  statistics: figure.statistics,
  notes: figure.notes,
  caption: figureCaption(figure),
});

const settled = (): Promise<void> =>
  new Promise((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 0)));

/**
 * Draws `figure` with its kind's renderer, off screen, `width` pixels wide and in the
 * export theme, and hands its SVG to `take` before the drawing is removed. The host
 * declares every colour token with the export theme's value (the page's tokens are
 * resolved for its own theme where they are declared, so `color-scheme` alone would not
 * reach them). The page's own chart is never touched, so the image is the same in either
 * theme and whatever the window's size.
 */
export async function drawFigureChart<T>(figure: Figure, width: number, take: (chart: SVGSVGElement) => T): Promise<T> {
  const host = document.createElement('div');
  host.className = 'figure-export';
  host.style.width = `${width}px`;
  host.setAttribute('aria-hidden', 'true');
  for (const [token, colours] of Object.entries(THEME_COLOURS)) host.style.setProperty(`--${token}`, colours[EXPORT_THEME]);
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(createElement(FigureChart, { figure, mode: 'export' })));
    // Charts that measure themselves draw again after layout; two frames let them settle.
    await settled();
    await settled();
    const chart = host.querySelector('svg');
    if (chart === null) throw new Error('the chart drew no image');
    return take(chart);
  } finally {
    root.unmount();
    host.remove();
  }
}

/** The image a PNG or SVG download holds: the chart at the image width, framed with what the figure says around it. */
export const figureImage = (figure: Figure): Promise<SvgImage> => drawFigureChart(figure, IMAGE_WIDTH, (chart) => exportSvg(chart, imageFrame(figure)));
