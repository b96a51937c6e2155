import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_COLOURS, resolveColour } from '../../src/presentation/theme-tokens';
import type { ThemeToken } from '../../src/presentation/theme-tokens';

const css = (file: string): string => readFileSync(new URL(`../../src/styles/${file}`, import.meta.url), 'utf8');

/** `--name: value;` declarations of a stylesheet's first `:root` block. */
function rootDeclarations(text: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  return new Map([...block.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/** Each token as the page ends up with it: theme.css's light-dark pair, else tokens.css's single value. */
function cssThemeColours(): Map<string, { light: string; dark: string }> {
  const themed = rootDeclarations(css('theme.css'));
  const base = rootDeclarations(css('tokens.css'));
  const resolved = new Map<string, { light: string; dark: string }>();
  for (const [name, value] of base) resolved.set(name, { light: value, dark: value });
  for (const [name, value] of themed) {
    const pair = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(value);
    if (pair) resolved.set(name, { light: pair[1], dark: pair[2] });
  }
  return resolved;
}

describe('the theme stylesheets', () => {
  it.each(Object.keys(THEME_COLOURS) as ThemeToken[])('declare --%s as theme-tokens.ts defines it', (token) => {
    expect(cssThemeColours().get(token)).toEqual(THEME_COLOURS[token]);
  });

  it('declare no themed colour that theme-tokens.ts does not know', () => {
    const themed = [...rootDeclarations(css('theme.css')).entries()].filter(([, value]) => value.startsWith('light-dark('));
    expect(themed.map(([name]) => name).filter((name) => !(name in THEME_COLOURS))).toEqual([]);
  });

  it('switch on <html data-theme> and follow the system without it', () => {
    const text = css('theme.css');
    expect(text).toMatch(/:root\s*\{\s*color-scheme: light dark;/);
    expect(text).toMatch(/:root\[data-theme='light'\]\s*\{\s*color-scheme: light;/);
    expect(text).toMatch(/:root\[data-theme='dark'\]\s*\{\s*color-scheme: dark;/);
  });

  it('are all imported, print last', () => {
    const imports = [...css('index.css').matchAll(/@import '\.\/([a-z-]+\.css)';/g)].map((m) => m[1]);
    expect(imports).toEqual(expect.arrayContaining(['theme.css', 'export.css', 'deck.css', 'present.css', 'print.css']));
    expect(imports.at(-1)).toBe('print.css');
    expect(imports.indexOf('theme.css')).toBeGreaterThan(imports.indexOf('tokens.css'));
  });
});

describe('resolveColour', () => {
  it.each<[string, 'light' | 'dark', string]>([
    ['var(--cat-3)', 'light', '#009e73'],
    ['var(--cat-13)', 'dark', '#8877dd'],
    [' var(--colour-unknown) ', 'light', '#8a8a8a'],
    ['var(--no-such-token)', 'light', 'var(--no-such-token)'],
    ['#123456', 'dark', '#123456'],
  ])('resolves %s in the %s theme to %s', (input, theme, expected) => {
    expect(resolveColour(input, theme)).toBe(expected);
  });
});
