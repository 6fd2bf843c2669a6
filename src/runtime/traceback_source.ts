// The source line a traceback entry shows, read the way CPython 3.12.1's C display reads it
// (Python/traceback.c display_source_line_with_margin and _Py_FindSourceFile): no line for
// "<...>" names; the file opened as named, else found by its last component along sys.path;
// decoded with its PEP 263 cookie (BOM kept, as io.TextIOWrapper(..., 'utf-8') keeps it);
// lines split as universal newlines; the trailing "\n" removed and nothing else.
import { HostError, type Host } from '../host/host.ts';
import { decodeSourceWithInfo } from '../tokenizer/decode.ts';

// MAXPATHLEN on Linux: longer candidate paths are skipped by _Py_FindSourceFile.
const MAXPATHLEN = 4096;

/** Line `lineno` (1-based) of decoded text, as readline() with universal newlines gives it,
 * without its line ending; null past the end or for lineno < 1. */
export function sourceLineFromText(text: string, lineno: number): string | null {
  if (lineno < 1) return null;
  let start = 0;
  for (let n = 1; ; n++) {
    if (start >= text.length) return null;
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    if (n === lineno) return text.slice(start, end);
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
}

/** The decoded text of a source file as the display decodes it, or null when it cannot be. */
export function decodeForDisplay(bytes: Uint8Array, filename: string): string | null {
  try {
    const d = decodeSourceWithInfo(bytes, filename, true);
    return d.bom ? '\ufeff' + d.text : d.text;
  } catch {
    return null;
  }
}

/** The bytes of the file a traceback names, found as _Py_FindSourceFile finds it, or null. */
export function findSourceFile(host: Host, filename: string, sysPath: readonly string[]): Uint8Array | null {
  if (filename.length === 0) return null;
  if (filename.startsWith('<') && filename.endsWith('>')) return null;
  const tryRead = (p: string): Uint8Array | null => {
    try {
      return host.readFile(p);
    } catch (e) {
      if (e instanceof HostError) return null;
      throw e;
    }
  };
  const direct = tryRead(filename);
  if (direct !== null) return direct;
  const tail = filename.slice(filename.lastIndexOf('/') + 1);
  for (const entry of sysPath) {
    if (entry.length + 1 + tail.length >= MAXPATHLEN - 1) continue;
    const candidate = entry.length > 0 && !entry.endsWith('/') ? `${entry}/${tail}` : entry + tail;
    const found = tryRead(candidate);
    if (found !== null) return found;
  }
  return null;
}

/** The line a traceback entry displays for (filename, lineno), or null when it shows none. */
export function readSourceLine(host: Host, filename: string, lineno: number, sysPath: readonly string[]): string | null {
  const bytes = findSourceFile(host, filename, sysPath);
  if (bytes === null) return null;
  const text = decodeForDisplay(bytes, filename);
  return text === null ? null : sourceLineFromText(text, lineno);
}
