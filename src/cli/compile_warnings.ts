// SyntaxWarnings raised while compiling (invalid escape sequences, "is" with a literal...)
// shown the way warnings.py shows them: "file:line: SyntaxWarning: msg" and the stripped
// source line when linecache can read it. -W options are honoured: "ignore" drops a warning,
// "error" turns the tokenizer's, the parser's and the code generator's SyntaxWarnings into
// SyntaxErrors.
// CPython: Lib/warnings.py formatwarning, warn_explicit, filters; Lib/linecache.py getline
import { pyStrip } from './pystr.ts';

const decoder = new TextDecoder('utf-8');

/** A source's lines as linecache holds them (universal newlines, BOM dropped). */
export function sourceLines(bytes: Uint8Array): string[] {
  let text = decoder.decode(bytes);
  if (text.startsWith('\ufeff')) text = text.slice(1);
  return text.split(/(?<=\r\n|\r(?!\n)|\n)/);
}

/** What the warnings filters do with a compile-time warning. */
export type WarningAction = 'show' | 'ignore' | 'error';

/**
 * The action for a warning raised while compiling: the -W options first (last match wins),
 * then the default filters, under which a DeprecationWarning outside __main__ (compile-time
 * warnings carry the file's name as module) is ignored.
 */
// CPython: Lib/warnings.py warn_explicit, _processoptions; Python/_warnings.c init_filters
export function compileWarningAction(
  warnoptions: readonly string[],
  category: string,
  message: string,
  filename: string,
  lineno: number,
): WarningAction {
  // warn_explicit derives the module name from the file name when none is given.
  const module = filename.toLowerCase().endsWith('.py') ? filename.slice(0, -3) : filename;
  for (let i = warnoptions.length - 1; i >= 0; i--) {
    const parts = warnoptions[i]!.split(':');
    if (parts.length > 5) continue;
    while (parts.length < 5) parts.push('');
    const [action, msg, cat, mod, line] = parts.map(pyStrip) as [string, string, string, string, string];
    if (cat !== '' && cat !== 'Warning' && cat !== category) continue;
    if (msg !== '' && !message.toLowerCase().startsWith(msg.toLowerCase())) continue;
    if (mod !== '' && mod !== module) continue;
    if (line !== '' && Number(line.replaceAll('_', '')) !== 0 && Number(line.replaceAll('_', '')) !== lineno) continue;
    const full = ['default', 'always', 'ignore', 'module', 'once', 'error'].find((a) => a.startsWith(action));
    if (action === '' || action === 'all' || full === undefined) return 'show';
    return full === 'ignore' ? 'ignore' : full === 'error' ? 'error' : 'show';
  }
  return category === 'DeprecationWarning' && module !== '__main__' ? 'ignore' : 'show';
}

/** Whether a compile-time SyntaxWarning is ignored by the -W options (last match wins). */
export function syntaxWarningIgnored(warnoptions: readonly string[], message: string, filename: string, lineno: number): boolean {
  return compileWarningAction(warnoptions, 'SyntaxWarning', message, filename, lineno) === 'ignore';
}

/** CPython: warnings.formatwarning (the line comes from linecache; null when unavailable) */
export function formatWarning(filename: string, lineno: number, category: string, message: string, line: string | null): string {
  let s = `${filename}:${lineno}: ${category}: ${message}\n`;
  if (line !== null && line !== '') s += `  ${pyStrip(line)}\n`;
  return s;
}

/** The stderr text for the SyntaxWarnings of one compile, minus those the -W options ignore. */
export function formatSyntaxWarnings(
  warnings: readonly (readonly [string, number])[],
  warnoptions: readonly string[],
  filename: string,
  lines: readonly string[],
): string {
  let out = '';
  for (const [msg, lineno] of warnings) {
    if (syntaxWarningIgnored(warnoptions, msg, filename, lineno)) continue;
    out += formatWarning(filename, lineno, 'SyntaxWarning', msg, lines[lineno - 1] ?? null);
  }
  return out;
}
