import type { OrganizationAliases } from '../../src/domain/organization-aliases';
import { organizationKey, organizationKeys } from '../../src/domain/organization-keys';
import { byCodeUnits } from '../../src/domain/code-unit-order';

/** One organization: its name, the key its page is found by, and the names as written that are it. */
export interface OrganizationGroup {
  key: string;
  name: string;
  /** Indices into the names as written, ascending. */
  variants: number[];
}

export interface OrganizationGrouping {
  /** Sorted by key, so the order never depends on the order of the inputs. */
  groups: OrganizationGroup[];
  /** Per name as written, the index of its group. */
  groupOf: number[];
}

/** Keys joined into sets: each set one organization. */
class KeySets {
  private readonly parent = new Map<string, string>();

  root(key: string): string {
    let at = key;
    for (let up = this.parent.get(at); up !== undefined && up !== at; up = this.parent.get(at)) at = up;
    if (!this.parent.has(at)) this.parent.set(at, at);
    for (let walk = key; walk !== at; ) {
      const next = this.parent.get(walk) as string;
      this.parent.set(walk, at);
      walk = next;
    }
    return at;
  }

  join(keys: readonly string[]): void {
    let root = this.root(keys[0]);
    for (const key of keys.slice(1)) {
      const other = this.root(key);
      if (other === root) continue;
      // The smaller key becomes the root, so the sets do not depend on the order of joining.
      const [low, high] = byCodeUnits(root, other) < 0 ? [root, other] : [other, root];
      this.parent.set(high, low);
      root = low;
    }
  }
}

/** The most frequent name, then the shortest, then the first in code-unit order: the same choice for the same names. */
function mostFrequent(names: readonly string[], incidents: readonly number[], variants: readonly number[]): string {
  let best = variants[0];
  for (const v of variants.slice(1)) {
    const more = incidents[v] - incidents[best] || names[best].length - names[v].length || byCodeUnits(names[best], names[v]);
    if (more > 0) best = v;
  }
  return names[best];
}

/**
 * Groups the organization names reports write into organizations. Names fold to keys
 * (organization-keys.ts); names sharing a key, and names the alias file lists under one
 * canonical name, are one organization. Its name is the alias file's canonical name, or
 * else the variant most incidents write (ties: the shorter, then code-unit order).
 * `incidents[v]` is how many incidents write `names[v]`.
 */
export function groupOrganizations(names: readonly string[], incidents: readonly number[], aliases: OrganizationAliases): OrganizationGrouping {
  const sets = new KeySets();
  const keysOf = names.map(organizationKeys);
  for (const keys of keysOf) sets.join(keys);
  const canonical = new Map<string, string>();
  for (const name of Object.keys(aliases).sort(byCodeUnits)) {
    sets.join([name, ...aliases[name]].flatMap(organizationKeys));
    canonical.set(organizationKey(name), name);
  }
  const members = new Map<string, number[]>();
  keysOf.forEach((keys, v) => {
    const root = sets.root(keys[0]);
    const list = members.get(root);
    if (list === undefined) members.set(root, [v]);
    else list.push(v);
  });
  const aliasNameOf = new Map<string, string>();
  for (const [key, name] of [...canonical].sort(([a], [b]) => byCodeUnits(a, b))) {
    const root = sets.root(key);
    if (!aliasNameOf.has(root)) aliasNameOf.set(root, name);
  }
  const groups = [...members].map(([root, variants]): OrganizationGroup => {
    const name = aliasNameOf.get(root) ?? mostFrequent(names, incidents, variants);
    return { key: organizationKey(name), name, variants };
  });
  groups.sort((a, b) => byCodeUnits(a.key, b.key));
  const groupOf = new Array<number>(names.length);
  groups.forEach((group, g) => {
    for (const v of group.variants) groupOf[v] = g;
  });
  return { groups, groupOf };
}
