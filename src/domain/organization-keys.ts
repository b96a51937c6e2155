/**
 * How two spellings of one organization are found to be one: both fold to the same key.
 * The rules only remove what never tells organizations apart (case, punctuation, spacing,
 * a leading "The", a trailing legal form or possessive), so "Google" and "Google as a
 * company" meet while "Google's DoubleClick Ad Exchange" and "Users of Google Photos"
 * stay their own organizations: no rule looks inside a name for another one.
 */

/** Trailing words that say what kind of body an organization is, not which one. */
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'co', 'corp', 'corporation', 'ltd', 'limited', 'llc', 'plc', 'company', 'gmbh']);
/** Words an acronym may skip: "DoD" for "Department of Defense". */
const LINKING_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at']);
/** Symbols that are part of a name ("AT&T", "Lapsus$"); every other mark separates words. */
const NAME_SYMBOLS = /[&+#$@]/;

/** Lowercase words of `name`: compatibility forms folded, apostrophes dropped, other punctuation a space. */
function words(name: string): string[] {
  const folded = name.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'");
  const out: string[] = [];
  let word = '';
  for (const char of folded) {
    if (char === "'") continue;
    if (/[\p{L}\p{N}]/u.test(char) || NAME_SYMBOLS.test(char)) word += char;
    else if (word.length > 0) {
      out.push(word);
      word = '';
    }
  }
  if (word.length > 0) out.push(word);
  return out;
}

/** `list` without a leading "the", trailing legal forms and "as a company", and a final possessive. */
function coreWords(list: readonly string[], possessive: boolean): string[] {
  let core = list[0] === 'the' && list.length > 1 ? list.slice(1) : [...list];
  if (possessive && core.length > 0) core[core.length - 1] = core[core.length - 1].replace(/s$/, '');
  for (;;) {
    const n = core.length;
    if (n > 3 && core[n - 3] === 'as' && core[n - 2] === 'a' && core[n - 1] === 'company') core = core.slice(0, n - 3);
    else if (n > 1 && LEGAL_FORMS.has(core[n - 1])) core = core.slice(0, n - 1);
    else break;
  }
  return core;
}

/** The name's key without any alias in brackets: folded words, "The", legal forms and "'s" gone. */
function plainKey(name: string): string {
  const trimmed = name.trim();
  const possessive = /['\u2019]s$/i.test(trimmed);
  const all = words(trimmed);
  const core = coreWords(all, possessive);
  return (core.length > 0 ? core : all).join(' ');
}

/**
 * Whether `acronym` abbreviates `nameWords`: each word gives its first letters in order
 * ("SRLabs": Security, Research, Labs), linking words may give none.
 */
function abbreviates(acronym: string, nameWords: readonly string[]): boolean {
  const match = (at: number, word: number): boolean => {
    if (word === nameWords.length) return at === acronym.length;
    const current = nameWords[word];
    if (LINKING_WORDS.has(current) && match(at, word + 1)) return true;
    for (let take = 1; take <= current.length && at + take <= acronym.length; take += 1) {
      if (acronym[at + take - 1] !== current[take - 1]) break;
      if (match(at + take, word + 1)) return true;
    }
    return false;
  };
  return acronym.length >= 2 && acronym.length <= 12 && match(0, 0);
}

const BRACKETED = /^(.*\S)\s*\(([^()]+)\)$/;

/**
 * The keys a name is known by: its folded key, and for "Security Research Labs (SRLabs)"
 * also the key of the name outside the brackets and of the one-word alias inside, when
 * that alias abbreviates the name. Brackets holding anything else ("Boat tour company
 * (River Adventures)") stay part of the name, so a description never becomes a key.
 */
export function organizationKeys(name: string): string[] {
  const bracketed = BRACKETED.exec(name.trim());
  if (bracketed !== null) {
    const outside = plainKey(bracketed[1]);
    const alias = words(bracketed[2]);
    if (alias.length === 1 && outside.length > 0 && abbreviates(alias[0], outside.split(' '))) return [outside, alias[0]];
  }
  const key = plainKey(name);
  return key.length > 0 ? [key] : [name.trim().toLowerCase()];
}

/** The key a name is filed under first: the one an organization page's address is made of. */
export const organizationKey = (name: string): string => organizationKeys(name)[0];
