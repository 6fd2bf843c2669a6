// A bzip2 compressor whose output is libbzip2 1.0.8's, byte for byte: the initial run-length
// coding, the block sort, move-to-front with run coding of zeros, up to six Huffman tables chosen
// and refined as libbzip2 does, and its bit stream. libbzip2: bzlib.c (BZ2_bzCompress,
// add_pair_to_block), compress.c (BZ2_compressBlock, generateMTFValues, sendMTFValues),
// huffman.c (BZ2_hbMakeCodeLengths, BZ2_hbAssignCodes).
import { blockSort } from './blocksort.ts';
import { mainSort, N_OVERSHOOT } from './mainsort.ts';
import { BZ_CRC_TABLE } from './crc.ts';

const N_GROUPS = 6;
const G_SIZE = 50;
const N_ITERS = 4;
const MAX_CODE_LEN_ENC = 17;
const RUNA = 0;
const RUNB = 1;

/** The output bits, written most significant first. libbzip2: bsW */
class BitWriter {
  bytes: number[] = [];
  private buff = 0;
  private live = 0;

  write(n: number, v: number): void {
    while (this.live >= 8) {
      this.bytes.push(this.buff >>> 24);
      this.buff = (this.buff << 8) | 0;
      this.live -= 8;
    }
    this.buff |= v << (32 - this.live - n);
    this.live += n;
  }

  u8(c: number): void {
    this.write(8, c);
  }

  u32(u: number): void {
    for (let s = 24; s >= 0; s -= 8) this.write(8, (u >>> s) & 0xff);
  }

  /** Out with every bit, the last byte padded with zeros. libbzip2: bsFinishWrite */
  finish(): void {
    while (this.live > 0) {
      this.bytes.push(this.buff >>> 24);
      this.buff = (this.buff << 8) | 0;
      this.live -= 8;
    }
  }

  /** The whole bytes written so far, taken away. */
  take(): Uint8Array {
    const out = Uint8Array.from(this.bytes);
    this.bytes = [];
    return out;
  }
}

/** Huffman code lengths of at most maxLen bits for the frequencies. libbzip2: BZ2_hbMakeCodeLengths */
export function makeCodeLengths(len: Uint8Array, freq: Int32Array, alphaSize: number, maxLen: number): void {
  const heap = new Int32Array(alphaSize + 2);
  const weight = new Int32Array(alphaSize * 2);
  const parent = new Int32Array(alphaSize * 2);
  for (let i = 0; i < alphaSize; i++) weight[i + 1] = (freq[i] === 0 ? 1 : freq[i]!) << 8;
  for (;;) {
    let nNodes = alphaSize;
    let nHeap = 0;
    heap[0] = 0;
    weight[0] = 0;
    parent[0] = -2;
    const upheap = (z: number): void => {
      const tmp = heap[z]!;
      while (weight[tmp]! < weight[heap[z >> 1]!]!) {
        heap[z] = heap[z >> 1]!;
        z >>= 1;
      }
      heap[z] = tmp;
    };
    const downheap = (z: number): void => {
      const tmp = heap[z]!;
      for (;;) {
        let yy = z << 1;
        if (yy > nHeap) break;
        if (yy < nHeap && weight[heap[yy + 1]!]! < weight[heap[yy]!]!) yy++;
        if (weight[tmp]! < weight[heap[yy]!]!) break;
        heap[z] = heap[yy]!;
        z = yy;
      }
      heap[z] = tmp;
    };
    for (let i = 1; i <= alphaSize; i++) {
      parent[i] = -1;
      heap[++nHeap] = i;
      upheap(nHeap);
    }
    while (nHeap > 1) {
      const n1 = heap[1]!;
      heap[1] = heap[nHeap--]!;
      downheap(1);
      const n2 = heap[1]!;
      heap[1] = heap[nHeap--]!;
      downheap(1);
      nNodes++;
      parent[n1] = parent[n2] = nNodes;
      const w1 = weight[n1]!;
      const w2 = weight[n2]!;
      weight[nNodes] = ((w1 & 0xffffff00) + (w2 & 0xffffff00)) | (1 + Math.max(w1 & 0xff, w2 & 0xff));
      parent[nNodes] = -1;
      heap[++nHeap] = nNodes;
      upheap(nHeap);
    }
    let tooLong = false;
    for (let i = 1; i <= alphaSize; i++) {
      let j = 0;
      for (let k = i; parent[k]! >= 0; k = parent[k]!) j++;
      len[i - 1] = j;
      if (j > maxLen) tooLong = true;
    }
    if (!tooLong) return;
    for (let i = 1; i <= alphaSize; i++) weight[i] = (1 + ((weight[i]! >> 8) >> 1)) << 8;
  }
}

