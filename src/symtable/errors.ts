// The source line CPython attaches to a SyntaxError raised after parsing (by future.c, the
// symbol table or the code generator): it reads the line back from the file named by the
// filename, so "<string>" and "<stdin>" get none. Pure: the caller supplies the file's bytes.
// CPython: Python/errors.c PyErr_ProgramTextObject, err_programtext (3.12.1)
import { PySyntaxError } from '../tokenizer/errors.ts';

/** CPython reads lines with fgets into a 1000-byte buffer: at most 999 bytes a read. */
const CHUNK = 999;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Line `lineno` (1-based) of a file's bytes as 3.12.1's err_programtext returns it, or null.
 * Its quirks are the reference's: newlines are universal ("\r\n" and "\r" become "\n"); a
 * line longer than 999 bytes comes back as its last 999-byte chunk; the text stops at a
 * NUL byte; a UTF-8 BOM is kept; bytes that are not UTF-8 give no line at all.
 */
export function programTextLine(bytes: Uint8Array, lineno: number): string | null {
  let pos = 0;
  let chunk: number[] = [];
  for (let i = 0; i < lineno; i++) {
    // fgets until the buffer's last byte is not a full buffer without a newline.
    for (;;) {
      if (pos >= bytes.length) return null;
      chunk = [];
      while (chunk.length < CHUNK && pos < bytes.length) {
        let c = bytes[pos++]!;
        if (c === 0x0d) {
          c = 0x0a;
          if (bytes[pos] === 0x0a) pos++;
        }
        chunk.push(c);
        if (c === 0x0a) break;
      }
      if (chunk.length < CHUNK || chunk[CHUNK - 1] === 0x0a) break;
    }
  }
  const nul = chunk.indexOf(0);
  try {
    return strictUtf8.decode(new Uint8Array(nul < 0 ? chunk : chunk.slice(0, nul)));
  } catch {
    return null;
  }
}

/** The error with the text CPython would read back from the file (bytes null: unreadable, no text). */
export function withProgramText(e: PySyntaxError, bytes: Uint8Array | null): PySyntaxError {
  if (e.text !== null || bytes === null || e.lineno < 1) return e;
  const text = programTextLine(bytes, e.lineno);
  if (text === null) return e;
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, text, e.end_lineno, e.end_offset, e.locationInArgs);
}
