#!/usr/bin/env bash
# Imports everything in the reference corpus (../shared or $OPENEPAR_SHARED) into the configured
# database, in the order a deployment would run it: EMA's folder in one process (tables, pages,
# presentations, procedural steps, product-information PDFs), then the Swedish overview seed and
# the product information as structured documents (docling Markdown and EMA's PDFs).
# Each step reports its own failures and the script goes on; it exits 1 if any step had failures.
set -uo pipefail
cd "$(dirname "$0")/.."
shared="${OPENEPAR_SHARED:-../shared}"
[ -d "$shared/ema" ] || { echo "no corpus at $shared/ema (set OPENEPAR_SHARED)" >&2; exit 2; }
status=0
run() { echo "== $*" >&2; node src/cli/main.ts "$@" || status=1; }
start=$(date +%s)
run import ema-folder "$shared/ema"
run import overview --medicine lumykras --lang sv "$shared/seeds/000_e7f5d8a26cc1f18b.txt"
run import product-information "$shared/ema/product-information" "$shared/ema/product-information-pdf"
echo "== everything imported in $(( $(date +%s) - start )) s" >&2
exit $status
