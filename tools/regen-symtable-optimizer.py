# Reference side of the AST optimizer test: for each expression E of the corpus, compiles
# `x = E` with CPython 3.12.1 and records what its bytecode shows of the folding:
#   {"folded": true, "value": R}        the right-hand side is one LOAD_CONST of value R
#   {"folded": false, "ops": [...], "consts": [...]}
#                                       the operations left (BINARY_OP +, UNARY_NOT, IS_OP 1,
#                                       FORMAT_VALUE 2...) and the constants loaded, in order
#   {"error": "..."}                    it does not compile
# R and consts use `crepr`: repr, with tuples rebuilt from their items and frozenset items
# sorted (their order is hash order). tests/unit/optimizer.test.ts renders Glasspy's optimized
# AST the same way. None is left out of consts (the function's implicit return loads it).
#
#   PYENV_VERSION=3.12.1 python3 tools/regen-symtable-optimizer.py IN OUT
#   PYENV_VERSION=3.12.1 python3 tools/regen-symtable-optimizer.py --stdlib ZIP OUT
# The second form takes its expressions from the standard library: every maximal expression
# the optimizer could act on (operators and tuples over constants, str % tuple, `in` a list
# or set display), compiled as `x = (E)`.
import ast
import dis
import zipfile
import json
import sys
import warnings

OPS = {'BINARY_OP', 'UNARY_NEGATIVE', 'UNARY_NOT', 'UNARY_INVERT', 'CALL_INTRINSIC_1', 'BINARY_SUBSCR',
       'BINARY_SLICE', 'COMPARE_OP', 'IS_OP', 'CONTAINS_OP', 'FORMAT_VALUE', 'BUILD_STRING', 'BUILD_TUPLE'}
IGNORED = {'RESUME', 'RETURN_CONST', 'STORE_NAME', 'NOP'}


def crepr(v):
    if type(v) is tuple:
        return '(' + ', '.join(crepr(x) for x in v) + (',' if len(v) == 1 else '') + ')'
    if type(v) is frozenset:
        return 'frozenset({' + ', '.join(sorted(crepr(x) for x in v)) + '})' if v else 'frozenset()'
    return repr(v)


def op_name(ins):
    if ins.opname in ('BINARY_OP', 'COMPARE_OP'):
        return '%s %s' % (ins.opname, ins.argrepr)
    if ins.opname in ('IS_OP', 'CONTAINS_OP', 'FORMAT_VALUE', 'CALL_INTRINSIC_1', 'BUILD_STRING', 'BUILD_TUPLE'):
        return '%s %d' % (ins.opname, ins.arg)
    return ins.opname


def record(expr):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            code = compile('x = ' + expr, 'x', 'exec')
    except Exception as e:
        return {'error': '%s: %s' % (type(e).__name__, e)}
    body = [i for i in dis.get_instructions(code) if i.opname not in IGNORED]
    if len(body) == 1 and body[0].opname == 'LOAD_CONST':
        return {'folded': True, 'value': crepr(body[0].argval)}
    ops = [op_name(i) for i in body if i.opname in OPS]
    consts = [crepr(i.argval) for i in body if i.opname == 'LOAD_CONST' and i.argval is not None]
    return {'folded': False, 'ops': ops, 'consts': consts}


FOLDABLE = (ast.Constant, ast.BinOp, ast.UnaryOp, ast.Tuple, ast.Subscript,
            ast.operator, ast.unaryop, ast.expr_context)
SIMPLE = FOLDABLE + (ast.Name, ast.Attribute, ast.Call, ast.keyword)


def only(node, kinds):
    return all(isinstance(n, kinds) for n in ast.walk(node))


def candidate(node):
    if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.Tuple, ast.Subscript)) and only(node, FOLDABLE):
        return not isinstance(node, ast.Tuple) or len(node.elts) > 0
    if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, str) and isinstance(node.right, ast.Tuple)):
        return only(node.right, SIMPLE)
    if (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn))
            and isinstance(node.comparators[0], (ast.List, ast.Set))):
        return only(node.left, SIMPLE) and only(node.comparators[0], SIMPLE + (ast.List, ast.Set))
    return False


def stdlib_exprs(zip_path):
    found = {}
    with zipfile.ZipFile(zip_path) as z:
        for name in sorted(n for n in z.namelist() if n.endswith('.py')):
            text = z.read(name).decode('utf-8', 'replace')
            try:
                tree = ast.parse(text)
            except SyntaxError:
                continue
            todo = [tree]
            while todo:
                node = todo.pop()
                if isinstance(node, ast.expr) and candidate(node):
                    seg = ast.get_source_segment(text, node)
                    if seg is not None and '\\\n' not in seg:
                        found.setdefault('(' + seg + ')', None)
                    continue
                todo.extend(reversed(list(ast.iter_child_nodes(node))))
    return list(found)


def stdlib_main(zip_path, out_path):
    out = {e: record(e) for e in stdlib_exprs(zip_path)}
    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')


def main(in_path, out_path):
    out = {}
    with open(in_path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            if line in out:
                raise SystemExit('duplicate expression: ' + line)
            out[line] = record(line)
    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    if sys.argv[1] == '--stdlib':
        stdlib_main(*sys.argv[2:])
    else:
        main(*sys.argv[1:])
