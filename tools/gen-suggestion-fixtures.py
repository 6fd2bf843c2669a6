"""Writes tests/fixtures/suggestions/*.json (the "Did you mean" suffixes CPython 3.12.1's C
display appends, Python/suggestions.c) and src/runtime/stdlib_module_names.gen.ts
(sys.stdlib_module_names). Run from the repository root:

    PYENV_VERSION=3.12.1 python3 tools/gen-suggestion-fixtures.py

Each case raises the real exception in the reference and renders it with sys.__excepthook__
(the C display, not traceback.py, whose suggestion code is separate), then keeps what the
display appended after str(exc). Inputs are recorded as Glasspy's functions take them:

- attribute.json: AttributeError on an object whose __dir__ returns the candidates; the
  recorded dir is what PyObject_Dir gives (sorted).
- name.json: NameError inside a function run with chosen locals, globals and builtins dicts;
  recorded: co_varnames, the globals and builtins keys in order (builtins null: the real
  builtins module, whose keys are in builtins.json), and for a 'self' local,
  whether it is bound and has the attribute.
- import.json: `from mod import name` on a module with chosen attributes; recorded: dir(mod).

Cases are drawn from a fixed seed, so a rerun writes the same files.
"""
import io
import json
import os
import random
import sys
import types

assert sys.version_info[:3] == (3, 12, 1), 'run with the reference interpreter (PYENV_VERSION=3.12.1)'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'suggestions')
rng = random.Random(31337)


def render(e):
    buf = io.StringIO()
    old = sys.stderr
    sys.stderr = buf
    try:
        sys.__excepthook__(type(e), e, e.__traceback__)
    finally:
        sys.stderr = old
    return buf.getvalue()


def suffix(e):
    out = render(e)
    head = f'{type(e).__name__}: {e}'
    body = out[:-1]
    i = body.rfind(head)
    assert i >= 0, (out, head)
    return body[i + len(head):] or None


# --- random names ------------------------------------------------------------------------------
ALPHABETS = ['ab', 'abc', 'abcde', 'aAbB_', 'xyzXYZ_0', 'abcdefghijklmnopqrstuvwxyz_',
             'aé', 'aßb', 'a日b', 'Ã©é']


def rand_name(alpha, lo=1, hi=12):
    n = rng.randint(lo, hi)
    s = ''.join(rng.choice(alpha) for _ in range(n))
    if s[0].isdigit():
        s = '_' + s
    return s


def mutate(s, alpha):
    s = list(s)
    for _ in range(rng.randint(0, 3)):
        op = rng.random()
        i = rng.randint(0, len(s))
        if op < 0.3 and s:
            del s[min(i, len(s) - 1)]
        elif op < 0.6:
            s.insert(i, rng.choice(alpha))
        elif op < 0.8 and s:
            j = min(i, len(s) - 1)
            s[j] = s[j].swapcase()
        elif s:
            j = min(i, len(s) - 1)
            s[j] = rng.choice(alpha)
    r = ''.join(s) or 'a'
    return r if r.isidentifier() or True else r


def candidate_list(name, alpha):
    # Sizes around MAX_CANDIDATE_ITEMS (750) now and then; small lists mostly.
    n = rng.choice([749, 750, 751]) if rng.random() < 0.03 else rng.choice([0, 1, 2, 3, 5, 10, 30, 100])
    k = rng.random()
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            out.append(mutate(name, alpha))
        elif r < 0.6:
            out.append(name)
        elif r < 0.7:
            out.append(name.upper() if k < 0.5 else name.lower())
        elif r < 0.8:
            out.append('_' + name if rng.random() < 0.5 else name + '_')
        else:
            out.append(rand_name(alpha, 1, 45))
    return out


class Dirred:
    def __init__(self, names):
        self._names = names

    def __dir__(self):
        return self._names


def attribute_cases():
    cases = []
    fixed = [
        ('blach', ['blech', 'bloch']), ('xxx', []), ('a', ['b']), ('ab', ['ba']), ('abc', ['ABC']),
        ('Abc', ['abc', 'aBC']), ('a' * 40, ['a' * 39 + 'b']), ('a' * 41, ['a' * 40 + 'b']),
        ('x' + 'a' * 45, ['y' + 'a' * 45]), ('é', ['é']), ('Ã©', ['é']), ('é', ['e']),
        ('_private', ['private']), ('__x', ['_x']), ('fo', ['foo', 'fo_']), ('spam', ['maps', 'spa', 'spams']),
        ('日本', ['日本語', '日']), ('ß', ['ss', 'SS']), ('append', ['appendd'] * 3),
        ('cls', ['self', 'clss', 'cl']), ('zz', ['z' * 3] + ['q'] * 760),
    ]
    for name, dirlist in fixed:
        cases.append(attribute_case(name, dirlist))
    for _ in range(1200):
        alpha = rng.choice(ALPHABETS)
        name = rand_name(alpha, 1, rng.choice([4, 12, 44]))
        cases.append(attribute_case(name, candidate_list(name, alpha)))
    return [c for c in cases if c is not None]


def attribute_case(name, dirlist):
    obj = Dirred(list(dirlist))
    try:
        getattr(obj, name)
    except AttributeError as e:
        return {'name': name, 'dir': dir(obj), 'suffix': suffix(e)}
    return None


class Obj:
    pass


