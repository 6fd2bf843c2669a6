// The Node side of the CLI's standard streams. Writes go through process.stdout/stderr,
// which Node drains before exiting as long as we return normally (we set exitCode and
// never call process.exit while output may be pending).
import { readSync } from 'node:fs';

let stdoutWatched = false;

export function writeOut(data: string | Uint8Array): void {
  if (data.length === 0) return;
  // Set up on first use: process.stdout is a stream whose creation costs milliseconds, and
  // Python's output goes to fd 1 directly (src/host/node.ts).
  if (!stdoutWatched) {
    stdoutWatched = true;
    // Output to a closed pipe ends the program quietly, with the status CPython uses when it
    // cannot flush stdout at exit.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exitCode = 120;
    });
  }
  process.stdout.write(data);
}

export function writeErr(data: string | Uint8Array): void {
  if (data.length > 0) process.stderr.write(data);
}

/** All of standard input as bytes (blocking, like CPython reading a non-tty stdin). */
export function readStdinBytes(): Uint8Array {
  const chunks: Buffer[] = [];
  const buf = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as { code?: string }).code;
      // A non-blocking pipe with no data yet: wait a moment and retry.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

/** shutil.get_terminal_size().columns: $COLUMNS, else the stdout terminal, else 80. */
export function terminalColumns(): number {
  const env = process.env.COLUMNS;
  if (env !== undefined && /^\s*[+-]?\d+\s*$/.test(env)) {
    const n = Number(env.trim());
    if (n > 0) return n;
  }
  if (process.stdout.isTTY && process.stdout.columns > 0) return process.stdout.columns;
  return 80;
}

/** What Glasspy reports as sys.executable: the launcher script Node was started with. */
export function executablePath(): string {
  return process.argv[1] ?? 'glasspy';
}
