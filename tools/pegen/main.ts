// pegen for TypeScript: turns src/parser/python.gram and invalid.gram into src/parser/parser.gen.ts.
// The generated parser behaves as CPython's generated one does: the same alternatives in the
// same order, memoization on (memo) rules, left recursion by seed growing on the leader of each
// left-recursive cycle, lookaheads, cut (~), forced tokens (&&), and invalid_* alternatives
// that only run in the second (error-reporting) pass.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseGrammar, type Alt, type Grammar, type Item, type NamedItem, type Rule } from './grammar.ts';

const TOKENS: Record<string, { call: string; type: string }> = {
  NAME: { call: 'p.nameToken()', type: 'A.Name' },
  NUMBER: { call: 'p.numberToken()', type: 'A.expr' },
  SOFT_KEYWORD: { call: 'p.softKeywordToken()', type: 'A.Name' },
};
const PLAIN_TOKENS = ['STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER', 'TYPE_COMMENT',
  'FSTRING_START', 'FSTRING_MIDDLE', 'FSTRING_END'];

const OPS: Record<string, string> = {
  '(': 'LPAR', ')': 'RPAR', '[': 'LSQB', ']': 'RSQB', ':': 'COLON', ',': 'COMMA', ';': 'SEMI',
  '+': 'PLUS', '-': 'MINUS', '*': 'STAR', '/': 'SLASH', '|': 'VBAR', '&': 'AMPER', '<': 'LESS',
  '>': 'GREATER', '=': 'EQUAL', '.': 'DOT', '%': 'PERCENT', '{': 'LBRACE', '}': 'RBRACE',
  '==': 'EQEQUAL', '!=': 'NOTEQUAL', '<=': 'LESSEQUAL', '>=': 'GREATEREQUAL', '~': 'TILDE',
  '^': 'CIRCUMFLEX', '<<': 'LEFTSHIFT', '>>': 'RIGHTSHIFT', '**': 'DOUBLESTAR', '+=': 'PLUSEQUAL',
  '-=': 'MINEQUAL', '*=': 'STAREQUAL', '/=': 'SLASHEQUAL', '%=': 'PERCENTEQUAL', '&=': 'AMPEREQUAL',
  '|=': 'VBAREQUAL', '^=': 'CIRCUMFLEXEQUAL', '<<=': 'LEFTSHIFTEQUAL', '>>=': 'RIGHTSHIFTEQUAL',
  '**=': 'DOUBLESTAREQUAL', '//': 'DOUBLESLASH', '//=': 'DOUBLESLASHEQUAL', '@': 'AT', '@=': 'ATEQUAL',
  '->': 'RARROW', '...': 'ELLIPSIS', ':=': 'COLONEQUAL', '!': 'EXCLAMATION',
};

const isWord = (s: string) => /^[A-Za-z_]\w*$/.test(s);

class Gen {
  out: string[] = [];
  keywords = new Set<string>();
  synth: Rule[] = [];
  synthCount = 0;
  ruleIds = new Map<string, number>();
  /** Dense index of each memoized rule (memo rules and left-recursion leaders) into the memo table. */
  memoIds = new Map<string, number>();
  leaders = new Set<string>();
  leftRec = new Set<string>();

  constructor(readonly g: Grammar) {}

  // ---- analysis -------------------------------------------------------------------------

  nullableRules = new Map<string, boolean>();

  itemNullable(it: Item): boolean {
    switch (it.kind) {
      case 'name': return this.g.rules.has(it.name) ? this.nullableRules.get(it.name) ?? false : false;
      case 'string': case 'forced': return false;
      case 'opt': case 'rep0': case 'pos': case 'neg': case 'cut': return true;
      case 'rep1': return this.itemNullable(it.item);
      case 'gather': return this.itemNullable(it.item);
      case 'group': return it.alts.some((a) => a.items.every((n) => this.itemNullable(n.item)));
    }
  }

