# _opcode.stack_effect through dis, and what the opcode module exposes.
import dis, opcode, _opcode

for name, arg in [('NOP', None), ('POP_TOP', None), ('LOAD_CONST', 0), ('BUILD_TUPLE', 3), ('BUILD_MAP', 2), ('CALL', 2),
                  ('FOR_ITER', 5), ('JUMP_FORWARD', 3), ('RETURN_VALUE', None), ('UNPACK_SEQUENCE', 4), ('MAKE_FUNCTION', 8),
                  ('FORMAT_VALUE', 4), ('BUILD_SLICE', 3), ('CALL_INTRINSIC_1', 1), ('SEND', 2)]:
    op = opcode.opmap[name]
    print(name, dis.stack_effect(op, arg), dis.stack_effect(op, arg, jump=True), dis.stack_effect(op, arg, jump=False))
print(dis.stack_effect(opcode.opmap['SETUP_FINALLY'], jump=True), dis.stack_effect(opcode.opmap['SETUP_FINALLY'], jump=False))
for args, kw in [((1,), {}), ((100,), {}), ((9999, 0), {}), ((256, 0), {}), ((1, 5), {}), ((1,), {'jump': 1}), (('x',), {})]:
    try:
        print(_opcode.stack_effect(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(_opcode.get_specialization_stats(), 'stack_effect' in opcode.__all__)
print(dis.opname[100], dis.opmap['LOAD_FAST'], dis.hasconst, dis.cmp_op)
