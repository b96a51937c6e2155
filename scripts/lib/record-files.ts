/**
 * The record files of a build, `incidents/<id>.json`: written, linked from the compile
 * cache and removed only through here, which keeps which cache file each linked one is.
 * The published dataset's files are then known (published-dataset.ts) without reading
 * ten thousand of them again.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompileCache, RecordFile } from './compile-cache';
import { RECORDS_DIR } from './dataset-output-plan';
import type { FileIdentity } from './published-dataset';

export class RecordFiles {
  private readonly linked = new Map<string, FileIdentity>();

  /** The records of the build in `dir`, linked from `cache` where there is one. */
  constructor(
    private readonly dir: string,
    private readonly cache: CompileCache | null,
  ) {}

  private name(id: string): string {
    return `${RECORDS_DIR}/${id}.json`;
  }

  private path(id: string): string {
    return join(this.dir, this.name(id));
  }

  /** Incident `id`'s record, parsed. */
  read(id: string): unknown {
    return JSON.parse(readFileSync(this.path(id), 'utf8'));
  }

  /** Writes incident `id`'s record, never through a name already there, which may be a hard link to the cache. */
  write(id: string, bytes: Uint8Array): void {
    this.remove(id);
    writeFileSync(this.path(id), bytes);
  }

  remove(id: string): void {
    this.linked.delete(this.name(id));
    rmSync(this.path(id), { force: true });
  }

  /** Makes the cache's record file `record` incident `id`'s; false when it is gone or changed, or there is no cache. */
  link(record: RecordFile, id: string): boolean {
    const placed = this.cache?.placeRecord(record, this.path(id)) ?? false;
    if (placed === 'linked') this.linked.set(this.name(id), { ino: record.ino, size: BigInt(record.size), mtimeNs: record.mtimeNs });
    else this.linked.delete(this.name(id));
    return placed !== false;
  }

  /** Which file each record linked from the cache is, by its path inside the dataset. */
  identities(): ReadonlyMap<string, FileIdentity> {
    return this.linked;
  }
}
