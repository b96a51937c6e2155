import { type BuildInput, type Diagnostic, IncidentIdSchema } from '../../src/domain/schema';
import { classificationConflicts } from './classification-conflicts';
import { candidatePairs } from './duplicate-candidates';
import type { PackedWords, Vocabulary } from './document-words';
import type { IndexRow } from './index-columns';
import { excerpt } from './parse-result';
import type { StagedInput } from './prepared-input';

interface Row extends IndexRow {
  richness: number;
  hash: string;
  /** Its words for full-text search and distinctive terms, packed in the dataset's vocabulary (document-words.ts). */
  words: PackedWords;
  /** The sampled shingles of its record's long text, to find possible duplicates by. */
  print: Uint32Array;
  sources: string[];
  /** Entries of the build report that became or merged into this row. */
  entries: number[];
  /** The entry whose input provides the record. */
  provider: number;
  /** The FAIL incident id of any of its inputs: inputs with different FAIL ids are never merged. */
  failId: string | null;
  /** The id the record is written under; differs from `id` until the record is patched. */
  file: string;
  /** The record on disk does not carry this row's id, sources and FAIL id yet. */
  stale: boolean;
}

/**
 * A file operation the caller performs for the builder, which never touches disk: write
 * the added input's record under an id, or remove a placed one. An input that merges
 * into a known incident has no effect: its record is never written.
 */
export type Effect = { place: string } | { remove: string };

/**
 * A placed record to bring up to date: read from `file`, written under `id` with these
 * sources and FAIL id (and `file` removed when it is another name).
 */
export interface RecordPatch {
  id: string;
  file: string;
  sources: string[];
  failId: string | null;
}

export interface BuiltDataset {
  rows: IndexRow[];
  /** Per incident, its packed words (document-words.ts). */
  words: PackedWords[];
  /** Per incident: its id, the hash of its record and search text, and its sources, for the build id. */
  digests: string[];
  inputs: BuildInput[];
  patches: RecordPatch[];
}

/** Two incidents a reviewer decided are one, and where that decision is written. */
export interface DecidedMerge {
  incidents: readonly [string, string];
  because: string;
}

/** One incident of a pair worth comparing: where its record is, to read its long text from. */
export interface CandidateSide {
  id: string;
  /** The name its record is written under now. */
  file: string;
  title: string;
  published: string | null;
}

/**
 * A staged input as the builder places it: the record's bytes are the caller's to write,
 * and its words are numbered in the vocabulary of the whole dataset.
 */
export type PlacedInput = Omit<StagedInput, 'record' | 'words'> & { words: PackedWords };

/** `input` as the builder places it, its words numbered in `vocabulary`. */
export function placedInput({ fields, richness, words, print, key, id, hash }: StagedInput, vocabulary: Vocabulary): PlacedInput {
  return { fields, richness, words: vocabulary.number(words), print, key, id, hash };
}

const MAX_ID_LENGTH = 64;

/**
 * Accumulates staged inputs into a dataset in input order. Pure bookkeeping: it decides
 * ids, merges duplicates and records every input in the build report, and returns the
 * file effects for the caller to run. Long text is never held: the caller writes each
 * record as soon as it is placed.
 *
 * Two inputs are one incident when they carry the same FAIL id, or the same normalized
 * title and date and no two different FAIL ids. An incident's id comes from its content
 * alone (its FAIL id, else its title and date; see incidentId), never from the order of
 * the inputs, so adding inputs never gives an existing id to another incident. Only two
 * different incidents whose content yields the same id (a hash collision) are told apart
 * by input order, with a warning naming both.
 */
