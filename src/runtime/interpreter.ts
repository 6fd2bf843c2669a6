// An interpreter: everything a running Python holds, with no module-level state, so that
// several can live in one page (see docs/internals/object-model.md).
// CPython: Include/internal/pycore_interp.h (PyInterpreterState).
import { ObMalloc } from '../memory/obmalloc.ts';
import type { TraceMalloc } from '../memory/tracemalloc.ts';
import type { Host } from '../host/host.ts';
import type { PyObject } from '../objects/object.ts';
import type { PyTypeObject } from '../objects/typeobject.ts';
import type { PyWeakReference } from '../objects/weakrefobject.ts';
import type { AtexitCallback } from '../modules/atexitmodule.ts';
import { createBuiltinTypes, readyBuiltinTypes, type BuiltinTypes } from '../objects/registry.ts';
import { ThreadState } from '../vm/frame.ts';
import { BREAK_GC, EvalBreaker } from '../vm/eval_breaker.ts';
import { PyErr_WriteUnraisable } from './unraisable.ts';
import { evalFunctionCall } from '../vm/ceval.ts';
import { initFrameType } from '../vm/frameobject.ts';
import { createSingletons, type Singletons } from '../objects/singletons.ts';
import type { FloatFreeList } from '../objects/floatobject.ts';
import type { TupleFreeLists } from '../objects/tupleobject.ts';
import { hashSecretFromSeed, type HashSecret } from '../objects/hash/index.ts';
import type { TableRuntime } from '../objects/tables/index.ts';
import { createTableRuntime } from '../objects/dictobject.ts';
import { initIoTypes } from '../modules/_io/_iomodule.ts';
import { DEFAULT_MAX_STR_DIGITS } from '../parser/literals.ts';
import { ObjectRegistry } from './refaudit.ts';
import { GCState } from '../memory/gcstate.ts';

/**
 * Statically allocated objects (types, None, small ints, ...) live in the binary's data segment
 * in CPython, not in pymalloc's arenas: they get addresses from this region instead.
 */
class StaticData {
  constructor(private next: number) {}
  alloc(size: number, preheader: number): number {
    const addr = this.next + preheader;
    this.next += (preheader + size + 15) & ~15;
    return addr;
  }
}

export class Interpreter {
  readonly obmalloc: ObMalloc;
  /** The cyclic collector's generations, counts and settings (src/memory/gcstate.ts). */
  readonly gc = new GCState();
  private readonly staticData = new StaticData(0x55d1c8a4d140);
  readonly types: BuiltinTypes;
  readonly singletons: Singletons;
  /** CPython's per-interpreter free lists (Include/internal/pycore_*_state.h). */
  readonly floatFreeList: FloatFreeList = { items: [] };
  /** One freed slice kept for reuse (CPython: interp->slice_cache). */
  sliceCache: PyObject | null = null;
  /** Free exact lists for reuse (CPython: interp->list.free_list, at most 80). */
  readonly listFreeList: PyObject[] = [];
  /** Free exact dicts for reuse (CPython: interp->dict_state.free_list, at most 80). */
  readonly dictFreeList: PyObject[] = [];
  /** The containers whose repr is being computed (CPython: the Py_Repr list of the thread state). */
  readonly reprStack: PyObject[] = [];
  readonly tupleFreeLists: TupleFreeLists = { bySize: Array.from({ length: 21 }, () => [] as PyObject[]) };
  /** Interned strs by value (CPython: interp->cached_objects.interned_strings). */
  readonly interned = new Map<string, PyObject>();
  /** Types made on first use (struct sequences, the import system's ModuleSpec ...) by full name. */
  readonly lazyTypes = new Map<string, PyTypeObject>();
  /** Each weakly referenced object's weak reference objects, in CPython's list order (src/objects/weakrefobject.ts). */
  readonly weakrefLists = new Map<PyObject, PyWeakReference[]>();
  /** atexit's registered calls, in registration order; unregistered ones leave a null slot. */
  readonly atexitCallbacks: (AtexitCallback | null)[] = [];

