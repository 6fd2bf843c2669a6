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
import dis
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
    main(*sys.argv[1:])
