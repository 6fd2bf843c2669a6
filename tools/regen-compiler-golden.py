"""Expected outputs of the bytecode compiler, made by the reference (CPython 3.12.1):

  tests/golden/compiler/corpus/NAME.json   every code object of compile(NAME.py), recursively, as
                                           canonical JSON (or the SyntaxError), plus the
                                           SyntaxWarnings the compiler issued
  tests/golden/compiler/corpus/NAME.dis    dis.dis() of it (code object addresses as 0x0)
  tests/golden/compiler/stdlib-code.sha256 sha256 of that JSON for every .py of pyodide's
                                           python_stdlib.zip ("!" lines where compile fails)

Run from the repository root:

    PYENV_VERSION=3.12.1 python3 tools/regen-compiler-golden.py [corpus|stdlib]

(`dump FILE NAME` and `dis FILE NAME` print one file's JSON or dis text, for
tools/regen-compiler-check.mjs.)

The JSON layout is mirrored by tests/lib/code-json.ts; the two must produce the same bytes.
"""
import ctypes
import dis
import glob
import hashlib
import io
import json
import os
import re
import sys
import types
import warnings
import zipfile

assert sys.version_info[:3] == (3, 12, 1), 'run with the reference interpreter (PYENV_VERSION=3.12.1)'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, 'tests', 'golden', 'compiler')
CORPUS = os.path.join(GOLDEN, 'corpus')
STDLIB_ZIP = os.path.join(ROOT, 'node_modules', 'pyodide', 'python_stdlib.zip')


def canon_const(c):
    """A constant as a tagged list; type and sign of zero are kept, frozensets are sorted."""
    if c is None:
        return ['None']
    if c is Ellipsis:
        return ['Ellipsis']
    if type(c) is bool:
        return ['bool', c]
    if type(c) is int:
        return ['int', str(c)]
    if type(c) is float:
        return ['float', repr(c)]
    if type(c) is complex:
        return ['complex', repr(c.real), repr(c.imag)]
    if type(c) is str:
        return ['str', c]
    if type(c) is bytes:
        return ['bytes', c.hex()]
    if type(c) is tuple:
        return ['tuple', [canon_const(x) for x in c]]
    if type(c) is frozenset:
        items = [canon_const(x) for x in c]
        items.sort(key=lambda x: dumps(x))
        return ['frozenset', items]
    if isinstance(c, types.CodeType):
        return ['code', canon_code(c)]
    raise TypeError(type(c))


def canon_code(co):
    return {
        'argcount': co.co_argcount,
        'posonlyargcount': co.co_posonlyargcount,
        'kwonlyargcount': co.co_kwonlyargcount,
        'stacksize': co.co_stacksize,
        'flags': co.co_flags,
        'firstlineno': co.co_firstlineno,
        'name': co.co_name,
        'qualname': co.co_qualname,
        'filename': co.co_filename,
        'code': co.co_code.hex(),
        'consts': [canon_const(c) for c in co.co_consts],
        'names': list(co.co_names),
        'localsplusnames': list(_localsplus(co)[0]),
        'localspluskinds': _localsplus(co)[1].hex(),
        'linetable': co.co_linetable.hex(),
        'exceptiontable': co.co_exceptiontable.hex(),
        'varnames': list(co.co_varnames),
        'cellvars': list(co.co_cellvars),
        'freevars': list(co.co_freevars),
        'nlocals': co.co_nlocals,
    }


def _localsplus(co):
    """co_localsplusnames and co_localspluskinds, which Python code cannot see: read from the
    PyCodeObject struct (64-bit 3.12 layout: after the var-object header, three object pointers
    and twelve 4-byte fields), checked against what the code object does expose."""
    def field(offset):
        p = ctypes.c_void_p.from_address(id(co) + offset).value
        return ctypes.cast(p, ctypes.py_object).value
    names, kinds = field(96), field(104)
    assert type(names) is tuple and type(kinds) is bytes and len(names) == len(kinds)
    assert all(co._varname_from_oparg(i) == n for i, n in enumerate(names))
    assert [n for n, k in zip(names, kinds) if k & 0x20] == list(co.co_varnames)
    assert [n for n, k in zip(names, kinds) if k & 0x80] == list(co.co_freevars)
    return names, kinds


def dumps(obj):
    return json.dumps(obj, ensure_ascii=True, separators=(',', ':'), sort_keys=True)


PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


def corpus_options(name):
    """Mode and compile() arguments a corpus file's name asks for: NAME.eval.py, NAME.single.py,
    NAME.opt1.py / NAME.opt2.py (optimize=1/2), NAME.tla.py (top-level await allowed),
    NAME.werror.py (warnings are errors, as under -W error)."""
    parts = name.split('.')[1:-1]
    mode = 'eval' if 'eval' in parts else 'single' if 'single' in parts else 'exec'
    optimize = 2 if 'opt2' in parts else 1 if 'opt1' in parts else -1
    flags = PyCF_ALLOW_TOP_LEVEL_AWAIT if 'tla' in parts else 0
    return mode, optimize, flags, 'werror' in parts


