// printf-style formatting: str % args and bytes % args.
//
// The engine parses the format exactly as CPython 3.12 does (including the order in which it
// fetches arguments and raises errors) and leaves everything that needs the object model to hooks:
// str()/repr()/ascii(), the int and float conversions, mapping lookups. A bytes format is handled
// as a latin-1 string (one char per byte) and converted back at the end.
import { DEFAULT_MAX_STR_DIGITS } from '../../parser/literals.ts';
import { doubleToString, DTSF_ALT, type DoubleFormatCode } from './dtoa.ts';
import { PyMemoryError, PyOverflowError, PyTypeError, PyValueError } from './errors.ts';
import { intToDecimalString } from './int_str.ts';

/** What the engine needs from the object model; V is its object type. */
export interface PercentHooksCommon<V> {
  /** type(v).__name__, for error messages. */
  typeName(v: V): string;
  /**
   * mainformatlong's conversion for %d %i %u (index false: PyNumber_Check, then int(v)) and
   * %o %x %X (index true: operator.index(v)). Return undefined when v is not suitable (a TypeError
   * from the conversion included): the engine raises CPython's "%d format: a real number is
   * required, not str". Throw for any other error.
   */
  toInt(v: V, index: boolean): bigint | number | undefined;
  /** For '*': v's value when it is an int (bool included), else undefined ("* wants int"). */
  starInt(v: V): bigint | number | undefined;
  /** mapping[key]; key is a str for str formats, bytes (Uint8Array) for bytes formats. */
  getItem(mapping: V, key: string | Uint8Array): V;
}

export interface StrPercentHooks<V> extends PercentHooksCommon<V> {
  /** PyFloat_AsDouble(v); throws the TypeError "must be real number, not str" itself. */
  toFloat(v: V): number;
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /**
   * formatchar: a str of length 1 gives that character, an int (through __index__) its value;
   * undefined when v is neither ("%c requires int or char").
   */
  toChar(v: V): string | bigint | number | undefined;
}

export interface BytesPercentHooks<V> extends PercentHooksCommon<V> {
  /**
   * PyFloat_AsDouble(v), or undefined when it raises: bytes formatting replaces any such error with
   * TypeError "float argument required, not str".
   */
  toFloat(v: V): number | undefined;
  /** ascii(v), for %a and %r. */
  ascii(v: V): string;
  /** %s/%b: bytes, bytearray, __bytes__ or the buffer protocol; undefined when none applies. */
  toBytes(v: V): Uint8Array | undefined;
  /** byte_converter: a bytes/bytearray of length 1 gives it, an int (via __index__) its value; else undefined. */
  toByte(v: V): Uint8Array | bigint | number | undefined;
}

/** The right operand of %: a tuple's items, or one object; mapping when PyMapping_Check says so. */
export interface PercentArgs<V> {
  /** The items when the right operand is a tuple. */
  tuple?: readonly V[];
  /** The right operand when it is not a tuple. */
  single?: V;
  /** True when the operand is a mapping (not a tuple, str or bytes) for %(key)s. */
  isMapping: boolean;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const PY_SSIZE_T_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

/** str % args */
// CPython: Objects/unicodeobject.c PyUnicode_Format
export function percentFormatStr<V>(format: string, args: PercentArgs<V>, hooks: StrPercentHooks<V>, maxStrDigits: number = DEFAULT_MAX_STR_DIGITS): string {
  return new Formatter<V>(format, args, hooks, undefined, maxStrDigits).run();
}

/** bytes % args */
// CPython: Objects/bytesobject.c _PyBytes_FormatEx
export function percentFormatBytes<V>(format: Uint8Array, args: PercentArgs<V>, hooks: BytesPercentHooks<V>, maxStrDigits: number = DEFAULT_MAX_STR_DIGITS): Uint8Array {
  let s = '';
  for (let i = 0; i < format.length; i++) s += String.fromCharCode(format[i]!);
  const out = new Formatter<V>(s, args, undefined, hooks, maxStrDigits).run();
  const b = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) b[i] = out.charCodeAt(i);
  return b;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

function latin1Bytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

function cpSlice(s: string, start: number, n: number): string {
  // start is a UTF-16 index; n code points from there.
  let i = start;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return s.slice(start, i);
}

function fill(c: string, n: number): string {
  if (n <= 0) return '';
  if (n > 0x10000000) throw new PyMemoryError();
  return c.repeat(n);
}

class Formatter<V> {
  private readonly fmt: string;
  private pos = 0;
  private cnt: number;
  private args: V | undefined;
  private readonly tuple: readonly V[] | undefined;
  private arglen: number;
  private argidx: number;
  private readonly dict: V | undefined;
  private readonly isBytes: boolean;
  private readonly common: PercentHooksCommon<V>;
  private out = '';

