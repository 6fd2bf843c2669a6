// Driving pako's zlib port (deflate and inflate streams, byte for byte zlib's output with the
// classic hash) the way CPython's zlib module drives zlib. CPython: Modules/zlibmodule.c
// (arrange_input_buffer, arrange_output_buffer, zlib_error).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { ZStream, zlibDeflate, zlibInflate } from 'pako';

export { ZStream };

export const Z_OK = 0;
export const Z_STREAM_END = 1;
export const Z_NEED_DICT = 2;
export const Z_STREAM_ERROR = -2;
export const Z_DATA_ERROR = -3;
export const Z_MEM_ERROR = -4;
export const Z_BUF_ERROR = -5;
export const Z_NO_FLUSH = 0;
export const Z_SYNC_FLUSH = 2;
export const Z_FINISH = 4;
export const DEF_BUF_SIZE = 16384;

/** Makes `data` the stream's input. */
export function setInput(strm: ZStream, data: Uint8Array): void {
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
}

/** The input the stream has not consumed. */
export function remainingInput(strm: ZStream): Uint8Array {
  return strm.input.subarray(strm.next_in, strm.next_in + strm.avail_in);
}

/** Output gathered from successive calls, in chunks. */
export class OutputBuffer {
  private chunks: Uint8Array[] = [];
  length = 0;

  /** Gives the stream a fresh output area of `size` bytes. */
  arrange(strm: ZStream, size: number): void {
    strm.output = new Uint8Array(size);
    strm.next_out = 0;
    strm.avail_out = size;
  }

  /** Keeps what the last call wrote. */
  collect(strm: ZStream): void {
    if (strm.next_out > 0) {
      this.chunks.push(strm.output.subarray(0, strm.next_out));
      this.length += strm.next_out;
    }
  }

  bytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0]!.slice();
    const out = new Uint8Array(this.length);
    let k = 0;
    for (const c of this.chunks) {
      out.set(c, k);
      k += c.length;
    }
    return out;
  }
}

/**
 * Runs deflate or inflate over the stream's input until it stops filling whole output areas,
 * or until `limit` bytes came out; returns the last status. `onStatus` sees each status and may
 * raise or ask to stop (returning true). CPython: the inner do/while loops of zlibmodule.c
 */
export function pump(strm: ZStream, inflate: boolean, flush: number, out: OutputBuffer, limit: number,
  onStatus: (err: number) => boolean): number {
  let err = Z_OK;
  let bufsize = DEF_BUF_SIZE;
  do {
    const room = limit - out.length;
    if (room <= 0) return err;
    out.arrange(strm, Math.min(bufsize, room));
    err = inflate ? zlibInflate(strm, flush as 0) : zlibDeflate(strm, flush as 0);
    out.collect(strm);
    if (onStatus(err)) return err;
    bufsize = Math.min(bufsize * 2, 1 << 22);
  } while (strm.avail_out === 0);
  return err;
}

/** zlib.error for status `err` with zlib's message. CPython: zlib_error */
export function zlibError(interp: Interpreter, error: PyTypeObject, strm: ZStream | null, err: number, msg: string): never {
  let zmsg: string | null = strm !== null && strm.msg !== '' && err !== Z_STREAM_ERROR && err !== Z_BUF_ERROR ? strm.msg : null;
  if (zmsg === null) {
    if (err === Z_BUF_ERROR) zmsg = 'incomplete or truncated stream';
    else if (err === Z_STREAM_ERROR) zmsg = 'inconsistent stream state';
    else if (err === Z_DATA_ERROR) zmsg = 'invalid input data';
  }
  return PyErr_SetString(interp, error, zmsg === null ? `Error ${err} ${msg}` : `Error ${err} ${msg}: ${zmsg}`);
}

/** A deep copy of `v` keeping shared references shared (the state's aliases of its own tables). */
function cloneDeep(v: unknown, memo: Map<object, unknown>): unknown {
  if (v === null || typeof v !== 'object') return v;
  const seen = memo.get(v);
  if (seen !== undefined) return seen;
  if (ArrayBuffer.isView(v)) {
    const c = (v as Uint8Array).slice();
    memo.set(v, c);
    return c;
  }
  const c: Record<string, unknown> = Array.isArray(v) ? ([] as unknown as Record<string, unknown>) : Object.create(Object.getPrototypeOf(v) as object);
  memo.set(v, c);
  for (const k of Object.keys(v)) c[k] = cloneDeep((v as Record<string, unknown>)[k], memo);
  return c;
}

/** An independent copy of a stream and its state, as zlib's deflateCopy and inflateCopy make. */
export function copyStream(strm: ZStream): ZStream {
  return cloneDeep(strm, new Map()) as ZStream;
}
