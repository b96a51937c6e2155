/**
 * A module preloaded with `--import` into a process under measurement, as a data: URL so
 * it runs in plain Node: when that process exits, its peak resident set size (kilobytes,
 * as `process.resourceUsage()` reports it) is written to the file named by the
 * environment variable, so the measured program needs no change. Without the variable
 * it does nothing.
 */
export const MAX_RSS_FILE_ENV = 'FAULTLINE_MAX_RSS_FILE';

const PRELOAD = `import { writeFileSync } from 'node:fs';
const file = process.env.${MAX_RSS_FILE_ENV};
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));`;

export const MAX_RSS_PRELOAD = `data:text/javascript,${encodeURIComponent(PRELOAD)}`;
