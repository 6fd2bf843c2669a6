#!/usr/bin/env bash
# Regenerates tests/golden/ast/NAME.ast: what the reference CPython 3.12.1 prints for
# `python -m ast -a [--mode MODE] NAME.py` (NAME.MODE.py selects eval/single/func_type).
set -euo pipefail
cd "$(dirname "$0")/../tests/golden/ast"
for f in *.py; do
  base="${f%.py}"
  mode=exec
  case "$base" in *.eval) mode=eval ;; *.single) mode=single ;; *.func_type) mode=func_type ;; esac
  env -i PATH="$PATH" HOME="$HOME" PYENV_VERSION=3.12.1 LC_ALL=C.UTF-8 python3 -m ast -a --mode "$mode" "$f" > "$base.ast"
done
