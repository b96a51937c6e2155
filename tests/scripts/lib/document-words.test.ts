import { describe, expect, it } from 'vitest';
import { distinctiveTerms, distinctiveTermsOf } from '../../../scripts/lib/distinctive-terms';
import { forEachWord, localWords, type PackedWords, packedWithin, renumbered, Vocabulary } from '../../../scripts/lib/document-words';
import { buildSearchIndex, searchIndexOf } from '../../../scripts/lib/search-index';

const titles = ['Tesla Autopilot crash', 'Tesla’s Autopilot recall', 'Bank outage', 'Bank outages again, in Zürich'];
const organizations = [['Tesla'], ['Tesla', 'NHTSA'], [], ['Crédit Suisse']];
const bodies = [
  'The car crashed. Drivers of the car were hurt.',
  'A recall of every car after the update.',
  'Customers could not pay: the payment system was down.',
  'The payment systems failed again, customers waited. Ｆｕｌｌ-width ﬁle names.',
];

/** The incidents' words as compiled one by one, renumbered in a vocabulary that already holds words of other incidents, as a warm cache's does. */
function numbered(): { vocabulary: Vocabulary; documents: PackedWords[] } {
  const vocabulary = new Vocabulary(['stale', 'words', 'of', 'deleted', 'reports', 'car']);
  const documents = titles.map((title, i) => vocabulary.number(localWords(title, organizations[i], bodies[i])));
  return { vocabulary, documents };
}

describe('incidents read once into numbered words', () => {
  it('give the distinctive terms their text gives, whatever the numbering', () => {
    const { vocabulary, documents } = numbered();
    expect(distinctiveTermsOf(documents, vocabulary.words)).toEqual(distinctiveTerms(titles, bodies));
  });

  it('give the search index their text gives, byte for byte, whatever the numbering', () => {
    const { vocabulary, documents } = numbered();
    const names = [...new Set(organizations.flat())];
    const fromText = buildSearchIndex('b', titles, { values: names, rows: organizations.map((row) => row.map((name) => names.indexOf(name))) }, bodies);
    const fromWords = searchIndexOf('b', documents, vocabulary.words);
    expect(fromWords.words).toEqual(fromText.words);
    expect(fromWords.shards).toEqual(fromText.shards);
  });

  it('keep their words through a renumbering', () => {
    const { vocabulary, documents } = numbered();
    const reversed = vocabulary.words.map((_, id) => vocabulary.words.length - 1 - id);
    const wordsOf = (packed: PackedWords, words: readonly string[]) => {
      const found: string[] = [];
      forEachWord(packed, (id) => found.push(words[id]));
      return found.sort();
    };
    const reversedWords = [...vocabulary.words].reverse();
    for (const packed of documents) expect(wordsOf(renumbered(packed, reversed), reversedWords)).toEqual(wordsOf(packed, vocabulary.words));
  });

  it('are told apart from damaged ones: cut short, lengthened, or naming a word the vocabulary lacks', () => {
    const { vocabulary, documents } = numbered();
    const size = vocabulary.words.length;
    for (const packed of documents) {
      expect(packedWithin(packed, size)).toBe(true);
      expect(packedWithin(packed.slice(0, -1), size)).toBe(false);
      expect(packedWithin(`${packed}\u0000`, size)).toBe(false);
      expect(packedWithin(packed, 0)).toBe(false);
    }
    // The last incident brought the vocabulary's last words.
    expect(packedWithin(documents[3], size - 1)).toBe(false);
    expect(packedWithin('', size)).toBe(false);
  });
});
