import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from '../../../scripts/lib/json-error-position';

describe('jsonErrorPosition', () => {
  it.each([
    ['a trailing comma', '{"a": ["b",]}', 11],
    ['a missing colon', '{"a" 1}', 5],
    ['an unclosed list', '{"a": ["b"', 10],
    ['text after the value', '{} x', 3],
    ['a single-quoted string', "{'a': 1}", 1],
    ['nothing at all', '', 0],
  ])('points at %s', (_, text, at) => {
    expect(jsonErrorPosition(text)).toBe(at);
  });

  it('agrees with JSON.parse on what is JSON', () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(fc.property(fc.json(), (text) => jsonErrorPosition(text) === -1));
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', ' ', 'x'), (text, cut, extra) => {
        const damaged = text.slice(0, cut % (text.length + 1)) + extra;
        return (jsonErrorPosition(damaged) === -1) === parses(damaged);
      }),
    );
  });

  it('stays linear on deep nesting', () => {
    expect(jsonErrorPosition('['.repeat(100_000))).toBe(100_000);
  });
});
