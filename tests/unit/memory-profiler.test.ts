// memory_profiler and mprof against the documented memory model (src/memory/rss_model.ts):
// figures the differential cases cannot take from the reference, whose memory is the real
// process's. The tutorial's increments, the model's parts, the sampler, `mprof run` writing a
// .dat and `mprof plot` drawing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ObMalloc } from '../../src/memory/obmalloc.ts';
import { BASELINE_BYTES, PAGE_SIZE, rssBreakdown } from '../../src/memory/rss_model.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = path.join(root, 'bin', 'glasspy.js');
const mprofBin = path.join(root, 'bin', 'mprof.js');

function run(bin: string, args: string[], cwd: string): { out: string; err: string; rc: number | null } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, env: { ...process.env, TZ: 'UTC' } });
  return { out: r.stdout, err: r.stderr, rc: r.status };
}

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glasspy-mprof-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** What the model adds for one mmapped item array of n pointers (glibc: 16-byte header, whole pages). */
function mappedItems(n: number): number {
  const chunk = (n * 8 + 8 + 15) & ~15;
  return Math.ceil((chunk + 16) / PAGE_SIZE) * PAGE_SIZE;
}

const MiB = 2 ** 20;

const TUTORIAL = `from memory_profiler import profile

@profile
def my_func():
    a = [1] * (10 ** 6)
    b = [2] * (2 * 10 ** 7)
    del b
    return a

if __name__ == '__main__':
    my_func()
`;

