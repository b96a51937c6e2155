import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../scripts/lib/draft';
import { parseArticle } from '../../../scripts/lib/parse-article';
import type { ParseResult } from '../../../scripts/lib/parse-result';
import { DiagnosticSchema, IncidentDraftSchema } from '../../../src/domain/schema';
import type { IncidentDraft } from '../../../src/domain/schema';

const REPORTS_DIR = new URL('../../../data/reports/', import.meta.url);
const GOLDEN_DIR = new URL('../../fixtures/golden/', import.meta.url);
const readSeed = (name: string): string => readFileSync(new URL(name, REPORTS_DIR), 'utf8');

/** The seeds that are raw news articles, told apart the way the prebuild does. */
const ARTICLE_SEEDS = readdirSync(REPORTS_DIR)
  .filter((name) => name.endsWith('.txt') && /^\s*Original Title:/.test(readSeed(name)))
  .sort();
const SEED_004 = readSeed('004_ef5ff487ea690451.txt');

function article(...body: string[]): string {
  return ['Original Title: A title', 'Source URL: https://example.com/news/story', 'Original Content:', ...body].join('\n');
}

const draftOf = (text: string): IncidentDraft => {
  const { draft } = parseArticle(text);
  if (draft === null) throw new Error('expected a draft');
  return draft;
};
const bodyOf = (text: string): string | undefined => draftOf(text).article?.body;
const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

function expectWellFormed(text: string, result: ParseResult): void {
  if (result.draft === null) expect(result.diagnostics.some((d) => d.level === 'error')).toBe(true);
  else IncidentDraftSchema.parse(result.draft);
  for (const diagnostic of result.diagnostics) {
    DiagnosticSchema.parse(diagnostic);
    if (diagnostic.line !== null) expect(diagnostic.line).toBeLessThanOrEqual(lineCount(text));
  }
}

