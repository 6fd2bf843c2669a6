// The modules `import` creates on first use: CPython's builtin modules (Modules/config.c,
// _PyImport_Inittab) and the extension modules it loads from lib-dynload (math, time, ...),
// which Glasspy serves the same way. sys and builtins exist from the start.
import type { Interpreter } from '../runtime/interpreter.ts';
import type { PyObject } from '../objects/object.ts';
import { createAstModule } from './_ast/_astmodule.ts';
import { createCollectionsModule } from './_collections/_collectionsmodule.ts';
import { createSreModule } from './_sre/_sremodule.ts';
import { createFunctoolsModule } from './_functools/_functoolsmodule.ts';
import { createOperatorModule } from './_operator/_operatormodule.ts';
import { createImpModule } from './_impmodule.ts';
import { createMarshalModule } from './marshalmodule.ts';
import { createGcModule } from './gcmodule.ts';
import { createSysconfigdataModule, SYSCONFIGDATA_NAME } from './sysconfigdatamodule.ts';
import { createOpcodeModule } from './_opcodemodule.ts';
import { createItertoolsModule } from './itertools/itertoolsmodule.ts';
import { createAtexitModule } from './atexitmodule.ts';
import { createErrnoModule } from './errnomodule.ts';
import { createMathModule } from './mathmodule.ts';
import { createTimeModule } from './timemodule.ts';
import { createThreadModule } from './_thread/_threadmodule.ts';
import { createStringModule } from './_stringmodule.ts';
import { createTokenizeModule } from './_tokenize/_tokenizemodule.ts';
import { createPosixModule } from './posix/posixmodule.ts';
import { createWeakrefModule } from './_weakrefmodule.ts';
import { createGlasspyRenderModule } from './_glasspy_rendermodule.ts';
import { createTracemallocModule } from './_tracemallocmodule.ts';
import { createUnicodedataModule } from './unicodedata/unicodedatamodule.ts';
import { createCsvModule } from './_csv/_csvmodule.ts';
import { createSymtableModule } from './_symtablemodule.ts';
import { createStructModule } from './_struct/_structmodule.ts';
import { createBinasciiModule } from './binascii/binasciimodule.ts';
import { createRandomModule } from './_random/_randommodule.ts';
import { createZlibModule } from './zlib/zlibmodule.ts';
import { createBisectModule } from './_bisect/_bisectmodule.ts';
import { createHeapqModule } from './_heapq/_heapqmodule.ts';
import { createAbcModule } from './_abc/_abcmodule.ts';
import { createCmathModule } from './cmath/cmathmodule.ts';
import { createBlake2Module, createMd5Module, createSha1Module, createSha2Module, createSha3Module } from './_hashes/hashmodules.ts';
import { createCodecsModule } from './_codecs/_codecsmodule.ts';
import { createSignalModule } from './_signalmodule.ts';
import { createLocaleModule } from './_localemodule.ts';
import { createTypingModule } from './_typing/_typingmodule.ts';
import { createContextvarsModule } from './_contextvarsmodule.ts';
import { createCryptModule } from './_crypt/_cryptmodule.ts';
import { createBz2Module } from './_bz2/_bz2module.ts';
import { createDecimalModule } from './_decimal/_decimalmodule.ts';
import { createGlasspyMemoryModule } from './_glasspy_memorymodule.ts';
import { createArrayModule } from './array/arraymodule.ts';

export const MODULE_TABLE: ReadonlyMap<string, (interp: Interpreter) => PyObject> = new Map([
  ['_ast', createAstModule],
  ['_collections', createCollectionsModule],
  ['_sre', createSreModule],
  ['_functools', createFunctoolsModule],
  ['_operator', createOperatorModule],
  ['_imp', createImpModule],
  ['marshal', createMarshalModule],
  ['gc', createGcModule],
  [SYSCONFIGDATA_NAME, createSysconfigdataModule],
  ['_opcode', createOpcodeModule],
  ['itertools', createItertoolsModule],
  ['atexit', createAtexitModule],
  ['errno', createErrnoModule],
  ['math', createMathModule],
  ['time', createTimeModule],
  ['_thread', createThreadModule],
  ['_string', createStringModule],
  ['_tokenize', createTokenizeModule],
  ['posix', createPosixModule],
  ['_weakref', createWeakrefModule],
  ['_glasspy_render', createGlasspyRenderModule],
  ['_tracemalloc', createTracemallocModule],
  ['unicodedata', createUnicodedataModule],
  ['_csv', createCsvModule],
  ['_symtable', createSymtableModule],
  ['_struct', createStructModule],
  ['binascii', createBinasciiModule],
  ['_random', createRandomModule],
  ['zlib', createZlibModule],
  ['_bisect', createBisectModule],
  ['_heapq', createHeapqModule],
  ['_abc', createAbcModule],
  ['cmath', createCmathModule],
  ['_md5', createMd5Module],
  ['_sha1', createSha1Module],
  ['_sha2', createSha2Module],
  ['_sha3', createSha3Module],
  ['_blake2', createBlake2Module],
  ['_codecs', createCodecsModule],
  ['_signal', createSignalModule],
  ['_locale', createLocaleModule],
  ['_typing', createTypingModule],
  ['_contextvars', createContextvarsModule],
  ['_crypt', createCryptModule],
  ['_bz2', createBz2Module],
  ['_decimal', createDecimalModule],
  ['_glasspy_memory', createGlasspyMemoryModule],
  ['array', createArrayModule],
]);
