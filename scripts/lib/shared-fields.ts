import type { FacetId } from '../../src/domain/taxonomy';
import type { StagedInput } from './prepared-input';

/**
 * A copy of `text` that holds no reference to the larger string it was cut from. V8
 * keeps a substring as a view of its parent, so one title kept from a CSV row would
 * keep the whole 64 KB chunk the row was decoded in, and a large export entirely.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * Gives inputs with equal option lists (and organization lists) one shared array. The
 * dataset holds a row of short fields per incident until the index is written; at a
 * million incidents, twelve arrays per row cost more than everything else in it, while
 * the distinct lists are few. Shared arrays are never mutated downstream.
 */
export class SharedFields {
  /** Per kind of list, the lists seen, by their items joined. */
  private readonly lists = new Map<string, Map<string, (string | number)[]>>();
  /**
   * Per kind of list, the shared arrays, by identity. Inputs from the compile cache come
   * with equal lists as one array (cache-index-columns.ts): once it is the shared one,
   * it is found without joining its items again. Only shared arrays are kept here, so an
   * input's own array is not held once the input is placed.
   */
  private readonly arrays = new Map<string, Set<unknown[]>>();

  private share<T extends string | number>(kind: string, list: T[]): T[] {
    let shared = this.arrays.get(kind);
    if (shared === undefined) this.arrays.set(kind, (shared = new Set()));
    if (shared.has(list)) return list;
    const known = this.byItems(kind, list);
    if (known === list) shared.add(list);
    return known;
  }

  private byItems<T extends string | number>(kind: string, list: T[]): T[] {
    let seen = this.lists.get(kind);
    if (seen === undefined) this.lists.set(kind, (seen = new Map()));
    // Most lists hold one item: its text is the key, with no string built.
    const key = list.length === 1 ? String(list[0]) : list.join('\u0000');
    const known = seen.get(key);
    if (known !== undefined) return known as T[];
    seen.set(key, list);
    return list;
  }

  /** `input` with its lists shared; the input is changed in place and returned. */
  apply<Input extends Pick<StagedInput, 'fields'>>(input: Input): Input {
    const { fields } = input;
    for (const facet in fields.facets) fields.facets[facet as FacetId] = this.share(facet, fields.facets[facet as FacetId]);
    fields.organizations = this.share('organizations', fields.organizations);
    fields.organizationRoles = this.share('roles', fields.organizationRoles);
    return input;
  }
}
