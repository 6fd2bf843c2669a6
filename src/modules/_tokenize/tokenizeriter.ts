// _tokenize.TokenizerIter: the tokens of the lines a readline callable returns, as the tuples
// tokenize.py turns into TokenInfo. With extra_tokens (what tokenize.py asks for) operators are
// OP, comments and non-logical newlines are tokens, and positions follow the pure-Python
// tokenizer of earlier versions. CPython: Python/Python-tokenize.c (tokenizeriter_new_impl,
// tokenizeriter_next, _tokenizer_error).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { raiseSyntaxError } from '../../runtime/syntaxerror_raise.ts';
import { Tokenizer } from '../../tokenizer/tokenizer.ts';
import { PySyntaxError, TokenizerError } from '../../tokenizer/errors.ts';
import { T } from '../../tokenizer/token.ts';
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { callMethod, PyObject_CallNoArgs } from '../../objects/call.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import type { PyTypeObject, visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { allocInstance, isExcOf, dropException } from '../modsupport.ts';

interface IterBody {
  readline: PyObject | null;
  extraTokens: boolean;
  encoding: string | null;
  tok: Tokenizer | null;
  done: boolean;
}

const body = (o: PyObject): IterBody => o.body as IterBody;

// CPython: tokenizeriter_new_impl — TokenizerIter(readline, /, *, extra_tokens, encoding=None)
export function tokenizeriter_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [readline, extra, enc] = unpackKeywords(interp, 'tokenizeriter', ['', 'extra_tokens', 'encoding'], 1, 2, 1, args, kwnames);
  let encoding: string | null = null;
  if (enc !== undefined) {
    if (!enc.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `tokenizeriter() argument 'encoding' must be str, not ${enc.ob_type.tp_name}`);
    encoding = unicodeText(enc);
  }
  const extraTokens = PyObject_IsTrue(interp, extra!);
  return allocInstance(interp, type, 32, 0, { readline: Py_NewRef(readline!), extraTokens, encoding, tok: null, done: false } satisfies IterBody);
}

export function tokenizeriter_dealloc(o: PyObject): void {
  Py_XDECREF(body(o).readline);
  freeObject(o);
}

export function tokenizeriter_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const r = body(o).readline;
  if (r !== null) visit(r, arg);
}

/** Every line readline gives until it returns an empty line or raises StopIteration, decoded when an encoding was given. */
function readAll(interp: Interpreter, b: IterBody): string {
  let text = '';
  for (;;) {
    let line: PyObject;
    try {
      line = PyObject_CallNoArgs(interp, b.readline!);
    } catch (e) {
      if (!isExcOf(interp, e, 'StopIteration')) throw e;
      dropException(e);
      break;
    }
    try {
      if (b.encoding !== null) {
        const enc = PyUnicode_FromString(interp, b.encoding);
        try {
          const s = callMethod(interp, line, 'decode', [enc]);
          const t = unicodeText(s);
          Py_DECREF(s);
          if (t === '') break;
          text += t;
        } finally {
          Py_DECREF(enc);
        }
        continue;
      }
      if (!line.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'readline() returned a non-string object');
      const t = unicodeText(line);
      if (t === '') break;
      text += t;
    } finally {
      Py_DECREF(line);
    }
  }
  return text;
}

/** Code points of src[from, to). */
function charCount(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

const LOCATED_AT_LINE_END: ReadonlySet<string> = new Set(['E_TABSPACE', 'E_TOODEEP', 'E_DEDENT', 'E_LINECONT']);

// CPython: _tokenizer_error — errors the tokenizer leaves to its caller get this module's
// location: the current line, the offset its length; an EOF inside brackets has its own message.
function tokenizerError(interp: Interpreter, e: PySyntaxError, tok: Tokenizer): never {
  if (e instanceof TokenizerError && e.code === 'E_EOF') {
    raiseSyntaxError(interp, new TokenizerError('SyntaxError', 'unexpected EOF in multi-line statement', e.filename, tok.lineno, 0, null, tok.lineno, 0, 'E_EOF'));
  }
  if (e instanceof TokenizerError && LOCATED_AT_LINE_END.has(e.code)) {
    const line = tok.lineText(tok.lineno);
    raiseSyntaxError(interp, new TokenizerError(e.kind, e.msg, e.filename, tok.lineno, line.length, line.replace(/\n$/, ''), null, null, e.code));
  }
  raiseSyntaxError(interp, e);
}

// CPython: tokenizeriter_next
export function tokenizeriter_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = body(o);
  if (b.done) return null;
  if (b.tok === null) {
    const text = readAll(interp, b);
    Py_DECREF(b.readline!);
    b.readline = null;
    b.tok = new Tokenizer(text, { filename: '<string>', extraTokens: b.extraTokens });
  }
  const tok = b.tok;
  let t;
  try {
    t = tok.next();
  } catch (e) {
    if (e instanceof PySyntaxError) {
      b.done = true;
      tokenizerError(interp, e, tok);
    }
    throw e;
  }
  if (t.type === T.ENDMARKER) b.done = true;
  const src = tok.source;
  const span = tok.lastTokenSpan();
  const strLit = t.type === T.STRING || t.type === T.FSTRING_MIDDLE;
  const lineStart = strLit ? span.multiLineStart : span.lineStart;
  const implicitNewline = span.addedNewline && span.inp >= src.length;
  const trailing = t.type === T.ENDMARKER || (t.type === T.DEDENT && tok.atEOF);
  // At the end of input the line buffer is empty.
  let line = '';
  if (!trailing) {
    let end = span.inp;
    if (end - lineStart >= 1 && implicitNewline) end--;
    line = src.slice(lineStart, Math.max(end, lineStart));
  }
  let type: number = t.type;
  let str = t.string;
  let lineno = t.lineno;
  let endLineno = t.end_lineno;
  let col = span.pStart >= 0 && span.pStart >= lineStart ? charCount(src, lineStart, span.pStart) : -1;
  let endCol = span.pEnd >= 0 && span.pEnd >= span.lineStart ? charCount(src, span.lineStart, span.pEnd) : -1;
  if (b.extraTokens) {
    if (trailing) {
      lineno = endLineno = lineno + 1;
      col = endCol = 0;
    }
    if (type > T.DEDENT && type < T.OP) type = T.OP;
    else if (type === T.ASYNC || type === T.AWAIT) type = T.NAME;
    else if (type === T.NEWLINE) {
      if (!implicitNewline) str = '\n';
      endCol++;
    } else if (type === T.NL && implicitNewline) str = '';
  }
  const n = (v: number): PyObject => PyLong_FromNumber(interp, v);
  return tupleFromItemsSteal(interp, [
    n(type), PyUnicode_FromString(interp, str), tupleFromItemsSteal(interp, [n(lineno), n(col)]),
    tupleFromItemsSteal(interp, [n(endLineno), n(endCol)]), PyUnicode_FromString(interp, line),
  ]);
}
