// printf-style % formatting (str and bytes) and str.format against
// tests/fixtures/numeric/{printf,str_format}.json, written by tools/gen-numeric-fixtures.py with the
// reference interpreter. The hooks below are a tiny object model for the plain values the
// fixtures use (bool, int, float, str, bytes, complex, None, list, tuple, dict).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reprBytes, reprStr } from '../../src/ast/repr.ts';
import {
  complexRepr,
  fieldNameRest,
  floatRepr,
  formatComplex,
  formatFloat,
  formatInt,
  formatStr,
  formatString,
  intToDecimalString,
  intToFloat,
  parseFormatString,
  percentFormatBytes,
  percentFormatStr,
  PyNumericError,
  splitFieldName,
  type BytesPercentHooks,
  type StrFormatHooks,
  type StrPercentHooks,
} from '../../src/objects/numeric/index.ts';

const load = (name: string): any => JSON.parse(readFileSync(new URL(`../fixtures/numeric/${name}`, import.meta.url), 'utf8'));

type PV =
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: Uint8Array }
  | { t: 'complex'; v: [number, number] }
  | { t: 'none' }
  | { t: 'list'; v: PV[] }
  | { t: 'tuple'; v: PV[] }
  | { t: 'dict'; v: [PV, PV][] };

const dv = new DataView(new ArrayBuffer(8));
function f(h: string): number {
  dv.setBigUint64(0, BigInt('0x' + h));
  return dv.getFloat64(0);
}
function big(s: string): bigint {
  return s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s);
}
function hexBytes(h: string): Uint8Array {
  return Uint8Array.from(Buffer.from(h, 'hex'));
}

function dec(e: any): PV {
  if ('bool' in e) return { t: 'bool', v: e.bool };
  if ('int' in e) return { t: 'int', v: big(e.int) };
  if ('float' in e) return { t: 'float', v: f(e.float) };
  if ('str' in e) return { t: 'str', v: e.str };
  if ('bytes' in e) return { t: 'bytes', v: hexBytes(e.bytes) };
  if ('complex' in e) return { t: 'complex', v: [f(e.complex[0]), f(e.complex[1])] };
  if ('none' in e) return { t: 'none' };
  if ('list' in e) return { t: 'list', v: e.list.map(dec) };
  if ('tuple' in e) return { t: 'tuple', v: e.tuple.map(dec) };
  if ('dict' in e) return { t: 'dict', v: e.dict.map(([k, v]: [string, any]) => [{ t: 'str', v: k }, dec(v)]) };
  if ('bdict' in e) return { t: 'dict', v: e.bdict.map(([k, v]: [string, any]) => [{ t: 'bytes', v: hexBytes(k) }, dec(v)]) };
  throw new Error('bad value ' + JSON.stringify(e));
}

const TYPE_NAMES = { bool: 'bool', int: 'int', float: 'float', str: 'str', bytes: 'bytes', complex: 'complex', none: 'NoneType', list: 'list', tuple: 'tuple', dict: 'dict' };
const typeName = (v: PV): string => TYPE_NAMES[v.t];
const err = (type: 'TypeError' | 'KeyError' | 'IndexError' | 'AttributeError', msg: string): PyNumericError => new PyNumericError(type as 'TypeError', msg);

function repr(v: PV): string {
  switch (v.t) {
    case 'bool':
      return v.v ? 'True' : 'False';
    case 'int':
      return intToDecimalString(v.v);
    case 'float':
      return floatRepr(v.v);
    case 'str':
      return reprStr(v.v);
    case 'bytes':
      return reprBytes(v.v);
    case 'complex':
      return complexRepr(v.v);
    case 'none':
      return 'None';
    case 'list':
      return '[' + v.v.map(repr).join(', ') + ']';
    case 'tuple':
      return '(' + v.v.map(repr).join(', ') + (v.v.length === 1 ? ',' : '') + ')';
    case 'dict':
      return '{' + v.v.map(([k, x]) => repr(k) + ': ' + repr(x)).join(', ') + '}';
  }
}
const str = (v: PV): string => (v.t === 'str' ? v.v : repr(v));
function ascii(v: PV): string {
  let out = '';
  for (const ch of repr(v)) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}
