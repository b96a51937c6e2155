import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, 'fixtures');

/** Lints a fixture as if it lived at the path its first line names, as `npm run lint` would. */
async function lintAs(fixture: string) {
  const text = readFileSync(join(fixtures, fixture), 'utf8');
  const path = /^\/\/ Linted as (src\/\S+):/.exec(text)?.[1];
  if (path === undefined) throw new Error(`${fixture} does not say where it is linted as`);
  const [result] = await new ESLint({ cwd: root }).lintText(text, { filePath: join(root, path) });
  return result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('lint keeps the layers', () => {
  it.each([
    ['domain-imports-state.ts', /src\/domain may import only the layers below it/],
    ['charts-import-export.tsx', /src\/charts may import only the layers below it/],
    ['state-imports-view.ts', /src\/state may import only the layers below it/],
    ['view-imports-view.tsx', /A view imports no other view's files/],
    ['shared-imports-view.tsx', /src\/views\/shared is below every view/],
  ])('rejects %s', async (fixture, message) => {
    const messages = await lintAs(fixture);
    expect(messages).toEqual([{ ruleId: 'import-x/no-restricted-paths', message: expect.stringMatching(message) }]);
  });

  it('rejects a browser API in the domain', async () => {
    expect(await lintAs('domain-uses-browser.ts')).toEqual([
      { ruleId: 'no-restricted-globals', message: expect.stringMatching(/src\/domain is shared with the prebuild: no browser APIs/) },
    ]);
  });

  it('accepts a view importing itself, the shared views and lower layers', async () => {
    expect(await lintAs('allowed-imports.tsx')).toEqual([]);
  });

  it('rejects modules that import each other', async () => {
    const results = await new ESLint({ cwd: root, ignore: false }).lintFiles([join(fixtures, 'cycle')]);
    const rules = results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(['import-x/no-cycle', 'import-x/no-cycle']);
  });
});
