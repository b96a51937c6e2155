import type { IncidentDraft } from '../../src/domain/schema';
import { stripCitations } from './text';

/**
 * The long text full-text search looks in, besides title and organizations (which the
 * index already holds): summary, causes, impacts, and an article's body. Citations and
 * repeated whitespace carry nothing to search for and are dropped to keep the file small.
 */
export function searchText(record: IncidentDraft): string {
  const { postmortem } = record;
  const parts = [
    record.summary ?? '',
    ...[...postmortem.softwareCauses, ...postmortem.nonSoftwareCauses, ...postmortem.impacts].map((i) => i.text),
    record.article?.body ?? '',
  ];
  return parts
    .map((p) => stripCitations(p).replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n');
}
