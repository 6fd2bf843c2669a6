# Reference side of the symbol-table differential test: runs CPython 3.12.1's _symtable (the
# data behind the symtable module) and writes each table tree as canonical JSON. Run through
# tools/regen-symtable.mjs, which finds the inputs; the TypeScript twin of `canon` is in
# tests/unit/symtable-golden.test.ts and must render the same bytes.
#
#   python regen-symtable.py stdlib ZIP OUT      sha256 of the JSON of every .py in the zip
#   python regen-symtable.py corpus IN OUT       full JSON of each snippet of a corpus file
#   python regen-symtable.py codeflags ZIP OUT   per stdlib file, sha256 of what compile() shows
#                                                of the symbol table (see code_records)
#   python regen-symtable.py mutants ZIP OUT     stdlib files with one line inserted in a
#                                                function or class body, and the result
#
# Corpus file: snippets introduced by a line "### name"; the lines up to the next header are
# the source. Output: {"name": json, ...} in corpus order.
import ast
import hashlib
import json
import sys
import warnings
import zipfile

import _symtable

warnings.simplefilter('ignore')


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
        codes = json.loads(code_json(source, name + '.py'))
        if 'error' not in out[name] and 'error' not in codes:
            out[name]['code'] = codes
    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')


# The flags of code objects that come from the symbol table (CO_OPTIMIZED, CO_NEWLOCALS,
# CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR).
CODE_FLAG_MASK = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200


def code_records(code, out):
    # One record per code object, sorted: its name, its symbol-table flags, and whether it
    # has the __class__ and __classdict__ cells (a class's ste_needs_class_closure and
    # ste_needs_classdict). Inlined comprehensions make no code object.
    out.append([code.co_name, code.co_flags & CODE_FLAG_MASK,
                '__class__' in code.co_cellvars, '__classdict__' in code.co_cellvars])
    for c in code.co_consts:
        if isinstance(c, type(code)):
            code_records(c, out)
    return out


def code_json(source, filename):
    try:
        obj = sorted(code_records(compile(source, filename, 'exec', dont_inherit=True), []))
    except (SyntaxError, RecursionError, MemoryError, ValueError) as e:
        obj = {'error': type(e).__name__}
    return json.dumps(obj, ensure_ascii=True, separators=(',', ':'))


def codeflags(zip_path, out_path):
    lines = [
        '# sha256 of the sorted [co_name, co_flags & 0x2bf, has __class__ cell, has __classdict__ cell]',
        '# of every code object compile() makes (CPython 3.12.1), for each .py of the stdlib zip.',
        '# Made by tools/regen-symtable.mjs; do not edit.',
    ]
    with zipfile.ZipFile(zip_path) as z:
        for name in sorted(n for n in z.namelist() if n.endswith('.py')):
            data = code_json(z.read(name), name)
            lines.append('%s  %s' % (hashlib.sha256(data.encode('ascii')).hexdigest(), name))
    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


# Lines inserted at the start (or end) of a body; {p} is the block's first parameter, {n} a
# name the body assigns or uses. Most of them make the symbol table fail.
FUNCTION_MUTATIONS = [
    ('start', 'global {p}'),
    ('start', 'nonlocal {p}'),
    ('start', 'nonlocal {n}'),
    ('end', 'global {n}'),
    ('end', 'nonlocal {n}'),
    ('start', '[({n} := 1) for {n} in ()]'),
    ('start', 'from os import *'),
    ('end', '[(yield) for _ in ()]'),
    ('start', 'def _m({p}, {p}): pass'),
    ('end', '{n}: int = 0'),
]
CLASS_MUTATIONS = [
    ('start', '[({n} := 1) for _ in ()]'),
    ('end', 'global {n}'),
    ('start', 'nonlocal {n}'),
    ('start', 'type _T[_X: (lambda: 1)] = int'),
]


def body_names(node):
    names = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name) and sub.id not in names and not sub.id.startswith('__'):
            names.append(sub.id)
    return names


def mutants_of(name, source):
    import ast as _ast
    try:
        tree = _ast.parse(source)
    except SyntaxError:
        return []
    lines = source.split(b'\n')
    blocks = [n for n in _ast.walk(tree) if isinstance(n, (_ast.FunctionDef, _ast.AsyncFunctionDef, _ast.ClassDef))]
    out = []
    seed = int(hashlib.sha256(name.encode()).hexdigest(), 16)
    for k in range(2):
        if not blocks:
            break
        block = blocks[(seed >> (8 * k)) % len(blocks)]
        first, last = block.body[0], block.body[-1]
        if first.lineno == block.lineno:
            continue
        line = lines[first.lineno - 1]
        indent = line[:len(line) - len(line.lstrip(b' \t'))]
        if len(indent) != first.col_offset:
            continue
        is_class = isinstance(block, _ast.ClassDef)
        table = CLASS_MUTATIONS if is_class else FUNCTION_MUTATIONS
        where, text = table[(seed >> (8 * k + 4)) % len(table)]
        params = [] if is_class else [a.arg for a in block.args.posonlyargs + block.args.args + block.args.kwonlyargs]
        names = body_names(block)
        if ('{p}' in text and not params) or ('{n}' in text and not names):
            continue
        text = text.format(p=params[0] if params else '', n=names[(seed >> 3) % len(names)] if names else '')
        at = first.lineno if where == 'start' else last.end_lineno + 1
        out.append((at, indent.decode('ascii') + text))
    return out


def insert_line(source, at, text):
    lines = source.split(b'\n')
    lines.insert(at - 1, text.encode('utf-8'))
    return b'\n'.join(lines)


def mutants(zip_path, out_path):
    lines = [
        '# Mutants of the stdlib files: "<path>\t<line>\t<inserted line>\t<sha256 of the canonical JSON>"',
        '# (the line is inserted before line <line>). Made by tools/regen-symtable.mjs; do not edit.',
    ]
    with zipfile.ZipFile(zip_path) as z:
        for name in sorted(n for n in z.namelist() if n.endswith('.py')):
            source = z.read(name)
            for at, text in mutants_of(name, source):
                data = table_json(insert_line(source, at, text), name)
                lines.append('%s\t%d\t%s\t%s' % (name, at, text, hashlib.sha256(data.encode('ascii')).hexdigest()))
    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    mode, src, dst = sys.argv[1:]
    {'stdlib': stdlib, 'corpus': corpus, 'mutants': mutants, 'codeflags': codeflags}[mode](src, dst)
