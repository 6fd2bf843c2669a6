// CPython 3.12.1's hash functions as pure functions of plain values: the object model calls them
// from its tp_hash slots with the interpreter's HashSecret, an object's value, its items' hashes
// or its address. Nothing here knows about PyObject. See pyhash.ts for the PyHash value type.
export {
  type PyHash, HASH_BITS, HASH_MODULUS, HASH_INF, HASH_IMAG, NONE_HASH,
  hashFromParts, hashFromBigInt, hashLo32, hashHi32, hashToParts, hashToBigInt, hashToUint64,
  hashFromIntResult,
} from './pyhash.ts';
export {
  HashSecret, HASH_SECRET_SIZE, MAX_HASH_SEED, HASH_SEED_ERROR, type HashSeedConfig,
  lcgBytes, hashSecretFromSeed, hashSecretFromRandomBytes, parsePythonHashSeed, hashSecretFromConfig,
} from './secret.ts';
export {
  type StrKind, siphash13, siphash13Into, bytesHash, bytesHashInto, strHash, strHashInto,
  strHashWithKind, strHashWithKindInto, strHashCodePoints, strHashCodePointsInto, strKindOf,
  kindOfCodePoints,
} from './siphash.ts';
export { intHash, boolHash, floatHash, complexHash } from './numeric.ts';
export { pointerHash, pointerPairHash, methodHash } from './pointer.ts';
export {
  TupleHasher, tupleHash, sliceHash, rangeHash, FrozensetHasher, frozensetHash,
} from './containers.ts';
