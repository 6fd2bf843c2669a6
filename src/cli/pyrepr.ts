// repr() of a Python str, for the messages that embed one with %R / %r (file names,
// argparse values). CPython: unicode_repr (Objects/unicodeobject.c)
import { LazyRegExp } from '../unicode/lazy_regexp.ts';

// Python's str.isprintable() is false for these general categories (space excepted).
const NON_PRINTABLE = new LazyRegExp(() => /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u);

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, '0');
}

export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  // for..of walks code points; a lone surrogate comes out on its own and is escaped.
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (c !== 0x20 && NON_PRINTABLE.test(ch)) {
      if (c <= 0xff) out += '\\x' + hex(c, 2);
      else if (c <= 0xffff) out += '\\u' + hex(c, 4);
      else out += '\\U' + hex(c, 8);
    } else out += ch;
  }
  return out + quote;
}