test('the @profile tutorial: increments of 7.6, 152.6 and -152.6 MiB, as the model computes them', () => {
  const small = mappedItems(10 ** 6) / MiB;
  const large = mappedItems(2 * 10 ** 7) / MiB;
  assert.equal(small.toFixed(1), '7.6');
  assert.equal(large.toFixed(3), '152.590');
  const dir = scratch({ 'example.py': TUTORIAL });
  try {
    const r = run(launcher, ['example.py'], dir);
    assert.equal(r.err, '');
    assert.equal(r.rc, 0);
    const lines = r.out.split('\n');
    assert.equal(lines[0], `Filename: ${path.join(dir, 'example.py')}`);
    assert.equal(lines[2], 'Line #    Mem usage    Increment  Occurrences   Line Contents');
    assert.equal(lines[3], '='.repeat(61));
    const row = (n: number) => lines.find((l) => l.startsWith(String(n).padStart(6) + ' '))!;
    assert.match(row(3), /^ {5}3 +\d+\.\d MiB +\d+\.\d MiB {11}1 {3}@profile$/);
    assert.equal(row(4), '     4                                         def my_func():');
    assert.equal(row(5).slice(20), `${small.toFixed(1).padStart(8)} MiB           1       a = [1] * (10 ** 6)`);
    assert.equal(row(6).slice(20), `${large.toFixed(1).padStart(8)} MiB           1       b = [2] * (2 * 10 ** 7)`);
    assert.equal(row(7).slice(20), `${(-large).toFixed(1).padStart(8)} MiB           1       del b`);
    assert.equal(row(8).slice(20), '     0.0 MiB           1       return a');
    // Mem usage: the first row plus the increments.
    const mem = (n: number) => Number(row(n).slice(7, 15));
    assert.ok(Math.abs(mem(5) - mem(3) - small) < 0.11);
    assert.ok(Math.abs(mem(6) - mem(5) - large) < 0.11);
    assert.equal(mem(7), mem(5));
    assert.ok(mem(3) > BASELINE_BYTES / MiB);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the model: mapped blocks count whole pages; freed small objects in a used arena give nothing back', () => {
  const program = `import _glasspy_memory as m
b0 = m.rss_breakdown()
a = [1] * (10 ** 6)
b1 = m.rss_breakdown()
del a
b2 = m.rss_breakdown()
x = [float(i) for i in range(100000)]
keep = x[::2]
b3 = m.rss_breakdown()
del x
b4 = m.rss_breakdown()
print(b1['mapped'] - b0['mapped'], b2['mapped'] - b0['mapped'])
print(b3['arenas'] > b2['arenas'], b4['arenas'] == b3['arenas'], b4['total'] <= b3['total'])
print(b0['total'] == b0['baseline'] + b0['arenas'] + b0['heap'] + b0['mapped'], m.rss() >= b4['total'] - 8192)
print(m.BASELINE, m.PAGE_SIZE)
`;
  const dir = scratch({ 'model.py': program });
  try {
    const r = run(launcher, ['model.py'], dir);
    assert.equal(r.err, '');
    assert.deepEqual(r.out.split('\n'), [`${mappedItems(10 ** 6)} 0`, 'True True True', 'True True', `${BASELINE_BYTES} ${PAGE_SIZE}`, '']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the model over a bare allocator: baseline only, then the pools carved', () => {
  const ob = new ObMalloc();
  const empty = rssBreakdown(ob);
  assert.deepEqual(empty, { baseline: BASELINE_BYTES, arenas: 0, narenas: 0, heap: 0, mapped: 0, total: BASELINE_BYTES });
  const blocks = Array.from({ length: 2000 }, () => ob.malloc(32));
  const used = rssBreakdown(ob);
  // 2000 blocks of 32 bytes: 511 per 16 KiB pool, so 4 pools carved.
  assert.equal(used.narenas, 1);
  assert.equal(used.arenas, 4 * 16384);
  for (const p of blocks.slice(1)) ob.free(p);
  assert.equal(rssBreakdown(ob).arenas, 4 * 16384);
  const big = ob.malloc(200_000);
  assert.equal(rssBreakdown(ob).mapped, Math.ceil((((200_000 + 8 + 15) & ~15) + 16) / PAGE_SIZE) * PAGE_SIZE);
  ob.free(big);
  assert.equal(rssBreakdown(ob).mapped, 0);
  ob.malloc(1000);
  assert.equal(rssBreakdown(ob).heap, PAGE_SIZE);
});

test('memory_usage on a function samples it at the check points, with the model\'s figures', () => {
  const program = `from memory_profiler import memory_usage
def work():
    keep = [0] * (4 * 10 ** 6)
    s = 0
    for i in range(300000):
        s += i
    return keep
mem, value = memory_usage((work,), interval=0.01, retval=True, max_iterations=1)
print(len(mem) > 4, len(value))
print(max(mem) - mem[0])
import _glasspy_memory
print(_glasspy_memory.is_sampling())
`;
  const dir = scratch({ 'mu.py': program });
  try {
    const r = run(launcher, ['mu.py'], dir);
    assert.equal(r.err, '');
    const [first, growth, sampling] = r.out.split('\n');
    assert.deepEqual([first, sampling], ['True 4000000', 'False']);
    // The kept list's mapping, and a few pages of the loop's ints.
    const mapped = mappedItems(4 * 10 ** 6) / MiB;
    assert.ok(Number(growth) >= mapped && Number(growth) < mapped + 0.05, growth);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const PROGRAM = `@profile
def build():
    a = [1] * (10 ** 6)
    b = [2] * (2 * 10 ** 6)
    s = 0
    for i in range(100000):
        s += i
    del b
    return a

@profile
def outer():
    x = build()
    y = [0] * (3 * 10 ** 6)
    for i in range(50000):
        pass
    return len(x) + len(y)

print(outer())
`;

test('mprof run writes a .dat (CMDLINE, MEM samples, FUNC records); peak and list read it', () => {
  const dir = scratch({ 'prog.py': PROGRAM });
  try {
    const r = run(mprofBin, ['run', '--interval', '0.01', 'prog.py'], dir);
    assert.equal(r.err, '');
    assert.deepEqual(r.out.split('\n'), ['mprof: Sampling memory every 0.01s', 'running new process', 'running as a Python program...', '4000000', '']);
    const dats = readdirSync(dir).filter((f) => /^mprofile_\d{14}\.dat$/.test(f));
    assert.equal(dats.length, 1);
    const records = readFileSync(path.join(dir, dats[0]!), 'utf8').split('\n').filter((l) => l !== '');
    const kinds = records.map((l) => l.split(' ')[0]);
    assert.equal(kinds.filter((k) => k === 'CMDLINE').length, 1);
    assert.ok(records.includes(`CMDLINE ${launcher} prog.py`) || records.some((l) => l.startsWith('CMDLINE ') && l.endsWith(' prog.py')));
    const mems = records.filter((l) => l.startsWith('MEM ')).map((l) => l.split(' '));
    assert.ok(mems.length >= 3, `${mems.length} samples`);
    for (const m of mems) assert.match(`${m[1]} ${m[2]}`, /^\d+\.\d{6} \d+\.\d{4}$/);
    const funcs = records.filter((l) => l.startsWith('FUNC ')).map((l) => l.split(' '));
    assert.deepEqual(funcs.map((f) => [f[1], f[6]]).sort(), [['__main__.build', '1'], ['__main__.outer', '0']]);
    // build's end is its start plus the list it returns (7.6 MiB) in the model.
    const build = funcs.find((f) => f[1] === '__main__.build')!;
    assert.equal((Number(build[4]) - Number(build[2])).toFixed(1), (mappedItems(10 ** 6) / MiB).toFixed(1));
    const peakValue = Math.max(...mems.map((m) => Number(m[1])), ...funcs.map((f) => Math.max(Number(f[2]), Number(f[4]))));
    const peak = run(mprofBin, ['peak'], dir);
    assert.equal(peak.out.split('\n')[0], 'Using last profile data.');
    assert.ok(Number(/\t([\d.]+) MiB/.exec(peak.out)![1]) <= peakValue + 1e-3);
    const list = run(mprofBin, ['list'], dir);
    assert.match(list.out, /^0 mprofile_\d{14}\.dat \d\d:\d\d:\d\d \d\d\/\d\d\/\d{4}\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Width and height of a PNG, after checking its signature and IHDR chunk. */
function pngSize(data: Buffer): [number, number] {
  assert.deepEqual([...data.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(data.subarray(12, 16).toString('latin1'), 'IHDR');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

test('mprof plot draws the profile to SVG and PNG; the chart shows the peak', () => {
  const dat = `FUNC __main__.build 20.0000 1700000000.2000 180.0000 1700000000.6000 0
CMDLINE python3 example.py
MEM 10.000000 1700000000.0000
MEM 20.000000 1700000000.1000
MEM 100.000000 1700000000.3000
MEM 180.000000 1700000000.5000
MEM 30.000000 1700000000.8000
`;
  const dir = scratch({ 'mprofile_20231114221320.dat': dat });
  try {
    const svgRun = run(mprofBin, ['plot', '-o', 'chart.svg'], dir);
    assert.equal(svgRun.err, '');
    const svg = readFileSync(path.join(dir, 'chart.svg'), 'utf8');
    assert.match(svg, /<svg [^>]*width="1260" height="540"/);
    assert.match(svg, /<text id="title"[^>]*>python3 example.py<\/text>/);
    // The peak's dashed lines: horizontal at 180 MiB, vertical at 0.5 s, where the highest
    // marker is.
    const peaks = [...svg.matchAll(/class="peak" x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
    assert.equal(peaks.length, 2);
    const points = /class="memory" points="([^"]*)"/.exec(svg)![1]!.split(' ').map((p) => p.split(',').map(Number));
    assert.equal(points.length, 7);
    const top = points.reduce((a, b) => (b[1]! < a[1]! ? b : a));
    assert.equal(peaks[0]![1], top[1]);
    assert.equal(peaks[1]![0], top[0]);
    assert.equal(svg.match(/class="bracket"/g)!.length, 1);
    assert.match(svg, />build 0\.400s</);
    const pngRun = run(mprofBin, ['plot'], dir);
    if (pngRun.err.includes('_glasspy_render')) return;
    assert.equal(pngRun.err, '');
    assert.equal(pngRun.out, 'Using last profile data.\nSaving the plot to mprofile_20231114221320.png\n');
    assert.deepEqual(pngSize(readFileSync(path.join(dir, 'mprofile_20231114221320.png'))), [1260, 540]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
