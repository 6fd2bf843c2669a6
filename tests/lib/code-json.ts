// The canonical JSON of code objects that tools/regen-compiler-golden.py writes from the
// reference, made here from Glasspy's code descriptors (byte for byte the same text), and read
// back into code-object-like values for the disassembler tests.
import { PyBytes, PyComplex, PyEllipsis } from '../../src/ast/constant.ts';
import { reprFloat } from '../../src/ast/repr.ts';
import { ConstFrozenSet, ConstTuple, type CodeConstant, type CodeObjectLike, isCodeConstant } from '../../src/bytecode/constants.ts';
import { CodeDescriptor, type CodeFields } from '../../src/compiler/code.ts';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function hex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

function unhex(s: string): Uint8Array {
  const b = new Uint8Array(s.length / 2);
  for (let i = 0; i < b.length; i++) b[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return b;
}

/** json.dumps(obj, ensure_ascii=True, separators=(',', ':'), sort_keys=True) */
export function dumps(v: Json): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return dumpString(v);
  if (Array.isArray(v)) return '[' + v.map(dumps).join(',') + ']';
  const keys = Object.keys(v).sort();
  return '{' + keys.map((k) => dumpString(k) + ':' + dumps(v[k]!)).join(',') + '}';
}

function dumpString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c < 0x20 || c > 0x7e) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += s[i];
  }
  return out + '"';
}

export function canonConst(c: CodeConstant): Json {
  if (c === null) return ['None'];
  if (c === PyEllipsis) return ['Ellipsis'];
  if (typeof c === 'boolean') return ['bool', c];
  if (typeof c === 'bigint') return ['int', c.toString()];
  if (typeof c === 'number') return ['float', reprFloat(c)];
  if (typeof c === 'string') return ['str', c];
  if (c instanceof PyComplex) return ['complex', reprFloat(c.real), reprFloat(c.imag)];
  if (c instanceof PyBytes) return ['bytes', hex(c.bytes)];
  if (c instanceof ConstTuple) return ['tuple', c.items.map(canonConst)];
  if (c instanceof ConstFrozenSet) {
    const seen = new Map<string, Json>();
    for (const x of c.items) {
      const j = canonConst(x);
      seen.set(dumps(j), j);
    }
    return ['frozenset', [...seen.keys()].sort().map((k) => seen.get(k)!)];
  }
  return ['code', canonCode(c as CodeObjectLike & CodeFields)];
}

/** The canonical JSON of a code object (with co_varnames, co_cellvars, co_freevars, co_nlocals derived from its kinds). */
export function canonCode(co: CodeFields): Json {
  const d = new CodeDescriptor(co);
  return {
    argcount: co.co_argcount,
    posonlyargcount: co.co_posonlyargcount,
    kwonlyargcount: co.co_kwonlyargcount,
    stacksize: co.co_stacksize,
    flags: co.co_flags,
    firstlineno: co.co_firstlineno,
    name: co.co_name,
    qualname: co.co_qualname,
    filename: co.co_filename,
    code: hex(co.co_code),
    consts: co.co_consts.map(canonConst),
    names: [...co.co_names],
    localsplusnames: [...co.co_localsplusnames],
    localspluskinds: hex(co.co_localspluskinds),
    linetable: hex(co.co_linetable),
    exceptiontable: hex(co.co_exceptiontable),
    varnames: d.co_varnames,
    cellvars: d.co_cellvars,
    freevars: d.co_freevars,
    nlocals: d.co_nlocals,
  };
}

type Obj = { [k: string]: Json };

function constFromCanon(j: Json): CodeConstant {
  const a = j as Json[];
  switch (a[0]) {
    case 'None':
      return null;
    case 'Ellipsis':
      return PyEllipsis;
    case 'bool':
      return a[1] as boolean;
    case 'int':
      return BigInt(a[1] as string);
    case 'float':
      return Number(a[1] as string);
    case 'complex':
      return new PyComplex(Number(a[1]), Number(a[2]));
    case 'str':
      return a[1] as string;
    case 'bytes':
      return new PyBytes(unhex(a[1] as string));
    case 'tuple':
      return new ConstTuple((a[1] as Json[]).map(constFromCanon));
    case 'frozenset':
      return new ConstFrozenSet((a[1] as Json[]).map(constFromCanon));
    case 'code':
      return codeFromCanon(a[1] as Obj);
    default:
      throw new Error('bad constant ' + JSON.stringify(j));
  }
}

/** A code object rebuilt from the reference's canonical JSON. */
export function codeFromCanon(o: Obj): CodeObjectLike & CodeFields {
  return {
    co_argcount: o.argcount as number,
    co_posonlyargcount: o.posonlyargcount as number,
    co_kwonlyargcount: o.kwonlyargcount as number,
    co_stacksize: o.stacksize as number,
    co_flags: o.flags as number,
    co_firstlineno: o.firstlineno as number,
    co_name: o.name as string,
    co_qualname: o.qualname as string,
    co_filename: o.filename as string,
    co_code: unhex(o.code as string),
    co_consts: (o.consts as Json[]).map(constFromCanon),
    co_names: o.names as string[],
    co_localsplusnames: o.localsplusnames as string[],
    co_localspluskinds: unhex(o.localspluskinds as string),
    co_linetable: unhex(o.linetable as string),
    co_exceptiontable: unhex(o.exceptiontable as string),
  };
}

export { isCodeConstant };
