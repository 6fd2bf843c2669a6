// An in-memory Host: a virtual POSIX file system (directories, files, symlinks), captured
// standard streams, a preset environment and stdin, clocks that can be driven by hand, and
// exit as an exception. For unit tests and the browser page; it imports nothing from Node.
import { absolutePath, HostError, HostExit, O_ACCMODE, O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_TRUNC, O_WRONLY, S_IFDIR, S_IFLNK, S_IFREG, SEEK_CUR, SEEK_END, SEEK_SET, UTC_ZONE, type Host, type HostZone, type HostInput, type HostOutput, type HostStat, type WriteOptions } from './host.ts';

interface FileNode {
  readonly kind: 'file';
  data: Uint8Array;
  readonly ino: bigint;
  mtimeNs: bigint;
  mode: number;
}
interface DirNode {
  readonly kind: 'dir';
  readonly entries: Map<string, Node>;
  readonly ino: bigint;
  mtimeNs: bigint;
  mode: number;
}
interface LinkNode {
  readonly kind: 'symlink';
  readonly target: string;
  readonly ino: bigint;
  mtimeNs: bigint;
  mode: number;
}
type Node = FileNode | DirNode | LinkNode;

/** An open fd: a file with its position, or a directory (open for reading only). */
interface OpenFile {
  readonly node: FileNode | DirNode;
  pos: number;
  readonly readable: boolean;
  readonly writable: boolean;
  readonly append: boolean;
}

// Linux's limit on symlinks followed while resolving one path (MAXSYMLINKS).
const MAX_SYMLINKS = 40;

export interface MemoryHostOptions {
  /** Initial files: absolute path -> contents (text is stored as UTF-8). Parents are created. */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly argv?: readonly string[];
  readonly stdin?: string | Uint8Array;
  /** Whether the streams claim to be terminals (default false). */
  readonly isatty?: boolean;
  /**
   * Clocks: 'real' reads performance.now()/Date.now(); 'manual' starts at startNs and moves
   * only by advanceClock (deterministic tests).
   */
  readonly clock?: 'real' | 'manual';
  readonly startNs?: bigint;
  /** Seed for a deterministic randomBytes; absent: crypto.getRandomValues. */
  readonly randomSeed?: number;
  /** Called with each chunk written to stdout / stderr (e.g. to show it on a page). */
  readonly onStdout?: (data: Uint8Array) => void;
  readonly onStderr?: (data: Uint8Array) => void;
}

const encoder = new TextEncoder();

