// Small Python str semantics the CLI needs.

// The characters for which Python's str.isspace() is true (JS's \s differs: it has U+FEFF
// and lacks U+001C..U+001F and U+0085).
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'gu');

/** str.strip() with no argument. */
export function pyStrip(s: string): string {
  return s.replace(STRIP, '');
}
