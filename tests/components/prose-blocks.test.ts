import { describe, expect, it } from 'vitest';
import { inlinePieces, proseBlocks } from '../../src/components/prose-blocks';

describe('proseBlocks', () => {
  it('keeps lettered points and paragraphs apart and gathers bullets into lists', () => {
    const text = '(a) crash: the system stopped\n- It halted [3663].\n- It rebooted.\n\n(b) omission: none\nThe rest.';
    expect(proseBlocks(text)).toEqual([
      { kind: 'line', text: '(a) crash: the system stopped' },
      { kind: 'list', items: ['It halted [3663].', 'It rebooted.'] },
      { kind: 'line', text: '(b) omission: none' },
      { kind: 'line', text: 'The rest.' },
    ]);
  });

  it('starts a new list after a blank line or a plain line, and reads any line ending', () => {
    expect(proseBlocks('- a\r\n\r\n- b\rplain\n- c')).toEqual([
      { kind: 'list', items: ['a'] },
      { kind: 'list', items: ['b'] },
      { kind: 'line', text: 'plain' },
      { kind: 'list', items: ['c'] },
    ]);
  });

  it('starts a line at each lettered point and bullet an analysis wrote on one line', () => {
    expect(proseBlocks('(a) Design: it failed [89060]. (b) Operation: it failed too. See (c) below.')).toEqual([
      { kind: 'line', text: '(a) Design: it failed [89060].' },
      { kind: 'line', text: '(b) Operation: it failed too. See (c) below.' },
    ]);
    expect(proseBlocks('(a) related to hardware: - Not hardware [89060]. (b) software: - A software issue.')).toEqual([
      { kind: 'line', text: '(a) related to hardware:' },
      { kind: 'list', items: ['Not hardware [89060].'] },
      { kind: 'line', text: '(b) software:' },
      { kind: 'list', items: ['A software issue.'] },
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(proseBlocks(' \n\n ')).toEqual([]);
  });
});

describe('inlinePieces', () => {
  it('splits out citation brackets with their ids, and marks search terms whatever their case', () => {
    expect(inlinePieces('Hackers broke the Encryption [3825, #3710] and encryption keys', ['encryption'])).toEqual([
      { kind: 'text', text: 'Hackers broke the ' },
      { kind: 'match', text: 'Encryption' },
      { kind: 'text', text: ' ' },
      { kind: 'cite', text: '[3825, #3710]', ids: ['3825', '3710'] },
      { kind: 'text', text: ' and ' },
      { kind: 'match', text: 'encryption' },
      { kind: 'text', text: ' keys' },
    ]);
  });

  it('merges overlapping terms into one mark and leaves text without terms whole', () => {
    expect(inlinePieces('database', ['data', 'database'])).toEqual([{ kind: 'match', text: 'database' }]);
    expect(inlinePieces('e-mail', ['e-m', 'mail'])).toEqual([{ kind: 'match', text: 'e-mail' }]);
    expect(inlinePieces('database', ['tabase'])).toEqual([{ kind: 'text', text: 'database' }]);
    expect(inlinePieces('plain [x] text', [])).toEqual([{ kind: 'text', text: 'plain [x] text' }]);
  });
});
