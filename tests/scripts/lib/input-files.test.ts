import { describe, expect, it } from 'vitest';
import { rootLabels } from '../../../scripts/lib/input-files';

describe('rootLabels', () => {
  it.each([
    [['/srv/data'], ['']],
    [['/srv/a', '/srv/b'], ['a/', 'b/']],
    [['/team-a/reports', '/team-b/reports', '/other'], ['team-a/reports/', 'team-b/reports/', 'other/']],
    [['/x/one/reports', '/y/one/reports'], ['x/one/reports/', 'y/one/reports/']],
  ])('names %j apart as %j', (roots, labels) => {
    expect(rootLabels(roots)).toEqual(labels);
  });
});
