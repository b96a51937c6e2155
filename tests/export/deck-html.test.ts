// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DECK_CSP, DECK_SCRIPT, DECK_SCRIPT_HASH, deckHtml } from '../../src/export/deck-html';
import { slideSvg } from '../../src/export/slide-svg';

const HOSTILE = '</script><img src=x onerror=alert(1)>';

const slide = (title: string, note = '') => ({
  title,
  note,
  svg: slideSvg(null, { title, filters: 'Filters: none, all incidents', caption: `${title} caption`, note, message: 'drawn elsewhere' }).markup,
});

const SLIDES = [slide('First', 'Open with this.'), slide('Second'), slide('Third', 'Close.')];

/**
 * The file as a browser would open it: its markup parsed into a document of its own, then
 * its one script run against that document, taken from it as parsed, so what runs is what
 * the file holds.
 */
function open(html: string): Document {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const script = page.querySelector('script')?.textContent ?? '';
  new Function('document', script)(page);
  return page;
}

const shown = (page: Document): string[] =>
  Array.from(page.querySelectorAll<HTMLElement>('.slide'))
    .filter((section) => !section.hidden)
    .map((section) => section.querySelector('svg > title')?.textContent ?? '');

function press(page: Document, key: string, shiftKey = false): void {
  page.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
}

describe('deckHtml', () => {
  it('holds every slide as inline SVG, with its note, a counter and the deck title', () => {
    const document = open(deckHtml('Findings', SLIDES));
    expect(document.title).toBe('Findings');
    const sections = Array.from(document.querySelectorAll<HTMLElement>('.slide'));
    expect(sections).toHaveLength(3);
    expect(sections.map((section) => section.querySelector('svg')?.getAttribute('viewBox'))).toEqual(Array(3).fill('0 0 1920 1080'));
    expect(sections.map((section) => section.getAttribute('aria-label'))).toEqual(['Slide 1 of 3: First', 'Slide 2 of 3: Second', 'Slide 3 of 3: Third']);
    expect(sections.map((section) => section.querySelector('.note p')?.textContent)).toEqual(['Open with this.', 'No notes for this slide.', 'Close.']);
    expect(document.getElementById('counter')?.textContent).toBe('Slide 1 of 3');
  });

  it('pages with the keys of present mode and shows or hides the notes with N', () => {
    const page = open(deckHtml('Findings', SLIDES));
    const counter = () => page.getElementById('counter')?.textContent;
    expect(shown(page)).toEqual(['First']);
    press(page, 'ArrowRight');
    expect(shown(page)).toEqual(['Second']);
    press(page, ' ');
    expect([shown(page), counter()]).toEqual([['Third'], 'Slide 3 of 3']);
    press(page, 'PageDown');
    expect(shown(page)).toEqual(['Third']);
    press(page, ' ', true);
    expect(shown(page)).toEqual(['Second']);
    press(page, 'PageUp');
    expect(shown(page)).toEqual(['First']);
    press(page, 'ArrowLeft');
    expect(shown(page)).toEqual(['First']);
    press(page, 'End');
    expect(shown(page)).toEqual(['Third']);
    press(page, 'Home');
    expect(shown(page)).toEqual(['First']);
    const body = page.body;
    press(page, 'n');
    expect(body.classList.contains('notes-shown')).toBe(true);
    press(page, 'N');
    expect(body.classList.contains('notes-shown')).toBe(false);
  });

  it('writes report text as text: a hostile title or note adds no element and runs nothing', () => {
    const html = deckHtml(HOSTILE, [slide(HOSTILE, HOSTILE)]);
    const document = open(html);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelector('script')?.textContent).toBe(DECK_SCRIPT);
    expect(document.title).toBe(HOSTILE);
    expect(document.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(document.querySelector('.slide svg > title')?.textContent).toBe(HOSTILE);
    expect(document.querySelector('.note p')?.textContent).toBe(HOSTILE);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('forbids every request and lets only its own script run', () => {
    const html = deckHtml('Findings', SLIDES);
    const document = open(html);
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(document.head.firstElementChild?.nextElementSibling).toBe(policy);
    expect(policy?.getAttribute('content')).toBe(DECK_CSP);
    const digest = `sha256-${createHash('sha256').update(DECK_SCRIPT, 'utf8').digest('base64')}`;
    expect(DECK_SCRIPT_HASH).toBe(digest);
    for (const directive of ["default-src 'none'", "connect-src 'none'", "img-src 'none'", "font-src 'none'", `script-src '${digest}'`]) {
      expect(DECK_CSP.split('; ')).toContain(directive);
    }
    // A namespace name is an identifier, never fetched.
    expect(html.replace(/ xmlns(?::\w+)?="[^"]*"/g, "")).not.toMatch(/\b(?:src|href)\s*=|url\((?!#)|@import|https?:\/\//i);
  });
});
