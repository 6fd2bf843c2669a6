# Reference side of the symbol-table differential test: runs CPython 3.12.1's _symtable (the
# data behind the symtable module) and writes each table tree as canonical JSON. Run through
# tools/regen-symtable.mjs, which finds the inputs; the TypeScript twin of `canon` is in
# tests/unit/symtable-golden.test.ts and must render the same bytes.
#
#   python regen-symtable.py stdlib ZIP OUT      sha256 of the JSON of every .py in the zip
#   python regen-symtable.py corpus IN OUT       full JSON of each snippet of a corpus file
#
# Corpus file: snippets introduced by a line "### name"; the lines up to the next header are
# the source. Output: {"name": json, ...} in corpus order.
import hashlib
import json
import sys
import zipfile

import _symtable


def canon(t):
    # Scope tree: block type (_symtable.TYPE_*), name, first line, nested flag, parameters,
    # every symbol with its raw flags (DEF_* bits | scope << SCOPE_OFF), sorted by name, and
    # the children in order (is_optimized, has_children and get_identifiers follow from these).
    return {
        'type': t.type,
        'name': t.name,
        'lineno': t.lineno,
        'nested': bool(t.nested),
        'varnames': list(t.varnames),
        'symbols': [[k, v] for k, v in sorted(t.symbols.items())],
        'children': [canon(c) for c in t.children],
    }


def table_json(source, filename):
    try:
        obj = canon(_symtable.symtable(source, filename, 'exec'))
    except SyntaxError as e:
        obj = {'error': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
               'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
    except (RecursionError, MemoryError, ValueError) as e:
        obj = {'error': type(e).__name__, 'msg': str(e)}
    return json.dumps(obj, ensure_ascii=True, separators=(',', ':'))


def stdlib(zip_path, out_path):
    lines = [
        '# sha256 of the canonical JSON of _symtable.symtable(source, path, "exec") (CPython 3.12.1)',
        "# for each .py of pyodide's python_stdlib.zip. Made by tools/regen-symtable.mjs; do not edit.",
    ]
    with zipfile.ZipFile(zip_path) as z:
        for name in sorted(n for n in z.namelist() if n.endswith('.py')):
            data = table_json(z.read(name), name)
            lines.append('%s  %s' % (hashlib.sha256(data.encode('ascii')).hexdigest(), name))
    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


def read_corpus(path):
    snippets = []
    with open(path, encoding='utf-8', newline='') as f:
        for line in f.read().splitlines(keepends=True):
            if line.startswith('### '):
                snippets.append([line[4:].strip(), ''])
            elif snippets:
                snippets[-1][1] += line
    return snippets


def corpus(in_path, out_path):
    out = {}
    for name, source in read_corpus(in_path):
        if name in out:
            raise SystemExit('duplicate corpus entry: ' + name)
        out[name] = json.loads(table_json(source, name + '.py'))
    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    mode, src, dst = sys.argv[1:]
    {'stdlib': stdlib, 'corpus': corpus}[mode](src, dst)
