import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { identityAt, readStatuses, stampAt } from '../../../scripts/lib/file-statuses';
import { statusReader } from '../../../scripts/lib/stat-thread';
import { bundledPrebuild } from '../../testing/bundled-prebuild';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-statuses-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const file = join(scratch, 'report.txt');
const folder = join(scratch, 'folder');
const link = join(scratch, 'link.txt');
writeFileSync(file, 'Incident: a report\n');
mkdirSync(folder);
symlinkSync(file, link);
const paths = [file, folder, link, join(scratch, 'gone.txt')];

/** What a status says of each path, the time it was taken left out. */
const seen = (statuses: ReturnType<typeof readStatuses>) =>
  paths.map((_, i) => ({ stamp: stampAt(statuses, i) === null ? null : { ...stampAt(statuses, i), takenNs: 0n }, identity: identityAt(statuses, i) }));

describe('file statuses', () => {
  it('say which file each path is, following a link or not, and that a missing one has none', () => {
    const followed = readStatuses(paths, true);
    const own = readStatuses(paths, false);
    expect(identityAt(followed, 0)).toEqual(identityAt(followed, 2));
    expect(identityAt(own, 2)).toBeNull();
    expect(identityAt(followed, 1)).toBeNull();
    expect(stampAt(followed, 1)).not.toBeNull();
    expect(stampAt(followed, 3)).toBeNull();
    expect(stampAt(followed, 0)?.size).toBe(BigInt(readFileSync(file).length));
  });

  it('are taken from before they are read', () => {
    const before = BigInt(Date.now()) * 1_000_000n;
    const { takenNs } = readStatuses(paths, true);
    expect(takenNs >= before && takenNs <= BigInt(Date.now()) * 1_000_000n).toBe(true);
  });
});

describe('statusReader', () => {
  it('reads on the bundled thread script the statuses read here, in the order asked', async () => {
    const reader = statusReader(readFileSync(join(dirname(bundledPrebuild()), 'stat-worker.cjs'), 'utf8'));
    try {
      const [followed, own] = await Promise.all([reader.read(paths, true), reader.read(paths, false)]);
      expect(seen(followed)).toEqual(seen(readStatuses(paths, true)));
      expect(seen(own)).toEqual(seen(readStatuses(paths, false)));
    } finally {
      await reader.close();
    }
  });

  it('reads them here when the thread fails', async () => {
    const reader = statusReader('throw new Error("a thread that cannot start")');
    try {
      expect(seen(await reader.read(paths, true))).toEqual(seen(readStatuses(paths, true)));
    } finally {
      await reader.close();
    }
  });

  it('reads here whatever is asked after the thread failed, without waiting for it', async () => {
    const crashing = `require('node:worker_threads').parentPort.on('message', () => { throw new Error('a thread that fails on its first request'); });`;
    const reader = statusReader(crashing);
    try {
      expect(seen(await reader.read(paths, true))).toEqual(seen(readStatuses(paths, true)));
      expect(seen(await reader.read(paths, false))).toEqual(seen(readStatuses(paths, false)));
    } finally {
      await reader.close();
    }
  }, 5_000);
});