describe('parseArticle on the seed articles (golden files)', () => {
  it('finds the article seeds', () => {
    expect(ARTICLE_SEEDS).toEqual(['004_ef5ff487ea690451.txt']);
  });

  it.each(ARTICLE_SEEDS)('%s matches its golden file (UPDATE_GOLDEN=1 rewrites it)', (name) => {
    const result = parseArticle(readSeed(name));
    const golden = new URL(`${name}.json`, GOLDEN_DIR);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(golden, `${JSON.stringify(result, null, 2)}\n`);
    }
    expect(result).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('reads seed 004 as an unclassified article', () => {
    const result = parseArticle(SEED_004);
    const draft = result.draft;
    expect(draft?.kind).toBe('article');
    expect(draft?.title).toBe('Mixpanel analytics accidentally slurped up passwords');
    expect(draft?.published).toBe('2018-02-05');
    expect(draft?.article?.url).toBe('https://techcrunch.com/2018/02/05/mixpanel-passwords/');
    expect(draft?.facets).toEqual(emptyDraft('article', 'x').facets);
    expect(result.diagnostics).toEqual([
      { level: 'info', message: 'removed an event promotion (4 lines)', line: 8 },
      { level: 'info', message: 'removed a Featured Products block (30 lines)', line: 27 },
    ]);
    expectWellFormed(SEED_004, result);
  });

  it('keeps every line of seed 004 article text and nothing else', () => {
    const lines = SEED_004.split('\n');
    const expected = [...lines.slice(3, 7), ...lines.slice(11, 26)];
    expect(bodyOf(SEED_004)?.split('\n')).toEqual(expected);
    expect(expected.filter((line) => line.startsWith('- '))).toHaveLength(8);
    expect(expected.some((line) => line.startsWith('- Limit further receipt of data: On January 9th'))).toBe(true);
    const boilerplate = [
      'Techcrunch event',
      'Save now',
      'Exhibit at',
      'Berkeley',
      'Featured Product',
      'Image:',
      'Key Features',
      'Cutting-edge',
      'View Product',
      'Need Help',
      'carefully selected',
    ];
    for (const fragment of boilerplate) expect(bodyOf(SEED_004)).not.toContain(fragment);
  });
});

describe('parseArticle header', () => {
  it('refuses text without an Original Title line', () => {
    expect(parseArticle('Source URL: https://example.com\nOriginal Content:\nText.')).toEqual({
      draft: null,
      diagnostics: [{ level: 'error', message: "no 'Original Title:' line", line: null }],
    });
  });

  it('refuses an empty title', () => {
    expect(parseArticle('Original Title:   \nOriginal Content:\nText.')).toEqual({
      draft: null,
      diagnostics: [{ level: 'error', message: "the 'Original Title:' line has no title", line: 1 }],
    });
  });

  it('keeps markup in the title as literal text', () => {
    const title = '<script>alert(1)</script> <b>Bold</b>';
    expect(draftOf(article('Text.').replace('A title', title)).title).toBe(title);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<b>x</b>'],
    ['ftp:', 'ftp://example.com/x'],
    ['a malformed URL', 'https://exa mple.com/'],
  ])('drops a %s source URL with a warning', (_, url) => {
    const result = parseArticle(article('Text.').replace('https://example.com/news/story', url));
    expect(result.draft?.article?.url).toBeNull();
    expect(result.diagnostics).toEqual([
      { level: 'warning', message: `source URL is not an http(s) link: '${url}'`, line: 2 },
    ]);
  });

  it('accepts a missing source URL silently', () => {
    const result = parseArticle('Original Title: T\nOriginal Content:\nText.');
    expect(result.draft?.article).toEqual({ url: null, body: 'Text.' });
    expect(result.diagnostics).toEqual([]);
  });

  it('reads body text on the Original Content line itself', () => {
    expect(bodyOf('Original Title: T\nOriginal Content: First line.\nSecond line.')).toBe('First line.\nSecond line.');
  });

  it('takes the text after the header as the body when Original Content is missing', () => {
    const result = parseArticle('Original Title: T\nSource URL: https://example.com/\n\nFirst line.\nSecond line.');
    expect(result.draft?.article?.body).toBe('First line.\nSecond line.');
    expect(result.diagnostics).toEqual([
      { level: 'warning', message: "no 'Original Content:' line: the body is the text after the header", line: null },
    ]);
  });

  it('warns about an empty body', () => {
    const result = parseArticle('Original Title: T\nOriginal Content:\n\n  \n');
    expect(result.draft?.article?.body).toBe('');
    expect(result.diagnostics).toEqual([{ level: 'warning', message: 'empty article body', line: null }]);
  });
});

describe('parseArticle published date', () => {
  const withUrl = (url: string, ...body: string[]): string =>
    article(...body).replace('https://example.com/news/story', url);

  it.each([
    ['/yyyy/mm/dd/', 'https://techcrunch.com/2018/02/05/story/', '2018-02-05'],
    ['/yyyy/mm/dd at the end', 'https://example.com/2018/2/5', '2018-02-05'],
    ['/yyyy-mm-dd/', 'https://example.com/news/2018-02-05/story', '2018-02-05'],
    ['yyyymmdd', 'https://example.com/news/story-20180205.html', '2018-02-05'],
  ])('reads %s from the URL path', (_, url, date) => {
    expect(draftOf(withUrl(url, 'Text.')).published).toBe(date);
  });

  it('ignores impossible dates, longer digit runs and the host', () => {
    expect(draftOf(withUrl('https://example.com/2018/13/45/story', 'Text.')).published).toBeNull();
    expect(draftOf(withUrl('https://example.com/story/201802051234', 'Text.')).published).toBeNull();
    expect(draftOf(withUrl('https://20180205.example.com/story', 'Text.')).published).toBeNull();
  });

  it('falls back to a dated line in the header, then in the body', () => {
    const header = 'Original Title: T\nPublished: August 22, 2019\nOriginal Content:\nDate: 2020-01-01\nText.';
    expect(draftOf(header).published).toBe('2019-08-22');
    expect(draftOf(article('Text.', 'Posted on: 3 March 2021', 'More.')).published).toBe('2021-03-03');
  });

  it('prefers the URL date over a dated line', () => {
    expect(draftOf(withUrl('https://example.com/2018/02/05/x', 'Date: 2020-01-01')).published).toBe('2018-02-05');
  });

  it('does not read a date out of a sentence', () => {
    expect(draftOf(article('The outage began on 2019-08-22 and lasted a day.')).published).toBeNull();
  });
});

describe('parseArticle boilerplate', () => {
  it('removes an event promotion wherever it appears', () => {
    const promo = ['Disrupt event', 'Register now for Disrupt 2024', 'San Francisco | Oct 28'];
    const result = parseArticle(article('Before.', ...promo, 'After.'));
    expect(result.draft?.article?.body).toBe('Before.\nAfter.');
    expect(result.diagnostics).toEqual([{ level: 'info', message: 'removed an event promotion (3 lines)', line: 5 }]);
  });

  it('keeps a heading ending in "event" when no promo lines follow', () => {
    expect(bodyOf(article('The event', 'It began at noon.'))).toBe('The event\nIt began at noon.');
  });

  it('stops an event promotion at the first line of article text', () => {
    expect(bodyOf(article('Techcrunch event', 'Save now through June 4', 'TechCrunch reached out to Mixpanel.'))).toBe(
      'TechCrunch reached out to Mixpanel.',
    );
  });

  it('removes a Featured Products block in the middle of an article, keeping the text after it', () => {
    const body = [
      'Before.',
      '📚 Featured Products & Recommendations',
      'Discover our carefully selected products that complement this article’s topics:',
      '🛍️ Featured Product 1: Widget',
      'Image: Premium product showcase',
      'A widget for everyone.',
      'Key Features:',
      '- Fast',
      '',
      '- Cheap',
      '🔗 View Product Details & Purchase',
      '',
      '💡 Need Help Choosing? Contact our expert team!',
      '',
      'After the block.',
      '- A real bullet of the article',
    ];
    const result = parseArticle(article(...body));
    expect(result.draft?.article?.body).toBe('Before.\n\nAfter the block.\n- A real bullet of the article');
    expect(result.diagnostics).toEqual([
      { level: 'info', message: 'removed a Featured Products block (12 lines)', line: 5 },
    ]);
  });

  it('ends a product at the first line that is neither part of it nor a description', () => {
    const body = ['Featured Product 1: Widget', 'Image: x', 'A widget.', 'Key Features:', '- Fast', 'The article goes on.'];
    expect(bodyOf(article(...body))).toBe('The article goes on.');
  });

  it('keeps bullets that are not inside a product', () => {
    const body = ['Key Features:', '- Encryption at rest', 'Image: the attacker’s console'];
    expect(bodyOf(article(...body))).toBe(body.join('\n'));
  });

  it.each([
    ['Subscribe to our newsletter', 'a newsletter prompt'],
    ['📧 Sign up for the Daily Crunch', 'a newsletter prompt'],
    ['Shop now', 'a shop prompt'],
  ])('removes the prompt "%s"', (prompt, what) => {
    const result = parseArticle(article('Before.', prompt, 'After.'));
    expect(result.draft?.article?.body).toBe('Before.\nAfter.');
    expect(result.diagnostics).toEqual([{ level: 'info', message: `removed ${what} (1 line)`, line: 5 }]);
  });

  it('keeps a long sentence that happens to start like a prompt', () => {
    const sentence = `Sign up for the beta was open to everyone, ${'and many joined '.repeat(10)}before the breach.`;
    expect(bodyOf(article(sentence))).toBe(sentence);
  });
});

describe('parseArticle on hostile input', () => {
  const noTitle = { draft: null, diagnostics: [{ level: 'error', message: "no 'Original Title:' line", line: null }] };

  it('refuses the empty string', () => {
    expect(parseArticle('')).toEqual(noTitle);
  });

  it('refuses whitespace only', () => {
    expect(parseArticle('  \r\n\t\n ')).toEqual(noTitle);
  });

  it('refuses binary-looking garbage', () => {
    const text = `\u0000\uFFFD${Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')}`;
    const result = parseArticle(text);
    expect(result.draft).toBeNull();
    expectWellFormed(text, result);
  });

  it('reads CRLF and CR line endings as LF', () => {
    expect(parseArticle(SEED_004.replace(/\n/g, '\r\n'))).toEqual(parseArticle(SEED_004));
    expect(parseArticle(SEED_004.replace(/\n/g, '\r'))).toEqual(parseArticle(SEED_004));
  });

  it('reads an article cut in the middle of a Featured Products block', () => {
    const cut = SEED_004.slice(0, SEED_004.indexOf('- Cutting-edge') + 5);
    const result = parseArticle(cut);
    expect(result.draft?.article?.body).toBe(bodyOf(SEED_004));
    expect(result.diagnostics.at(-1)).toEqual({
      level: 'info',
      message: 'removed a Featured Products block (7 lines)',
      line: 27,
    });
  });

  it('parses a 20 MB body line', () => {
    const line = 'word '.repeat(4_000_000);
    expect(bodyOf(article(line))).toBe(line.trimEnd());
  });

  it('parses 200,000 lines of promotions and text', () => {
    const promo = ['Techcrunch event', 'Save now'];
    const lines = Array.from({ length: 200_000 }, (_, i) => promo[i % 4] ?? `Line ${i}.`);
    const text = article(lines.join('\n'));
    const result = parseArticle(text);
    expect(result.draft?.article?.body.split('\n')).toHaveLength(100_000);
    expect(result.diagnostics).toHaveLength(101);
    expect(result.diagnostics.at(-1)).toEqual({
      level: 'info',
      message: '49900 more removed blocks not listed',
      line: null,
    });
    expectWellFormed(text, result);
  });
});

const FRAGMENTS = [
  'Original Title:',
  'Original Title: <b>T</b>',
  'Source URL:',
  'Original Content:',
  'https://techcrunch.com/2018/02/05/x/',
  'https://example.com/20181399',
  'javascript:alert(1)',
  'Published:',
  'Date:',
  'August 22, 2019',
  '2018-02-05',
  'Techcrunch event',
  'Save now through June 4',
  'Berkeley, CA | June 5',
  '📚 Featured Products & Recommendations',
  '🛍️ Featured Product 1: Magic',
  'Image:',
  'Key Features:',
  '- ',
  '🔗 View Product Details & Purchase',
  '💡 Need Help Choosing?',
  'Discover our carefully selected products',
  'Subscribe to our newsletter',
  'Sign up for',
  'Shop now',
];

const articleLike = fc
  .array(
    fc
      .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 4 })
      .map((parts) => parts.join(' ')),
    { maxLength: 40 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

describe('parseArticle properties', () => {
  it('never throws on any string and always returns a well-formed result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        expectWellFormed(text, parseArticle(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on text built from fragments of real articles', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        expectWellFormed(text, parseArticle(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('never loses a line that is not boilerplate', () => {
    const sentence = fc
      .stringMatching(/^[A-Z][a-z ]{0,30}\.$/)
      .filter((line) => !/^(?:shop now|sign up for |subscribe to (?:our|the) newsletter)/i.test(line));
    const plain = fc.array(sentence, { maxLength: 20 });
    fc.assert(
      fc.property(plain, (lines) => {
        expect(bodyOf(article(...lines))).toBe(lines.join('\n').trim());
      }),
    );
  });
});

describe('parseArticle on a header of a million stray lines', () => {
  it('lists a bounded number of notes and counts the rest', () => {
    const text = `Original Title: Stray Lines\n${'x\n'.repeat(1_000_000)}Original Content:\nThe body.\n`;
    const result = parseArticle(text);
    expect(result.draft?.article?.body).toBe('The body.');
    expect(result.diagnostics.length).toBeLessThanOrEqual(51);
    expect(result.diagnostics).toContainEqual({ level: 'info', message: 'and 999980 more header lines not listed', line: null });
  });
});
