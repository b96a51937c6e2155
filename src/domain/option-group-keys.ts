/**
 * The key of the line that stands for a facet's rarest options grouped together, part of
 * the option vocabulary: the grouping itself is analysis (`analysis/option-groups`), the
 * key and its label are how every layer names that line.
 */
/** Option ids never hold a comma (the schema refuses one), so no data value can be this key. */
const GROUP_PREFIX = ',other,';

/** The key of the line standing for `size` grouped options; it carries the size, so a link to it never selects a different group on another dataset. */
export const groupKey = (size: number): string => `${GROUP_PREFIX}${size}`;

/** How many options the group line `key` stands for, or null when `key` is an option. */
export function groupSize(key: string): number | null {
  if (!key.startsWith(GROUP_PREFIX)) return null;
  const size = Number(key.slice(GROUP_PREFIX.length));
  return Number.isInteger(size) && size > 0 ? size : null;
}

/** "4,980 rarer options": not "other", which some vocabularies (Domain) hold as an option of their own. */
export const groupLabel = (size: number): string => `${size.toLocaleString('en-US')} rarer options`;
