// Source file decoding (CPython: check_bom, check_coding_spec, get_coding_spec, ensure_utf8 of the
// file tokenizer, as `python file.py` applies them).
import { TokenizerError } from './errors.ts';

export interface DecodedSource {
  text: string;
  /** CPython's tok->encoding: the normalized cookie name, 'utf-8' for a BOM, or null when neither. */
  encoding: string | null;
  bom: boolean;
}

/** CPython: get_normal_name. */
function normalName(s: string): string {
  const buf = s.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (buf === 'latin-1' || buf === 'iso-8859-1' || buf === 'iso-latin-1' || buf.startsWith('latin-1-') ||
    buf.startsWith('iso-8859-1-') || buf.startsWith('iso-latin-1-')) return 'iso-8859-1';
  return s;
}

const isCookieChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95 || c === 46;

/**
 * CPython: get_coding_spec. `line` holds the raw bytes of one line (with its newline).
 * Returns the cookie, null when there is none, or undefined when the line holds code (which
 * ends the search: a cookie on line 2 counts only below a comment-only line 1).
 */
function codingSpec(line: Uint8Array): string | null | undefined {
  const size = line.length;
  let i = 0;
  for (; i < size - 6; i++) {
    const c = line[i]!;
    if (c === 35) break;
    if (c !== 32 && c !== 9 && c !== 12) return isCommentOnly(line) ? null : undefined;
  }
  for (; i < size - 6; i++) {
    if (line[i] !== 99 || line[i + 1] !== 111 || line[i + 2] !== 100 || line[i + 3] !== 105 ||
      line[i + 4] !== 110 || line[i + 5] !== 103) continue; // "coding"
    let t = i + 6;
    if (line[t] !== 58 && line[t] !== 61) continue;
    do t++; while (line[t] === 32 || line[t] === 9);
    const begin = t;
    while (t < size && isCookieChar(line[t]!)) t++;
    if (begin < t) return normalName(String.fromCharCode(...line.subarray(begin, t)));
  }
  return isCommentOnly(line) ? null : undefined;
}

function isCommentOnly(line: Uint8Array): boolean {
  for (const c of line) {
    if (c === 35 || c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 12) return false;
  }
  return true;
}

/** CPython: valid_utf8 (structure only). Length of the sequence at `i`, 0 if invalid. */
function validUtf8(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  if (c < 0xc0) return 0;
  const expected = c < 0xe0 ? 1 : c < 0xf0 ? 2 : c < 0xf8 ? 3 : -1;
  if (expected < 0) return 0;
  for (let k = 1; k <= expected; k++) {
    const x = b[i + k];
    if (x === undefined || x < 0x80 || x >= 0xc0) return 0;
  }
  return expected + 1;
}

const LATIN1 = new Set(['latin-1', 'latin1', 'latin', 'l1', 'iso-8859-1', 'iso8859-1', '8859', 'cp819', 'ibm819',
  'iso-ir-100', 'csisolatin1', 'iso-latin-1']);
const ASCII = new Set(['ascii', 'us-ascii', '646', 'us', 'ansi-x3.4-1968', 'iso646-us', 'cp367', 'csascii', 'ibm367', 'iso-ir-6']);

/**
 * A file declared UTF-8 is not checked as it is read: CPython's tokenizer passes the raw bytes on,
 * and a bad byte is an error only where something decodes it (a string literal). Such bytes become
 * lone surrogates U+DC80..U+DCFF (Python's surrogateescape), which no decoded text contains.
 */
function decodeUtf8Escaping(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const dec = new TextDecoder('utf-8', { ignoreBOM: true });
    let out = '';
    let run = 0;
    for (let i = 0; i < bytes.length;) {
      const len = validUtf8(bytes, i);
      if (len > 0) {
        i += len;
        continue;
      }
      out += dec.decode(bytes.subarray(run, i)) + String.fromCharCode(0xdc00 + bytes[i]!);
      i++;
      run = i;
    }
    return out + dec.decode(bytes.subarray(run));
  }
}

