// The hash modules hashlib falls back to without OpenSSL: _md5, _sha1, _sha2, _sha3 and _blake2.
// CPython: Modules/md5module.c, sha1module.c, sha2module.c, sha3module.c, blake2module.c (the
// constructors' argument handling, the module constants).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { blake2b, blake2s } from '@noble/hashes/blake2.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { sha3_224, sha3_256, sha3_384, sha3_512, shake128, shake256 } from '@noble/hashes/sha3.js';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { indexValueOf } from '../../objects/abstract.ts';
import { PyBytes_FromData } from '../../objects/bytesobject.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue } from '../../objects/objectops.ts';
import { PyDict_SetItem } from '../../objects/dictobject.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { moduleState } from '../modsupport.ts';
import { createHashType, hashData, newHash, type Hasher, type HashSpec } from './hashtype.ts';

interface Algorithm {
  /** The module function's name. */
  func: string;
  spec: HashSpec;
  create(): Hasher;
}

const md5like = (func: string, typeName: string, blockSize: number, digestSize: number, create: () => Hasher, basicsize: number): Algorithm => ({
  func, create, spec: { typeName, name: func, blockSize, digestSize, basicsize },
});

// CPython: py_sha3_new — (data=b'', /, *, usedforsecurity=True); Argument Clinic names every one sha3_224.
function sha3New(interp: Interpreter, type: PyTypeObject, args: readonly PyObject[], kw: PyObject | null): PyObject {
  const [data] = unpackKeywords(interp, 'sha3_224', ['', 'usedforsecurity'], 1, 0, 1, args, kw);
  const a = SHA3.find((x) => x.spec.typeName === type.tp_name)!;
  return newHash(interp, type, a.spec, a.create(), data);
}

// sha3's members: capacity and rate in bits, and the domain-separation suffix.
function sha3Algorithm(func: string, bits: number, create: () => Hasher, xof: boolean): Algorithm {
  const rate = 1600 - 2 * bits;
  const suffix = xof ? 0x1f : 0x06;
  return {
    func, create,
    spec: {
      typeName: `_sha3.${func}`, name: func, blockSize: rate / 8, digestSize: xof ? 0 : bits / 8, xof, basicsize: 32, gc: false, construct: sha3New,
      getset: [
        { name: '_capacity_bits', get: (i) => PyLong_FromNumber(i, 2 * bits) },
        { name: '_rate_bits', get: (i) => PyLong_FromNumber(i, rate) },
        { name: '_suffix', get: (i) => PyBytes_FromData(i, Uint8Array.of(suffix)) },
      ],
    },
  };
}

const MD5 = [md5like('md5', '_md5.md5', 64, 16, () => md5.create(), 32)];
const SHA1 = [md5like('sha1', '_sha1.sha1', 64, 20, () => sha1.create(), 32)];
const SHA2 = [
  md5like('sha224', '_sha2.SHA224Type', 64, 28, () => sha224.create(), 40),
  md5like('sha256', '_sha2.SHA256Type', 64, 32, () => sha256.create(), 40),
  md5like('sha384', '_sha2.SHA384Type', 128, 48, () => sha384.create(), 40),
  md5like('sha512', '_sha2.SHA512Type', 128, 64, () => sha512.create(), 40),
];
const SHA3 = [
  sha3Algorithm('sha3_224', 224, () => sha3_224.create(), false),
  sha3Algorithm('sha3_256', 256, () => sha3_256.create(), false),
  sha3Algorithm('sha3_384', 384, () => sha3_384.create(), false),
  sha3Algorithm('sha3_512', 512, () => sha3_512.create(), false),
  sha3Algorithm('shake_128', 128, () => shake128.create(), true),
  sha3Algorithm('shake_256', 256, () => shake256.create(), true),
];

/** The types of one hash module, made once per interpreter. */
function typesOf(algorithms: readonly Algorithm[]) {
  return moduleState((interp: Interpreter): PyTypeObject[] => algorithms.map((a) => createHashType(interp, a.spec)));
}

// CPython: _sha2_sha256_impl and its kin — (string=b'', *, usedforsecurity=True)
function md5likeConstructor(a: Algorithm, type: (interp: Interpreter) => PyTypeObject): BuiltinImpl {
  return (interp, _s, args, kw) => {
    const [data] = unpackKeywords(interp, a.func, ['string', 'usedforsecurity'], 0, 0, 1, args, kw);
    return newHash(interp, type(interp), a.spec, a.create(), data);
  };
}

// ---- BLAKE2 ----

interface Blake2Variant {
  name: 'blake2b' | 'blake2s';
  maxDigest: number;
  maxKey: number;
  saltSize: number;
  personSize: number;
  blockSize: number;
}

