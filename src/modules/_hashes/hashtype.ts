// The hash object types of _md5, _sha1, _sha2, _sha3 and _blake2: one mechanism for all of them,
// the digests computed by @noble/hashes (pure JS, so the core stays browser-safe). CPython:
// Modules/md5module.c, sha1module.c, sha2module.c, sha3module.c, blake2module.c (the
// update/digest/hexdigest/copy methods and the name, digest_size, block_size members).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyBytes_FromData, bufferOf } from '../../objects/bytesobject.ts';
import { indexValueOf } from '../../objects/abstract.ts';
import { PyLong_FromNumber, PyLong_Check } from '../../objects/longobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { allocInstance, createModuleType } from '../modsupport.ts';

/** What @noble/hashes' hash instances offer. */
export interface Hasher {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
  clone(): Hasher;
  outputLen: number;
  /** Extendable output (SHAKE). */
  xof?(n: number): Uint8Array;
}

export interface HashSpec {
  /** The type's qualified name, e.g. '_sha2.SHA256Type'. */
  typeName: string;
  /** The algorithm's name, the `name` attribute. */
  name: string;
  blockSize: number;
  /** 0 for the extendable-output SHAKE functions. */
  digestSize: number;
  /** SHAKE: digest(length) and hexdigest(length). */
  xof?: boolean;
  /** Further members (sha3's _capacity_bits, _rate_bits, _suffix). */
  getset?: readonly GetSetDef[];
  /** The size CPython's object takes. */
  basicsize: number;
  /** False for the types that are not GC types in CPython (_sha3, _blake2). */
  gc?: boolean;
  /** For the types that are their own constructors (_sha3, _blake2): the object for a call of the type. */
  construct?: (interp: Interpreter, type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null) => PyObject;
}

interface HashBody {
  h: Hasher;
  spec: HashSpec;
}

const body = (o: PyObject): HashBody => o.body as HashBody;

/** The bytes of data to hash. CPython: GET_BUFFER_VIEW_OR_ERROUT */
export function hashData(interp: Interpreter, o: PyObject): Uint8Array {
  if (o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'Strings must be encoded before hashing');
  const b = bufferOf(o);
  if (b === null) PyErr_SetString(interp, 'TypeError', 'object supporting the buffer API required');
  return b;
}

/** A new hash object of `type` over `h`, fed `data` when given. */
export function newHash(interp: Interpreter, type: PyTypeObject, spec: HashSpec, h: Hasher, data: PyObject | undefined): PyObject {
  if (data !== undefined) h.update(hashData(interp, data));
  return allocInstance(interp, type, spec.basicsize, 0, { h, spec } satisfies HashBody);
}

function hash_dealloc(o: PyObject): void {
  freeObject(o);
}

/** The digest without ending the hash: CPython digests a copy of the state. */
function digestOf(interp: Interpreter, o: PyObject, lengthArg: PyObject | undefined): Uint8Array {
  const b = body(o);
  if (lengthArg === undefined) return b.h.clone().digest();
  if (!PyLong_Check(lengthArg) && lengthArg.ob_type.tp_as_number?.nb_index === undefined) PyErr_SetString(interp, 'TypeError', 'an integer is required');
  const n = indexValueOf(interp, lengthArg);
  if (n < 0) PyErr_SetString(interp, 'ValueError', 'value must be positive');
  if (n >= 2n ** 64n) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C unsigned long');
  if (n >= 2 ** 29) PyErr_SetString(interp, 'ValueError', 'length is too large');
  return Number(n) === 0 ? new Uint8Array(0) : b.h.clone().xof!(Number(n));
}

function hexOf(d: Uint8Array): string {
  let s = '';
  for (const c of d) s += c.toString(16).padStart(2, '0');
  return s;
}

function methods(spec: HashSpec): MethodDef[] {
  const digestFlags = spec.xof === true ? METH_O : METH_NOARGS;
  return [
    { name: 'copy', flags: METH_NOARGS, doc: 'Return a copy of the hash object.', impl: (interp, self) => {
      const b = body(self!);
      return newHash(interp, self!.ob_type, b.spec, b.h.clone(), undefined);
    } },
    { name: 'digest', flags: digestFlags, doc: 'Return the digest value as a bytes object.',
      impl: (interp, self, args) => PyBytes_FromData(interp, digestOf(interp, self!, args[0])) },
    { name: 'hexdigest', flags: digestFlags, doc: 'Return the digest value as a string of hexadecimal digits.',
      impl: (interp, self, args) => PyUnicode_FromString(interp, hexOf(digestOf(interp, self!, args[0]))) },
    { name: 'update', flags: METH_O, doc: "Update this hash object's state with the provided string.", impl: (interp, self, args) => {
      body(self!).h.update(hashData(interp, args[0]!));
      return Py_NewRef(interp.singletons.None);
    } },
  ];
}

/** A hash object type (not instantiable from Python: the module functions make its objects). */
export function createHashType(interp: Interpreter, spec: HashSpec): PyTypeObject {
  const getset: GetSetDef[] = [
    { name: 'name', get: (i) => PyUnicode_FromString(i, spec.name) },
    { name: 'digest_size', get: (i, o) => PyLong_FromNumber(i, digestSizeOf(o)) },
    { name: 'block_size', get: (i) => PyLong_FromNumber(i, spec.blockSize) },
    ...(spec.getset ?? []),
  ];
  const construct = spec.construct;
  return createModuleType(interp, {
    name: spec.typeName, basicsize: spec.basicsize, gc: spec.gc, subclassable: false, dealloc: hash_dealloc, methods: methods(spec), getset,
    new: construct === undefined ? undefined : (type, args, kwnames) => construct(type.tp_interp, type, args, kwnames),
  });
}

/** The digest size of a hash object (BLAKE2's, spec.digestSize -1, is chosen per object). */
function digestSizeOf(o: PyObject): number {
  const b = body(o);
  return b.spec.digestSize < 0 ? b.h.outputLen : b.spec.digestSize;
}
