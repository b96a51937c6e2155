/**
 * Instrumentation the browser benchmark installs in the page before any of the app's
 * scripts run. It watches the DOM and notes, with the page's own `performance.now()`
 * (milliseconds since navigation start), when the overview first shows the whole dataset
 * and its list its first incident, and when a bar click has changed every other panel. Each moment is noted twice: when
 * the DOM changed, and after the next frame, by when the change has been painted.
 *
 * The page is read the way a person reads it: the headline's "In the selection" figure
 * and the bar groups named "<Facet> options", whose buttons' labels carry the counts.
 * `installPageMarks` is serialized into the page, so it must reference nothing outside
 * its own body.
 */

export interface PageMarks {
  loaded: number | null;
  loadDrawn: number | null;
  /** When the list first showed an incident, painted: the ids and titles arrive after the charts. */
  listDrawn: number | null;
  click: number | null;
  clickedPanel: string | null;
  updated: number | null;
  updateDrawn: number | null;
}

declare global {
  interface Window {
    faultlineBenchMarks?: PageMarks;
  }
}

export interface PageMarksOptions {
  /** The dataset's size: loaded means the headline reads "<size> of <size>". */
  readonly size: number;
  /** Bar groups the overview draws, one per facet. */
  readonly panels: number;
}

export function installPageMarks({ size, panels }: PageMarksOptions): void {
  const marks: PageMarks = { loaded: null, loadDrawn: null, listDrawn: null, click: null, clickedPanel: null, updated: null, updateDrawn: null };
  window.faultlineBenchMarks = marks;
  const PANEL_SUFFIX = ' options';
  // A panel is a toolbar while its bars filter, a group when they are only read.
  const PANELS = ['group', 'toolbar'].map((role) => `[role="${role}"][aria-label$="${PANEL_SUFFIX}"]`).join(', ');
  const afterNextFrame = (note: () => void): void => {
    requestAnimationFrame(() => setTimeout(note, 0));
  };
  const headline = (): string | null => {
    for (const term of document.querySelectorAll('dt')) {
      if (term.textContent?.trim() === 'In the selection') return term.nextElementSibling?.textContent ?? null;
    }
    return null;
  };
  /** "100,000 of 100,000 incidents" → [100000, 100000], whatever the digit grouping. */
  const headlineCounts = (text: string | null): number[] | null => {
    const match = text?.replace(/(?<=\d)[,.'\u00a0\u202f ](?=\d)/g, '').match(/(\d+)\D+?(\d+)/);
    return match ? [Number(match[1]), Number(match[2])] : null;
  };
  const panelTexts = (): Map<string, string> => {
    const texts = new Map<string, string>();
    for (const group of document.querySelectorAll(PANELS)) {
      const name = (group.getAttribute('aria-label') ?? '').slice(0, -PANEL_SUFFIX.length);
      const labels = [...group.querySelectorAll('button')].map((button) => button.getAttribute('aria-label') ?? '');
      texts.set(name, labels.join('\n'));
    }
    return texts;
  };
  let before: { headline: string | null; panels: Map<string, string> } | null = null;

  document.addEventListener(
    'click',
    (event) => {
      const group = event.target instanceof Element ? event.target.closest(PANELS) : null;
      if (group === null) return;
      marks.click = performance.now();
      marks.clickedPanel = (group.getAttribute('aria-label') ?? '').slice(0, -PANEL_SUFFIX.length);
      marks.updated = null;
      marks.updateDrawn = null;
      before = { headline: headline(), panels: panelTexts() };
    },
    true,
  );

  let listed = false;
  const check = (): void => {
    if (!listed && document.querySelector('.incident-list__title') !== null) {
      listed = true;
      afterNextFrame(() => (marks.listDrawn = performance.now()));
    }
    if (marks.loaded === null) {
      const counts = headlineCounts(headline());
      if (counts && counts[0] === size && counts[1] === size && panelTexts().size >= panels) {
        marks.loaded = performance.now();
        afterNextFrame(() => (marks.loadDrawn = performance.now()));
      }
      return;
    }
    if (before === null || marks.updated !== null || headline() === before.headline) return;
    const now = panelTexts();
    for (const [name, text] of before.panels) {
      if (name !== marks.clickedPanel && now.get(name) === text) return;
    }
    marks.updated = performance.now();
    before = null;
    afterNextFrame(() => (marks.updateDrawn = performance.now()));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
}
