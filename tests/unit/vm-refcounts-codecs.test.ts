// Leak checks of the codec machinery (_codecs' coders and error handlers, standard and registered;
// the Unicode*Error objects they raise; the registry's search functions and cache) and of the
// _typing, _signal, _locale and _contextvars objects. After the program and its modules are
// released, the blocks held by live objects (the
// allocator's count less what the free lists keep) must be back to where the first run left them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import { MemoryHost } from '../../src/host/memory.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { runMain } from '../../src/runtime/pythonrun.ts';
import { liveBlocks } from '../lib/leakcheck.ts';

function run(interp: Interpreter, src: string): { status: number; out: string; err: string } {
  const host = new MemoryHost();
  const status = runMain(interp, compileSource(src, '<test>', 'exec'), host, { sysPath: [] });
  return { status, out: host.stdoutText(), err: host.stderrText() };
}

const CODECS = `
import _codecs as c
total = []
def search(name):
    if name == 'upper':
        return (lambda s, e='strict': (s.upper().encode(), len(s)), lambda b, e='strict': (bytes(b).decode(), len(b)), None, None)
c.register(search)
c.register_error('mine', lambda exc: ('<%d-%d>' % (exc.start, exc.end), exc.end))
for i in range(10):
    s = 'ab\\xe9\\u20ac\\U0001f600\\ud800' * (i + 1)
    for err in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogatepass', 'mine'):
        one = 'replace' if err == 'surrogatepass' else err
        total.append(len(s.encode('utf-8', err)) + len(s.encode('ascii', one)) + len(s.encode('latin-1', one)) + len(s.encode('utf-16', err)))
        total.append(len(b'a\\xff\\xed\\xa0\\x80\\xe2\\x82'.decode('utf-8', {'xmlcharrefreplace': 'replace', 'namereplace': 'replace', 'surrogatepass': 'surrogateescape'}.get(err, err))))
    total.append(c.utf_7_decode(c.utf_7_encode(s)[0])[1] + c.utf_32_ex_decode(c.utf_32_encode(s, 'surrogatepass')[0], 'surrogatepass')[1])
    total.append(len(c.unicode_escape_decode(c.unicode_escape_encode(s)[0])[0]) + len(c.raw_unicode_escape_decode(c.raw_unicode_escape_encode(s)[0])[0]))
    total.append(len(c.escape_decode(c.escape_encode(b'\\x00a\\n')[0])[0]) + len(c.charmap_decode(b'ab', 'replace', {97: 'x', 98: None})[0]))
    m = c.charmap_build(''.join(map(chr, range(256))))
    total.append(len(c.charmap_encode('ab\\u0100', 'replace', m)[0]) + len(c.charmap_decode(b'abc', 'replace', 'xy')[0]))
    total.append(len(c.encode('abc', 'upper')) + len(c.decode(b'abc', 'upper')) + len('abc'.encode('upper')))
    for bad in (lambda: s.encode('ascii'), lambda: b'\\xff'.decode('utf-8'), lambda: s.encode('utf-16-le'), lambda: c.lookup('nope'),
                lambda: s.encode('ascii', 'nope'), lambda: c.charmap_decode(b'\\x81', 'strict', 'ab'), lambda: c.utf_8_decode(1),
                lambda: c.unicode_escape_decode(b'\\\\N{NOPE}'), lambda: c.escape_decode(b'\\\\x4'), lambda: c.lookup_error('strict')(ValueError('x')),
                lambda: UnicodeEncodeError('a', 'b', 0, 'x', 'c'), lambda: c.lookup_error('replace')(UnicodeTranslateError('ab', 0, 1, 'r'))[0] + 1):
        try:
            bad()
        except (UnicodeError, LookupError, TypeError, ValueError) as e:
            total.append(len(str(e)) % 7)
print(sum(total))
`;

test('the codecs release what they use', () => {
  const interp = new Interpreter();
  const first = run(interp, CODECS);
  assert.equal(first.err, '');
  assert.equal(first.status, 0);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(run(interp, CODECS), first);
    assert.equal(liveBlocks(interp), baseline);
  }
});

const PRIMITIVES = `
import _typing, _signal, _locale
total = []
def handler(signum, frame):
    total.append(signum)
for i in range(10):
    T = _typing.TypeVar('T%d' % i, covariant=True)
    P = _typing.ParamSpec('P')
    Ts = _typing.TypeVarTuple('Ts')
    A = _typing.TypeAliasType('A', list, type_params=(T, P))
    total.append(len(repr(T)) + len(repr(P.args)) + len(repr(P.kwargs)) + (P.args == P.args) + len(A.__type_params__) + len(str(A.__value__)))
    total.append(len(T.__reduce__()) + len(A.__parameters__) + len(T.__module__) + (P.__bound__ is type(None)) + (_typing._idfunc(i) == i))
    old = _signal.signal(_signal.SIGUSR1, handler)
    _signal.raise_signal(_signal.SIGUSR1)
    _signal.signal(_signal.SIGUSR1, old)
    total.append(len(_signal.valid_signals()) + len(_signal.strsignal(2)) + (_signal.getsignal(2) is _signal.default_int_handler))
    total.append(len(_locale.setlocale(_locale.LC_ALL, 'C')) + len(_locale.localeconv()) + len(_locale.nl_langinfo(_locale.CODESET)))
    for bad in (lambda: _typing.TypeVar(1), lambda: _typing.TypeVar('T', covariant=True, contravariant=True), lambda: _signal.signal(0, 0),
                lambda: _signal.signal(9, 1), lambda: _locale.setlocale(_locale.LC_ALL, 'xx'), lambda: _locale.nl_langinfo(-5),
                lambda: T.__mro_entries__(()), lambda: _typing.TypeAliasType('B', int)[int], lambda: _signal.default_int_handler()):
        try:
            bad()
        except (TypeError, ValueError, OSError, _locale.Error, KeyboardInterrupt) as e:
            total.append(len(str(e)) % 5)
print(sum(total))
`;

test('the typing, signal and locale primitives release what they use', () => {
  const interp = new Interpreter();
  const first = run(interp, PRIMITIVES);
  assert.equal(first.err, '');
  assert.equal(first.status, 0);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(run(interp, PRIMITIVES), first);
    assert.equal(liveBlocks(interp), baseline);
  }
});

const CONTEXTVARS = `
import _contextvars as cv
total = []
v = cv.ContextVar('v', default=1)
def g(a):
    v.set(a)
    return v.get()
for i in range(10):
    t = v.set(i)
    c = cv.copy_context()
    total.append(c[v] + len(c) + len(list(c.items())) + len(repr(t)) % 3 + v.get() + cv.Context().run(g, i) + c.copy().get(v, 0))
    v.reset(t)
    for bad in (lambda: cv.ContextVar('w').get(), lambda: v.reset(t), lambda: c[1], lambda: cv.Context(1), lambda: c.run(lambda: c.run(g, 1))):
        try:
            bad()
        except (LookupError, RuntimeError, TypeError) as e:
            total.append(len(type(e).__name__))
print(sum(total))
`;

test('the contextvars release what they use', () => {
  const interp = new Interpreter();
  const first = run(interp, CONTEXTVARS);
  assert.equal(first.err, '');
  assert.equal(first.status, 0);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(run(interp, CONTEXTVARS), first);
    assert.equal(liveBlocks(interp), baseline);
  }
});
