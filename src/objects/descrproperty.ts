// property: a data descriptor calling fget/fset/fdel. CPython: Objects/descrobject.c
// (property_init_impl, property_descr_get, property_descr_set, property_copy, property_set_name).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyObject_LookupAttr } from './attributes.ts';
import { PyObject_Vectorcall } from './call.ts';
import { internedStr } from './codeobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_CLEAR, Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { PyObject_IsTrue } from './objectops.ts';
import { METH_FASTCALL, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc, visitFields } from './typeobject.ts';
import { unicodeText as text } from './unicodeobject.ts';

export interface PropertyBody {
  get: PyObject | null;
  set: PyObject | null;
  del: PyObject | null;
  doc: PyObject | null;
  name: PyObject | null;
  /** Whether __doc__ came from the getter (and so follows a new getter). */
  getterDoc: boolean;
}

/** sizeof(propertyobject) on 64-bit 3.12. */
const SIZEOF_PROPERTY = 64;


function noneToNull(interp: Interpreter, o: PyObject | undefined): PyObject | null {
  return o === undefined || o === interp.singletons.None ? null : Py_NewRef(o);
}

function makeProperty(interp: Interpreter, type: PyTypeObject, get: PyObject | null, set: PyObject | null, del: PyObject | null,
  doc: PyObject | null, name: PyObject | null): PyObject {
  const body: PropertyBody = { get, set, del, doc, name, getterDoc: false };
  if (doc === null && get !== null) {
    const d = PyObject_LookupAttr(interp, get, internedStr(interp, '__doc__'));
    if (d !== null && d !== interp.singletons.None) {
      body.doc = d;
      body.getterDoc = true;
    } else if (d !== null) {
      Py_DECREF(d);
    }
  }
  return allocObject(interp, type, SIZEOF_PROPERTY, 0, body);
}

const KW = ['fget', 'fset', 'fdel', 'doc'];

/** property(fget=None, fset=None, fdel=None, doc=None). CPython: property_init_impl */
export function property_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const kw = kwnames === null ? [] : (kwnames.body as PyObject[]).map(text);
  const npos = args.length - kw.length;
  if (npos > 4) PyErr_SetString(interp, 'TypeError', `property() takes at most 4 arguments (${npos} given)`);
  const vals: (PyObject | undefined)[] = [args[0], args[1], args[2], args[3]].map((v, i) => (i < npos ? v : undefined));
  kw.forEach((k, i) => {
    const at = KW.indexOf(k);
    if (at < 0) PyErr_SetString(interp, 'TypeError', `property() got an unexpected keyword argument '${k}'`);
    if (at < npos) PyErr_SetString(interp, 'TypeError', `argument for property() given by name ('${k}') and position (${at + 1})`);
    vals[at] = args[npos + i];
  });
  return makeProperty(interp, type, noneToNull(interp, vals[0]), noneToNull(interp, vals[1]), noneToNull(interp, vals[2]), noneToNull(interp, vals[3]), null);
}

export function property_dealloc(o: PyObject): void {
  const b = o.body as PropertyBody;
  Py_XDECREF(b.get);
  Py_XDECREF(b.set);
  Py_XDECREF(b.del);
  Py_XDECREF(b.doc);
  Py_XDECREF(b.name);
  Py_XDECREF(o.ob_dict);
  freeObject(o);
}

// CPython: property_traverse
export function property_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as PropertyBody;
  visitFields(visit, arg, b.get, b.set, b.del, b.doc, b.name);
}

/** Only the doc: CPython's property_clear leaves the accessors (a property in a cycle stays callable). */
export function property_clear(o: PyObject): void {
  Py_CLEAR(o.body as PropertyBody, 'doc');
}

/** `property 'x' of 'C' object has no getter` (without the name when it is unknown). CPython: property_descr_get's error */
function missing(interp: Interpreter, o: PyObject, obj: PyObject, what: string): never {
  const b = o.body as PropertyBody;
  const name = b.name === null ? '' : ` '${text(b.name)}'`;
  return PyErr_SetString(interp, 'AttributeError', `property${name} of '${obj.ob_type.tp_name}' object has no ${what}`);
}

// CPython: property_descr_get
export function property_descr_get(o: PyObject, obj: PyObject | null): PyObject {
  const interp = o.ob_type.tp_interp;
  if (obj === null || obj === interp.singletons.None) return Py_NewRef(o);
  const get = (o.body as PropertyBody).get;
  if (get === null) missing(interp, o, obj, 'getter');
  return PyObject_Vectorcall(interp, get, [obj], null);
}

// CPython: property_descr_set
export function property_descr_set(o: PyObject, obj: PyObject, value: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  const b = o.body as PropertyBody;
  const f = value === null ? b.del : b.set;
  if (f === null) missing(interp, o, obj, value === null ? 'deleter' : 'setter');
  Py_DECREF(PyObject_Vectorcall(interp, f, value === null ? [obj] : [obj, value], null));
}

/** A copy with one accessor replaced. CPython: property_copy */
function copyWith(interp: Interpreter, o: PyObject, which: 'get' | 'set' | 'del', f: PyObject): PyObject {
  const b = o.body as PropertyBody;
  const pick = (k: 'get' | 'set' | 'del') => (k === which ? noneToNull(interp, f) : b[k] === null ? null : Py_NewRef(b[k]!));
  const doc = b.getterDoc && which === 'get' ? null : b.doc === null ? null : Py_NewRef(b.doc);
  const p = makeProperty(interp, o.ob_type, pick('get'), pick('set'), pick('del'), doc, b.name === null ? null : Py_NewRef(b.name));
  return p;
}

const accessor = (which: 'get' | 'set' | 'del', name: string): MethodDef => ({
  name, flags: METH_O, impl: (interp, self, args) => copyWith(interp, self!, which, args[0]!),
});

export const PROPERTY_METHODS: MethodDef[] = [
  accessor('get', 'getter'),
  accessor('set', 'setter'),
  accessor('del', 'deleter'),
  {
    name: '__set_name__', flags: METH_FASTCALL, impl: (interp, self, args) => {
      if (args.length !== 2) PyErr_SetString(interp, 'TypeError', `__set_name__() takes 2 positional arguments but ${args.length} were given`);
      const b = self!.body as PropertyBody;
      const old = b.name;
      b.name = Py_NewRef(args[1]!);
      Py_XDECREF(old);
      return interp.singletons.None;
    },
  },
];

function field(k: 'get' | 'set' | 'del' | 'doc'): GetSetDef['get'] {
  return (interp, o) => Py_NewRef((o.body as PropertyBody)[k] ?? interp.singletons.None);
}

export const PROPERTY_GETSET: GetSetDef[] = [
  { name: 'fget', get: field('get') },
  { name: 'fset', get: field('set') },
  { name: 'fdel', get: field('del') },
  {
    name: '__doc__', get: field('doc'), set: (interp, o, v) => {
      const b = o.body as PropertyBody;
      const old = b.doc;
      b.doc = v === null ? null : Py_NewRef(v);
      Py_XDECREF(old);
    },
  },
  {
    name: '__isabstractmethod__', get: (interp, o) => {
      const b = o.body as PropertyBody;
      for (const f of [b.get, b.set, b.del]) {
        if (f === null) continue;
        const v = PyObject_LookupAttr(interp, f, internedStr(interp, '__isabstractmethod__'));
        if (v === null) continue;
        const t = PyObject_IsTrue(interp, v);
        Py_DECREF(v);
        if (t) return interp.singletons.True;
      }
      return interp.singletons.False;
    },
  },
];
