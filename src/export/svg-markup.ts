/**
 * A tiny SVG document builder. Text is only ever written as escaped XML text or attribute
 * values, so report text (titles, option names) can never become markup, and characters
 * XML forbids are dropped so one stray control character cannot break the whole image.
 */

export interface SvgElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string | number | undefined>>;
  readonly children: readonly SvgChild[];
}

/** Markup from `XMLSerializer`, which writes well-formed XML and escapes its own text: for nothing else. */
export interface SerializedMarkup {
  readonly serialized: string;
}

export type SvgChild = SvgElement | SerializedMarkup | string;

export const SVG_NS = 'http://www.w3.org/2000/svg';

export const svg = (name: string, attrs: SvgElement['attrs'] = {}, ...children: SvgChild[]): SvgElement => ({ name, attrs, children });

/**
 * Whether XML 1.0 allows the code point: tab, LF, CR and everything from space up, except
 * surrogates (a lone one arrives here on its own) and U+FFFE and U+FFFF.
 */
const isXmlChar = (code: number): boolean =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;

function xmlCharsOnly(text: string): string {
  let kept = '';
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) kept += char;
  return kept;
}

/** Text as it may appear between tags or inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return xmlCharsOnly(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const formatNumber = (value: number): string => String(Math.round(value * 100) / 100);

function attributes(attrs: SvgElement['attrs']): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? formatNumber(value) : escapeXml(value)}"`)
    .join('');
}

export function serializeSvg(node: SvgChild): string {
  if (typeof node === 'string') return escapeXml(node);
  if ('serialized' in node) return node.serialized;
  const inner = node.children.map(serializeSvg).join('');
  return inner === '' ? `<${node.name}${attributes(node.attrs)}/>` : `<${node.name}${attributes(node.attrs)}>${inner}</${node.name}>`;
}
