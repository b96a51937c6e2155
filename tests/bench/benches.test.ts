import { describe, expect, it } from 'vitest';
import { chosen } from '../../bench/benches';

const names = (picked: ReturnType<typeof chosen>) => picked.map(([name]) => name);

describe('the benchmarks a command line chooses', () => {
  it('runs a browser benchmark named alone on a build of the current sources, made first', () => {
    expect(names(chosen(['browser-1m']))).toEqual(['bundle', 'browser-1m']);
    expect(names(chosen(['findings-clicks', 'browser']))).toEqual(['bundle', 'browser', 'findings-clicks']);
  });

  it('runs the build once for several browser benchmarks, and nothing more for benchmarks that need none', () => {
    expect(names(chosen(['bundle', 'browser', 'browser-1m']))).toEqual(['bundle', 'browser', 'browser-1m']);
    expect(names(chosen(['prebuild-incremental', 'prebuild']))).toEqual(['prebuild', 'prebuild-incremental']);
  });

  it('runs every benchmark without names, and refuses a name it does not know', () => {
    expect(names(chosen([]))).toContain('bundle');
    expect(names(chosen([])).indexOf('bundle')).toBeLessThan(names(chosen([])).indexOf('browser'));
    expect(() => chosen(['browser-2m'])).toThrow(/no benchmark named browser-2m/);
  });
});
