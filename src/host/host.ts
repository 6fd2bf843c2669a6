// The host interface: everything the core (tokenizer to VM, objects, modules) needs from the
// world outside — files, the working directory, environment, argv, clocks, standard streams,
// exit and random bytes. The core never imports node:* or touches browser globals for these;
// it calls a Host. src/host/node.ts implements it on Node, src/host/memory.ts in memory (tests,
// the browser page). Calls are synchronous because the eval loop is: a Python `open().read()`
// returns when the bytes are there.
//
// Paths are POSIX strings as Python sees them (str paths; bytes paths are the caller's to
// decode with the filesystem encoding, UTF-8 with surrogateescape on Linux). Failures throw
// HostError carrying the Linux errno and glibc's strerror text, which is what CPython shows
// ("[Errno 2] No such file or directory: 'x'").

import type { Renderer } from '../render/render.ts';

/** Linux errno numbers and glibc strerror() texts of the errors hosts raise. */
export const ERRNO = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EIO: [5, 'Input/output error'],
  EBADF: [9, 'Bad file descriptor'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  EACCES: [13, 'Permission denied'],
  EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  EMFILE: [24, 'Too many open files'],
  ENOSPC: [28, 'No space left on device'],
  ESPIPE: [29, 'Illegal seek'],
  EROFS: [30, 'Read-only file system'],
  EPIPE: [32, 'Broken pipe'],
  ENAMETOOLONG: [36, 'File name too long'],
  ENOTEMPTY: [39, 'Directory not empty'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  ENOSYS: [38, 'Function not implemented'],
  EOVERFLOW: [75, 'Value too large for defined data type'],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrnoCode = keyof typeof ERRNO;

/** An OS-level failure, to become OSError (or its errno subclass) in Python. */
export class HostError extends Error {
  readonly errno: number;
  readonly strerror: string;
  constructor(
    readonly code: ErrnoCode | string,
    readonly path: string | null = null,
    readonly path2: string | null = null,
    errno?: number,
    strerror?: string,
  ) {
    const known = (ERRNO as Record<string, readonly [number, string]>)[code];
    const num = errno ?? known?.[0] ?? 0;
    const text = strerror ?? known?.[1] ?? code;
    super(path === null ? `[Errno ${num}] ${text}` : `[Errno ${num}] ${text}: '${path}'`);
    this.name = 'HostError';
    this.errno = num;
    this.strerror = text;
  }
}

/** Raised by Host.exit in hosts that cannot end the process (memory): the caller unwinds. */
export class HostExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
    this.name = 'HostExit';
  }
}

export type FileKind = 'file' | 'dir' | 'symlink' | 'other';

/** What os.stat needs. Times are nanoseconds since the epoch (st_mtime_ns ...). */
export interface HostStat {
  readonly kind: FileKind;
  /** st_mode including the file type bits (S_IFREG 0o100000, S_IFDIR 0o040000, S_IFLNK 0o120000). */
  readonly mode: number;
  readonly size: number;
  readonly ino: bigint;
  readonly dev: bigint;
  readonly nlink: number;
  readonly uid: number;
  readonly gid: number;
  readonly atimeNs: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
}

/** The local time zone at some instant: tm_gmtoff, tm_isdst and tm_zone of localtime(). */
export interface HostZone {
  /** Seconds east of UTC. */
  readonly gmtoff: number;
  readonly isdst: boolean;
  /** The zone's abbreviation ('UTC', 'CET', 'PDT', ...). */
  readonly name: string;
}

/** UTC, for hosts without a local time zone. */
export const UTC_ZONE: HostZone = { gmtoff: 0, isdst: false, name: 'UTC' };

/** A standard output stream (fd 1 or 2). */
export interface HostOutput {
  readonly fd: number;
  /** Writes all the bytes before returning. */
  write(data: Uint8Array): void;
  isatty(): boolean;
}

/** The standard input stream (fd 0). */
export interface HostInput {
  readonly fd: number;
  /** Up to maxBytes bytes; an empty array at end of input. Blocks until data or EOF. */
  read(maxBytes: number): Uint8Array;
  isatty(): boolean;
}

/** Linux open(2) flags, as os.O_* and FileIO use them. */
export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_ACCMODE = 3;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_CLOEXEC = 0o2000000;

export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;

export interface WriteOptions {
  /** Append instead of replacing (open mode 'a'). */
  readonly append?: boolean;
  /** Fail with EEXIST when the file exists (open mode 'x'). */
  readonly exclusive?: boolean;
}

export interface Host {
  /** sys.platform. */
  readonly platform: string;

