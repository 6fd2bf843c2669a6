// The Host on Node.js: synchronous fs calls, fd-level standard streams (fs.writeSync on 1 and 2,
// so output is ordered and complete when the process exits, as with CPython's unbuffered
// writes at the fd level), process.hrtime for the monotonic clock. Only the CLI imports this
// file; the core sees the Host interface.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { nodeRenderer } from '../render/node.ts';
import type { Renderer } from '../render/render.ts';
import { ERRNO, HostError, kindOfMode, O_APPEND, SEEK_CUR, SEEK_END, SEEK_SET, type CodeCache, type Host, type HostInput, type HostZone, type HostOutput, type HostStat, type WriteOptions, UTC_ZONE } from './host.ts';

// node:crypto and node:tty (which loads node:net) cost milliseconds of every start to load:
// they are required only when needed.
const nodeRequire = createRequire(import.meta.url);

/**
 * Whether `fd` is a terminal. A file, pipe or socket is not; nor, on Linux, is a memory device
 * (major 1: /dev/null, /dev/zero...). Only other character devices need node:tty's answer.
 */
function isatty(fd: number): boolean {
  let st: fs.Stats;
  try {
    st = fs.fstatSync(fd);
  } catch {
    return false;
  }
  if (!st.isCharacterDevice()) return false;
  if (process.platform === 'linux' && ((st.rdev >> 8) & 0xfff) === 1) return false;
  return (nodeRequire('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** `out` filled from /dev/urandom, or from node:crypto where that cannot be read. */
function fillRandom(out: Uint8Array): void {
  let fd: number;
  try {
    fd = fs.openSync('/dev/urandom', 'r');
  } catch {
    (nodeRequire('node:crypto') as typeof import('node:crypto')).randomFillSync(out);
    return;
  }
  try {
    for (let off = 0; off < out.length; ) off += fs.readSync(fd, out, off, out.length - off, null);
  } finally {
    fs.closeSync(fd);
  }
}

/** A Node fs error as a HostError (errno from Node's code, negative errno numbers made positive). */
function hostError(e: unknown, path: string | null, path2: string | null = null): unknown {
  if (typeof e !== 'object' || e === null) return e;
  const { code, errno } = e as { code?: unknown; errno?: unknown };
  if (typeof code !== 'string') return e;
  const known = (ERRNO as Record<string, readonly [number, string]>)[code];
  const num = known?.[0] ?? (typeof errno === 'number' ? Math.abs(errno) : undefined);
  return new HostError(code, path, path2, num);
}

function wrap<T>(path: string | null, f: () => T, path2: string | null = null): T {
  try {
    return f();
  } catch (e) {
    throw hostError(e, path, path2);
  }
}

/** Blocks the thread for `ns` nanoseconds (Atomics.wait takes fractional milliseconds). */
export function sleepBlocking(ns: bigint): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const end = process.hrtime.bigint() + ns;
  for (let left = ns; left > 0n; left = end - process.hrtime.bigint()) Atomics.wait(cell, 0, 0, Number(left) / 1e6);
}

let zoneNames: Intl.DateTimeFormat | null = null;
let fixedZone: HostZone | null | undefined;

/**
 * The zone, when it has a single offset and name (UTC, most machines and containers), read as
 * glibc reads it: TZ empty is UTC; TZ unset or ":file" names a TZif file whose only local time
 * type is the answer. Else null, and the zone comes from ICU, which costs tens of milliseconds
 * to start. CPython: tzset in glibc, tzfile(5)
 */
function readFixedZone(): HostZone | null {
  const tz = process.env.TZ;
  if (tz === '') return UTC_ZONE;
  if (tz !== undefined && !tz.startsWith(':')) return null;
  const file = tz === undefined || tz === ':' ? '/etc/localtime' : tz.slice(1).startsWith('/') ? tz.slice(1) : `/usr/share/zoneinfo/${tz.slice(1)}`;
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return tz === undefined ? UTC_ZONE : null;
  }
  if (data.length < 44 || data.toString('latin1', 0, 4) !== 'TZif') return null;
  // The version 1 header: counts of UT/local indicators, standard/wall indicators, leap
  // seconds, transition times, local time types and abbreviation characters.
  const [, , , timecnt, typecnt, charcnt] = [0, 1, 2, 3, 4, 5].map((k) => data.readUInt32BE(20 + 4 * k));
  if (timecnt !== 0 || typecnt !== 1) return null;
  const info = 44;
  const abbrevs = info + 6;
  if (data.length < abbrevs + charcnt!) return null;
  const start = abbrevs + data[info + 5]!;
  const end = data.indexOf(0, start);
  return { gmtoff: data.readInt32BE(info), isdst: data[info + 4] !== 0, name: data.toString('latin1', start, end < 0 ? abbrevs + charcnt! : end) };
}

/**
 * The time zone of the process (TZ or the system's) at an instant, from the JS Date (which
 * follows the same tz database as glibc): offset, DST when the offset is above the year's
 * smallest, and the abbreviation ICU gives ('UTC', 'EST'; some zones only have 'GMT+1').
 */
function localZoneOf(seconds: number): HostZone {
  if (fixedZone === undefined) fixedZone = readFixedZone();
  if (fixedZone !== null) return fixedZone;
  // Date covers +-8.64e15 ms; beyond that the zone's rules are taken at the nearest end.
  const ms = Math.max(-8.64e15, Math.min(8.64e15, seconds * 1000));
  const d = new Date(ms);
  const gmtoff = -d.getTimezoneOffset() * 60;
  const year = d.getFullYear();
  const std = Math.min(-new Date(year, 0, 1).getTimezoneOffset(), -new Date(year, 6, 1).getTimezoneOffset()) * 60;
  zoneNames ??= new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
  const name = zoneNames.formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
  return { gmtoff, isdst: gmtoff > std, name };
}

class FdOutput implements HostOutput {
  constructor(readonly fd: number) {}
  write(data: Uint8Array): void {
    let off = 0;
    while (off < data.length) {
      try {
        off += fs.writeSync(this.fd, data, off, data.length - off);
      } catch (e) {
        // A non-blocking pipe that is full: wait and retry, as a blocking write would.
        if ((e as { code?: string }).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
          continue;
        }
        throw hostError(e, null);
      }
    }
  }
  isatty(): boolean {
    return isatty(this.fd);
  }
}

class FdInput implements HostInput {
  readonly fd = 0;
  read(maxBytes: number): Uint8Array {
    const buf = new Uint8Array(Math.max(1, maxBytes));
    for (;;) {
      try {
        const n = fs.readSync(this.fd, buf, 0, buf.length, null);
        return buf.subarray(0, n);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
          continue;
        }
        // A closed or absent stdin reads as end of input.
        if (code === 'EOF') return new Uint8Array(0);
        throw hostError(e, null);
      }
    }
  }
  isatty(): boolean {
    return isatty(this.fd);
  }
}

