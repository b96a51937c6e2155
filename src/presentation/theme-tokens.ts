/**
 * The colour tokens of both themes, defined once here and mirrored by
 * `styles/theme.css` (a test checks the two agree and that text meets WCAG AA on its
 * background in both). Code that draws outside the page's CSS, such as exported images,
 * reads colours from here.
 *
 * The categorical palette keeps the light theme's colours in the dark one: the Okabe-Ito
 * set and the long-facet colours already stand out on a dark surface. Only `cat-13`, a deep
 * indigo that almost vanishes on dark, is lightened there, keeping its hue.
 */
export type ThemeName = 'light' | 'dark';

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark'];

interface ThemeColour {
  readonly light: string;
  readonly dark: string;
}

const same = (colour: string): ThemeColour => ({ light: colour, dark: colour });

/** Keyed by CSS custom property name, without the leading `--`. */
export const THEME_COLOURS = {
  ink: { light: '#1c1e21', dark: '#e6e8eb' },
  /** Darker than the first palette's #5a6069 so muted text stays at 4.5:1 on the not-analysed hatch. */
  'ink-muted': { light: '#555b63', dark: '#a9b0bb' },
  surface: { light: '#ffffff', dark: '#1e2126' },
  'surface-sunken': { light: '#f4f5f7', dark: '#15171a' },
  border: { light: '#d8dbe0', dark: '#3b4048' },
  accent: { light: '#0b5cad', dark: '#79b8ff' },
  'accent-ink': { light: '#ffffff', dark: '#0d1b2a' },
  danger: { light: '#a4262c', dark: '#ff9090' },
  'danger-surface': { light: '#fdf1f1', dark: '#3a1f22' },
  warning: { light: '#8a5a00', dark: '#e8b04b' },
  info: { light: '#3d5a80', dark: '#a9c1e0' },
  focus: { light: '#1a73e8', dark: '#8ab4f8' },
  skeleton: { light: '#e4e6ea', dark: '#2c3037' },
  /** The heat of a cell: darker for a larger value, and more or fewer than a test predicts. */
  'heat-value': { light: '#0b5cad', dark: '#79b8ff' },
  'heat-more': { light: '#c8530a', dark: '#ff9a5c' },
  'heat-fewer': { light: '#0072b2', dark: '#56b4e9' },
  'colour-unknown': same('#8a8a8a'),
  /** Closer to the surface than `unknown` in both themes: the absence of an answer recedes. */
  'colour-not-analysed': { light: '#d4d4d4', dark: '#3d4148' },
  'cat-1': same('#e69f00'),
  'cat-2': same('#56b4e9'),
  'cat-3': same('#009e73'),
  'cat-4': same('#f0e442'),
  'cat-5': same('#0072b2'),
  'cat-6': same('#d55e00'),
  'cat-7': same('#cc79a7'),
  'cat-8': same('#9c755f'),
  'cat-9': same('#76b7b2'),
  'cat-10': same('#b07aa1'),
  'cat-11': same('#ff9da7'),
  'cat-12': same('#59a14f'),
  'cat-13': { light: '#332288', dark: '#8877dd' },
} as const satisfies Record<string, ThemeColour>;

export type ThemeToken = keyof typeof THEME_COLOURS;

const TOKEN_REFERENCE = /^var\(--([a-z0-9-]+)\)$/;

const isThemeToken = (name: string): name is ThemeToken => Object.hasOwn(THEME_COLOURS, name);

/**
 * A CSS colour as a literal one: `var(--cat-3)` becomes `#009e73` in `theme`, anything
 * else is returned as it is. For SVG and canvas output, where the page's variables do not reach.
 */
export function resolveColour(colour: string, theme: ThemeName): string {
  const match = TOKEN_REFERENCE.exec(colour.trim());
  return match !== null && isThemeToken(match[1]) ? THEME_COLOURS[match[1]][theme] : colour;
}
