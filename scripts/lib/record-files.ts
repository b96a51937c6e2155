/**
 * The record files of a build, `incidents/<id>.json`: written, linked from the compile
 * cache and removed only through here, which keeps which file each one is. The
 * published dataset's files are then known (published-dataset.ts) without reading
 * ten thousand of them again. A build that starts from the records of the dataset it
 * replaces (dataset-output.ts) keeps each one that is already the cache's file, and
 * deletes the rest before it is published.
 */
import { closeSync, fstatSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CompileCache, identifiesRecord, type RecordFile, sameRecordFile, type WrittenRecord } from './compile-cache';
import { RECORDS_DIR } from './dataset-output-plan';
import { identityAt } from './file-statuses';
import type { FileIdentity } from './published-dataset';
import type { StatusReader } from './stat-thread';

export class RecordFiles {
  /** Which file each record placed is, by its path inside the dataset: those linked from the cache and those written. */
  private readonly known = new Map<string, FileIdentity>();
  /** The record files placed by this build, by name in `incidents/`. */
  private readonly placed = new Set<string>();

  /** Of the record files the build started with, which file each was (`startedAs`), until this build touches it. */
  private readonly untouched: Map<string, FileIdentity>;

  /**
   * The records of the build in `dir`, linked from `cache` where there is one; `present`
   * names the record files it starts with, and `startedAs` says which file each is, as
   * `recordIdentities` read them (a name it leaves out is read when it is needed).
   */
  constructor(
    private readonly dir: string,
    private readonly cache: CompileCache | null,
    private readonly present: ReadonlySet<string> = new Set(),
    startedAs: ReadonlyMap<string, FileIdentity> = new Map(),
  ) {
    this.untouched = new Map(startedAs);
  }

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
    if (!this.present.has(this.file(id))) return false;
    const identity = this.untouched.get(this.file(id));
    if (identity === undefined) return sameRecordFile(this.path(id), record);
    return identifiesRecord(identity, record);
  }

  /** Incident `id`'s record, parsed. */
  read(id: string): unknown {
    return JSON.parse(readFileSync(this.path(id), 'utf8'));
  }

  /**
   * Writes incident `id`'s record, never through a name already there, which may be a hard
   * link to the cache; says which file it wrote, for the cache to keep it as well.
   */
  write(id: string, bytes: Uint8Array): WrittenRecord {
    // Only a name the build started with or placed can be there: the build's directory is its own.
    if (this.present.has(this.file(id)) || this.placed.has(this.file(id))) this.remove(id);
    const path = this.path(id);
    this.untouched.delete(this.file(id));
    const fd = openSync(path, 'wx');
    let identity: FileIdentity;
    try {
      writeFileSync(fd, bytes);
      // Of the open file: a status by its name would cost a lookup of it again.
      const { ino, size, mtimeNs } = fstatSync(fd, { bigint: true });
      identity = { ino, size, mtimeNs };
    } finally {
      closeSync(fd);
    }
    this.placed.add(this.file(id));
    this.known.set(this.name(id), identity);
    return { path, identity };
  }

  remove(id: string): void {
    this.untouched.delete(this.file(id));
    this.known.delete(this.name(id));
    this.placed.delete(this.file(id));
    rmSync(this.path(id), { force: true });
  }

  /** Makes the cache's record file `record` incident `id`'s; false when it is gone or changed, or there is no cache. */
  link(record: RecordFile, id: string): boolean {
    let placed: 'linked' | 'copied' | false = false;
    if (this.cache !== null && this.already(record, id)) placed = 'linked';
    else if (this.cache !== null) {
      this.untouched.delete(this.file(id));
      placed = this.cache.placeRecord(record, this.path(id));
    }
    if (placed === 'linked') this.known.set(this.name(id), { ino: record.ino, size: BigInt(record.size), mtimeNs: record.mtimeNs });
    else this.known.delete(this.name(id));
    if (placed === false) return false;
    this.placed.add(this.file(id));
    return true;
  }

  /** Deletes the record files the build started with that it did not place: what is left is what it placed. */
  prune(): void {
    for (const file of this.present) if (!this.placed.has(file)) rmSync(join(this.dir, RECORDS_DIR, file), { force: true });
  }

  /** Which file each record placed is, by its path inside the dataset. */
  identities(): ReadonlyMap<string, FileIdentity> {
    return this.known;
  }
}

/**
 * Which file each record file `names` of the build in `dir` is, as `reader` reads them
 * (on its thread while the caller reads the compile cache); a name that is not a file now
 * is left out.
 */
export async function recordIdentities(dir: string, names: ReadonlySet<string>, reader: StatusReader): Promise<Map<string, FileIdentity>> {
  const listed = [...names];
  const statuses = await reader.read(listed.map((name) => join(dir, RECORDS_DIR, name)), false);
  const identities = new Map<string, FileIdentity>();
  listed.forEach((name, i) => {
    const identity = identityAt(statuses, i);
    if (identity !== null) identities.set(name, identity);
  });
  return identities;
}