export class DatasetBuilder {
  private rows: Row[] = [];
  private readonly inputs: BuildInput[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byFailId = new Map<string, number>();
  /** Every id in use, as a row's id or as the name its record is written under. */
  private readonly holders = new Map<string, number>();

  /** An input that yields no incident; `diagnostics` must say why. */
  skip(source: string, diagnostics: Diagnostic[]): void {
    this.inputs.push({ source, status: 'skipped', incident: null, diagnostics });
  }

  /** An input that was read and used but describes no incident, such as an alias file. */
  keep(source: string, diagnostics: Diagnostic[]): void {
    this.inputs.push({ source, status: 'ok', incident: null, diagnostics });
  }

  /** An input that was parsed: either staged, or null with diagnostics saying why not. */
  add(source: string, input: PlacedInput | null, diagnostics: Diagnostic[]): Effect[] {
    if (input === null) {
      this.skip(source, diagnostics);
      return [];
    }
    const { failId } = input.fields;
    const byFailId = failId !== null ? this.byFailId.get(failId) : undefined;
    const byKey = this.byKey.get(input.key);
    const keyRow = byKey === undefined ? null : this.rows[byKey];
    const keyMatches = keyRow !== null && (keyRow.failId === null || failId === null || keyRow.failId === failId);
    const existing = byFailId ?? (keyMatches ? byKey : undefined);
    const entryIndex = this.inputs.length;
    this.inputs.push({ source, status: 'ok', incident: null, diagnostics: [...diagnostics] });
    if (existing === undefined) {
      if (keyRow !== null) {
        const ids = `FAIL incident id ${excerpt(failId ?? '')} is not ${excerpt(keyRow.failId ?? '')}`;
        this.note(entryIndex, 'info', `same title and date as ${keyRow.sources[0]}, but ${ids}: kept apart`);
      }
      return this.addRow(input, source, entryIndex);
    }
    const row = this.rows[existing];
    const reason = byFailId !== undefined ? 'FAIL incident id' : 'title and date';
    const conflicts = classificationConflicts(
      { source: this.inputs[row.provider].source, facets: row.facets },
      { source, facets: input.fields.facets },
    );
    if (input.richness > row.richness) {
      if (conflicts.length > 0) {
        this.note(row.provider, 'warning', `classified differently from ${source}, which is more fully analysed and provides the record: ${conflicts.join('; ')}`);
      }
      return this.replace(existing, input, source, entryIndex);
    }
    if (conflicts.length > 0) {
      this.note(entryIndex, 'warning', `classified differently from ${row.sources[0]}, whose record is kept: ${conflicts.join('; ')}`);
    }
    return this.mergeInto(existing, input, source, entryIndex, reason);
  }

  private note(entryIndex: number, level: Diagnostic['level'], message: string): void {
    this.inputs[entryIndex].diagnostics.push({ level, message, line: null });
  }

  private addRow(input: PlacedInput, source: string, entryIndex: number): Effect[] {
    const rowIndex = this.rows.length;
    const id = this.claim(input.id, rowIndex, entryIndex);
    // Object.assign keeps one hidden class for every row; a spread gives each row its own, some 550 bytes apiece.
    this.rows.push(
      Object.assign(rowFields(id, input), { sources: [source], entries: [entryIndex], provider: entryIndex, failId: input.fields.failId, file: id, stale: id !== input.id }),
    );
    this.inputs[entryIndex].incident = id;
    this.index(rowIndex, input);
    return [{ place: id }];
  }

  /** A later input of a known incident that adds its source and, where the incident had none, its FAIL id. */
  private mergeInto(rowIndex: number, input: PlacedInput, source: string, entryIndex: number, reason: string): Effect[] {
    const row = this.rows[rowIndex];
    const entry = this.inputs[entryIndex];
    entry.status = 'duplicate';
    this.gainFailId(rowIndex, input, entryIndex);
    this.note(entryIndex, 'info', `same incident as ${row.sources[0]} (same ${reason}); merged into ${row.id}`);
    entry.incident = row.id;
    row.sources.push(source);
    row.entries.push(entryIndex);
    row.stale = true;
    this.index(rowIndex, input);
    return [];
  }

  /** A later, more fully analysed input of a known incident: it provides the record from now on. */
  private replace(rowIndex: number, input: PlacedInput, source: string, entryIndex: number): Effect[] {
    const row = this.rows[rowIndex];
    this.gainFailId(rowIndex, input, entryIndex);
    const { id, file } = row;
    const effects: Effect[] = [];
    if (file !== id) {
      effects.push({ remove: file });
      this.holders.delete(file);
    }
    for (const earlier of row.entries) {
      const other = this.inputs[earlier];
      other.incident = id;
      if (other.status === 'ok') {
        other.status = 'duplicate';
        this.note(earlier, 'info', `same incident as ${source}, which is more fully analysed and replaces it; merged into ${id}`);
      }
    }
    Object.assign(row, rowFields(id, input), {
      sources: [...row.sources, source],
      entries: [...row.entries, entryIndex],
      provider: entryIndex,
      file: id,
      stale: true,
    });
    this.inputs[entryIndex].incident = id;
    this.index(rowIndex, input);
    effects.push({ place: id });
    return effects;
  }

  /**
   * An incident first seen without a FAIL id takes the id its FAIL id gives it, the same
   * id it gets when the input carrying the FAIL id is read first. Its record stays under
   * the old name until it is patched, which keeps that name taken meanwhile.
   */
  private gainFailId(rowIndex: number, input: PlacedInput, entryIndex: number): void {
    const row = this.rows[rowIndex];
    if (row.failId !== null || input.fields.failId === null) return;
    row.failId = input.fields.failId;
    row.id = this.claim(input.id, rowIndex, entryIndex);
    row.stale = true;
    for (const earlier of row.entries) this.inputs[earlier].incident = row.id;
  }

  private index(rowIndex: number, input: PlacedInput): void {
    if (!this.byKey.has(input.key)) this.byKey.set(input.key, rowIndex);
    const { failId } = input.fields;
    if (failId !== null && !this.byFailId.has(failId)) this.byFailId.set(failId, rowIndex);
  }

  /**
   * `candidate`, or when another incident already holds it (two contents giving one id,
   * which a hash makes astronomically unlikely) a numbered variant, with a warning.
   */
  private claim(candidate: string, rowIndex: number, entryIndex: number): string {
    const base = IncidentIdSchema.parse(candidate);
    let id = base;
    for (let n = 2; this.holders.has(id) && this.holders.get(id) !== rowIndex; n += 1) {
      const suffix = `-${n}`;
      id = `${base.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    }
    if (id !== base) {
      const holder = this.rows[this.holders.get(base) as number];
      this.note(entryIndex, 'warning', `id ${base} is already the id of ${holder.sources[0]}, a different incident; this one is ${id}`);
    }
    this.holders.set(id, rowIndex);
    return id;
  }

  /** Every incident so far, by id, with its title. */
  incidents(): { id: string; title: string }[] {
    return this.rows.map(({ id, title }) => ({ id, title }));
  }

  /**
   * Pairs of incidents whose texts may be nearly the same, to be compared exactly
   * (duplicate-candidates.ts); called once every input is added.
   */
  duplicateCandidates(): [CandidateSide, CandidateSide][] {
    const side = ({ id, file, title, published }: Row): CandidateSide => ({ id, file, title, published });
    return candidatePairs(this.rows.map((r) => r.print)).map(([a, b]) => [side(this.rows[a]), side(this.rows[b])]);
  }

  /**
   * Merges incidents a reviewer decided are one, once every input is added (no input may
   * be added after). Pairs sharing an incident merge together. Of each group the most
   * fully analysed incident is kept (the first read on a tie), as when two inputs are
   * found to be one incident: the others' inputs become duplicates pointing to it, their
   * sources are listed on it and their records are removed. Says, per incident merged
   * away, the incident it is now part of. Every id must be an incident's.
   */
  mergeDecided(pairs: readonly DecidedMerge[]): { effects: Effect[]; keptOf: Map<string, string> } {
    const rowOf = new Map(this.rows.map((r, i) => [r.id, i]));
    const parent = this.rows.map((_, i) => i);
    const rootOf = (i: number): number => (parent[i] === i ? i : (parent[i] = rootOf(parent[i])));
    const because = new Map<string, string>();
    for (const { incidents, because: reason } of pairs) {
      const [a, b] = incidents;
      for (const id of incidents) if (!because.has(id)) because.set(id, reason);
      const [x, y] = [rootOf(rowOf.get(a) as number), rootOf(rowOf.get(b) as number)];
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
    }
    const groups = new Map<number, number[]>();
    this.rows.forEach((_, i) => {
      const root = rootOf(i);
      groups.set(root, [...(groups.get(root) ?? []), i]);
    });
    const effects: Effect[] = [];
    const keptOf = new Map<string, string>();
    const gone = new Set<number>();
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const keep = members.reduce((best, i) => (this.rows[i].richness > this.rows[best].richness ? i : best));
      const kept = this.rows[keep];
      for (const i of members) {
        if (i === keep) continue;
        const other = this.rows[i];
        for (const entry of other.entries) {
          const input = this.inputs[entry];
          input.status = 'duplicate';
          input.incident = kept.id;
          this.note(entry, 'info', `merged into ${kept.id} (${kept.sources[0]}): ${because.get(other.id)}`);
        }
        Object.assign(kept, { sources: [...kept.sources, ...other.sources], entries: [...kept.entries, ...other.entries], stale: true });
        effects.push({ remove: other.file });
        keptOf.set(other.id, kept.id);
        gone.add(i);
      }
    }
    this.rows = this.rows.filter((_, i) => !gone.has(i));
    return { effects, keptOf };
  }

  /** Per incident so far, its packed words: what `finish` gives as `words` when no merge comes between. */
  words(): PackedWords[] {
    return this.rows.map((r) => r.words);
  }

  finish(): BuiltDataset {
    return {
      rows: this.rows.map(({ id, kind, published, title, organizations, organizationRoles, facets }) => ({ id, kind, published, title, organizations, organizationRoles, facets })),
      words: this.words(),
      digests: this.rows.map((r) => `${r.id}:${r.hash}:${r.sources.join('\u0000')}`),
      inputs: this.inputs,
      patches: this.rows.filter((r) => r.stale).map((r) => ({ id: r.id, file: r.file, sources: r.sources, failId: r.failId })),
    };
  }
}

function rowFields(
  id: string,
  input: PlacedInput,
): Pick<Row, 'id' | 'kind' | 'published' | 'title' | 'organizations' | 'organizationRoles' | 'facets' | 'richness' | 'hash' | 'words' | 'print'> {
  const { kind, published, title, organizations, organizationRoles, facets } = input.fields;
  return { id, kind, published, title, organizations, organizationRoles, facets, richness: input.richness, hash: input.hash, words: input.words, print: input.print };
}
