import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the page’s first script', () => {
  it('reaches none of the schemas: it starts the load while they, and the app, are still arriving', async () => {
    const { metafile } = await build({
      entryPoints: ['src/main.tsx'],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: 'first-script',
      write: false,
      metafile: true,
      loader: { '.css': 'empty' },
      logLevel: 'silent',
    });
    const { outputs } = metafile;
    const entry = Object.keys(outputs).find((output) => outputs[output].entryPoint === 'src/main.tsx') as string;
    // What the first script runs before its first dynamic import: its own chunk and the chunks it imports statically.
    const reached = new Set<string>();
    const visit = (output: string) => {
      if (reached.has(output)) return;
      reached.add(output);
      for (const { path, kind } of outputs[output].imports) if (kind === 'import-statement') visit(path);
    };
    visit(entry);
    const modules = [...reached].flatMap((output) => Object.keys(outputs[output].inputs));
    expect(modules).toContain('src/data/early-load.ts');
    expect(modules.filter((module) => module.includes('node_modules/zod/') || module === 'src/domain/schema.ts')).toEqual([]);
  });
});