  computeNullable(): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const r of this.g.rules.values()) {
        const v = r.alts.some((a) => a.items.every((n) => this.itemNullable(n.item)));
        if (v && !this.nullableRules.get(r.name)) { this.nullableRules.set(r.name, true); changed = true; }
      }
    }
  }

  initialNames(it: Item, acc: Set<string>): void {
    switch (it.kind) {
      case 'name': if (this.g.rules.has(it.name)) acc.add(it.name); return;
      case 'opt': case 'rep0': case 'rep1': case 'forced': this.initialNames(it.item, acc); return;
      case 'gather': this.initialNames(it.item, acc); return;
      case 'group': for (const a of it.alts) this.altInitial(a, acc); return;
      default: return;
    }
  }

  altInitial(a: Alt, acc: Set<string>): void {
    for (const n of a.items) {
      if (n.item.kind === 'pos' || n.item.kind === 'neg' || n.item.kind === 'cut') continue;
      this.initialNames(n.item, acc);
      if (!this.itemNullable(n.item)) break;
    }
  }

  computeLeftRecursion(): void {
    const graph = new Map<string, Set<string>>();
    for (const r of this.g.rules.values()) {
      const s = new Set<string>();
      for (const a of r.alts) this.altInitial(a, s);
      graph.set(r.name, s);
    }
    // Tarjan's strongly connected components.
    let index = 0;
    const idx = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const on = new Set<string>();
    const sccs: string[][] = [];
    const visit = (v: string) => {
      idx.set(v, index); low.set(v, index); index++;
      stack.push(v); on.add(v);
      for (const w of graph.get(v)!) {
        if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
        else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) === idx.get(v)) {
        const scc: string[] = [];
        let w: string;
        do { w = stack.pop()!; on.delete(w); scc.push(w); } while (w !== v);
        sccs.push(scc);
      }
    };
    for (const v of graph.keys()) if (!idx.has(v)) visit(v);
    for (const scc of sccs) {
      if (scc.length === 1 && !graph.get(scc[0]!)!.has(scc[0]!)) continue;
      for (const r of scc) this.leftRec.add(r);
      if (scc.length === 1) { this.leaders.add(scc[0]!); continue; }
      // The leader is a rule through which every cycle of the component passes (pegen picks the
      // alphabetically first such rule).
      const members = new Set(scc);
      const cands = [...scc].sort().filter((cand) => {
        const seen = new Set<string>();
        const onPath = new Set<string>();
        let cyclic = false;
        const dfs = (v: string) => {
          seen.add(v); onPath.add(v);
          for (const w of graph.get(v)!) {
            if (!members.has(w) || w === cand) continue;
            if (onPath.has(w)) { cyclic = true; continue; }
            if (!seen.has(w)) dfs(w);
          }
          onPath.delete(v);
        };
        for (const v of scc) if (v !== cand && !seen.has(v)) dfs(v);
        return !cyclic;
      });
      if (cands.length === 0) throw new Error(`no leader for left-recursive rules ${scc.join(', ')}`);
      this.leaders.add(cands[0]!);
    }
  }

  // ---- emission -------------------------------------------------------------------------

  emit(s: string): void { this.out.push(s); }

  newSynth(prefix: string, alts: Alt[], type: string | null): Rule {
    const r: Rule = { name: `_${prefix}_${this.synthCount++}`, type, memo: false, alts, synthetic: true };
    this.synth.push(r);
    return r;
  }

  ruleType(name: string): string {
    const r = this.g.rules.get(name) ?? this.synth.find((x) => x.name === name);
    if (!r) throw new Error(`unknown rule ${name}`);
    return r.type ?? 'any';
  }

  /** Returns [expression evaluating to value-or-null, TS type of the value]. */
  call(it: Item): [string, string] {
    switch (it.kind) {
      case 'name': {
        if (TOKENS[it.name]) return [TOKENS[it.name]!.call, TOKENS[it.name]!.type];
        if (PLAIN_TOKENS.includes(it.name)) return [`p.expect(T.${it.name})`, 'Token'];
        if (!this.g.rules.has(it.name)) throw new Error(`unknown rule or token ${it.name}`);
        return [`p.r_${it.name}()`, this.ruleType(it.name)];
      }
      case 'string': {
        if (isWord(it.value)) {
          if (it.dquote) return [`p.expectSoft(${JSON.stringify(it.value)})`, 'Token'];
          this.keywords.add(it.value);
          return [`p.expect(KW.${it.value})`, 'Token'];
        }
        const op = OPS[it.value];
        if (!op) throw new Error(`unknown operator ${it.value}`);
        return [`p.expect(T.${op})`, 'Token'];
      }
      case 'group': {
        if (it.alts.length === 1 && it.alts[0]!.items.length === 1 && !it.alts[0]!.action && it.alts[0]!.items[0]!.item.kind !== 'cut') {
          return this.call(it.alts[0]!.items[0]!.item);
        }
        const r = this.newSynth('tmp', it.alts, this.groupType(it.alts));
        return [`p.r${r.name}()`, r.type ?? 'any'];
      }
      case 'rep0': case 'rep1': {
        const [, t] = this.call(it.item);
        const r = this.newSynth(it.kind === 'rep0' ? 'loop0' : 'loop1', [{ items: [{ name: null, type: null, item: it.item }], action: null, text: '' }], `${wrap(t)}[]`);
        return [`p.r${r.name}()`, `${wrap(t)}[]`];
      }
      case 'gather': {
        const [, t] = this.call(it.item);
        const r = this.newSynth('gather', [{ items: [{ name: null, type: null, item: it.sep }, { name: null, type: null, item: it.item }], action: null, text: '' }], `${wrap(t)}[]`);
        return [`p.r${r.name}()`, `${wrap(t)}[]`];
      }
      default:
        throw new Error(`cannot call ${it.kind}`);
    }
  }

  groupType(alts: Alt[]): string | null {
    const types = new Set<string>();
    for (const a of alts) {
      if (a.action) {
        const v = a.items.find((n) => n.name === a.action);
        if (v) types.add(this.valueType(v));
        else return null;
      } else if (a.items.filter((n) => !['pos', 'neg', 'cut'].includes(n.item.kind)).length === 1) {
        types.add(this.valueType(a.items.find((n) => !['pos', 'neg', 'cut'].includes(n.item.kind))!));
      } else return null;
    }
    return types.size === 1 ? [...types][0]! : [...types].join(' | ');
  }

  valueType(n: NamedItem): string {
    if (n.type) return n.type;
    const it = n.item;
    if (it.kind === 'opt') return this.call(it.item)[1];
    if (it.kind === 'forced') return 'Token';
    return this.call(it)[1];
  }

  /** Condition text for one item; declares its variable in `vars`. */
  cond(n: NamedItem, vars: Map<string, string>, counter: { n: number }): string {
    const it = n.item;
    const varName = () => {
      let v = n.name ?? `_v${counter.n++}`;
      if (n.name && vars.has(v)) v = `${v}_${counter.n++}`;
      return v;
    };
    switch (it.kind) {
      case 'cut': vars.set('_cut', 'boolean'); return '(_cut = true)';
      case 'pos': case 'neg': return this.lookahead(it.kind === 'pos', it.item);
      case 'forced': {
        const inner = it.item;
        if (inner.kind !== 'string') throw new Error('forced items must be tokens');
        const [c] = this.call(inner);
        const v = varName();
        vars.set(v, 'Token');
        return `(${v} = ${c.replace('p.expect(', 'p.expectForced(').replace(/\)$/, `, ${JSON.stringify(inner.value)})`)}) !== null`;
      }
      case 'opt': {
        const [c, t] = this.call(it.item);
        const v = varName();
        vars.set(v, `${n.type ?? t} | null`);
        return `((${v} = ${c}), true)`;
      }
      default: {
        const [c, t] = this.call(it);
        const v = varName();
        vars.set(v, `${n.type ?? t} | null`);
        return `(${v} = ${c}) !== null`;
      }
    }
  }

  lookahead(positive: boolean, it: Item): string {
    // p.lookahead(mark, matched) restores the mark: arguments run left to right, so no closure.
    const look = (call: string) => `p.lookahead(p.mark, ${call} ${positive ? '!==' : '==='} null)`;
    if (it.kind === 'name' && PLAIN_TOKENS.includes(it.name)) return `${positive ? '' : '!'}p.peek(T.${it.name})`;
    if (it.kind === 'string') {
      if (isWord(it.value) && it.dquote) return `${positive ? '' : '!'}p.peekSoft(${JSON.stringify(it.value)})`;
      const [c] = this.call(it);
      return `${positive ? '' : '!'}p.peek(${c.slice('p.expect('.length, -1)})`;
    }
    if (it.kind === 'name' && TOKENS[it.name]) return look(TOKENS[it.name]!.call);
    if (it.kind === 'name') return look(`p.r_${it.name}()`);
    if (it.kind === 'group') {
      const r = this.newSynth('tmp', it.alts, null);
      return look(`p.r${r.name}()`);
    }
    throw new Error(`lookahead on ${it.kind}`);
  }

  action(a: Alt, vars: Map<string, string>, valueVars: string[], isGather: boolean): string {
    if (a.action) return a.action.replace(/\bEXTRA\b/g, '_sl, _sc, _el, _ec');
    if (isGather) return `[${valueVars[0]}!, ...${valueVars[1]}!]`;
    if (valueVars.length === 1) return valueVars[0]!;
    return 'DUMMY as any';
  }

  emitAltBody(r: Rule, a: Alt, mode: 'normal' | 'loop'): void {
    const vars = new Map<string, string>();
    const counter = { n: 1 };
    const conds: string[] = [];
    const valueVars: string[] = [];
    for (const n of a.items) {
      const before = new Set(vars.keys());
      conds.push(this.cond(n, vars, counter));
      for (const k of vars.keys()) if (!before.has(k) && k !== '_cut') valueVars.push(k);
    }
    const usesExtra = a.action !== null && /\bEXTRA\b/.test(a.action);
    const gated = a.items.length === 1 && a.items[0]!.item.kind === 'name' && a.items[0]!.item.name.startsWith('invalid_');
    this.emit(`    ${gated ? 'if (p.callInvalidRules) ' : ''}{ // ${a.text.replace(/\n/g, ' ')}`);
    for (const [v, t] of vars) this.emit(`      let ${v}: ${t}${v === '_cut' ? ' = false' : ''};`);
    const body = (indent: string) => {
      if (usesExtra) {
        this.emit(`${indent}const _et = p.lastNonWhitespaceToken();`);
        this.emit(`${indent}const _el = _et.end_lineno, _ec = _et.end_col_offset;`);
      }
      return this.action(a, vars, valueVars, false);
    };
    if (mode === 'loop') {
      this.emit(`      while (${conds.join(' && ') || 'true'}) {`);
      const val = body('        ');
      this.emit(`        _children.push(${val});`);
      this.emit('        _mark = p.mark;');
      this.emit('      }');
      this.emit('      p.mark = _mark;');
    } else {
      this.emit(`      if (${conds.join(' && ')}) {`);
      const val = body('        ');
      this.emit(`        p.level--;`);
      this.emit(`        return ${val};`);
      this.emit('      }');
      this.emit('      p.mark = _mark;');
      if (vars.has('_cut')) this.emit('      if (_cut) { p.level--; return null; }');
    }
    this.emit('    }');
  }

  emitRule(r: Rule): void {
    const type = r.type ?? 'any';
    const isLoop = /^_loop[01]_/.test(r.name);
    const isGather = r.name.startsWith('_gather_');
    const memoize = (r.memo && !this.leftRec.has(r.name)) || this.leaders.has(r.name);
    if (memoize && !this.memoIds.has(r.name)) this.memoIds.set(r.name, this.memoIds.size);
    if (this.memoIds.size > 31) throw new Error('more than 31 memoized rules: widen ParserBase.memoMask');
    const id = memoize ? this.memoIds.get(r.name)! : -1;
    const usesExtra = r.alts.some((a) => a.action !== null && /\bEXTRA\b/.test(a.action));
    const memo = r.memo && !this.leftRec.has(r.name);
    const leader = this.leaders.has(r.name);
    const fname = r.synthetic ? `r${r.name}` : `r_${r.name}`;
    this.emit(`  // ${r.name}${r.type ? `[${r.type}]` : ''}${r.memo ? ' (memo)' : ''}${leader ? ' (left-recursive leader)' : ''}`);
    if (leader) {
      this.emit(`  ${fname}(): ${type} | null {`);
      this.emit('    const p = this;');
      this.emit(`    const _memo = p.getMemo(${id});`);
      this.emit('    if (_memo !== undefined) return _memo as any;');
      this.emit('    const _mark = p.mark;');
      this.emit('    let _resmark = p.mark;');
      this.emit(`    let _res: ${type} | null = null;`);
      this.emit('    let _entry = -1;');
      this.emit('    for (;;) {');
      this.emit(`      if (_entry < 0) _entry = p.setMemo(_mark, ${id}, _res);`);
      this.emit('      else p.updateMemo(_entry, _res);');
      this.emit('      p.mark = _mark;');
      this.emit(`      const _raw = p.${fname}_raw();`);
      this.emit('      if (_raw === null || p.mark <= _resmark) break;');
      this.emit('      _resmark = p.mark;');
      this.emit('      _res = _raw;');
      this.emit('    }');
      this.emit('    p.mark = _resmark;');
      this.emit('    return _res;');
      this.emit('  }');
    } else if (memo) {
      this.emit(`  ${fname}(): ${type} | null {`);
      this.emit('    const p = this;');
      this.emit(`    const _memo = p.getMemo(${id});`);
      this.emit('    if (_memo !== undefined) return _memo as any;');
      this.emit('    const _mark = p.mark;');
      this.emit(`    const _res = p.${fname}_raw();`);
      this.emit(`    p.setMemo(_mark, ${id}, _res);`);
      this.emit('    return _res;');
      this.emit('  }');
    }
    if (r.name.endsWith('without_invalid')) {
      // pegen: rules named *_without_invalid never call invalid rules below them.
      this.emit(`  ${fname}(): ${type} | null {`);
      this.emit('    const p = this;');
      this.emit('    const _prev = p.callInvalidRules;');
      this.emit('    p.callInvalidRules = false;');
      this.emit(`    const _res = p.${fname}_inner();`);
      this.emit('    p.callInvalidRules = _prev;');
      this.emit('    return _res;');
      this.emit('  }');
    }
    const bodyName = leader || memo ? `${fname}_raw` : r.name.endsWith('without_invalid') ? `${fname}_inner` : fname;
    this.emit(`  ${bodyName}(): ${isLoop || isGather ? type : `${type} | null`} {`);
    this.emit('    const p = this;');
    this.emit('    if (++p.level > MAXSTACK) p.stackOverflow();');
    this.emit(`    ${isLoop ? 'let' : 'const'} _mark = p.mark;`);
    if (usesExtra || isLoop || isGather) {
      this.emit('    if (p.mark === p.fill) p.fillToken();');
    }
    if (usesExtra) {
      this.emit('    const _st = p.tokens[_mark]!;');
      this.emit('    const _sl = _st.lineno, _sc = _st.col_offset;');
    }
    if (isLoop) {
      this.emit(`    const _children: ${type} = [];`);
      this.emitAltBody(r, r.alts[0]!, 'loop');
      if (r.name.startsWith('_loop1_')) this.emit('    if (_children.length === 0) { p.level--; return null as any; }');
      this.emit('    p.level--;');
      this.emit('    return _children;');
      this.emit('  }');
      return;
    }
    if (isGather) {
      // elem (sep elem)*
      const [sep, elem] = r.alts[0]!.items;
      const [ec] = this.call(elem!.item);
      const [sc] = this.call(sep!.item);
      this.emit(`    const _first = ${ec};`);
      this.emit('    if (_first === null) { p.mark = _mark; p.level--; return null as any; }');
      this.emit(`    const _children: ${type} = [_first];`);
      this.emit('    for (;;) {');
      this.emit('      const _m = p.mark;');
      this.emit(`      if (${sc} === null) { p.mark = _m; break; }`);
      this.emit(`      const _e = ${ec};`);
      this.emit('      if (_e === null) { p.mark = _m; break; }');
      this.emit('      _children.push(_e);');
      this.emit('    }');
      this.emit('    p.level--;');
      this.emit('    return _children;');
      this.emit('  }');
      return;
    }
    for (const a of r.alts) this.emitAltBody(r, a, 'normal');
    this.emit('    p.level--;');
    this.emit('    return null;');
    this.emit('  }');
  }

  generate(): string {
    this.computeNullable();
    this.computeLeftRecursion();
    // Emit bodies into a buffer first so synthetic rules and keywords are collected.
    const named = [...this.g.rules.values()];
    let id = 0;
    for (const r of named) this.ruleIds.set(r.name, id++);
    const bodies: string[] = [];
    for (const r of named) {
      this.out = [];
      this.emitRule(r);
      bodies.push(...this.out);
    }
    for (let i = 0; i < this.synth.length; i++) {
      const r = this.synth[i]!;
      this.ruleIds.set(r.name, id++);
      this.out = [];
      this.emitRule(r);
      bodies.push(...this.out);
    }
    const kws = [...this.keywords].sort();
    const head: string[] = [
      '// Generated by tools/pegen from src/parser/python.gram and invalid.gram. Do not edit.',
      '/* eslint-disable */',
      this.g.header.trim(),
      '',
      '/** Keyword token types, numbered after the tokenizer\'s types as pegen does. */',
      'export const enum KW {',
      ...kws.map((k, i) => `  ${k} = ${500 + i},`),
      '}',
      `export const KEYWORDS: ReadonlyMap<string, number> = new Map([${kws.map((k, i) => `['${k}', ${500 + i}]`).join(', ')}]);`,
      '',
      'export class GeneratedParser extends ParserActions {',
      `  static readonly MEMO_COUNT = ${this.memoIds.size};`,
    ];
    return [...head, ...bodies, '}', ''].join('\n');
  }
}

function wrap(t: string): string {
  return /[|&]/.test(t) ? `(${t})` : t;
}

const root = new URL('../../', import.meta.url);
// The grammar is two files: the language, and the rules behind CPython's targeted error messages.
const grammarText = ['python.gram', 'invalid.gram'].map((f) => readFileSync(new URL(`src/parser/${f}`, root), 'utf8')).join('\n');
const outPath = new URL('src/parser/parser.gen.ts', root);
const g = parseGrammar(grammarText);
const code = new Gen(g).generate();
writeFileSync(outPath, code);
