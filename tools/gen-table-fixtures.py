"""Writes tests/fixtures/tables/*.json: what CPython 3.12.1's dict and set hash tables do --
iteration orders and sys.getsizeof after random operation sequences, set algebra result orders,
split (instance) dicts, resize points, and __eq__ that mutates the table or raises. Run from the
repository root with the reference interpreter:

    PYTHONHASHSEED=0 PYENV_VERSION=3.12.1 python3 tools/gen-table-fixtures.py

Keys are ints (hash(n) == n for small n; hash(-1) == -2), strs (hashes reproducible under
PYTHONHASHSEED=0, and recorded anyway), and instances whose __hash__ returns chosen values to
force collisions, same low bits with different high bits (perturbation), huge and negative
hashes. Every key is written as [kind, hash] ('i' int, 's' str, 'k' other); a key's id is its
index in that list. The tests replay the operations on Glasspy's tables with those hashes.
Cases come from fixed seeds, so a rerun writes the same files.
"""
import dis
import json
import os
import random
import sys

assert sys.version_info[:3] == (3, 12, 1), 'run with the reference interpreter (PYENV_VERSION=3.12.1)'
assert os.environ.get('PYTHONHASHSEED') == '0', 'run with PYTHONHASHSEED=0'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'tables')
M = 2147483647
MISSING = object()


class K:
    """A key with a chosen hash; equal only to a K with the same id."""
    __slots__ = ('i', 'h')

    def __init__(self, i, h):
        self.i = i
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return type(other) is K and other.i == self.i


def checksum(seq):
    c = 0
    for x in seq:
        c = (c * 1000003 + x) % M
    return c


class Universe:
    """The keys of one sequence: objects, their ids and their [kind, hash] specs."""

    def __init__(self):
        self.objs = []
        self.specs = []
        self.ids = {}  # id(obj) -> key id

    def add(self, obj):
        kind = 's' if type(obj) is str else 'i' if type(obj) is int else 'k'
        self.ids[id(obj)] = len(self.objs)
        self.objs.append(obj)
        self.specs.append([kind, str(hash(obj))])

    def kid(self, obj):
        return self.ids[id(obj)]


COLLIDING = [0, 1, 8, 16, 24, 64, 1 << 32, (1 << 32) + 8, -8, -16, 2 ** 61 - 1, -(2 ** 62), 2 ** 63 - 8]


def make_universe(rng, family, n):
    u = Universe()
    seen = set()
    fam = family
    while len(u.objs) < n:
        if family == 'mixed':
            fam = rng.choice(['str', 'small-int', 'collide'])
        if fam == 'small-int':
            v = rng.randrange(-40, 400)
        elif fam == 'big-int':
            bits = rng.randrange(1, 90)
            v = rng.getrandbits(bits) * rng.choice([1, -1])
        elif fam == 'str':
            v = ''.join(rng.choice('abcdefghij') for _ in range(rng.randrange(1, 6)))
        elif fam == 'collide':
            v = K(len(u.objs), rng.choice(COLLIDING))
        elif fam == 'bighash':
            h = rng.randrange(-2 ** 63, 2 ** 63)
            v = K(len(u.objs), h)
        elif fam == 'lowbits':
            v = K(len(u.objs), (rng.randrange(1, 1 << 20) << rng.choice([3, 5, 8, 13, 21, 32, 40])) * rng.choice([1, -1]))
        else:
            raise ValueError(fam)
        key = v if type(v) is not K else ('K', v.i)
        if key in seen:
            continue
        seen.add(key)
        u.add(v)
    return u


DICT_FAMILIES = ['small-int', 'big-int', 'str', 'collide', 'bighash', 'lowbits', 'mixed']


def dict_items_sum(u, d):
    out = []
    for k, v in d.items():
        out.append(u.kid(k) + 1)
        out.append((-1 if v is None else v) + 2)
    return checksum(out)


def dict_full(u, d):
    items = []
    for k, v in d.items():
        items += [u.kid(k), -1 if v is None else v]
    return {'items': items, 'rev': [u.kid(k) for k in reversed(d)]}


def literal(keys):
    ns = {f'k{j}': k for j, k in enumerate(keys)}
    src = '{' + ', '.join(f'k{j}: {j}' for j in range(len(keys))) + '}'
    code = compile(src, '<lit>', 'eval')
    ops = [i.opname for i in dis.get_instructions(code)]
    assert 'BUILD_MAP' in ops and 'MAP_ADD' not in ops, ops
    return eval(code, ns)


