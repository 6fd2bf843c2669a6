// The token serialization shared with tools/gen-token-fixtures.py (Python's json.dumps layout),
// so that token streams can be compared by hash against the reference.
import type { Token } from './token.ts';
import { TOKEN_NAMES } from './token.ts';

/** One token as the reference harness writes it: [type, string, lineno, col, end_lineno, end_col(, metadata)]. */
export function tokenRow(t: Token): unknown[] {
  const row: unknown[] = [TOKEN_NAMES[t.type], t.string, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset];
  if (t.metadata !== undefined) row.push(t.metadata);
  return row;
}

/** json.dumps(row, ensure_ascii=False) of a token row. */
export function pyJson(row: unknown[]): string {
  return '[' + row.map((x) => JSON.stringify(x)).join(', ') + ']';
}

export function canonicalTokens(tokens: readonly Token[]): string {
  return tokens.map((t) => pyJson(tokenRow(t))).join('\n');
}