def compile_record(source, filename, mode='exec', optimize=-1, flags=0, werror=False):
    """(record, code or None): the canonical record of compiling source."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('error' if werror else 'always')
        try:
            co = compile(source, filename, mode, flags=flags, dont_inherit=True, optimize=optimize)
        except SyntaxError as e:
            err = {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                   'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
            return {'error': err, 'warnings': _warnings(caught)}, None
    return {'code': canon_code(co), 'warnings': _warnings(caught)}, co


def _warnings(caught):
    # A warning not located in the compiled source (the optimizer's DeprecationWarning is
    # attributed to the code calling compile()) gets line -1.
    return [{'category': w.category.__name__, 'message': str(w.message),
             'lineno': w.lineno if w.filename != __file__ else -1} for w in caught]


def regen_corpus():
    for path in sorted(glob.glob(os.path.join(CORPUS, '*.py'))):
        name = os.path.basename(path)
        base = path[:-3]
        mode, optimize, flags, werror = corpus_options(name)
        with open(path, 'rb') as f:
            source = f.read()
        record, co = compile_record(source, name, mode, optimize, flags, werror)
        with open(base + '.json', 'w') as f:
            f.write(json.dumps(record, ensure_ascii=True, sort_keys=True, indent=1) + '\n')
        if co is not None:
            out = io.StringIO()
            dis.dis(co, file=out)
            text = re.sub(r' at 0x[0-9a-f]+', ' at 0x0', out.getvalue())
            with open(base + '.dis', 'w') as f:
                f.write(text)
        elif os.path.exists(base + '.dis'):
            os.remove(base + '.dis')
    print('corpus regenerated')


def regen_stdlib():
    z = zipfile.ZipFile(STDLIB_ZIP)
    names = sorted(n for n in z.namelist() if n.endswith('.py'))
    lines = [
        '# sha256 of the canonical JSON (tools/regen-compiler-golden.py) of compile(FILE) by CPython 3.12.1,',
        "# for each .py of pyodide's python_stdlib.zip. Do not edit; regenerate with the tool.",
        '# "<sha256>  <path>", or "!  <path>  <error>" where the reference fails to compile the file.',
    ]
    for name in names:
        record, co = compile_record(z.read(name), name)
        if co is None:
            e = record['error']
            lines.append(f"!  {name}  {e['type']}: {e['msg']} ({e['lineno']}:{e['offset']})")
            continue
        digest = hashlib.sha256(dumps(record['code']).encode('ascii')).hexdigest()
        lines.append(f'{digest}  {name}')
    with open(os.path.join(GOLDEN, 'stdlib-code.sha256'), 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print(len(names), 'stdlib files')


def dump_one(path, name):
    """Debugging aid: the canonical JSON of one source file (with the filename given), on stdout."""
    with open(path, 'rb') as f:
        record, _ = compile_record(f.read(), name)
    sys.stdout.write(json.dumps(record, ensure_ascii=True, sort_keys=True) + '\n')


def dis_one(path, name):
    """Debugging aid: dis.dis() of one source file's code object (addresses as 0x0), on stdout."""
    with open(path, 'rb') as f:
        co = compile(f.read(), name, 'exec', dont_inherit=True)
    out = io.StringIO()
    dis.dis(co, file=out)
    sys.stdout.write(re.sub(r' at 0x[0-9a-f]+', ' at 0x0', out.getvalue()))


def hash_tree(root):
    """Debugging aid: "sha256  path" (or "!  path  error") for every .py under root, on stdout."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            if not fn.endswith('.py'):
                continue
            path = os.path.join(dirpath, fn)
            name = os.path.relpath(path, root)
            with open(path, 'rb') as f:
                try:
                    record, co = compile_record(f.read(), name)
                except Exception as e:  # the reference itself fails (e.g. a ValueError from the compiler)
                    print(f'!!  {name}  {type(e).__name__}: {e}')
                    continue
            if co is None:
                print(f"!  {name}  {record['error']['msg']}")
            else:
                print(hashlib.sha256(dumps(record['code']).encode('ascii')).hexdigest() + '  ' + name)


def hash_sources(path):
    """Debugging aid: one line per {"src": ...} of a JSON list: the code hash or "! msg (line:offset)"."""
    with open(path) as f:
        items = json.load(f)
    for item in items:
        record, co = compile_record(item['src'], '<src>')
        if co is None:
            e = record['error']
            print(f"! {e['msg']} ({e['lineno']}:{e['offset']}-{e['end_lineno']}:{e['end_offset']})")
        else:
            print(hashlib.sha256(dumps(record['code']).encode('ascii')).hexdigest())


if __name__ == '__main__':
    if sys.argv[1:2] == ['sources']:
        hash_sources(sys.argv[2])
        sys.exit(0)
    if sys.argv[1:2] == ['tree']:
        hash_tree(sys.argv[2])
        sys.exit(0)
    if sys.argv[1:2] == ['dump']:
        dump_one(sys.argv[2], sys.argv[3])
        sys.exit(0)
    if sys.argv[1:2] == ['dis']:
        dis_one(sys.argv[2], sys.argv[3])
        sys.exit(0)
    what = sys.argv[1:] or ['corpus', 'stdlib']
    if 'corpus' in what:
        regen_corpus()
    if 'stdlib' in what:
        regen_stdlib()
