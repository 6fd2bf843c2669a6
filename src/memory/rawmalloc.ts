// The system allocator behind PyMem_RawMalloc (requests over 512 bytes, and size 0), modelled on
// glibc's malloc closely enough for addresses: chunks of max(32, n + 8 rounded up to 16) bytes,
// the user pointer 16 bytes into the chunk, freed chunks reused last-in first-out per chunk size
// (tcache and bins), new chunks carved from the top of the heap, and requests of 128 KiB or more
// mapped on their own (mmap threshold) just below the last mapping.
const MMAP_THRESHOLD = 128 * 1024;
const PAGE = 4096;

export class RawMalloc {
  private top: number;
  private mmapNext: number;
  /** Freed chunk starts by chunk size. */
  private readonly bins = new Map<number, number[]>();
  /** Chunk size of every live user pointer; mapped chunks are marked negative. */
  private readonly live = new Map<number, number>();
  private readonly heapBase: number;
  /** Bytes of the mappings of the live mapped chunks (whole pages). */
  mappedBytes = 0;

  constructor(heapBase = 0x55d1c94b3000, mmapBase = 0x7f5c2a000000) {
    this.heapBase = heapBase;
    this.top = heapBase;
    this.mmapNext = mmapBase;
  }

  malloc(nbytes: number): number {
    const chunk = Math.max(32, (nbytes + 8 + 15) & ~15);
    if (chunk >= MMAP_THRESHOLD) {
      const len = Math.ceil((chunk + 16) / PAGE) * PAGE;
      this.mmapNext -= len;
      const p = this.mmapNext + 16;
      this.live.set(p, -len);
      this.mappedBytes += len;
      return p;
    }
    const bin = this.bins.get(chunk);
    const start = bin !== undefined && bin.length > 0 ? bin.pop()! : this.carve(chunk);
    const p = start + 16;
    this.live.set(p, chunk);
    return p;
  }

  free(p: number): void {
    const chunk = this.live.get(p);
    if (chunk === undefined) return;
    this.live.delete(p);
    if (chunk < 0) {
      this.mappedBytes += chunk;
      return;
    }
    let bin = this.bins.get(chunk);
    if (bin === undefined) this.bins.set(chunk, (bin = []));
    bin.push(p - 16);
  }

  realloc(p: number, nbytes: number): number {
    const chunk = this.live.get(p);
    if (chunk !== undefined && chunk > 0 && Math.max(32, (nbytes + 8 + 15) & ~15) <= chunk) return p;
    const q = this.malloc(nbytes);
    this.free(p);
    return q;
  }

  /** How far the heap has grown (the break above its base); freed chunks stay in it. */
  heapBytes(): number {
    return this.top - this.heapBase;
  }

  private carve(chunk: number): number {
    const start = this.top;
    this.top += chunk;
    return start;
  }
}