def gen_dict_seq(rng):
    family = rng.choice(DICT_FAMILIES)
    n = rng.choice([6, 12, 30, 60, 150])
    u = make_universe(rng, family, n)
    objs = u.objs
    d = {}
    ops, sizes, sums, results, full = [], [], [], [], {}
    nops = rng.randrange(20, 70)

    def some(lo, hi):
        return rng.sample(range(len(objs)), min(len(objs), rng.randrange(lo, hi)))

    for opi in range(nops):
        r = rng.random()
        res = None
        present = [u.kid(k) for k in d]
        if r < 0.40:
            k = rng.randrange(len(objs))
            op = ['s', k]
            d[objs[k]] = opi
        elif r < 0.52 and present:
            k = rng.choice(present)
            op = ['d', k]
            del d[objs[k]]
        elif r < 0.60:
            k = rng.choice(present) if present and rng.random() < 0.7 else rng.randrange(len(objs))
            op = ['p', k]
            v = d.pop(objs[k], MISSING)
            res = -2 if v is MISSING else -1 if v is None else v
        elif r < 0.66:
            op = ['pi']
            if d:
                k, v = d.popitem()
                res = [u.kid(k), -1 if v is None else v]
            else:
                res = 'KeyError'
        elif r < 0.68:
            op = ['c']
            d.clear()
        elif r < 0.72:
            k = rng.randrange(len(objs))
            op = ['sd', k]
            v = d.setdefault(objs[k], opi)
            res = -1 if v is None else v
        elif r < 0.78:
            keys = some(0, 25)
            dels = rng.sample(keys, rng.randrange(0, len(keys) + 1)) if keys and rng.random() < 0.4 else []
            op = ['u', keys, dels]
            o = {}
            for j, k in enumerate(keys):
                o[objs[k]] = 1000 + j
            for k in dels:
                del o[objs[k]]
            d.update(o)
        elif r < 0.81:
            keys = some(0, 20)
            op = ['or', keys]
            o = {}
            for j, k in enumerate(keys):
                o[objs[k]] = 1000 + j
            d = d | o
        elif r < 0.85:
            op = ['cp']
            d = d.copy()
        elif r < 0.88:
            keys = some(0, 30)
            dels = rng.sample(keys, rng.randrange(0, len(keys) + 1)) if keys and rng.random() < 0.5 else []
            op = ['dd', keys, dels]
            o = {}
            for j, k in enumerate(keys):
                o[objs[k]] = 1000 + j
            for k in dels:
                del o[objs[k]]
            d = dict(o)
        elif r < 0.92:
            keys = some(0, 16)
            op = ['lit', keys]
            d = literal([objs[k] for k in keys])
        elif r < 0.94:
            keys = some(0, 40)
            op = ['fkd', keys]
            d = dict.fromkeys({objs[k]: 0 for k in keys})
        elif r < 0.96:
            keys = [rng.randrange(len(objs)) for _ in range(rng.randrange(0, 40))]
            op = ['fks', keys]
            d = dict.fromkeys(set(objs[k] for k in keys))
        else:
            keys = [rng.randrange(len(objs)) for _ in range(rng.randrange(0, 40))]
            op = ['fkl', keys]
            d = dict.fromkeys([objs[k] for k in keys])
        ops.append(op)
        results.append(res)
        sizes.append(sys.getsizeof(d))
        sums.append(dict_items_sum(u, d))
        if opi % 10 == 9 or opi == nops - 1:
            full[opi] = dict_full(u, d)
    return {'family': family, 'keys': u.specs, 'ops': ops, 'results': results, 'sizes': sizes,
            'sums': sums, 'full': full}


SET_FAMILIES = ['small-int', 'big-int', 'str', 'collide', 'bighash', 'lowbits', 'mixed']


def set_sum(u, s):
    return checksum([u.kid(k) + 1 for k in s])


