// The traverse hook of types that have no hook of their own: the references an object owns,
// found as the refcount audit finds them (its fields and the JS structures they own, less the
// borrowed ones it names), so the collector subtracts exactly what the object counts.
import { IMMORTAL_REFCNT, PyObject } from '../objects/object.ts';
import type { visitproc } from '../objects/typeobject.ts';
import { PyTypeObject } from '../objects/typeobject.ts';
import { BORROWED, borrowedFieldsOf } from '../runtime/refaudit.ts';
import { Frame } from '../vm/frame.ts';

class Walker {
  private readonly seen = new Set<object>();
  constructor(private readonly visit: visitproc, private readonly arg: unknown) {}

  value(v: unknown): void {
    if (v === null || typeof v !== 'object') return;
    if (v instanceof PyObject) {
      if (v.ob_refcnt > 0) this.visit(v, this.arg);
      return;
    }
    if (ArrayBuffer.isView(v) || this.seen.has(v)) return;
    this.seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) this.value(x);
    } else if (v instanceof Map) {
      for (const [k, x] of v) {
        this.value(k);
        this.value(x);
      }
    } else if (v instanceof Set) {
      for (const x of v) this.value(x);
    } else if (v instanceof Frame) {
      this.value(v.code);
      this.value(v.locals);
      this.value(v.func);
      this.value(v.frameObj);
      this.value(v.trace);
      for (let i = 0; i < v.sp; i++) this.value(v.localsplus[i]);
    } else {
      this.fields(v, null);
    }
  }

  fields(v: object, skip: ReadonlySet<string> | null): void {
    for (const k of Object.keys(v)) {
      if (BORROWED.has(k) || skip?.has(k) === true) continue;
      this.value((v as Record<string, unknown>)[k]);
    }
  }
}

/** Visits what `o` owns: its class when that is a heap type, then its fields. */
export function genericTraverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const w = new Walker(visit, arg);
  if (o.ob_type.ob_refcnt < IMMORTAL_REFCNT) visit(o.ob_type, arg);
  const skip = borrowedFieldsOf(o.ob_type);
  const body = o.body;
  if (skip !== null && body !== null && typeof body === 'object' && !(body instanceof PyObject) && !Array.isArray(body)) {
    w.fields(body, skip);
  } else {
    w.value(body);
  }
  w.value(o.extra);
  w.value(o.ob_dict);
  w.value(o.ob_slots);
  w.value(o.ob_values);
  if (o instanceof PyTypeObject) {
    const t = o as unknown as Record<string, unknown>;
    for (const k of Object.keys(t)) {
      if ((k.startsWith('tp_') || k.startsWith('ht_')) && !BORROWED.has(k)) w.value(t[k]);
    }
  }
}

/** The fields of a builtin base's instance data only (a class's hook visits the rest). */
export function genericBodyTraverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const w = new Walker(visit, arg);
  const skip = borrowedFieldsOf(o.ob_type);
  const body = o.body;
  if (skip !== null && body !== null && typeof body === 'object' && !(body instanceof PyObject) && !Array.isArray(body)) {
    w.fields(body, skip);
  } else {
    w.value(body);
  }
  w.value(o.extra);
}
