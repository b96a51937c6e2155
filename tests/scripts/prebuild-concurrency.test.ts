import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { completeDataset, prebuild, startPrebuild, writePages } from './prebuild-process';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-concurrent-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('two prebuilds into one --out (finding 4)', () => {
  const corpus = writePages(join(scratch, 'corpus'), 'Shared', 400);

  it('refuses the second while the first writes, and the first publishes a whole dataset', async () => {
    const site = join(scratch, 'one');
    mkdirSync(site);
    const out = join(site, 'data');
    const first = startPrebuild(scratch, '--in', corpus, '--out', out);
    // Held still once it writes, so the second run meets it mid-build however slow the machine is.
    while (readdirSync(site, { withFileTypes: true }).every((e) => !e.isDirectory())) await sleep(2);
    first.child.kill('SIGSTOP');
    const second = prebuild(scratch, '--in', corpus, '--out', out);
    first.child.kill('SIGCONT');
    const ended = await first.ended;

    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`another prebuild (process ${first.child.pid}) is writing ${out}`);
    expect(ended.code).toBe(0);
    expect(completeDataset(out).titles).toHaveLength(400);
    expect(readdirSync(site)).toEqual(['data']);
  }, 60_000);

  it('started at the same instant, one publishes and the other refuses or follows it', async () => {
    const out = join(scratch, 'two', 'data');
    const runs = await Promise.all([0, 1].map(() => startPrebuild(scratch, '--in', corpus, '--out', out).ended));
    expect(runs.map((r) => r.code)).toContain(0);
    for (const run of runs.filter((r) => r.code !== 0)) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('another prebuild');
    }
    expect(completeDataset(out).titles).toHaveLength(400);
    expect(readdirSync(join(scratch, 'two'))).toEqual(['data']);
  }, 60_000);
});
