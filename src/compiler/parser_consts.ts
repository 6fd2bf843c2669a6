// The constants CPython's parser arena keeps alive while the code compiled from it runs.
//
// python script.py, -c, exec()/eval() of a string and each interactive statement parse into an
// arena that is freed only after the code ran (Python/pythonrun.c pyrun_file, PyRun_StringFlags,
// PyRun_InteractiveOneObject). The arena holds a reference to every object the parser and the
// AST optimizer made for a Constant node (_PyArena_AddPyObject; ast_opt.c make_const), so each
// constant of such code that came from the source has one more reference than the code objects
// account for: sys.getrefcount(1000) is 3 in a script, 2 after compile() + exec(code). Equal
// constants are merged into the first one made, which carries that node's arena reference.
// Tuples and frozensets the code generator builds (constant displays, keyword names) are not
// the parser's; their items are. Nor is a frozenset the AST optimizer folded a set display into
// (`x in {1, 2}`): the compiler makes a new one for the code's constants (merge_consts_recursive).
import * as A from '../ast/nodes.gen.ts';
import { bytesHeldTwiceByParser, PyBytes } from '../ast/constant.ts';
import { type CodeConstant, ConstFrozenSet, ConstTuple, constantKey } from '../bytecode/constants.ts';
import { constValue } from './codegen_expr.ts';

/** The parser's references to the constants of `mod` (already optimized), by constant key. */
export function collectParserConstants(mod: A.mod): Map<string, number> {
  const refs = new Map<string, number>();
  const held = (v: CodeConstant): number => (v instanceof PyBytes && bytesHeldTwiceByParser.has(v) ? 2 : 1);
  const note = (v: CodeConstant, n: number): void => {
    const key = constantKey(v);
    if (!(v instanceof ConstFrozenSet) && !refs.has(key)) refs.set(key, n);
    if (v instanceof ConstTuple || v instanceof ConstFrozenSet) for (const item of v.items) note(item, held(item));
  };
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (x === null || typeof x !== 'object' || !('_k' in x)) return;
    const node = x as { _k: A.K } & Record<string, unknown>;
    if (node._k === A.K.Constant) {
      const v = constValue(node as unknown as A.Constant);
      note(v, held(v));
      return;
    }
    for (const k in node) if (k !== '_k') visit(node[k]);
  };
  visit(mod);
  return refs;
}
