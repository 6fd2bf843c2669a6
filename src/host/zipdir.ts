// A zip archive seen as a read-only directory: the standard library ships as one zip
// (pyodide's python_stdlib.zip), and CPython's reference runs read it as the directory
// lib/python3.12. Mounting the archive at its own path makes `<zip>/json/__init__.py` a file
// that imports, tracebacks and linecache read like any other, with the paths and loaders CPython
// shows for its Lib/. Reading goes through fflate (works in Node and the browser alike).
import { unzipSync } from 'fflate';
import { HostError, O_ACCMODE, O_CREAT, O_RDONLY, O_TRUNC, S_IFDIR, S_IFREG, SEEK_CUR, SEEK_END, SEEK_SET, type Host, type HostStat } from './host.ts';

interface Entry {
  readonly dir: boolean;
  readonly size: number;
}

/** The listing of an archive, and its members decompressed on demand. */
class ZipArchive {
  readonly entries = new Map<string, Entry>([['', { dir: true, size: 0 }]]);
  readonly children = new Map<string, string[]>([['', []]]);

  constructor(private readonly data: Uint8Array, readonly stat: HostStat) {
    const names: [string, number][] = [];
    unzipSync(data, {
      filter: (f) => {
        names.push([f.name, f.originalSize]);
        return false;
      },
    });
    for (const [name, size] of names) {
      if (name.endsWith('/')) this.addDir(name.slice(0, -1));
      else this.add(name, { dir: false, size });
    }
  }

  private add(name: string, entry: Entry): void {
    if (this.entries.has(name)) return;
    const slash = name.lastIndexOf('/');
    const parent = slash < 0 ? '' : name.slice(0, slash);
    this.addDir(parent);
    this.entries.set(name, entry);
    this.children.get(parent)!.push(name.slice(slash + 1));
  }

  private addDir(name: string): void {
    if (this.entries.has(name)) return;
    this.add(name, { dir: true, size: 0 });
    this.children.set(name, []);
  }

  read(name: string): Uint8Array {
    return unzipSync(this.data, { filter: (f) => f.name === name })[name]!;
  }
}

/**
 * `host` with the zip archive at `zipPath` readable as a directory of the same name (stat,
 * exists, listdir, readFile, realpath); everything else, and everything when the archive cannot
 * be read, is the host's.
 */