class CapturedOutput implements HostOutput {
  readonly chunks: Uint8Array[] = [];
  constructor(readonly fd: number, private readonly tty: boolean, private readonly sink?: (data: Uint8Array) => void) {}
  write(data: Uint8Array): void {
    const copy = data.slice();
    this.chunks.push(copy);
    this.sink?.(copy);
  }
  isatty(): boolean {
    return this.tty;
  }
  bytes(): Uint8Array {
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

class PresetInput implements HostInput {
  readonly fd = 0;
  private pos = 0;
  constructor(private data: Uint8Array, private readonly tty: boolean) {}
  read(maxBytes: number): Uint8Array {
    const end = Math.min(this.data.length, this.pos + Math.max(0, maxBytes));
    const out = this.data.slice(this.pos, end);
    this.pos = end;
    return out;
  }
  isatty(): boolean {
    return this.tty;
  }
  /** Adds input after what is left (an interactive page feeding lines). */
  feed(more: Uint8Array): void {
    const rest = this.data.subarray(this.pos);
    const next = new Uint8Array(rest.length + more.length);
    next.set(rest);
    next.set(more, rest.length);
    this.data = next;
    this.pos = 0;
  }
}

export class MemoryHost implements Host {
  readonly platform = 'linux';
  readonly argv: readonly string[];
  readonly stdin: PresetInput;
  readonly stdout: CapturedOutput;
  readonly stderr: CapturedOutput;
  private readonly root: DirNode;
  private cwdPath: string;
  private readonly env: Map<string, string>;
  private nextIno = 1n;
  private readonly manualClock: boolean;
  private clockNs: bigint;
  private seed: number | null;
  private readonly fds = new Map<number, OpenFile | 'stdin' | 'stdout' | 'stderr'>([[0, 'stdin'], [1, 'stdout'], [2, 'stderr']]);

  constructor(opts: MemoryHostOptions = {}) {
    this.manualClock = opts.clock === 'manual';
    this.clockNs = opts.startNs ?? 1_700_000_000_000_000_000n;
    this.root = this.newDir();
    this.cwdPath = '/';
    for (const [path, contents] of Object.entries(opts.files ?? {})) {
      this.makeDirs(parentOf(absolutePath(path, '/')));
      this.writeFile(absolutePath(path, '/'), typeof contents === 'string' ? encoder.encode(contents) : contents);
    }
    const cwd = opts.cwd ?? '/';
    this.makeDirs(absolutePath(cwd, '/'));
    this.cwdPath = absolutePath(cwd, '/');
    this.env = new Map(Object.entries(opts.env ?? {}));
    this.argv = [...(opts.argv ?? [''])];
    const tty = opts.isatty === true;
    this.stdin = new PresetInput(typeof opts.stdin === 'string' ? encoder.encode(opts.stdin) : (opts.stdin ?? new Uint8Array(0)), tty);
    this.stdout = new CapturedOutput(1, tty, opts.onStdout);
    this.stderr = new CapturedOutput(2, tty, opts.onStderr);
    this.seed = opts.randomSeed ?? null;
  }

  // --- test helpers ---------------------------------------------------------------------------

  /** Everything written to stdout so far, decoded as UTF-8. */
  stdoutText(): string {
    return new TextDecoder().decode(this.stdout.bytes());
  }
  stderrText(): string {
    return new TextDecoder().decode(this.stderr.bytes());
  }
  /** Moves the manual clock forward. */
  advanceClock(ns: bigint): void {
    this.clockNs += ns;
  }
  symlink(target: string, path: string): void {
    const { dir, name } = this.parentDir(path);
    if (dir.entries.has(name)) throw new HostError('EEXIST', path);
    dir.entries.set(name, { kind: 'symlink', target, ino: this.nextIno++, mtimeNs: this.nowNs(), mode: S_IFLNK | 0o777 });
  }

  // --- Host: files -----------------------------------------------------------------------------

  readFile(path: string): Uint8Array {
    const node = this.lookup(path, true);
    if (node.kind === 'dir') throw new HostError('EISDIR', path);
    return (node as FileNode).data.slice();
  }

  writeFile(path: string, data: Uint8Array, opts: WriteOptions = {}): void {
    const { dir, name } = this.parentDir(path);
    let node = dir.entries.get(name);
    // Writing through a symlink writes its target.
    if (node?.kind === 'symlink') {
      if (opts.exclusive) throw new HostError('EEXIST', path);
      const target = absolutePath(node.target, parentOf(absolutePath(path, this.cwdPath)));
      this.writeFile(target, data, opts);
      return;
    }
    if (node !== undefined && opts.exclusive) throw new HostError('EEXIST', path);
    if (node?.kind === 'dir') throw new HostError('EISDIR', path);
    if (node === undefined) {
      node = { kind: 'file', data: new Uint8Array(0), ino: this.nextIno++, mtimeNs: this.nowNs(), mode: S_IFREG | 0o644 };
      dir.entries.set(name, node);
      dir.mtimeNs = this.nowNs();
    }
    const file = node as FileNode;
    if (opts.append) {
      const joined = new Uint8Array(file.data.length + data.length);
      joined.set(file.data);
      joined.set(data, file.data.length);
      file.data = joined;
    } else {
      file.data = data.slice();
    }
    file.mtimeNs = this.nowNs();
  }

  stat(path: string, followSymlinks = true): HostStat {
    const node = this.lookup(path, followSymlinks);
    const size = node.kind === 'file' ? node.data.length : node.kind === 'symlink' ? encoder.encode(node.target).length : 4096;
    return {
      kind: node.kind,
      mode: node.mode,
      size,
      ino: node.ino,
      dev: 1n,
      nlink: node.kind === 'dir' ? 2 : 1,
      uid: 0,
      gid: 0,
      atimeNs: node.mtimeNs,
      mtimeNs: node.mtimeNs,
      ctimeNs: node.mtimeNs,
    };
  }

  exists(path: string): boolean {
    try {
      this.lookup(path, true);
      return true;
    } catch (e) {
      if (e instanceof HostError) return false;
      throw e;
    }
  }

  listdir(path: string): string[] {
    const node = this.lookup(path, true);
    if (node.kind !== 'dir') throw new HostError('ENOTDIR', path);
    return [...node.entries.keys()];
  }

  mkdir(path: string): void {
    const { dir, name } = this.parentDir(path);
    if (dir.entries.has(name)) throw new HostError('EEXIST', path);
    dir.entries.set(name, this.newDir());
    dir.mtimeNs = this.nowNs();
  }

  unlink(path: string): void {
    const { dir, name } = this.parentDir(path);
    const node = dir.entries.get(name);
    if (node === undefined) throw new HostError('ENOENT', path);
    if (node.kind === 'dir') throw new HostError('EISDIR', path);
    dir.entries.delete(name);
    dir.mtimeNs = this.nowNs();
  }

  rmdir(path: string): void {
    const { dir, name } = this.parentDir(path);
    const node = dir.entries.get(name);
    if (node === undefined) throw new HostError('ENOENT', path);
    if (node.kind !== 'dir') throw new HostError('ENOTDIR', path);
    if (node.entries.size > 0) throw new HostError('ENOTEMPTY', path);
    dir.entries.delete(name);
  }

  rename(from: string, to: string): void {
    const src = this.parentDir(from);
    const node = src.dir.entries.get(src.name);
    if (node === undefined) throw new HostError('ENOENT', from, to);
    const dst = this.parentDir(to);
    const existing = dst.dir.entries.get(dst.name);
    if (existing?.kind === 'dir' && node.kind !== 'dir') throw new HostError('EISDIR', from, to);
    if (existing !== undefined && existing.kind !== 'dir' && node.kind === 'dir') throw new HostError('ENOTDIR', from, to);
    if (existing?.kind === 'dir' && existing.entries.size > 0 && existing !== node) throw new HostError('ENOTEMPTY', from, to);
    src.dir.entries.delete(src.name);
    dst.dir.entries.set(dst.name, node);
  }

  cwd(): string {
    return this.cwdPath;
  }

  chdir(path: string): void {
    const node = this.lookup(path, true);
    if (node.kind !== 'dir') throw new HostError('ENOTDIR', path);
    this.cwdPath = this.realpath(path);
  }

  realpath(path: string): string {
    return this.resolve(path, true, 0).path;
  }

  // --- Host: file descriptors ----------------------------------------------------------------------

  open(path: string, flags: number, mode: number): number {
    const acc = flags & O_ACCMODE;
    let node: Node | undefined;
    try {
      node = this.lookup(path, true);
    } catch (e) {
      if (!(e instanceof HostError) || e.code !== 'ENOENT' || (flags & O_CREAT) === 0) throw e;
    }
    if (node !== undefined && (flags & O_CREAT) !== 0 && (flags & O_EXCL) !== 0) throw new HostError('EEXIST', path);
    if (node?.kind === 'dir' && acc !== O_RDONLY) throw new HostError('EISDIR', path);
    if (node === undefined) {
      this.writeFile(path, new Uint8Array(0));
      node = this.lookup(path, true);
      node.mode = S_IFREG | (mode & 0o777);
    }
    const target = node as FileNode | DirNode;
    if (target.kind === 'file' && (flags & O_TRUNC) !== 0 && acc !== O_RDONLY) target.data = new Uint8Array(0);
    let fd = 0;
    while (this.fds.has(fd)) fd++;
    this.fds.set(fd, { node: target, pos: 0, readable: acc !== O_WRONLY, writable: acc !== O_RDONLY, append: (flags & O_APPEND) !== 0 });
    return fd;
  }

  private openFile(fd: number): OpenFile | 'stdin' | 'stdout' | 'stderr' {
    const f = this.fds.get(fd);
    if (f === undefined) throw new HostError('EBADF');
    return f;
  }

  read(fd: number, maxBytes: number): Uint8Array {
    const f = this.openFile(fd);
    if (f === 'stdin') return this.stdin.read(maxBytes);
    if (typeof f === 'string' || !f.readable) throw new HostError('EBADF');
    if (f.node.kind === 'dir') throw new HostError('EISDIR');
    const out = f.node.data.slice(f.pos, f.pos + maxBytes);
    f.pos += out.length;
    return out;
  }

  write(fd: number, data: Uint8Array): number {
    const f = this.openFile(fd);
    if (f === 'stdout' || f === 'stderr') {
      this[f].write(data);
      return data.length;
    }
    if (typeof f === 'string' || !f.writable || f.node.kind !== 'file') throw new HostError('EBADF');
    const file = f.node;
    if (f.append) f.pos = file.data.length;
    const end = f.pos + data.length;
    if (end > file.data.length) {
      const grown = new Uint8Array(end);
      grown.set(file.data);
      file.data = grown;
    }
    file.data.set(data, f.pos);
    f.pos = end;
    file.mtimeNs = this.nowNs();
    return data.length;
  }

  lseek(fd: number, offset: number, whence: number): number {
    const f = this.openFile(fd);
    if (typeof f === 'string') throw new HostError('ESPIPE');
    const size = f.node.kind === 'file' ? f.node.data.length : 0;
    const base = whence === SEEK_SET ? 0 : whence === SEEK_CUR ? f.pos : whence === SEEK_END ? size : NaN;
    const pos = base + offset;
    if (!(pos >= 0)) throw new HostError('EINVAL');
    f.pos = pos;
    return pos;
  }

  ftruncate(fd: number, length: number): void {
    const f = this.openFile(fd);
    if (typeof f === 'string' || f.node.kind !== 'file' || !f.writable) throw new HostError('EINVAL');
    const data = new Uint8Array(length);
    data.set(f.node.data.subarray(0, length));
    f.node.data = data;
  }

  fstat(fd: number): HostStat {
    const f = this.openFile(fd);
    if (typeof f === 'string') {
      return { kind: 'other', mode: 0o010600, size: 0, ino: 0n, dev: 0n, nlink: 1, uid: 0, gid: 0, atimeNs: 0n, mtimeNs: 0n, ctimeNs: 0n };
    }
    const n = f.node;
    return { kind: n.kind, mode: n.mode, size: n.kind === 'file' ? n.data.length : 4096, ino: n.ino, dev: 1n, nlink: n.kind === 'dir' ? 2 : 1,
      uid: 0, gid: 0, atimeNs: n.mtimeNs, mtimeNs: n.mtimeNs, ctimeNs: n.mtimeNs };
  }

  isatty(fd: number): boolean {
    const f = this.openFile(fd);
    return typeof f === 'string' ? this[f].isatty() : false;
  }

  close(fd: number): void {
    this.openFile(fd);
    this.fds.delete(fd);
  }

  // --- Host: process, time, randomness ------------------------------------------------------------

  environ(): ReadonlyMap<string, string> {
    return new Map(this.env);
  }

  exit(status: number): never {
    throw new HostExit(status);
  }

  monotonicNs(): bigint {
    if (this.manualClock) return this.clockNs;
    return BigInt(Math.round(performance.now() * 1e6));
  }

  wallTimeNs(): bigint {
    if (this.manualClock) return this.clockNs;
    return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
  }

  processTimeNs(): bigint {
    return this.monotonicNs();
  }

  threadTimeNs(): bigint {
    return this.monotonicNs();
  }

  sleepNs(ns: bigint): void {
    if (this.manualClock) {
      this.clockNs += ns;
      return;
    }
    // A page cannot block its thread: wait by watching the clock.
    const end = this.monotonicNs() + ns;
    while (this.monotonicNs() < end);
  }

  localZone(): HostZone {
    return UTC_ZONE;
  }

  randomBytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    if (this.seed === null) {
      // getRandomValues fills at most 65536 bytes a call.
      for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
      return out;
    }
    // mulberry32: deterministic bytes for tests.
    for (let i = 0; i < n; i++) {
      this.seed = (this.seed + 0x6d2b79f5) | 0;
      let t = this.seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
    }
    return out;
  }

  // --- internals -----------------------------------------------------------------------------------

  private nowNs(): bigint {
    return this.manualClock ? this.clockNs : this.wallTimeNs();
  }

  private newDir(): DirNode {
    return { kind: 'dir', entries: new Map(), ino: this.nextIno++, mtimeNs: this.nowNs(), mode: S_IFDIR | 0o755 };
  }

  private makeDirs(path: string): void {
    let dir = this.root;
    for (const part of path.split('/').filter((p) => p !== '')) {
      let next = dir.entries.get(part);
      if (next === undefined) {
        next = this.newDir();
        dir.entries.set(part, next);
      }
      if (next.kind !== 'dir') throw new HostError('ENOTDIR', path);
      dir = next;
    }
  }

  // Walks a path component by component as the kernel does: symlinks in the middle are
  // always followed, the last one only when `follow`; '..' applies after resolution.
  private resolve(path: string, follow: boolean, depth: number): { node: Node; path: string } {
    if (path === '') throw new HostError('ENOENT', path);
    const parts = (path.startsWith('/') ? path : `${this.cwdPath}/${path}`).split('/').filter((p) => p !== '' && p !== '.');
    let node: Node = this.root;
    let at: string[] = [];
    let links = depth;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (node.kind !== 'dir') throw new HostError('ENOTDIR', path);
      if (part === '..') {
        at = at.slice(0, -1);
        node = this.lookupAbsolute(at);
        continue;
      }
      const child: Node | undefined = node.entries.get(part);
      if (child === undefined) throw new HostError('ENOENT', path);
      const last = i === parts.length - 1;
      if (child.kind === 'symlink' && (!last || follow)) {
        if (++links > MAX_SYMLINKS) throw new HostError('ELOOP', path);
        const base = '/' + at.join('/');
        const target = this.resolve(child.target.startsWith('/') ? child.target : `${base}/${child.target}`, true, links);
        node = target.node;
        at = target.path.split('/').filter((p) => p !== '');
        continue;
      }
      node = child;
      at.push(part);
    }
    return { node, path: '/' + at.join('/') };
  }

  private lookupAbsolute(parts: readonly string[]): Node {
    let node: Node = this.root;
    for (const p of parts) {
      if (node.kind !== 'dir') throw new HostError('ENOTDIR', '/' + parts.join('/'));
      const next: Node | undefined = node.entries.get(p);
      if (next === undefined) throw new HostError('ENOENT', '/' + parts.join('/'));
      node = next;
    }
    return node;
  }

  private lookup(path: string, follow: boolean): Node {
    return this.resolve(path, follow, 0).node;
  }

  // The directory that holds (or will hold) the last component of path.
  private parentDir(path: string): { dir: DirNode; name: string } {
    const abs = absolutePath(path, this.cwdPath);
    const name = abs.slice(abs.lastIndexOf('/') + 1);
    if (name === '') throw new HostError('EINVAL', path);
    const parent = this.lookup(parentOf(abs), true);
    if (parent.kind !== 'dir') throw new HostError('ENOTDIR', path);
    return { dir: parent, name };
  }
}

function parentOf(abs: string): string {
  const i = abs.lastIndexOf('/');
  return i <= 0 ? '/' : abs.slice(0, i);
}
