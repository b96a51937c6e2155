import { describe, expect, it } from 'vitest';
import { PALETTE_SIZE } from '../../src/domain/option-colours';
import { THEME_COLOURS, THEME_NAMES } from '../../src/presentation/theme-tokens';
import type { ThemeName, ThemeToken } from '../../src/presentation/theme-tokens';
import { contrastRatio, deltaE, mixSrgb, relativeLuminance } from './wcag-contrast';

/** WCAG 2.2 AA: 4.5:1 for body-size text (1.4.3), 3:1 for the parts of a chart that carry meaning (1.4.11). */
const TEXT = 4.5;
const GRAPHIC = 3;

const colour = (token: ThemeToken, theme: ThemeName): string => THEME_COLOURS[token][theme];
const categorical = (theme: ThemeName): string[] =>
  Array.from({ length: PALETTE_SIZE }, (_, i) => colour(`cat-${i + 1}` as ThemeToken, theme));

describe('the WCAG arithmetic', () => {
  it.each<[string, string, number]>([
    ['#777777', '#ffffff', 4.48],
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#0000ff', '#ffffff', 8.59],
  ])('gives %s on %s a ratio of %f', (fg, bg, ratio) => {
    expect(contrastRatio(fg, bg)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(bg, fg)).toBeCloseTo(ratio, 2);
  });

  it('gives the luminance of the primaries and mixes as color-mix does', () => {
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(mixSrgb('#000000', '#ffffff', 0.2)).toBe('#cccccc');
  });
});

describe.each(THEME_NAMES)('the %s theme', (theme) => {
  const on = (fg: ThemeToken, bg: ThemeToken) => contrastRatio(colour(fg, theme), colour(bg, theme));

  it.each<[string, ThemeToken, ThemeToken]>([
    ['body text on panels', 'ink', 'surface'],
    ['body text on the page', 'ink', 'surface-sunken'],
    ['muted text on panels', 'ink-muted', 'surface'],
    ['muted text on the page', 'ink-muted', 'surface-sunken'],
    ['muted text on the not-analysed hatch', 'ink-muted', 'colour-not-analysed'],
    ['links on panels', 'accent', 'surface'],
    ['links on the page', 'accent', 'surface-sunken'],
    ['button text on buttons', 'accent-ink', 'accent'],
    ['error text on its box', 'danger', 'danger-surface'],
    ['warnings on panels', 'warning', 'surface'],
    ['info on panels', 'info', 'surface'],
  ])('has %s at 4.5:1 or more', (_name, fg, bg) => {
    expect(on(fg, bg)).toBeGreaterThanOrEqual(TEXT);
  });

  it('has chip text at 4.5:1 or more on every option colour’s chip tint', () => {
    const surface = colour('surface', theme);
    const ink = colour('ink', theme);
    for (const chipColour of [...categorical(theme), colour('colour-unknown', theme), colour('border', theme)]) {
      const passes = contrastRatio(ink, mixSrgb(chipColour, surface, 0.2)) >= TEXT;
      expect({ chipColour, passes }).toEqual({ chipColour, passes: true });
    }
  });

  it('has filter-chip text at 4.5:1 or more on its accent tint', () => {
    expect(contrastRatio(colour('ink', theme), mixSrgb(colour('accent', theme), colour('surface', theme), 0.08))).toBeGreaterThanOrEqual(TEXT);
  });
});

describe('the option colours on the dark theme', () => {
  it.each(['surface', 'surface-sunken'] as const)('stand out at 3:1 or more against the dark %s', (background) => {
    for (const option of [...categorical('dark'), colour('colour-unknown', 'dark')]) {
      const passes = contrastRatio(option, colour(background, 'dark')) >= GRAPHIC;
      expect({ option, passes }).toEqual({ option, passes: true });
    }
  });

  it('stay as far apart from each other as the light palette’s closest pair', () => {
    const closest = (colours: string[]) =>
      Math.min(...colours.flatMap((a, i) => colours.slice(i + 1).map((b) => deltaE(a, b))));
    expect(closest(categorical('dark'))).toBeGreaterThanOrEqual(closest(categorical('light')) - 1e-9);
  });

  it('keep each hue: only cat-13 changes, and only to a lighter colour', () => {
    const changed = categorical('light').flatMap((light, i) => (light === categorical('dark')[i] ? [] : [`cat-${i + 1}`]));
    expect(changed).toEqual(['cat-13']);
    expect(relativeLuminance(colour('cat-13', 'dark'))).toBeGreaterThan(relativeLuminance(colour('cat-13', 'light')));
  });
});
