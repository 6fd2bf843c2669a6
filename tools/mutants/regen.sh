#!/usr/bin/env bash
# Regenerates tests/golden/syntax-mutants.json: 1500 mutants of the stdlib and 1500 of the
# golden AST corpus, with the reference's errors. Needs the reference and the pyodide stdlib.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node --input-type=module -e "
import { stdlibPySources } from './tools/lib/stdlib.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
for (const [n, d] of stdlibPySources()) { const o = path.join('$tmp/stdlib', n); mkdirSync(path.dirname(o), { recursive: true }); writeFileSync(o, d); }"
node tools/mutants/gen.mjs 101 1500 "$tmp/a.json" "$tmp/stdlib"
node tools/mutants/gen.mjs 202 1500 "$tmp/b.json" tests/golden/ast
node -e "const fs=require('fs');fs.writeFileSync('$tmp/all.json',JSON.stringify([...JSON.parse(fs.readFileSync('$tmp/a.json')),...JSON.parse(fs.readFileSync('$tmp/b.json'))]))"
env -i PATH="$PATH" HOME="$HOME" PYENV_VERSION=3.12.1 LC_ALL=C.UTF-8 python3 tools/mutants/ref.py "$tmp/all.json" tests/golden/syntax-mutants.json
