// Identity hashes: Python/pyhash.c _Py_HashPointerRaw / _Py_HashPointer (3.12; Py_HashPointer in
// 3.13). object.__hash__ (so every instance, function, type, module... without its own hash),
// NaN floats and complexes with a NaN part hash by address this way.
import { hashFromBigInt, type PyHash } from './pyhash.ts';

const M64 = (1n << 64n) - 1n;

/**
 * _Py_HashPointer(p): the address rotated right by 4 bits within 64 (objects are 16-byte aligned,
 * so the low 4 bits carry nothing), as a signed Py_hash_t; -1 becomes -2.
 * `address` is the simulated 64-bit address (id(o)): a non-negative number or bigint.
 */
export function pointerHash(address: number | bigint): PyHash {
  // Fast path: a 16-aligned address below 2**53 rotates into address / 16 with no high bits.
  if (typeof address === 'number' && address % 16 === 0 && address >= 0 && address <= Number.MAX_SAFE_INTEGER) {
    return address / 16;
  }
  const a = BigInt.asUintN(64, BigInt(address));
  const y = BigInt.asIntN(64, (a >> 4n) | ((a << 60n) & M64));
  return y === -1n ? -2 : hashFromBigInt(y);
}

/** _Py_HashPointer(a) ^ _Py_HashPointer(b), -1 -> -2: meth_hash (builtin functions and methods:
 * m_self, or 0 for NULL, with the C function ml_meth) and wrapper_hash (method-wrapper: self with
 * the slot wrapper descriptor), Objects/methodobject.c and Objects/descrobject.c. */
export function pointerPairHash(a: number | bigint, b: number | bigint): PyHash {
  return xorHashes(pointerHash(a), pointerHash(b));
}

/** method_hash (Objects/classobject.c): a bound method hashes as _Py_HashPointer(im_self) ^
 * hash(im_func), -1 -> -2. */
export function methodHash(selfAddress: number | bigint, funcHash: PyHash): PyHash {
  return xorHashes(pointerHash(selfAddress), funcHash);
}

function xorHashes(x: PyHash, y: PyHash): PyHash {
  if (typeof x === 'number' && typeof y === 'number' && x >= 0 && y >= 0 && x < 0x100000000 * 0x100000 && y < 0x100000000 * 0x100000) {
    // both below 2**52 and non-negative: split into 32-bit halves, xor exactly
    const hi = (Math.floor(x / 0x100000000) ^ Math.floor(y / 0x100000000)) >>> 0;
    const lo = ((x >>> 0) ^ (y >>> 0)) >>> 0;
    return hi * 0x100000000 + lo;
  }
  const r = BigInt(x) ^ BigInt(y);
  return r === -1n ? -2 : hashFromBigInt(r);
}
