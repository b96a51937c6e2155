import { type BuildInput, type Diagnostic, IncidentIdSchema } from '../../src/domain/schema';
import { incidentId, titleDateKey } from './incident-identity';
import type { IndexRow } from './index-columns';
import { type PreparedInput, recordBytes } from './prepared-input';

interface Row extends IndexRow {
  input: PreparedInput;
  sources: string[];
  /** Entries of the build report that became or merged into this row. */
  entries: number[];
  /** Sources changed since the record was last written. */
  stale: boolean;
}

/** A file operation the caller performs for the builder, which never touches disk. */
export type Effect = { write: { id: string; bytes: Uint8Array } } | { remove: string };

/** A record already on disk whose `sources` must be brought up to date. */
export interface SourcesPatch {
  id: string;
  sources: string[];
}

export interface BuiltDataset {
  rows: IndexRow[];
  search: string[];
  /** Per incident id: the hash of its record body and its sources, for the build id. */
  digests: string[];
  inputs: BuildInput[];
  patches: SourcesPatch[];
}

/**
 * Accumulates prepared inputs into a dataset in input order. Pure bookkeeping: it decides
 * ids, merges duplicates (same FAIL id, or same normalized title and date) and records
 * every input in the build report, and returns the file effects for the caller to run.
 * Long text is not held: records are handed out to be written as soon as they exist.
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

  /** An input that was parsed: either prepared, or null with diagnostics saying why not. */
  add(source: string, input: PreparedInput | null, diagnostics: Diagnostic[]): Effect[] {
    if (input === null) {
      this.skip(source, diagnostics);
      return [];
    }
    const { failId } = input.fields;
    const key = titleDateKey(input.fields.title, input.fields.published);
    const byFailId = failId !== null ? this.byFailId.get(failId) : undefined;
    const existing = byFailId ?? this.byKey.get(key);
    const entryIndex = this.inputs.length;
    this.inputs.push({ source, status: 'ok', incident: null, diagnostics: [...diagnostics] });
    if (existing === undefined) return this.addRow(input, key, source, entryIndex);
    const reason = byFailId !== undefined ? 'FAIL incident id' : 'title and date';
    return input.richness > this.rows[existing].input.richness
      ? this.replace(existing, input, key, source, entryIndex)
      : this.mergeInto(existing, source, entryIndex, reason);
  }

  private addRow(input: PreparedInput, key: string, source: string, entryIndex: number): Effect[] {
    const rowIndex = this.rows.length;
    const id = this.uniqueId(input.fields.failId, key, rowIndex);
    this.rows.push({ ...rowFields(id, input), input, sources: [source], entries: [entryIndex], stale: false });
    this.inputs[entryIndex].incident = id;
    this.index(rowIndex, input, key);
    return [{ write: { id, bytes: recordBytes(id, [source], input) } }];
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
  private replace(rowIndex: number, input: PreparedInput, key: string, source: string, entryIndex: number): Effect[] {
    const row = this.rows[rowIndex];
    const id = input.fields.failId !== null ? this.uniqueId(input.fields.failId, key, rowIndex) : row.id;
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
    const sources = [...row.sources, source];
    Object.assign(row, rowFields(id, input), { input, sources, entries: [...row.entries, entryIndex], stale: false });
    this.inputs[entryIndex].incident = id;
    this.index(rowIndex, input, key);
    effects.push({ write: { id, bytes: recordBytes(id, sources, input) } });
    return effects;
  }

  private index(rowIndex: number, input: PreparedInput, key: string): void {
    this.byKey.set(key, rowIndex);
    if (input.fields.failId !== null) this.byFailId.set(input.fields.failId, rowIndex);
  }

  /** Ids are unique even in the (astronomically unlikely) case of a hash collision. */
  private uniqueId(failId: string | null, key: string, rowIndex: number): string {
    const base = IncidentIdSchema.parse(incidentId(failId, key));
    let id = base;
    for (let n = 2; this.usedIds.has(id) && this.usedIds.get(id) !== rowIndex; n += 1) id = `${base}-${n}`;
    this.usedIds.set(id, rowIndex);
    return id;
  }

  finish(): BuiltDataset {
    return {
      rows: this.rows.map(({ id, kind, published, title, organizations, facets }) => ({ id, kind, published, title, organizations, facets })),
      search: this.rows.map((r) => r.input.search),
      digests: this.rows.map((r) => `${r.id}:${r.input.hash}:${r.sources.join('\u0000')}`),
      inputs: this.inputs,
      patches: this.rows.filter((r) => r.stale).map((r) => ({ id: r.id, sources: r.sources })),
    };
  }
}

function rowFields(id: string, input: PreparedInput): IndexRow {
  const { kind, published, title, organizations, facets } = input.fields;
  return { id, kind, published, title, organizations, facets };
}
