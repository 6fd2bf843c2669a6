// The safety of the collector's traverse hooks: every reference a hook visits must be one the
// object owns. A hook that visits a reference the object does not hold makes the collector
// subtract it from the referent's count, and a live object can then look unreachable and be
// freed. At check points of a program that makes objects of most GC types (and at its end), each
// tracked object's tp_traverse visits are compared, as a multiset, with what the generic walk of
// its owned fields (src/memory/gc_generic.ts, the refcount audit's view) finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import { NodeHost } from '../../src/host/node.ts';
import { mountZip } from '../../src/host/zipdir.ts';
import { stdlibZipPath } from '../../src/cli/stdlib.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { MainProgram } from '../../src/runtime/pythonrun.ts';
import type { PyObject } from '../../src/objects/object.ts';
import { traverseOf } from '../../src/memory/gc.ts';
import { genericTraverse } from '../../src/memory/gc_generic.ts';

const PROGRAM = `
import sys, gc, collections, functools, itertools, types, weakref, contextvars, abc, re, io, operator, enum, dataclasses, typing
keep = []
def checkpoint():
    sys.stderr.write('#')
    sys.stderr.flush()

def outer():
    x = [1]
    def inner():
        return x, inner
    return inner
keep.append(outer())
def defaults(a=[], *, k={}):
    return a
keep.append(defaults)

class Slots:
    __slots__ = ('a', 'b', '__weakref__')
class Base:
    def m(self):
        return super()
class Derived(Base):
    @property
    def p(self):
        return 1
    @classmethod
    def c(cls):
        return cls
    @staticmethod
    def s():
        return 2
    def m(self):
        return super().m()
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
class E(enum.Enum):
    A = 1
@dataclasses.dataclass
class DC:
    x: int
    y: list
class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
s = Slots(); s.a = [s]; s.b = weakref.ref(s)
d = Derived()
keep += [s, d, d.m(), Derived.__dict__, d.c, Derived.s, E.A, DC(1, [2]), Abstract, WithMeta(), Base.m, d.m]

def gen():
    local = [1, 2]
    try:
        yield local
        checkpoint()
        yield 2
    finally:
        pass
g = gen(); next(g); next(g)
keep.append(g)
async def coro():
    return 1
c = coro()
keep.append(c)
async def agen():
    yield 1
keep.append(agen())

try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise ValueError('v') from e
except ValueError as e:
    keep += [e, e.__traceback__, e.__traceback__.tb_frame]
    checkpoint()
try:
    compile('(', 'x', 'exec')
except SyntaxError as e:
    keep.append(e)
try:
    b'\\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    keep.append(e)
try:
    import no_such_module
except ImportError as e:
    keep.append(e)
try:
    open('/nonexistent/file')
except OSError as e:
    keep.append(e)
keep.append(StopIteration(1))
keep.append(ExceptionGroup('g', [ValueError(1), TypeError(2)]))
keep.append(sys._getframe())

dq = collections.deque([1, [2]]); dq.append(dq)
dd = collections.defaultdict(list); dd['x'].append(dd)
od = collections.OrderedDict(a=1)
nt = collections.namedtuple('nt', 'a b')(1, [2])
cnt = collections.Counter('abc')
p = functools.partial(print, [1], sep='')
@functools.lru_cache(maxsize=2)
def cached(x):
    return [x]
cached(1); cached(2); cached(3)
@functools.lru_cache
def cached2(x):
    return [x]
cached2(1)
keep += [dq, dd, od, nt, cnt, p, cached, cached2, functools.cmp_to_key(lambda a, b: 0)(1)]

ns = types.SimpleNamespace(a=[1])
ga = list[int]
un = int | str
mp = types.MappingProxyType({'a': [1]})
keep += [ns, ga, un, mp, types.ModuleType('m'), len, [].append, object.__init__, str.join, int.real, Slots.a, (1).__add__]
cv = contextvars.ContextVar('cv', default=[1])
tok = cv.set([2])
ctx = contextvars.copy_context()
keep += [cv, tok, ctx]
keep += [iter([1]), iter((1,)), iter({1: 2}), iter({1}), iter('ab'), reversed([1]), enumerate([1]), zip([1], [2]), map(str, [1]),
         filter(None, [1]), iter(lambda: 1, 2), {1: 2}.keys(), {1: 2}.items(), {1: 2}.values(), memoryview(b'ab'), slice(1, [2]),
         itertools.count(), itertools.chain([1], [2]), itertools.cycle([1]), itertools.groupby([1, 1]), itertools.tee([1])[0],
         itertools.product([1], [2]), itertools.islice([1], 1), itertools.accumulate([1]), itertools.starmap(max, [(1, 2)]),
         itertools.permutations([1]), itertools.combinations([1], 1), itertools.zip_longest([1], []), itertools.pairwise([1, 2]),
         itertools.batched([1], 1), itertools.repeat([1], 2), itertools.compress([1], [1]), itertools.takewhile(bool, [1]),
         operator.itemgetter(1), operator.attrgetter('a'), operator.methodcaller('m', [1])]
keep += [re.compile('a(b)'), re.match('a(b)', 'ab'), io.StringIO('x'), io.BytesIO(b'x'), typing.TypeVar('T'), typing.List[int]]
keep += [weakref.proxy(s), weakref.WeakValueDictionary(), weakref.WeakKeyDictionary(), weakref.WeakSet(), weakref.finalize(s, print)]
cyc = []; cyc.append(cyc)
t = ([cyc], {1: cyc}, {frozenset([1])})
keep += [cyc, t]

def deep(n):
    if n == 0:
        checkpoint()
        return
    x = [n]
    deep(n - 1)
deep(3)
g.close()
gc.collect()
checkpoint()
`;

