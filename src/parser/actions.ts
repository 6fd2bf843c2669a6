// Helpers the grammar's actions call. Each mirrors a function of CPython's
// Parser/action_helpers.c (3.12), named in the comment above it.
import * as A from '../ast/nodes.gen.ts';
import { ExprContext as Ctx, K } from '../ast/nodes.gen.ts';
import { bytesHeldTwiceByParser, PyBytes, PyComplex, PyEllipsis, type PyConstant } from '../ast/constant.ts';
import { T, type Token } from '../tokenizer/token.ts';
import { ParserBase, type Located } from './pegen.ts';
import { decodeFStringMiddle, decodeStringToken, LiteralError } from './literals.ts';

export { MAXSTACK } from './pegen.ts';

/** The value of an action-less alternative of several items (CPython: _PyPegen_dummy_name). */
export const DUMMY: unknown = Object.freeze({ dummy: true });

export const enum Targets { Star, Del, For }

export interface CmpopExprPair { op: A.Cmpop; expr: A.expr }
export interface KeyValuePair { key: A.expr | null; value: A.expr }
export interface KeyPatternPair { key: A.expr; pattern: A.pattern }
export interface NameDefaultPair { arg: A.arg; value: A.expr | null }
export interface SlashWithDefault { plainNames: A.arg[]; namesWithDefaults: NameDefaultPair[] }
export interface StarEtc { vararg: A.arg | null; kwonlyargs: NameDefaultPair[] | null; kwarg: A.arg | null }
export interface KeywordOrStarred { element: A.keyword | A.expr; isKeyword: boolean }
export interface ResultTokenWithMetadata { result: A.expr; metadata: string | null }

/** Tokens that carry f-string debug text (CPython: Token.metadata). */
type MetaToken = Token & { metadata?: string | null };

export abstract class ParserActions extends ParserBase {

  // CPython: _PyPegen_make_module
  makeModule(a: A.stmt[] | null): A.Module {
    return A.Module(a ?? [], this.typeIgnores.map((t) => A.TypeIgnore(t.lineno, t.tag)));
  }

  // CPython: _PyPegen_interactive_exit
  interactiveExit(): A.stmt[] | null {
    return null;
  }

  newTypeComment(tc: Token | null): string | null {
    return tc === null ? null : tc.string;
  }