/** The move-to-front values of the sorted block, zero runs coded with RUNA/RUNB, then EOB. libbzip2: generateMTFValues */
function mtfValues(block: Uint8Array, ptr: Int32Array, nblock: number, unseqToSeq: Uint8Array, nInUse: number, freq: Int32Array): Uint16Array {
  const mtfv = new Uint16Array(nblock + 1);
  const yy = new Uint8Array(256);
  for (let i = 0; i < nInUse; i++) yy[i] = i;
  let wr = 0;
  let zPend = 0;
  const flushZeros = (): void => {
    zPend--;
    for (;;) {
      const sym = (zPend & 1) !== 0 ? RUNB : RUNA;
      mtfv[wr++] = sym;
      freq[sym]!++;
      if (zPend < 2) break;
      zPend = (zPend - 2) >> 1;
    }
    zPend = 0;
  };
  for (let i = 0; i < nblock; i++) {
    let j = ptr[i]! - 1;
    if (j < 0) j += nblock;
    const ll = unseqToSeq[block[j]!]!;
    if (yy[0] === ll) {
      zPend++;
      continue;
    }
    if (zPend > 0) flushZeros();
    let k = 1;
    let tmp = yy[1]!;
    yy[1] = yy[0]!;
    while (ll !== tmp) {
      k++;
      const t2 = tmp;
      tmp = yy[k]!;
      yy[k] = t2;
    }
    yy[0] = tmp;
    mtfv[wr++] = k + 1;
    freq[k + 1]!++;
  }
  if (zPend > 0) flushZeros();
  mtfv[wr++] = nInUse + 1;
  freq[nInUse + 1]!++;
  return mtfv.subarray(0, wr);
}