def gen_set_seq(rng):
    family = rng.choice(SET_FAMILIES)
    n = rng.choice([6, 12, 30, 60, 150, 300])
    u = make_universe(rng, family, n)
    objs = u.objs
    s = set()
    ops, sizes, sums, results, full = [], [], [], [], {}
    nops = rng.randrange(20, 70)

    def some(lo, hi):
        return [rng.randrange(len(objs)) for _ in range(rng.randrange(lo, hi))]

    for opi in range(nops):
        r = rng.random()
        res = None
        present = [u.kid(k) for k in s]
        if r < 0.35:
            k = rng.randrange(len(objs))
            op = ['a', k]
            s.add(objs[k])
        elif r < 0.47:
            k = rng.choice(present) if present and rng.random() < 0.8 else rng.randrange(len(objs))
            op = ['d', k]
            s.discard(objs[k])
        elif r < 0.53:
            op = ['p']
            res = u.kid(s.pop()) if s else 'KeyError'
        elif r < 0.55:
            op = ['c']
            s.clear()
        else:
            kind = rng.choice(['us', 'ul', 'ud', 'uf', 'du', 'dul', 'iu', 'xu', 'xd', 'or', 'and', 'sub',
                               'subd', 'subl', 'xor', 'andl', 'cp', 'new', 'fz'])
            big = rng.random() < 0.3
            keys = some(0, 120 if big else 25)
            if rng.random() < 0.3 and present:
                keys += rng.sample(present, rng.randrange(0, len(present) + 1))
                rng.shuffle(keys)
            op = [kind, keys]
            ks = [objs[k] for k in keys]
            if kind == 'us':
                s.update(set(ks))
            elif kind == 'ul':
                s.update(ks)
            elif kind == 'ud':
                s.update({k: 0 for k in ks})
            elif kind == 'uf':
                s.update(frozenset(ks))
            elif kind == 'du':
                s.difference_update(set(ks))
            elif kind == 'dul':
                s.difference_update(ks)
            elif kind == 'iu':
                s.intersection_update(set(ks))
            elif kind == 'xu':
                s.symmetric_difference_update(set(ks))
            elif kind == 'xd':
                s.symmetric_difference_update({k: 0 for k in ks})
            elif kind == 'or':
                s = s | set(ks)
            elif kind == 'and':
                s = s & set(ks)
            elif kind == 'sub':
                s = s - set(ks)
            elif kind == 'subd':
                s = s.difference({k: 0 for k in ks})
            elif kind == 'subl':
                s = s.difference(ks)
            elif kind == 'xor':
                s = s ^ set(ks)
            elif kind == 'andl':
                s = s.intersection(ks)
            elif kind == 'cp':
                op = ['cp']
                s = s.copy()
            elif kind == 'new':
                s = set(ks)
            elif kind == 'fz':
                op = ['fz']
                s = set(frozenset(s))
        ops.append(op)
        results.append(res)
        sizes.append(sys.getsizeof(s))
        sums.append(set_sum(u, s))
        if opi % 10 == 9 or opi == nops - 1 or op[0] in ('or', 'and', 'sub', 'subd', 'subl', 'xor', 'andl'):
            full[opi] = [u.kid(k) for k in s]
    return {'family': family, 'keys': u.specs, 'ops': ops, 'results': results, 'sizes': sizes,
            'sums': sums, 'full': full}


def gen_orders(rng):
    """list(set(...)) and list(frozenset(...)) orders users see, and getsizeof, for int ranges,
    big and negative ints, and chosen-hash keys."""
    cases = []

    def case(u, objs, how):
        s = set(objs) if how == 'set' else frozenset(objs)
        cases.append({'how': how, 'keys': u.specs, 'items': [u.kid(o) for o in objs],
                      'order': [u.kid(o) for o in s], 'size': sys.getsizeof(s),
                      'fhash': str(hash(frozenset(objs)))})

    def ints(vals, how='set'):
        u = Universe()
        objs = list(dict.fromkeys(vals))  # distinct values, first occurrence order
        for v in objs:
            u.add(v)
        case(u, objs, how)

    for n in [0, 1, 4, 5, 8, 9, 18, 19, 20, 33, 76, 77, 100, 300, 307, 1000]:
        ints(list(range(n)))
        ints(list(range(n - 1, -1, -1)))
    for a, b, st in [(-10, 10, 1), (-100, 100, 7), (0, 10000, 97), (1 << 20, (1 << 20) + 64, 8),
                     (-(1 << 40), -(1 << 40) + 2000, 33)]:
        ints(list(range(a, b, st)))
    ints([-1, -2, 7, 8, 15, 16])
    ints([2 ** k for k in range(0, 64)])
    ints([-(2 ** k) for k in range(0, 64)])
    ints([2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64 + 3, -(2 ** 61 - 1), -(2 ** 63), 10 ** 30, -10 ** 30])
    for _ in range(40):
        n = rng.choice([5, 17, 50, 200])
        ints([rng.randrange(-2 ** 70, 2 ** 70) for _ in range(n)], rng.choice(['set', 'frozenset']))
    for _ in range(40):
        u = Universe()
        n = rng.choice([5, 12, 40, 120])
        shift = rng.choice([0, 3, 8, 20, 32, 45, 58])
        objs = []
        for i in range(n):
            objs.append(K(i, (rng.randrange(-1000, 1000) << shift)))
        for o in objs:
            u.add(o)
        case(u, objs, rng.choice(['set', 'frozenset']))
    for _ in range(20):
        u = Universe()
        words = []
        while len(words) < rng.choice([3, 10, 30, 100]):
            w = ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(rng.randrange(1, 8)))
            if w not in words:
                words.append(w)
        for w in words:
            u.add(w)
        case(u, words, 'set')
    return cases


