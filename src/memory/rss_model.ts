// The process memory Glasspy reports where CPython's tools read the resident set size (RSS) of
// the process (memory_profiler, mprof): a model of what CPython 3.12's RSS would be, computed
// from the simulated allocators.
//
//   rss = BASELINE_BYTES
//       + for every mapped pymalloc arena, its pools carved so far (a pool's pages are touched
//         when it is first used and stay resident while the arena is mapped, even when all its
//         blocks are free again: pymalloc never gives pages back inside an arena)
//       + the raw heap's growth (glibc's brk heap: freed chunks are reused but not returned)
//       + the live mmapped raw blocks (requests of 128 KiB or more), each rounded to pages
//
// So `[1] * (10**6)` (an 8,000,000-byte item array, mapped on its own) adds 7.633 MiB, as in
// CPython, and `del` of it gives it back, while freeing small objects inside an arena that is
// still in use gives nothing back. Not modelled: the pages of a pool not yet reached by its
// blocks (the whole pool counts), glibc trimming the top of the heap, its adaptive mmap
// threshold, and the memory of the JavaScript engine running Glasspy.
import { ARENA_SIZE, POOL_SIZE, type ObMalloc } from './obmalloc.ts';

export const PAGE_SIZE = 4096;

/**
 * What the model counts for the interpreter itself before any allocation it sees: the executable,
 * shared libraries, static data and the C stack CPython 3.12 touches to start (its RSS at startup
 * is 9.4 to 9.6 MiB on 64-bit Linux; this puts a bare Glasspy script at about the same).
 */
export const BASELINE_BYTES = 8.75 * 1024 * 1024;

export interface RssBreakdown {
  readonly baseline: number;
  /** Pages of the pools carved in the mapped arenas. */
  readonly arenas: number;
  readonly narenas: number;
  /** The raw heap's growth, rounded up to pages. */
  readonly heap: number;
  /** Live mmapped raw blocks. */
  readonly mapped: number;
  readonly total: number;
}

const roundUpToPage = (n: number) => Math.ceil(n / PAGE_SIZE) * PAGE_SIZE;

export function rssBreakdown(obmalloc: ObMalloc): RssBreakdown {
  let arenas = 0;
  let narenas = 0;
  for (const a of obmalloc.arenas()) {
    narenas++;
    const excess = a.address % POOL_SIZE;
    const firstPool = excess === 0 ? a.address : a.address + POOL_SIZE - excess;
    arenas += Math.min(a.poolAddress - firstPool, ARENA_SIZE);
  }
  const heap = roundUpToPage(obmalloc.raw.heapBytes());
  const mapped = obmalloc.raw.mappedBytes;
  return { baseline: BASELINE_BYTES, arenas, narenas, heap, mapped, total: BASELINE_BYTES + arenas + heap + mapped };
}