const BLAKE2B: Blake2Variant = { name: 'blake2b', maxDigest: 64, maxKey: 64, saltSize: 16, personSize: 16, blockSize: 128 };
const BLAKE2S: Blake2Variant = { name: 'blake2s', maxDigest: 32, maxKey: 32, saltSize: 8, personSize: 8, blockSize: 64 };

const BLAKE2_PARAMS = ['', 'digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth', 'inner_size',
  'last_node', 'usedforsecurity'];
interface TreeParams {
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
}

/** A C unsigned argument taken modulo 2**bits, negatives refused. CPython: the unsigned_long(bitwise=True) converters */
function unsignedArg(interp: Interpreter, o: PyObject | undefined, bits: bigint): bigint {
  if (o === undefined) return 0n;
  const n = BigInt(indexValueOf(interp, o));
  if (n < 0n) PyErr_SetString(interp, 'ValueError', 'value must be positive');
  if (n >= 1n << bits) PyErr_SetString(interp, 'OverflowError', 'int too big to convert');
  return n;
}

/** The tree-hashing parameters, checked. CPython: py_blake2b_new_impl's checks */
function treeParams(interp: Interpreter, v: Blake2Variant, p: (PyObject | undefined)[]): TreeParams {
  const small = (i: number, dflt: number): number => (p[i] === undefined ? dflt : Number(indexValueOf(interp, p[i])));
  const fanout = small(5, 1);
  if (fanout < 0 || fanout > 255) PyErr_SetString(interp, 'ValueError', 'fanout must be between 0 and 255');
  const depth = small(6, 1);
  if (depth <= 0 || depth > 255) PyErr_SetString(interp, 'ValueError', 'depth must be between 1 and 255');
  const leafSize = unsignedArg(interp, p[7], 64n);
  if (leafSize > 0xffffffffn) PyErr_SetString(interp, 'OverflowError', 'leaf_size is too large');
  const nodeOffset = unsignedArg(interp, p[8], 64n);
  if (v.name === 'blake2s' && nodeOffset > 0xffffffffffffn) PyErr_SetString(interp, 'OverflowError', 'node_offset is too large');
  const nodeDepth = small(9, 0);
  if (nodeDepth < 0 || nodeDepth > 255) PyErr_SetString(interp, 'ValueError', 'node_depth must be between 0 and 255');
  const innerSize = small(10, 0);
  if (innerSize < 0 || innerSize > v.maxDigest) PyErr_SetString(interp, 'ValueError', `inner_size must be between 0 and is ${v.maxDigest}`);
  // The digest library hashes sequentially; the final-node flag would need its compression changed.
  if (p[11] !== undefined && PyObject_IsTrue(interp, p[11])) PyErr_SetString(interp, 'ValueError', 'last_node is not supported');
  return { fanout, depth, leafSize: Number(leafSize), nodeOffset, nodeDepth, innerSize };
}

/** The state words of @noble/hashes' BLAKE2 objects (32-bit halves for BLAKE2b). */
interface Blake2State {
  get(): number[];
  set(...words: number[]): void;
}

/**
 * Folds the tree parameters into the initial state, which is the IV xor the parameter block: the
 * library's block has fanout 1, depth 1 and zeros. Nothing has been compressed yet (a key block
 * stays buffered), so the state is still that xor.
 */
function applyTreeParams(v: Blake2Variant, h: Blake2State, t: TreeParams): void {
  const w = h.get();
  const word0 = (((t.fanout ^ 1) << 16) | ((t.depth ^ 1) << 24)) >>> 0;
  const lo = Number(t.nodeOffset & 0xffffffffn);
  const hi = Number(t.nodeOffset >> 32n);
  if (v.name === 'blake2b') {
    w[0] = (w[0]! ^ word0) >>> 0;
    w[1] = (w[1]! ^ t.leafSize) >>> 0;
    w[2] = (w[2]! ^ lo) >>> 0;
    w[3] = (w[3]! ^ hi) >>> 0;
    w[4] = (w[4]! ^ (t.nodeDepth | (t.innerSize << 8))) >>> 0;
  } else {
    w[0] = (w[0]! ^ word0) >>> 0;
    w[1] = (w[1]! ^ t.leafSize) >>> 0;
    w[2] = (w[2]! ^ lo) >>> 0;
    w[3] = (w[3]! ^ ((hi & 0xffff) | (t.nodeDepth << 16) | (t.innerSize << 24))) >>> 0;
  }
  h.set(...w);
}

function padTo(interp: Interpreter, o: PyObject | undefined, size: number, what: string): Uint8Array | undefined {
  if (o === undefined) return undefined;
  const d = hashData(interp, o);
  if (d.length > size) PyErr_SetString(interp, 'ValueError', `maximum ${what} length is ${size} bytes`);
  const out = new Uint8Array(size);
  out.set(d);
  return out;
}

