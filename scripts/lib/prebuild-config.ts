/**
 * Where the prebuild reads and writes, settled once for every command that builds:
 * `--in`/`--out` on the command line, else `faultline.config.json` in the project, else
 * `data` and `public/data`. `npm start`, `npm run build` and `npm run dev` run the
 * prebuild without arguments, so a project whose reports live elsewhere says so in the
 * config file and every command builds from them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { FatalError } from './fatal-error';

export const CONFIG_FILE = 'faultline.config.json';
export const DEFAULT_INPUTS: readonly string[] = ['data'];
export const DEFAULT_OUT = 'public/data';

/** The config file: paths relative to the directory it is in. */
export const PrebuildConfigSchema = z
  .object({
    in: z.array(z.string().min(1)).min(1).optional().describe('Input directories, read in this order'),
    out: z.string().min(1).optional().describe('The dataset directory the app serves'),
  })
  .strict();
export type PrebuildConfig = z.infer<typeof PrebuildConfigSchema>;

/** The config in `text`, or a FatalError saying what is wrong with it. */
export function parseConfig(text: string): PrebuildConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new FatalError(`${CONFIG_FILE} is not valid JSON: ${(cause as Error).message}`);
  }
  const parsed = PrebuildConfigSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`).join('; ');
    throw new FatalError(`${CONFIG_FILE} is not a Faultline config (${problems}): it holds "in" (a list of directories) and "out"`);
  }
  return parsed.data;
}

export interface PrebuildPaths {
  /** Absolute input directories. */
  inputs: string[];
  /** The absolute output directory. */
  out: string;
  /** True when `--in` was given: the inputs are this run's explicit choice. */
  inputsGiven: boolean;
  /** Where the inputs came from, in words. */
  inputsFrom: string;
  /** The absolute input and output directories of a run without arguments, as `npm run build` starts it. */
  configured: { inputs: string[]; out: string };
}

/** The paths of a run in `projectDir`, from the command line's `--in`/`--out` and the config. */
export function settlePaths(given: { in?: string[]; out?: string }, config: PrebuildConfig, projectDir: string): PrebuildPaths {
  const inputsFrom = given.in ? 'given with --in' : config.in ? `listed in ${CONFIG_FILE}` : `the default, as no --in is given and ${CONFIG_FILE} lists none`;
  const configured = { inputs: (config.in ?? DEFAULT_INPUTS).map((input) => resolve(projectDir, input)), out: resolve(projectDir, config.out ?? DEFAULT_OUT) };
  return {
    inputs: given.in?.map((input) => resolve(projectDir, input)) ?? configured.inputs,
    out: given.out === undefined ? configured.out : resolve(projectDir, given.out),
    inputsGiven: given.in !== undefined,
    inputsFrom,
    configured,
  };
}

/** The config file in `projectDir`; none is the same as an empty one. */
export function readConfig(projectDir: string): PrebuildConfig {
  let text: string;
  try {
    text = readFileSync(join(projectDir, CONFIG_FILE), 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new FatalError(`cannot read ${CONFIG_FILE}: ${(cause as Error).message}`);
  }
  return parseConfig(text);
}
