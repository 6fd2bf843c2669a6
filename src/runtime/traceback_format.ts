// How CPython 3.12.1 prints an uncaught exception: sys.excepthook's C display
// (Python/pythonrun.c: _PyErr_Display, print_exception_recursive, print_exception_group,
// print_chained, print_exception_message, print_exception_notes) and the traceback entries
// (Python/traceback.c: tb_printinternal, tb_displayline, extract_anchors_from_line,
// print_error_location_carets). 3.12.1's traceback.py is not used for this display, and its
// output differs in places (it strips trailing blanks, indents "[Previous line repeated ...]"
// inside groups, ...), so this file follows the C code.
//
// Pure: the caller (the VM) turns exception objects into ExceptionReport data — type name,
// str(), frames with co_positions() and the source line read as CPython reads it (see
// traceback_source.ts) — and writes the returned text to sys.stderr. Nothing here touches a
// host, so the browser build can use it.
import { K } from '../ast/nodes.gen.ts';
import type * as A from '../ast/nodes.gen.ts';
import { parse } from '../parser/index.ts';
import { WIDE_RANGES } from './east_asian_wide.gen.ts';
import { formatExceptionMessage, formatSyntaxErrorFileAndLine, type SyntaxErrorFields } from './syntaxerror_display.ts';

/** One traceback entry (a tb object), oldest first. */
export interface TracebackFrame {
  /** code.co_filename */
  readonly filename: string;
  /** code.co_name */
  readonly name: string;
  /** tb_lineno: the line shown in the "File" header and read from the source. */
  readonly lineno: number;
  /** co_positions() of tb_lasti; null where CPython has None (or -1). UTF-8 byte columns. */
  readonly startLineno: number | null;
  readonly endLineno: number | null;
  readonly colno: number | null;
  readonly endColno: number | null;
  /** Source line `lineno` as the C display reads it (trailing "\n" removed, nothing else), or
   * null when it cannot be read (a "<...>" filename, a missing file, fewer lines). */
  readonly line: string | null;
}

/** __notes__: absent, a sequence (str() of each item, null where str() raised), or anything else. */
export type ExceptionNotes =
  | { readonly items: readonly (string | null)[] }
  /** A non-sequence, str or bytes __notes__ is shown by its repr(); null when repr() raised. */
  | { readonly repr: string | null };

/** What the display reads from one exception instance. Graphs may share nodes and have cycles. */
export interface ExceptionReport {
  /** The type as printed: "module.QualName", without the module for builtins and __main__
   * (see exceptionTypeDisplayName). */
  readonly typeName: string;
  /** str(value); null when str() raised ("<exception str() failed>"). */
  readonly str: string | null;
  /** The traceback, oldest entry first; empty when __traceback__ is None. */
  readonly frames: readonly TracebackFrame[];
  /** The text _Py_Offer_Suggestions returned (e.g. ". Did you mean: 'x'?"), see suggestions.ts. */
  readonly suggestion?: string | null;
  readonly notes?: ExceptionNotes | null;
  /** Present when the value has a print_file_and_line attribute (SyntaxError and subclasses).
   * kind must be 'SyntaxError' exactly when the type is exactly SyntaxError. */
  readonly syntaxError?: SyntaxErrorFields | null;
  readonly cause?: ExceptionReport | null;
  readonly context?: ExceptionReport | null;
  readonly suppressContext?: boolean;
  /** For BaseExceptionGroup instances: .exceptions. */
  readonly exceptions?: readonly ExceptionReport[] | null;
}

export interface DisplayOptions {
  /** sys.tracebacklimit when it is an int (null or absent: unset or not an int). */
  readonly tracebackLimit?: number | bigint | null;
  /** PyErr_MAX_GROUP_WIDTH / _DEPTH; fixed in CPython, parameters here for tests. */
  readonly maxGroupWidth?: number;
  readonly maxGroupDepth?: number;
}

const TB_HEADER = 'Traceback (most recent call last):\n';
const GROUP_TB_HEADER = 'Exception Group Traceback (most recent call last):\n';
const CAUSE_MESSAGE = 'The above exception was the direct cause of the following exception:\n';
const CONTEXT_MESSAGE = 'During handling of the above exception, another exception occurred:\n';
// PyTraceBack_LIMIT: at most this many entries (the most recent ones) without sys.tracebacklimit.
const DEFAULT_TB_LIMIT = 1000;
const TB_RECURSIVE_CUTOFF = 3;
const SOURCE_LINE_INDENT = 4;

