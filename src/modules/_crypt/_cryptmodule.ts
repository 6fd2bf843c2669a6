// The _crypt module: crypt(word, salt) as libxcrypt's crypt_r computes it, for the methods it
// knows, with its failure tokens ("*0", or "*1" for a setting beginning "*0") for what it
// refuses. CPython: Modules/_cryptmodule.c; libxcrypt: lib/crypt.c (do_crypt, get_hashfn).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { utf8OfStr } from '../../objects/codecs.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { bcrypt } from './bcrypt.ts';
import { desCrypt, isDesSaltChar } from './descrypt.ts';
import { ntCrypt, sha1Crypt } from './nthash.ts';
import { md5Crypt, SHA256, SHA512, shaCrypt } from './shacrypt.ts';

/** libxcrypt: CRYPT_MAX_PASSPHRASE_SIZE */
const MAX_PASSPHRASE = 512;

/** Whether a setting has a byte no hash has: controls, space, non-ASCII, or one of !*:;\ . libxcrypt: check_badsalt_chars */
function hasBadSaltChars(setting: Uint8Array): boolean {
  return setting.some((b) => b <= 0x20 || b >= 0x7f || b === 0x21 || b === 0x2a || b === 0x3a || b === 0x3b || b === 0x5c);
}

/** The methods by prefix, in libxcrypt's order of lookup. */
const METHODS: readonly [string, (phrase: Uint8Array, setting: string) => string | null][] = [
  ['$2b$', bcrypt], ['$2a$', bcrypt], ['$2x$', bcrypt], ['$2y$', bcrypt],
  ['$6$', (p, s) => shaCrypt(SHA512, p, s)],
  ['$5$', (p, s) => shaCrypt(SHA256, p, s)],
  ['$sha1', sha1Crypt],
  ['$1$', md5Crypt],
  ['$3$', (p) => ntCrypt(p)],
];

/** The hash, or null where crypt_r gives its failure token. libxcrypt: do_crypt */
function doCrypt(phrase: Uint8Array, settingBytes: Uint8Array): string | null {
  if (phrase.length >= MAX_PASSPHRASE || hasBadSaltChars(settingBytes)) return null;
  const setting = String.fromCharCode(...settingBytes);
  for (const [prefix, method] of METHODS) if (setting.startsWith(prefix)) return method(phrase, setting);
  if (isDesSaltChar(setting[0]) && isDesSaltChar(setting[1])) return desCrypt(phrase, setting);
  return null;
}

function strArg(interp: Interpreter, i: number, o: PyObject): Uint8Array {
  if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `crypt() argument ${i} must be str, not ${o.ob_type.tp_name}`);
  const bytes = utf8OfStr(interp, o);
  if (bytes.includes(0)) PyErr_SetString(interp, 'ValueError', 'embedded null character');
  return bytes;
}

// CPython: crypt_crypt_impl
const crypt_crypt: BuiltinImpl = (interp, _s, args, kw) => {
  noKeywords(interp, '_crypt.crypt', kw);
  checkPositional(interp, 'crypt', args.length, 2, 2);
  const word = strArg(interp, 1, args[0]!);
  const salt = strArg(interp, 2, args[1]!);
  const hash = doCrypt(word, salt);
  return PyUnicode_FromString(interp, hash ?? (salt[0] === 0x2a && salt[1] === 0x30 ? '*1' : '*0'));
};

export function createCryptModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_crypt'), true);
  moduleAdd(interp, m, 'crypt', PyCFunction_New(interp, 'crypt', crypt_crypt, Py_NewRef(m)));
  return m;
}
