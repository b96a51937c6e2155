import { config } from 'zod/v4/core';

/**
 * `zod` as the app sees it (vite.config.ts aliases the bare import here): the same API,
 * configured before any schema module runs. Zod picks its compiled or interpreted parser
 * when a schema is built, and picking means probing `new Function`; under the page's
 * Content-Security-Policy that probe is blocked and reported as a violation on every
 * load. A side-effect import at the entry is not enough, as the bundler moves the schema
 * modules into a shared chunk that runs before the entry. The prebuild, outside Vite,
 * keeps the faster compiled parsers.
 */
config({ jitless: true });

export * from 'zod/v4';