function blake2Spec(v: Blake2Variant): HashSpec {
  return {
    typeName: `_blake2.${v.name}`, name: v.name, blockSize: v.blockSize, digestSize: -1, basicsize: v.name === 'blake2b' ? 448 : 240, gc: false,
    construct: (interp, type, args, kw) => blake2New(interp, type, v, args, kw),
  };
}

// CPython: py_blake2b_new_impl / py_blake2s_new_impl
function blake2New(interp: Interpreter, type: PyTypeObject, v: Blake2Variant, args: readonly PyObject[], kw: PyObject | null): PyObject {
  const p = unpackKeywords(interp, v.name, BLAKE2_PARAMS, 1, 0, 1, args, kw);
  const digestSize = p[1] === undefined ? v.maxDigest : Number(indexValueOf(interp, p[1]));
  if (digestSize < 1 || digestSize > v.maxDigest) PyErr_SetString(interp, 'ValueError', `digest_size must be between 1 and ${v.maxDigest} bytes`);
  let key: Uint8Array | undefined;
  if (p[2] !== undefined) {
    key = hashData(interp, p[2]);
    if (key.length > v.maxKey) PyErr_SetString(interp, 'ValueError', `maximum key length is ${v.maxKey} bytes`);
    if (key.length === 0) key = undefined;
  }
  const salt = padTo(interp, p[3], v.saltSize, 'salt');
  const personalization = padTo(interp, p[4], v.personSize, 'person');
  const tree = treeParams(interp, v, p);
  const h = (v.name === 'blake2b' ? blake2b : blake2s).create({ dkLen: digestSize, key, salt, personalization });
  applyTreeParams(v, h as unknown as Blake2State, tree);
  return newHash(interp, type, SPECS.get(v)!, h, p[0]);
}

const SPECS = new Map([BLAKE2B, BLAKE2S].map((v) => [v, blake2Spec(v)]));
const blake2Types = moduleState((interp: Interpreter): PyTypeObject[] => [BLAKE2B, BLAKE2S].map((v) => createHashType(interp, SPECS.get(v)!)));

// ---- the modules ----

function newModule(interp: Interpreter, name: string, doc: string | null): PyObject {
  const m = PyModule_New(interp, internedStr(interp, name), true);
  if (doc !== null) moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, doc));
  return m;
}

/** A module of hash types, with constructor functions for those that are not their own. */
function hashModule(name: string, algorithms: readonly Algorithm[], typeNames: readonly string[]) {
  const types = typesOf(algorithms);
  const impls = algorithms.map((a, i) => md5likeConstructor(a, (interp) => types(interp)[i]!));
  return (interp: Interpreter): PyObject => {
    const m = newModule(interp, name, null);
    const ts = types(interp);
    typeNames.forEach((n, i) => moduleAdd(interp, m, n, Py_NewRef(ts[i]!)));
    algorithms.forEach((a, i) => {
      if (a.spec.construct === undefined) moduleAdd(interp, m, a.func, PyCFunction_New(interp, a.func, impls[i]!, Py_NewRef(m)));
    });
    return m;
  };
}

export const createMd5Module = hashModule('_md5', MD5, ['MD5Type']);
export const createSha1Module = hashModule('_sha1', SHA1, ['SHA1Type']);
export const createSha2Module = hashModule('_sha2', SHA2, ['SHA224Type', 'SHA256Type', 'SHA384Type', 'SHA512Type']);
const sha3Base = hashModule('_sha3', SHA3, SHA3.map((a) => a.func));

/** The _sha3 module: its types are their own constructors. CPython: sha3module.c (_sha3_exec) */
export function createSha3Module(interp: Interpreter): PyObject {
  const m = sha3Base(interp);
  moduleAdd(interp, m, 'implementation', PyUnicode_FromString(interp, 'HACL'));
  return m;
}

/** The _blake2 module. CPython: blake2module.c (blake2_exec) */
export function createBlake2Module(interp: Interpreter): PyObject {
  const m = newModule(interp, '_blake2', '_blake2b provides BLAKE2b for hashlib\n');
  const ts = blake2Types(interp);
  [BLAKE2B, BLAKE2S].forEach((v, i) => {
    const t = ts[i]!;
    const upper = v.name.toUpperCase();
    const consts: [string, number][] = [['SALT_SIZE', v.saltSize], ['PERSON_SIZE', v.personSize], ['MAX_KEY_SIZE', v.maxKey], ['MAX_DIGEST_SIZE', v.maxDigest]];
    for (const [k, n] of consts) {
      const val = PyLong_FromNumber(interp, n);
      PyDict_SetItem(interp, t.tp_dict!, internedStr(interp, k), val);
      moduleAdd(interp, m, `${upper}_${k}`, val);
    }
    moduleAdd(interp, m, v.name, Py_NewRef(t));
  });
  return m;
}