/** The printed type name. CPython: print_exception_message's module/qualname part. */
export function exceptionTypeDisplayName(module: string | null, qualname: string | null): string {
  const q = qualname ?? '<unknown>';
  if (module === null) return `<unknown>.${q}`;
  return module === 'builtins' || module === '__main__' ? q : `${module}.${q}`;
}

interface Ctx {
  readonly out: string[];
  readonly seen: Set<ExceptionReport>;
  depth: number;
  needClose: boolean;
  readonly maxWidth: number;
  readonly maxDepth: number;
  readonly limit: number;
}

/**
 * The whole text sys.excepthook writes for an uncaught exception.
 * CPython: _PyErr_Display
 */
export function formatException(exc: ExceptionReport, opts: DisplayOptions = {}): string {
  const ctx: Ctx = {
    out: [],
    seen: new Set(),
    depth: 0,
    needClose: false,
    maxWidth: opts.maxGroupWidth ?? 15,
    maxDepth: opts.maxGroupDepth ?? 10,
    limit: tracebackLimit(opts.tracebackLimit),
  };
  printRecursive(ctx, exc);
  return ctx.out.join('');
}

/**
 * What the default sys.unraisablehook writes after its "Exception ignored" line: the
 * traceback, then "Type: str(value)" — with the colon even for an empty str, and without
 * SyntaxError fields, notes, suggestions or chained exceptions. CPython: write_unraisable_exc_file
 */
export function formatUnraisable(exc: Pick<ExceptionReport, 'typeName' | 'str' | 'frames'>): string {
  const out: string[] = [];
  if (exc.frames.length > 0) formatTracebackInto(out, exc.frames, DEFAULT_TB_LIMIT, 0, '', '', TB_HEADER);
  out.push(`${exc.typeName}: ${exc.str ?? '<exception str() failed>'}\n`);
  return out.join('');
}

// _PyTraceBack_Print_Indented reads sys.tracebacklimit as a C long: a huge value counts as
// LONG_MAX, anything <= 0 (including huge negatives) prints no traceback at all.
function tracebackLimit(v: number | bigint | null | undefined): number {
  if (v === null || v === undefined) return DEFAULT_TB_LIMIT;
  if (typeof v === 'bigint') return v > 0n ? (v > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(v)) : 0;
  return v > 0 ? v : 0;
}

function margin(ctx: Ctx): string {
  return ctx.depth > 0 ? ' '.repeat(2 * ctx.depth) + '| ' : '';
}

// CPython: print_exception_recursive
function printRecursive(ctx: Ctx, exc: ExceptionReport): void {
  printCauseAndContext(ctx, exc);
  if (exc.exceptions === undefined || exc.exceptions === null) printException(ctx, exc);
  else printGroup(ctx, exc, exc.exceptions);
}

// CPython: print_exception_cause_and_context. A cause, printed or already seen, hides the
// context.
function printCauseAndContext(ctx: Ctx, exc: ExceptionReport): void {
  ctx.seen.add(exc);
  const cause = exc.cause ?? null;
  if (cause !== null) {
    if (!ctx.seen.has(cause)) printChained(ctx, cause, CAUSE_MESSAGE);
    return;
  }
  if (exc.suppressContext === true) return;
  const context = exc.context ?? null;
  if (context !== null && !ctx.seen.has(context)) printChained(ctx, context, CONTEXT_MESSAGE);
}

// CPython: print_chained
function printChained(ctx: Ctx, exc: ExceptionReport, message: string): void {
  const needClose = ctx.needClose;
  printRecursive(ctx, exc);
  ctx.needClose = needClose;
  const m = margin(ctx);
  ctx.out.push(m, '\n', m, message, m, '\n');
}