/** The coding tables, selectors and coded symbols of a block. libbzip2: sendMTFValues */
function sendMTFValues(bw: BitWriter, mtfv: Uint16Array, freq: Int32Array, alphaSize: number, inUse: Uint8Array): void {
  const nMTF = mtfv.length;
  const len = Array.from({ length: N_GROUPS }, () => new Uint8Array(alphaSize).fill(15));
  const nGroups = nMTF < 200 ? 2 : nMTF < 600 ? 3 : nMTF < 1200 ? 4 : nMTF < 2400 ? 5 : 6;
  // Initial tables: each favours a slice of the symbols holding an equal share of the frequencies.
  let remF = nMTF;
  let gs = 0;
  for (let nPart = nGroups; nPart > 0; nPart--) {
    const tFreq = Math.trunc(remF / nPart);
    let ge = gs - 1;
    let aFreq = 0;
    while (aFreq < tFreq && ge < alphaSize - 1) aFreq += freq[++ge]!;
    if (ge > gs && nPart !== nGroups && nPart !== 1 && (nGroups - nPart) % 2 === 1) aFreq -= freq[ge--]!;
    for (let v = 0; v < alphaSize; v++) len[nPart - 1]![v] = v >= gs && v <= ge ? 0 : 15;
    gs = ge + 1;
    remF -= aFreq;
  }
  const selector: number[] = [];
  const rfreq = Array.from({ length: nGroups }, () => new Int32Array(alphaSize));
  const cost = new Int32Array(nGroups);
  for (let iter = 0; iter < N_ITERS; iter++) {
    for (const f of rfreq) f.fill(0);
    selector.length = 0;
    for (gs = 0; gs < nMTF; gs += G_SIZE) {
      const ge = Math.min(gs + G_SIZE, nMTF);
      cost.fill(0);
      for (let i = gs; i < ge; i++) {
        const icv = mtfv[i]!;
        for (let t = 0; t < nGroups; t++) cost[t]! += len[t]![icv]!;
      }
      let bc = 999999999;
      let bt = -1;
      for (let t = 0; t < nGroups; t++) {
        if (cost[t]! < bc) {
          bc = cost[t]!;
          bt = t;
        }
      }
      selector.push(bt);
      const rf = rfreq[bt]!;
      for (let i = gs; i < ge; i++) rf[mtfv[i]!]!++;
    }
    for (let t = 0; t < nGroups; t++) makeCodeLengths(len[t]!, rfreq[t]!, alphaSize, MAX_CODE_LEN_ENC);
  }
  // The selectors, move-to-front coded.
  const pos = [0, 1, 2, 3, 4, 5].slice(0, nGroups);
  const selectorMtf = selector.map((s) => {
    const j = pos.indexOf(s);
    pos.splice(j, 1);
    pos.unshift(s);
    return j;
  });
  const code = len.slice(0, nGroups).map((l) => assignCodes(l, alphaSize));
  // The symbols in use: 16 bits for the ranges of 16 bytes, then 16 for each range in use.
  const inUse16 = Array.from({ length: 16 }, (_, i) => inUse.subarray(i * 16, i * 16 + 16).some((u) => u !== 0));
  for (const u of inUse16) bw.write(1, u ? 1 : 0);
  for (let i = 0; i < 16; i++) if (inUse16[i]) for (let j = 0; j < 16; j++) bw.write(1, inUse[i * 16 + j]!);
  bw.write(3, nGroups);
  bw.write(15, selector.length);
  for (const j of selectorMtf) {
    for (let k = 0; k < j; k++) bw.write(1, 1);
    bw.write(1, 0);
  }
  for (let t = 0; t < nGroups; t++) {
    let curr = len[t]![0]!;
    bw.write(5, curr);
    for (let i = 0; i < alphaSize; i++) {
      for (; curr < len[t]![i]!; curr++) bw.write(2, 2);
      for (; curr > len[t]![i]!; curr--) bw.write(2, 3);
      bw.write(1, 0);
    }
  }
  let sel = 0;
  for (gs = 0; gs < nMTF; gs += G_SIZE, sel++) {
    const ge = Math.min(gs + G_SIZE, nMTF);
    const l = len[selector[sel]!]!;
    const c = code[selector[sel]!]!;
    for (let i = gs; i < ge; i++) bw.write(l[mtfv[i]!]!, c[mtfv[i]!]!);
  }
}

/** Canonical codes for the lengths, shortest first. libbzip2: BZ2_hbAssignCodes */
function assignCodes(length: Uint8Array, alphaSize: number): Int32Array {
  const code = new Int32Array(alphaSize);
  let minLen = 32;
  let maxLen = 0;
  for (let i = 0; i < alphaSize; i++) {
    maxLen = Math.max(maxLen, length[i]!);
    minLen = Math.min(minLen, length[i]!);
  }
  let vec = 0;
  for (let n = minLen; n <= maxLen; n++) {
    for (let i = 0; i < alphaSize; i++) if (length[i] === n) code[i] = vec++;
    vec <<= 1;
  }
  return code;
}

/** An incremental bzip2 stream (libbzip2's EState with the BZ_RUN and BZ_FINISH actions). */
export class BzEncoder {
  private readonly bw = new BitWriter();
  private readonly block: Uint8Array;
  private readonly nblockMax: number;
  private nblock = 0;
  private readonly inUse = new Uint8Array(256);
  private blockCRC = -1;
  private combinedCRC = 0;
  private blockNo = 1;
  /** The run being gathered by the initial run-length coding: its byte (256 for none) and length. */
  private inCh = 256;
  private inLen = 0;

