import { describe, expect, it } from 'vitest';
import { parseDecisions, type ReadDecision } from '../../../scripts/lib/duplicate-decisions';
import { afterMerges, settleDecisions } from '../../../scripts/lib/possible-duplicates';
import type { PossibleDuplicate } from '../../../src/domain/schema';

describe('parseDecisions', () => {
  it('reads each decision with the line its item starts on', () => {
    const text = '[\n  {"incidents": ["i-a", "i-b"], "decision": "merge"},\n\n  {\n    "incidents": ["i-c", "i-d"],\n    "decision": "separate", "note": "a [ , ] note"\n  }\n]\n';
    expect(parseDecisions(text, 'd.json')).toEqual({
      source: 'd.json',
      decisions: [
        { source: 'd.json', line: 2, decision: { incidents: ['i-a', 'i-b'], decision: 'merge' } },
        { source: 'd.json', line: 4, decision: { incidents: ['i-c', 'i-d'], decision: 'separate', note: 'a [ , ] note' } },
      ],
      problems: [],
    });
  });

  it.each([
    ['not JSON', '[\n  {"incidents": ["i-a", "i-b"],\n  "decision": "merge"\n', null, /^not valid JSON/],
    ['not a list', '{"incidents": ["i-a", "i-b"]}', 1, /^not a list/],
    ['an unknown decision', '[\n{"incidents": ["i-a", "i-b"], "decision": "keep"}]', 2, /^item 1 is not a decision \(decision: /],
    ['one incident twice', '[{"incidents": ["i-a", "i-a"], "decision": "merge"}]', 1, /names the same incident twice/],
    ['an extra field', '[{"incidents": ["i-a", "i-b"], "decision": "merge", "by": "me"}]', 1, /Unrecognized key/],
    ['an id no incident can have', '[{"incidents": ["I A", "i-b"], "decision": "merge"}]', 1, /incidents\.0: incident ids are lowercase/],
  ])('reports %s with its line instead of failing', (_, text, line, message) => {
    const { decisions, problems } = parseDecisions(text, 'd.json');
    expect(decisions).toEqual([]);
    expect(problems).toEqual([{ source: 'd.json', level: 'error', line: line ?? expect.any(Number), message: expect.stringMatching(message) }]);
  });

  it('keeps the good decisions of a file with a bad one', () => {
    const { decisions, problems } = parseDecisions('[{"incidents": ["i-a", "i-b"], "decision": "merge"},\n 7]', 'd.json');
    expect(decisions).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/^item 2 is not a decision/) })]);
  });
});

describe('settleDecisions', () => {
  const pair = (a: string, b: string, containment: number): PossibleDuplicate => ({
    incidents: [a, b],
    titles: [a, b],
    published: [null, null],
    sameDate: false,
    jaccard: containment,
    containment,
    shorter: a,
    evidence: [],
  });
  const decision = (line: number, incidents: [string, string], kind: 'merge' | 'separate'): ReadDecision => ({
    source: 'd.json',
    line,
    decision: { incidents, decision: kind },
  });
  const titles = new Map(['i-a', 'i-b', 'i-c', 'i-d'].map((id) => [id, `Title ${id}`]));
  const pairs = [pair('i-a', 'i-b', 1), pair('i-b', 'i-c', 0.9), pair('i-c', 'i-d', 0.8)];

  it('merges, keeps apart and leaves the rest open, whichever way round a pair is named', () => {
    const settled = settleDecisions(pairs, [decision(1, ['i-b', 'i-a'], 'merge'), decision(2, ['i-d', 'i-c'], 'separate')], titles);
    expect(settled.merges).toEqual([{ incidents: ['i-b', 'i-a'], because: 'd.json line 1 decides so' }]);
    expect(settled.open.map((p) => p.incidents)).toEqual([['i-b', 'i-c']]);
    expect(settled.problems).toEqual([]);
    const after = afterMerges(settled, new Map([['i-b', 'i-a']]));
    expect(after.open).toEqual([]);
    expect(after.applied).toEqual([
      expect.objectContaining({ decision: 'merge', kept: 'i-a', containment: 1, titles: ['Title i-b', 'Title i-a'] }),
      expect.objectContaining({ decision: 'separate', kept: null, containment: 0.8 }),
    ]);
  });

  it('warns of an unknown id, a pair decided twice and a pair not found similar', () => {
    const settled = settleDecisions(
      pairs,
      [decision(1, ['i-a', 'i-gone'], 'merge'), decision(2, ['i-a', 'i-b'], 'separate'), decision(3, ['i-b', 'i-a'], 'merge'), decision(4, ['i-a', 'i-d'], 'merge')],
      titles,
    );
    expect(settled.problems.map((p) => [p.line, p.level])).toEqual([
      [1, 'warning'],
      [3, 'warning'],
      [4, 'warning'],
    ]);
    expect(settled.problems[1].message).toMatch(/decided already \(d\.json line 2\)/);
    expect(settled.problems[2].message).toMatch(/not found similar; merged as decided/);
    expect(settled.merges.map((m) => m.incidents)).toEqual([['i-a', 'i-d']]);
  });
});