  // Files and directories.
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array, opts?: WriteOptions): void;
  /** os.stat (followSymlinks true, the default) or os.lstat. */
  stat(path: string, followSymlinks?: boolean): HostStat;
  /** os.path.exists: false for a missing path or a broken symlink; never throws. */
  exists(path: string): boolean;
  /** Entry names, without '.' and '..', in the order the host gives them. */
  listdir(path: string): string[];
  mkdir(path: string): void;
  unlink(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  /** os.getcwd(). */
  cwd(): string;
  chdir(path: string): void;
  /** os.path.realpath(strict=True): absolute, symlinks resolved; throws for a missing path. */
  realpath(path: string): string;

  // Process.
  /** os.environ as the process started with it (a snapshot; the core keeps its own copy). */
  environ(): ReadonlyMap<string, string>;
  /** The script and its arguments, as sys.argv starts (argv[0] is the script or '-c' ...). */
  readonly argv: readonly string[];
  /** Ends the process with this status (after the caller flushed its streams). */
  exit(status: number): never;

  // Time.
  /** time.monotonic_ns() / perf_counter_ns(): never goes back; arbitrary origin. */
  monotonicNs(): bigint;
  /** time.time_ns(): nanoseconds since the Unix epoch. */
  wallTimeNs(): bigint;
  /** time.process_time_ns(): CPU time (user + system) the process has used. */
  processTimeNs(): bigint;
  /** time.thread_time_ns(): CPU time the running thread has used. */
  threadTimeNs(): bigint;
  /** time.sleep(): blocks the caller for `ns` nanoseconds. */
  sleepNs(ns: bigint): void;
  /** The local time zone in effect `seconds` after the epoch (what localtime_r fills in). */
  localZone(seconds: number): HostZone;

  // File descriptors, as os.open/read/write/lseek/ftruncate/fstat/isatty/close see them: fds 0,
  // 1 and 2 are the standard streams; open() gives the lowest free number from 3.
  /** open(2): `flags` are the O_* values above, `mode` the permissions of a created file. */
  open(path: string, flags: number, mode: number): number;
  /** Up to maxBytes bytes from the fd's position; an empty array at end of file. */
  read(fd: number, maxBytes: number): Uint8Array;
  /** Writes at the fd's position (at the end with O_APPEND); returns the bytes written. */
  write(fd: number, data: Uint8Array): number;
  /** The new position; ESPIPE for a pipe or terminal. */
  lseek(fd: number, offset: number, whence: number): number;
  ftruncate(fd: number, length: number): void;
  fstat(fd: number): HostStat;
  isatty(fd: number): boolean;
  close(fd: number): void;

  // Standard streams.
  readonly stdin: HostInput;
  readonly stdout: HostOutput;
  readonly stderr: HostOutput;

  /** os.urandom and the hash seed (PYTHONHASHSEED unset). */
  randomBytes(n: number): Uint8Array;

  // Compiled modules kept between runs (CPython: __pycache__). Both optional: a host without
  // them compiles every import.
  /**
   * An identity of the file's contents for a file that cannot change while the identity holds
   * (a member of a mounted archive: the archive's path, size and time), else null.
   */
  immutableVersion?(path: string): string | null;
  readonly codeCache?: CodeCache;

  /** Pictures (_glasspy_render: objgraph's graphs, mprof's charts); absent where none can be drawn. */
  readonly render?: Renderer;
}

/** A store of compiled code, by key. */
export interface CodeCache {
  /** What was stored under `key`, or null. */
  read(key: string): string | null;
  /** Stores `data` under `key`; a store that cannot be written is silently no store. */
  write(key: string, data: string): void;
}

export const S_IFMT = 0o170000;
export const S_IFREG = 0o100000;
export const S_IFDIR = 0o040000;
export const S_IFLNK = 0o120000;

/** The file kind from st_mode. */
export function kindOfMode(mode: number): FileKind {
  switch (mode & S_IFMT) {
    case S_IFREG: return 'file';
    case S_IFDIR: return 'dir';
    case S_IFLNK: return 'symlink';
    default: return 'other';
  }
}

/**
 * A POSIX path made absolute against cwd and normalised ('.', '..', repeated slashes) without
 * touching the file system — posixpath.normpath(join(cwd, path)), except that a leading '//'
 * is not kept.
 */
export function absolutePath(path: string, cwd: string): string {
  const full = path.startsWith('/') ? path : `${cwd}/${path}`;
  const parts: string[] = [];
  for (const p of full.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return '/' + parts.join('/');
}

/**
 * `host` with the fd operations filled in from its standard streams when it has none (an
 * embedding that only gives stdin/stdout/stderr): fds 0-2 are the streams, opening files fails
 * with ENOSYS.
 */
export function withFdOperations(host: Host): Host {
  if (typeof host.open === 'function') return host;
  const stream = (fd: number): HostInput | HostOutput => {
    const s = fd === 0 ? host.stdin : fd === 1 ? host.stdout : fd === 2 ? host.stderr : undefined;
    if (s === undefined) throw new HostError('EBADF');
    return s;
  };
  const closed = new Set<number>();
  const live = (fd: number) => {
    if (closed.has(fd)) throw new HostError('EBADF');
    return stream(fd);
  };
  return Object.assign(Object.create(host) as Host, {
    open: (path: string) => {
      throw new HostError('ENOSYS', path);
    },
    read: (fd: number, n: number) => {
      const s = live(fd);
      if (!('read' in s)) throw new HostError('EBADF');
      return s.read(n);
    },
    write: (fd: number, data: Uint8Array) => {
      const s = live(fd);
      if (!('write' in s)) throw new HostError('EBADF');
      // A copy: the caller reuses its buffer, and such a stream may keep what it is given.
      s.write(data.slice());
      return data.length;
    },
    lseek: (fd: number) => {
      live(fd);
      throw new HostError('ESPIPE');
    },
    ftruncate: (fd: number) => {
      live(fd);
      throw new HostError('EINVAL');
    },
    fstat: (fd: number): HostStat => {
      live(fd);
      return { kind: 'other', mode: 0o010600, size: 0, ino: 0n, dev: 0n, nlink: 1, uid: 0, gid: 0, atimeNs: 0n, mtimeNs: 0n, ctimeNs: 0n };
    },
    isatty: (fd: number) => live(fd).isatty?.() ?? false,
    close: (fd: number) => {
      live(fd);
      closed.add(fd);
    },
  });
}
