// The _tracemalloc module under CPython's own Lib/tracemalloc.py: starting and stopping the
// allocator's tracing, its counters, and the traces as Python objects.
// CPython: Modules/_tracemalloc.c (the _tracemalloc_*_impl functions),
// Python/tracemalloc.c (_PyTraceMalloc_GetTraces, _PyTraceMalloc_GetObjectTraceback,
// traceback_to_pyobject, frame_to_pyobject, trace_to_pyobject)
import type { Interpreter } from '../runtime/interpreter.ts';
import { checkPositional, noArgs, noKeywords, oneArg } from '../objects/args.ts';
import { indexValueOf } from '../objects/abstract.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { _PyList_AppendTakeRef, PyList_New } from '../objects/listobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { MAX_NFRAME, traceMallocOf, type Traceback, type TraceMalloc } from '../memory/tracemalloc.ts';

const DEFAULT_DOMAIN = 0;

// CPython: frame_to_pyobject, traceback_to_pyobject
function tracebackToTuple(interp: Interpreter, tm: TraceMalloc, tb: Traceback): PyObject {
  const frames: PyObject[] = [];
  for (let i = 0; i < tb.filenames.length; i++) {
    const name = tb.filenames[i]!;
    const filename = tm.hasFilename(name) ? Py_NewRef(tm.filenameObject(name)) : PyUnicode_FromString(interp, name);
    frames.push(tupleFromItemsSteal(interp, [filename, PyLong_FromNumber(interp, tb.linenos[i]!)]));
  }
  return tupleFromItemsSteal(interp, frames);
}

// CPython: _PyTraceMalloc_GetTraces — the traces are copied first, and the list is built with
// tracing suspended, so the snapshot sees neither its own objects nor their allocation.
function getTraces(interp: Interpreter): PyObject {
  const list = PyList_New(interp, 0);
  const tm = interp.tracemalloc;
  if (tm === null || !tm.tracing) return list;
  const copy = tm.copyTraces();
  const tuples = new Map<Traceback, PyObject>();
  tm.reentrant = true;
  try {
    for (const [size, tb] of copy) {
      let frames = tuples.get(tb);
      if (frames === undefined) {
        frames = tracebackToTuple(interp, tm, tb);
        tuples.set(tb, frames);
      }
      _PyList_AppendTakeRef(list, tupleFromItemsSteal(interp, [
        PyLong_FromNumber(interp, DEFAULT_DOMAIN), PyLong_FromNumber(interp, size), Py_NewRef(frames), PyLong_FromNumber(interp, tb.totalNframe),
      ]));
    }
  } catch (e) {
    Py_DECREF(list);
    throw e;
  } finally {
    for (const t of tuples.values()) Py_DECREF(t);
    tm.reentrant = false;
  }
  return list;
}

// CPython: _tracemalloc__get_object_traceback_impl — the block starts before the object's pre-header.
function getObjectTraceback(interp: Interpreter, obj: PyObject): PyObject {
  const tm = interp.tracemalloc;
  const tb = tm !== null && tm.tracing ? tm.tracebackAt(obj.addr - obj.ob_type.tp_preheader) : null;
  if (tb === null) return Py_NewRef(interp.singletons.None);
  return tracebackToTuple(interp, tm!, tb);
}