function multiset(o: PyObject, traverse: (o: PyObject, visit: (x: PyObject, arg: unknown) => void, arg: unknown) => void): Map<PyObject, number> {
  const m = new Map<PyObject, number>();
  traverse(o, (x) => {
    if (x !== null) m.set(x, (m.get(x) ?? 0) + 1);
  }, null);
  return m;
}

function typeName(o: PyObject): string {
  return o.ob_type.tp_name;
}

/** Every tracked object's traverse visits against its owned references; the violations found. */
function check(interp: Interpreter, seen: Set<string>): string[] {
  const bad: string[] = [];
  const lists = [...interp.gc.generations.map((g) => g.head), interp.gc.permanent.head];
  for (const head of lists) {
    for (let o = head.gc_next!; o !== head; o = o.gc_next!) {
      seen.add(typeName(o));
      const visits = multiset(o, traverseOf(o));
      if (visits.size === 0) continue;
      const owned = multiset(o, genericTraverse);
      for (const [x, n] of visits) {
        const m = owned.get(x) ?? 0;
        if (m < n) bad.push(`${typeName(o)} visits a ${typeName(x)} ${n} time(s) but owns ${m} reference(s) to it`);
      }
    }
  }
  return bad;
}

test('traverse hooks visit only references their objects own', () => {
  const interp = new Interpreter();
  const host = mountZip(new NodeHost({ argv: ['prog.py'] }), stdlibZipPath());
  const out: string[] = [];
  const bad = new Set<string>();
  const seen = new Set<string>();
  let checks = 0;
  (host.stdout as { write(b: Uint8Array): void }).write = (b) => void out.push(new TextDecoder().decode(b));
  (host.stderr as { write(b: Uint8Array): void }).write = (b) => {
    const text = new TextDecoder().decode(b);
    if (text !== '#') out.push(text);
    checks++;
    for (const v of check(interp, seen)) bad.add(v);
  };
  const main = new MainProgram(interp, host, { sysPath: [stdlibZipPath()], site: false, unbuffered: true, useEnvironment: false });
  const status = main.run(compileSource(PROGRAM, 'prog.py', 'exec'), true);
  assert.equal(out.join(''), '');
  assert.equal(status, 0);
  for (const v of check(interp, seen)) bad.add(v);
  // The check itself: a list hook that visits its first item once more is caught.
  const list = interp.types.list;
  const listTraverse = list.tp_traverse!;
  list.tp_traverse = (o, visit, arg) => {
    listTraverse(o, visit, arg);
    const items = o.body as PyObject[];
    if (items.length > 0) visit(items[0]!, arg);
  };
  const caught = check(interp, new Set());
  list.tp_traverse = listTraverse;
  main.finish();
  assert.ok(caught.some((v) => v.startsWith('list visits')), 'an over-visiting hook is reported');
  assert.ok(checks >= 4, `the program reached ${checks} check points`);
  assert.ok(seen.size > 80, `only ${seen.size} types of tracked objects were checked`);
  assert.deepEqual([...bad].sort(), []);
});
