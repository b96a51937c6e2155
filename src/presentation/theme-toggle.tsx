import { chooseTheme, useTheme } from './theme-preference';

/**
 * A switch between the light and dark themes. It starts where the system preference
 * puts it; pressing it makes the choice the reader's own, remembered across visits. It is
 * named "Dark theme" and pressed or not, as a toggle button is; its visible text also says
 * "on" or "off", so a sighted reader need not guess the state from the name alone.
 */
export function ThemeToggle() {
  const theme = useTheme();
  const dark = theme === 'dark';
  return (
    <button type="button" className="theme-toggle" aria-pressed={dark} onClick={() => chooseTheme(dark ? 'light' : 'dark')}>
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark theme<span aria-hidden="true">{dark ? ': on' : ': off'}</span>
    </button>
  );
}
