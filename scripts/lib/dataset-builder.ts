import {
  type BuildInput,
  type Diagnostic,
  type Incident,
  type IncidentDraft,
  IncidentSchema,
  type Kind,
} from '../../src/domain/schema';
import { FACET_IDS, type FacetId } from '../../src/domain/taxonomy';
import { incidentId, titleDateKey } from './incident-identity';
import { searchText } from './search-text';

/** What the index needs of an incident: short fields only, long text kept apart. */
export interface IndexRow {
  id: string;
  kind: Kind;
  published: string | null;
  title: string;
  organizations: string[];
  facets: Record<FacetId, string[]>;
}

interface Row extends IndexRow {
  search: string;
  sources: string[];
  richness: number;
  /** Entries of the build report that became or merged into this row. */
  entries: number[];
  /** Sources changed since the record was last written. */
  stale: boolean;
}

/** A file operation the caller performs for the builder, which never touches disk. */
export type Effect = { write: Incident } | { remove: string };

/** A record already on disk whose `sources` must be brought up to date. */
export interface SourcesPatch {
  id: string;
  sources: string[];
}

export interface BuiltDataset {
  rows: IndexRow[];
  search: string[];
  inputs: BuildInput[];
  patches: SourcesPatch[];
}

/**
 * A report outranks a raw article of the same incident, and a more fully analysed
 * report outranks a less analysed one; on a tie the first input keeps its place.
 */
function richness(draft: IncidentDraft): number {
  const analysed = FACET_IDS.filter((f) => draft.facets[f].length > 0).length;
  return (draft.kind === 'report' ? 100 : 0) + analysed;
}

function validationReason(error: unknown): string {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
  const first = issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`)
    .join('; ');
  return `the record failed validation (${first || String(error)})`;
}

/**
 * Accumulates parsed inputs into a dataset in input order. Pure bookkeeping: it decides
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

  /** An input that was parsed: either a draft, or null with diagnostics saying why not. */
  add(source: string, draft: IncidentDraft | null, diagnostics: Diagnostic[]): Effect[] {
    if (draft === null) {
      this.skip(source, diagnostics);
      return [];
    }
    const key = titleDateKey(draft.title, draft.published);
    const existing = (draft.failId !== null ? this.byFailId.get(draft.failId) : undefined) ?? this.byKey.get(key);
    const entryIndex = this.inputs.length;
    this.inputs.push({ source, status: 'ok', incident: null, diagnostics: [...diagnostics] });

    if (existing === undefined) return this.addRow(draft, key, source, entryIndex);
    return this.merge(existing, draft, key, source, entryIndex);
  }

  private addRow(draft: IncidentDraft, key: string, source: string, entryIndex: number): Effect[] {
    const rowIndex = this.rows.length;
    const id = this.uniqueId(draft.failId, key, rowIndex);
    const record = this.validRecord(draft, id, [source], entryIndex);
    if (record === null) return [];
    this.rows.push({
      ...rowFields(record),
      search: searchText(record),
      sources: [source],
      richness: richness(draft),
      entries: [entryIndex],
      stale: false,
    });
    this.inputs[entryIndex].incident = id;
    this.byKey.set(key, rowIndex);
    if (draft.failId !== null) this.byFailId.set(draft.failId, rowIndex);
    return [{ write: record }];
  }

  private merge(rowIndex: number, draft: IncidentDraft, key: string, source: string, entryIndex: number): Effect[] {
    const row = this.rows[rowIndex];
    const entry = this.inputs[entryIndex];
    const sources = [...row.sources, source];
    if (richness(draft) <= row.richness) {
      entry.status = 'duplicate';
      entry.incident = row.id;
      entry.diagnostics.push({
        level: 'info',
        message: `same incident as ${row.sources[0]} (same ${draft.failId !== null && this.byFailId.get(draft.failId) === rowIndex ? 'FAIL incident id' : 'title and date'}); merged into ${row.id}`,
        line: null,
      });
      row.sources = sources;
      row.stale = true;
      return [];
    }
    const id = draft.failId !== null ? this.uniqueId(draft.failId, key, rowIndex) : row.id;
    const record = this.validRecord(draft, id, sources, entryIndex);
    if (record === null) return [];
    const effects: Effect[] = id === row.id ? [] : [{ remove: row.id }];
    if (id !== row.id) this.usedIds.delete(row.id);
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
    Object.assign(row, rowFields(record), {
      search: searchText(record),
      sources,
      richness: richness(draft),
      entries: [...row.entries, entryIndex],
      stale: false,
    });
    entry.incident = id;
    this.byKey.set(key, rowIndex);
    if (draft.failId !== null) this.byFailId.set(draft.failId, rowIndex);
    effects.push({ write: record });
    return effects;
  }

  private validRecord(draft: IncidentDraft, id: string, sources: string[], entryIndex: number): Incident | null {
    const result = IncidentSchema.safeParse({ id, sources, ...draft });
    if (result.success) return result.data;
    const entry = this.inputs[entryIndex];
    entry.status = 'skipped';
    entry.incident = null;
    entry.diagnostics.push({ level: 'error', message: validationReason(result.error), line: null });
    return null;
  }

  /** Ids are unique even in the (astronomically unlikely) case of a hash collision. */
  private uniqueId(failId: string | null, key: string, rowIndex: number): string {
    const base = incidentId(failId, key);
    let id = base;
    for (let n = 2; this.usedIds.has(id) && this.usedIds.get(id) !== rowIndex; n += 1) id = `${base}-${n}`;
    this.usedIds.set(id, rowIndex);
    return id;
  }

  finish(): BuiltDataset {
    return {
      rows: this.rows.map(({ id, kind, published, title, organizations, facets }) => ({
        id,
        kind,
        published,
        title,
        organizations,
        facets,
      })),
      search: this.rows.map((r) => r.search),
      inputs: this.inputs,
      patches: this.rows.filter((r) => r.stale).map((r) => ({ id: r.id, sources: r.sources })),
    };
  }
}

function rowFields(record: Incident): IndexRow {
  return {
    id: record.id,
    kind: record.kind,
    published: record.published,
    title: record.title,
    organizations: record.organizations,
    facets: record.facets,
  };
}
