# Run with the reference (PYENV_VERSION=3.12.1 python3 tools/regen-syntax-attrs.py): for every
# tests/cases/syntax/*.py, the SyntaxError that compile() raises on the source given as str
# (the path exec(), eval() and compile() take), in each mode, and on the raw bytes (key NAME:bytes). Writes tests/golden/syntax-attrs.json.
import json, glob, os
root = os.path.join(os.path.dirname(__file__), '..')
out = {}
for f in sorted(glob.glob(os.path.join(root, 'tests/cases/syntax/*.py'))):
    name = os.path.basename(f)
    raw = open(f, 'rb').read()
    # The bytes themselves, as compile(b'...') and ast.parse(b'...') take them.
    if b'\0' not in raw:
        try:
            compile(raw, '<string>', 'exec', 0x400)
            r = None
        except SyntaxError as e:
            r = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
        except (MemoryError, RecursionError) as e:
            r = [type(e).__name__, str(e)]
        out[f'{name}:bytes'] = r
    try:
        src = raw.decode('utf-8')
    except UnicodeDecodeError:
        continue
    if '\0' in src or src.startswith('\ufeff'):
        continue
    for mode in ('exec', 'single', 'eval'):
        try:
            compile(src, '<string>', mode, 0x400)  # PyCF_ONLY_AST: parser errors only
            r = None
        except SyntaxError as e:
            r = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
        except (MemoryError, RecursionError) as e:
            r = [type(e).__name__, str(e)]
        out[f'{name}:{mode}'] = r
with open(os.path.join(root, 'tests/golden/syntax-attrs.json'), 'w') as fh:
    json.dump(out, fh, indent=0, ensure_ascii=True)
    fh.write('\n')