def gen_resize():
    """getsizeof after each insertion (dict: str and int keys; set) and after deleting back."""
    out = {}
    strs = [f'k{i}' for i in range(700)]
    for name, keys in [('dict-str', strs), ('dict-int', list(range(1000, 1700)))]:
        d = {}
        grow = []
        for k in keys:
            d[k] = 1
            grow.append(sys.getsizeof(d))
        shrink = []
        for k in keys:
            del d[k]
            shrink.append(sys.getsizeof(d))
        out[name] = {'grow': grow, 'shrink': shrink}
    s = set()
    grow = []
    for i in range(3000):
        s.add(i * 7)
        grow.append(sys.getsizeof(s))
    out['set'] = {'grow': grow}
    # presized displays and dict.fromkeys, by size
    lit = []
    fk = []
    for n in range(0, 16):
        lit.append(sys.getsizeof(literal([f'x{i}' for i in range(n)])))
        fk.append(sys.getsizeof(dict.fromkeys(set(range(n * 3)))))
    out['literal-str'] = lit
    out['fromkeys-set'] = fk
    return out


class C0:
    pass


def gen_split(rng):
    """Instance dicts on a class's shared keys: getsizeof(obj.__dict__) and its order."""
    seqs = []
    for seqno in range(80):
        # the last 20 create many instances, which drains the shared keys' usable count
        pnew = 0.15 if seqno < 60 else 0.45
        cls = type('C', (), {})
        names = [f'a{i}' for i in range(rng.choice([4, 12, 35]))]
        u = Universe()
        for nm in names:
            u.add(sys.intern(nm))
        insts = []
        ops, results = [], []
        dicts = {}
        for opi in range(rng.randrange(10, 60) if seqno < 60 else 120):
            r = rng.random()
            res = None
            if r < pnew or not insts:
                op = ['new']
                insts.append(cls())
            elif r < pnew + 0.40:
                o = rng.randrange(len(insts))
                k = rng.randrange(len(names))
                op = ['set', o, k]
                setattr(insts[o], names[k], opi)
            elif r < pnew + 0.50:
                o = rng.randrange(len(insts))
                k = rng.randrange(len(names))
                op = ['del', o, k]
                try:
                    delattr(insts[o], names[k])
                except AttributeError:
                    res = 'AttributeError'
            elif r < pnew + 0.65:
                o = rng.randrange(len(insts))
                op = ['dict', o]
                dd = insts[o].__dict__
                items = []
                for k, v in dd.items():
                    items += [u.kid(k), v]
                res = {'size': sys.getsizeof(dd), 'items': items}
            elif r < pnew + 0.71:
                o = rng.randrange(len(insts))
                op = ['popitem', o]
                try:
                    k, v = insts[o].__dict__.popitem()
                    res = [u.kid(k), v]
                except KeyError:
                    res = 'KeyError'
            elif r < pnew + 0.77:
                o = rng.randrange(len(insts))
                op = ['copy', o]
                c = insts[o].__dict__.copy()
                items = []
                for k, v in c.items():
                    items += [u.kid(k), v]
                res = {'size': sys.getsizeof(c), 'items': items}
            else:
                o = rng.randrange(len(insts))
                op = ['clear', o]
                insts[o].__dict__.clear()
            ops.append(op)
            results.append(res)
        seqs.append({'keys': u.specs, 'ops': ops, 'results': results})
    return seqs


# ---- __eq__ that mutates the container or raises -----------------------------------------------

