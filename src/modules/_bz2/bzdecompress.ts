// A bzip2 decoder that takes its input as libbzip2 does: a byte at a time, only when it needs
// more bits, so that how much of the input a stream used (and so unused_data and needs_input)
// is libbzip2's. Its parse is a generator that waits for input where libbzip2 returns for more.
// libbzip2: decompress.c (BZ2_decompress), bzlib.c (BZ2_bzDecompress, unRLE_obuf_to_output_FAST).
import { concatBytes } from '../_io/iobase.ts';
import { BZ_CRC_TABLE } from './crc.ts';

/** A stream libbzip2 calls BZ_DATA_ERROR or BZ_DATA_ERROR_MAGIC. */
export class BzDataError extends Error {}

const NEED = 0;
const BLOCK = 1;
const END = 2;
type Step = typeof NEED | typeof BLOCK | typeof END;

const MAX_SELECTORS = 18002;
const G_SIZE = 50;

function fail(): never {
  throw new BzDataError('Invalid data stream');
}

/** A decoded block: its bytes, up to where it goes wrong, and whether it does. */
interface Block {
  readonly data: Uint8Array;
  /** The block's CRC does not match, or its runs are malformed: an error once its bytes are out. */
  readonly bad: boolean;
  readonly crc: number;
}

export class BzDecoder {
  private input = new Uint8Array(0);
  private inPos = 0;
  private bsBuff = 0;
  private bsLive = 0;
  private readonly parse: Generator<Step, Step, void>;
  /** The block whose bytes are being given out, and how many are out. */
  private block: Block | null = null;
  private blockPos = 0;
  private combinedCRC = 0;
  private storedCombinedCRC = 0;
  private broken = false;
  eof = false;

  constructor() {
    this.parse = this.stream();
  }

  /** The input not used yet. */
  get unconsumed(): Uint8Array {
    return this.input.subarray(this.inPos);
  }

  /** Takes in more input. */
  feed(data: Uint8Array): void {
    const rest = this.input.subarray(this.inPos);
    if (rest.length === 0) this.input = data.slice();
    else {
      const all = new Uint8Array(rest.length + data.length);
      all.set(rest);
      all.set(data, rest.length);
      this.input = all;
    }
    this.inPos = 0;
  }

