// The AST optimizer against CPython 3.12.1. 3.12 has no API for the optimized AST, so the
// reference's bytecode stands in for it (tools/regen-symtable-optimizer.py): for each
// expression E of tests/golden/symtable/optimizer.txt, whether `x = E` compiles to a single
// LOAD_CONST and of which value, or else which operations and constants remain, in order.
// This file renders Glasspy's optimized AST of E the way the code generator will emit it.
// Statement-level behaviour is checked by direct tests below (expectations noted from the
// reference's dis output).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as A from '../../src/ast/nodes.gen.ts';
import { reprConstant } from '../../src/ast/repr.ts';
import { parse } from '../../src/parser/index.ts';
import { analyzeModule } from '../../src/compiler/analysis.ts';
import { ConstFrozenSet, ConstTuple, constantValue, optimizeAST, type FoldedConstant } from '../../src/compiler/optimizer.ts';
import { PyRecursionError, futureFromAST, lookup } from '../../src/symtable/symtable.ts';

function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The reference's crepr: repr with frozenset items sorted. */
function crepr(v: FoldedConstant): string {
  if (v instanceof ConstTuple) return `(${v.items.map(crepr).join(', ')}${v.items.length === 1 ? ',' : ''})`;
  if (v instanceof ConstFrozenSet) return v.items.length === 0 ? 'frozenset()' : `frozenset({${v.items.map(crepr).sort(byCodePoint).join(', ')}})`;
  return reprConstant(v);
}

const BINOP: Record<number, string> = {
  [A.Operator.Add]: '+', [A.Operator.Sub]: '-', [A.Operator.Mult]: '*', [A.Operator.MatMult]: '@', [A.Operator.Div]: '/',
  [A.Operator.Mod]: '%', [A.Operator.Pow]: '**', [A.Operator.LShift]: '<<', [A.Operator.RShift]: '>>',
  [A.Operator.BitOr]: '|', [A.Operator.BitXor]: '^', [A.Operator.BitAnd]: '&', [A.Operator.FloorDiv]: '//',
};
const CMP: Record<number, string> = {
  [A.Cmpop.Eq]: 'COMPARE_OP ==', [A.Cmpop.NotEq]: 'COMPARE_OP !=', [A.Cmpop.Lt]: 'COMPARE_OP <', [A.Cmpop.LtE]: 'COMPARE_OP <=',
  [A.Cmpop.Gt]: 'COMPARE_OP >', [A.Cmpop.GtE]: 'COMPARE_OP >=', [A.Cmpop.Is]: 'IS_OP 0', [A.Cmpop.IsNot]: 'IS_OP 1',
  [A.Cmpop.In]: 'CONTAINS_OP 0', [A.Cmpop.NotIn]: 'CONTAINS_OP 1',
};
const CONVERSION: Record<number, number> = { [-1]: 0, 115: 1, 114: 2, 97: 3 };

/** The operations and constants CPython 3.12's code generator emits for an expression, in order. */
function emitted(e: A.expr, ops: string[], consts: string[]): void {
  const walk = (x: A.expr | null): void => {
    if (x !== null) emitted(x, ops, consts);
  };
  switch (e._k) {
    case A.K.Constant:
      if (e.value !== null) consts.push(crepr(constantValue(e)));
      break;
    case A.K.Name:
      break;
    case A.K.BinOp:
      walk(e.left);
      walk(e.right);
      ops.push(`BINARY_OP ${BINOP[e.op]}`);
      break;
    case A.K.UnaryOp:
      walk(e.operand);
      ops.push(e.op === A.Unaryop.Not ? 'UNARY_NOT' : e.op === A.Unaryop.USub ? 'UNARY_NEGATIVE' : e.op === A.Unaryop.Invert ? 'UNARY_INVERT' : 'CALL_INTRINSIC_1 5');
      break;
    case A.K.Compare:
      assert.equal(e.ops.length, 1, 'comparison chains are not in the corpus');
      walk(e.left);
      walk(e.comparators[0]!);
      ops.push(CMP[e.ops[0]!]!);
      break;
    case A.K.Subscript:
      walk(e.value);
      if (e.slice._k === A.K.Slice && e.slice.step === null) {
        walk(e.slice.lower);
        walk(e.slice.upper);
        ops.push('BINARY_SLICE');
      } else {
        walk(e.slice);
        ops.push('BINARY_SUBSCR');
      }
      break;
    case A.K.Call:
      walk(e.func);
      e.args.forEach(walk);
      e.keywords.forEach((k) => walk(k.value));
      break;
    case A.K.Attribute:
    case A.K.Starred:
      walk(e.value);
      break;
    case A.K.Tuple:
      e.elts.forEach(walk);
      ops.push(e.elts.some((x) => x._k === A.K.Starred) ? 'CALL_INTRINSIC_1 6' : `BUILD_TUPLE ${e.elts.length}`);
      break;
    case A.K.List:
    case A.K.Set:
      e.elts.forEach(walk);
      break;
    case A.K.Dict:
      e.keys.forEach((k, i) => {
        walk(k);
        walk(e.values[i]!);
      });
      break;
    case A.K.JoinedStr:
      e.values.forEach(walk);
      if (e.values.length !== 1) ops.push(`BUILD_STRING ${e.values.length}`);
      break;
    case A.K.FormattedValue:
      walk(e.value);
      walk(e.format_spec);
      ops.push(`FORMAT_VALUE ${CONVERSION[e.conversion]! | (e.format_spec === null ? 0 : 4)}`);
      break;
    default:
      assert.fail(`node kind ${e._k} is not modelled: keep it out of the corpus`);
  }
}

