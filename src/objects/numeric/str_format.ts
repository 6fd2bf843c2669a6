// str.format / str.format_map: the format-string parser and a driver that calls back into the
// object model for lookups, conversions and format().
//
// Parsing is lazy, as in CPython: the text is consumed one literal-plus-field at a time, each field
// is looked up, converted and formatted before the next one is parsed, so which error (or which
// side effect of a lookup) comes first matches the reference.
import { unicodeDecimal } from './ascii_transform.ts';
import { PyNumericError, PyValueError } from './errors.ts';

/** One step of the markup iterator: literal text, then possibly a replacement field. */
export interface FormatChunk {
  literal: string;
  /** Present when a replacement field follows the literal. */
  field?: FormatField;
}

export interface FormatField {
  /** The field name as written ('' for automatic numbering), e.g. '0.attr[key]'. */
  name: string;
  /** The conversion character ('r', 's', 'a', or anything else, which fails later), '' if none. */
  conversion: string;
  /** The format spec as written (may contain nested fields). */
  spec: string;
  /** True when the spec contains '{': it is itself formatted before use. */
  specNeedsExpanding: boolean;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;

/**
 * MarkupIterator: yields the chunks of a format string, raising ValueError with CPython's
 * message when it reaches a malformed part. _string.formatter_parser is built on this.
 */
// CPython: Objects/stringlib/unicode_format.h MarkupIterator_next, parse_field
export function* parseFormatString(s: string): Generator<FormatChunk, void, void> {
  let pos = 0;
  const end = s.length;
  while (pos < end) {
    const start = pos;
    let c = 0;
    let markup = false;
    while (pos < end) {
      c = s.charCodeAt(pos++);
      if (c === 0x7b || c === 0x7d) {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === 0x7d && (atEnd || s.charCodeAt(pos) !== c)) throw new PyValueError("Single '}' encountered in format string");
    if (atEnd && c === 0x7b) throw new PyValueError("Single '{' encountered in format string");
    if (!atEnd) {
      if (s.charCodeAt(pos) === c) {
        // '{{' or '}}': the first brace ends the literal, the second is skipped.
        pos++;
        markup = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!markup) {
      yield { literal };
      continue;
    }
    // The field: name up to '}', ':' or '!' (brackets may hide ':' and '!').
    const nameStart = pos;
    c = 0;
    while (pos < end) {
      c = s.charCodeAt(pos++);
      if (c === 0x7b) throw new PyValueError("unexpected '{' in field name");
      if (c === 0x5b) {
        while (pos < end && s.charCodeAt(pos) !== 0x5d) pos++;
        continue;
      }
      if (c === 0x7d || c === 0x3a || c === 0x21) break;
    }
    const name = s.slice(nameStart, pos - 1);
    let conversion = '';
    let spec = '';
    let specNeedsExpanding = false;
    if (c === 0x21 || c === 0x3a) {
      let done = false;
      if (c === 0x21) {
        if (pos >= end) throw new PyValueError('end of string while looking for conversion specifier');
        const cp = s.codePointAt(pos)!;
        conversion = String.fromCodePoint(cp);
        pos += cp > 0xffff ? 2 : 1;
        if (pos < end) {
          const d = s.charCodeAt(pos++);
          if (d === 0x7d) done = true;
          else if (d !== 0x3a) throw new PyValueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < end) {
          const d = s.charCodeAt(pos++);
          if (d === 0x7b) {
            specNeedsExpanding = true;
            count++;
          } else if (d === 0x7d && --count === 0) {
            spec = s.slice(specStart, pos - 1);
            closed = true;
            break;
          }
        }
        if (!closed) throw new PyValueError("unmatched '{' in format spec");
      }
    } else if (c !== 0x7d) {
      throw new PyValueError("expected '}' before end of string");
    }
    yield { literal, field: { name, conversion, spec, specNeedsExpanding } };
  }
}

/** get_integer: a non-negative decimal (any Nd digits) or -1; ValueError past Py_ssize_t. */
function fieldInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0n;
  for (const ch of s) {
    const d = unicodeDecimal(ch.codePointAt(0)!);
    if (d < 0) return -1;
    if (acc > (PY_SSIZE_T_MAX - BigInt(d)) / 10n) throw new PyValueError('Too many decimal digits in format string');
    acc = acc * 10n + BigInt(d);
  }
  return Number(acc);
}

/** One '.attr' or '[key]' step of a field name; index is the key as an int when it is one. */
export interface FieldAccessor {
  isAttribute: boolean;
  name: string;
  /** For '[...]': the key as a non-negative integer, or -1 when it is a string key. */
  index: number;
}

/**
 * FieldNameIterator: the '.attr' / '[key]' steps after the first part of a field name, parsed
 * lazily (an error shows up only when its step is reached).
 */
// CPython: Objects/stringlib/unicode_format.h FieldNameIterator_next
export function* fieldNameRest(s: string, pos: number): Generator<FieldAccessor, void, void> {
  const end = s.length;
  while (pos < end) {
    const c = s.charCodeAt(pos++);
    let name: string;
    let isAttribute: boolean;
    let index = -1;
    if (c === 0x2e) {
      isAttribute = true;
      const start = pos;
      while (pos < end) {
        const d = s.charCodeAt(pos);
        if (d === 0x5b || d === 0x2e) break;
        pos++;
      }
      name = s.slice(start, pos);
    } else if (c === 0x5b) {
      isAttribute = false;
      const start = pos;
      while (pos < end && s.charCodeAt(pos) !== 0x5d) pos++;
      if (pos >= end) throw new PyValueError("Missing ']' in format string");
      name = s.slice(start, pos);
      pos++;
      index = fieldInteger(name);
    } else {
      throw new PyValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.length === 0) throw new PyValueError('Empty attribute in format string');
    yield { isAttribute, name, index };
  }
}

/** Automatic vs manual field numbering, shared by a format string and its nested specs. */
export class AutoNumber {
  state: 'init' | 'auto' | 'manual' = 'init';
  next = 0;
}

/**
 * field_name_split: the first part of a field name (a keyword, or a positional index, with ''
 * numbered automatically) and the position where the accessors start. autoNumber is omitted for
 * _string.formatter_field_name_split, which does no numbering.
 */
// CPython: Objects/stringlib/unicode_format.h field_name_split
export function splitFieldName(name: string, autoNumber?: AutoNumber): { first: string | number; restPos: number } {
  let i = 0;
  while (i < name.length) {
    const c = name.charCodeAt(i);
    if (c === 0x5b || c === 0x2e) break;
    i++;
  }
  const first = name.slice(0, i);
  let index = fieldInteger(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (autoNumber !== undefined) {
    if (autoNumber.state === 'init' && numeric) autoNumber.state = empty ? 'auto' : 'manual';
    if (numeric) {
      if (autoNumber.state === 'manual' && empty) {
        throw new PyValueError('cannot switch from manual field specification to automatic field numbering');
      }
      if (autoNumber.state !== 'manual' && !empty) {
        throw new PyValueError('cannot switch from automatic field numbering to manual field specification');
      }
    }
    if (empty) index = autoNumber.next++;
  }
  return { first: index === -1 ? first : index, restPos: i };
}

/** The object model's side of str.format; V is its object type. */
export interface StrFormatHooks<V> {
  /**
   * args[index], or undefined when out of range. null args (format_map) is signalled by
   * positionalAllowed = false.
   */
  getPositional(index: number): V | undefined;
  /** False for format_map, where a positional field is a ValueError. */
  positionalAllowed: boolean;
  /** kwargs[name] (or mapping[name] for format_map); throws KeyError itself. */
  getKeyword(name: string): V;
  getAttr(obj: V, name: string): V;
  /** obj[key]: key is a number for an integer key (sequence index or int key), else a str. */
  getItem(obj: V, key: string | number): V;
  /** repr(obj) for 'r', str(obj) for 's', ascii(obj) for 'a', as an object. */
  convert(obj: V, conversion: 'r' | 's' | 'a'): V;
  /** format(obj, spec) */
  format(obj: V, spec: string): string;
}

/** str.format(*args, **kwargs) / str.format_map(mapping). */
// CPython: Objects/stringlib/unicode_format.h do_string_format, build_string, output_markup
export function formatString<V>(format: string, hooks: StrFormatHooks<V>): string {
  return buildString(format, hooks, 2, new AutoNumber());
}

function buildString<V>(s: string, hooks: StrFormatHooks<V>, depth: number, autoNumber: AutoNumber): string {
  if (depth <= 0) throw new PyValueError('Max string recursion exceeded');
  let out = '';
  for (const chunk of parseFormatString(s)) {
    out += chunk.literal;
    const f = chunk.field;
    if (f === undefined) continue;
    let obj = getFieldObject(f.name, hooks, autoNumber);
    if (f.conversion !== '') obj = hooks.convert(obj, checkConversion(f.conversion));
    const spec = f.specNeedsExpanding ? buildString(f.spec, hooks, depth - 1, autoNumber) : f.spec;
    out += hooks.format(obj, spec);
  }
  return out;
}

// CPython: Objects/stringlib/unicode_format.h do_conversion
function checkConversion(c: string): 'r' | 's' | 'a' {
  if (c === 'r' || c === 's' || c === 'a') return c;
  const cp = c.codePointAt(0)!;
  if (cp > 32 && cp < 127) throw new PyValueError(`Unknown conversion specifier ${c}`);
  throw new PyValueError(`Unknown conversion specifier \\x${cp.toString(16)}`);
}

// CPython: Objects/stringlib/unicode_format.h get_field_object
function getFieldObject<V>(name: string, hooks: StrFormatHooks<V>, autoNumber: AutoNumber): V {
  const { first, restPos } = splitFieldName(name, autoNumber);
  let obj: V;
  if (typeof first === 'string') obj = hooks.getKeyword(first);
  else {
    if (!hooks.positionalAllowed) throw new PyValueError('Format string contains positional fields');
    const v = hooks.getPositional(first);
    if (v === undefined) {
      throw new PyNumericError('IndexError', `Replacement index ${first} out of range for positional args tuple`);
    }
    obj = v;
  }
  for (const step of fieldNameRest(name, restPos)) {
    if (step.isAttribute) obj = hooks.getAttr(obj, step.name);
    else obj = hooks.getItem(obj, step.index === -1 ? step.name : step.index);
  }
  return obj;
}