// CPython: print_exception
function printException(ctx: Ctx, exc: ExceptionReport): void {
  const { out } = ctx;
  const m = margin(ctx);
  if (exc.frames.length > 0) {
    const isGroup = exc.exceptions !== undefined && exc.exceptions !== null;
    const header = isGroup ? GROUP_TB_HEADER : TB_HEADER;
    const headerMargin = isGroup && ctx.depth === 1 ? '+ ' : ctx.depth > 0 ? '| ' : '';
    formatTracebackInto(out, exc.frames, ctx.limit, 2 * ctx.depth, ctx.depth > 0 ? '| ' : '', headerMargin, header);
  }
  // print_exception_file_and_line replaces the value by its msg when the SyntaxError's
  // fields parse; the message line then shows str(msg), or just the type for msg None.
  let message: string | null | undefined = exc.str;
  let replaced = false;
  if (exc.syntaxError) {
    const fileAndLine = formatSyntaxErrorFileAndLine(exc.syntaxError);
    if (fileAndLine !== null) {
      // Only the "File" line gets the group margin: print_error_text writes the source line
      // and carets without it.
      out.push(m, fileAndLine);
      message = exc.syntaxError.msg === null ? undefined : exc.syntaxError.msg;
      replaced = true;
    }
  }
  out.push(m);
  if (message === undefined) out.push(exc.typeName);
  else if (message === null) out.push(`${exc.typeName}: <exception str() failed>`);
  else out.push(formatExceptionMessage(exc.typeName, message).slice(0, -1));
  // The suggestion is asked of the (possibly replaced) value: a str has none.
  if (!replaced && exc.suggestion) out.push(exc.suggestion);
  out.push('\n');
  printNotes(ctx, exc.notes ?? null, m);
}

// CPython: print_exception_notes. Lines of a note after the first keep the margin; an empty
// note prints a bare newline, without margin.
function printNotes(ctx: Ctx, notes: ExceptionNotes | null, m: string): void {
  if (notes === null) return;
  const { out } = ctx;
  if ('repr' in notes) {
    out.push(m, notes.repr ?? '<__notes__ repr() failed>', '\n');
    return;
  }
  for (const note of notes.items) {
    if (note === null) out.push('<note str() failed>');
    else for (const line of splitlinesKeepends(note)) out.push(m, line);
    out.push('\n');
  }
}

// str.splitlines(keepends=True): Python's line boundaries, "\r\n" counting as one.
const LINE_BREAKS = new Set(['\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']);
function splitlinesKeepends(s: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (!LINE_BREAKS.has(ch)) continue;
    if (ch === '\r' && s[i + 1] === '\n') i++;
    lines.push(s.slice(start, i + 1));
    start = i + 1;
  }
  if (start < s.length) lines.push(s.slice(start));
  return lines;
}

