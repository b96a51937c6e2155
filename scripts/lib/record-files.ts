/**
 * The record files of a build, `incidents/<id>.json`: written, linked from the compile
 * cache and removed only through here, which keeps which cache file each linked one is.
 * The published dataset's files are then known (published-dataset.ts) without reading
 * ten thousand of them again. A build that starts from the records of the dataset it
 * replaces (dataset-output.ts) keeps each one that is already the cache's file, and
 * deletes the rest before it is published.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CompileCache, type RecordFile, sameRecordFile } from './compile-cache';
import { RECORDS_DIR } from './dataset-output-plan';
import type { FileIdentity } from './published-dataset';

export class RecordFiles {
  private readonly linked = new Map<string, FileIdentity>();
  /** The record files placed by this build, by name in `incidents/`. */
  private readonly placed = new Set<string>();

  /** The records of the build in `dir`, linked from `cache` where there is one; `present` names the record files it starts with. */
  constructor(
    private readonly dir: string,
    private readonly cache: CompileCache | null,
    private readonly present: ReadonlySet<string> = new Set(),
  ) {}

  /** Incident `id`'s record file, by its name in `incidents/`: what `present` and `placed` hold. */
  private file(id: string): string {
    return `${id}.json`;
  }

  private name(id: string): string {
    return `${RECORDS_DIR}/${this.file(id)}`;
  }

  private path(id: string): string {
    return join(this.dir, this.name(id));
  }

  /** Whether incident `id`'s record is there already as the cache's file `record`, unchanged since it was written. */
  private already(record: RecordFile, id: string): boolean {
    return this.present.has(this.file(id)) && sameRecordFile(this.path(id), record);
  }

  /** Incident `id`'s record, parsed. */
  read(id: string): unknown {
    return JSON.parse(readFileSync(this.path(id), 'utf8'));
  }

  /** Writes incident `id`'s record, never through a name already there, which may be a hard link to the cache. */
  write(id: string, bytes: Uint8Array): void {
    this.remove(id);
    writeFileSync(this.path(id), bytes);
    this.placed.add(this.file(id));
  }

  remove(id: string): void {
    this.linked.delete(this.name(id));
    this.placed.delete(this.file(id));
    rmSync(this.path(id), { force: true });
  }

  /** Makes the cache's record file `record` incident `id`'s; false when it is gone or changed, or there is no cache. */
  link(record: RecordFile, id: string): boolean {
    const placed = this.cache === null ? false : this.already(record, id) ? 'linked' : this.cache.placeRecord(record, this.path(id));
    if (placed === 'linked') this.linked.set(this.name(id), { ino: record.ino, size: BigInt(record.size), mtimeNs: record.mtimeNs });
    else this.linked.delete(this.name(id));
    if (placed === false) return false;
    this.placed.add(this.file(id));
    return true;
  }

  /** Deletes the record files the build started with that it did not place: what is left is what it placed. */
  prune(): void {
    for (const file of this.present) if (!this.placed.has(file)) rmSync(join(this.dir, RECORDS_DIR, file), { force: true });
  }

  /** Which file each record linked from the cache is, by its path inside the dataset. */
  identities(): ReadonlyMap<string, FileIdentity> {
    return this.linked;
  }
}
