import { createHash } from 'node:crypto';
import { type Diagnostic, type IncidentDraft, IncidentDraftSchema } from '../../src/domain/schema';
import { FACET_IDS } from '../../src/domain/taxonomy';
import { capDiagnostics } from './diagnostic-cap';
import type { IndexRow } from './index-columns';
import { incidentId, titleDateKey } from './incident-identity';
import type { ParseResult } from './parse-result';
import { documentWords, localWords, type StagedWords, type Vocabulary } from './document-words';
import { recordFingerprint } from './duplicate-text';
import { searchText } from './search-text';
import { detached } from './shared-fields';
import { organizationRoles } from './text';

const utf8 = new TextEncoder();

/**
 * A validated draft, reduced to what the dataset builder needs to place it (the short
 * index fields), with the long parts already serialized: the record body as JSON and
 * the search text. Preparing is the expensive part of compiling a page, so it runs
 * wherever the page was parsed, on a worker thread for large inputs.
 */
export interface PreparedInput {
  fields: Omit<IndexRow, 'id'> & { failId: string | null };
  /** Ranks inputs of one incident: a report over an article, then the more analysed. */
  richness: number;
  /** `JSON.stringify` of the validated draft. */
  json: string;
  search: string;
  /**
   * Its words as full-text search and distinctive terms read them (document-words.ts): in
   * a vocabulary of its own, or packed in the vocabulary it was prepared with.
   */
  words: StagedWords;
  /** The sampled shingles of its long text, to find possible duplicates by (duplicate-text.ts). */
  print: Uint32Array;
}

export interface Prepared {
  input: PreparedInput | null;
  diagnostics: Diagnostic[];
}

function validationReason(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const first = error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`)
    .join('; ');
  return `the record failed validation (${first})`;
}

/**
 * Validates and serializes what a parser made of one input; a draft that fails the
 * schema is never written. Its diagnostics are capped here, once for every parser. Its
 * words are numbered in `vocabulary` when one is given (a page thread's, kept for the
 * thread's life), else in a vocabulary of their own.
 */
export function prepareInput({ draft, diagnostics: all }: ParseResult, vocabulary?: Vocabulary): Prepared {
  const diagnostics = capDiagnostics(all);
  if (draft === null) return { input: null, diagnostics };
  const checked = IncidentDraftSchema.safeParse(draft);
  if (!checked.success) {
    return { input: null, diagnostics: [...diagnostics, { level: 'error', message: validationReason(checked.error), line: null }] };
  }
  const valid: IncidentDraft = checked.data;
  const json = JSON.stringify(valid);
  const analysed = FACET_IDS.filter((f) => valid.facets[f].length > 0).length;
  const search = detached(searchText(valid));
  return {
    input: {
      fields: {
        kind: valid.kind,
        published: valid.published,
        title: detached(valid.title),
        organizations: valid.organizations.map(detached),
        organizationRoles: organizationRoles(valid.organizations, valid.postmortem.responsibleOrganization, valid.postmortem.impactedOrganization),
        facets: valid.facets,
        failId: valid.failId,
      },
      richness: (valid.kind === 'report' ? 100 : 0) + analysed,
      json,
      search,
      words: vocabulary === undefined ? localWords(valid.title, valid.organizations, search) : documentWords(valid.title, valid.organizations, search, vocabulary),
      print: recordFingerprint(valid),
    },
    diagnostics,
  };
}

/**
 * The text of `incidents/<id>.json`: id and sources first, so a person opening the file
 * sees what it is, then the draft exactly as prepared.
 */
export function recordText(id: string, sources: readonly string[], json: string): string {
  return `{"id":${JSON.stringify(id)},"sources":${JSON.stringify(sources)},${json.slice(1)}\n`;
}

/**
 * A prepared input with the id it would get as a new incident and its record text under
 * that id, ready to be written as soon as the dataset builder places it.
 */
export interface StagedInput extends Omit<PreparedInput, 'json' | 'search'> {
  /** Normalized title and date: inputs with the same key are one incident. */
  key: string;
  id: string;
  /**
   * `incidents/<id>.json` for an input first seen as its source, as UTF-8: bytes leave
   * a thread without a copy and are written without encoding again.
   */
  record: Uint8Array<ArrayBuffer>;
  /** Of `record` and the search text, so the build id changes whenever either does; the text itself is not kept, its words are. */
  hash: string;
}

export interface Staged {
  input: StagedInput | null;
  diagnostics: Diagnostic[];
}

/** A prepared input ready to place, for an input first seen as `source`. */
export function stageInput({ json, search, ...input }: PreparedInput, source: string): StagedInput {
  const key = titleDateKey(input.fields.title, input.fields.published);
  const id = incidentId(input.fields.failId, key);
  const record = utf8.encode(recordText(id, [source], json));
  return { ...input, key, id, record, hash: createHash('sha1').update(record).update(search).digest('hex') };
}

/** Stages what a parser made of one input; an input that became nothing stays nothing. */
export function stagePrepared({ input, diagnostics }: Prepared, source: string): Staged {
  return { input: input === null ? null : stageInput(input, source), diagnostics };
}
