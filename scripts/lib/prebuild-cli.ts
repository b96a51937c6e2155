/**
 * What the prebuild CLI runs: compiles every report below the input directories into the
 * dataset the dashboard reads. This file, with input-files.ts (which lists the inputs),
 * compile-page.ts (which reads one page, on a worker thread for large inputs),
 * compile-csv.ts (which streams one export), compile-cache.ts, file-stamp.ts and
 * published-dataset.ts (which keep what was compiled and published between runs),
 * dataset-output.ts, record-files.ts, index-writer.ts and output-lock.ts (which write the
 * output directory) and prebuild-config.ts (which reads the config file), is all that touches
 * the file system; the parsing and bookkeeping they call are pure.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetJsonSchema } from '../../src/domain/json-schema';
import {
  type BuildReport,
  BuildReportSchema,
  type Diagnostic,
  type IncidentDraft,
  IncidentSchema,
} from '../../src/domain/schema';
import { ORGANIZATION_ALIASES_FILE, type OrganizationAliases } from '../../src/domain/organization-aliases';
import { type BuiltDataset, DatasetBuilder, type PlacedInput, placedInput } from './dataset-builder';
import { Vocabulary } from './document-words';
import { type DatasetOutput, openDatasetOutput, outputTarget, realPathOf } from './dataset-output';
import { buildIndex } from './index-columns';
import { writeIndexFiles } from './index-writer';
import { isDocumentation, summarize, strictFailures } from './build-summary';
import { type PageCompiler, pageCompiler } from './page-compiler';
import type { StagedInput } from './prepared-input';
import { compileCsv, type CsvSink } from './compile-csv';
import { type CacheEntry, CompileCache, readPublished, recorder, replay, spareFolder, type WrittenRecord } from './compile-cache';
import { RecordFiles, recordIdentities } from './record-files';
import { datasetFiles, inputStates, type InputState, mayBeUpToDate, publishedDataset, type PublishedDataset, upToDate } from './published-dataset';
import { readStatuses, type Statuses } from './file-statuses';
import { STAT_THREAD_FROM, type StatusReader, statusReader } from './stat-thread';
import { compilePage, type CompiledPage } from './compile-page';
import { FatalError } from './fatal-error';
import { type InputFile, listInputs } from './input-files';
import { SharedFields } from './shared-fields';
import { readConfig, settlePaths } from './prebuild-config';
import { DECISIONS_FILE, parseDecisions, type ReadDecisions } from './duplicate-decisions';
import { fileProblem } from './file-problem';
import { duplicateReport } from './duplicate-step';
import { possibleCopies } from './possible-duplicates';
import { searchIndexOf } from './search-index';
import { TERMS_THREAD_FROM, type TermsStep, termsStep } from './terms-thread';
import { SEARCH_WORDS_FILE, shardFile } from '../../src/domain/search-index-format';
import { mergeAliases, parseOrganizationAliases } from './organization-aliases';

/** Pages sent to a thread in one message. */
const BATCH = 16;
/**
 * Batches read and parsing ahead of the one being added, in input order: enough that a
 * thread pausing for garbage collection does not leave the other one waiting.
 */
const PARSE_WINDOW = 32;

const error = (message: string, line: number | null = null): Diagnostic => ({ level: 'error', message, line });

/** What the prebuild runs as: its threads' scripts and, when it can tell, its compiler fingerprint and cache. */
export interface Compiler {
  pageWorkerScript: Promise<string>;
  /** The terms thread's script (terms-thread.ts), read or bundled only for a run large enough to start the thread. */
  termsWorkerScript: () => Promise<string>;
  /** The status thread's script (stat-thread.ts), read or bundled only for a run large enough to start the thread. */
  statWorkerScript: () => Promise<string>;
  /** Of the code that compiles inputs; null when unknown, which leaves the compile cache alone. */
  fingerprint: string | null;
  /** Where the compile cache is kept unless FAULTLINE_CACHE_DIR says otherwise. */
  cacheDir: string | null;
}

export const CACHE_DIR_ENV = 'FAULTLINE_CACHE_DIR';

