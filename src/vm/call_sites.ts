// Whether a CALL that did not push a Python frame ends at an eval breaker check point. CPython
// 3.12's generic CALL checks the breaker after every such call, and so do most of the forms the
// specializer rewrites it into; four do not (CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE,
// CALL_NO_KW_TYPE_1, CALL_NO_KW_LIST_APPEND). Which form runs depends on the site's history —
// its first run is generic, the second specializes on the callable then, a specialized form that
// meets another callable deoptimizes — so each site keeps the adaptive counter and the form
// CPython would have there, as much of it as decides the check. Every other specialization is one
// "checking" form. CPython: Python/bytecodes.c (CALL and its specializations, CHECK_EVAL_BREAKER),
// Python/specialize.c (_Py_Specialize_Call), Include/internal/pycore_code.h (adaptive counters).
import type { Interpreter } from '../runtime/interpreter.ts';
import type { PyObject } from '../objects/object.ts';
import type { CodeBody } from '../objects/codeobject.ts';
import { PyDict_GetItem } from '../objects/dictobject.ts';
import { internedStr } from '../objects/codeobject.ts';
import { Op, cacheEntries } from '../bytecode/opcodes.ts';

const C_CALL = cacheEntries(Op.CALL);

/** The forms a site may be in (the top bits of its state). */
const GENERIC = 0;
const LEN = 1;
const ISINSTANCE = 2;
const TYPE_1 = 3;
const LIST_APPEND = 4;
/** Any other specialization: they all check the breaker, as the generic form does. */
const CHECKING = 5;

// Adaptive counters: a 12-bit value over 4 bits of backoff. CPython: adaptive_counter_warmup,
// adaptive_counter_cooldown, ADAPTIVE_BACKOFF_BITS
const BACKOFF_BITS = 4;
const WARMUP = (1 << BACKOFF_BITS) | 1;
const COOLDOWN = 52 << BACKOFF_BITS;
const KIND_SHIFT = 16;
const COUNTER_MASK = 0xffff;

/** The callables some specializations test for. CPython: interp->callable_cache */
interface CallableCache {
  len: PyObject | null;
  isinstance: PyObject | null;
  listAppend: PyObject | null;
}

// The last interpreter's cache (one interpreter runs at a time; a WeakMap keeps the others').
const caches = new WeakMap<Interpreter, CallableCache>();
let lastInterp: Interpreter | null = null;
let lastCache: CallableCache | null = null;

function callableCache(interp: Interpreter): CallableCache {
  if (interp === lastInterp) return lastCache!;
  let c = caches.get(interp);
  if (c === undefined) {
    const b = interp.builtinsDict;
    c = {
      len: PyDict_GetItem(interp, b, internedStr(interp, 'len')),
      isinstance: PyDict_GetItem(interp, b, internedStr(interp, 'isinstance')),
      listAppend: PyDict_GetItem(interp, interp.types.list.tp_dict!, internedStr(interp, 'append')),
    };
    caches.set(interp, c);
  }
  lastInterp = interp;
  lastCache = c;
  return c;
}

/**
 * The form the specializer picks for this call. `self` is the first argument of a method call
 * (null otherwise); `total` counts it. CPython: _Py_Specialize_Call
 */
function specialize(interp: Interpreter, callable: PyObject, self: PyObject | null, total: number, oparg: number, kw: PyObject | null, nextOp: number): number {
  if (kw !== null) return CHECKING;
  const c = callableCache(interp);
  if (callable === c.len) return total === 1 ? LEN : CHECKING;
  if (callable === c.isinstance) return total === 2 ? ISINSTANCE : CHECKING;
  if (callable === interp.types.type) return total === 1 && oparg === 1 ? TYPE_1 : CHECKING;
  if (callable === c.listAppend && self !== null && oparg === 1 && nextOp === Op.POP_TOP) return LIST_APPEND;
  return CHECKING;
}

/** Whether the specialized form runs (its guards pass) rather than deoptimizing to CALL. */
function guardsPass(interp: Interpreter, kind: number, callable: PyObject, self: PyObject | null, total: number, kw: PyObject | null, nextOp: number, oparg: number): boolean {
  const c = callableCache(interp);
  switch (kind) {
    case LEN:
      return total === 1 && callable === c.len;
    case ISINSTANCE:
      return total === 2 && callable === c.isinstance;
    case TYPE_1:
      return self === null && callable === interp.types.type;
    case LIST_APPEND:
      return self !== null && callable === c.listAppend && self.ob_type.isSubtypeOf(interp.types.list);
    default:
      return specialize(interp, callable, self, total, oparg, kw, nextOp) === CHECKING;
  }
}

/**
 * Runs a CALL site's specialization bookkeeping for a call that does not push a Python frame;
 * true when CPython would check the eval breaker after it. `pc` is the CALL's index.
 */
export function callSiteChecksBreaker(interp: Interpreter, co: CodeBody, pc: number, callable: PyObject, self: PyObject | null, total: number,
  oparg: number, kw: PyObject | null): boolean {
  let sites = co.callSites;
  if (sites === null) sites = co.callSites = new Int32Array(co.units.length).fill(WARMUP);
  const state = sites[pc]!;
  const kind = state >>> KIND_SHIFT;
  const nextOp = co.units[pc + 1 + C_CALL]! & 0xff;
  if (kind !== GENERIC && guardsPass(interp, kind, callable, self, total, kw, nextOp, oparg)) return kind === CHECKING;
  // The generic CALL (first runs, or a deoptimized specialization): specialize when the counter
  // is zero, and run the new form at once.
  const counter = state & COUNTER_MASK;
  if (counter >>> BACKOFF_BITS === 0) {
    const k = specialize(interp, callable, self, total, oparg, kw, nextOp);
    sites[pc] = (k << KIND_SHIFT) | COOLDOWN;
    return k === CHECKING;
  }
  sites[pc] = (kind << KIND_SHIFT) | (counter - (1 << BACKOFF_BITS));
  return true;
}