function keyEq(a: PV, b: PV): boolean {
  if (a.t === 'str' && b.t === 'str') return a.v === b.v;
  if (a.t === 'bytes' && b.t === 'bytes') return Buffer.from(a.v).equals(Buffer.from(b.v));
  if (a.t === 'int' && b.t === 'int') return a.v === b.v;
  return false;
}
function dictGet(d: PV & { t: 'dict' }, key: PV): PV {
  for (const [k, v] of d.v) if (keyEq(k, key)) return v;
  throw err('KeyError', repr(key));
}

const common = {
  typeName,
  toInt(v: PV, index: boolean): bigint | number | undefined {
    if (v.t === 'int') return v.v;
    if (v.t === 'bool') return v.v ? 1 : 0;
    if (v.t === 'float' && !index) {
      if (v.v !== v.v) throw new PyNumericError('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(v.v)) throw new PyNumericError('OverflowError', 'cannot convert float infinity to integer');
      return BigInt(Math.trunc(v.v));
    }
    return undefined;
  },
  starInt(v: PV): bigint | number | undefined {
    if (v.t === 'int') return v.v;
    if (v.t === 'bool') return v.v ? 1 : 0;
    return undefined;
  },
  getItem(m: PV, key: string | Uint8Array): PV {
    const k: PV = typeof key === 'string' ? { t: 'str', v: key } : { t: 'bytes', v: key };
    if (m.t === 'dict') return dictGet(m, k);
    if (m.t === 'list') throw err('TypeError', `list indices must be integers or slices, not ${typeName(k)}`);
    if (m.t === 'bytes') throw err('TypeError', `byte indices must be integers or slices, not ${typeName(k)}`);
    throw err('TypeError', `'${typeName(m)}' object is not subscriptable`);
  },
};

function toFloat(v: PV): number {
  if (v.t === 'float') return v.v;
  if (v.t === 'int') return intToFloat(v.v);
  if (v.t === 'bool') return v.v ? 1 : 0;
  throw err('TypeError', `must be real number, not ${typeName(v)}`);
}

const strHooks: StrPercentHooks<PV> = {
  ...common,
  toFloat,
  str,
  repr,
  ascii,
  toChar(v: PV) {
    if (v.t === 'str') return v.v;
    if (v.t === 'int') return v.v;
    if (v.t === 'bool') return v.v ? 1 : 0;
    return undefined;
  },
};

const bytesHooks: BytesPercentHooks<PV> = {
  ...common,
  toFloat: (v: PV) => outcomeOf(() => toFloat(v)),
  ascii,
  toBytes: (v: PV) => (v.t === 'bytes' ? v.v : undefined),
  toByte(v: PV) {
    if (v.t === 'bytes') return v.v;
    if (v.t === 'int') return v.v;
    if (v.t === 'bool') return v.v ? 1 : 0;
    return undefined;
  },
};

function outcomeOf(fn: () => number): number | undefined {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyNumericError) return undefined;
    throw e;
  }
}

/** repr() for assertion messages (a huge int has none). */
function safeRepr(v: PV): string {
  try {
    return repr(v);
  } catch {
    return `<${typeName(v)}>`;
  }
}

function outcome<T>(fn: () => T, enc: (v: T) => unknown = (v) => v): unknown {
  try {
    return enc(fn());
  } catch (e) {
    if (e instanceof PyNumericError) return ['!', e.pyType, e.message];
    throw e;
  }
}

const pf = load('printf.json');

test('numeric printf: str % args', () => {
  assert.ok(pf.str.length >= 12000);
  for (const [fmt, encArgs, expected] of pf.str) {
    const a = dec(encArgs);
    const args = a.t === 'tuple' ? { tuple: a.v, isMapping: false } : { single: a, isMapping: a.t === 'dict' || a.t === 'list' || a.t === 'bytes' };
    assert.deepEqual(outcome(() => percentFormatStr(fmt, args, strHooks)), expected, `${JSON.stringify(fmt)} % ${safeRepr(a)}`);
  }
});

test('numeric printf: bytes % args', () => {
  for (const [fmtHex, encArgs, expected] of pf.bytes) {
    const a = dec(encArgs);
    const args = a.t === 'tuple' ? { tuple: a.v, isMapping: false } : { single: a, isMapping: a.t === 'dict' || a.t === 'list' };
    const got = outcome(() => percentFormatBytes(hexBytes(fmtHex), args, bytesHooks), (b) => Buffer.from(b).toString('hex'));
    assert.deepEqual(got, expected, `${Buffer.from(fmtHex, 'hex').toString('latin1')} % ${safeRepr(a)}`);
  }
});