/** What to do with a run of inputs, decided as soon as they are read or parsed. */
type Step =
  | { kind: 'pages'; files: InputFile[]; staged: Promise<CompiledPage[]> }
  | { kind: 'cached'; file: InputFile; entry: CacheEntry & { kind: 'page' } }
  | { kind: 'csv'; file: InputFile; entry: (CacheEntry & { kind: 'csv' }) | null }
  | { kind: 'decisions'; file: InputFile }
  | { kind: 'aliases'; file: InputFile }
  | { kind: 'skip'; file: InputFile; diagnostics: Diagnostic[] };

const isPage = (file: InputFile) => extname(file.path).toLowerCase() === '.txt';
const isCsv = (file: InputFile) => extname(file.path).toLowerCase() === '.csv';

/**
 * The inputs as steps in order, consecutive pages batched, pages and exports found in
 * the compile cache as their own steps. Steps are made as they are pulled, so a page
 * starts compiling only when the caller makes room for it.
 */
function* steps(files: readonly InputFile[], pages: PageCompiler, found: ReadonlyMap<InputFile, CacheEntry>): Generator<Step> {
  let batch: InputFile[] = [];
  const flush = (): Step => {
    const batched = batch;
    batch = [];
    const staged = pages.compile(batched.map(({ path, source }) => ({ path, source })));
    // Awaited in input order; a batch that fails while an earlier one is awaited must not count as unhandled.
    staged.catch(() => {});
    return { kind: 'pages', files: batched, staged };
  };
  for (const file of files) {
    if (basename(file.path) === DECISIONS_FILE) {
      if (batch.length > 0) yield flush();
      yield { kind: 'decisions', file };
      continue;
    }
    if (file.problem !== undefined) {
      if (batch.length > 0) yield flush();
      yield { kind: 'skip', file, diagnostics: [error(file.problem)] };
      continue;
    }
    if (basename(file.path) === ORGANIZATION_ALIASES_FILE) {
      if (batch.length > 0) yield flush();
      yield { kind: 'aliases', file };
      continue;
    }
    const extension = extname(file.path).toLowerCase();
    const entry = found.get(file);
    if (extension === '.txt' && entry === undefined) {
      batch.push(file);
      if (batch.length === BATCH) yield flush();
      continue;
    }
    if (batch.length > 0) yield flush();
    if (entry?.kind === 'page') {
      yield { kind: 'cached', file, entry };
      continue;
    }
    if (extension === '.csv') {
      yield { kind: 'csv', file, entry: entry?.kind === 'csv' ? entry : null };
      continue;
    }
    const diagnostics = isDocumentation(basename(file.path))
      ? [{ level: 'info' as const, message: 'documentation, not a report', line: null }]
      : [error(`unsupported file type "${extension || basename(file.path)}": reports are .txt pages or .csv exports`)];
    yield { kind: 'skip', file, diagnostics };
  }
  if (batch.length > 0) yield flush();
}

/** An alias file is a short list written by hand; anything far larger is not one. */
const MAX_ALIASES_BYTES = 8 << 20;

