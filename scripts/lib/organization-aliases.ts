import { OrganizationAliasesSchema, type OrganizationAliases } from '../../src/domain/organization-aliases';
import type { Diagnostic } from '../../src/domain/schema';
import { jsonErrorPosition } from './json-error-position';
import { organizationKey } from '../../src/domain/organization-keys';
import { diag, excerpt } from './parse-result';

export interface ParsedAliases {
  aliases: OrganizationAliases;
  /** False when nothing of the file could be used: the file is then skipped. */
  usable: boolean;
  diagnostics: Diagnostic[];
}

/** 1-based line of character `at` of `text`. */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** The line where `value` is written as a JSON string at or after `from`, or null. */
function lineOf(text: string, value: string, from = 0): { line: number; at: number } | null {
  const at = text.indexOf(JSON.stringify(value), from);
  return at < 0 ? null : { line: lineAt(text, at), at };
}


/**
 * Reads an alias file: `{ "<canonical name>": ["<variant>", …], … }`. Never throws. Text
 * that is not a JSON object is unusable; an entry that breaks the schema is left out
 * with an error naming its line, the others kept; a variant listed under two names joins
 * them (their organizations become one) and says so.
 */
export function parseOrganizationAliases(file: string): ParsedAliases {
  const text = file.charCodeAt(0) === 0xfeff ? file.slice(1) : file;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    const at = jsonErrorPosition(text);
    const reason = at < 0 ? (cause as Error).message : at >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text[at])}`;
    return { aliases: {}, usable: false, diagnostics: [diag('error', `not JSON: ${reason}`, at < 0 ? null : lineAt(text, at))] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { aliases: {}, usable: false, diagnostics: [diag('error', 'expected an object of canonical name → list of variants', 1)] };
  }
  const aliases: OrganizationAliases = {};
  const diagnostics: Diagnostic[] = [];
  const claimed = new Map<string, string>();
  for (const [name, variants] of Object.entries(raw)) {
    const where = lineOf(text, name);
    const checked = OrganizationAliasesSchema.safeParse({ [name]: variants });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const item = issue.path[1];
      const itemLine = typeof item === 'number' && Array.isArray(variants) && typeof variants[item] === 'string' ? lineOf(text, variants[item], where?.at) : null;
      diagnostics.push(diag('error', `“${excerpt(name)}” left out: ${issue.message}`, itemLine?.line ?? where?.line ?? null));
      continue;
    }
    const [[canonical, list]] = Object.entries(checked.data);
    for (const variant of list) {
      const key = organizationKey(variant);
      const earlier = claimed.get(key);
      if (earlier !== undefined && earlier !== canonical) {
        const line = lineOf(text, variant, where?.at)?.line ?? where?.line ?? null;
        diagnostics.push(diag('warning', `“${excerpt(variant)}” is listed under both “${excerpt(earlier)}” and “${excerpt(canonical)}”, so they are one organization`, line));
      } else claimed.set(key, canonical);
    }
    aliases[canonical] = [...(aliases[canonical] ?? []), ...list];
  }
  const variants = Object.values(aliases).reduce((n, list) => n + list.length, 0);
  diagnostics.push(diag('info', `organization aliases: ${Object.keys(aliases).length} organizations, ${variants} variants`));
  return { aliases, usable: true, diagnostics };
}

/** Several input directories' alias files as one: an organization's variants from every file. */
export function mergeAliases(files: readonly OrganizationAliases[]): OrganizationAliases {
  const merged: OrganizationAliases = {};
  for (const file of files) for (const [name, list] of Object.entries(file)) merged[name] = [...(merged[name] ?? []), ...list];
  return merged;
}
