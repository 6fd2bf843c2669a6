// The source line CPython attaches to a SyntaxError raised after parsing (by future.c, the
// symbol table or the code generator): it reads the line back from the file named by the
// filename, so "<string>" and "<stdin>" get none. Pure: the caller supplies the file's bytes.
// CPython: Python/errors.c PyErr_ProgramTextObject, err_programtext
import { PySyntaxError } from '../tokenizer/errors.ts';

const LINE_BUFFER = 1000;

/**
 * Line `lineno` (1-based) of a file's bytes as err_programtext returns it: universal
 * newlines, a UTF-8 BOM skipped on line 1, decoded as UTF-8 with replacement; null past
 * the end. A line of 1000 bytes or more comes back cut to its first 999, like the C buffer.
 */
export function programTextLine(bytes: Uint8Array, lineno: number): string | null {
  if (lineno < 1) return null;
  let pos = 0;
  let line = 1;
  while (line < lineno) {
    const end = lineEnd(bytes, pos);
    if (end === pos) return null;
    pos = end;
    line++;
  }
  const end = lineEnd(bytes, pos);
  if (end === pos) return null;
  let chunk = bytes.subarray(pos, end);
  let text: Uint8Array;
  // The line with its newline normalised to "\n".
  if (chunk[chunk.length - 1] === 0x0a || chunk[chunk.length - 1] === 0x0d) {
    const body = chunk[chunk.length - 1] === 0x0a && chunk[chunk.length - 2] === 0x0d ? chunk.subarray(0, chunk.length - 2) : chunk.subarray(0, chunk.length - 1);
    text = new Uint8Array(body.length + 1);
    text.set(body);
    text[body.length] = 0x0a;
  } else {
    text = chunk;
  }
  if (text.length > LINE_BUFFER - 1) text = text.subarray(0, LINE_BUFFER - 1);
  if (lineno === 1 && text[0] === 0xef && text[1] === 0xbb && text[2] === 0xbf) text = text.subarray(3);
  chunk = text;
  return new TextDecoder('utf-8').decode(chunk);
}

/** Where the line starting at `pos` ends (after its \n, \r\n or \r). */
function lineEnd(bytes: Uint8Array, pos: number): number {
  let i = pos;
  while (i < bytes.length) {
    const c = bytes[i++];
    if (c === 0x0a) return i;
    if (c === 0x0d) return bytes[i] === 0x0a ? i + 1 : i;
  }
  return i;
}

/** The error with the text CPython would read back from the file (bytes null: unreadable, no text). */
export function withProgramText(e: PySyntaxError, bytes: Uint8Array | null): PySyntaxError {
  if (e.text !== null || bytes === null) return e;
  const text = programTextLine(bytes, e.lineno);
  if (text === null) return e;
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, text, e.end_lineno, e.end_offset);
}
