import { escapeXml } from './svg-markup';

/** One slide of an HTML deck: its title, the presenter's note and the slide drawn as an SVG document. */
export interface HtmlDeckSlide {
  readonly title: string;
  readonly note: string;
  /** A 1920 × 1080 SVG document, as `slideSvg` writes it. */
  readonly svg: string;
}

/**
 * The presentation keys of present mode, as a script that needs nothing but the page:
 * Right, PageDown and Space go on; Left, PageUp and Shift+Space go back; Home and End go
 * to the first and last slide; N shows or hides the notes. Slides start visible, so a
 * reader that runs no script still sees every slide, one under the other.
 */
export const DECK_SCRIPT = `(function () {
  var slides = document.querySelectorAll('.slide');
  var counter = document.getElementById('counter');
  var current = 0;
  function show(index) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    for (var i = 0; i < slides.length; i += 1) slides[i].hidden = i !== current;
    counter.textContent = 'Slide ' + (current + 1) + ' of ' + slides.length;
  }
  document.documentElement.className = 'presenting';
  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    var key = event.key;
    var to = null;
    if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !event.shiftKey)) to = current + 1;
    else if (key === 'ArrowLeft' || key === 'PageUp' || key === ' ') to = current - 1;
    else if (key === 'Home') to = 0;
    else if (key === 'End') to = slides.length - 1;
    else if (key === 'n' || key === 'N') document.body.classList.toggle('notes-shown');
    else return;
    event.preventDefault();
    if (to !== null) show(to);
  });
  if (slides.length > 0) show(0);
})();`;

/**
 * The CSP hash of `DECK_SCRIPT`, the only script the file's policy lets run. Written out
 * because a browser computes digests only asynchronously and only in secure contexts; a
 * unit test recomputes it, so the two cannot drift apart.
 */
export const DECK_SCRIPT_HASH = 'sha256-OwUQCG4q7EBWhCbop0GC0I8lRsCpWEzkjmyio/rtIyA=';

/**
 * The file's own policy: no request of any kind (no fonts, images, frames or fetches), no
 * form, no base, and only the deck's own script. Styles are inline, as the slides' SVG
 * carries its paint in style attributes.
 */
export const DECK_CSP = [
  "default-src 'none'",
  `script-src '${DECK_SCRIPT_HASH}'`,
  "style-src 'unsafe-inline'",
  "img-src 'none'",
  "font-src 'none'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

const STYLE = `
html, body { margin: 0; background: #1b1d21; color: #f4f5f7; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
h1 { font-size: 1.25rem; margin: 16px; }
.slide { display: flex; flex-direction: column; align-items: center; gap: 8px; padding: 8px; box-sizing: border-box; }
.slide[hidden] { display: none; }
.stage { width: min(calc(100vw - 16px), calc((100vh - 72px) * 16 / 9)); aspect-ratio: 16 / 9; background: #fff; }
.stage > svg { display: block; width: 100%; height: 100%; }
.note { display: none; width: min(calc(100vw - 16px), 1200px); max-height: 28vh; overflow: auto; box-sizing: border-box; padding: 8px 16px; background: #2a2d33; border-radius: 6px; font-size: 1.25rem; line-height: 1.45; white-space: pre-wrap; }
.note h2 { font-size: 0.9rem; margin: 0 0 4px; text-transform: uppercase; letter-spacing: 0.05em; color: #c3c8d0; }
.note p { margin: 0; }
.bar { display: none; }
.presenting, .presenting body { height: 100%; overflow: hidden; }
.presenting h1 { display: none; }
.presenting .slide { height: calc(100vh - 40px); justify-content: center; }
.presenting .bar { display: flex; justify-content: space-between; align-items: center; height: 40px; padding: 0 16px; box-sizing: border-box; font-size: 1rem; color: #c3c8d0; }
.presenting .notes-shown .stage { width: min(calc(100vw - 16px), calc((72vh - 72px) * 16 / 9)); }
.notes-shown .note { display: block; }
`;

/** A slide's document as it sits inside the page: the XML declaration is for files only. */
const inlineSvg = (document: string): string => document.replace(/^\s*<\?xml[^>]*\?>\s*/, '').trim();

function slideSection(slide: HtmlDeckSlide, position: number, total: number): string {
  const label = `Slide ${position} of ${total}: ${slide.title}`;
  const note = slide.note.trim() === '' ? '<p>No notes for this slide.</p>' : `<p>${escapeXml(slide.note)}</p>`;
  return [
    `<section class="slide" id="slide-${position}" aria-roledescription="slide" aria-label="${escapeXml(label)}">`,
    `<div class="stage">${inlineSvg(slide.svg)}</div>`,
    `<aside class="note" aria-label="Notes"><h2>Notes</h2>${note}</aside>`,
    '</section>',
  ].join('\n');
}

/**
 * A deck as one HTML file that presents offline: every slide's SVG inline, scaled to the
 * window at 16:9, a slide counter, each slide's note, and the keys of present mode. Every
 * text of the deck is escaped, and the file's policy forbids any request, so it can be
 * sent to anyone and opened from disk without reaching out.
 */
export function deckHtml(title: string, slides: readonly HtmlDeckSlide[]): string {
  const total = slides.length;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeXml(DECK_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeXml(title)}</h1>`,
    `<main class="deck">`,
    ...slides.map((slide, i) => slideSection(slide, i + 1, total)),
    '</main>',
    `<footer class="bar"><span id="counter" aria-live="polite">${total === 0 ? 'No slides' : `Slide 1 of ${total}`}</span><span>Right, Space: next · Left: previous · Home, End · N: notes</span></footer>`,
    `<script>${DECK_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
