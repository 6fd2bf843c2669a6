// Text algorithms shared by str, bytes and bytearray, on JS strings (a bytes object is handled as
// its latin-1 string). CPython: Objects/stringlib/ (fastsearch.h, split.h, partition.h,
// transmogrify.h) and the ADJUST_INDICES macro.

/** CPython: ADJUST_INDICES — negative indices count from the end; end is clamped to len. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** Index of sub in s[start:end] (absolute), or -1. CPython: any_find_slice / stringlib find, rfind */
export function findIn(s: string, sub: string, start: number, end: number, reverse: boolean): number {
  if (end - start < sub.length || start > s.length) return -1;
  if (sub.length === 0) return reverse ? end : start;
  if (!reverse) {
    const i = s.indexOf(sub, start);
    return i >= 0 && i + sub.length <= end ? i : -1;
  }
  const i = s.lastIndexOf(sub, end - sub.length);
  return i >= start ? i : -1;
}

/** Non-overlapping occurrences of sub in s[start:end]. CPython: stringlib count */
export function countIn(s: string, sub: string, start: number, end: number): number {
  if (end - start < sub.length || start > s.length) return 0;
  if (sub.length === 0) return end - start + 1;
  let n = 0;
  for (let i = s.indexOf(sub, start); i >= 0 && i + sub.length <= end; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** Whether s[start:end] starts (or ends) with sub. CPython: tailmatch */
export function tailMatch(s: string, sub: string, start: number, end: number, atEnd: boolean): boolean {
  [start, end] = adjustIndices(start, end, s.length);
  end -= sub.length;
  if (end < start) return false;
  if (sub.length === 0) return true;
  return s.startsWith(sub, atEnd ? end : start);
}

/** CPython: stringlib split_whitespace / rsplit_whitespace */
export function splitWhitespace(s: string, maxsplit: number, isSpace: (c: number) => boolean, reverse: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  if (!reverse) {
    let i = 0;
    while (maxsplit-- > 0) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i;
      while (i < n && !isSpace(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i !== n) out.push(s.slice(i));
    }
    return out;
  }
  let i = n - 1;
  while (maxsplit-- > 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    while (i >= 0 && !isSpace(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

/** CPython: stringlib split / rsplit with a separator (not empty) */
export function splitSep(s: string, sep: string, maxsplit: number, reverse: boolean): string[] {
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  if (!reverse) {
    let i = 0;
    while (maxsplit-- > 0) {
      const j = s.indexOf(sep, i);
      if (j < 0) break;
      out.push(s.slice(i, j));
      i = j + sep.length;
    }
    out.push(s.slice(i));
    return out;
  }
  let end = s.length;
  while (maxsplit-- > 0) {
    if (end - sep.length < 0) break;
    const j = s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** CPython: stringlib splitlines; isBreak says which characters end a line (\r\n is one break). */
export function splitLines(s: string, keepends: boolean, isBreak: (c: number) => boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** CPython: do_strip / do_argstrip; `chars` null strips whitespace. */
export function stripText(s: string, chars: string | null, left: boolean, right: boolean, isSpace: (c: number) => boolean): string {
  let set: Set<number> | null = null;
  if (chars !== null) {
    set = new Set<number>();
    for (const ch of chars) set.add(ch.codePointAt(0)!);
  }
  const test = (c: number) => (set === null ? isSpace(c) : set.has(c));
  let i = 0;
  let j = s.length;
  if (left) {
    while (i < j) {
      const c = s.codePointAt(i)!;
      if (!test(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
  }
  if (right) {
    while (j > i) {
      let c = s.charCodeAt(j - 1);
      let w = 1;
      if (c >= 0xdc00 && c <= 0xdfff && j - 2 >= i) {
        const hi = s.charCodeAt(j - 2);
        if (hi >= 0xd800 && hi <= 0xdbff) {
          c = s.codePointAt(j - 2)!;
          w = 2;
        }
      }
      if (!test(c)) break;
      j -= w;
    }
  }
  return s.slice(i, j);
}

/** CPython: replace (stringlib and unicodeobject.c); count < 0 means all. An empty `old` inserts between characters. */
export function replaceText(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) return s;
  if (old.length === 0) {
    const chars = Array.from(s);
    let out = '';
    let k = 0;
    for (; k < chars.length && count > 0; k++, count--) out += rep + chars[k];
    if (count > 0) return out + rep;
    return out + chars.slice(k).join('');
  }
  let out = '';
  let i = 0;
  while (count-- > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
  }
  return out + s.slice(i);
}

/** CPython: expandtabs; the column restarts after \n and \r. */
export function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
    } else {
      col++;
      out += ch;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return out;
}

/** The left and right padding of center(). CPython: unicode_center_impl / stringlib_center */
export function centerPads(len: number, width: number): [number, number] {
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return [left, marg - left];
}

/** CPython: zfill — zeros after a leading sign. */
export function zfillText(s: string, len: number, width: number): string {
  if (len >= width) return s;
  const fill = '0'.repeat(width - len);
  if (s.length > 0 && (s[0] === '+' || s[0] === '-')) return s[0] + fill + s.slice(1);
  return fill + s;
}
