import { framedSvg } from './svg-frame';
import type { ImageFrame, SvgImage } from './svg-frame';

/**
 * Paint that an on-screen chart may take from the page's CSS (variables, classes). The
 * computed value of each is written onto the copy, so the image looks the same where
 * that CSS does not reach.
 */
const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

function inlinePaint(original: Element, copy: Element): void {
  const computed = window.getComputedStyle(original);
  const declarations = PAINT_PROPERTIES.map((property) => [property, computed.getPropertyValue(property).trim()] as const)
    .filter(([, value]) => value !== '' && !value.includes('var('))
    .map(([property, value]) => `${property}:${value}`);
  const own = copy.getAttribute('style');
  if (declarations.length > 0) copy.setAttribute('style', [own, ...declarations].filter(Boolean).join(';'));
}

/** The size the chart is drawn at: its box on screen, else its width and height attributes, else its viewBox. */
function sizeOf(element: SVGSVGElement): { width: number; height: number } {
  const box = element.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const width = Number.parseFloat(element.getAttribute('width') ?? '');
  const height = Number.parseFloat(element.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const viewBox = (element.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (viewBox.length === 4 && viewBox[2] > 0 && viewBox[3] > 0) return { width: viewBox[2], height: viewBox[3] };
  throw new Error('the chart has no size to export');
}

/**
 * An on-screen SVG chart as a standalone document: copied (the page is never touched),
 * its computed paint inlined, and serialized by the browser's XMLSerializer, which
 * escapes every text node.
 */
export function standaloneSvg(element: SVGSVGElement): SvgImage {
  const { width, height } = sizeOf(element);
  const copy = element.cloneNode(true) as SVGSVGElement;
  const originals = [element, ...element.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => inlinePaint(original, copies[i]));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('class');
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

/** An on-screen SVG chart as a standalone document framed with its title, filters and caption. */
export function exportSvg(element: SVGSVGElement, frame: ImageFrame): SvgImage {
  const chart = standaloneSvg(element);
  return framedSvg({ serialized: chart.markup }, chart.width, chart.height, frame);
}

/** How many device pixels per CSS pixel a PNG gets: 2 keeps text sharp on a projector and in print. */
export const PNG_SCALE = 2;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not draw the SVG'));
    image.src = url;
  });
}

/**
 * Rasterizes an SVG document into a PNG at `scale`, through an image and a canvas that
 * never enter the page. The SVG goes in as a `data:` URL, which the CSP allows for images
 * and which leaves the canvas untainted, so `toBlob` may read it back.
 */
export async function svgToPng(image: SvgImage, scale = PNG_SCALE): Promise<Blob> {
  const picture = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.markup)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.width * scale);
  canvas.height = Math.round(image.height * scale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('this browser cannot draw on a canvas');
  context.drawImage(picture, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('the browser could not encode the PNG')) : resolve(blob)), 'image/png');
  });
}
