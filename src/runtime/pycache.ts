// Bytecode files in __pycache__, as CPython reads and writes them on import: a 16-byte header
// (magic number, flags, the source's mtime and size) and the module's code in marshal format.
// Glasspy's compiler and marshal give CPython's code objects, so the two share these files.
// CPython: Lib/importlib/_bootstrap_external.py (cache_from_source, _classify_pyc,
// _validate_timestamp_pyc, _code_to_timestamp_pyc, SourceLoader.get_code, _write_atomic)
import type { Interpreter } from './interpreter.ts';
import { HostError, O_CREAT, O_EXCL, O_WRONLY, type Host, type HostStat } from '../host/host.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_GetItem } from '../objects/dictobject.ts';
import { Py_DECREF, type PyObject } from '../objects/object.ts';
import { PyObject_IsTrue } from '../objects/objectops.ts';
import { marshalDumps, marshalLoads } from '../modules/marshalmodule.ts';
import { pathJoin } from './import.ts';

/** importlib.util.MAGIC_NUMBER of 3.12: 3531 as two little-endian bytes, then '\r\n'. */
const MAGIC = [0xcb, 0x0d, 0x0d, 0x0a];

/** CPython: _bootstrap_external.cache_from_source (no -O levels, no pycache_prefix) */
export function cacheFromSource(path: string): string {
  const slash = path.lastIndexOf('/');
  const head = path.slice(0, slash);
  const tail = path.slice(slash + 1);
  const dot = tail.lastIndexOf('.');
  const base = dot < 0 ? '' : tail.slice(0, dot);
  const almost = `${dot < 0 ? tail : base || tail.slice(dot + 1)}.cpython-312`;
  return pathJoin(head, '__pycache__', `${almost}.pyc`);
}

function le32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function mtimeOf(st: HostStat): number {
  return Number((st.mtimeNs / 1_000_000_000n) & 0xffffffffn);
}

/**
 * The code of `path` from its cached bytecode, or null when there is none or it is not for this
 * source (another magic number, a hash-based file, another mtime or size, unreadable data).
 */
export function readCachedCode(interp: Interpreter, host: Host, path: string, st: HostStat): PyObject | null {
  let data: Uint8Array;
  try {
    data = host.readFile(cacheFromSource(path));
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
  if (data.length < 16 || MAGIC.some((b, i) => data[i] !== b)) return null;
  if (le32(data, 4) !== 0) return null;
  if (le32(data, 8) !== mtimeOf(st) || le32(data, 12) !== (st.size & 0xffffffff) >>> 0) return null;
  const code = marshalLoads(interp, data.subarray(16));
  if (code === null) return null;
  if (code.ob_type !== interp.types.code) {
    Py_DECREF(code);
    return null;
  }
  return code;
}

function dontWriteBytecode(interp: Interpreter): boolean {
  const v = interp.sysDict === null ? null : PyDict_GetItem(interp, interp.sysDict, internedStr(interp, 'dont_write_bytecode'));
  return v !== null && PyObject_IsTrue(interp, v);
}

/**
 * Writes `code` (compiled from `path`) to its __pycache__ file unless sys.dont_write_bytecode;
 * a directory or file that cannot be written is left alone, as CPython leaves it.
 */
export function writeCachedCode(interp: Interpreter, host: Host, path: string, st: HostStat, code: PyObject): void {
  if (dontWriteBytecode(interp)) return;
  const body = marshalDumps(interp, code);
  if (body === null) return;
  const data = new Uint8Array(16 + body.length);
  data.set(MAGIC, 0);
  const view = new DataView(data.buffer);
  view.setUint32(8, mtimeOf(st), true);
  view.setUint32(12, (st.size & 0xffffffff) >>> 0, true);
  data.set(body, 16);
  const target = cacheFromSource(path);
  const dir = target.slice(0, target.lastIndexOf('/'));
  try {
    if (!host.exists(dir)) host.mkdir(dir);
    // CPython: _write_atomic — a temporary file with the source's permissions, renamed over.
    const tmp = `${target}.${Math.floor(Math.random() * 2 ** 48)}`;
    const fd = host.open(tmp, O_EXCL | O_CREAT | O_WRONLY, (st.mode | 0o200) & 0o666);
    try {
      for (let off = 0; off < data.length;) off += host.write(fd, data.subarray(off));
    } finally {
      host.close(fd);
    }
    try {
      host.rename(tmp, target);
    } catch (e) {
      host.unlink(tmp);
      throw e;
    }
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
  }
}