  constructor(
    fmt: string,
    args: PercentArgs<V>,
    private readonly strHooks: StrPercentHooks<V> | undefined,
    private readonly bytesHooks: BytesPercentHooks<V> | undefined,
    private readonly maxStrDigits: number,
  ) {
    this.fmt = fmt;
    this.cnt = fmt.length;
    this.isBytes = bytesHooks !== undefined;
    this.common = (strHooks ?? bytesHooks)!;
    if (args.tuple !== undefined) {
      this.tuple = args.tuple;
      this.arglen = args.tuple.length;
      this.argidx = 0;
    } else {
      this.args = args.single;
      this.arglen = -1;
      this.argidx = -2;
    }
    this.dict = args.isMapping && args.tuple === undefined ? args.single : undefined;
  }

  /** FORMAT_READ: the character at pos, 0 past the end (the C string's terminator). */
  private read(): number {
    return this.pos < this.fmt.length ? this.fmt.codePointAt(this.pos)! : 0;
  }

  /** Advances pos over the character just read (cnt counts UTF-16 units, like pos). */
  private step(c: number): void {
    if (c > 0xffff) {
      this.pos += 2;
      this.cnt--;
    } else this.pos++;
  }

  run(): string {
    const fmt = this.fmt;
    while (--this.cnt >= 0) {
      const start = this.pos;
      if (fmt.charCodeAt(this.pos) !== 0x25) {
        let next = fmt.indexOf('%', this.pos + 1);
        if (next < 0) next = fmt.length;
        this.out += fmt.slice(start, next);
        this.cnt -= next - start - 1;
        this.pos = next;
        if (this.pos >= fmt.length) break;
        continue;
      }
      this.pos++;
      this.formatArg();
    }
    if (this.argidx < this.arglen && this.dict === undefined) {
      throw new PyTypeError(`not all arguments converted during ${this.isBytes ? 'bytes' : 'string'} formatting`);
    }
    return this.out;
  }

  // CPython: Objects/unicodeobject.c unicode_format_getnextarg
  private nextArg(): V {
    const i = this.argidx;
    if (i < this.arglen) {
      this.argidx++;
      return this.arglen < 0 ? this.args! : this.tuple![i]!;
    }
    throw new PyTypeError('not enough arguments for format string');
  }

