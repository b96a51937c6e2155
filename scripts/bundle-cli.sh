#!/bin/sh
# Bundles the prebuild CLI and its threads' scripts into DIR (default
# node_modules/.cache/faultline), so a run starts in plain Node: no TypeScript loader at
# start-up and no bundling inside the run. `npm run prebuild` runs this, then the CLI.
#
# All are self-contained: the CLI as one ES module, which spares resolving and linking
# its packages' many modules at every start (about 40 ms), and the page, terms and
# status scripts as one CommonJS file each, as a thread evaluates it without a module
# loader. esbuild alone stays external: only a run from the TypeScript sources loads it.
# The bytes of the CLI and the page script make the compile cache's compiler
# fingerprint, so a change to the code or its packages compiles every input afresh.
#
# Like make, it bundles again only when a file the bundles may be made of (the sources,
# the package files, this script) was changed since the last bundling began; the stamp
# is taken before bundling, so a file changed during it counts as changed.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/node_modules/.cache/faultline}
stamp="$out/bundled.stamp"
if [ -f "$stamp" ] && [ -f "$out/prebuild.mjs" ] && [ -f "$out/page-worker.cjs" ] && [ -f "$out/terms-worker.cjs" ] && [ -f "$out/stat-worker.cjs" ] &&
  [ -z "$(find "$root/scripts" "$root/src" "$root/package.json" "$root/package-lock.json" "$root/tsconfig.json" \
    "$root/node_modules/.package-lock.json" -newer "$stamp" -print 2>/dev/null | head -n 1)" ]; then
  exit 0
fi
mkdir -p "$out"
rm -f "$stamp"
touch "$stamp.next"
esbuild="$root/node_modules/.bin/esbuild"
common="--bundle --platform=node --target=node20 --log-level=warning"
"$esbuild" "$root/scripts/prebuild.ts" $common --format=esm --external:esbuild --outfile="$out/prebuild.mjs"
"$esbuild" "$root/scripts/lib/page-worker.ts" $common --format=cjs --outfile="$out/page-worker.cjs"
"$esbuild" "$root/scripts/lib/terms-worker.ts" $common --format=cjs --outfile="$out/terms-worker.cjs"
"$esbuild" "$root/scripts/lib/stat-worker.ts" $common --format=cjs --outfile="$out/stat-worker.cjs"
mv "$stamp.next" "$stamp"