// CPython: print_exception_group
function printGroup(ctx: Ctx, exc: ExceptionReport, excs: readonly ExceptionReport[]): void {
  const { out } = ctx;
  if (ctx.depth > ctx.maxDepth) {
    out.push(margin(ctx), `... (max_group_depth is ${ctx.maxDepth})\n`);
    return;
  }
  if (ctx.depth === 0) ctx.depth += 1;
  printException(ctx, exc);
  const n = excs.length <= ctx.maxWidth ? excs.length : ctx.maxWidth + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    // The closing line may be written by a nested group instead.
    if (last) ctx.needClose = true;
    const truncated = i >= ctx.maxWidth;
    const lead = i === 0 ? '+-' : '  ';
    out.push(' '.repeat(2 * ctx.depth), truncated ? `${lead}+---------------- ... ----------------\n` : `${lead}+---------------- ${i + 1} ----------------\n`);
    ctx.depth += 1;
    if (!truncated) {
      printRecursive(ctx, excs[i]!);
    } else {
      const remaining = excs.length - ctx.maxWidth;
      out.push(margin(ctx), `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out.push(' '.repeat(2 * ctx.depth), '+------------------------------------\n');
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (ctx.depth === 1) ctx.depth -= 1;
}

/**
 * A traceback as PyTraceBack_Print writes it: the header and the entries, with the source
 * lines and position markers. limit is sys.tracebacklimit (default 1000); <= 0 prints nothing.
 */
export function formatTraceback(frames: readonly TracebackFrame[], limit: number | bigint | null = null): string {
  const out: string[] = [];
  if (frames.length > 0) formatTracebackInto(out, frames, tracebackLimit(limit), 0, '', '', TB_HEADER);
  return out.join('');
}

// CPython: _PyTraceBack_Print_Indented + tb_printinternal. Frames repeating the previous
// one (same file, line and name) are shown 3 times, then counted. Names and filenames are
// compared by value where CPython compares the string objects; they are the same objects
// whenever the code objects come from one compilation.
function formatTracebackInto(out: string[], frames: readonly TracebackFrame[], limit: number, indent: number, m: string, headerMargin: string, header: string): void {
  if (limit <= 0) return;
  out.push(' '.repeat(indent), headerMargin, header);
  const first = frames.length > limit ? frames.length - limit : 0;
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let cnt = 0;
  for (let i = first; i < frames.length; i++) {
    const f = frames[i]!;
    if (lastFile === null || f.filename !== lastFile || lastLine === -1 || f.lineno !== lastLine || lastName === null || f.name !== lastName) {
      if (cnt > TB_RECURSIVE_CUTOFF) out.push(repeatedLine(cnt));
      lastFile = f.filename;
      lastLine = f.lineno;
      lastName = f.name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) out.push(formatFrame(f, indent, m));
  }
  if (cnt > TB_RECURSIVE_CUTOFF) out.push(repeatedLine(cnt));
}

// CPython: tb_print_line_repeated. Written without the group margin, as 3.12.1 does.
function repeatedLine(cnt: number): string {
  const n = cnt - TB_RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/**
 * One entry: the "File" line, the source line without its indentation, and the markers.
 * CPython: tb_displayline
 */
export function formatFrame(f: TracebackFrame, indent = 0, m = ''): string {
  const pad = ' '.repeat(indent) + m;
  let s = `${pad}  File "${f.filename}", line ${f.lineno}, in ${f.name}\n`;
  if (f.line === null) return s;
  const line = Array.from(f.line, (c) => c.codePointAt(0)!);
  // display_source_line_with_margin strips ' ', '\t' and '\f' only.
  let strip = 0;
  while (strip < line.length && (line[strip] === 0x20 || line[strip] === 0x09 || line[strip] === 0x0c)) strip++;
  s += `${pad}    ${String.fromCodePoint(...line.slice(strip))}\n`;
  const truncation = strip - SOURCE_LINE_INDENT;
  const markers = positionMarkers(f, line, truncation);
  return markers === null ? s : s + pad + markers;
}

const encoder = new TextEncoder();
// ignoreBOM: a BOM read back from line 1 is a character of the line to CPython.
const utf8Replace = new TextDecoder('utf-8', { ignoreBOM: true });
const isWhitespaceByte = (b: number | undefined): boolean => b === 0x20 || b === 0x09 || b === 0x0c;

// The marker line of tb_displayline, or null when it is elided.
function positionMarkers(f: TracebackFrame, line: readonly number[], truncation: number): string | null {
  const { startLineno, endLineno, colno, endColno } = f;
  if (startLineno === null || endLineno === null || colno === null || endColno === null) return null;
  if (startLineno < 0 || endLineno < 0 || colno < 0 || endColno < 0) return null;
  const lineStr = String.fromCodePoint(...line);
  const lineBytes = encoder.encode(lineStr);
  const startOffset = byteOffsetToCharOffset(lineBytes, colno);
  let endOffset = byteOffsetToCharOffset(lineBytes, endColno);
  let anchors: Anchors | null = null;
  if (startLineno === endLineno) {
    anchors = extractAnchorsFromLine(line, startOffset, endOffset);
  } else {
    // A multi-line range is highlighted to the last non-blank of its first line. CPython
    // indexes the UTF-8 bytes with a count of code points here; so does this.
    const strlen = cStrlen(lineBytes);
    let i = line.length;
    while (--i >= 0) {
      const b = i < strlen ? lineBytes[i] : 0;
      if (!isWhitespaceByte(b)) break;
    }
    endOffset = i + 1;
  }
  // Markers spanning the whole stripped line tell nothing: they are left out. (The check is
  // on code points; the markers themselves are placed by display width.)
  const strippedLen = line.length - truncation - SOURCE_LINE_INDENT;
  if (endOffset - startOffset === strippedLen && anchors === null) return null;
  const dpStart = displayWidth(line, startOffset);
  const dpEnd = displayWidth(line, endOffset);
  const dpLeft = anchors === null ? -1 : displayWidth(line, anchors.left);
  const dpRight = anchors === null ? -1 : displayWidth(line, anchors.right);
  // CPython: print_error_location_carets
  let s = '';
  for (let offset = truncation + 1; offset <= dpEnd; offset++) {
    if (offset <= dpStart) s += ' ';
    else if (anchors !== null && dpLeft < offset && offset <= dpRight) s += '^';
    else s += anchors !== null ? '~' : '^';
  }
  return s + '\n';
}

/**
 * The columns line[:offset] takes on a terminal: 2 for East Asian Wide and Fullwidth
 * characters, 1 for others. An all-ASCII prefix returns the offset unchanged, even one past
 * the end of the line (where the slice is clamped otherwise).
 * CPython: _PyPegen_calculate_display_width
 */
export function displayWidth(line: readonly number[], offset: number): number {
  const end = Math.max(0, Math.min(offset, line.length));
  let ascii = true;
  let width = 0;
  for (let i = 0; i < end; i++) {
    const c = line[i]!;
    if (c >= 0x80) ascii = false;
    width += isWide(c) ? 2 : 1;
  }
  return ascii ? offset : width;
}

function isWide(c: number): boolean {
  if (c < 0x1100) return false;
  let lo = 0;
  let hi = WIDE_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < WIDE_RANGES[2 * mid]!) hi = mid - 1;
    else if (c > WIDE_RANGES[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

function cStrlen(bytes: Uint8Array): number {
  const nul = bytes.indexOf(0);
  return nul < 0 ? bytes.length : nul;
}

/**
 * A UTF-8 byte column of a line to a column in code points: the first `col` bytes decoded
 * with errors="replace" (a cut sequence counts as one character). A column past the end
 * counts the terminating NUL as one more character, as the C code does.
 * CPython: _PyPegen_byte_offset_to_character_offset
 */
export function byteOffsetToCharOffset(lineBytes: Uint8Array, col: number): number {
  const len = cStrlen(lineBytes);
  if (col > len + 1) col = len + 1;
  const extra = col > len ? 1 : 0;
  const text = utf8Replace.decode(lineBytes.subarray(0, Math.min(col, len)));
  let n = 0;
  for (const _ of text) n++;
  return n + extra;
}

interface Anchors {
  /** Code point offsets in the line: the secondary (^) range is [left, right). */
  readonly left: number;
  readonly right: number;
}

/**
 * Parses the highlighted segment and, for a binary operation or a subscript, finds the
 * operator or the brackets to mark with ^ inside the ~ range. null: no anchors.
 * CPython: extract_anchors_from_line, extract_anchors_from_stmt, extract_anchors_from_expr
 */
function extractAnchorsFromLine(line: readonly number[], start: number, end: number): Anchors | null {
  // PyUnicode_Substring's clamping.
  const segment = start >= line.length || end < start ? '' : String.fromCodePoint(...line.slice(start, Math.min(end, line.length)));
  let mod: A.mod;
  try {
    mod = parse(segment, { filename: '<traceback>', mode: 'exec' });
  } catch {
    // A segment that does not parse alone (or anything else going wrong) gets no anchors.
    return null;
  }
  // CPython also runs the AST optimizer on the segment; folding only matters for segments
  // that are constant expressions, which do not raise, so it is left out.
  if (mod._k !== K.Module || mod.body.length !== 1) return null;
  const stmt = mod.body[0]!;
  if (stmt._k !== K.Expr) return null;
  const bytes = encoder.encode(segment);
  const found = anchorsFromExpr(bytes, stmt.value);
  if (found === null) return null;
  return {
    left: byteOffsetToCharOffset(bytes, found.left) + start,
    right: byteOffsetToCharOffset(bytes, found.right) + start,
  };
}

// Byte offsets within the segment.
function anchorsFromExpr(seg: Uint8Array, e: A.expr): Anchors | null {
  if (e._k === K.BinOp) {
    let left = -1;
    let right = -1;
    const rightStart = e.right.col_offset;
    for (let i = e.left.end_col_offset; i < rightStart; i++) {
      if (isWhitespaceByte(seg[i])) continue;
      left = i;
      right = i + 1;
      // Two-character operators (//, **, <<, ...).
      if (i + 1 < rightStart && !isWhitespaceByte(seg[i + 1])) right++;
      // A closing parenthesis of the left operand is not the operator: keep looking.
      if (i + 1 < rightStart && seg[i] === 0x29) continue;
      break;
    }
    // No operator between the operands: cannot happen for parsed code.
    if (left < 0) return null;
    return { left, right };
  }
  if (e._k === K.Subscript) {
    let left = e.value.end_col_offset;
    let right = e.slice.end_col_offset + 1;
    const len = cStrlen(seg);
    while (left < len && seg[left] !== 0x5b) left++;
    while (right < len && seg[right] !== 0x5d) right++;
    if (right < len) right++;
    return { left, right };
  }
  return null;
}