def name_cases():
    cases = []
    builtin_keys = list(__builtins__.__dict__) if hasattr(__builtins__, '__dict__') else list(__builtins__)
    stdlib = sorted(sys.stdlib_module_names)
    fixed = [
        ('prnt', [], [], None), ('sys', [], [], None), ('os', ['oss'], [], None), ('oss', [], [], None),
        ('collections', [], [], None), ('_thread', [], [], None), ('ssys', [], [], None),
        ('blech', ['self'], [], 'has'), ('blech', ['self'], [], 'hasnot'), ('blech', ['self', 'blach'], [], 'unbound'),
        ('sys', ['self'], [], 'unbound'), ('sys', ['self'], [], 'has'), ('valeu', ['value'], ['valeu_'], None),
        ('counter', [], ['countr'], None), ('a', ['b'], ['a_'], None), ('lenn', [], [], None),
    ]
    for name, varnames, globs, selfmode in fixed:
        cases.append(name_case(name, varnames, globs, None, selfmode))
    for _ in range(500):
        alpha = rng.choice(ALPHABETS[:6])
        r = rng.random()
        if r < 0.15:
            name = rng.choice(stdlib)
            if not name.isidentifier():
                continue
        else:
            name = rand_name(alpha, 1, 12)
            if not name.isidentifier():
                continue
        varnames = [v for v in candidate_list(name, alpha)[:rng.choice([0, 3, 10])] if v.isidentifier() and v != name]
        globs = [v for v in candidate_list(name, alpha) if v.isidentifier() and v != name]
        builtins_keys = None
        if rng.random() < 0.3:
            builtins_keys = [v for v in candidate_list(name, alpha) if v.isidentifier() and v != name]
        selfmode = rng.choice([None, None, None, 'has', 'hasnot', 'unbound'])
        c = name_case(name, varnames, globs, builtins_keys, selfmode)
        if c is not None:
            cases.append(c)
    return [c for c in cases if c is not None]


def name_case(name, varnames, globs, builtins_keys, selfmode):
    import keyword
    varnames = list(dict.fromkeys(v for v in varnames if v != 'self' and not keyword.iskeyword(v) and v != name))
    params = []
    body = []
    if selfmode in ('has', 'hasnot'):
        params.append('self')
    for v in varnames:
        body.append(f'    {v} = 1')
    body.append(f'    return {name}')
    if selfmode == 'unbound':
        body.append('    self = None')
    src = f'def f({", ".join(params)}):\n' + '\n'.join(body) + '\n'
    g = {}
    for k in globs:
        if k != name:
            g[k] = 1
    if builtins_keys is not None:
        g['__builtins__'] = {k: 1 for k in builtins_keys if k != name}
    exec(compile(src, 'gen.py', 'exec'), g)
    f = g['f']
    obj = Obj()
    if selfmode == 'has':
        setattr(obj, name, 1)
    try:
        f(obj) if selfmode in ('has', 'hasnot') else f()
    except NameError as e:
        if type(e) is not NameError:
            return None
        b = g['__builtins__']
        bkeys = list(b) if isinstance(b, dict) else list(b.__dict__)
        rec = {'name': name, 'varnames': list(f.__code__.co_varnames), 'globals': [k for k in g],
               'builtins': None if builtins_keys is None else bkeys, 'suffix': suffix(e)}
        if 'self' in f.__code__.co_varnames:
            rec['self'] = 'unbound' if selfmode == 'unbound' else (selfmode == 'has')
        return rec
    return None


def import_cases():
    cases = []
    fixed = [('sqr', ['sqrt', 'pi']), ('pii', ['pi']), ('x', []), ('Path', ['path', 'PATH', 'Pathh'])]
    for name, attrs in fixed:
        cases.append(import_case(name, attrs))
    for _ in range(300):
        alpha = rng.choice(ALPHABETS[:6])
        name = rand_name(alpha, 1, 10)
        if not name.isidentifier():
            continue
        attrs = [a for a in candidate_list(name, alpha) if a.isidentifier() and a != name]
        cases.append(import_case(name, attrs))
    return [c for c in cases if c is not None]


def import_case(name, attrs):
    mod = types.ModuleType('fakemod_for_suggestions')
    for a in attrs:
        if a != name:
            setattr(mod, a, 1)
    sys.modules['fakemod_for_suggestions'] = mod
    try:
        exec(f'from fakemod_for_suggestions import {name}', {})
    except ImportError as e:
        return {'name': name, 'dir': dir(mod), 'suffix': suffix(e)}
    finally:
        del sys.modules['fakemod_for_suggestions']
    return None


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        # One case a line: compact, and diffs stay readable.
        f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in data) + '\n]\n')


def main():
    names = sorted(sys.stdlib_module_names)
    path = os.path.join(ROOT, 'src', 'runtime', 'stdlib_module_names.gen.ts')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('// Generated by tools/gen-suggestion-fixtures.py: sys.stdlib_module_names of the reference\n'
                '// interpreter (CPython 3.12.1, Linux build). Do not edit.\n'
                'export const STDLIB_MODULE_NAMES: ReadonlySet<string> = new Set([\n')
        for i in range(0, len(names), 8):
            f.write('  ' + ', '.join(f"'{n}'" for n in names[i:i + 8]) + ',\n')
        f.write(']);\n')
    a, n, i = attribute_cases(), name_cases(), import_cases()
    write('attribute.json', a)
    write('name.json', n)
    write('import.json', i)
    # The builtins of name cases that record None: the reference's own builtins dict, in order.
    write('builtins.json', list(__builtins__.__dict__))
    print(f'{len(a)} attribute, {len(n)} name, {len(i)} import cases; '
          f'{sum(1 for c in a + n + i if c["suffix"])} with a suggestion')


if __name__ == '__main__':
    main()
