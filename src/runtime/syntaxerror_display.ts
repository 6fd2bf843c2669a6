// How CPython 3.12 shows an uncaught SyntaxError (and IndentationError, TabError): the
// "  File ..., line N" header, the offending line, the caret line and "Kind: msg".
// 3.12.1's traceback.py has no _print_exception_bltin, so the top-level display is the C
// one in Python/pythonrun.c, mirrored here byte for byte. Pure (no host access) so a later
// traceback printer and the browser build can reuse it.

/** The attributes of a SyntaxError instance that the display reads; null is Python's None. */
export interface SyntaxErrorFields {
  /** The exception class's qualified name: SyntaxError, IndentationError or TabError. */
  readonly kind: string;
  readonly msg: string | null;
  readonly filename: string | null;
  readonly lineno: number | null;
  readonly offset: number | null;
  readonly text: string | null;
  readonly end_lineno: number | null;
  readonly end_offset: number | null;
}

const encoder = new TextEncoder();
// ignoreBOM: a BOM in the text (line 1 of a file that has one) is printed, as CPython prints it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The whole display of an uncaught SyntaxError without a traceback, as sys.excepthook
 * prints it (CPython: print_exception for an exception with print_file_and_line).
 */
export function formatSyntaxError(e: SyntaxErrorFields): string {
  const fileAndLine = formatSyntaxErrorFileAndLine(e);
  if (fileAndLine === null) return formatExceptionMessage(e.kind, syntaxErrorStr(e));
  // The message replaces the exception as the value printed; a None message prints nothing.
  if (e.msg === null) return fileAndLine + `${e.kind}\n`;
  return fileAndLine + formatExceptionMessage(e.kind, e.msg);
}

/** "Kind: text", or just "Kind" when the text is empty (CPython: print_exception_message). */
export function formatExceptionMessage(qualname: string, text: string): string {
  return text.length === 0 ? `${qualname}\n` : `${qualname}: ${text}\n`;
}

/**
 * The "File" header, source line and carets; null when CPython's parse_syntax_error fails
 * (lineno is None), in which case the message line shows str(exc) instead of msg.
 * CPython: print_exception_file_and_line + parse_syntax_error
 */
export function formatSyntaxErrorFileAndLine(e: SyntaxErrorFields): string | null {
  if (e.lineno === null) return null;
  const lineno = e.lineno;
  const filename = e.filename ?? '<string>';
  const offset = e.offset ?? -1;
  // Only an exact SyntaxError has a usable end position; the subclasses always show one caret.
  let endLineno = lineno;
  let endOffset = -1;
  if (e.kind === 'SyntaxError') {
    endLineno = e.end_lineno ?? lineno;
    endOffset = e.end_offset ?? -1;
  }
  let out = `  File "${filename}", line ${lineno}\n`;
  if (e.text !== null) {
    // Sizes are in UTF-8 bytes while offsets are in code points: CPython mixes the two units
    // here, and the display depends on that mix for non-ASCII lines.
    const lineSize = encoder.encode(e.text).length;
    // A span over several lines is highlighted to the end of its first line.
    if (endLineno > lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += formatErrorText(offset, endOffset, e.text);
  }
  return out;
}

const SP = 0x20;
const TAB = 0x09;
const FF = 0x0c;
const NL = 0x0a;

/**
 * The source line (leading blanks stripped) and the caret line under offset..end_offset.
 * Works on the line's UTF-8 bytes as the C code does, including its clipping rules.
 * CPython: print_error_text
 */
export function formatErrorText(offset: number, endOffset: number, text: string): string {
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let bytes = encoder.encode(text);
  // The C code sees a NUL-terminated string: anything after an embedded NUL is invisible.
  const nul = bytes.indexOf(0);
  if (nul >= 0) bytes = bytes.subarray(0, nul);

  let pos = offset - 1;
  let start = 0;
  while (start < bytes.length && (bytes[start] === SP || bytes[start] === TAB || bytes[start] === FF)) {
    start++;
    pos--;
  }
  let len = bytes.length - start;
  if (len > 0 && bytes[start + len - 1] === NL) len--;
  if (pos > len) pos = len;
  // Skip whole lines that end before the offset when the text spans several lines.
  for (;;) {
    const nl = bytes.indexOf(NL, start);
    if (nl < 0) break;
    let inl = nl - start;
    if (inl >= pos) break;
    inl += 1;
    start += inl;
    len -= inl;
    pos -= inl;
  }
  let out = '    ' + decoder.decode(bytes.subarray(start));
  if (bytes[start + len] !== NL) out += '\n';
  // No caret when it would point left of the printed text.
  if (pos < 0) return out;
  return out + '    ' + ' '.repeat(pos) + '^'.repeat(carets) + '\n';
}

/** str() of a SyntaxError instance. CPython: SyntaxError_str (Objects/exceptions.c) */
export function syntaxErrorStr(e: SyntaxErrorFields): string {
  const msg = e.msg === null ? 'None' : e.msg;
  const base = e.filename === null ? null : e.filename.slice(e.filename.lastIndexOf('/') + 1);
  if (base === null && e.lineno === null) return msg;
  if (base !== null && e.lineno !== null) return `${msg} (${base}, line ${e.lineno})`;
  if (base !== null) return `${msg} (${base})`;
  return `${msg} (line ${e.lineno})`;
}
