import { type BuildInput, type Diagnostic, IncidentIdSchema } from '../../src/domain/schema';
import type { IndexRow } from './index-columns';
import type { StagedInput } from './prepared-input';

interface Row extends IndexRow {
  richness: number;
  hash: string;
  search: string;
  sources: string[];
  /** Entries of the build report that became or merged into this row. */
  entries: number[];
  /** The record on disk does not carry this row's id and sources yet. */
  stale: boolean;
}

/**
 * A file operation the caller performs for the builder, which never touches disk: write
 * the added input's record under an id, or remove a placed one. An input that merges
 * into a known incident has no effect: its record is never written.
 */
export type Effect = { place: string } | { remove: string };

/** A placed record whose id or sources must be brought up to date. */
export interface RecordPatch {
  id: string;
  sources: string[];
}

export interface BuiltDataset {
  rows: IndexRow[];
  search: string[];
  /** Per incident: its id, the hash of its record and search text, and its sources, for the build id. */
  digests: string[];
  inputs: BuildInput[];
  patches: RecordPatch[];
}

/**
 * Accumulates staged inputs into a dataset in input order. Pure bookkeeping: it decides
 * ids, merges duplicates (same FAIL id, or same normalized title and date) and records
 * every input in the build report, and returns the file effects for the caller to run.
 * Long text is never held: the caller writes each record as soon as it is placed.
 */
export class DatasetBuilder {
  private readonly rows: Row[] = [];
  private readonly inputs: BuildInput[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byFailId = new Map<string, number>();
  private readonly usedIds = new Map<string, number>();

  /** An input that yields no incident; `diagnostics` must say why. */
  skip(source: string, diagnostics: Diagnostic[]): void {
    this.inputs.push({ source, status: 'skipped', incident: null, diagnostics });
  }

  /** An input that was parsed: either staged, or null with diagnostics saying why not. */
  add(source: string, input: StagedInput | null, diagnostics: Diagnostic[]): Effect[] {
    if (input === null) {
      this.skip(source, diagnostics);
      return [];
    }
    const { failId } = input.fields;
    const { key } = input;
    const byFailId = failId !== null ? this.byFailId.get(failId) : undefined;
    const existing = byFailId ?? this.byKey.get(key);
    const entryIndex = this.inputs.length;
    this.inputs.push({ source, status: 'ok', incident: null, diagnostics: [...diagnostics] });
    if (existing === undefined) return this.addRow(input, key, source, entryIndex);
    const reason = byFailId !== undefined ? 'FAIL incident id' : 'title and date';
    return input.richness > this.rows[existing].richness
      ? this.replace(existing, input, key, source, entryIndex)
      : this.mergeInto(existing, source, entryIndex, reason);
  }

  private addRow(input: StagedInput, key: string, source: string, entryIndex: number): Effect[] {
    const rowIndex = this.rows.length;
    const id = this.uniqueId(input.id, rowIndex);
    this.rows.push(Object.assign(rowFields(id, input), { sources: [source], entries: [entryIndex], stale: id !== input.id }));
    this.inputs[entryIndex].incident = id;
    this.index(rowIndex, input, key);
    return [{ place: id }];
  }

  /** A later input of a known incident that adds nothing but its source. */
  private mergeInto(rowIndex: number, source: string, entryIndex: number, reason: string): Effect[] {
    const row = this.rows[rowIndex];
    const entry = this.inputs[entryIndex];
    entry.status = 'duplicate';
    entry.incident = row.id;
    entry.diagnostics.push({ level: 'info', message: `same incident as ${row.sources[0]} (same ${reason}); merged into ${row.id}`, line: null });
    row.sources = [...row.sources, source];
    row.entries.push(entryIndex);
    row.stale = true;
    return [];
  }

  /** A later, more fully analysed input of a known incident: it provides the record from now on. */
  private replace(rowIndex: number, input: StagedInput, key: string, source: string, entryIndex: number): Effect[] {
    const row = this.rows[rowIndex];
    const id = input.fields.failId !== null ? this.uniqueId(input.id, rowIndex) : row.id;
    const effects: Effect[] = [];
    if (id !== row.id) {
      effects.push({ remove: row.id });
      this.usedIds.delete(row.id);
    }
    for (const earlier of row.entries) {
      const other = this.inputs[earlier];
      other.incident = id;
      if (other.status === 'ok') {
        other.status = 'duplicate';
        other.diagnostics.push({
          level: 'info',
          message: `same incident as ${source}, which is more fully analysed and replaces it; merged into ${id}`,
          line: null,
        });
      }
    }
    Object.assign(row, rowFields(id, input), { sources: [...row.sources, source], entries: [...row.entries, entryIndex], stale: true });
    this.inputs[entryIndex].incident = id;
    this.index(rowIndex, input, key);
    effects.push({ place: id });
    return effects;
  }

  private index(rowIndex: number, input: StagedInput, key: string): void {
    this.byKey.set(key, rowIndex);
    if (input.fields.failId !== null) this.byFailId.set(input.fields.failId, rowIndex);
  }

  /** Ids are unique even in the (astronomically unlikely) case of a hash collision. */
  private uniqueId(candidate: string, rowIndex: number): string {
    const base = IncidentIdSchema.parse(candidate);
    let id = base;
    for (let n = 2; this.usedIds.has(id) && this.usedIds.get(id) !== rowIndex; n += 1) id = `${base}-${n}`;
    this.usedIds.set(id, rowIndex);
    return id;
  }

  finish(): BuiltDataset {
    return {
      rows: this.rows.map(({ id, kind, published, title, organizations, facets }) => ({ id, kind, published, title, organizations, facets })),
      search: this.rows.map((r) => r.search),
      digests: this.rows.map((r) => `${r.id}:${r.hash}:${r.sources.join('\u0000')}`),
      inputs: this.inputs,
      patches: this.rows.filter((r) => r.stale).map((r) => ({ id: r.id, sources: r.sources })),
    };
  }
}

function rowFields(id: string, input: StagedInput): Omit<Row, 'sources' | 'entries' | 'stale'> {
  const { kind, published, title, organizations, facets } = input.fields;
  return { id, kind, published, title, organizations, facets, richness: input.richness, hash: input.hash, search: input.search };
}
