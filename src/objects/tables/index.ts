// The hash tables of dict and set, as CPython 3.12.1 builds them (see each file's header).
export {
  TableRuntime, IMMORTAL_REFCNT, PyDict_MAXFREELIST, DICT_VERSION_INCREMENT,
  hashLo, hashHi, hashOfParts, hashOfBigInt, hashToUint64, splitHash, SPLIT, nullArray,
  type TableHash, type TableHooks, type TableMemory,
} from './runtime.ts';
export {
  DictKeys, SplitValues, EMPTY_KEYS, DKIX_EMPTY, DKIX_DUMMY,
  DICT_KEYS_GENERAL, DICT_KEYS_UNICODE, DICT_KEYS_SPLIT, PyDict_LOG_MINSIZE, PyDict_MINSIZE,
  SHARED_KEYS_MAX_SIZE, SIZEOF_PYDICTOBJECT, SIZEOF_PYDICTKEYSOBJECT,
  usableFraction, calculateLog2Keysize, estimateLog2Keysize, log2IndexBytes, keysAllocBytes,
  valuesAllocBytes, sharedKeysUsableSize, keysVersionForCurrentState,
} from './dictkeys.ts';
export {
  DictTable, TableIterState, ITER_END, ITER_CHANGED_SIZE, ITER_KEYS_CHANGED,
  MERGE_OK, MERGE_MUTATED, MERGE_KEY_EXISTS,
} from './dicttable.ts';
export {
  newKeysForClass, initInlineValues, insertIntoDictKeys, storeInstanceAttribute, getInstanceAttribute,
  instanceItems, instanceValuesEmpty, freeInstanceValues, STORE_OK, STORE_NEEDS_DICT, STORE_NO_ATTRIBUTE,
} from './instancevalues.ts';
export {
  SetTable, DUMMY, PySet_MINSIZE, SIZEOF_PYSETOBJECT, SIZEOF_SETENTRY, dictFillFromKeysOfSet,
} from './settable.ts';
