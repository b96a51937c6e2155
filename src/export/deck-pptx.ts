import PptxGenJS from 'pptxgenjs';
import type { Deck } from '../presentation/deck-schema';
import type { Figure } from '../figures/figure-of';
import { PNG_SCALE, standaloneSvg, svgToPng } from './chart-image';
import { deckPptxPlan, pptxColour } from './deck-pptx-plan';
import type { DeckPptxSlide, ImageChart, NativeChart } from './deck-pptx-plan';
import { IMAGE_WIDTH, drawFigureChart } from './figure-image';

/** LAYOUT_WIDE: 16:9 at 13.33 × 7.5 inches, PowerPoint's default. */
const SLIDE = { width: 13.333, height: 7.5 };
const MARGIN = 0.45;
const CHART_BOX = { x: MARGIN, y: 1.35, w: 8.1, h: 4.85 };
const SIDE_BOX = { x: 8.75, y: 1.35, w: SLIDE.width - 8.75 - MARGIN, h: 4.85 };
const FONT = 'Arial';
const INK = pptxColour('var(--ink)');
const MUTED = pptxColour('var(--ink-muted)');
const WARNING = pptxColour('var(--warning)');

type TextRun = PptxGenJS.TextProps;

/** A title's size by its length, so a long typed title wraps onto two lines at most instead of running off the slide. */
const titleSize = (title: string): number => (title.length <= 45 ? 30 : title.length <= 90 ? 24 : 18);

/** The side column's type, smaller as it holds more, so warnings and notes stay on the slide. */
function sideSizes(slide: DeckPptxSlide): { main: number; notes: number } {
  const chars = [...slide.legend.map((item) => item.label), ...slide.warnings, ...slide.statistics, ...slide.notes].join(' ').length;
  if (chars <= 500) return { main: 14, notes: 12 };
  if (chars <= 900) return { main: 12, notes: 10 };
  if (chars <= 1400) return { main: 10, notes: 9 };
  return { main: 9, notes: 8 };
}

const paragraph = (text: string, options: PptxGenJS.TextPropsOptions): TextRun => ({ text, options: { ...options, breakLine: true } });

/** Legend, warnings, test results and notes, in that order, as the screen lists them beside and under a chart. */
function sideRuns(slide: DeckPptxSlide): TextRun[] {
  const { main, notes } = sideSizes(slide);
  const gap = { paraSpaceAfter: 4 };
  return [
    ...slide.legend.flatMap((item): TextRun[] => [
      ...(item.colour === null ? [] : [{ text: '■ ', options: { color: item.colour, fontSize: main } }]),
      paragraph(item.label, { color: INK, fontSize: main, ...gap }),
    ]),
    ...slide.warnings.flatMap((line): TextRun[] => [
      { text: 'Careful: ', options: { bold: true, color: WARNING, fontSize: main } },
      paragraph(line, { color: WARNING, fontSize: main, ...gap }),
    ]),
    ...slide.statistics.map((line) => paragraph(line, { color: INK, fontSize: main, ...gap })),
    ...slide.notes.map((line) => paragraph(line, { color: MUTED, fontSize: notes, ...gap })),
  ];
}

type Box = { readonly x: number; readonly y: number; readonly w: number; readonly h: number };

/** Small multiples: one small line chart per series in a grid filling the chart box, every one on the same scale. */
function addMultiples(pptx: PptxGenJS, page: PptxGenJS.Slide, chart: NativeChart): void {
  const count = chart.series.length;
  const columns = Math.max(1, Math.ceil(Math.sqrt((count * CHART_BOX.w) / CHART_BOX.h)));
  const rows = Math.max(1, Math.ceil(count / columns));
  const w = CHART_BOX.w / columns;
  const h = CHART_BOX.h / rows;
  chart.series.forEach((series, i) => {
    const box = { x: CHART_BOX.x + (i % columns) * w, y: CHART_BOX.y + Math.floor(i / columns) * h, w, h };
    addNativeChart(pptx, page, { ...chart, shape: 'line', series: [series], altText: `${chart.altText}: ${series.name}` }, box, series.name);
  });
}

