// CPython's small-object allocator (pymalloc) over a simulated 64-bit address space, so that
// addresses (id()) are handed out and reused exactly as CPython 3.12 on 64-bit Linux does.
// CPython: Objects/obmalloc.c (pymalloc_alloc, allocate_from_new_pool, pymalloc_pool_extend,
// pymalloc_free, insert_to_usedpool, insert_to_freepool, new_arena), 64-bit parameters with the
// radix tree (the default): 16-byte alignment, 512-byte small requests, 16 KiB pools, 1 MiB arenas.
//
// Invariants, as in CPython:
// - usedpools[i] lists the partially used pools of size class i; allocation takes the first one,
//   whose free list is never empty (a pool that becomes full leaves the list).
// - Inside a pool the free list is LIFO; never-used blocks are carved in increasing address order.
// - A pool whose last block is freed goes to the front of its arena's freepools.
// - usable_arenas is sorted by number of free pools, fullest first; nfp2lasta[n] is the last
//   arena in that list with n free pools.
// - A wholly free arena is unmapped unless it is the last in usable_arenas.
import { RawMalloc } from './rawmalloc.ts';
import type { AllocatorHooks } from './tracemalloc.ts';

export const ALIGNMENT = 16;
const ALIGNMENT_SHIFT = 4;
export const SMALL_REQUEST_THRESHOLD = 512;
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
export const POOL_SIZE = 16 * 1024;
export const ARENA_SIZE = 1024 * 1024;
const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE;
/** sizeof(struct pool_header) rounded up to ALIGNMENT. */
export const POOL_OVERHEAD = 48;
const DUMMY_SIZE_IDX = 0xffff;
const INITIAL_ARENA_OBJECTS = 16;

const indexToSize = (i: number) => (i + 1) << ALIGNMENT_SHIFT;

/** A pool (CPython: struct pool_header). Free blocks are chained through `links` by block index. */
export class Pool {
  ref = 0;
  /** Block index at the head of the free list, -1 for none (CPython: freeblock == NULL). */
  freeblock = -1;
  nextoffset = 0;
  maxnextoffset = 0;
  szidx = DUMMY_SIZE_IDX;
  nextpool: Pool = this;
  prevpool: Pool = this;
  /** Next pool in the arena's singly-linked freepools list. */
  nextfree: Pool | null = null;
  /** links[k]: the free block after block k (-1: end); allocated when the size class is set. */
  links = new Int32Array(0);
  constructor(readonly address: number, public arena: Arena | null) {}

  blockAddress(k: number): number {
    return this.address + POOL_OVERHEAD + k * indexToSize(this.szidx);
  }
}

/** An arena (CPython: struct arena_object). */
export class Arena {
  address = 0;
  poolAddress = 0;
  nfreepools = 0;
  ntotalpools = 0;
  freepools: Pool | null = null;
  nextarena: Arena | null = null;
  prevarena: Arena | null = null;
  constructor(readonly index: number) {}
}

/** Where the OS maps anonymous memory: top-down from a page-aligned base, holes reused. */
class MmapSpace {
  private next: number;
  private readonly holes: number[] = [];
  constructor(base: number) {
    this.next = base;
  }
  map(): number {
    if (this.holes.length > 0) {
      // The kernel fills the highest hole that fits first (top-down allocation).
      this.holes.sort((a, b) => a - b);
      return this.holes.pop()!;
    }
    this.next -= ARENA_SIZE;
    return this.next;
  }
  unmap(address: number): void {
    this.holes.push(address);
  }
}