function optimizedRhs(source: string, optimize = 0): A.expr {
  const mod = optimizeAST(parse(source, { filename: 'x', mode: 'exec' }), { optimize }) as A.Module;
  return (mod.body[0] as A.Assign).value;
}

function render(expr: string): unknown {
  const rhs = optimizedRhs(`x = ${expr}`);
  if (rhs._k === A.K.Constant) return { folded: true, value: crepr(constantValue(rhs)) };
  const ops: string[] = [];
  const consts: string[] = [];
  emitted(rhs, ops, consts);
  return { folded: false, ops, consts };
}

describe('optimizer: x = E folds as the reference compiles it', () => {
  const expected = JSON.parse(readFileSync(new URL('../golden/symtable/optimizer.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const exprs = Object.keys(expected);
  test('the corpus is not trivial', () => {
    const folded = exprs.filter((e) => (expected[e] as { folded?: boolean }).folded === true).length;
    assert.ok(exprs.length >= 300 && folded >= 150 && exprs.length - folded >= 100, `${exprs.length} expressions, ${folded} folded`);
  });
  for (const expr of exprs) {
    test(expr, () => assert.deepEqual(render(expr), expected[expr]));
  }
});

describe('optimizer: statements', () => {
  const module = (source: string, ff = 0): A.Module => optimizeAST(parse(source, { filename: 'x', mode: 'exec' }), { ff_features: ff }) as A.Module;

  test('a for loop over a list display iterates a tuple (dis: LOAD_CONST (1, 2) / BUILD_TUPLE)', () => {
    const m = module('for i in [1, 2]: pass\nfor i in [a, b]: pass\n');
    const iter0 = (m.body[0] as A.For).iter;
    assert.equal(iter0._k, A.K.Constant);
    assert.equal(crepr(constantValue(iter0 as A.Constant)), '(1, 2)');
    assert.equal((m.body[1] as A.For).iter._k, A.K.Tuple);
  });

  test('async for keeps its list display; an async comprehension does not (co_consts (None, 1, 2, (3, 4)))', () => {
    const m = module('async def f():\n    async for i in [1, 2]: pass\n    [i async for i in [3, 4]]\n');
    const f = m.body[0] as A.AsyncFunctionDef;
    assert.equal((f.body[0] as A.AsyncFor).iter._k, A.K.List);
    const comp = ((f.body[1] as A.Expr).value as A.ListComp).generators[0]!.iter;
    assert.equal(crepr(constantValue(comp as A.Constant)), '(3, 4)');
  });

  test('a string made by folding does not become a docstring (f.__doc__ is None)', () => {
    const m = module("def f():\n    'a' + 'b'\n    return 1\n'c' + 'd'\n");
    const f = m.body[0] as A.FunctionDef;
    assert.equal((f.body[0] as A.Expr).value._k, A.K.JoinedStr);
    assert.equal((m.body[1] as A.Expr).value._k, A.K.Constant, 'only the first statement of a body can be a docstring');
    const real = module("def g():\n    'doc'\n");
    assert.equal(((real.body[0] as A.FunctionDef).body[0] as A.Expr).value._k, A.K.Constant);
  });

  test('annotations are folded unless annotations are postponed', () => {
    const src = 'def f(a: 1 + 1) -> 2 * 3:\n    v: 4 - 1 = 5 + 5\n';
    const plain = module(src).body[0] as A.FunctionDef;
    assert.equal(plain.args.args[0]!.annotation!._k, A.K.Constant);
    assert.equal(plain.returns!._k, A.K.Constant);
    const future = module(src, 0x1000000).body[0] as A.FunctionDef;
    assert.equal(future.args.args[0]!.annotation!._k, A.K.BinOp);
    assert.equal(future.returns!._k, A.K.BinOp);
    const ann = future.body[0] as A.AnnAssign;
    assert.equal(ann.annotation._k, A.K.BinOp);
    assert.equal(ann.value!._k, A.K.Constant);
  });

  test('match values are folded (case -1, case 1+2j)', () => {
    const m = module('match x:\n    case -1: pass\n    case 1 + 2j: pass\n    case {-1: 0}: pass\n');
    const cases = (m.body[0] as A.Match).cases;
    assert.equal(((cases[0]!.pattern as A.MatchValue).value as A.Constant).value, -1n);
    assert.equal(crepr(constantValue((cases[1]!.pattern as A.MatchValue).value as A.Constant)), '(1+2j)');
    assert.equal((cases[2]!.pattern as A.MatchMapping).keys[0]!._k, A.K.Constant);
  });

  test('__debug__ is False under -O', () => {
    assert.equal((optimizedRhs('x = __debug__', 1) as A.Constant).value, false);
    assert.equal((optimizedRhs('x = __debug__', 0) as A.Constant).value, true);
  });

  test('unchanged subtrees are shared, changed ones are new nodes', () => {
    const tree = parse('def f():\n    return a\nx = 1 + 2\n', { filename: 'x', mode: 'exec' }) as A.Module;
    const out = optimizeAST(tree) as A.Module;
    assert.notEqual(out, tree);
    assert.equal(out.body[0], tree.body[0]);
    assert.notEqual(out.body[1], tree.body[1]);
    assert.equal(((tree.body[1] as A.Assign).value as A.BinOp)._k, A.K.BinOp, 'the input is not mutated');
  });

  test('the symbol table is built on the optimized tree (keys are its nodes; __debug__ is gone)', () => {
    const mod = parse('def f():\n    return __debug__ + 1\n', { filename: 'x', mode: 'exec' });
    const r = analyzeModule(mod, 'x');
    const f = (r.mod as A.Module).body[0]!;
    assert.equal(lookup(r.symtable, f).ste_name, 'f');
    assert.equal(lookup(r.symtable, f).ste_symbols.has('__debug__'), false);
    assert.equal(futureFromAST(mod, 'x').ff_features, 0);
  });

  test('recursion limit: 2999 terms fold, 3000 raise (the reference CLI, starting depth 0)', () => {
    const chain = (n: number): string => `x = ${Array(n).fill('1').join('+')}\n`;
    const ok = optimizeAST(parse(chain(2999), { filename: 'x', mode: 'exec' })) as A.Module;
    assert.equal(((ok.body[0] as A.Assign).value as A.Constant).value, 2999n);
    assert.throws(() => optimizeAST(parse(chain(3000), { filename: 'x', mode: 'exec' })), PyRecursionError);
  });

  test('~ on a bool warns; an error-raising warning prevents the fold', () => {
    const seen: string[] = [];
    const tree = parse('x = ~True', { filename: 'x', mode: 'exec' });
    const folded = optimizeAST(tree, { onWarning: (cat) => (seen.push(cat), false) }) as A.Module;
    assert.deepEqual(seen, ['DeprecationWarning']);
    assert.equal(((folded.body[0] as A.Assign).value as A.Constant).value, -2n);
    const kept = optimizeAST(tree, { onWarning: () => true }) as A.Module;
    assert.equal((kept.body[0] as A.Assign).value._k, A.K.UnaryOp);
  });
});

test('optimizer: the foldable expressions of the stdlib fold as the reference compiles them', () => {
  const expected = JSON.parse(readFileSync(new URL('../golden/symtable/optimizer-stdlib.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const exprs = Object.keys(expected);
  assert.ok(exprs.length > 1500, 'optimizer-stdlib.json lists too few expressions');
  const mismatches: string[] = [];
  for (const expr of exprs) {
    let got: unknown;
    try {
      got = render(expr);
    } catch (e) {
      got = String(e);
    }
    if (JSON.stringify(got) !== JSON.stringify(expected[expr])) mismatches.push(`${expr}\n  got      ${JSON.stringify(got)}\n  expected ${JSON.stringify(expected[expr])}`);
  }
  const summary = `${exprs.length - mismatches.length}/${exprs.length} stdlib expressions match`;
  console.log(summary);
  assert.deepEqual(mismatches, [], summary);
});
