// Leak checks of the time module: clocks, sleep (on a manual clock), struct_time, strftime,
// mktime and their failures. After the program and its modules are released, the blocks held
// by live objects (the allocator's count less what the free lists keep) must be back to where
// the first run left them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import { MemoryHost } from '../../src/host/memory.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { runMain } from '../../src/runtime/pythonrun.ts';
import { liveBlocks } from '../lib/leakcheck.ts';

function run(interp: Interpreter, src: string): { status: number; out: string; err: string } {
  const host = new MemoryHost({ clock: 'manual' });
  const status = runMain(interp, compileSource(src, '<test>', 'exec'), host, { sysPath: [] });
  return { status, out: host.stdoutText(), err: host.stderrText() };
}

const TIME = `
import time
total = 0
for i in range(20):
    t0 = time.monotonic()
    time.sleep(0.5)
    total += round(time.monotonic() - t0, 3) + time.time_ns() % 3 + time.perf_counter_ns() % 3 + int(time.process_time() >= 0)
    g = time.gmtime(1234567890 + i * 86400)
    l = time.localtime(i)
    total += g.tm_yday + len(g.tm_zone) + l.tm_gmtoff + len(time.strftime('%c %Z %z %s %G-%V %5Y %^a', g)) + len(time.asctime(g)) + len(time.ctime(i))
    total += time.mktime(g) % 7 + time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 1)) % 5 + len(time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, 0)))
    st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0, 'ABC', 3600))
    total += len(repr(st)) + len(st.__reduce__()) + len(time.get_clock_info('monotonic').implementation) + time.clock_gettime_ns(0) % 2
    for bad in (lambda: time.sleep(-1), lambda: time.gmtime(float('nan')), lambda: time.gmtime(2**70), lambda: time.strftime('%Y', (1, 13, 1, 0, 0, 0, 0, 1, 0)),
                lambda: time.asctime([1]), lambda: time.struct_time((1,)), lambda: time.gmtime(10**17), lambda: time.strptime('1', '%Y'),
                lambda: time.get_clock_info('x'), lambda: time.clock_settime(0, 1)):
        try:
            bad()
        except (ValueError, OverflowError, TypeError, OSError, ImportError) as e:
            total += len(str(e)) % 3
print(total)
`;

test('the time module releases what it uses', () => {
  const interp = new Interpreter();
  const first = run(interp, TIME);
  assert.equal(first.err, '');
  assert.equal(first.status, 0);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(run(interp, TIME), first);
    assert.equal(liveBlocks(interp), baseline);
  }
});
