import type { ChartSvgSource } from '../../export/view-actions';

/**
 * An on-screen chart as an export source, drawn in the light theme. The export copies
 * the chart's computed paint and puts it on white paper, so in the dark theme it would
 * carry light ink onto a light page. The export reads those styles synchronously, right
 * after this returns, so the light theme is pinned on `<html>` only until the current
 * task's microtasks run: long enough for the copy, too short for anything to be painted.
 */
export function lightExportSource(element: SVGSVGElement | null): ChartSvgSource {
  const root = document.documentElement;
  const theme = root.getAttribute('data-theme');
  if (element !== null && theme !== 'light') {
    root.setAttribute('data-theme', 'light');
    queueMicrotask(() => (theme === null ? root.removeAttribute('data-theme') : root.setAttribute('data-theme', theme)));
  }
  return { kind: 'element', element };
}
