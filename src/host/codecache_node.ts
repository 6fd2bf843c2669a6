// Compiled modules kept in a directory between runs, as CPython keeps .pyc files in
// __pycache__. One file per key, named by a hash of the key; the file repeats its key on its
// first line, so that two keys with one hash never mix. Files are written whole under a
// temporary name, then renamed, so that runs side by side never read half a file.
import * as fs from 'node:fs';
import path from 'node:path';
import type { CodeCache } from './host.ts';

/** 64-bit FNV-1a of the key's UTF-16 units, as 16 hex digits. */
function keyHash(key: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < key.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(key.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

/** The name of a build's directory: "b" and a hash of the bundle (older builds: its size and time). */
export const BUILD_DIR = /^b[0-9a-f]+(-\d+)?$/;

export class DirCodeCache implements CodeCache {
  private made = false;

  /**
   * `dir` holds one build's entries: when it is first made, the directories of other builds
   * beside it (named as BUILD_DIR matches) are removed.
   */
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, `${keyHash(key)}.json`);
  }

  read(key: string): string | null {
    let text: string;
    try {
      text = fs.readFileSync(this.file(key), 'utf8');
    } catch {
      return null;
    }
    const nl = text.indexOf('\n');
    return nl >= 0 && text.slice(0, nl) === JSON.stringify(key) ? text.slice(nl + 1) : null;
  }

  write(key: string, data: string): void {
    try {
      if (!this.made) this.makeDir();
      const file = this.file(key);
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, `${JSON.stringify(key)}\n${data}`);
      fs.renameSync(tmp, file);
    } catch {
      // A cache that cannot be written costs only time.
    }
  }

  private makeDir(): void {
    this.made = true;
    if (fs.existsSync(this.dir)) return;
    fs.mkdirSync(this.dir, { recursive: true });
    const parent = path.dirname(this.dir);
    for (const old of fs.readdirSync(parent)) {
      if (old !== path.basename(this.dir) && BUILD_DIR.test(old)) fs.rmSync(path.join(parent, old), { recursive: true, force: true });
    }
  }
}
