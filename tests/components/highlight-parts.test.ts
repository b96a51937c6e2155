import { describe, expect, it } from 'vitest';
import { highlightParts } from '../../src/components/highlight-parts';

const shown = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('');

describe('highlightParts', () => {
  it.each<[string, string[], string]>([
    ['MoviePass Exposes Database', ['database'], 'MoviePass Exposes [Database]'],
    ['data and DATA', ['data'], '[data] and [DATA]'],
    ['database', ['data', 'base'], '[data]base'],
    ['data base', ['data', 'base'], '[data] [base]'],
    ['abcabc', ['bca'], 'abcabc'],
    ['aaaa', ['aa'], '[aa]aa'],
    ['the autopilot and the pilot', ['pilot'], 'the autopilot and the [pilot]'],
    ['E-mail, email', ['mail', 'e-mail'], '[E-mail], email'],
    ['issue #12, a#1', ['#1'], 'issue [#1]2, a[#1]'],
    ['no match here', ['zzz'], 'no match here'],
    ['', ['x'], ''],
    ['<b>bold</b>', ['b'], '<[b]>[b]old</[b]>'],
  ])('%s with %j', (text, terms, expected) => {
    expect(shown(text, terms)).toBe(expected);
  });

  it('always gives the text back unchanged when joined', () => {
    for (const text of ['Grid outage in Texas', 'aaaa', 'Ünïcode façade']) {
      expect(highlightParts(text, ['a', 'ex', 'ç']).map((part) => part.text).join('')).toBe(text);
    }
  });

  it('leaves text unmarked where lowercasing would move the positions', () => {
    expect(highlightParts('İstanbul bank', ['bank'])).toEqual([{ text: 'İstanbul bank', match: false }]);
  });
});