function toStat(s: fs.BigIntStats): HostStat {
  return {
    kind: kindOfMode(Number(s.mode)),
    mode: Number(s.mode),
    size: Number(s.size),
    ino: s.ino,
    dev: s.dev,
    nlink: Number(s.nlink),
    uid: Number(s.uid),
    gid: Number(s.gid),
    atimeNs: s.atimeNs,
    mtimeNs: s.mtimeNs,
    ctimeNs: s.ctimeNs,
  };
}

/** An open fd: the real one, and the position for a regular file (pread/pwrite, as Node has no lseek); null for a stream. */
interface FdEntry {
  readonly real: number;
  pos: number | null;
  readonly append: boolean;
}

export interface NodeHostOptions {
  /** sys.argv as the CLI computed it. */
  readonly argv: readonly string[];
  /** Where compiled modules are kept between runs; none: nothing is kept. */
  readonly codeCache?: CodeCache;
}

export class NodeHost implements Host {
  readonly platform = 'linux';
  readonly argv: readonly string[];
  readonly stdin: HostInput = new FdInput();
  readonly stdout: HostOutput = new FdOutput(1);
  readonly stderr: HostOutput = new FdOutput(2);

  // Python's fd numbers map to Node's (which has descriptors of its own open), so that a file
  // gets the number CPython's would: the lowest free one.
  private readonly fds = new Map<number, FdEntry>([[0, { real: 0, pos: null, append: false }], [1, { real: 1, pos: null, append: false }],
    [2, { real: 2, pos: null, append: false }]]);

  readonly codeCache?: CodeCache;
  readonly render: Renderer = nodeRenderer;

  constructor(opts: NodeHostOptions) {
    this.argv = [...opts.argv];
    if (opts.codeCache !== undefined) this.codeCache = opts.codeCache;
  }

  private entry(fd: number): FdEntry {
    const e = this.fds.get(fd);
    if (e === undefined) throw new HostError('EBADF');
    return e;
  }