  // CPython: _PyPegen_set_expr_context
  setExprContext(e: A.expr, ctx: Ctx): A.expr {
    switch (e._k) {
      case K.Name: return A.Name(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      case K.Tuple: return A.Tuple(e.elts.map((x) => this.setExprContext(x, ctx)), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      case K.List: return A.List(e.elts.map((x) => this.setExprContext(x, ctx)), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      case K.Subscript: return A.Subscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      case K.Attribute: return A.Attribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      case K.Starred: return A.Starred(this.setExprContext(e.value, ctx), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      default: return e;
    }
  }

  // CPython: _PyPegen_join_names_with_dot
  joinNamesWithDot(a: A.Name, b: A.Name): A.Name {
    return A.Name(`${a.id}.${b.id}`, Ctx.Load, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  // CPython: _PyPegen_seq_count_dots
  countDots(toks: Token[]): number {
    let n = 0;
    for (const t of toks) n += t.type === T.ELLIPSIS ? 3 : 1;
    return n;
  }

  // CPython: _PyPegen_alias_for_star
  aliasForStar(l: number, c: number, el: number, ec: number): A.alias {
    return A.alias('*', null, l, c, el, ec);
  }

  // CPython: _PyPegen_function_def_decorators
  functionDefDecorators(d: A.expr[], f: A.FunctionDef | A.AsyncFunctionDef): A.stmt {
    const make = f._k === K.AsyncFunctionDef ? A.AsyncFunctionDef : A.FunctionDef;
    return make(f.name, f.args, f.body, d, f.returns, f.type_comment, f.type_params, f.lineno, f.col_offset, f.end_lineno, f.end_col_offset);
  }

  // CPython: _PyPegen_class_def_decorators
  classDefDecorators(d: A.expr[], c: A.ClassDef): A.stmt {
    return A.ClassDef(c.name, c.bases, c.keywords, c.body, d, c.type_params, c.lineno, c.col_offset, c.end_lineno, c.end_col_offset);
  }

  // CPython: _PyPegen_name_default_pair
  nameDefaultPair(arg: A.arg, value: A.expr | null, tc: Token | null): NameDefaultPair {
    return { arg: this.addTypeCommentToArg(arg, tc), value };
  }

  // CPython: _PyPegen_add_type_comment_to_arg
  addTypeCommentToArg(a: A.arg, tc: Token | null): A.arg {
    if (tc === null) return a;
    return A.arg(a.arg, a.annotation, tc.string, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
  }

  slashWithDefault(plainNames: A.arg[], namesWithDefaults: NameDefaultPair[]): SlashWithDefault {
    return { plainNames, namesWithDefaults };
  }

  starEtc(vararg: A.arg | null, kwonlyargs: NameDefaultPair[] | null, kwarg: A.arg | null): StarEtc {
    return { vararg, kwonlyargs, kwarg };
  }

  // CPython: _PyPegen_make_arguments
  makeArguments(slashWithout: A.arg[] | null, slashWith: SlashWithDefault | null, plainNames: A.arg[] | null,
    namesWithDefault: NameDefaultPair[] | null, starEtc: StarEtc | null): A.arguments {
    let posonly: A.arg[];
    if (slashWithout !== null) posonly = slashWithout;
    else if (slashWith !== null) posonly = [...slashWith.plainNames, ...slashWith.namesWithDefaults.map((x) => x.arg)];
    else posonly = [];
    let posargs: A.arg[];
    if (namesWithDefault !== null) posargs = [...(plainNames ?? []), ...namesWithDefault.map((x) => x.arg)];
    else posargs = plainNames ?? [];
    let posdefaults: A.expr[];
    if (slashWith !== null && namesWithDefault !== null) {
      posdefaults = [...slashWith.namesWithDefaults.map((x) => x.value!), ...namesWithDefault.map((x) => x.value!)];
    } else if (namesWithDefault !== null) posdefaults = namesWithDefault.map((x) => x.value!);
    else if (slashWith !== null) posdefaults = slashWith.namesWithDefaults.map((x) => x.value!);
    else posdefaults = [];
    const kwonly = starEtc?.kwonlyargs ?? null;
    return A.arguments_(posonly, posargs, starEtc?.vararg ?? null, kwonly ? kwonly.map((x) => x.arg) : [],
      kwonly ? kwonly.map((x) => x.value) : [], starEtc?.kwarg ?? null, posdefaults);
  }

  // CPython: _PyPegen_empty_arguments
  emptyArguments(): A.arguments {
    return A.arguments_([], [], null, [], [], null, []);
  }

  keywordOrStarred(element: A.keyword | A.expr, isKeyword: boolean): KeywordOrStarred {
    return { element, isKeyword };
  }

  // CPython: _PyPegen_seq_extract_starred_exprs
  seqExtractStarredExprs(kwargs: KeywordOrStarred[]): A.expr[] {
    return kwargs.filter((k) => !k.isKeyword).map((k) => k.element as A.expr);
  }

  // CPython: _PyPegen_seq_delete_starred_exprs
  seqDeleteStarredExprs(kwargs: KeywordOrStarred[]): A.keyword[] {
    return kwargs.filter((k) => k.isKeyword).map((k) => k.element as A.keyword);
  }

  dummyName(): A.expr {
    return A.Name('', Ctx.Load, 1, 0, 1, 0);
  }

  // CPython: _PyPegen_collect_call_seqs
  collectCallSeqs(a: A.expr[], b: KeywordOrStarred[] | null, l: number, c: number, el: number, ec: number): A.Call {
    if (b === null) return A.Call(this.dummyName(), a, [], l, c, el, ec);
    return A.Call(this.dummyName(), [...a, ...this.seqExtractStarredExprs(b)], this.seqDeleteStarredExprs(b), l, c, el, ec);
  }

  // CPython: _PyPegen_ensure_real
  ensureReal(e: A.expr): A.expr {
    if (e._k !== K.Constant || e.value instanceof PyComplex) {
      this.raiseSyntaxErrorKnownLocation(e, 'real number required in complex literal');
    }
    return e;
  }

  // CPython: _PyPegen_ensure_imaginary
  ensureImaginary(e: A.expr): A.expr {
    if (e._k !== K.Constant || !(e.value instanceof PyComplex)) {
      this.raiseSyntaxErrorKnownLocation(e, 'imaginary number required in complex literal');
    }
    return e;
  }

  // CPython: _PyPegen_check_barry_as_flufl — without the Barry flag only '!=' is accepted.
  checkBarryAsFlufl(t: Token): boolean {
    return t.string !== '!=';
  }

  // CPython: _PyPegen_check_legacy_stmt
  checkLegacyStmt(e: A.expr): boolean {
    return e._k === K.Name && (e.id === 'print' || e.id === 'exec');
  }

  // CPython: _PyPegen_get_expr_name
  getExprName(e: A.expr): string {
    switch (e._k) {
      case K.Attribute: return 'attribute';
      case K.Subscript: return 'subscript';
      case K.Starred: return 'starred';
      case K.Name: return 'name';
      case K.List: return 'list';
      case K.Tuple: return 'tuple';
      case K.Lambda: return 'lambda';
      case K.Call: return 'function call';
      case K.BoolOp: case K.BinOp: case K.UnaryOp: return 'expression';
      case K.GeneratorExp: return 'generator expression';
      case K.Yield: case K.YieldFrom: return 'yield expression';
      case K.Await: return 'await expression';
      case K.ListComp: return 'list comprehension';
      case K.SetComp: return 'set comprehension';
      case K.DictComp: return 'dict comprehension';
      case K.Dict: return 'dict literal';
      case K.Set: return 'set display';
      case K.JoinedStr: case K.FormattedValue: return 'f-string expression';
      case K.Constant:
        if (e.value === null) return 'None';
        if (e.value === false) return 'False';
        if (e.value === true) return 'True';
        if (e.value === PyEllipsis) return 'ellipsis';
        return 'literal';
      case K.Compare: return 'comparison';
      case K.IfExp: return 'conditional expression';
      case K.NamedExpr: return 'named expression';
      default: throw new Error(`unexpected expression in assignment ${e._k} (line ${e.lineno})`);
    }
  }

  // CPython: _PyPegen_get_last_comprehension_item
  getLastComprehensionItem(c: A.comprehension): A.expr {
    return c.ifs.length === 0 ? c.iter : c.ifs[c.ifs.length - 1]!;
  }

  // CPython: _PyPegen_get_invalid_target
  getInvalidTarget(e: A.expr | null, type: Targets): A.expr | null {
    if (e === null) return null;
    switch (e._k) {
      case K.List: case K.Tuple:
        for (const x of e.elts) {
          const child = this.getInvalidTarget(x, type);
          if (child !== null) return child;
        }
        return null;
      case K.Starred:
        if (type === Targets.Del) return e;
        return this.getInvalidTarget(e.value, type);
      case K.Compare:
        // `for a in b` parses `a in b` as a comparison: look at its left side.
        if (type === Targets.For) {
          if (e.ops[0] === A.Cmpop.In) return this.getInvalidTarget(e.left, type);
          return null;
        }
        return e;
      case K.Name: case K.Subscript: case K.Attribute:
        return null;
      default:
        return e;
    }
  }

  // CPython: RAISE_SYNTAX_ERROR_INVALID_TARGET
  raiseSyntaxErrorInvalidTarget(type: Targets, e: A.expr): null {
    const bad = this.getInvalidTarget(e, type);
    if (bad !== null) {
      const msg = type === Targets.Del ? 'cannot delete' : 'cannot assign to';
      this.raiseSyntaxErrorKnownLocation(bad, `${msg} ${this.getExprName(bad)}`);
    }
    return null;
  }

  // CPython: _PyPegen_arguments_parsing_error
  argumentsParsingError(e: A.Call): never {
    const unpacking = e.keywords.some((k) => k.arg === null);
    return this.raiseSyntaxError(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
  }

  // CPython: _PyPegen_nonparen_genexp_in_call
  nonparenGenexpInCall(args: A.Call, comps: A.comprehension[]): null {
    const n = args.args.length;
    if (n <= 1) return null;
    return this.raiseSyntaxErrorKnownRange(args.args[n - 1]!, this.getLastComprehensionItem(comps[comps.length - 1]!),
      'Generator expression must be parenthesized');
  }

  // ---- strings ---------------------------------------------------------------------------

  // CPython warns at once, and only in the first pass so that nothing is reported twice. A
  // warning the filters make an error becomes a SyntaxError spanning the literal's token.
  // CPython: warn_invalid_escape_sequence
  private warnAt(t: Located): ((msg: string) => void) | undefined {
    const sink = this.opts.onWarning;
    if (sink === undefined) return undefined;
    return (msg) => {
      if (!this.callInvalidRules && sink(msg, t.lineno) === 'error') this.raiseSyntaxErrorKnownLocation(t, msg);
    };
  }

  private literalError(err: unknown, t: Located): never {
    if (err instanceof LiteralError) {
      if (err.noColumns) throw this.makeError('SyntaxError', err.msg, t.lineno, -1, t.end_lineno, -1);
      return this.raiseSyntaxErrorKnownLocation(t, err.msg);
    }
    throw err;
  }

  // CPython: _PyPegen_constant_from_string
  constantFromString(t: Token): A.expr {
    checkUndecodable(t.string, this);
    let d;
    try {
      d = decodeStringToken(t.string, this.warnAt(t));
    } catch (err) {
      return this.literalError(err, t);
    }
    const value: PyConstant = d.isBytes ? new PyBytes(d.value as Uint8Array) : (d.value as string);
    return A.Constant(value, d.kind, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  // CPython: _PyPegen_constant_from_token — FSTRING_MIDDLE text, decoded later by joinedStr.
  constantFromToken(t: Token): A.expr {
    return A.Constant(t.string, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  // CPython: _PyPegen_decoded_constant_from_token — a format spec piece.
  decodedConstantFromToken(t: Token): A.expr {
    let s: string;
    try {
      s = decodeFStringMiddle(t.string, false, this.warnAt(t));
    } catch (err) {
      return this.literalError(err, this.tokens[this.tokens.length - 1]!);
    }
    return A.Constant(s, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  // CPython: _PyPegen_check_fstring_conversion
  checkFstringConversion(convToken: MetaToken, conv: A.Name): ResultTokenWithMetadata {
    if (convToken.lineno !== conv.lineno || convToken.end_col_offset !== conv.col_offset) {
      this.raiseSyntaxErrorKnownRange(convToken, conv, 'f-string: conversion type must come right after the exclamanation mark');
    }
    return { result: conv, metadata: convToken.metadata ?? null };
  }

  // CPython: _PyPegen_setup_full_format_spec (3.12.1: the pieces are kept as they are, but a
  // lone empty piece gives an empty JoinedStr, as in 3.11).
  setupFullFormatSpec(colon: MetaToken, spec: A.expr[], l: number, c: number, el: number, ec: number): ResultTokenWithMetadata {
    if (spec.length === 1) {
      const e = spec[0]!;
      if (e._k === K.Constant && e.value === '') spec = [];
    }
    return { result: A.JoinedStr(spec, l, c, el, ec), metadata: colon.metadata ?? null };
  }

  // CPython: _PyPegen_formatted_value
  formattedValue(expression: A.expr, debug: Token | null, conversion: ResultTokenWithMetadata | null,
    format: ResultTokenWithMetadata | null, closingBrace: MetaToken, l: number, c: number, el: number, ec: number): A.expr {
    let conversionVal = -1;
    if (conversion !== null) {
      const name = (conversion.result as A.Name).id;
      const first = name.codePointAt(0)!;
      if ([...name].length > 1 || !(name === 's' || name === 'r' || name === 'a')) {
        this.raiseSyntaxErrorKnownLocation(conversion.result,
          `f-string: invalid conversion character ${pyReprStr(name)}: expected 's', 'r', or 'a'`);
      }
      conversionVal = first;
    } else if (debug !== null && format === null) {
      conversionVal = 'r'.charCodeAt(0);
    }
    const fv = A.FormattedValue(expression, conversionVal, format ? format.result : null, l, c, el, ec);
    if (debug === null) return fv;
    let debugEndLine: number;
    let debugEndOffset: number;
    let meta: string | null;
    if (conversion !== null) {
      debugEndLine = conversion.result.lineno;
      debugEndOffset = conversion.result.col_offset;
      meta = conversion.metadata;
    } else if (format !== null) {
      debugEndLine = format.result.lineno;
      debugEndOffset = format.result.col_offset + 1;
      meta = format.metadata;
    } else {
      debugEndLine = el;
      debugEndOffset = ec;
      meta = closingBrace.metadata ?? null;
    }
    const text = A.Constant(meta, null, l, c + 1, debugEndLine, debugEndOffset - 1);
    return A.JoinedStr([text, fv], l, c, debugEndLine, debugEndOffset);
  }

  // CPython: _PyPegen_joined_str
  joinedStr(a: Token, raw: A.expr[], b: Token): A.expr {
    const isRaw = /[rR]/.test(a.string);
    const flat: A.expr[] = [];
    for (const e of raw) {
      if (e._k === K.JoinedStr) flat.push(...e.values);
      else flat.push(e);
    }
    const out: A.expr[] = [];
    for (let item of flat) {
      if (item._k === K.Constant && typeof item.value === 'string') {
        let s: string;
        try {
          // CPython warns (and errs) at the closing token: the pieces are decoded once the
          // f-string is complete.
          s = decodeFStringMiddle(item.value, isRaw, this.warnAt(b));
        } catch (err) {
          return this.literalError(err, b);
        }
        if (s.length === 0) continue;
        item = A.Constant(s, null, item.lineno, item.col_offset, item.end_lineno, item.end_col_offset);
      }
      out.push(item);
    }
    return A.JoinedStr(out, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  // CPython: _PyPegen_concatenate_strings
  concatenateStrings(strings: A.expr[], l: number, c: number, el: number, ec: number): A.expr {
    let fstringFound = false;
    let unicodeFound = false;
    let bytesFound = false;
    for (const e of strings) {
      if (e._k === K.Constant) {
        if (e.value instanceof PyBytes) bytesFound = true;
        else unicodeFound = true;
      } else {
        fstringFound = true;
      }
    }
    if ((unicodeFound || fstringFound) && bytesFound) this.raiseSyntaxError('cannot mix bytes and nonbytes literals');
    if (bytesFound) {
      const parts = strings.map((e) => ((e as A.Constant).value as PyBytes).bytes);
      const total = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
      let off = 0;
      for (const x of parts) { total.set(x, off); off += x.length; }
      const value = new PyBytes(total);
      if (strings.length === 1) bytesHeldTwiceByParser.add(value);
      return A.Constant(value, (strings[0] as A.Constant).kind, l, c, el, ec);
    }
    if (!fstringFound && strings.length === 1) return strings[0]!;
    const flat: A.expr[] = [];
    for (const e of strings) {
      if (e._k === K.JoinedStr) flat.push(...e.values);
      else flat.push(e);
    }
    const values: A.expr[] = [];
    for (let i = 0; i < flat.length; i++) {
      let elem = flat[i]!;
      if (elem._k === K.Constant) {
        if (i + 1 < flat.length && flat[i + 1]!._k === K.Constant) {
          const first = elem;
          let last = elem;
          let s = '';
          let j = i;
          for (; j < flat.length; j++) {
            const cur = flat[j]!;
            if (cur._k !== K.Constant) break;
            s += cur.value as string;
            last = cur;
          }
          i = j - 1;
          elem = A.Constant(s, first.kind, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
        }
        if (fstringFound && elem.value === '') continue;
      }
      values.push(elem);
    }
    if (!fstringFound) return values[0]!;
    return A.JoinedStr(values, l, c, el, ec);
  }
}

/**
 * A file declared UTF-8 may hold bytes that are not UTF-8 (see decodeUtf8Escaping); decoding a
 * literal that holds one fails as CPython's UTF-8 decoder does, at the literal.
 */
function checkUndecodable(text: string, p: ParserActions): void {
  const m = /(?<![\ud800-\udbff])[\udc80-\udcff]/.exec(text);
  if (m === null) return;
  // The body starts after the prefix and the opening quote(s).
  let start = 0;
  while (text[start] !== "'" && text[start] !== '"') start++;
  const q = text[start]!;
  start += text.startsWith(q.repeat(3), start) ? 3 : 1;
  let pos = 0;
  for (let i = start; i < m.index; i++) {
    const c = text.charCodeAt(i);
    pos += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) ? 1 : 0) : 3;
  }
  const b = m[0].charCodeAt(0) - 0xdc00;
  const end = text.length - (text.endsWith(q.repeat(3)) && text.length - 3 >= start ? 3 : 1);
  let reason: string;
  if (b < 0xc2 || b > 0xf4) reason = 'invalid start byte';
  else if (m.index + 1 >= end) reason = 'unexpected end of data';
  else reason = 'invalid continuation byte';
  p.raiseSyntaxError(`(unicode error) 'utf-8' codec can't decode byte 0x${b.toString(16)} in position ${pos}: ${reason}`);
}

/** Python's repr() of a short identifier-like str, for messages. */
function pyReprStr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