class Boom(Exception):
    pass


EQ_LOG = []
ACTIONS = []
GRAVEYARD = []
TARGETS = {}
UNIV = None


class E:
    __slots__ = ('i', 'h')

    def __init__(self, i, h):
        self.i = i
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        EQ_LOG.append([self.i, other.i if type(other) is E else -1])
        if ACTIONS:
            act = ACTIONS.pop(0)
            perform(act)
        return type(other) is E and other.i == self.i


class Tainted(Exception):
    """The reference's own state went inconsistent (see consistent()): stop the sequence."""


def consistent():
    # CPython 3.12's set_add_entry can overwrite a key an __eq__ just added into a remembered
    # dummy slot, leaving len() one above what iteration yields; a later clear() then reads past
    # the table (memory corruption). Sequences stop before recording any such state.
    return all(len(t) == sum(1 for _ in t) for t in TARGETS.values())


def perform(act):
    if not consistent():
        raise Tainted()
    what = act[0]
    if what == 'none':
        return
    if what == 'raise':
        raise Boom()
    t = TARGETS[act[1]]
    if what == 'del':
        if isinstance(t, dict):
            t.pop(UNIV[act[2]], None)
        else:
            t.discard(UNIV[act[2]])
    elif what == 'add':
        for k in act[2]:
            if isinstance(t, dict):
                t[UNIV[k]] = -5
            else:
                t.add(UNIV[k])
    elif what == 'clear':
        t.clear()


def random_action(rng, nkeys, targets):
    r = rng.random()
    if r < 0.3:
        return ['none']
    if r < 0.4:
        return ['raise']
    t = rng.choice(targets)
    if r < 0.65:
        return ['del', t, rng.randrange(nkeys)]
    if r < 0.9:
        return ['add', t, [rng.randrange(nkeys) for _ in range(rng.randrange(1, 12))]]
    return ['clear', t]