  /**
   * Decodes into at most `space` bytes, as one call of BZ2_bzDecompress: until the output is
   * full, the input has all been taken, or the stream ends (then `eof` is set).
   */
  run(space: number): Uint8Array {
    if (this.broken) fail();
    const out: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const b = this.block;
        if (b !== null) {
          const n = Math.min(b.data.length - this.blockPos, space - size);
          out.push(b.data.subarray(this.blockPos, this.blockPos + n));
          size += n;
          this.blockPos += n;
          if (this.blockPos < b.data.length) break;
          if (b.bad) fail();
          this.combinedCRC = (((this.combinedCRC << 1) | (this.combinedCRC >>> 31)) ^ b.crc) >>> 0;
          this.block = null;
        }
        const step = this.parse.next().value;
        if (step === NEED) break;
        if (step === END) {
          if (this.combinedCRC !== this.storedCombinedCRC) fail();
          this.eof = true;
          break;
        }
      }
    } catch (e) {
      this.broken = true;
      throw e;
    }
    return concatBytes(out);
  }

  /** Whether `n` bits are at hand, pulling whole bytes of input as needed. */
  private has(n: number): boolean {
    while (this.bsLive < n) {
      if (this.inPos >= this.input.length) return false;
      this.bsBuff = ((this.bsBuff << 8) | this.input[this.inPos++]!) & 0xffffffff;
      this.bsLive += 8;
    }
    return true;
  }

  /** The next `n` bits (which `has` made sure of). */
  private take(n: number): number {
    this.bsLive -= n;
    return (this.bsBuff >>> this.bsLive) & ((1 << n) - 1);
  }

  // libbzip2: BZ2_decompress
  private *stream(): Generator<Step, Step, void> {
    const self = this;
    function* bits(n: number): Generator<Step, number, void> {
      while (!self.has(n)) yield NEED;
      return self.take(n);
    }
    for (const magic of [0x42, 0x5a, 0x68]) if ((yield* bits(8)) !== magic) fail();
    const level = (yield* bits(8)) - 0x30;
    if (level < 1 || level > 9) fail();
    const nblockMax = 100000 * level;
    const tt = new Uint32Array(nblockMax);
    for (;;) {
      const first = yield* bits(8);
      if (first === 0x17) {
        for (const m of [0x72, 0x45, 0x38, 0x50, 0x90]) if ((yield* bits(8)) !== m) fail();
        let crc = 0;
        for (let i = 0; i < 4; i++) crc = ((crc << 8) | (yield* bits(8))) >>> 0;
        this.storedCombinedCRC = crc;
        return END;
      }
      if (first !== 0x31) fail();
      for (const m of [0x41, 0x59, 0x26, 0x53, 0x59]) if ((yield* bits(8)) !== m) fail();
      let storedCRC = 0;
      for (let i = 0; i < 4; i++) storedCRC = ((storedCRC << 8) | (yield* bits(8))) >>> 0;
      const randomised = (yield* bits(1)) === 1;
      let origPtr = 0;
      for (let i = 0; i < 3; i++) origPtr = (origPtr << 8) | (yield* bits(8));
      if (origPtr > 10 + nblockMax) fail();
      // The mapping table: which bytes occur.
      const inUse16: boolean[] = [];
      for (let i = 0; i < 16; i++) inUse16.push((yield* bits(1)) === 1);
      const seqToUnseq: number[] = [];
      for (let i = 0; i < 16; i++) {
        if (!inUse16[i]) continue;
        for (let j = 0; j < 16; j++) if ((yield* bits(1)) === 1) seqToUnseq.push(i * 16 + j);
      }
      if (seqToUnseq.length === 0) fail();
      const alphaSize = seqToUnseq.length + 2;
      const nGroups = yield* bits(3);
      if (nGroups < 2 || nGroups > 6) fail();
      let nSelectors = yield* bits(15);
      if (nSelectors < 1) fail();
      const selectorMtf: number[] = [];
      for (let i = 0; i < nSelectors; i++) {
        let j = 0;
        while ((yield* bits(1)) === 1) if (++j >= nGroups) fail();
        if (i < MAX_SELECTORS) selectorMtf.push(j);
      }
      nSelectors = Math.min(nSelectors, MAX_SELECTORS);
      const pos = [0, 1, 2, 3, 4, 5].slice(0, nGroups);
      const selector = selectorMtf.map((v) => {
        const t = pos[v]!;
        pos.splice(v, 1);
        pos.unshift(t);
        return t;
      });
      // The coding tables, as delta-coded lengths.
      const tables: DecodeTable[] = [];
      for (let t = 0; t < nGroups; t++) {
        let curr = yield* bits(5);
        const len = new Uint8Array(alphaSize);
        for (let i = 0; i < alphaSize; i++) {
          for (;;) {
            if (curr < 1 || curr > 20) fail();
            if ((yield* bits(1)) === 0) break;
            curr += (yield* bits(1)) === 0 ? 1 : -1;
          }
          len[i] = curr;
        }
        tables.push(decodeTable(len, alphaSize));
      }
      // The move-to-front values, with runs of the front byte coded in RUNA/RUNB.
      const EOB = seqToUnseq.length + 1;
      const mtf = seqToUnseq.slice();
      const unzftab = new Int32Array(256);
      let nblock = 0;
      let groupNo = -1;
      let groupPos = 0;
      let table = tables[0]!;
      let runLength = -1;
      let runWeight = 1;
      for (;;) {
        if (groupPos === 0) {
          if (++groupNo >= nSelectors) fail();
          groupPos = G_SIZE;
          table = tables[selector[groupNo]!]!;
        }
        groupPos--;
        // One Huffman symbol (libbzip2: GET_MTF_VAL).
        // (The bits are read inline: this loop runs once per symbol.)
        let zn = table.minLen;
        while (!this.has(zn)) yield NEED;
        let zvec = this.take(zn);
        for (;;) {
          if (zn > 20) fail();
          if (zvec <= table.limit[zn]!) break;
          zn++;
          while (!this.has(1)) yield NEED;
          zvec = (zvec << 1) | this.take(1);
        }
        const idx = zvec - table.base[zn]!;
        if (idx < 0 || idx >= 258) fail();
        const sym = table.perm[idx]!;
        if (sym <= 1) {
          if (runWeight >= 2 * 1024 * 1024) fail();
          runLength += (sym + 1) * runWeight;
          runWeight *= 2;
          continue;
        }
        if (runLength >= 0) {
          const uc = mtf[0]!;
          const es = runLength + 1;
          unzftab[uc]! += es;
          if (nblock + es > nblockMax) fail();
          tt.fill(uc, nblock, nblock + es);
          nblock += es;
          runLength = -1;
          runWeight = 1;
        }
        if (sym === EOB) break;
        if (nblock >= nblockMax) fail();
        const uc = mtf[sym - 1]!;
        mtf.copyWithin(1, 0, sym - 1);
        mtf[0] = uc;
        unzftab[uc]!++;
        tt[nblock++] = uc;
      }
      if (origPtr >= nblock) fail();
      if (randomised) fail();
      // The inverse of the sort: each position's successor, in the high bits of tt.
      const cftab = new Int32Array(257);
      for (let i = 1; i <= 256; i++) cftab[i] = cftab[i - 1]! + unzftab[i - 1]!;
      for (let i = 0; i < nblock; i++) {
        const uc = tt[i]! & 0xff;
        tt[cftab[uc]!]! |= i << 8;
        cftab[uc]!++;
      }
      this.block = undoRuns(tt, nblock, origPtr, storedCRC);
      this.blockPos = 0;
      yield BLOCK;
    }
  }
}

