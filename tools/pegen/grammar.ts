// Reads a PEG grammar in pegen's notation (the notation of CPython's Grammar/python.gram)
// whose actions are TypeScript. Produces a small grammar tree for the emitter.

export type Item =
  | { kind: 'name'; name: string }
  | { kind: 'string'; value: string; dquote: boolean }
  | { kind: 'group'; alts: Alt[] }
  | { kind: 'opt'; item: Item }
  | { kind: 'rep0'; item: Item }
  | { kind: 'rep1'; item: Item }
  | { kind: 'gather'; sep: Item; item: Item }
  | { kind: 'pos'; item: Item }
  | { kind: 'neg'; item: Item }
  | { kind: 'forced'; item: Item }
  | { kind: 'cut' };

export interface NamedItem { name: string | null; type: string | null; item: Item }
export interface Alt { items: NamedItem[]; action: string | null; text: string }
export interface Rule { name: string; type: string | null; memo: boolean; alts: Alt[]; synthetic: boolean }
export interface Grammar { header: string; rules: Map<string, Rule> }

type Tok = { t: 'name' | 'string' | 'op' | 'action' | 'type'; v: string; dq?: boolean };

function lexRuleBody(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { i++; continue; }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j]!)) j++;
      toks.push({ t: 'name', v: src.slice(i, j) });
      i = j;
      continue;
    }
    if (c === "'" || c === '"') {
      const j = src.indexOf(c, i + 1);
      toks.push({ t: 'string', v: src.slice(i + 1, j), dq: c === '"' });
      i = j + 1;
      continue;
    }
    if (c === '{') {
      // Action: balanced braces, skipping over string literals inside it.
      let depth = 0;
      let j = i;
      for (; j < src.length; j++) {
        const d = src[j]!;
        if (d === "'" || d === '"' || d === '`') {
          j++;
          while (j < src.length && src[j] !== d) { if (src[j] === '\\') j++; j++; }
          continue;
        }
        if (d === '{') depth++;
        else if (d === '}' && --depth === 0) break;
      }
      toks.push({ t: 'action', v: src.slice(i + 1, j).trim() });
      i = j + 1;
      continue;
    }
    if (c === '[' && toks.length > 0 && toks[toks.length - 1]!.t === 'name' && src[i - 1] !== ' ' && src[i + 1] !== "'") {
      // name[Type]=... : a type annotation on a named item.
      let depth = 0;
      let j = i;
      for (; j < src.length; j++) {
        if (src[j] === '[') depth++;
        else if (src[j] === ']' && --depth === 0) break;
      }
      if (src[j + 1] === '=') {
        toks.push({ t: 'type', v: src.slice(i + 1, j) });
        i = j + 1;
        continue;
      }
    }
    if (src.startsWith('&&', i)) { toks.push({ t: 'op', v: '&&' }); i += 2; continue; }
    toks.push({ t: 'op', v: c });
    i++;
  }
  return toks;
}

class AltParser {
  pos = 0;
  constructor(private toks: Tok[], private src: string) {}
  peek(): Tok | undefined { return this.toks[this.pos]; }
  isOp(v: string): boolean { const t = this.peek(); return t !== undefined && t.t === 'op' && t.v === v; }
  expectOp(v: string): void {
    if (!this.isOp(v)) throw new Error(`grammar: expected '${v}' at ${JSON.stringify(this.peek())} in ${this.src.slice(0, 200)}`);
    this.pos++;
  }

  alts(): Alt[] {
    const out: Alt[] = [];
    if (this.isOp('|')) this.pos++;
    out.push(this.alt());
    while (this.isOp('|')) { this.pos++; out.push(this.alt()); }
    return out;
  }

  alt(): Alt {
    const items: NamedItem[] = [];
    let action: string | null = null;
    const start = this.pos;
    for (;;) {
      const t = this.peek();
      if (t === undefined || (t.t === 'op' && (t.v === '|' || t.v === ')' || t.v === ']'))) break;
      if (t.t === 'action') { action = t.v; this.pos++; break; }
      items.push(this.namedItem());
    }
    if (items.length === 0) throw new Error(`grammar: empty alternative in ${this.src.slice(0, 200)}`);
    const text = this.toks.slice(start, this.pos).filter((t) => t.t !== 'action')
      .map((t) => (t.t === 'string' ? (t.dq ? `"${t.v}"` : `'${t.v}'`) : t.t === 'type' ? `[${t.v}]` : t.v)).join(' ');
    return { items, action, text };
  }