def gen_mutation(rng):
    global UNIV
    seqs = []
    for seqno in range(150):
        is_set = seqno % 2 == 1
        nkeys = rng.choice([6, 12, 24])
        hs = rng.sample(COLLIDING, rng.randrange(1, 4))
        UNIV = [E(i, rng.choice(hs)) for i in range(nkeys)]
        specs = [['k', str(hash(k))] for k in UNIV]
        main = set() if is_set else {}
        other = set() if is_set else {}
        TARGETS['main'] = main
        TARGETS['other'] = other
        ops = []
        for opi in range(rng.randrange(8, 30)):
            r = rng.random()
            EQ_LOG.clear()
            ACTIONS.clear()
            nact = rng.randrange(0, 4)
            acts = [random_action(rng, nkeys, ['main', 'other']) for _ in range(nact)]
            kinds = ['set', 'get', 'del', 'pop', 'setdefault', 'iter', 'update', 'deq'] if not is_set else \
                ['add', 'contains', 'discard', 'iter', 'update', 'and', 'sub', 'xor', 'du', 'le', 'disj', 'eq']
            kind = rng.choice(kinds)
            if not is_set:
                # Left out: a dict cleared by __eq__ while a non-str key is being inserted into it.
                # CPython then restarts on the empty *str* keys, stores the key in a str-keys table
                # and later reads that key's "hash" from the object's memory as if it were a str
                # (address-dependent); Glasspy keeps the real hash. See DictTable.insertDict.
                inserting = {'main'} if kind in ('set', 'setdefault', 'update') else set()
                inserting |= {a[1] for a in acts if a[0] == 'add'}
                acts = [a for a in acts if not (a[0] == 'clear' and a[1] in inserting)]
            ACTIONS.extend(acts)
            k = rng.randrange(nkeys)
            res = None
            tainted = False
            if r < 0.10:
                # refill quietly so there is something to collide with
                fill = [rng.randrange(nkeys) for _ in range(rng.randrange(1, 8))]
                ACTIONS.clear()
                acts = []
                op = ['fill', fill]
                for j in fill:
                    if is_set:
                        main.add(UNIV[j])
                    else:
                        main[UNIV[j]] = j
            elif r < 0.14:
                fill = [rng.randrange(nkeys) for _ in range(rng.randrange(1, 8))]
                ACTIONS.clear()
                acts = []
                op = ['fillother', fill]
                for j in fill:
                    if is_set:
                        other.add(UNIV[j])
                    else:
                        other[UNIV[j]] = j
            else:
                op = [kind, k]
                try:
                    if kind == 'set':
                        main[UNIV[k]] = opi
                    elif kind == 'get':
                        v = main.get(UNIV[k], MISSING)
                        res = -2 if v is MISSING else v
                    elif kind == 'del':
                        try:
                            del main[UNIV[k]]
                        except KeyError:
                            res = 'KeyError'
                    elif kind == 'pop':
                        v = main.pop(UNIV[k], MISSING)
                        res = -2 if v is MISSING else v
                    elif kind == 'setdefault':
                        res = main.setdefault(UNIV[k], opi)
                    elif kind == 'add':
                        main.add(UNIV[k])
                    elif kind == 'contains':
                        res = UNIV[k] in main
                    elif kind == 'discard':
                        main.discard(UNIV[k])
                    elif kind == 'iter':
                        # each step of the iteration runs one queued action
                        seen = []
                        it_acts = [random_action(rng, nkeys, ['main']) for _ in range(rng.randrange(0, 4))]
                        it_acts = [a for a in it_acts if a[0] != 'raise']
                        op = [kind, k, it_acts]
                        ACTIONS.clear()
                        acts = []
                        pending = list(it_acts)
                        try:
                            for x in main:
                                seen.append(x.i)
                                if pending:
                                    perform(pending.pop(0))
                            res = [seen, 'end']
                        except RuntimeError as e:
                            res = [seen, str(e)]
                    elif kind == 'update':
                        main.update(other)
                    elif kind == 'and':
                        r2 = main & other
                        res = [x.i for x in r2]
                    elif kind == 'sub':
                        r2 = main - other
                        res = [x.i for x in r2]
                    elif kind == 'xor':
                        r2 = main ^ other
                        res = [x.i for x in r2]
                    elif kind == 'du':
                        main.difference_update(other)
                    elif kind == 'le':
                        res = main <= other
                    elif kind == 'disj':
                        res = main.isdisjoint(other)
                    elif kind in ('eq', 'deq'):
                        res = main == other
                except Boom:
                    res = 'Boom'
                except RuntimeError as e:
                    res = 'RuntimeError: ' + str(e)
                except Tainted:
                    tainted = True
            if tainted or not consistent():
                # Never let CPython deallocate (or clear) a miscounted set: its loops would run
                # past the table. Keep it alive for the rest of the run.
                GRAVEYARD.append((main, other))
                break
            left = len(ACTIONS)
            if is_set:
                state = {'main': [x.i for x in main], 'other': [x.i for x in other],
                         'size': sys.getsizeof(main)}
            else:
                state = {'main': [[x.i, v] for x, v in main.items()], 'other': [[x.i, v] for x, v in other.items()],
                         'size': sys.getsizeof(main)}
            ops.append({'op': op, 'acts': acts, 'res': res, 'eqlog': list(EQ_LOG), 'left': left, 'state': state})
            ACTIONS.clear()
        seqs.append({'set': is_set, 'keys': specs, 'ops': ops})
    return seqs


