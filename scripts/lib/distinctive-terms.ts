import { byCodeUnits } from '../../src/domain/code-unit-order';
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

const UNSEEN = -2;

/**
 * Every incident's words in one array, as term numbers with `BREAK` where a phrase
 * cannot continue, incident i's from `starts[i]` to `starts[i + 1]`, the first
 * `titleEnds[i]` of them its title's; the number of incidents using each term, and each
 * term's shortest form as written (the name a reader sees: "breach" for "breach" and
 * "breaches"). Read from the incidents' packed words (document-words.ts), whose words
 * are looked at once per vocabulary entry. One array for every incident, not one per
 * incident: a large export of one-line rows has tens of thousands.
 */
function readWords(documents: readonly PackedWords[], vocabulary: readonly string[]) {
  const termOf = new Map<string, number>();
  /** Each vocabulary word to its term's number or `BREAK`. */
  const seen = new Int32Array(vocabulary.length).fill(UNSEEN);
  const df = new Counts();
  const lastIncident = new Counts();
  const shown: string[] = [];
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
  return { df: df.values.subarray(0, df.size), shown, sequence: sequence.values.subarray(0, sequence.size), starts, titleEnds };
}

/**
 * Numbers every two-word phrase of words used by at least two incidents (a phrase is
 * never used more widely than its words) and counts the incidents using it. `at[i]` is
 * the phrase that ends with the word at `sequence[i]`, -1 where none does.
 */
function readPhrases({ sequence, starts }: ReturnType<typeof readWords>, wordDf: Int32Array) {
  const phraseOf = new PairTable();
  const df = new Counts();
  const lastIncident = new Counts();
  const first = new Counts();
  const second = new Counts();
  const at = new Int32Array(sequence.length).fill(-1);
  for (let incident = 0; incident + 1 < starts.length; incident++) {
    for (let i = starts[incident] + 1; i < starts[incident + 1]; i++) {
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
      at[i] = id;
    }
  }
  return { at, df: df.values.subarray(0, df.size), first: first.values, second: second.values };
}

/**
 * The best scored terms of one incident, at most `k`, kept in order as they come:
 * higher score first, equal scores in the order of their text, which is built only
 * for a tie.
 */
class TopTerms {
  readonly terms: Int32Array;
  private readonly scores: Float64Array;
  size = 0;

  constructor(
    private readonly k: number,
    private readonly textOf: (term: number) => string,
  ) {
    this.terms = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  private before(term: number, score: number, at: number): boolean {
    const other = this.scores[at];
    return score > other || (score === other && byCodeUnits(this.textOf(term), this.textOf(this.terms[at])) < 0);
  }

  offer(term: number, score: number): void {
    const { terms, scores, k } = this;
    if (this.size === k && !this.before(term, score, k - 1)) return;
    let at = this.size === k ? k - 1 : this.size++;
    for (; at > 0 && this.before(term, score, at - 1); at--) {
      terms[at] = terms[at - 1];
      scores[at] = scores[at - 1];
    }
    terms[at] = term;
    scores[at] = score;
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
  const phrases = readPhrases(words, words.df);
  const wordCount = words.df.length;
  const dfOf = (term: number) => (term < wordCount ? words.df[term] : phrases.df[term - wordCount]);
  // A phrase's text is made once: ties between equal scores, which are common, compare texts again and again.
  const phraseTexts = new Array<string | undefined>(phrases.df.length);
  const textOf = (term: number) =>
    term < wordCount
      ? words.shown[term]
      : (phraseTexts[term - wordCount] ??= `${words.shown[phrases.first[term - wordCount]]} ${words.shown[phrases.second[term - wordCount]]}`);

  const idf = (df: number) => (df >= MIN_INCIDENTS && df < n ? Math.log(n / df) : 0);
  // One table for words and phrases, a phrase's entry after every word's: the loop below looks a term up without asking which it is.
  const termIdf = new Float64Array(wordCount + phrases.df.length);
  words.df.forEach((df, term) => (termIdf[term] = idf(df)));
  phrases.df.forEach((df, phrase) => (termIdf[wordCount + phrase] = idf(df)));
  // Counts of whole weights, so their logarithms come from a table made with the same Math.log.
  const tf = new Int32Array(termIdf.length);
  const logOf = Float64Array.from({ length: 1024 }, (_, count) => Math.log(count));
  const { sequence, starts, titleEnds } = words;
  const touched = new Int32Array(termIdf.length);
  const top = new TopTerms(perIncident, textOf);
  const chosen = new Int32Array(n * perIncident);
  const chosenCount = new Int32Array(n);
  for (let incident = 0; incident < n; incident++) {
    let touches = 0;
    const titleEnd = starts[incident] + titleEnds[incident];
    for (let i = starts[incident]; i < starts[incident + 1]; i++) {
      const word = sequence[i];
      if (word === BREAK || termIdf[word] === 0) continue;
      const weight = i < titleEnd ? TITLE_WEIGHT : 1;
      if (tf[word] === 0) touched[touches++] = word;
      tf[word] += weight;
      const phrase = phrases.at[i];
      if (phrase < 0) continue;
      const term = wordCount + phrase;
      if (termIdf[term] === 0) continue;
      if (tf[term] === 0) touched[touches++] = term;
      tf[term] += weight;
    }
    top.size = 0;
    for (let t = 0; t < touches; t++) {
      const term = touched[t];
      const count = tf[term];
      top.offer(term, (1 + (count < logOf.length ? logOf[count] : Math.log(count))) * termIdf[term]);
      tf[term] = 0;
    }
    chosen.set(top.terms.subarray(0, top.size), incident * perIncident);
    chosenCount[incident] = top.size;
  }

  const rowTerms = (incident: number) => chosen.subarray(incident * perIncident, incident * perIncident + chosenCount[incident]);
  const isKept = new Uint8Array(termIdf.length);
  const kept: { term: number; text: string }[] = [];
  for (let incident = 0; incident < n; incident++) {
    for (const term of rowTerms(incident)) {
      if (isKept[term] === 1) continue;
      isKept[term] = 1;
      kept.push({ term, text: textOf(term) });
    }
  }
  kept.sort((a, b) => byCodeUnits(a.text, b.text));
  const position = new Int32Array(termIdf.length);
  kept.forEach(({ term }, i) => (position[term] = i));
  return {
    terms: kept.map((k) => k.text),
    df: kept.map((k) => dfOf(k.term)),
    rows: Array.from({ length: n }, (_, incident) => Array.from(rowTerms(incident), (term) => position[term])),
  };
}
