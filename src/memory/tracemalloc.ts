// tracemalloc's tables: one trace (requested size, interned traceback) per live block the
// allocator handed out while tracing, and the traced memory counters.
// CPython: Python/tracemalloc.c (tracemalloc_alloc, tracemalloc_realloc, tracemalloc_free,
// traceback_new, traceback_get_frames, tracemalloc_get_frame, _PyTraceMalloc_Start/Stop).
// The allocator calls alloc/realloc/free after serving each request (src/memory/obmalloc.ts);
// the tables hold no Python object but the filenames, each once.
import type { Interpreter } from '../runtime/interpreter.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { unicodeText } from '../objects/unicodeobject.ts';
import { frameLine } from '../vm/frameobject.ts';
import type { Frame } from '../vm/frame.ts';

/** The largest traceback limit, and the cap of total_nframe. CPython: MAX_NFRAME (UINT16_MAX) */
export const MAX_NFRAME = 65535;

/** An interned traceback: frames most recent first. CPython: traceback_t */
export interface Traceback {
  readonly filenames: readonly string[];
  readonly linenos: readonly number[];
  readonly totalNframe: number;
}

/** CPython: trace_t; a freed block's record keeps its slot with a null traceback. */
export interface Trace {
  size: number;
  traceback: Traceback | null;
}

const UNKNOWN = '<unknown>';

/** What the allocator calls while tracing (src/memory/obmalloc.ts). */
export interface AllocatorHooks {
  alloc(ptr: number, size: number): void;
  realloc(oldPtr: number, ptr: number, size: number): void;
  free(ptr: number): void;
}

export class TraceMalloc implements AllocatorHooks {
  tracing = false;
  /** The last nframe given to a successful start (tracemalloc_config.max_nframe). */
  maxNframe = 1;
  /**
   * Traces of the default domain (0) by block address. A free keeps the address's entry (with a
   * null traceback): the allocator reuses addresses all the time, and a JS Map that deletes and
   * re-adds the same keys keeps the deleted entries in its chains until it rehashes.
   */
  private readonly traces = new Map<number, Trace>();
  private readonly tracebacks = new Map<string, Traceback>();
  /** The filename strings of the tracebacks (owned references), by their text. */
  private readonly filenames = new Map<string, PyObject>();
  traced = 0;
  peak = 0;
  /** Live traces. */
  count = 0;
  /**
   * Set while tracemalloc's own work allocates (building _get_traces' list): those requests are
   * not traced, as CPython's reentrant flag has them.
   */
  reentrant = false;
  private readonly empty: Traceback = { filenames: [UNKNOWN], linenos: [0], totalNframe: 1 };

  constructor(private readonly interp: Interpreter) {}

  // CPython: _PyTraceMalloc_Start (the tables already exist)
  start(nframe: number): void {
    // Already tracing: the limit stays.
    if (this.tracing) return;
    this.maxNframe = nframe;
    this.tracing = true;
    this.interp.obmalloc.tracemallocHooks = this;
  }

  // CPython: _PyTraceMalloc_Stop
  stop(): void {
    if (!this.tracing) return;
    this.tracing = false;
    this.interp.obmalloc.tracemallocHooks = null;
    this.clear();
  }

  // CPython: tracemalloc_clear_traces
  clear(): void {
    this.traces.clear();
    this.tracebacks.clear();
    this.count = 0;
    this.traced = 0;
    this.peak = 0;
    const names = [...this.filenames.values()];
    this.filenames.clear();
    for (const f of names) Py_DECREF(f);
  }

  hasFilename(name: string): boolean {
    return this.filenames.has(name);
  }

  /** The interned filename object of a traceback's frame. */
  filenameObject(name: string): PyObject {
    return this.filenames.get(name)!;
  }

  alloc(ptr: number, size: number): void {
    if (this.reentrant) return;
    this.addTrace(ptr, size);
  }

  // CPython: tracemalloc_realloc — in place, the trace takes the new size and traceback.
  realloc(oldPtr: number, ptr: number, size: number): void {
    if (this.reentrant) return;
    if (oldPtr !== 0 && ptr !== oldPtr) this.free(oldPtr);
    this.addTrace(ptr, size);
  }

  // CPython: tracemalloc_free (no reentrancy check)
  free(ptr: number): void {
    const t = this.traces.get(ptr);
    if (t === undefined || t.traceback === null) return;
    t.traceback = null;
    this.traced -= t.size;
    this.count--;
  }

  // CPython: tracemalloc_add_trace
  private addTrace(ptr: number, size: number): void {
    const traceback = this.captureTraceback();
    const t = this.traces.get(ptr);
    if (t === undefined) {
      this.traces.set(ptr, { size, traceback });
      this.count++;
    } else {
      if (t.traceback !== null) this.traced -= t.size;
      else this.count++;
      t.size = size;
      t.traceback = traceback;
    }
    this.traced += size;
    if (this.traced > this.peak) this.peak = this.traced;
  }

  // CPython: traceback_new, traceback_get_frames
  private captureTraceback(): Traceback {
    const max = this.maxNframe;
    let f = firstComplete(this.interp.tstate.frame);
    if (f === null) return this.empty;
    const filenames: string[] = [];
    const linenos: number[] = [];
    let total = 0;
    let key = '';
    for (; f !== null; f = firstComplete(f.previous)) {
      if (filenames.length < max) {
        const name = this.internFilename(f.co.filename);
        const line = Math.max(0, frameLine(f, f.instr));
        filenames.push(name);
        linenos.push(line);
        key += `${name}\0${line}\0`;
      }
      if (total < MAX_NFRAME) total++;
    }
    key += total;
    let tb = this.tracebacks.get(key);
    if (tb === undefined) {
      tb = { filenames, linenos, totalNframe: total };
      this.tracebacks.set(key, tb);
    }
    return tb;
  }

  // CPython: tracemalloc_get_frame (the filenames table)
  private internFilename(o: PyObject): string {
    if (o.ob_type !== this.interp.types.str && !o.ob_type.isSubtypeOf(this.interp.types.str)) return UNKNOWN;
    const name = unicodeText(o);
    if (!this.filenames.has(name)) this.filenames.set(name, Py_NewRef(o));
    return name;
  }

  /** The traceback of the block at `ptr`, if traced. */
  tracebackAt(ptr: number): Traceback | null {
    return this.traces.get(ptr)?.traceback ?? null;
  }

  /** A copy of the live traces: [size, traceback] each. */
  copyTraces(): [number, Traceback][] {
    const out: [number, Traceback][] = [];
    for (const t of this.traces.values()) if (t.traceback !== null) out.push([t.size, t.traceback]);
    return out;
  }

  /**
   * A rough figure of the tables' own memory, as CPython counts its hash tables and entries.
   * CPython: _PyTraceMalloc_GetMemory
   */
  memoryUsage(): number {
    const HASHTABLE = 56;
    const ENTRY = 32;
    let size = 4 * HASHTABLE + 8 * 16;
    size += this.filenames.size * ENTRY;
    for (const tb of this.tracebacks.values()) size += ENTRY + 16 + 16 * tb.filenames.length;
    size += this.count * (ENTRY + 16);
    return size;
  }
}

/** `f` or the first caller of it that has started running. CPython: _PyFrame_GetFirstComplete */
function firstComplete(f: Frame | null): Frame | null {
  while (f !== null && f.gen === null && f.instr < f.co.firstTraceable) f = f.previous;
  return f;
}

/** The interpreter's tracemalloc state, made on first use. */
export function traceMallocOf(interp: Interpreter): TraceMalloc {
  return (interp.tracemalloc ??= new TraceMalloc(interp));
}
