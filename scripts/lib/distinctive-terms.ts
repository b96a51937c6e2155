import { byCodeUnits } from './index-columns';
import { PairTable } from './pair-table';
import { BREAK, documentWords, PackedReader, type PackedWords, Vocabulary } from './document-words';
import { termOfWord } from './term-words';

/** How many terms each incident keeps: enough to name what it is about, few enough to stay small. */
export const TERMS_PER_INCIDENT = 16;
/** A word of the title counts as this many words of the body: a title says what the incident is. */
const TITLE_WEIGHT = 2;
/** A term only one incident uses matches nothing, so it is never kept. */
const MIN_INCIDENTS = 2;

/**
 * The terms of a corpus, aligned with its incidents: `terms` (sorted) are the words and
 * two-word phrases some incident keeps, `df[t]` how many incidents of the whole corpus
 * use term t, and `rows[i]` the terms of incident i, most distinctive first.
 */
export interface DistinctiveTerms {
  terms: string[];
  df: number[];
  rows: number[][];
}

/** A growable list of numbers, so a count per word costs no object. */
class Counts {
  values = new Int32Array(1024);
  size = 0;

  push(value: number): number {
    if (this.size === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size] = value;
    return this.size++;
  }
}

/** Each incident's word numbers, `BREAK` between phrases, read as views of one array. */
class Sequences {
  constructor(
    private readonly words: Int32Array,
    private readonly starts: Int32Array,
  ) {}

  forEach(visit: (sequence: Int32Array, incident: number) => void): void {
    for (let incident = 0; incident + 1 < this.starts.length; incident++) visit(this.words.subarray(this.starts[incident], this.starts[incident + 1]), incident);
  }
}

const UNSEEN = -2;

/**
 * Each incident's words as term numbers with `BREAK` where a phrase cannot continue, the
 * number of incidents using each term, and each term's shortest form as written (the
 * name a reader sees: "breach" for "breach" and "breaches"), from the incidents' packed
 * words (document-words.ts), whose words are looked at once per vocabulary entry.
 */
function readWords(documents: readonly PackedWords[], vocabulary: readonly string[]) {
  const termOf = new Map<string, number>();
  /** Each vocabulary word to its term's number or `BREAK`. */
  const seen = new Int32Array(vocabulary.length).fill(UNSEEN);
  const df = new Counts();
  const lastIncident = new Counts();
  const shown: string[] = [];
  // One array for every incident's words, not one per incident: a large export of one-line rows has tens of thousands.
  const sequence = new Counts();
  const starts = new Int32Array(documents.length + 1);
  const titleEnds = new Int32Array(documents.length);
  const idOf = (word: string): number => {
    const term = termOfWord(word);
    if (term === null) return BREAK;
    const shownAs = word.endsWith("'s") ? word.slice(0, -2) : word;
    let id = termOf.get(term);
    if (id === undefined) {
      id = df.push(0);
      lastIncident.push(-1);
      termOf.set(term, id);
      shown.push(shownAs);
    } else if (shownAs.length < shown[id].length || (shownAs.length === shown[id].length && shownAs < shown[id])) shown[id] = shownAs;
    return id;
  };
  documents.forEach((packed, incident) => {
    const reader = new PackedReader(packed);
    reader.skipSearch();
    titleEnds[incident] = reader.next();
    for (let n = reader.next(); n > 0; n--) {
      const word = reader.next() - 1;
      let id = BREAK;
      if (word !== BREAK) {
        id = seen[word];
        if (id === UNSEEN) {
          id = idOf(vocabulary[word]);
          seen[word] = id;
        }
      }
      if (id !== BREAK && lastIncident.values[id] !== incident) {
        lastIncident.values[id] = incident;
        df.values[id] += 1;
      }
      sequence.push(id);
    }
    starts[incident + 1] = sequence.size;
  });
  return { df: df.values.subarray(0, df.size), shown, sequences: new Sequences(sequence.values.subarray(0, sequence.size), starts), titleEnds };
}

/**
 * Numbers every two-word phrase of words used by at least two incidents (a phrase is
 * never used more widely than its words) and counts the incidents using it.
 */
function readPhrases(sequences: Sequences, wordDf: Int32Array) {
  const phraseOf = new PairTable();
  const df = new Counts();
  const lastIncident = new Counts();
  const first = new Counts();
  const second = new Counts();
  sequences.forEach((sequence, incident) => {
    for (let i = 1; i < sequence.length; i++) {
      const a = sequence[i - 1];
      const b = sequence[i];
      if (a === BREAK || b === BREAK || a === b || wordDf[a] < MIN_INCIDENTS || wordDf[b] < MIN_INCIDENTS) continue;
      const id = phraseOf.add(a, b);
      if (id === df.size) {
        df.push(0);
        lastIncident.push(-1);
        first.push(a);
        second.push(b);
      }
      if (lastIncident.values[id] !== incident) {
        lastIncident.values[id] = incident;
        df.values[id] += 1;
      }
    }
  });
  return { phraseOf, df: df.values.subarray(0, df.size), first: first.values, second: second.values };
}

