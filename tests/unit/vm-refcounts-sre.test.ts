// Leak checks of the _sre module: patterns compiled from the code the re package makes (given
// here as it is, since these runs have no standard library), matching, searching, findall,
// finditer, split, sub with a callable and a literal, match objects, scanners, templates and
// their failures. After the program and its modules are released, the blocks held by live
// objects (the allocator's count less what the free lists keep) must be back to where the first
// run left them.
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

const SRE = `
import _sre
M = 4294967295
PATTERNS = [
    ('(?P<w>\\\\w+)@(?P<d>[a-z]+)\\\\.com', 32, [14, 4, 0, 7, M, 17, 0, 24, 9, 1, M, 13, 4, 8, 14, 0, 1, 17, 1, 16, 64, 17, 2, 24, 10, 1, M, 13, 5, 22, 97, 122, 0, 1, 17, 3, 16, 46, 16, 99, 16, 111, 16, 109, 1], 2, {'w': 1, 'd': 2}, (None, 'w', 'd')),
    ('(a|bc)*?d', 32, [14, 4, 0, 1, M, 23, 21, 0, M, 17, 0, 7, 5, 16, 97, 15, 9, 7, 16, 98, 16, 99, 15, 2, 0, 17, 1, 19, 16, 100, 1], 1, {}, (None, None)),
    ('(?i)x(?=y)|(?<!q)z+', 34, [14, 4, 0, 1, M, 7, 11, 40, 120, 4, 5, 0, 40, 121, 1, 15, 18, 16, 5, 5, 1, 40, 113, 1, 24, 6, 1, M, 40, 122, 1, 15, 2, 0, 1], 0, {}, (None,)),
    (b'\\\\d+', 0, [14, 4, 0, 1, M, 24, 9, 1, M, 13, 4, 8, 0, 0, 1, 1], 0, {}, (None,)),
    ('(a)(?>b+)c(?(1)d|e)(?:f|g)++', 32, [14, 8, 1, 5, M, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 27, 9, 24, 6, 1, M, 16, 98, 1, 1, 16, 99, 12, 0, 6, 16, 100, 15, 3, 16, 101, 29, 10, 1, M, 13, 5, 22, 102, 103, 0, 1, 1], 1, {}, (None, None)),
    ('[^\\\\W\\\\d]{2,5}?', 32, [14, 4, 0, 2, 5, 26, 12, 2, 5, 13, 7, 21, 8, 15, 8, 10, 0, 1, 1], 0, {}, (None,)),
]
SUBJECTS = ['joe@site.com ann@x.com', 'abcbcd ad xd', 'xy Zz qz xY', 'a1 22 333', 'abbbcdfgf acef', 'héllo wörld 42']
total = 0
for i in range(3):
    for args, s in zip(PATTERNS, SUBJECTS):
        p = _sre.compile(*args)
        if isinstance(args[0], bytes):
            s = s.encode()
        total += len(repr(p)) + hash(p) % 7 + (p == _sre.compile(*args)) + p.groups + len(p.groupindex)
        m = p.search(s)
        if m is not None:
            total += len(repr(m)) + len(m.groups('-')) + len(m.groupdict()) + m.span()[1] + len(m.regs) + (m.lastindex or 0)
            total += len(m[0]) + len(m.group(0, 0)) + (m.lastgroup is None) + m.start() + m.end() + m.pos + m.endpos + (m.re is p) + (m.string is s)
            for bad in (lambda: m.group(9), lambda: m.group('nope'), lambda: m.start(1.5), lambda: m.expand('x')):
                try:
                    bad()
                except (IndexError, TypeError, ImportError) as e:
                    total += len(str(e)) % 5
        total += len(p.findall(s)) + len(list(p.finditer(s, 1))) + len(p.split(s)) + len(p.split(s, 1))
        total += (p.match(s) is None) + (p.fullmatch(s) is None) + (p.match(s, 2, 5) is None)
        total += len(p.sub(lambda m: m.group()[:1], s)) + p.subn(s[:0], s)[1] + len(p.sub(s[:1], s, count=1))
        sc = p.scanner(s)
        while sc.search() is not None:
            total += 1
        total += sc.match() is None
        for bad in (lambda: p.match(b'x' if isinstance(s, str) else 'x'), lambda: p.search(1), lambda: p.sub(lambda m: 1, s),
                    lambda: p.split(s, maxsplit='x'), lambda: p.match(s, pos='a')):
            try:
                bad()
            except TypeError as e:
                total += len(str(e)) % 5
t = _sre.template(_sre.compile(*PATTERNS[0]), ['a', 1, 'b', 2, ''])
for bad in (lambda: _sre.template(None, []), lambda: _sre.template(None, ['a', -1, 'b']), lambda: _sre.compile('x', 0, [1, 2**40], 0, {}, ()),
            lambda: _sre.compile('x', 0, (1,), 0, {}, ())):
    try:
        bad()
    except (TypeError, OverflowError) as e:
        total += len(str(e)) % 5
total += _sre.unicode_iscased(97) + _sre.ascii_tolower(65) + _sre.unicode_tolower(0x130) + _sre.getcodesize() + len(_sre.copyright)
print(total)
`;

test('the _sre module releases what it uses', () => {
  const interp = new Interpreter();
  const first = run(interp, SRE);
  assert.equal(first.err, '');
  assert.equal(first.status, 0);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(run(interp, SRE), first);
    assert.equal(liveBlocks(interp), baseline);
  }
});