const ATTRS: Record<string, (v: PV) => PV | undefined> = {
  real: (v) => (v.t === 'int' || v.t === 'float' ? v : v.t === 'bool' ? { t: 'int', v: v.v ? 1n : 0n } : v.t === 'complex' ? { t: 'float', v: v.v[0] } : undefined),
  imag: (v) => (v.t === 'int' || v.t === 'bool' ? { t: 'int', v: 0n } : v.t === 'float' ? { t: 'float', v: 0 } : v.t === 'complex' ? { t: 'float', v: v.v[1] } : undefined),
};

function makeFormatHooks(args: PV[] | null, kwargs: [string, PV][]): StrFormatHooks<PV> {
  return {
    positionalAllowed: args !== null,
    getPositional: (i) => args![i],
    getKeyword(name) {
      for (const [k, v] of kwargs) if (k === name) return v;
      throw err('KeyError', reprStr(name));
    },
    getAttr(obj, name) {
      const r = ATTRS[name]?.(obj);
      if (r === undefined) throw err('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
      return r;
    },
    getItem(obj, key) {
      if (typeof key === 'number') {
        const seq = obj.t === 'list' || obj.t === 'tuple' ? obj.v : obj.t === 'str' ? Array.from(obj.v) : undefined;
        if (seq !== undefined) {
          if (key >= seq.length) throw err('IndexError', `${obj.t === 'str' ? 'string' : obj.t} index out of range`);
          const item = seq[key]!;
          return typeof item === 'string' ? { t: 'str', v: item } : item;
        }
        if (obj.t === 'dict') return dictGet(obj, { t: 'int', v: BigInt(key) });
        throw err('TypeError', `'${typeName(obj)}' object is not subscriptable`);
      }
      if (obj.t === 'dict') return dictGet(obj, { t: 'str', v: key });
      if (obj.t === 'list' || obj.t === 'tuple') throw err('TypeError', `${obj.t} indices must be integers or slices, not str`);
      if (obj.t === 'str') throw err('TypeError', "string indices must be integers, not 'str'");
      throw err('TypeError', `'${typeName(obj)}' object is not subscriptable`);
    },
    convert: (obj, c) => ({ t: 'str', v: c === 'r' ? repr(obj) : c === 's' ? str(obj) : ascii(obj) }),
    format(obj, spec) {
      switch (obj.t) {
        case 'int':
          return formatInt(obj.v, spec);
        case 'bool':
          return spec === '' ? str(obj) : formatInt(obj.v ? 1 : 0, spec, 'bool');
        case 'float':
          return formatFloat(obj.v, spec);
        case 'complex':
          return formatComplex(obj.v[0], obj.v[1], spec);
        case 'str':
          return formatStr(obj.v, spec);
        default:
          if (spec !== '') throw err('TypeError', `unsupported format string passed to ${typeName(obj)}.__format__`);
          return str(obj);
      }
    },
  };
}

const sf = load('str_format.json');

test('numeric str.format: driver', () => {
  assert.ok(sf.format.length >= 8000);
  for (const [fmt, encArgs, encKwargs, expected] of sf.format) {
    const args = encArgs === null ? null : (encArgs as any[]).map(dec);
    const kwargs = (encKwargs as [string, any][]).map(([k, v]) => [k, dec(v)] as [string, PV]);
    const got = outcome(() => formatString(fmt, makeFormatHooks(args, kwargs)));
    assert.deepEqual(got, expected, `${JSON.stringify(fmt)}.format(${args?.map(safeRepr)}, ${kwargs.map(([k, v]) => k + '=' + safeRepr(v))})`);
  }
});

test('numeric str.format: _string.formatter_parser', () => {
  for (const [fmt, expected] of sf.parser) {
    const got = outcome(() =>
      Array.from(parseFormatString(fmt), (c) => (c.field === undefined ? [c.literal, null, null, null] : [c.literal, c.field.name, c.field.spec, c.field.conversion || null])),
    );
    assert.deepEqual(got, expected, JSON.stringify(fmt));
  }
});

test('numeric str.format: _string.formatter_field_name_split', () => {
  for (const [name, expected] of sf.names) {
    const got = outcome(() => {
      const { first, restPos } = splitFieldName(name);
      return [first, Array.from(fieldNameRest(name, restPos), (s) => [s.isAttribute, s.index === -1 ? s.name : s.index])];
    });
    assert.deepEqual(got, expected, JSON.stringify(name));
  }
});