// CPython: _tracemalloc_start (Argument Clinic: nframe as a C int) and _PyTraceMalloc_Start
function start(interp: Interpreter, args: readonly PyObject[], kw: PyObject | null): PyObject {
  noKeywords(interp, '_tracemalloc.start', kw);
  checkPositional(interp, 'start', args.length, 0, 1);
  let nframe = 1;
  if (args.length > 0) {
    const v = indexValueOf(interp, args[0]!);
    if (v > 0x7fffffff || v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
    nframe = Number(v);
  }
  startTracing(interp, nframe);
  return Py_NewRef(interp.singletons.None);
}

/** Starts tracing with at most `nframe` frames a traceback (also -X tracemalloc). CPython: _PyTraceMalloc_Start */
export function startTracing(interp: Interpreter, nframe: number): void {
  if (nframe < 1 || nframe > MAX_NFRAME) PyErr_SetString(interp, 'ValueError', `the number of frames must be in range [1; ${MAX_NFRAME}]`);
  traceMallocOf(interp).start(nframe);
}

function none(interp: Interpreter): PyObject {
  return Py_NewRef(interp.singletons.None);
}

type Fn = readonly [name: string, impl: BuiltinImpl, doc: string];

const FUNCTIONS: readonly Fn[] = [
  ['is_tracing', (interp, _s, args, kw) => {
    noArgs(interp, '_tracemalloc.is_tracing', args, kw);
    return Py_NewRef(interp.tracemalloc?.tracing === true ? interp.singletons.True : interp.singletons.False);
  }, 'is_tracing($module, /)\n--\n\nReturn True if the tracemalloc module is tracing Python memory allocations.'],
  ['clear_traces', (interp, _s, args, kw) => {
    noArgs(interp, '_tracemalloc.clear_traces', args, kw);
    if (interp.tracemalloc?.tracing === true) interp.tracemalloc.clear();
    return none(interp);
  }, 'clear_traces($module, /)\n--\n\nClear traces of memory blocks allocated by Python.'],
  ['_get_traces', (interp, _s, args, kw) => {
    noArgs(interp, '_tracemalloc._get_traces', args, kw);
    return getTraces(interp);
  }, '_get_traces($module, /)\n--\n\nGet traces of all memory blocks allocated by Python.\n\n'
    + 'Return a list of (size: int, traceback: tuple) tuples.\ntraceback is a tuple of (filename: str, lineno: int) tuples.\n\n'
    + 'Return an empty list if the tracemalloc module is disabled.'],
  ['_get_object_traceback', (interp, _s, args, kw) => getObjectTraceback(interp, oneArg(interp, '_tracemalloc._get_object_traceback', args, kw)),
    '_get_object_traceback($module, obj, /)\n--\n\nGet the traceback where the Python object obj was allocated.\n\n'
    + 'Return a tuple of (filename: str, lineno: int) tuples.\nReturn None if the tracemalloc module is disabled or did not\n'
    + 'trace the allocation of the object.'],
  ['start', (interp, _s, args, kw) => start(interp, args, kw),
    'start($module, nframe=1, /)\n--\n\nStart tracing Python memory allocations.\n\n'
    + 'Also set the maximum number of frames stored in the traceback of a\ntrace to nframe.'],
  ['stop', (interp, _s, args, kw) => {
    noArgs(interp, '_tracemalloc.stop', args, kw);
    interp.tracemalloc?.stop();
    return none(interp);
  }, 'stop($module, /)\n--\n\nStop tracing Python memory allocations.\n\nAlso clear traces of memory blocks allocated by Python.'],
  ['get_traceback_limit', (interp, _s, args, kw) => {
    noArgs(interp, '_tracemalloc.get_traceback_limit', args, kw);
    return PyLong_FromNumber(interp, interp.tracemalloc?.maxNframe ?? 1);
  }, 'get_traceback_limit($module, /)\n--\n\nGet the maximum number of frames stored in the traceback of a trace.\n\n'
    + 'By default, a trace of an allocated memory block only stores\nthe most recent frame: the limit is 1.'],
  ['get_tracemalloc_memory', (interp, _s, args, kw) => {
    noArgs(interp, '_tracemalloc.get_tracemalloc_memory', args, kw);
    return PyLong_FromNumber(interp, traceMallocOf(interp).memoryUsage());
  }, 'get_tracemalloc_memory($module, /)\n--\n\nGet the memory usage in bytes of the tracemalloc module.\n\n'
    + 'This memory is used internally to trace memory allocations.'],
  ['get_traced_memory', (interp, _s, args, kw) => {
    noArgs(interp, '_tracemalloc.get_traced_memory', args, kw);
    const tm = interp.tracemalloc;
    const tracing = tm !== null && tm.tracing;
    // Both figures are read before Py_BuildValue("nn") allocates.
    const current = tracing ? tm.traced : 0;
    const peak = tracing ? tm.peak : 0;
    return tupleFromItemsSteal(interp, [PyLong_FromNumber(interp, current), PyLong_FromNumber(interp, peak)]);
  }, 'get_traced_memory($module, /)\n--\n\nGet the current size and peak size of memory blocks traced by tracemalloc.\n\n'
    + 'Returns a tuple: (current: int, peak: int).'],
  ['reset_peak', (interp, _s, args, kw) => {
    noArgs(interp, '_tracemalloc.reset_peak', args, kw);
    const tm = interp.tracemalloc;
    if (tm !== null && tm.tracing) tm.peak = tm.traced;
    return none(interp);
  }, 'reset_peak($module, /)\n--\n\nSet the peak size of memory blocks traced by tracemalloc to the current size.\n\n'
    + 'Do nothing if the tracemalloc module is not tracing memory allocations.'],
];

// CPython: PyInit__tracemalloc
export function createTracemallocModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_tracemalloc'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'Debug module to trace memory blocks allocated by Python.'));
  for (const [name, impl, doc] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m), doc));
  return m;
}
