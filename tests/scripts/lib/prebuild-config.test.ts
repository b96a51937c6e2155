import { describe, expect, it } from 'vitest';
import { parseConfig, settlePaths } from '../../../scripts/lib/prebuild-config';

describe('settlePaths', () => {
  it('takes --in and --out first, then the config, then data and public/data', () => {
    expect(settlePaths({}, {}, '/p')).toMatchObject({ inputs: ['/p/data'], out: '/p/public/data', inputsGiven: false });
    expect(settlePaths({}, { in: ['mine', '/abs'], out: 'site/data' }, '/p')).toMatchObject({
      inputs: ['/p/mine', '/abs'],
      out: '/p/site/data',
      inputsGiven: false,
      inputsFrom: 'listed in faultline.config.json',
    });
    expect(settlePaths({ in: ['x'], out: 'o' }, { in: ['mine'] }, '/p')).toEqual({
      inputs: ['/p/x'],
      out: '/p/o',
      inputsGiven: true,
      inputsFrom: 'given with --in',
      configured: { inputs: ['/p/mine'], out: '/p/public/data' },
    });
  });
});

describe('parseConfig', () => {
  it('reads inputs and output', () => {
    expect(parseConfig('{"in":["reports"],"out":"public/data"}')).toEqual({ in: ['reports'], out: 'public/data' });
  });

  it.each([
    ['{"in":"reports"}', 'in:'],
    ['{"in":[]}', 'in:'],
    ['{"input":["reports"]}', 'not a Faultline config'],
    ['{"in":', 'not valid JSON'],
  ])('refuses %s', (text, problem) => {
    expect(() => parseConfig(text)).toThrow(problem);
  });
});