/** Reads one alias file into the build report: used with its notes, or skipped with the reason. */
function readAliases(file: InputFile, builder: DatasetBuilder): OrganizationAliases {
  let text: string;
  try {
    const bytes = readFileSync(file.path);
    if (bytes.length > MAX_ALIASES_BYTES) {
      builder.skip(file.source, [error(`${bytes.length} bytes is too large for an alias file (at most ${MAX_ALIASES_BYTES})`)]);
      return {};
    }
    text = bytes.toString('utf8');
  } catch (cause) {
    builder.skip(file.source, [error(fileProblem(cause))]);
    return {};
  }
  const { aliases, usable, diagnostics } = parseOrganizationAliases(text);
  if (usable) builder.keep(file.source, diagnostics);
  else builder.skip(file.source, diagnostics);
  return aliases;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const json = (value: unknown, pretty: boolean) => `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;

async function main(argv: string[], compiler: Compiler): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      in: { type: 'string', multiple: true },
      out: { type: 'string' },
      strict: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const paths = settlePaths({ in: values.in, out: values.out }, readConfig(process.cwd()), process.cwd());
  const { inputs: roots, out } = paths;
  const realInputs = roots.map(realPathOf);
  const target = outputTarget(realInputs, out);

  const files = listInputs(roots);
  if (files.length === 0) throw new FatalError(`nothing to read: no files below ${roots.join(', ')}`);
  const cacheDir = process.env[CACHE_DIR_ENV] || compiler.cacheDir;
  // No cache without a fingerprint: a run from the sources cannot tell which compiler it is.
  const cacheAt = compiler.fingerprint === null || cacheDir === null ? null : { root: resolve(cacheDir), fingerprint: compiler.fingerprint };
  const output = openDatasetOutput({
    target,
    inputs: realInputs,
    replaceOtherInputs: paths.inputsGiven || values.force,
    inputsFrom: paths.inputsFrom,
    notice: (line) => console.log(line),
    spare: cacheAt === null ? null : spareFolder(cacheAt.root),
  });
  const inputPaths = files.map((file) => file.path);
  const published = cacheAt !== null && !values['no-cache'] ? readPublished(cacheAt.root, cacheAt.fingerprint, target) : null;
  // Taken before anything of them is read: a file changed while this run reads it shows to the next run as changed.
  // Only a dataset built from this very list of inputs can be up to date: its stamps are taken here, at once; others' as the build starts.
  const stamped = published !== null && mayBeUpToDate(published, target, files) ? readStatuses(inputPaths, true) : null;
  const current = published !== null && stamped !== null ? reportIfUpToDate(published, target, inputStates(files, stamped)) : null;
  let code: number;
  if (current !== null) {
    output.close();
    code = announce(current, 'up to date: no input changed since it was built, so nothing was written', values.strict, out);
  } else {
    let statuses: StatusReader | null = null;
    try {
      // A script that cannot be had leaves the statuses to be read here.
      statuses = statusReader(files.length >= STAT_THREAD_FROM ? await compiler.statWorkerScript().catch(() => null) : null);
      const stamping = stamped === null ? statuses.read(inputPaths, true) : Promise.resolve(stamped);
      const compiling = { pageWorkerScript: compiler.pageWorkerScript, termsWorkerScript: compiler.termsWorkerScript, cacheAt, lookup: !values['no-cache'] };
      code = await compileInto(output, { files, stamping, statuses, target }, compiling, values.strict, out);
    } finally {
      output.close();
      await statuses?.close();
    }
  }
  const configured = paths.configured.inputs.map(realPathOf);
  if (realPathOf(paths.configured.out) === target && realInputs.some((input) => !configured.includes(input))) {
    // npm runs the prebuild without arguments before build, dev and start: say now that those would refuse this dataset.
    const shown = paths.configured.inputs.map((d) => relative(process.cwd(), d) || '.').join(', ');
    console.log(`  npm start, npm run build and npm run dev build from ${shown}: list these folders under "in" in faultline.config.json to keep this dataset`);
  }
  return code;
}

/**
 * The build report of the dataset at `target` when it is up to date (published-dataset.ts)
 * by what the cache says it was `published` from; null when it may not be.
 */
function reportIfUpToDate(published: PublishedDataset, target: string, states: readonly InputState[]): BuildReport | null {
  if (!upToDate(published, target, states)) return null;
  try {
    return BuildReportSchema.parse(JSON.parse(readFileSync(join(target, 'build-report.json'), 'utf8')));
  } catch {
    return null;
  }
}

/** The decisions file's decisions and problems; a file that cannot be read is a problem, not a failure. */
function readDecisions(file: InputFile): ReadDecisions {
  const unread = (message: string): ReadDecisions => ({ source: file.source, decisions: [], problems: [{ source: file.source, level: 'error', message, line: null }] });
  if (file.problem !== undefined) return unread(file.problem);
  try {
    return parseDecisions(readFileSync(file.path, 'utf8'), file.source);
  } catch (cause) {
    return unread(fileProblem(cause));
  }
}

/** How inputs are compiled: the threads' scripts, and where the compile cache is unless there is none. */
interface Compiling {
  pageWorkerScript: Promise<string>;
  termsWorkerScript: () => Promise<string>;
  cacheAt: { root: string; fingerprint: string } | null;
  /** False to compile every input afresh, keeping the results in the cache all the same. */
  lookup: boolean;
}

/**
 * The inputs of a run as listed, their statuses, taken before any is read, what reads the
 * statuses of other files, and the real path of `--out`.
 */
interface RunInputs {
  files: InputFile[];
  stamping: Promise<Statuses>;
  statuses: StatusReader;
  target: string;
}

/**
 * Compiles the inputs into the private directory of `output` and publishes it, keeping in
 * the cache what it was published from; says how the run ended.
 */
async function compileInto(output: DatasetOutput, { files, stamping, statuses, target }: RunInputs, compiling: Compiling, strict: boolean, out: string): Promise<number> {
  const { dir: partial, records: spare } = output.build();
  // Started now, the terms thread is ready by the time every input is read.
  const terms = termsStep(files.length >= TERMS_THREAD_FROM ? compiling.termsWorkerScript() : null);
  // Which file each record the build starts with is, read while the compile cache is read here.
  const startedAs = recordIdentities(partial, spare, statuses);
  const { cacheAt } = compiling;
  const cache = cacheAt === null ? null : new CompileCache(cacheAt.root, cacheAt.fingerprint);
  const states = inputStates(files, await stamping);
  // Each step is its own call, so that what a step is done with, such as the builder and its rows, can be collected before the next.
  const records = new RecordFiles(partial, cache, spare, await startedAs);
  let written: { report: BuildReport; count: number; unsaved: string | null };
  try {
    const { report, count, termsFile } = writeDataset(partial, await compileInputs(files, states, { ...compiling, cache }, records, terms), terms);
    // Saved while the terms thread works: the main thread would only wait for it.
    const unsaved = cache?.save() ?? null;
    writeFileSync(join(partial, 'terms.json'), await termsFile);
    written = { report, count, unsaved };
  } finally {
    await terms.close();
  }
  const { report, count, unsaved } = written;
  records.prune();
  output.publish(count);
  if (cache === null) return announce(report, null, strict, out);
  let unkept: string | null = null;
  try {
    const published = publishedDataset(target, states, datasetFiles(target, records.identities()));
    if (published !== null) unkept = cache.keepPublished(published);
  } catch {
    // The dataset changed under the run's feet: the next run builds it again.
  }
  const code = announce(report, `${plural(cache.compiled, 'file')} compiled, ${cache.hits} from the compile cache`, strict, out);
  if (unsaved !== null) console.log(`  the compile cache could not be saved, so the next run compiles these inputs again: ${unsaved}`);
  if (unkept !== null) console.log(`  the compile cache could not keep what this dataset was built from, so the next run builds it again: ${unkept}`);
  return code;
}

/**
 * Compiles every input, then settles their duplicates. Where no reviewer decided a merge,
 * the incidents are final once every input is added: `terms` starts on their words then,
 * while the duplicates are settled, and is started later, on the merged incidents, when
 * it was not.
 */
async function compileInputs(
  files: InputFile[],
  states: readonly InputState[],
  { pageWorkerScript, cache, lookup }: Pick<Compiling, 'pageWorkerScript' | 'lookup'> & { cache: CompileCache | null },
  records: RecordFiles,
  terms: TermsStep,
) {
  const found = new Map<InputFile, CacheEntry>();
  if (cache !== null && lookup) {
    for (const [i, file] of files.entries()) {
      if (file.problem !== undefined || !(isPage(file) || isCsv(file))) continue;
      const entry = cache.lookup(file, isPage(file) ? 'page' : 'csv', states[i].stamp);
      if (entry !== null) found.set(file, entry);
    }
  }
  const vocabulary = cache?.vocabulary ?? new Vocabulary();
  const pages = await pageCompiler(files.filter((f) => isPage(f) && !found.has(f)).length, pageWorkerScript, vocabulary);
  const builder = new DatasetBuilder();
  const aliasFiles: OrganizationAliases[] = [];
  const shared = new SharedFields();
  const placed = (input: StagedInput | null) => (input === null ? null : placedInput(input, vocabulary));
  /** Records are written the moment they are placed, so no long text piles up in memory. */
  const add = (source: string, input: PlacedInput | null, diagnostics: Diagnostic[], place: (id: string) => void) => {
    for (const effect of builder.add(source, input === null ? null : shared.apply(input), diagnostics)) {
      if ('remove' in effect) records.remove(effect.remove);
      else if (input !== null) place(effect.place);
    }
  };
  /** A page just compiled: its record is written into the build when placed, and the cache keeps that very file. */
  const addCompiled = (file: InputFile, compiled: CompiledPage) => {
    const { input, diagnostics } = compiled.staged;
    const numbered = placed(input);
    let written: WrittenRecord | null = null;
    add(file.source, numbered, diagnostics, (id) => {
      written = records.write(id, (input as StagedInput).record);
    });
    cache?.keepPage(file, compiled, numbered, written);
  };
  const addCached = (file: InputFile, { input, diagnostics, record }: CacheEntry & { kind: 'page' }) => {
    add(file.source, input, diagnostics, (id) => {
      if (record !== null && records.link(record, id)) return;
      // The record file changed or is gone (another run pruned it): the page gives it again, unless the page changed since it was looked up.
      const again = compilePage({ path: file.path, source: file.source });
      if (again.staged.input === null || again.staged.input.hash !== input?.hash) throw new FatalError(`${file.source} changed while the prebuild ran: run it again`);
      const fresh = cache?.keepRecompiled(file, again, placed(again.staged.input)) ?? null;
      if (fresh === null || !records.link(fresh, id)) records.write(id, again.staged.input.record);
    });
  };
  const csvSink: CsvSink = {
    add: (source, { input, diagnostics }) => add(source, placed(input), diagnostics, (id) => records.write(id, (input as StagedInput).record)),
    skip: (source, diagnostics) => builder.skip(source, diagnostics),
  };
  const compileExport = async (file: InputFile) => {
    if (cache === null) {
      await compileCsv(file, csvSink);
      return;
    }
    const { sink, events } = recorder(csvSink);
    const read = await compileCsv(file, sink);
    cache.keepCsv(file, read, events());
  };

  const decisionFiles: ReadDecisions[] = [];
  const pending = steps(files, pages, found);
  const window: Step[] = [];
  const fill = () => {
    for (let next = pending.next(); ; next = pending.next()) {
      if (next.done) return;
      window.push(next.value);
      if (window.length >= PARSE_WINDOW) return;
    }
  };
  try {
    for (fill(); window.length > 0; fill()) {
      const step = window.shift() as Step;
      if (step.kind === 'pages') {
        const compiled = await step.staged;
        compiled.forEach((result, i) => addCompiled(step.files[i], result));
      } else if (step.kind === 'cached') addCached(step.file, step.entry);
      else if (step.kind === 'csv') {
        if (step.entry !== null) replay(step.entry.events, csvSink);
        else await compileExport(step.file);
      } else if (step.kind === 'decisions') decisionFiles.push(readDecisions(step.file));
      else if (step.kind === 'aliases') aliasFiles.push(readAliases(step.file, builder));
      else builder.skip(step.file.source, step.diagnostics);
    }
  } finally {
    await pages.close();
  }
  const termsBegun = !decisionFiles.some(({ decisions }) => decisions.some(({ decision }) => decision.decision === 'merge'));
  if (termsBegun) terms.begin(builder.words(), vocabulary.words);
  return { ...settle(builder, decisionFiles, aliasFiles, records), vocabulary: vocabulary.words, termsBegun };
}

/** Merges duplicates and rewrites the records they touch; the rows, search texts and inputs that are left. */
function settle(builder: DatasetBuilder, decisionFiles: ReadDecisions[], aliasFiles: OrganizationAliases[], records: RecordFiles) {
  // The records are the ones this build wrote a moment ago.
  const duplicates = duplicateReport(builder, decisionFiles, (file) => records.read(file) as IncidentDraft);
  for (const effect of duplicates.effects) if ('remove' in effect) records.remove(effect.remove);
  const dataset = builder.finish();
  for (const { file, ...patch } of dataset.patches) {
    const { id, sources, ...record } = IncidentSchema.parse({ ...(records.read(file) as object), ...patch });
    records.write(id, Buffer.from(json({ id, sources, ...record }, false)));
    if (file !== id) records.remove(file);
  }
  return { dataset, duplicates, aliases: mergeAliases(aliasFiles) };
}

/** What compiling the inputs made: the dataset, its duplicates, the organizations' aliases and the vocabulary of its words. */
interface Compiled {
  dataset: BuiltDataset;
  duplicates: ReturnType<typeof duplicateReport>;
  aliases: OrganizationAliases;
  vocabulary: readonly string[];
  /** The terms step was given the incidents' words already. */
  termsBegun: boolean;
}

/**
 * Writes every file of the dataset but its records and its terms, which `terms` finds
 * meanwhile; the build report, the count and the terms file to come.
 */
function writeDataset(partial: string, { dataset, duplicates, aliases, vocabulary, termsBegun }: Compiled, terms: TermsStep): { report: BuildReport; count: number; termsFile: Promise<string> } {
  if (!termsBegun) terms.begin(dataset.words, vocabulary);
  const unhashed = buildIndex(dataset.rows, '', aliases, possibleCopies(duplicates.possibleDuplicates));
  // One update of every digest joined hashes the same bytes as one update each, without ten thousand calls into the hash.
  const hash = createHash('sha256').update(json(unhashed, false)).update(dataset.digests.join(''));
  const build = hash.digest('hex').slice(0, 16);
  const termsFile = terms.file(build);
  const { count } = writeIndexFiles(partial, { ...unhashed, build });
  const report: BuildReport = BuildReportSchema.parse({
    build,
    summary: summarize(dataset),
    inputs: dataset.inputs,
    possibleDuplicates: duplicates.possibleDuplicates,
    duplicateDecisions: duplicates.duplicateDecisions,
  });
  writeFileSync(join(partial, 'build-report.json'), json(report, true));
  writeFileSync(join(partial, 'schema.json'), json(datasetJsonSchema(), true));
  // The search index: one file of words, and postings in as many shards as they fill.
  const searchIndex = searchIndexOf(build, dataset.words, vocabulary);
  writeFileSync(join(partial, SEARCH_WORDS_FILE), searchIndex.words);
  searchIndex.shards.forEach((bytes, shard) => writeFileSync(join(partial, shardFile(shard)), bytes));
  return { report, count, termsFile };
}

/** Says on the console what the run made and skipped, with `work` saying what it did to make it; the exit code `--strict` asks for. */
function announce(report: BuildReport, work: string | null, strict: boolean, out: string): number {
  const { summary } = report;
  console.log(
    `prebuild: ${plural(summary.inputs, 'input')} → ${plural(summary.incidents, 'incident')}, ${plural(summary.duplicates, 'duplicate')}, ` +
      `${summary.skipped} skipped, ${plural(summary.warnings, 'warning')} → ${relative(process.cwd(), out) || '.'}`,
  );
  if (work !== null) console.log(`  ${work}`);
  for (const input of report.inputs.filter((i) => i.status === 'skipped')) {
    const reason = input.diagnostics.map((d) => d.message).join('; ');
    console.log(`  skipped ${input.source}: ${reason}`);
  }
  const { possibleDuplicates = [], duplicateDecisions } = report;
  if (possibleDuplicates.length > 0) console.log(`  ${plural(possibleDuplicates.length, 'possible duplicate pair')} to review: see Data quality`);
  for (const problem of duplicateDecisions?.problems ?? []) {
    console.log(`  ${problem.source}${problem.line === null ? '' : ` line ${problem.line}`}: ${problem.message}`);
  }
  if (summary.warnings > 0) console.log(`  warnings are listed per input in ${join(relative(process.cwd(), out), 'build-report.json')}`);
  const failures = strictFailures(report);
  if (strict && failures > 0) {
    console.error(`prebuild --strict: ${failures} input(s) or duplicate decision(s) skipped or warned`);
    return 1;
  }
  return 0;
}

/**
 * Runs the prebuild on the command line's arguments and says how it ended: 0 written,
 * 1 refused by `--strict`, 2 nothing written (nothing to read, the output not writable
 * or refused, another run in progress). The page threads run the compiler's script,
 * awaited only when the input is large enough for them.
 */
export async function runPrebuild(argv: string[], compiler: Compiler): Promise<number> {
  try {
    return await main(argv, compiler);
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    const message =
      cause instanceof FatalError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
        ? (cause as Error).message
        : typeof code === 'string' && /^E[A-Z]+$/.test(code)
          ? `cannot read or write a file: ${(cause as Error).message}`
          : `unexpected failure: ${(cause as Error).stack ?? String(cause)}`;
    console.error(`prebuild: ${message}`);
    return 2;
  }
}