  constructor(private readonly blockSize100k: number) {
    this.block = new Uint8Array(100000 * blockSize100k + N_OVERSHOOT);
    this.nblockMax = 100000 * blockSize100k - 19;
  }

  /** Adds the pending run to the block: up to 3 bytes as they are, longer runs as 4 and a count. libbzip2: add_pair_to_block */
  private addPair(): void {
    const ch = this.inCh;
    for (let i = 0; i < this.inLen; i++) this.blockCRC = (this.blockCRC << 8) ^ BZ_CRC_TABLE[((this.blockCRC >>> 24) ^ ch) & 0xff]!;
    this.inUse[ch] = 1;
    const n = Math.min(this.inLen, 4);
    for (let i = 0; i < n; i++) this.block[this.nblock++] = ch;
    if (this.inLen >= 4) {
      this.inUse[this.inLen - 4] = 1;
      this.block[this.nblock++] = this.inLen - 4;
    }
  }

  /** Compresses `data`, returning the bytes of the blocks it completed. libbzip2: BZ2_bzCompress (BZ_RUN) */
  compress(data: Uint8Array): Uint8Array {
    for (const b of data) {
      // libbzip2: ADD_CHAR_TO_BLOCK
      if (b !== this.inCh || this.inLen === 255) {
        if (this.inCh < 256) this.addPair();
        this.inCh = b;
        this.inLen = 1;
      } else {
        this.inLen++;
      }
      if (this.nblock >= this.nblockMax) {
        this.compressBlock(false);
        this.prepareNewBlock();
      }
    }
    return this.bw.take();
  }

  /** Ends the stream. libbzip2: BZ2_bzCompress (BZ_FINISH) */
  finish(): Uint8Array {
    if (this.inCh < 256) this.addPair();
    this.inCh = 256;
    this.inLen = 0;
    this.compressBlock(true);
    return this.bw.take();
  }

  private prepareNewBlock(): void {
    this.nblock = 0;
    this.blockCRC = -1;
    this.inUse.fill(0);
    this.blockNo++;
  }

  // libbzip2: BZ2_compressBlock
  private compressBlock(last: boolean): void {
    const bw = this.bw;
    if (this.blockNo === 1) {
      for (const c of [0x42, 0x5a, 0x68, 0x30 + this.blockSize100k]) bw.u8(c);
    }
    if (this.nblock > 0) {
      const blockCRC = ~this.blockCRC >>> 0;
      this.combinedCRC = (((this.combinedCRC << 1) | (this.combinedCRC >>> 31)) ^ blockCRC) >>> 0;
      // libbzip2: BZ2_blockSort (small blocks, and those too repetitive for the main sort, go to the fallback sort)
      const ptr = (this.nblock >= 10000 ? mainSort(this.block, this.nblock) : null) ?? blockSort(this.block, this.nblock);
      const origPtr = ptr.indexOf(0);
      for (const c of [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]) bw.u8(c);
      bw.u32(blockCRC);
      bw.write(1, 0);
      bw.write(24, origPtr);
      const unseqToSeq = new Uint8Array(256);
      let nInUse = 0;
      for (let i = 0; i < 256; i++) if (this.inUse[i]) unseqToSeq[i] = nInUse++;
      const freq = new Int32Array(nInUse + 2);
      const mtfv = mtfValues(this.block, ptr, this.nblock, unseqToSeq, nInUse, freq);
      sendMTFValues(bw, mtfv, freq, nInUse + 2, this.inUse);
    }
    if (last) {
      for (const c of [0x17, 0x72, 0x45, 0x38, 0x50, 0x90]) bw.u8(c);
      bw.u32(this.combinedCRC);
      bw.finish();
    }
  }
}