  namedItem(): NamedItem {
    const t = this.peek()!;
    const t1 = this.toks[this.pos + 1];
    const t2 = this.toks[this.pos + 2];
    if (t.t === 'name' && t1 && t1.t === 'op' && t1.v === '=' ) {
      this.pos += 2;
      return { name: t.v, type: null, item: this.item() };
    }
    if (t.t === 'name' && t1 && t1.t === 'type' && t2 && t2.t === 'op' && t2.v === '=') {
      this.pos += 3;
      return { name: t.v, type: t1.v, item: this.item() };
    }
    return { name: null, type: null, item: this.item() };
  }

  item(): Item {
    if (this.isOp('&&')) { this.pos++; return { kind: 'forced', item: this.atom() }; }
    if (this.isOp('&')) { this.pos++; return { kind: 'pos', item: this.atom() }; }
    if (this.isOp('!')) { this.pos++; return { kind: 'neg', item: this.atom() }; }
    if (this.isOp('~')) { this.pos++; return { kind: 'cut' }; }
    if (this.isOp('[')) {
      this.pos++;
      const alts = this.alts();
      this.expectOp(']');
      return { kind: 'opt', item: { kind: 'group', alts } };
    }
    let a = this.atom();
    for (;;) {
      if (this.isOp('?')) { this.pos++; a = { kind: 'opt', item: a }; continue; }
      if (this.isOp('*')) { this.pos++; a = { kind: 'rep0', item: a }; continue; }
      if (this.isOp('+')) { this.pos++; a = { kind: 'rep1', item: a }; continue; }
      if (this.isOp('.')) {
        this.pos++;
        const elem = this.atom();
        this.expectOp('+');
        a = { kind: 'gather', sep: a, item: elem };
        continue;
      }
      return a;
    }
  }

  atom(): Item {
    const t = this.peek();
    if (t === undefined) throw new Error('grammar: unexpected end');
    if (t.t === 'name') { this.pos++; return { kind: 'name', name: t.v }; }
    if (t.t === 'string') { this.pos++; return { kind: 'string', value: t.v, dquote: !!t.dq }; }
    if (this.isOp('(')) {
      this.pos++;
      const alts = this.alts();
      this.expectOp(')');
      return { kind: 'group', alts };
    }
    throw new Error(`grammar: unexpected ${JSON.stringify(t)} in ${this.src.slice(0, 200)}`);
  }
}

export function parseGrammar(text: string): Grammar {
  let header = '';
  const h = /^@header\s*'''([\s\S]*?)'''/m.exec(text);
  if (h) {
    header = h[1]!;
    text = text.slice(0, h.index) + text.slice(h.index + h[0].length);
  }
  const rules = new Map<string, Rule>();
  // A rule starts at column 0: name[type] (memo): ...
  const re = /^([A-Za-z_]\w*)(?:\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\])?\s*(\(memo\))?\s*:/gm;
  const starts: { m: RegExpExecArray }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) starts.push({ m });
  for (let i = 0; i < starts.length; i++) {
    const { m: sm } = starts[i]!;
    const bodyStart = sm.index + sm[0].length;
    const bodyEnd = i + 1 < starts.length ? starts[i + 1]!.m.index : text.length;
    const body = text.slice(bodyStart, bodyEnd);
    const p = new AltParser(lexRuleBody(body), body);
    const alts = p.alts();
    if (p.pos !== (p as unknown as { toks: Tok[] }).toks.length) throw new Error(`grammar: trailing tokens in rule ${sm[1]}`);
    rules.set(sm[1]!, { name: sm[1]!, type: sm[2] ?? null, memo: !!sm[3], alts, synthetic: false });
  }
  return { header, rules };
}
