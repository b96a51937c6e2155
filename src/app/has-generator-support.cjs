/* global module */
/**
 * `@stdlib/assert-has-generator-support` as the app bundles it (vite.config.ts aliases it
 * here). The library asks by evaluating a generator, which the page's Content-Security-
 * Policy blocks and reports as a violation whenever the statistics load; every browser
 * the build targets (ES2022) runs generators, so the answer is known without asking.
 * CommonJS, as the @stdlib modules call what `require` returns.
 */
module.exports = function hasGeneratorSupport() {
  return true;
};