const CP1252 = new Set(['cp1252', 'windows-1252', '1252']);
// cp1252's 0x80-0x9F; 0 marks the bytes Python's codec leaves undefined. Node's TextDecoder
// decodes 'windows-1252' as latin-1, hence the table.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes with a Python codec name; null for an unknown codec or undecodable bytes. */
function decodeWith(bytes: Uint8Array, name: string): string | null {
  const key = name.toLowerCase().replace(/_/g, '-');
  if (LATIN1.has(key)) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return s;
  }
  if (CP1252.has(key)) {
    let out = '';
    for (const b of bytes) {
      const cp = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
      if (cp === 0) return null;
      out += String.fromCharCode(cp);
    }
    return out;
  }
  if (ASCII.has(key)) {
    for (const b of bytes) if (b >= 128) return null;
    return decodeWith(bytes, 'latin-1');
  }
  try {
    return new TextDecoder(key, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function encodingProblem(msg: string, filename: string): TokenizerError {
  return new TokenizerError('SyntaxError', msg, filename, 0, 0, null, 0, 0, 'E_DECODE', false);
}

/** A decoding error of compile()'s bytes input: CPython gives it lineno 0, offset -1 and no more. */
function stringDecodeError(msg: string, filename: string): TokenizerError {
  return new TokenizerError('SyntaxError', msg, filename, 0, -1, null, null, null, 'E_DECODE', false);
}

/** Whether Glasspy knows the codec (a Python name, or one TextDecoder accepts). */
function knownCodec(name: string): boolean {
  const key = name.toLowerCase().replace(/_/g, '-');
  if (LATIN1.has(key) || ASCII.has(key)) return true;
  try {
    new TextDecoder(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes source bytes like CPython, also telling the encoding it settled on. A file (fromFile)
 * goes through the file tokenizer's checks; other bytes (compile(), ast.parse()) through
 * decode_str's, which leave a missing cookie's bad bytes to the string literals that hold them.
 */
export function decodeSourceWithInfo(bytes: Uint8Array, filename: string, fromFile = true): DecodedSource {
  let body = bytes;
  let encoding: string | null = null;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) {
    body = bytes.subarray(3);
    encoding = 'utf-8';
  }
  // The cookie may sit on line 1, or on line 2 below a line holding only a comment.
  let lineStartIdx = 0;
  for (let lineno = 1; lineno <= 2 && lineStartIdx < body.length; lineno++) {
    let nl = body.indexOf(10, lineStartIdx);
    nl = nl < 0 ? body.length : nl + 1;
    const spec = codingSpec(body.subarray(lineStartIdx, nl));
    if (spec === undefined) break;
    if (spec !== null) {
      if (encoding === null) {
        encoding = spec;
      } else if (spec !== encoding) {
        const msg = `encoding problem: ${spec} with BOM`;
        throw fromFile ? encodingProblem(msg, filename) : stringDecodeError(msg, filename);
      }
      break;
    }
    lineStartIdx = nl;
  }
  if (encoding === null && !fromFile) return { text: decodeUtf8Escaping(body), encoding: null, bom: false };
  if (encoding === null) {
    let lineno = 1;
    for (let i = 0; i < body.length;) {
      const c = body[i]!;
      if (c === 10) lineno++;
      const len = validUtf8(body, i);
      if (len === 0) {
        throw encodingProblem(`Non-UTF-8 code starting with '\\x${c.toString(16).padStart(2, '0')}' in file ${filename} ` +
          `on line ${lineno}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`, filename);
      }
      i += len;
    }
    return { text: new TextDecoder('utf-8').decode(body), encoding: null, bom: false };
  }
  const text = encoding === 'utf-8' ? decodeUtf8Escaping(body) : decodeWith(body, encoding);
  if (text === null) {
    if (fromFile) throw encodingProblem(`encoding problem: ${encoding}`, filename);
    if (!knownCodec(encoding)) throw stringDecodeError(`unknown encoding: ${encoding}`, filename);
    const key = encoding.toLowerCase().replace(/_/g, '-');
    const bad = body.findIndex((b) => b >= 0x80);
    if (ASCII.has(key) && bad >= 0) {
      throw stringDecodeError(`'ascii' codec can't decode byte 0x${body[bad]!.toString(16)} in position ${bad}: ordinal not in range(128)`, filename);
    }
    throw stringDecodeError(`encoding problem: ${encoding}`, filename);
  }
  return { text, encoding, bom };
}

/** Decodes a source file's bytes as CPython does (BOM, PEP 263 cookie, UTF-8 check). Throws PySyntaxError. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  return decodeSourceWithInfo(bytes, filename).text;
}
