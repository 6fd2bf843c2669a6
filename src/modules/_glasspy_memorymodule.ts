// _glasspy_memory: the process memory of Glasspy's model of CPython's resident set size
// (src/memory/rss_model.ts), and a sampler of it, for the memory tools that read a process's
// RSS under CPython (memory_profiler and mprof in lib/python3.12/site-packages). Glasspy has no
// second process or thread to sample from, so the sampler runs inside the eval loop: while it is
// on, the loop's check points (RESUME, JUMP_BACKWARD, after calls into C) look at the clock and
// record (bytes, time) when an interval has passed. Samples are kept outside the Python heap,
// so sampling does not change what it measures.
import type { Interpreter } from '../runtime/interpreter.ts';
import { noArgs, oneArg } from '../objects/args.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { PyList_Append, PyList_New } from '../objects/listobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyFloat_AsDouble, PyFloat_FromDouble } from '../objects/floatobject.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { Py_DECREF } from '../objects/object.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { BASELINE_BYTES, PAGE_SIZE, rssBreakdown } from '../memory/rss_model.ts';
import { BREAK_MEMSAMPLE } from '../vm/eval_breaker.ts';

/** Check points between two looks at the clock (reading it costs more than a check point). */
const CHECKS_PER_CLOCK_READ = 16;

function wallTime(interp: Interpreter): number {
  return interp.host !== null ? Number(interp.host.wallTimeNs()) / 1e9 : Date.now() / 1000;
}

function rssBytes(interp: Interpreter): number {
  return rssBreakdown(interp.obmalloc).total;
}

/** The running sampler's state; one per interpreter at a time. */
interface Sampler {
  readonly interval: number;
  readonly samples: number[];
  next: number;
  countdown: number;
}

const samplers = new WeakMap<Interpreter, Sampler>();

function startSampler(interp: Interpreter, interval: number): void {
  if (samplers.has(interp)) PyErr_SetString(interp, 'RuntimeError', 'the memory sampler is already running');
  if (!(interval >= 0)) PyErr_SetString(interp, 'ValueError', 'interval must be a non-negative number');
  const s: Sampler = { interval, samples: [], next: wallTime(interp) + interval, countdown: CHECKS_PER_CLOCK_READ };
  samplers.set(interp, s);
  const eb = interp.evalBreaker;
  eb.memSampler = () => {
    if (--s.countdown > 0) return;
    s.countdown = CHECKS_PER_CLOCK_READ;
    const now = wallTime(interp);
    if (now < s.next) return;
    s.samples.push(rssBytes(interp), now);
    s.next = now + s.interval;
  };
  eb.flags |= BREAK_MEMSAMPLE;
}

function stopSampler(interp: Interpreter): PyObject {
  const s = samplers.get(interp);
  if (s === undefined) PyErr_SetString(interp, 'RuntimeError', 'the memory sampler is not running');
  samplers.delete(interp);
  interp.evalBreaker.flags &= ~BREAK_MEMSAMPLE;
  interp.evalBreaker.memSampler = null;
  const result = PyList_New(interp, 0);
  for (let i = 0; i < s!.samples.length; i += 2) {
    const t = tupleFromItemsSteal(interp, [PyLong_FromNumber(interp, s!.samples[i]!), PyFloat_FromDouble(interp, s!.samples[i + 1]!)]);
    PyList_Append(result, t);
    Py_DECREF(t);
  }
  return result;
}

type Fn = readonly [name: string, impl: BuiltinImpl, doc: string];

const FUNCTIONS: readonly Fn[] = [
  ['rss', (interp, _s, args, kw) => {
    noArgs(interp, 'rss', args, kw);
    return PyLong_FromNumber(interp, rssBytes(interp));
  }, 'rss($module, /)\n--\n\nThe modelled resident set size of the process, in bytes.'],
  ['rss_breakdown', (interp, _s, args, kw) => {
    noArgs(interp, 'rss_breakdown', args, kw);
    const b = rssBreakdown(interp.obmalloc);
    const d = PyDict_New(interp);
    for (const [k, v] of Object.entries(b)) {
      const value = PyLong_FromNumber(interp, v);
      PyDict_SetItem(interp, d, internedStr(interp, k), value);
      Py_DECREF(value);
    }
    return d;
  }, 'rss_breakdown($module, /)\n--\n\nThe parts of rss(): baseline, arenas (pages of the carved pools), narenas, heap, mapped, total.'],
  ['start_sampler', (interp, _s, args, kw) => {
    startSampler(interp, PyFloat_AsDouble(interp, oneArg(interp, 'start_sampler', args, kw)));
    return Py_NewRef(interp.singletons.None);
  }, 'start_sampler($module, interval, /)\n--\n\nRecord (rss, time.time()) every interval seconds at the eval loop\'s check points.'],
  ['stop_sampler', (interp, _s, args, kw) => {
    noArgs(interp, 'stop_sampler', args, kw);
    return stopSampler(interp);
  }, 'stop_sampler($module, /)\n--\n\nStop the sampler; return its samples as a list of (rss, time) tuples.'],
  ['is_sampling', (interp, _s, args, kw) => {
    noArgs(interp, 'is_sampling', args, kw);
    return Py_NewRef(samplers.has(interp) ? interp.singletons.True : interp.singletons.False);
  }, 'is_sampling($module, /)\n--\n\nWhether the sampler is running.'],
];

const DOC = `Glasspy's model of the process memory CPython's tools read as RSS.

rss() = BASELINE + the pages of the pools carved in the mapped pymalloc arenas
      + the raw heap's growth + the live mmapped raw blocks (whole pages).`;

export function createGlasspyMemoryModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_glasspy_memory'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, DOC));
  for (const [name, impl, doc] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m), doc));
  moduleAdd(interp, m, 'BASELINE', PyLong_FromNumber(interp, BASELINE_BYTES));
  moduleAdd(interp, m, 'PAGE_SIZE', PyLong_FromNumber(interp, PAGE_SIZE));
  return m;
}