export class ObMalloc {
  /** usedpools[i]: the list head (a sentinel pool) of size class i. */
  private readonly usedpools: Pool[] = [];
  private allarenas: Arena[] = [];
  private unusedArenaObjects: Arena | null = null;
  private usableArenas: Arena | null = null;
  private readonly nfp2lasta: (Arena | null)[] = new Array<Arena | null>(MAX_POOLS_IN_ARENA + 1).fill(null);
  /**
   * Pool objects by their index below poolsTop, for free() (CPython computes POOL_ADDR(p) and
   * reads its header). Arenas are mapped top-down from mmapBase, so the indexes stay small.
   */
  private readonly pools: (Pool | undefined)[] = [];
  private readonly poolsTop: number;
  private readonly mmap: MmapSpace;
  readonly raw: RawMalloc;
  /**
   * The radix tree's interior nodes ever made (CPython frees none): the MAP_MID nodes by their
   * top index, the MAP_BOT nodes by their top and mid index.
   */
  private readonly arenaMapMid = new Set<number>();
  private readonly arenaMapBot = new Set<number>();
  narenasCurrentlyAllocated = 0;
  ntimesArenaAllocated = 0;
  narenasHighwater = 0;
  /** Blocks handed out by pymalloc and by the raw fallback (sys.getallocatedblocks). */
  allocatedBlocks = 0;
  /** tracemalloc's hooks while it traces, else null: the one check an untraced request pays. */
  tracemallocHooks: AllocatorHooks | null = null;