  /** _Py_HashSecret (per interpreter here; CPython's is per process). */
  readonly hashSecret: HashSecret;
  /** CPython: interp->dict_state, with the object-model hooks the tables call. */
  readonly dictRuntime: TableRuntime;
  /** The builtins module's dict (interp->builtins), set up by src/runtime/bltinmodule.ts. */
  builtinsDict: PyObject = null as unknown as PyObject;
  /** The builtins before the program ran, restored at exit (src/runtime/finalize.ts). CPython: interp->builtins_copy */
  builtinsCopy: PyObject | null = null;
  /** The thread running Python code (one until threads exist). */
  readonly tstate = new ThreadState();
  /** What the eval loop's check points look at (CPython: interp->ceval). */
  readonly evalBreaker = new EvalBreaker();
  /** sys.modules (set up with the sys module), and the builtin __import__ IMPORT_NAME may bypass. */
  modules: PyObject = null as unknown as PyObject;
  /** The sys module's dict, where the eval loop finds sys.displayhook (CPython: interp->sysdict). */
  sysDict: PyObject | null = null;
  importFunc: PyObject | null = null;
  /** The builtin sys.excepthook (sys.__excepthook__), which the runner replaces by its own display. */
  defaultExceptHook: PyObject | null = null;
  /** The host the running program's files, clocks and streams come from (set by runMain). */
  host: Host | null = null;
  /** sys.get_int_max_str_digits(): the most decimal digits int<->str conversions take (0: no limit). */
  intMaxStrDigits = DEFAULT_MAX_STR_DIGITS;
  /** sys.displayhook, called by the expression statements of 'single' mode; set by the builtins. */
  displayHook: (value: PyObject) => void = () => {};
  /** Per-interpreter state of modules and subsystems (src/runtime/perinterp.ts). */
  readonly states = new Map<object, unknown>();
  /** tracemalloc's tables, made when it first starts (src/memory/tracemalloc.ts). */
  tracemalloc: TraceMalloc | null = null;
  /** Every object allocated and not freed, kept only for the refcount audit (GLASSPY_REFCHECK; src/runtime/refaudit.ts). */
  readonly objectRegistry: ObjectRegistry | null;

  constructor(obmalloc = new ObMalloc(), hashSecret: HashSecret = hashSecretFromSeed(0), options: { objectRegistry?: boolean } = {}) {
    this.objectRegistry = options.objectRegistry === true ? new ObjectRegistry() : null;
    this.gc.onSchedule = () => {
      this.evalBreaker.flags |= BREAK_GC;
    };
    this.obmalloc = obmalloc;
    this.hashSecret = hashSecret;
    this.types = createBuiltinTypes(this);
    // ints are made and dropped by the million and have no free list in CPython 3.12.
    this.types.int.shellPool = [];
    this.singletons = createSingletons(this);
    for (const o of this.singletons.charIdentifiers) this.interned.set(o.body as string, o);
    this.dictRuntime = createTableRuntime(this);
    initFrameType(this);
    readyBuiltinTypes(this);
    // The _io types exist from the start, as the builtin types do, so that every run of a program
    // in this interpreter finds the same objects allocated.
    initIoTypes(this);
  }

  /** Reports `exc` (taken over) as raised while handling `obj`. CPython: PyErr_WriteUnraisable */
  writeUnraisable(exc: PyObject, obj: PyObject | null, errMsg?: string): void {
    PyErr_WriteUnraisable(this, exc, obj, errMsg);
  }

  /** Calls a Python function (args borrowed) in a new frame; `locals` is a class body's namespace. */
  evalFunction(func: PyObject, args: readonly PyObject[], kwnames: PyObject | null, locals: PyObject | null): PyObject {
    return evalFunctionCall(this, this.tstate, func, args, kwnames, locals);
  }

  /** The globals of the running frame, or null at top level. CPython: PyEval_GetGlobals */
  currentGlobals(): PyObject | null {
    const f = this.tstate.frame;
    return f === null ? null : f.globals;
  }

  /** An address in the static data region, for an object of `size` bytes after `preheader`. */
  staticAddress(size: number, preheader = 0): number {
    return this.staticData.alloc(size, preheader);
  }
}
