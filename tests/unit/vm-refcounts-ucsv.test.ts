// Leak checks of unicodedata, _csv and _symtable: their objects and their failures. After the
// program and its modules are released, the blocks held by live objects (the allocator's count
// less what the free lists keep) must be back to where the first run left them.
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

function checkReleases(src: string): void {
  const interp = new Interpreter();
  const first = run(interp, src);
  assert.equal(first.err, '');
  assert.equal(first.status, 0);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(run(interp, src), first);
    assert.equal(liveBlocks(interp), baseline);
  }
}

const UNICODEDATA = `
import unicodedata as u
total = 0
for db in (u, u.ucd_3_2_0):
    for c in 'a\\u00e9\\u0301\\u00bd\\u4e00\\uac01\\U0001f600':
        total += len(db.name(c, '')) + len(db.category(c)) + db.combining(c) + db.mirrored(c) + len(db.decomposition(c))
        total += db.decimal(c, 0) + db.digit(c, 0) + int(db.numeric(c, 0)) + len(db.east_asian_width(c)) + len(db.bidirectional(c))
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        for s in ('', 'abc', '\\u1e9b\\u0323', '\\uac01\\u1100\\u1161'):
            total += len(db.normalize(form, s)) + db.is_normalized(form, s)
    total += len(db.lookup('LATIN SMALL LETTER A')) + len(db.lookup(b'HANGUL SYLLABLE GAG'))
    for bad in (lambda: db.name('\\x00'), lambda: db.lookup('NOPE'), lambda: db.decimal('x'), lambda: db.normalize('X', 'a'),
                lambda: db.category(1), lambda: db.lookup('a' * 300), lambda: db.numeric('x', 1, 2)):
        try:
            bad()
        except (ValueError, KeyError, TypeError) as e:
            total += len(str(e)) % 3
print(total)
`;

test('unicodedata releases what it uses', () => checkReleases(UNICODEDATA));

const CSV = `
import _csv, _io
# (No class statements: a class is cyclic garbage that this check does not collect.)
_csv.register_dialect('semi', _csv.Dialect(delimiter=';', quotechar="'"), quoting=_csv.QUOTE_ALL)
total = 0
for k in range(5):
    s = _io.StringIO()
    w = _csv.writer(s, escapechar='\\\\')
    w.writerows([['a', 'b,c', 'd"e', None, 1, 2.5], ['x\\ny'], [''], []])
    for q in range(6):
        total += _csv.writer(s, quoting=q, escapechar='\\\\').writerow(['a', None, 3, ''])
    text = s.getvalue()
    r = _csv.reader(text.splitlines(True))
    total += sum(len(row) for row in r) + r.line_num
    total += sum(len(row) for row in _csv.reader(['1,"a",2'], quoting=_csv.QUOTE_NONNUMERIC))
    total += sum(len(row) for row in _csv.reader(["x;'y;z'"], 'semi')) + len(_csv.get_dialect('semi').delimiter)
    total += len(_csv.list_dialects()) + _csv.field_size_limit() % 7
    for bad in (lambda: list(_csv.reader(['"a"b'], strict=True)), lambda: list(_csv.reader(['a,"b'], strict=True)),
                lambda: list(_csv.reader(['1,x'], quoting=_csv.QUOTE_NONNUMERIC)), lambda: list(_csv.reader([b'a'])),
                lambda: _csv.writer(s, quoting=_csv.QUOTE_NONE).writerow(['a,b']), lambda: _csv.writer(s).writerow(1),
                lambda: _csv.Dialect(delimiter='ab'), lambda: _csv.Dialect(quoting=9), lambda: _csv.get_dialect('nope'),
                lambda: _csv.reader([], 'nope'), lambda: _csv.writer(1), lambda: _csv.Dialect(foo=1), lambda: _csv.Dialect().__reduce__(),
                lambda: list(_csv.reader(['a\\rb']))):
        try:
            bad()
        except (_csv.Error, TypeError, ValueError) as e:
            total += len(str(e)) % 3
_csv.field_size_limit(5)
try:
    list(_csv.reader(['abcdefg']))
except _csv.Error as e:
    total += 1
_csv.field_size_limit(131072)
_csv.unregister_dialect('semi')
print(total)
`;

test('_csv releases what it uses', () => checkReleases(CSV));

const SYMTABLE = `
import _symtable
src = 'import os\\nx = 1\\ndef f(a, *b, **c):\\n    global x\\n    def g():\\n        nonlocal a\\n        return [i for i in b]\\n    return g\\nclass C:\\n    def m(self): return __class__\\n'
total = 0
def walk(e):
    global total
    total += len(e.symbols) + len(e.varnames) + e.type + e.lineno + e.nested + len(e.name) + len(repr(e)) % 3 + e.id % 2
    for c in e.children:
        walk(c)
for k in range(5):
    walk(_symtable.symtable(src, '<s>', 'exec'))
    walk(_symtable.symtable(b'a + b', '<s>', 'eval'))
    for bad in (lambda: _symtable.symtable('def f(:', 'f', 'exec'), lambda: _symtable.symtable('nonlocal x', 'f', 'exec'),
                lambda: _symtable.symtable(1, 'f', 'exec'), lambda: _symtable.symtable('x', 'f', 'bad'), lambda: _symtable.symtable('x')):
        try:
            bad()
        except (SyntaxError, TypeError, ValueError) as e:
            total += len(str(e)) % 3
print(total)
`;

test('_symtable releases what it uses', () => checkReleases(SYMTABLE));
