/**
 * Derivations shared by every hook that asks for the same thing over the same loaded
 * data: a page whose frame, chart and caption each call `useSelection` with one filter
 * state derives the selection once, not once per call. Entries hang off the data object
 * they were derived from (a `WeakMap`), so a new dataset build starts afresh and an old
 * one is collected with its derivations; each object keeps its latest few keys only.
 */
const LIMIT = 16;

const cache = new WeakMap<object, Map<string, unknown>>();

/** `derive()`'s value for `key` over `owner`, computed once while it stays among the latest `LIMIT` keys. */
export function sharedDerivation<T>(owner: object, key: string, derive: () => T): T {
  let entries = cache.get(owner);
  if (entries === undefined) {
    entries = new Map();
    cache.set(owner, entries);
  }
  if (entries.has(key)) {
    const value = entries.get(key) as T;
    entries.delete(key);
    entries.set(key, value);
    return value;
  }
  const value = derive();
  entries.set(key, value);
  if (entries.size > LIMIT) entries.delete(entries.keys().next().value as string);
  return value;
}

const ids = new WeakMap<object, number>();
let nextId = 0;

/** A number standing for `value`'s identity, for keys of derivations that depend on an object. */
export function identityOf(value: object): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = nextId++;
    ids.set(value, id);
  }
  return id;
}
