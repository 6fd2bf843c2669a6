// Net stack effect of an instruction, as dis.stack_effect reports it (the same function the
// compiler's stack-depth pass uses). In 3.12 only the SETUP_* pseudo-instructions differ
// between the fall-through and the jump (exception) path.
// CPython: Python/compile.c stack_effect, from Python/opcode_metadata.h _PyOpcode_num_popped/pushed
import { Op } from './opcodes.gen.ts';

function popcount4(n: number): number {
  return (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);
}

/** The stack effect, or null where CPython has none (INSTRUMENTED_LINE, unknown numbers). */
export function stackEffect(op: number, oparg: number, jump: boolean): number | null {
  switch (op) {
    case Op.NOP:
    case Op.RESUME:
    case Op.INSTRUMENTED_RESUME:
    case Op.CACHE:
    case Op.RESERVED:
    case Op.EXTENDED_ARG:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_NOT:
    case Op.UNARY_INVERT:
    case Op.CHECK_EXC_MATCH:
    case Op.CHECK_EG_MATCH:
    case Op.GET_AITER:
    case Op.GET_ITER:
    case Op.GET_YIELD_FROM_ITER:
    case Op.RETURN_GENERATOR:
    case Op.SETUP_ANNOTATIONS:
    case Op.DELETE_NAME:
    case Op.DELETE_GLOBAL:
    case Op.SWAP:
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.RETURN_CONST:
    case Op.SEND:
    case Op.DELETE_FAST:
    case Op.GET_AWAITABLE:
    case Op.MAKE_CELL:
    case Op.DELETE_DEREF:
    case Op.COPY_FREE_VARS:
    case Op.YIELD_VALUE:
    case Op.KW_NAMES:
    case Op.CALL_INTRINSIC_1:
    case Op.LOAD_FROM_DICT_OR_GLOBALS:
    case Op.LOAD_FROM_DICT_OR_DEREF:
    case Op.INSTRUMENTED_POP_JUMP_IF_NONE:
    case Op.INSTRUMENTED_POP_JUMP_IF_NOT_NONE:
    case Op.INSTRUMENTED_CALL:
    case Op.INSTRUMENTED_YIELD_VALUE:
    case Op.INSTRUMENTED_CALL_FUNCTION_EX:
    case Op.INSTRUMENTED_JUMP_FORWARD:
    case Op.INSTRUMENTED_JUMP_BACKWARD:
    case Op.INSTRUMENTED_RETURN_CONST:
    case Op.INSTRUMENTED_FOR_ITER:
    case Op.INSTRUMENTED_POP_JUMP_IF_FALSE:
    case Op.INSTRUMENTED_POP_JUMP_IF_TRUE:
    case Op.INSTRUMENTED_INSTRUCTION:
    case Op.POP_BLOCK:
    case Op.JUMP:
    case Op.JUMP_NO_INTERRUPT:
      return 0;
    case Op.PUSH_NULL:
    case Op.GET_LEN:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
    case Op.PUSH_EXC_INFO:
    case Op.WITH_EXCEPT_START:
    case Op.GET_ANEXT:
    case Op.BEFORE_ASYNC_WITH:
    case Op.BEFORE_WITH:
    case Op.LOAD_BUILD_CLASS:
    case Op.LOAD_ASSERTION_ERROR:
    case Op.LOAD_LOCALS:
    case Op.FOR_ITER:
    case Op.LOAD_CONST:
    case Op.LOAD_NAME:
    case Op.IMPORT_FROM:
    case Op.COPY:
    case Op.LOAD_FAST:
    case Op.LOAD_FAST_CHECK:
    case Op.LOAD_FAST_AND_CLEAR:
    case Op.LOAD_CLOSURE:
    case Op.LOAD_DEREF:
    case Op.LOAD_METHOD:
      return 1;
    case Op.POP_TOP:
    case Op.INTERPRETER_EXIT:
    case Op.END_SEND:
    case Op.INSTRUMENTED_END_SEND:
    case Op.CLEANUP_THROW:
    case Op.BINARY_SUBSCR:
    case Op.RETURN_VALUE:
    case Op.INSTRUMENTED_RETURN_VALUE:
    case Op.POP_EXCEPT:
    case Op.STORE_NAME:
    case Op.DELETE_ATTR:
    case Op.STORE_GLOBAL:
    case Op.COMPARE_OP:
    case Op.IMPORT_NAME:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
    case Op.RERAISE:
    case Op.BINARY_OP:
    case Op.STORE_FAST:
    case Op.STORE_DEREF:
    case Op.LIST_APPEND:
    case Op.SET_ADD:
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_MERGE:
    case Op.DICT_UPDATE:
    case Op.CALL_INTRINSIC_2:
    case Op.STORE_FAST_MAYBE_NULL:
    case Op.LOAD_SUPER_METHOD:
    case Op.LOAD_ZERO_SUPER_METHOD:
    case Op.LOAD_ZERO_SUPER_ATTR:
      return -1;
    case Op.END_FOR:
    case Op.INSTRUMENTED_END_FOR:
    case Op.BINARY_SLICE:
    case Op.END_ASYNC_FOR:
    case Op.DELETE_SUBSCR:
    case Op.STORE_ATTR:
    case Op.MAP_ADD:
    case Op.MATCH_CLASS:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.STORE_SLICE:
      return -4;
    case Op.UNPACK_SEQUENCE:
      return oparg - 1;
    case Op.UNPACK_EX:
      return (oparg & 0xff) + (oparg >> 8);
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
      return 1 - oparg;
    case Op.BUILD_MAP:
      return 1 - 2 * oparg;
    case Op.BUILD_CONST_KEY_MAP:
    case Op.RAISE_VARARGS:
      return -oparg;
    case Op.LOAD_ATTR:
      return oparg & 1;
    case Op.LOAD_GLOBAL:
      return 1 + (oparg & 1);
    case Op.LOAD_SUPER_ATTR:
    case Op.INSTRUMENTED_LOAD_SUPER_ATTR:
      return -2 + (oparg & 1);
    case Op.MAKE_FUNCTION:
      return -popcount4(oparg);
    case Op.BUILD_SLICE:
      return oparg === 3 ? -2 : -1;
    case Op.CALL_FUNCTION_EX:
      return -2 - (oparg & 1);
    case Op.CALL:
      return -1 - oparg;
    case Op.FORMAT_VALUE:
      return (oparg & 0x4) !== 0 ? -1 : 0;
    case Op.SETUP_FINALLY:
    case Op.SETUP_WITH:
      // 0 on the normal path; the handler starts with one more value (the exception)
      return jump ? 1 : 0;
    case Op.SETUP_CLEANUP:
      // as SETUP_FINALLY, plus lasti
      return jump ? 2 : 0;
    default:
      return null;
  }
}