  /**
   * mmapBase: just above the first arena (a page-aligned address that is not 16 KiB-aligned,
   * as mmap typically returns, so arenas hold 63 pools).
   */
  constructor(mmapBase = 0x7f5c2a641000, raw = new RawMalloc()) {
    for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) this.usedpools.push(new Pool(0, null));
    this.mmap = new MmapSpace(mmapBase);
    this.poolsTop = mmapBase - (mmapBase % POOL_SIZE) + POOL_SIZE;
    this.raw = raw;
  }

  // CPython: _PyObject_Malloc (through tracemalloc_malloc while tracing)
  malloc(nbytes: number): number {
    const p = this.mallocBlock(nbytes);
    if (this.tracemallocHooks !== null) this.tracemallocHooks.alloc(p, nbytes);
    return p;
  }

  // CPython: _PyObject_Free (through tracemalloc_free while tracing)
  free(p: number): void {
    if (p === 0) return;
    this.freeBlock(p);
    if (this.tracemallocHooks !== null) this.tracemallocHooks.free(p);
  }

  // CPython: _PyObject_Realloc (through tracemalloc_realloc while tracing)
  realloc(p: number, nbytes: number): number {
    const q = this.reallocBlock(p, nbytes);
    if (this.tracemallocHooks !== null) this.tracemallocHooks.realloc(p, q, nbytes);
    return q;
  }

  private mallocBlock(nbytes: number): number {
    const p = this.pymallocAlloc(nbytes);
    this.allocatedBlocks++;
    if (p !== 0) return p;
    return this.raw.malloc(nbytes);
  }

  private freeBlock(p: number): void {
    this.allocatedBlocks--;
    if (!this.pymallocFree(p)) this.raw.free(p);
  }

  // CPython: pymalloc_realloc — its malloc and free are the untraced ones (tracemalloc's reentrancy guard).
  private reallocBlock(p: number, nbytes: number): number {
    if (p === 0) return this.mallocBlock(nbytes);
    const pool = this.poolOf(p);
    if (pool === null) return this.raw.realloc(p, nbytes);
    const size = indexToSize(pool.szidx);
    // Staying in place unless shrinking by at least a quarter.
    if (nbytes <= size && 4 * nbytes > 3 * size) return p;
    const q = this.mallocBlock(nbytes);
    this.freeBlock(p);
    return q;
  }

  /** The size class block size for an address pymalloc handed out, or 0 for a raw block. */
  blockSize(p: number): number {
    const pool = this.poolOf(p);
    return pool === null ? 0 : indexToSize(pool.szidx);
  }

  // CPython: pymalloc_alloc. Returns 0 when the request is not pymalloc's.
  private pymallocAlloc(nbytes: number): number {
    if (nbytes === 0 || nbytes > SMALL_REQUEST_THRESHOLD) return 0;
    const size = (nbytes - 1) >> ALIGNMENT_SHIFT;
    const head = this.usedpools[size]!;
    const pool = head.nextpool;
    if (pool === head) return this.allocateFromNewPool(size);
    pool.ref++;
    const bp = pool.freeblock;
    pool.freeblock = pool.links[bp]!;
    if (pool.freeblock < 0) this.poolExtend(pool, size);
    return pool.blockAddress(bp);
  }

  // CPython: pymalloc_pool_extend
  private poolExtend(pool: Pool, size: number): void {
    if (pool.nextoffset <= pool.maxnextoffset) {
      const k = (pool.nextoffset - POOL_OVERHEAD) / indexToSize(size);
      pool.freeblock = k;
      pool.links[k] = -1;
      pool.nextoffset += indexToSize(size);
      return;
    }
    // Full: unlink from usedpools.
    const next = pool.nextpool;
    const prev = pool.prevpool;
    next.prevpool = prev;
    prev.nextpool = next;
  }

  // CPython: new_arena
  private newArena(): Arena {
    if (this.unusedArenaObjects === null) {
      const old = this.allarenas.length;
      const n = old === 0 ? INITIAL_ARENA_OBJECTS : old * 2;
      for (let i = old; i < n; i++) this.allarenas.push(new Arena(i));
      for (let i = old; i < n; i++) this.allarenas[i]!.nextarena = i < n - 1 ? this.allarenas[i + 1]! : null;
      this.unusedArenaObjects = this.allarenas[old]!;
    }
    const ao = this.unusedArenaObjects;
    this.unusedArenaObjects = ao.nextarena;
    ao.address = this.mmap.map();
    this.arenaMapMarkUsed(ao.address);
    this.narenasCurrentlyAllocated++;
    this.ntimesArenaAllocated++;
    if (this.narenasCurrentlyAllocated > this.narenasHighwater) this.narenasHighwater = this.narenasCurrentlyAllocated;
    ao.freepools = null;
    ao.poolAddress = ao.address;
    ao.nfreepools = MAX_POOLS_IN_ARENA;
    const excess = ao.address % POOL_SIZE;
    if (excess !== 0) {
      ao.nfreepools--;
      ao.poolAddress += POOL_SIZE - excess;
    }
    ao.ntotalpools = ao.nfreepools;
    return ao;
  }

  // CPython: allocate_from_new_pool
  private allocateFromNewPool(size: number): number {
    if (this.usableArenas === null) {
      const ao = this.newArena();
      ao.nextarena = ao.prevarena = null;
      this.usableArenas = ao;
      this.nfp2lasta[ao.nfreepools] = ao;
    }
    const ua = this.usableArenas;
    if (this.nfp2lasta[ua.nfreepools] === ua) this.nfp2lasta[ua.nfreepools] = null;
    if (ua.nfreepools > 1) this.nfp2lasta[ua.nfreepools - 1] = ua;
    let pool = ua.freepools;
    if (pool !== null) {
      ua.freepools = pool.nextfree;
      ua.nfreepools--;
      if (ua.nfreepools === 0) this.unlinkHeadArena();
    } else {
      pool = new Pool(ua.poolAddress, ua);
      this.pools[(this.poolsTop - pool.address) / POOL_SIZE] = pool;
      ua.poolAddress += POOL_SIZE;
      ua.nfreepools--;
      if (ua.nfreepools === 0) this.unlinkHeadArena();
    }
    // Frontlink to the (empty) used list.
    const head = this.usedpools[size]!;
    pool.nextpool = head;
    pool.prevpool = head;
    head.nextpool = pool;
    head.prevpool = pool;
    pool.ref = 1;
    if (pool.szidx === size) {
      // The pool last held this size class: its free list is still in place.
      const bp = pool.freeblock;
      pool.freeblock = pool.links[bp]!;
      return pool.blockAddress(bp);
    }
    pool.szidx = size;
    const bsize = indexToSize(size);
    pool.links = new Int32Array(Math.floor((POOL_SIZE - POOL_OVERHEAD) / bsize));
    pool.nextoffset = POOL_OVERHEAD + (bsize << 1);
    pool.maxnextoffset = POOL_SIZE - bsize;
    pool.freeblock = 1;
    pool.links[1] = -1;
    return pool.blockAddress(0);
  }

  private unlinkHeadArena(): void {
    this.usableArenas = this.usableArenas!.nextarena;
    if (this.usableArenas !== null) this.usableArenas.prevarena = null;
  }

  private poolOf(p: number): Pool | null {
    // poolsTop is pool-aligned: the pool holding p is ceil((poolsTop - p) / POOL_SIZE) below it
    // (no % on a 47-bit double, which is slow).
    const i = Math.ceil((this.poolsTop - p) / POOL_SIZE);
    const pool = i >= 0 && i < this.pools.length ? this.pools[i] : undefined;
    if (pool === undefined || pool.arena === null || pool.arena.address === 0) return null;
    return pool;
  }

  // CPython: pymalloc_free
  private pymallocFree(p: number): boolean {
    const pool = this.poolOf(p);
    if (pool === null) return false;
    const k = (p - pool.address - POOL_OVERHEAD) / indexToSize(pool.szidx);
    const lastfree = pool.freeblock;
    pool.links[k] = lastfree;
    pool.freeblock = k;
    pool.ref--;
    if (lastfree < 0) {
      this.insertToUsedpool(pool);
      return true;
    }
    if (pool.ref !== 0) return true;
    this.insertToFreepool(pool);
    return true;
  }

  // CPython: insert_to_usedpool — a pool that was full goes to the front of its list.
  private insertToUsedpool(pool: Pool): void {
    const head = this.usedpools[pool.szidx]!;
    const next = head.nextpool;
    const prev = next.prevpool;
    pool.nextpool = next;
    pool.prevpool = prev;
    next.prevpool = pool;
    prev.nextpool = pool;
  }

  // CPython: insert_to_freepool
  private insertToFreepool(pool: Pool): void {
    const next = pool.nextpool;
    const prev = pool.prevpool;
    next.prevpool = prev;
    prev.nextpool = next;
    const ao = pool.arena!;
    pool.nextfree = ao.freepools;
    ao.freepools = pool;
    let nf = ao.nfreepools;
    const lastnf = this.nfp2lasta[nf] ?? null;
    if (lastnf === ao) {
      const pa = ao.prevarena;
      this.nfp2lasta[nf] = pa !== null && pa.nfreepools === nf ? pa : null;
    }
    ao.nfreepools = ++nf;
    if (nf === ao.ntotalpools && ao.nextarena !== null) {
      // Case 1: all pools free and not the last usable arena: give the arena back.
      if (ao.prevarena === null) this.usableArenas = ao.nextarena;
      else ao.prevarena.nextarena = ao.nextarena;
      ao.nextarena.prevarena = ao.prevarena;
      ao.nextarena = this.unusedArenaObjects;
      this.unusedArenaObjects = ao;
      for (let a = ao.address - (ao.address % POOL_SIZE); a < ao.address + ARENA_SIZE; a += POOL_SIZE) this.pools[(this.poolsTop - a) / POOL_SIZE] = undefined;
      this.mmap.unmap(ao.address);
      ao.address = 0;
      this.narenasCurrentlyAllocated--;
      return;
    }
    if (nf === 1) {
      // Case 2: the arena had no free pool: it goes to the head of usable_arenas.
      ao.nextarena = this.usableArenas;
      ao.prevarena = null;
      if (this.usableArenas !== null) this.usableArenas.prevarena = ao;
      this.usableArenas = ao;
      if (this.nfp2lasta[1] === null) this.nfp2lasta[1] = ao;
      return;
    }
    if (this.nfp2lasta[nf] === null) this.nfp2lasta[nf] = ao;
    // Case 4: already the rightmost of its old count: still sorted.
    if (ao === lastnf) return;
    // Case 3: move ao to just after lastnf.
    if (ao.prevarena !== null) ao.prevarena.nextarena = ao.nextarena;
    else this.usableArenas = ao.nextarena;
    ao.nextarena!.prevarena = ao.prevarena;
    ao.prevarena = lastnf;
    ao.nextarena = lastnf!.nextarena;
    if (ao.nextarena !== null) ao.nextarena.prevarena = ao;
    lastnf!.nextarena = ao;
  }

  // CPython: arena_map_mark_used — an arena not aligned to ARENA_SIZE spans two leaves.
  private arenaMapMarkUsed(base: number): void {
    this.arenaMapGet(base);
    if (base % ARENA_SIZE !== 0) this.arenaMapGet(base + ARENA_SIZE);
  }

  // CPython: arena_map_get (create=1), 48-bit addresses: 10 top bits, 10 mid bits, 8 bot bits.
  private arenaMapGet(p: number): void {
    const top = Math.floor(p / 2 ** 38);
    const mid = Math.floor(p / 2 ** 28) % 1024;
    this.arenaMapMid.add(top);
    this.arenaMapBot.add(top * 1024 + mid);
  }

  /** pymalloc's statistics as sys._debugmallocstats() prints them. CPython: _PyObject_DebugMallocStats */
  debugMallocStats(): string {
    const numpools = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numfreeblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    let numfreepools = 0;
    let arenaAlignment = 0;
    let narenas = 0;
    for (const ao of this.allarenas) {
      if (ao.address === 0) continue;
      narenas++;
      numfreepools += ao.nfreepools;
      let base = ao.address;
      if (base % POOL_SIZE !== 0) {
        arenaAlignment += POOL_SIZE;
        base += POOL_SIZE - (base % POOL_SIZE);
      }
      for (; base < ao.poolAddress; base += POOL_SIZE) {
        const p = this.pools[(this.poolsTop - base) / POOL_SIZE];
        if (p === undefined || p.ref === 0) continue;
        const sz = p.szidx;
        numpools[sz]++;
        numblocks[sz] += p.ref;
        numfreeblocks[sz] += Math.floor((POOL_SIZE - POOL_OVERHEAD) / indexToSize(sz)) - p.ref;
      }
    }
    let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n\n`;
    out += 'class   size   num pools   blocks in use  avail blocks\n-----   ----   ---------   -------------  ------------\n';
    let allocated = 0;
    let available = 0;
    let headers = 0;
    let quantization = 0;
    for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
      const p = numpools[i]!;
      if (p === 0) continue;
      const size = indexToSize(i);
      out += `${pad(i, 5)} ${pad(size, 6)} ${pad(p, 11)} ${pad(numblocks[i]!, 15)} ${pad(numfreeblocks[i]!, 13)}\n`;
      allocated += numblocks[i]! * size;
      available += numfreeblocks[i]! * size;
      headers += p * POOL_OVERHEAD;
      quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
    }
    out += '\n';
    out += printone('# arenas allocated total', this.ntimesArenaAllocated);
    out += printone('# arenas reclaimed', this.ntimesArenaAllocated - narenas);
    out += printone('# arenas highwater mark', this.narenasHighwater);
    out += printone('# arenas allocated current', narenas);
    out += printone(`${narenas} arenas * ${ARENA_SIZE} bytes/arena`, narenas * ARENA_SIZE);
    out += '\n';
    const lines: [string, number][] = [
      ['# bytes in allocated blocks', allocated],
      ['# bytes in available blocks', available],
      [`${numfreepools} unused pools * ${POOL_SIZE} bytes`, numfreepools * POOL_SIZE],
      ['# bytes lost to pool headers', headers],
      ['# bytes lost to quantization', quantization],
      ['# bytes lost to arena alignment', arenaAlignment],
    ];
    let total = 0;
    for (const [msg, v] of lines) {
      out += printone(msg, v);
      total += v;
    }
    out += printone('Total', total);
    // The radix tree's nodes: the root, one MAP_MID node (256 KiB) per top index, one MAP_BOT node (128 KiB) per mid index.
    out += '\narena map counts\n';
    out += printone('# arena map mid nodes', this.arenaMapMid.size);
    out += printone('# arena map bot nodes', this.arenaMapBot.size);
    out += '\n';
    const ROOT = 262144;
    const MID = 262144;
    const BOT = 131072;
    out += printone('# bytes lost to arena map root', ROOT);
    out += printone('# bytes lost to arena map mid', MID * this.arenaMapMid.size);
    out += printone('# bytes lost to arena map bot', BOT * this.arenaMapBot.size);
    out += printone('Total', ROOT + MID * this.arenaMapMid.size + BOT * this.arenaMapBot.size);
    return out;
  }

  /** Arenas currently mapped, for statistics. */
  arenas(): Arena[] {
    return this.allarenas.filter((a) => a.address !== 0);
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width);
}

/**
 * `msg`, padded to 35 columns, then '=' and the value with thousands separators right-aligned
 * in 21 columns. CPython: printone
 */
export function printone(msg: string, value: number): string {
  return `${msg.padEnd(35)}=${value.toLocaleString('en-US').padStart(21)}\n`;
}