export function mountZip(host: Host, zipPath: string): Host {
  let archive: ZipArchive | null | undefined;
  const open = (): ZipArchive | null => {
    if (archive === undefined) {
      try {
        archive = new ZipArchive(host.readFile(zipPath), host.stat(zipPath));
      } catch {
        archive = null;
      }
    }
    return archive;
  };
  const prefix = zipPath + '/';
  /** The member a path names ('' for the archive itself), or null outside the archive. */
  const member = (path: string): string | null => {
    if (path === zipPath) return open() === null ? null : '';
    if (!path.startsWith(prefix) || open() === null) return null;
    return path.slice(prefix.length).replace(/\/+$/, '');
  };
  const entryOf = (path: string, name: string): Entry => {
    const e = archive!.entries.get(name);
    if (e === undefined) throw new HostError('ENOENT', path);
    return e;
  };
  // Members opened as files: the fd (reserved in the host's table by opening /dev/null, so that
  // numbering stays the host's) reads from the member's bytes.
  const openMembers = new Map<number, { data: Uint8Array; pos: number; stat: HostStat }>();
  const openMember = (fd: number) => openMembers.get(fd);
  const mounted = delegateTo(host);
  Object.assign(mounted, {
    open(path: string, flags: number, mode: number): number {
      const name = member(path);
      if (name === null) return host.open(path, flags, mode);
      if ((flags & O_ACCMODE) !== O_RDONLY || (flags & (O_CREAT | O_TRUNC)) !== 0) throw new HostError('EROFS', path);
      const stat = mounted.stat(path);
      const data = stat.kind === 'dir' ? new Uint8Array(0) : archive!.read(name);
      const fd = host.open('/dev/null', O_RDONLY, 0);
      openMembers.set(fd, { data, pos: 0, stat });
      return fd;
    },
    read(fd: number, maxBytes: number): Uint8Array {
      const m = openMember(fd);
      if (m === undefined) return host.read(fd, maxBytes);
      if (m.stat.kind === 'dir') throw new HostError('EISDIR');
      const out = m.data.slice(m.pos, m.pos + maxBytes);
      m.pos += out.length;
      return out;
    },
    write(fd: number, data: Uint8Array): number {
      if (openMember(fd) !== undefined) throw new HostError('EBADF');
      return host.write(fd, data);
    },
    lseek(fd: number, offset: number, whence: number): number {
      const m = openMember(fd);
      if (m === undefined) return host.lseek(fd, offset, whence);
      const pos = (whence === SEEK_SET ? 0 : whence === SEEK_CUR ? m.pos : whence === SEEK_END ? m.data.length : NaN) + offset;
      if (!(pos >= 0)) throw new HostError('EINVAL');
      m.pos = pos;
      return pos;
    },
    ftruncate(fd: number, length: number): void {
      if (openMember(fd) !== undefined) throw new HostError('EINVAL');
      host.ftruncate(fd, length);
    },
    fstat(fd: number): HostStat {
      return openMember(fd)?.stat ?? host.fstat(fd);
    },
    isatty(fd: number): boolean {
      return openMember(fd) === undefined && host.isatty(fd);
    },
    close(fd: number): void {
      openMembers.delete(fd);
      host.close(fd);
    },
    readFile(path: string): Uint8Array {
      const name = member(path);
      if (name === null) return host.readFile(path);
      if (entryOf(path, name).dir) throw new HostError('EISDIR', path);
      return archive!.read(name);
    },
    stat(path: string, followSymlinks?: boolean): HostStat {
      const name = member(path);
      if (name === null) return host.stat(path, followSymlinks);
      const e = entryOf(path, name);
      return { ...archive!.stat, kind: e.dir ? 'dir' : 'file', mode: e.dir ? S_IFDIR | 0o755 : S_IFREG | 0o644, size: e.size, nlink: 1 };
    },
    exists(path: string): boolean {
      const name = member(path);
      return name === null ? host.exists(path) : archive!.entries.has(name);
    },
    listdir(path: string): string[] {
      const name = member(path);
      if (name === null) return host.listdir(path);
      if (!entryOf(path, name).dir) throw new HostError('ENOTDIR', path);
      return [...archive!.children.get(name)!];
    },
    immutableVersion(path: string): string | null {
      const name = member(path);
      if (name === null) return host.immutableVersion?.(path) ?? null;
      const e = archive!.entries.get(name);
      return e === undefined || e.dir ? null : `${zipPath}:${archive!.stat.size}:${archive!.stat.mtimeNs}`;
    },
    realpath(path: string): string {
      const name = member(path);
      if (name === null) return host.realpath(path);
      entryOf(path, name);
      return name === '' ? zipPath : prefix + name;
    },
  });
  return mounted;
}

/**
 * An object whose members are `host`'s: its methods bound to it (so that state they change
 * stays the host's) and its other properties read through.
 */
function delegateTo(host: Host): Host {
  const out: Record<string, unknown> = {};
  for (let o: object | null = host; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const key of Object.getOwnPropertyNames(o)) {
      if (key === 'constructor' || key in out) continue;
      const v = (host as unknown as Record<string, unknown>)[key];
      if (typeof v === 'function') out[key] = (v as (...a: unknown[]) => unknown).bind(host);
      else Object.defineProperty(out, key, { get: () => (host as unknown as Record<string, unknown>)[key], enumerable: true });
    }
  }
  return out as unknown as Host;
}