interface DecodeTable {
  readonly minLen: number;
  readonly limit: Int32Array;
  readonly base: Int32Array;
  readonly perm: Int32Array;
}

// libbzip2: BZ2_hbCreateDecodeTables
function decodeTable(length: Uint8Array, alphaSize: number): DecodeTable {
  let minLen = 32;
  let maxLen = 0;
  for (const l of length) {
    minLen = Math.min(minLen, l);
    maxLen = Math.max(maxLen, l);
  }
  const perm = new Int32Array(258);
  const base = new Int32Array(23);
  const limit = new Int32Array(23);
  let pp = 0;
  for (let i = minLen; i <= maxLen; i++) for (let j = 0; j < alphaSize; j++) if (length[j] === i) perm[pp++] = j;
  for (let i = 0; i < alphaSize; i++) base[length[i]! + 1]!++;
  for (let i = 1; i < 23; i++) base[i]! += base[i - 1]!;
  let vec = 0;
  for (let i = minLen; i <= maxLen; i++) {
    vec += base[i + 1]! - base[i]!;
    limit[i] = vec - 1;
    vec <<= 1;
  }
  for (let i = minLen + 1; i <= maxLen; i++) base[i] = ((limit[i - 1]! + 1) << 1) - base[i]!;
  return { minLen, limit, base, perm };
}

/**
 * The block's bytes: the sort undone, then the initial run-length coding (four equal bytes and
 * a count). A run cut short by the block's end is where libbzip2 finds the block corrupt.
 * libbzip2: unRLE_obuf_to_output_FAST
 */
function undoRuns(tt: Uint32Array, nblock: number, origPtr: number, storedCRC: number): Block {
  const out: number[] = [];
  let tPos = tt[origPtr]! >>> 8;
  let crc = -1;
  let last = -1;
  let same = 0;
  let bad = false;
  for (let used = 0; used < nblock; used++) {
    const word = tt[tPos]!;
    const ch = word & 0xff;
    tPos = word >>> 8;
    if (same === 4) {
      for (let k = 0; k < ch; k++) out.push(last);
      same = 0;
      last = -1;
      continue;
    }
    out.push(ch);
    same = ch === last ? same + 1 : 1;
    last = ch;
  }
  if (same === 4) bad = true;
  const data = Uint8Array.from(out);
  for (const b of data) crc = (crc << 8) ^ BZ_CRC_TABLE[((crc >>> 24) ^ b) & 0xff]!;
  const blockCRC = ~crc >>> 0;
  return { data, bad: bad || blockCRC !== storedCRC, crc: blockCRC };
}
