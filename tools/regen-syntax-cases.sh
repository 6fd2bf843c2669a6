#!/usr/bin/env bash
# Regenerate the expected outputs of the syntax-error corpus (tests/cases/syntax)
# by running the reference interpreter, native CPython 3.12.1.
#
#   tools/regen-syntax-cases.sh            # all cases
#   tools/regen-syntax-cases.sh NAME ...   # only the named cases (NAME or NAME.py)
#   CASES_DIR=/some/dir tools/regen-syntax-cases.sh   # another directory
#
# For every NAME.py it runs, in the case directory,
#     python3 NAME.py > NAME.out 2> NAME.err; echo $? > NAME.rc
# so NAME.out is stdout, NAME.err stderr and NAME.rc the exit code plus newline.
#
# Path normalisation: CPython 3.12 makes the script path absolute before running
# it (config run_filename -> _Py_abspath), so the reference prints
#     File "/abs/dir/NAME.py", line N
# (and "/abs/dir/NAME.py:N: SyntaxWarning", "... in file /abs/dir/NAME.py ...").
# To keep the expected outputs machine-independent, every occurrence of the
# absolute case directory followed by "/" is removed from NAME.out and NAME.err,
# i.e. the files show the filename exactly as it was given on the command line
# ("NAME.py").  Nothing else is changed: all other bytes are the reference's.
#
# It also checks that every case is rejected by the PARSER/TOKENIZER: the source
# bytes are compiled with ast.PyCF_ONLY_AST (and, for undecodable bytes that
# compile() skips inside comments, strictly decoded); if that succeeds, the error comes
# from a later stage (compiler/symtable) and the case does not belong here.
# Such cases are reported and make the script exit non-zero.
set -u
here="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(cd "${CASES_DIR:-$here/tests/cases/syntax}" && pwd -P)" || exit 2
cd "$dir" || exit 2
export PYENV_VERSION=3.12.1
# Same environment as tools/lib/reference.mjs cleanEnv(): no PYTHON* variables, UTF-8 locale.
for v in $(compgen -e); do
  case "$v" in PYTHON*|LC_*|LANG|LANGUAGE) unset "$v" ;; esac
done
export LC_ALL=C.UTF-8
if [ "$(python3 -c 'import sys; print(sys.version.split()[0])')" != "3.12.1" ]; then
  echo "reference python3 is not 3.12.1" >&2; exit 2
fi
if [ $# -gt 0 ]; then names=("$@"); else names=(*.py); fi
bad=0
for f in "${names[@]}"; do
  n="${f%.py}"
  [ -f "$n.py" ] || { echo "missing: $n.py" >&2; bad=1; continue; }
  python3 "$n.py" > "$n.out" 2> "$n.err"; echo $? > "$n.rc"
  python3 -W ignore -c '
import ast, sys
dir, n = sys.argv[1], sys.argv[2]
for ext in (".out", ".err"):
    with open(n + ext, "rb") as fh:
        data = fh.read()
    new = data.replace(dir.encode() + b"/", b"")
    if new != data:
        with open(n + ext, "wb") as fh:
            fh.write(new)
src = open(n + ".py", "rb").read()
try:
    compile(src, n + ".py", "exec", ast.PyCF_ONLY_AST)
except (SyntaxError, ValueError, MemoryError):
    sys.exit(0)
# compile() of bytes does not decode comments; the file tokenizer does.  A
# source that is not valid in its declared encoding is a tokenizer error too.
import io, tokenize
try:
    enc, _ = tokenize.detect_encoding(io.BytesIO(src).readline)
    src.decode(enc)
except (SyntaxError, UnicodeDecodeError):
    sys.exit(0)
print("NOT A PARSER ERROR (ast.parse accepts it): " + n + ".py", file=sys.stderr)
sys.exit(1)' "$dir" "$n" || bad=1
done
exit $bad
