const WHITESPACE = ' \t\n\r';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
/** JSON strings hold no raw control characters. */
const hasControl = (text: string): boolean => [...text].some((char) => char.charCodeAt(0) < 0x20);
const LITERAL = /true|false|null/y;

/**
 * Where `text` stops being JSON: the offset of the first character a JSON parser would
 * refuse (the text's length when it ends too early), or -1 when it is JSON. Node's
 * `JSON.parse` names no position in some versions, and an analyst editing a file by hand
 * needs the line. A loop over a stack, so deep nesting cannot overflow the call stack.
 */
export function jsonErrorPosition(text: string): number {
  let at = 0;
  const token = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null || hasControl(match[0])) return false;
    at += match[0].length;
    return true;
  };
  const open: string[] = [];
  let want: 'value' | 'key' | 'next' = 'value';
  /** Right after a bracket opened, where it may close at once. */
  let empty = false;
  for (;;) {
    while (at < text.length && WHITESPACE.includes(text[at])) at += 1;
    const closesEmpty = empty && text[at] === (want === 'key' ? '}' : ']');
    empty = false;
    if (closesEmpty) {
      at += 1;
      open.pop();
      want = 'next';
    } else if (want === 'key') {
      if (!token(STRING)) return at;
      while (at < text.length && WHITESPACE.includes(text[at])) at += 1;
      if (text[at] !== ':') return at;
      at += 1;
      want = 'value';
    } else if (want === 'value') {
      if (text[at] === '{' || text[at] === '[') {
        open.push(text[at]);
        want = text[at] === '{' ? 'key' : 'value';
        empty = true;
        at += 1;
      } else if (token(STRING) || token(NUMBER) || token(LITERAL)) want = 'next';
      else return at;
    } else if (open.length === 0) return at === text.length ? -1 : at;
    else if (text[at] === ',') {
      at += 1;
      want = open.at(-1) === '{' ? 'key' : 'value';
    } else if (text[at] === (open.at(-1) === '{' ? '}' : ']')) {
      at += 1;
      open.pop();
    } else return at;
  }
}