  // CPython: Objects/unicodeobject.c unicode_format_arg, unicode_format_arg_parse
  private formatArg(): void {
    let ch = this.read();
    if (ch === 0x25) {
      this.pos++;
      this.cnt--;
      this.out += '%';
      return;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;
    // bytes: the digit loops read the next byte as unsigned, every other read as a signed char
    // (which matters for the error about an unsupported byte >= 0x80).
    let unsignedRead = false;
    if (ch === 0x28) {
      // %(key)s: the argument is mapping[key]; parentheses nest.
      if (this.dict === undefined) throw new PyTypeError('format requires a mapping');
      this.pos++;
      this.cnt--;
      const keystart = this.pos;
      let pcount = 1;
      while (pcount > 0 && --this.cnt >= 0) {
        ch = this.fmt.charCodeAt(this.pos);
        if (ch === 0x29) pcount--;
        else if (ch === 0x28) pcount++;
        this.pos++;
      }
      if (this.cnt < 0 || pcount > 0) throw new PyValueError('incomplete format key');
      const key = this.fmt.slice(keystart, this.pos - 1);
      this.args = this.common.getItem(this.dict, this.isBytes ? latin1Bytes(key) : key);
      this.arglen = -1;
      this.argidx = -2;
    }
    while (--this.cnt >= 0) {
      ch = this.read();
      this.step(ch);
      unsignedRead = false;
      if (ch === 0x2d) flags |= F_LJUST;
      else if (ch === 0x2b) flags |= F_SIGN;
      else if (ch === 0x20) flags |= F_BLANK;
      else if (ch === 0x23) flags |= F_ALT;
      else if (ch === 0x30) flags |= F_ZERO;
      else break;
    }
    if (ch === 0x2a) {
      const v = this.common.starInt(this.nextArg());
      if (v === undefined) throw new PyTypeError('* wants int');
      if (v > PY_SSIZE_T_MAX || v < -PY_SSIZE_T_MAX - 1n) throw new PyOverflowError('Python int too large to convert to C ssize_t');
      width = Number(v);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      if (--this.cnt >= 0) {
        ch = this.read();
        this.step(ch);
        unsignedRead = false;
      }
    } else if (ch >= 0x30 && ch <= 0x39) {
      let w = BigInt(ch - 0x30);
      while (--this.cnt >= 0) {
        ch = this.read();
        this.step(ch);
        unsignedRead = true;
        if (ch < 0x30 || ch > 0x39) break;
        if (w > (PY_SSIZE_T_MAX - BigInt(ch - 0x30)) / 10n) throw new PyValueError('width too big');
        w = w * 10n + BigInt(ch - 0x30);
      }
      width = Number(w);
    }
    if (ch === 0x2e) {
      prec = 0;
      if (--this.cnt >= 0) {
        ch = this.read();
        this.step(ch);
        unsignedRead = false;
      }
      if (ch === 0x2a) {
        const v = this.common.starInt(this.nextArg());
        if (v === undefined) throw new PyTypeError('* wants int');
        if (v > INT_MAX || v < -INT_MAX - 1) throw new PyOverflowError('Python int too large to convert to C int');
        prec = Number(v);
        if (prec < 0) prec = 0;
        if (--this.cnt >= 0) {
          ch = this.read();
          this.step(ch);
          unsignedRead = false;
        }
      } else if (ch >= 0x30 && ch <= 0x39) {
        prec = ch - 0x30;
        while (--this.cnt >= 0) {
          ch = this.read();
          this.step(ch);
          unsignedRead = true;
          if (ch < 0x30 || ch > 0x39) break;
          if (prec > (INT_MAX - (ch - 0x30)) / 10) throw new PyValueError('precision too big');
          prec = prec * 10 + (ch - 0x30);
        }
      }
    }
    // The C length modifiers h, l and L are accepted and ignored.
    if (this.cnt >= 0 && (ch === 0x68 || ch === 0x6c || ch === 0x4c)) {
      if (--this.cnt >= 0) {
        ch = this.read();
        this.step(ch);
        unsignedRead = false;
      }
    }
    if (this.cnt < 0) throw new PyValueError('incomplete format');
    const v = this.nextArg();
    const arg = { ch, flags, width, prec, sign: false, unsignedRead };
    const s = this.isBytes ? this.convertBytes(v, arg) : this.convertStr(v, arg);
    if (s !== undefined) this.output(arg, s);
    if (this.dict !== undefined && this.argidx < this.arglen) {
      throw new PyTypeError(`not all arguments converted during ${this.isBytes ? 'bytes' : 'string'} formatting`);
    }
  }

  private unsupported(ch: number, unsignedRead: boolean): never {
    // The index of the conversion character, counted in code points.
    const before = this.fmt.slice(0, this.pos - (ch > 0xffff ? 2 : 1));
    const index = cpLength(before);
    if (this.isBytes) {
      // Read as a signed char, a byte >= 0x80 is negative and PyErr_Format's %c rejects it.
      if (ch >= 0x80 && !unsignedRead) throw new PyOverflowError('character argument not in range(0x110000)');
      throw new PyValueError(`unsupported format character '${String.fromCharCode(ch)}' (0x${ch.toString(16)}) at index ${index}`);
    }
    const shown = ch >= 31 && ch <= 126 ? String.fromCharCode(ch) : '?';
    throw new PyValueError(`unsupported format character '${shown}' (0x${ch.toString(16)}) at index ${index}`);
  }

  /** The converted text, or undefined when it was written directly (fast paths). */
  // CPython: Objects/unicodeobject.c unicode_format_arg_format
  private convertStr(v: V, arg: Arg): string | undefined {
    const hooks = this.strHooks!;
    switch (arg.ch) {
      case 0x73: // s
      case 0x72: // r
      case 0x61: // a
        return arg.ch === 0x73 ? hooks.str(v) : arg.ch === 0x72 ? hooks.repr(v) : hooks.ascii(v);
      case 0x69: // i
      case 0x64: // d
      case 0x75: // u
      case 0x6f: // o
      case 0x78: // x
      case 0x58: // X
        arg.sign = true;
        return this.formatLong(v, arg);
      case 0x65: // e
      case 0x45:
      case 0x66: // f
      case 0x46:
      case 0x67: // g
      case 0x47:
        arg.sign = true;
        return this.formatFloat(v, arg);
      case 0x63: {
        // c
        const c = hooks.toChar(v);
        let cp: number;
        if (typeof c === 'string') {
          if (cpLength(c) !== 1) throw new PyTypeError('%c requires int or char');
          cp = c.codePointAt(0)!;
        } else if (c === undefined) throw new PyTypeError('%c requires int or char');
        else {
          if (c < 0 || c > 0x10ffff) throw new PyOverflowError('%c arg not in range(0x110000)');
          cp = Number(c);
        }
        return String.fromCodePoint(cp);
      }
      default:
        this.unsupported(arg.ch, arg.unsignedRead);
    }
  }

  // CPython: Objects/bytesobject.c _PyBytes_FormatEx (conversion switch)
  private convertBytes(v: V, arg: Arg): string | undefined {
    const hooks = this.bytesHooks!;
    switch (arg.ch) {
      case 0x72: // r
      case 0x61: {
        // a
        const s = hooks.ascii(v);
        return arg.prec >= 0 && s.length > arg.prec ? s.slice(0, arg.prec) : s;
      }
      case 0x73: // s
      case 0x62: {
        // b
        const b = hooks.toBytes(v);
        if (b === undefined) {
          throw new PyTypeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${hooks.typeName(v).slice(0, 100)}'`);
        }
        const s = latin1(b);
        return arg.prec >= 0 && s.length > arg.prec ? s.slice(0, arg.prec) : s;
      }
      case 0x69:
      case 0x64:
      case 0x75:
      case 0x6f:
      case 0x78:
      case 0x58:
        arg.sign = true;
        return this.formatLong(v, arg);
      case 0x65:
      case 0x45:
      case 0x66:
      case 0x46:
      case 0x67:
      case 0x47:
        arg.sign = true;
        return this.formatFloat(v, arg);
      case 0x63: {
        const c = hooks.toByte(v);
        if (c instanceof Uint8Array) {
          if (c.length !== 1) throw new PyTypeError('%c requires an integer in range(256) or a single byte');
          return String.fromCharCode(c[0]!);
        }
        if (c === undefined) throw new PyTypeError('%c requires an integer in range(256) or a single byte');
        if (c < 0 || c > 255) throw new PyOverflowError('%c arg not in range(256)');
        return String.fromCharCode(Number(c));
      }
      default:
        this.unsupported(arg.ch, arg.unsignedRead);
    }
  }

  // CPython: Objects/unicodeobject.c mainformatlong, _PyUnicode_FormatLong
  private formatLong(v: V, arg: Arg): string {
    // bytes formatting turns %i into %d before converting (errors then say %d).
    const type = this.isBytes && arg.ch === 0x69 ? 'd' : String.fromCharCode(arg.ch);
    const index = type === 'o' || type === 'x' || type === 'X';
    const n = this.common.toInt(v, index);
    if (n === undefined) {
      const what = index ? 'an integer' : 'a real number';
      throw new PyTypeError(`%${type} format: ${what} is required, not ${this.common.typeName(v).slice(0, 200)}`);
    }
    if (arg.prec > INT_MAX - 3) throw new PyOverflowError('precision too large');
    const neg = n < 0;
    const abs = neg ? -n : n;
    let digits: string;
    let prefix = '';
    if (!index) digits = typeof abs === 'number' ? String(abs) : intToDecimalString(abs as bigint, this.maxStrDigits);
    else {
      digits = abs.toString(type === 'o' ? 8 : 16);
      if (arg.flags & F_ALT) prefix = type === 'o' ? '0o' : '0x';
    }
    if (arg.prec > digits.length) digits = fill('0', arg.prec - digits.length) + digits;
    let s = (neg ? '-' : '') + prefix + digits;
    if (type === 'X') s = s.toUpperCase();
    return s;
  }

  // CPython: Objects/unicodeobject.c formatfloat
  private formatFloat(v: V, arg: Arg): string {
    let x: number;
    if (this.bytesHooks !== undefined) {
      const r = this.bytesHooks.toFloat(v);
      if (r === undefined) throw new PyTypeError(`float argument required, not ${this.common.typeName(v).slice(0, 200)}`);
      x = r;
    } else x = this.strHooks!.toFloat(v);
    const prec = arg.prec < 0 ? 6 : arg.prec;
    try {
      return doubleToString(x, String.fromCharCode(arg.ch) as DoubleFormatCode, prec, arg.flags & F_ALT ? DTSF_ALT : 0);
    } catch (e) {
      if (e instanceof RangeError) throw new PyMemoryError();
      throw e;
    }
  }

  // CPython: Objects/unicodeobject.c unicode_format_arg_output
  private output(arg: Arg, str: string): void {
    const fillChar = arg.sign && arg.flags & F_ZERO ? '0' : ' ';
    let len = this.isBytes ? str.length : cpLength(str);
    const isText = arg.ch === 0x73 || arg.ch === 0x72 || arg.ch === 0x61 || arg.ch === 0x62;
    if ((arg.width === -1 || arg.width <= len) && (arg.prec === -1 || arg.prec >= len) && !(arg.flags & (F_SIGN | F_BLANK))) {
      this.out += str;
      return;
    }
    if (isText && !this.isBytes && arg.prec >= 0 && len > arg.prec) len = arg.prec;
    let pindex = 0;
    let signchar = '';
    let sign = arg.sign;
    if (sign) {
      const c = str.charCodeAt(0);
      if (c === 0x2d || c === 0x2b) {
        signchar = str[0]!;
        len--;
        pindex++;
      } else if (arg.flags & F_SIGN) signchar = '+';
      else if (arg.flags & F_BLANK) signchar = ' ';
      else sign = false;
    }
    let width = arg.width;
    if (width < len) width = len;
    let out = '';
    if (sign) {
      if (fillChar !== ' ') out += signchar;
      if (width > len) width--;
    }
    const altPrefix = (arg.flags & F_ALT) !== 0 && (arg.ch === 0x78 || arg.ch === 0x58 || arg.ch === 0x6f);
    if (altPrefix) {
      if (fillChar !== ' ') {
        out += str.slice(pindex, pindex + 2);
        pindex += 2;
      }
      width -= 2;
      if (width < 0) width = 0;
      len -= 2;
    }
    if (width > len && !(arg.flags & F_LJUST)) {
      out += fill(fillChar, width - len);
      width = len;
    }
    if (fillChar === ' ') {
      if (sign) out += signchar;
      if (altPrefix) {
        out += str.slice(pindex, pindex + 2);
        pindex += 2;
      }
    }
    out += this.isBytes ? str.slice(pindex, pindex + len) : cpSlice(str, pindex, len);
    if (width > len) out += fill(' ', width - len);
    this.out += out;
  }
}

interface Arg {
  ch: number;
  unsignedRead: boolean;
  flags: number;
  width: number;
  prec: number;
  sign: boolean;
}