def gen_alloc(rng):
    """Traced memory (tracemalloc) after each operation, as a difference from before it: what
    the tables malloc and free (keys objects and the 8-slot str-keys free list, values arrays
    with their order prefix, set tables). Each op list is first run once unmeasured on
    throwaway containers (so every code path has run and cached what it caches); then 80 live
    one-str-key dicts drain the keys free list -- empty, as a fresh runtime's -- and the dict
    object free list, and the list runs again under tracemalloc. Instance creation adds its
    48-byte object, a materialized __dict__ its 64-byte dict object."""
    import gc
    import tracemalloc
    seqs = []
    get = tracemalloc.get_traced_memory
    for seqno in range(90):
        kind = ['dict', 'set', 'inst'][seqno % 3]
        u = Universe()
        for i in range(40):
            u.add(sys.intern(f'n{seqno}_{i}') if i % 2 == 0 else 10 ** 6 + seqno * 100 + i)
        objs = u.objs
        strs = [i for i in range(40) if i % 2 == 0]
        pool = strs if kind == 'inst' or rng.random() < 0.3 else list(range(40))
        others = [[rng.choice(pool) for _ in range(rng.randrange(0, 30))] for _ in range(4)]
        other_objs = [dict.fromkeys([objs[k] for k in ks]) if kind == 'dict' else set(objs[k] for k in ks)
                      for ks in others]
        ops = []
        ninst = 0
        for opi in range(rng.randrange(20, 60)):
            r = rng.random()
            k = rng.choice(pool)
            j = rng.randrange(len(others))
            if kind == 'dict':
                op = ['s', k] if r < 0.5 else ['d', k] if r < 0.7 else ['c'] if r < 0.75 else \
                    ['u', j] if r < 0.85 else ['sd', k]
            elif kind == 'set':
                op = ['a', k] if r < 0.45 else ['d', k] if r < 0.65 else ['c'] if r < 0.7 else \
                    ['u', j] if r < 0.8 else ['du', j] if r < 0.9 else ['iu', j]
            else:
                o = rng.randrange(ninst) if ninst else 0
                if r < 0.2 or ninst == 0:
                    op = ['new']
                    ninst += 1
                else:
                    op = ['set', o, k] if r < 0.7 else ['del', o, k] if r < 0.8 else ['dict', o]
            ops.append(op)

        def run(cls, measure):
            insts = [None] * 60
            n = 0
            d = {}
            st = set()
            deltas = []
            try:
                raise KeyError  # the frame object an exception attaches, made now
            except KeyError:
                pass
            if measure:
                tracemalloc.start()
            # Traced totals above 256 make every measuring int a fresh object (no small-int cache).
            ballast = bytearray(4096)
            for _ in range(3):
                a = get()[0]
                b = get()[0]
            assert b - a == 0
            for op in ops:
                what = op[0]
                if kind == 'dict':
                    key = objs[op[1]] if len(op) > 1 else None
                    oth = other_objs[op[1]] if what == 'u' else None
                    a = get()[0]
                    if what == 's':
                        d[key] = None
                    elif what == 'd':
                        d.pop(key, None)
                    elif what == 'c':
                        d.clear()
                    elif what == 'u':
                        d.update(oth)
                    else:
                        d.setdefault(key, None)
                elif kind == 'set':
                    key = objs[op[1]] if what in ('a', 'd') else None
                    oth = other_objs[op[1]] if what in ('u', 'du', 'iu') else None
                    a = get()[0]
                    if what == 'a':
                        st.add(key)
                    elif what == 'd':
                        st.discard(key)
                    elif what == 'c':
                        st.clear()
                    elif what == 'u':
                        st.update(oth)
                    elif what == 'du':
                        st.difference_update(oth)
                    else:
                        st.intersection_update(oth)
                else:
                    obj = insts[op[1]] if what != 'new' else None
                    key = objs[op[2]] if what in ('set', 'del') else None
                    a = get()[0]
                    if what == 'new':
                        insts[n] = cls()
                        n += 1
                    elif what == 'set':
                        setattr(obj, key, None)
                    elif what == 'del':
                        try:
                            delattr(obj, key)
                        except AttributeError:
                            pass
                    else:
                        obj.__dict__
                b = get()[0]
                deltas.append(b - a)
            if measure:
                tracemalloc.stop()
            return deltas

        classes = [type('C', (), {}), type('C', (), {})]
        gc.disable()
        run(classes[0], False)
        hold = [{'held': i} for i in range(80)]
        deltas = run(classes[1], True)
        del hold
        gc.enable()
        seqs.append({'kind': kind, 'keys': u.specs, 'others': others, 'ops': ops, 'deltas': deltas})
    return seqs

def write(name, obj):
    path = os.path.join(OUT, name)
    with open(path, 'w') as f:
        json.dump(obj, f, separators=(',', ':'))
        f.write('\n')
    print(f'{path}: {os.path.getsize(path)} bytes')


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(31212)
    write('dict-seqs.json', {'python': sys.version, 'seqs': [gen_dict_seq(rng) for _ in range(300)]})
    rng = random.Random(31213)
    write('set-seqs.json', {'python': sys.version, 'seqs': [gen_set_seq(rng) for _ in range(300)]})
    rng = random.Random(31214)
    write('set-orders.json', {'python': sys.version, 'cases': gen_orders(rng)})
    write('resize.json', {'python': sys.version, **gen_resize()})
    rng = random.Random(31215)
    write('split.json', {'python': sys.version, 'seqs': gen_split(rng)})
    rng = random.Random(31216)
    write('mutation.json', {'python': sys.version, 'seqs': gen_mutation(rng)})
    rng = random.Random(31217)
    write('alloc.json', {'python': sys.version, 'seqs': gen_alloc(rng)})


if __name__ == '__main__':
    main()