  open(path: string, flags: number, mode: number): number {
    const real = wrap(path, () => fs.openSync(path, flags, mode));
    let regular = false;
    try {
      regular = fs.fstatSync(real).isFile();
    } catch {
      regular = false;
    }
    let fd = 0;
    while (this.fds.has(fd)) fd++;
    this.fds.set(fd, { real, pos: regular ? 0 : null, append: (flags & O_APPEND) !== 0 });
    return fd;
  }
  read(fd: number, maxBytes: number): Uint8Array {
    const e = this.entry(fd);
    if (e.real === 0 && e.pos === null) return this.stdin.read(maxBytes);
    const buf = new Uint8Array(Math.max(0, maxBytes));
    const n = wrap(null, () => fs.readSync(e.real, buf, 0, buf.length, e.pos));
    if (e.pos !== null) e.pos += n;
    return buf.subarray(0, n);
  }
  write(fd: number, data: Uint8Array): number {
    const e = this.entry(fd);
    if ((e.real === 1 || e.real === 2) && e.pos === null) {
      (e.real === 1 ? this.stdout : this.stderr).write(data);
      return data.length;
    }
    const n = wrap(null, () => fs.writeSync(e.real, data, 0, data.length, e.append ? null : e.pos));
    if (e.pos !== null) e.pos = e.append ? Number(fs.fstatSync(e.real).size) : e.pos + n;
    return n;
  }
  lseek(fd: number, offset: number, whence: number): number {
    const e = this.entry(fd);
    if (e.pos === null) throw new HostError('ESPIPE');
    const base = whence === SEEK_SET ? 0 : whence === SEEK_CUR ? e.pos : whence === SEEK_END ? Number(fs.fstatSync(e.real).size) : NaN;
    const pos = base + offset;
    if (!(pos >= 0)) throw new HostError('EINVAL');
    e.pos = pos;
    return pos;
  }
  ftruncate(fd: number, length: number): void {
    const e = this.entry(fd);
    wrap(null, () => fs.ftruncateSync(e.real, length));
  }
  fstat(fd: number): HostStat {
    const e = this.entry(fd);
    return wrap(null, () => toStat(fs.fstatSync(e.real, { bigint: true })));
  }
  isatty(fd: number): boolean {
    return isatty(this.entry(fd).real);
  }
  close(fd: number): void {
    const e = this.entry(fd);
    this.fds.delete(fd);
    // The standard streams stay open for Node's own use; only Python's view of them closes.
    if (e.real > 2) wrap(null, () => fs.closeSync(e.real));
  }

  readFile(path: string): Uint8Array {
    return wrap(path, () => new Uint8Array(fs.readFileSync(path)));
  }
  writeFile(path: string, data: Uint8Array, opts: WriteOptions = {}): void {
    const flag = opts.exclusive ? (opts.append ? 'ax' : 'wx') : opts.append ? 'a' : 'w';
    wrap(path, () => fs.writeFileSync(path, data, { flag }));
  }
  stat(path: string, followSymlinks = true): HostStat {
    return wrap(path, () => toStat(followSymlinks ? fs.statSync(path, { bigint: true }) : fs.lstatSync(path, { bigint: true })));
  }
  exists(path: string): boolean {
    return fs.existsSync(path);
  }
  listdir(path: string): string[] {
    return wrap(path, () => fs.readdirSync(path));
  }
  mkdir(path: string): void {
    wrap(path, () => fs.mkdirSync(path));
  }
  unlink(path: string): void {
    wrap(path, () => fs.unlinkSync(path));
  }
  rmdir(path: string): void {
    wrap(path, () => fs.rmdirSync(path));
  }
  rename(from: string, to: string): void {
    wrap(from, () => fs.renameSync(from, to), to);
  }
  cwd(): string {
    return process.cwd();
  }
  chdir(path: string): void {
    wrap(path, () => process.chdir(path));
  }
  realpath(path: string): string {
    return wrap(path, () => fs.realpathSync(path));
  }

  environ(): ReadonlyMap<string, string> {
    const env = new Map<string, string>();
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env.set(k, v);
    return env;
  }
  exit(status: number): never {
    process.exit(status);
  }

  monotonicNs(): bigint {
    return process.hrtime.bigint();
  }
  wallTimeNs(): bigint {
    // Date.now() has milliseconds only; timeOrigin + now() gives microseconds.
    return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e3)) * 1000n;
  }

  processTimeNs(): bigint {
    const u = process.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }
  threadTimeNs(): bigint {
    // The program runs on the main thread, which does nearly all of the process's work.
    return this.processTimeNs();
  }
  sleepNs(ns: bigint): void {
    sleepBlocking(ns);
  }
  localZone(seconds: number): HostZone {
    return localZoneOf(seconds);
  }

  randomBytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    fillRandom(out);
    return out;
  }
}
