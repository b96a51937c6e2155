import { describe, expect, it } from 'vitest';
import { presenterIdOf, presenterUrl, readPresentMessage } from '../../src/views/present/present-channel';

describe('the messages between the windows of a presentation', () => {
  it.each([
    ['a slide and a start', { type: 'show', position: 2, startedAt: 1_700_000_000_000 }, { type: 'show', position: 2, startedAt: 1_700_000_000_000 }],
    ['a greeting', { type: 'hello', extra: 1 }, { type: 'hello' }],
    ['a negative slide', { type: 'show', position: -1, startedAt: 0 }, null],
    ['a fractional slide', { type: 'show', position: 1.5, startedAt: 0 }, null],
    ['a start that is no time', { type: 'show', position: 1, startedAt: 'now' }, null],
    ['another kind', { type: 'leave' }, null],
    ['text', 'show', null],
    ['nothing', null, null],
  ])('reads %s', (_, data, expected) => {
    expect(readPresentMessage(data)).toEqual(expected);
  });

  it('flags the presenter’s window in its address, keeping the deck and view the slides show', () => {
    const url = presenterUrl('http://localhost:4173/?view=present&deck=abc', 'a1b2');
    expect(url).toBe('http://localhost:4173/?view=present&deck=abc&presenter=a1b2');
    expect(presenterIdOf(new URL(url).search)).toBe('a1b2');
    expect(presenterIdOf('?view=present')).toBeNull();
    expect(presenterIdOf('?view=present&presenter=<script>')).toBeNull();
  });
});
