/**
 * Why a file or directory could not be read, in words a person can act on. Every
 * input is read on its own, and a failure of one becomes a skipped entry saying this
 * rather than ending the build.
 */
const CAUSES: Readonly<Record<string, string>> = {
  ENOENT: 'the file is gone, or it is a symbolic link to nothing',
  ELOOP: 'a loop of symbolic links',
  EISDIR: 'a directory, not a file',
  ENOTDIR: 'a part of its path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'its path is longer than the system allows',
  EMFILE: 'too many files open at once',
  EIO: 'an input/output error of the disk',
};

/** The cause of a failed read or listing, from the error Node raised. */
export function fileProblem(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in CAUSES) return `cannot be read: ${CAUSES[code]} (${code})`;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return `cannot be read (${code})`;
  return `cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`;
}

/** Why an input that is not a regular file cannot be read: a directory, a pipe, a socket or a device. */
export function specialFileProblem(kind: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (kind.isDirectory()) return fileProblem({ code: 'EISDIR' });
  const what = kind.isFIFO() ? 'a named pipe' : kind.isSocket() ? 'a socket' : kind.isCharacterDevice() || kind.isBlockDevice() ? 'a device' : 'not a regular file';
  return `not a regular file (${what}): reports are .txt pages or .csv exports`;
}