/**
 * The best scored terms of one incident, at most `k`, kept in order as they come:
 * higher score first, equal scores in the order of their text, which is built only
 * for a tie.
 */
class TopTerms {
  readonly terms: number[] = [];
  private readonly scores: number[] = [];

  constructor(
    private readonly k: number,
    private readonly textOf: (term: number) => string,
  ) {}

  clear(): void {
    this.terms.length = 0;
    this.scores.length = 0;
  }

  private before(term: number, score: number, at: number): boolean {
    const other = this.scores[at];
    return score > other || (score === other && byCodeUnits(this.textOf(term), this.textOf(this.terms[at])) < 0);
  }

  offer(term: number, score: number): void {
    const { terms, scores, k } = this;
    if (terms.length === k && !this.before(term, score, k - 1)) return;
    let at = terms.length === k ? k - 1 : terms.length;
    while (at > 0 && this.before(term, score, at - 1)) at--;
    terms.splice(at, 0, term);
    scores.splice(at, 0, score);
    if (terms.length > k) {
      terms.pop();
      scores.pop();
    }
  }
}

/**
 * Per incident, its `perIncident` most distinctive words and two-word phrases of its
 * title (counted twice) and body by TF-IDF over the corpus ((1 + ln tf) · ln(N / df)),
 * stop words left out, plurals folded, ties broken by the term's text. Only terms that
 * another incident uses too are kept: they are what similar incidents can share. The
 * result depends on the texts alone, in their order, so the same corpus gives the same
 * terms.
 */
export function distinctiveTerms(titles: readonly string[], bodies: readonly string[], perIncident = TERMS_PER_INCIDENT): DistinctiveTerms {
  const vocabulary = new Vocabulary();
  return distinctiveTermsOf(
    titles.map((title, incident) => documentWords(title, [], bodies[incident], vocabulary)),
    vocabulary.words,
    perIncident,
  );
}

/**
 * `distinctiveTerms` of the incidents' packed words (document-words.ts) in `vocabulary`:
 * the same terms, found without reading the text again.
 */
export function distinctiveTermsOf(documents: readonly PackedWords[], vocabulary: readonly string[], perIncident = TERMS_PER_INCIDENT): DistinctiveTerms {
  const n = documents.length;
  const words = readWords(documents, vocabulary);
  const phrases = readPhrases(words.sequences, words.df);
  const wordCount = words.df.length;
  const dfOf = (term: number) => (term < wordCount ? words.df[term] : phrases.df[term - wordCount]);
  // A phrase's text is made once: ties between equal scores, which are common, compare texts again and again.
  const phraseTexts = new Array<string | undefined>(phrases.df.length);
  const textOf = (term: number) =>
    term < wordCount
      ? words.shown[term]
      : (phraseTexts[term - wordCount] ??= `${words.shown[phrases.first[term - wordCount]]} ${words.shown[phrases.second[term - wordCount]]}`);

  const idf = (df: number) => (df >= MIN_INCIDENTS && df < n ? Math.log(n / df) : 0);
  const wordIdf = Float64Array.from(words.df, idf);
  const phraseIdf = Float64Array.from(phrases.df, idf);
  const idfOf = (term: number) => (term < wordCount ? wordIdf[term] : phraseIdf[term - wordCount]);
  const tf = new Float64Array(wordCount + phrases.df.length);
  const touched: number[] = [];
  const count = (term: number, weight: number) => {
    if (tf[term] === 0) touched.push(term);
    tf[term] += weight;
  };
  const top = new TopTerms(perIncident, textOf);
  const chosen: number[][] = [];
  words.sequences.forEach((sequence, incident) => {
    touched.length = 0;
    for (let i = 0; i < sequence.length; i++) {
      const word = sequence[i];
      if (word === BREAK || wordIdf[word] === 0) continue;
      const weight = i < words.titleEnds[incident] ? TITLE_WEIGHT : 1;
      count(word, weight);
      const before = i > 0 ? sequence[i - 1] : BREAK;
      const phrase = before === BREAK ? -1 : phrases.phraseOf.get(before, word);
      if (phrase >= 0 && phraseIdf[phrase] > 0) count(wordCount + phrase, weight);
    }
    top.clear();
    for (const term of touched) {
      top.offer(term, (1 + Math.log(tf[term])) * idfOf(term));
      tf[term] = 0;
    }
    chosen.push([...top.terms]);
  });

  const kept = [...new Set(chosen.flat())].map((term) => ({ term, text: textOf(term) })).sort((a, b) => byCodeUnits(a.text, b.text));
  const position = new Map(kept.map(({ term }, i) => [term, i]));
  return {
    terms: kept.map((k) => k.text),
    df: kept.map((k) => dfOf(k.term)),
    rows: chosen.map((terms) => terms.map((term) => position.get(term) as number)),
  };
}
