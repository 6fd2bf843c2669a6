"""Writes tests/fixtures/traceback/*.json: uncaught-exception displays of the reference
interpreter, with the data Glasspy's formatter takes as input. Run from the repository root:

    PYENV_VERSION=3.12.1 python3 tools/gen-traceback-fixtures.py

Two sources of cases:

- scripts.json: hand-written scripts run as `python3 main.py` in a scratch folder; a
  sitecustomize installs a sys.excepthook that records the exception graph (frames from the
  traceback objects, co_positions() of tb_lasti, the source line read as CPython's C display
  reads it, chains, groups, notes, SyntaxError fields) and then calls sys.__excepthook__, so
  stderr is the real C display (Python/pythonrun.c + Python/traceback.c).
- random.json: generated expressions (binary operators, subscripts, calls, attributes with
  random spacing, parentheses, unicode, tabs, line breaks) written into one module, each
  called under try/except in one process and rendered by sys.__excepthook__ into a StringIO.

The scratch folder prefix is replaced by /home/user/tb in every recorded string. Cases are
drawn from a fixed seed, so a rerun writes the same files.
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import warnings

assert sys.version_info[:3] == (3, 12, 1), 'run with the reference interpreter (PYENV_VERSION=3.12.1)'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'traceback')
FAKE = '/home/user/tb'

# The recorder: imported by sitecustomize (script cases) and by the batch driver.
RECORDER = r'''
import collections.abc, io, json, os, sys, tokenize

def type_name(t):
    mod = getattr(t, '__module__', None)
    qn = getattr(t, '__qualname__', None)
    if not isinstance(qn, str):
        qn = '<unknown>'
    if not isinstance(mod, str):
        return '<unknown>.' + qn
    if mod in ('builtins', '__main__'):
        return qn
    return mod + '.' + qn

def read_source_line(filename, lineno):
    # As display_source_line_with_margin (Python/traceback.c) finds and reads the line.
    if not isinstance(filename, str) or not filename:
        return None
    if filename[0] == '<' and filename[-1] == '>':
        return None
    try:
        binary = open(filename, 'rb')
    except OSError:
        binary = None
        tail = filename.rsplit('/', 1)[-1]
        for p in sys.path:
            if not isinstance(p, str):
                continue
            cand = p + ('/' if p and not p.endswith('/') else '') + tail
            try:
                binary = open(cand, 'rb')
                break
            except OSError:
                pass
        if binary is None:
            return None
    with binary:
        try:
            enc, _ = tokenize.detect_encoding(binary.readline)
        except SyntaxError:
            enc = 'utf-8'
        if enc == 'utf-8-sig':
            enc = 'utf-8'
        binary.seek(0)
        fob = io.TextIOWrapper(binary, enc)
        line = None
        try:
            for _ in range(lineno):
                line = fob.readline()
                if not line:
                    line = None
                    break
        except Exception:
            line = None
        fob.detach()
    if line is None:
        return None
    if line.endswith('\n'):
        line = line[:-1]
    return line

def render(e):
    buf = io.StringIO()
    old = sys.stderr
    sys.stderr = buf
    try:
        sys.__excepthook__(type(e), e, e.__traceback__)
    finally:
        sys.stderr = old
    return buf.getvalue()

def suggestion_of(e, s, tname):
    # The C display appends _Py_Offer_Suggestions(value) to the message line; recover it by
    # rendering the exception alone (no chain, no notes) and taking what follows the message.
    if type(e) not in (AttributeError, NameError, ImportError):
        return None
    saved = (e.__cause__, e.__context__, e.__suppress_context__)
    had_notes = '__notes__' in getattr(e, '__dict__', {})
    notes = e.__dict__.pop('__notes__', None) if had_notes else None
    e.__cause__ = None
    e.__context__ = None
    e.__suppress_context__ = False
    try:
        out = render(e)
    finally:
        e.__cause__, e.__context__, e.__suppress_context__ = saved
        if had_notes:
            e.__notes__ = notes
    head = tname if s == '' else tname + ': ' + (s if s is not None else '<exception str() failed>')
    body = out[:-1]
    if body.endswith(head):
        return None
    i = body.rfind(head + '. Did you')
    assert i >= 0, (out, head)
    return body[i + len(head):]

def is_sequence(x):
    # PySequence_Check: the type has sq_item and is not a dict.
    return hasattr(type(x), '__getitem__') and not isinstance(x, dict)

def notes_of(e):
    try:
        notes = e.__notes__
    except AttributeError:
        return None
    if isinstance(notes, (str, bytes)) or not is_sequence(notes):
        try:
            r = repr(notes)
        except Exception:
            r = None
        return {'repr': r}
    items = []
    for n in notes:
        try:
            items.append(str(n))
        except Exception:
            items.append(None)
    return {'items': items}

def syntax_fields(e, tname):
    if not hasattr(e, 'print_file_and_line'):
        return None
    def num(v):
        return v if isinstance(v, int) else None
    msg = e.msg
    return {
        'kind': 'SyntaxError' if type(e) is SyntaxError else tname,
        'msg': None if msg is None else str(msg),
        'filename': None if e.filename is None else str(e.filename),
        'lineno': num(e.lineno), 'offset': num(e.offset),
        'text': e.text if isinstance(e.text, str) else None,
        'end_lineno': num(e.end_lineno), 'end_offset': num(e.end_offset),
    }

def dump(exc):
    nodes, index, frames, frame_index = [], {}, [], {}
    def frame_id(fr):
        key = json.dumps(fr, sort_keys=True)
        if key not in frame_index:
            frame_index[key] = len(frames)
            frames.append(fr)
        return frame_index[key]
    def visit(e):
        if id(e) in index:
            return index[id(e)]
        i = len(nodes)
        index[id(e)] = i
        nodes.append(None)
        tname = type_name(type(e))
        try:
            s = str(e)
        except Exception:
            s = None
        fl = []
        tb = e.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            pos = (None, None, None, None)
            if tb.tb_lasti >= 0:
                ps = list(code.co_positions())
                if tb.tb_lasti // 2 < len(ps):
                    pos = ps[tb.tb_lasti // 2]
            fl.append(frame_id({
                'filename': code.co_filename, 'name': code.co_name, 'lineno': tb.tb_lineno,
                'startLineno': pos[0], 'endLineno': pos[1], 'colno': pos[2], 'endColno': pos[3],
                'line': read_source_line(code.co_filename, tb.tb_lineno),
            }))
            tb = tb.tb_next
        node = {'typeName': tname, 'str': s, 'frames': fl, 'hasTraceback': e.__traceback__ is not None}
        sug = suggestion_of(e, s, tname)
        if sug is not None:
            node['suggestion'] = sug
        notes = notes_of(e)
        if notes is not None:
            node['notes'] = notes
        sf = syntax_fields(e, tname)
        if sf is not None:
            node['syntaxError'] = sf
        if e.__suppress_context__:
            node['suppressContext'] = True
        node['cause'] = None if e.__cause__ is None else visit(e.__cause__)
        node['context'] = None if e.__context__ is None else visit(e.__context__)
        if isinstance(e, BaseExceptionGroup):
            node['exceptions'] = [visit(x) for x in e.exceptions]
        nodes[i] = node
        return i
    root = visit(exc)
    limit = getattr(sys, 'tracebacklimit', None)
    return {'root': root, 'nodes': nodes, 'frames': frames,
            'tracebackLimit': limit if isinstance(limit, int) else None}

def hook(t, v, tb):
    data = dump(v)
    with open(os.environ['TBDUMP_OUT'], 'w', encoding='utf-8') as f:
        json.dump(data, f)
    sys.__excepthook__(t, v, tb)
'''

SITECUSTOMIZE = '''
import sys, _tbrecorder
sys.excepthook = _tbrecorder.hook
'''

SCRIPTS = []


def script(name, src, **files):
    SCRIPTS.append((name, {'main.py': textwrap.dedent(src).lstrip('\n'), **{k.replace('__', '.'): textwrap.dedent(v).lstrip('\n') for k, v in files.items()}}))


with open(os.path.join(OUT, 'scripts.cases.py'), encoding='utf-8') as _f:
    exec(compile(_f.read(), 'scripts.cases.py', 'exec'), {'script': script})


# --- random expressions, batch mode ---------------------------------------------------------
rng = random.Random(1312)

ATOMS = {
    'n': '1', 's': "'a'", 'N': 'None', 'l': '[1, 2]', 'd': "{'a': 1}", 't': '(1,)', 'fl': '1.5',
    'o': 'object()', 'é': "'é'", 'ñame': '[0]', 'fn': 'lambda *a: a[0]', 'bad': 'lambda *a: 1 / 0',
    '日本': "{'k': None}",
}
OPS = ['+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^']
LITS = ["'x'", '0', '2', 'None', "'ü€'", "'😀'", '[]', '()', '{}', '3.0', "b'q'"]


def sp():
    return rng.choice(['', ' ', ' ', ' ', '  ', '\t'])


def gen_expr(depth):
    k = rng.random()
    if depth <= 0 or k < 0.25:
        r = rng.random()
        if r < 0.6:
            return rng.choice(list(ATOMS))
        if r < 0.9:
            return rng.choice(LITS)
        return rng.choice(['nn', 'sx', 'prnt', 'lenn'])  # NameErrors
    if k < 0.6:
        a, b = gen_expr(depth - 1), gen_expr(depth - 1)
        if rng.random() < 0.3:
            a = '(' + sp() + a + sp() + ')'
        if rng.random() < 0.3:
            b = '(' + sp() + b + sp() + ')'
        return a + sp() + rng.choice(OPS) + sp() + b
    if k < 0.8:
        v = gen_expr(depth - 1)
        if not v.isidentifier():
            v = '(' + v + ')'
        idx = rng.choice([gen_expr(depth - 1), '0', "'a'", '5', '1:2', "'k'", '0, 1'])
        return v + sp() + '[' + sp() + idx + sp() + ']'
    if k < 0.9:
        v = rng.choice(['fn', 'bad', 'N', 'n', 'int'])
        args = ', '.join(gen_expr(depth - 1) for _ in range(rng.randint(0, 2)))
        return v + sp() + '(' + sp() + args + sp() + ')'
    v = gen_expr(depth - 1)
    if not v.isidentifier():
        v = '(' + v + ')'
    return v + '.' + rng.choice(['real', 'upper', 'x', 'appendd', 'keys', 'imag'])


def maybe_break_lines(e):
    # Insert a line break after an opening bracket or an operator inside brackets.
    if rng.random() < 0.85:
        return e
    depth = 0
    spots = []
    for i, ch in enumerate(e):
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        if depth > 0 and ch in '([{,' and i + 1 < len(e):
            spots.append(i + 1)
    if not spots:
        return e
    i = rng.choice(spots)
    return e[:i] + '\n        ' + e[i:]


def gen_random_cases(n):
    funcs = []
    for i in range(n):
        e = gen_expr(rng.randint(1, 3))
        e = maybe_break_lines(e)
        form = rng.choice(['x = {}', 'return {}', 'print({})', '{}', 'y = [{}]', 'if {}: pass',
                           'z = "ü😀€"; x = {}', 'f"{{{}}}"', 'x = 1; y = {}', 'assert {}'])
        if form.startswith('f"') and ('\n' in e or '"' in e or '{' in e or '\t' in e):
            form = 'x = {}'
        if form == 'if {}: pass' and '\n' in e:
            form = 'x = {}'
        stmt = form.format(e)
        indent = rng.choice(['    ', '\t', '  ', '        '])
        pre = ''
        body = textwrap.indent(stmt, indent) if '\n' not in stmt else indent + stmt.replace('\n', '\n' + indent)
        if rng.random() < 0.2:
            pre = indent + 'if True:\n'
            body = textwrap.indent(body, indent if indent != '\t' else '\t')
        setup = indent + '; '.join(f'{k} = {v}' for k, v in ATOMS.items()) + '\n'
        src = f'def case_{i}():\n{setup}{pre}{body}\n{indent}raise RuntimeError("no error")\n'
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                compile(src, 'gen', 'exec')
        except SyntaxError:
            continue
        funcs.append(src)
    return funcs


DRIVER = r'''
import json, sys, _tbrecorder
import gen_cases
out = []
for i in range(int(sys.argv[1])):
    fn = getattr(gen_cases, f'case_{i}', None)
    if fn is None:
        continue
    try:
        fn()
    except BaseException as e:
        if isinstance(e, RuntimeError) and str(e) == 'no error':
            continue
        out.append({'name': f'random-{i}', 'input': _tbrecorder.dump(e), 'stderr': _tbrecorder.render(e)})
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    json.dump(out, f)
'''


def fake(obj, real):
    if isinstance(obj, str):
        return obj.replace(real, FAKE)
    if isinstance(obj, list):
        return [fake(x, real) for x in obj]
    if isinstance(obj, dict):
        return {k: fake(v, real) for k, v in obj.items()}
    return obj


def clean_env(extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON') and k not in ('LANG', 'LANGUAGE') and not k.startswith('LC_')}
    env['LC_ALL'] = 'C.UTF-8'
    env.update(extra)
    return env


def write_wide_table():
    # _PyPegen_calculate_display_width counts a character as 2 columns when
    # unicodedata.east_asian_width() is 'W' or 'F'; the table comes from the reference's own
    # Unicode database (15.0.0 in 3.12.1).
    import unicodedata
    ranges = []
    for cp in range(0x110000):
        if unicodedata.east_asian_width(chr(cp)) in ('W', 'F'):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    flat = ','.join(f'0x{a:x},0x{b:x}' for a, b in ranges)
    path = os.path.join(ROOT, 'src', 'runtime', 'east_asian_wide.gen.ts')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('// Generated by tools/gen-traceback-fixtures.py from the reference interpreter\'s\n'
                f'// unicodedata (Unicode {unicodedata.unidata_version}): inclusive ranges of code points whose\n'
                "// East_Asian_Width is W or F. Do not edit.\n"
                f'export const WIDE_RANGES: readonly number[] = [{flat}];\n')


def main():
    write_wide_table()
    tmp = os.path.realpath(tempfile.mkdtemp(prefix='tbfix-'))
    try:
        hookdir = os.path.join(tmp, 'hook')
        os.makedirs(hookdir)
        with open(os.path.join(hookdir, '_tbrecorder.py'), 'w') as f:
            f.write(RECORDER)
        with open(os.path.join(hookdir, 'sitecustomize.py'), 'w') as f:
            f.write(SITECUSTOMIZE)
        cases = []
        for i, (name, files) in enumerate(SCRIPTS):
            d = os.path.join(tmp, f'c{i:03d}')
            os.makedirs(d)
            for fn, text in files.items():
                enc = 'latin-1' if 'coding: latin-1' in text else 'utf-8'
                with open(os.path.join(d, fn), 'w', encoding=enc, newline='') as f:
                    f.write(text)
            dump = os.path.join(tmp, f'dump{i:03d}.json')
            r = subprocess.run([sys.executable, 'main.py'], cwd=d, capture_output=True,
                               env=clean_env({'PYTHONPATH': hookdir, 'TBDUMP_OUT': dump}))
            assert r.returncode != 0, (name, r.stderr)
            with open(dump, encoding='utf-8') as f:
                data = json.load(f)
            stderr = r.stderr.decode('utf-8')
            cases.append(fake({'name': name, 'files': files, 'input': data, 'stderr': stderr}, d))
        write('scripts.json', cases)

        d = os.path.join(tmp, 'batch')
        os.makedirs(d)
        n = 700
        funcs = gen_random_cases(n)
        with open(os.path.join(d, 'gen_cases.py'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(funcs))
        with open(os.path.join(d, 'driver.py'), 'w', encoding='utf-8') as f:
            f.write(DRIVER)
        out = os.path.join(tmp, 'batch.json')
        r = subprocess.run([sys.executable, 'driver.py', str(n), out], cwd=d, capture_output=True,
                           env=clean_env({'PYTHONPATH': hookdir}))
        assert r.returncode == 0, r.stderr.decode()
        with open(out, encoding='utf-8') as f:
            batch = json.load(f)
        write('random.json', fake(batch, d))
        print(f'{len(cases)} script cases, {len(batch)} random cases')
    finally:
        shutil.rmtree(tmp)


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=0)
        f.write('\n')


if __name__ == '__main__':
    main()