function addNativeChart(pptx: PptxGenJS, page: PptxGenJS.Slide, chart: NativeChart, box: Box = CHART_BOX, title: string | null = null): void {
  if (chart.shape === 'multiples') {
    addMultiples(pptx, page, chart);
    return;
  }
  const percent = chart.measure === 'percent';
  const small = box !== CHART_BOX;
  const type = chart.shape === 'line' ? pptx.ChartType.line : pptx.ChartType.bar;
  const outlined = chart.series.some((series) => series.outline);
  // pptxgenjs writes a null as an empty point, which the chart leaves as a gap; its typings allow numbers only.
  const data = chart.series.map((series) => ({ name: series.name, labels: [...chart.categories], values: series.values as number[] }));
  const options: PptxGenJS.IChartOpts = {
    ...box,
    ...(title !== null && { showTitle: true, title, titleFontFace: FONT, titleFontSize: 11, titleColor: INK }),
    altText: chart.altText,
    barDir: chart.shape === 'bar' ? 'bar' : 'col',
    barGrouping: chart.stacked ? 'stacked' : 'clustered',
    // An outline lies over the bar before it, as on screen, so the two share a slot.
    ...((chart.stacked || outlined) && { barOverlapPct: 100 }),
    ...(outlined && { dataBorder: { pt: 1.5, color: chart.series.find((series) => series.outline)?.colour ?? INK } }),
    barGapWidthPct: chart.shape === 'bar' ? 40 : 60,
    chartColors: [...(chart.pointColours ?? chart.series.map((series) => (series.outline ? 'transparent' : series.colour)))],
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: small ? 7 : chart.categories.length > 16 ? 10 : 12,
    catAxisLabelColor: INK,
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: small ? 7 : 11,
    valAxisLabelColor: MUTED,
    valAxisMinVal: 0,
    ...(chart.axisMax !== null && { valAxisMaxVal: chart.axisMax }),
    valAxisLabelFormatCode: percent ? '0"%"' : '#,##0',
    valGridLine: { color: 'D8DBE0', size: 0.5 },
    displayBlanksAs: 'gap',
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontFace: FONT,
    legendFontSize: 12,
    lineSize: 2,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: small ? 4 : 6,
  };
  // The first category on top, as the screen lists a facet's options; the typings know only the default order.
  if (chart.shape === 'bar') Object.assign(options, { catAxisOrientation: 'maxMin' });
  if (chart.overlay === null) {
    page.addChart(type, data, options);
    return;
  }
  const { overlay } = chart;
  const line = { name: overlay.name, labels: [...chart.categories], values: overlay.values as number[] };
  const layers: PptxGenJS.IChartMulti[] = [
    { type, data, options: { ...options } },
    { type: pptx.ChartType.line, data: [line], options: { chartColors: [overlay.colour], lineDash: 'dash', lineDataSymbol: 'none', lineSize: 2 } },
  ];
  // With layers, pptxgenjs reads the chart's options from its second argument, which the typings call data.
  page.addChart(layers, options as unknown as unknown[]);
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}

/** The figure's own drawing as a PNG at twice its size, placed as large as the chart box allows without stretching. */
async function addImageChart(page: PptxGenJS.Slide, chart: ImageChart): Promise<void> {
  const image = await drawFigureChart(chart.figure, IMAGE_WIDTH, standaloneSvg);
  const png = await svgToPng(image, PNG_SCALE);
  const scale = Math.min(CHART_BOX.w / image.width, CHART_BOX.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  page.addImage({ data: await blobToDataUrl(png), x: CHART_BOX.x + (CHART_BOX.w - w) / 2, y: CHART_BOX.y, w, h, altText: chart.altText });
}

async function addSlide(pptx: PptxGenJS, slide: DeckPptxSlide, position: number): Promise<void> {
  const page = pptx.addSlide();
  page.addText(slide.title, { x: MARGIN, y: 0.3, w: SLIDE.width - 2 * MARGIN, h: 0.95, fontFace: FONT, fontSize: titleSize(slide.title), bold: true, color: INK, valign: 'middle', fit: 'shrink' });
  const { chart } = slide;
  if (chart.kind === 'native') addNativeChart(pptx, page, chart);
  else if (chart.kind === 'image') await addImageChart(page, chart);
  else page.addText(chart.line, { ...CHART_BOX, fontFace: FONT, fontSize: 18, color: MUTED, valign: 'middle' });
  if (slide.chartNote !== null) {
    page.addText(slide.chartNote, { x: CHART_BOX.x, y: CHART_BOX.y + CHART_BOX.h, w: CHART_BOX.w, h: 0.3, fontFace: FONT, fontSize: 11, color: MUTED });
  }
  const side = sideRuns(slide);
  if (side.length > 0) page.addText(side, { ...SIDE_BOX, fontFace: FONT, valign: 'top', fit: 'shrink' });
  const caption = [slide.filters, slide.caption].filter((line) => line !== '').map((line) => paragraph(line, { fontSize: 12, color: INK }));
  page.addText(caption, { x: MARGIN, y: 6.55, w: SLIDE.width - 2 * MARGIN - 0.8, h: 0.75, fontFace: FONT, valign: 'bottom', fit: 'shrink' });
  page.addText(String(position), { x: SLIDE.width - MARGIN - 0.6, y: 6.95, w: 0.6, h: 0.35, fontFace: FONT, fontSize: 11, color: MUTED, align: 'right' });
  if (slide.speakerNotes !== '') page.addNotes(slide.speakerNotes);
}

/**
 * The deck as a PowerPoint file: a title slide, then one 16:9 slide per pinned chart with
 * its title, chart (native and editable where PowerPoint has the kind, the figure's own
 * drawing otherwise), legend, warnings, test results, notes and caption, and the
 * presenter's note as speaker notes.
 */
export async function deckPptx(deck: Deck, figures: readonly (Figure | null)[]): Promise<Blob> {
  const plan = deckPptxPlan(deck, figures);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = plan.title;
  pptx.company = 'Faultline';
  const cover = pptx.addSlide();
  cover.addText(plan.title, { x: MARGIN, y: 2.6, w: SLIDE.width - 2 * MARGIN, h: 1.4, fontFace: FONT, fontSize: 40, bold: true, color: INK, align: 'center', fit: 'shrink' });
  cover.addText(`${plan.slides.length} ${plan.slides.length === 1 ? 'slide' : 'slides'} from Faultline`, {
    x: MARGIN,
    y: 4.1,
    w: SLIDE.width - 2 * MARGIN,
    h: 0.6,
    fontFace: FONT,
    fontSize: 18,
    color: MUTED,
    align: 'center',
  });
  for (const [i, slide] of plan.slides.entries()) await addSlide(pptx, slide, i + 1);
  const written = await pptx.write({ outputType: 'blob', compression: true });
  if (!(written instanceof Blob)) throw new Error('the presentation was not written as a file');
  return written;
}
