// The storage of a deque: a ring buffer of references, with the bookkeeping CPython's deque
// exposes (the mutation counter its iterators check, and where its first item sits in its
// 64-item blocks, which __sizeof__ reports). CPython: Modules/_collectionsmodule.c (the block
// list, deque_append_internal, deque_pop, deque_popleft, _deque_rotate).
import type { PyObject } from '../../objects/object.ts';

/** CPython: BLOCKLEN, CENTER */
export const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;

export class DequeBuf {
  private buf: (PyObject | undefined)[] = new Array(8);
  private head = 0;
  size = 0;
  /** maxlen, -1 when unbounded. */
  maxlen = -1;
  /** Bumped by every change of the items' positions (CPython: state). */
  state = 0;
  /** CPython's leftindex: the first item's slot in its block. */
  leftindex = CENTER + 1;

  get(i: number): PyObject {
    return this.buf[(this.head + i) & (this.buf.length - 1)]!;
  }

  /** Replaces item i, returning the old one (the reference passes to the caller). */
  set(i: number, v: PyObject): PyObject {
    const j = (this.head + i) & (this.buf.length - 1);
    const old = this.buf[j]!;
    this.buf[j] = v;
    return old;
  }

  private grow(): void {
    const old = this.buf;
    const buf = new Array<PyObject | undefined>(old.length * 2);
    for (let i = 0; i < this.size; i++) buf[i] = old[(this.head + i) & (old.length - 1)];
    this.buf = buf;
    this.head = 0;
  }

  /** Stores a reference at the right end. */
  pushRight(v: PyObject): void {
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = v;
    this.size++;
    this.state++;
  }

  pushLeft(v: PyObject): void {
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.size++;
    this.state++;
    this.leftindex = this.leftindex === 0 ? BLOCKLEN - 1 : this.leftindex - 1;
  }

  /** Takes the reference at the right end (the deque is not empty). */
  popRight(): PyObject {
    const j = (this.head + this.size - 1) & (this.buf.length - 1);
    const v = this.buf[j]!;
    this.buf[j] = undefined;
    this.size--;
    this.state++;
    if (this.size === 0 && this.leftindex === 0) this.leftindex = CENTER + 1;
    return v;
  }

  popLeft(): PyObject {
    const v = this.buf[this.head]!;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    this.state++;
    this.leftindex++;
    if (this.leftindex === BLOCKLEN) this.leftindex = this.size > 0 ? 0 : CENTER + 1;
    return v;
  }

  /** Takes all the references, leaving the deque empty. */
  takeAll(): PyObject[] {
    const items = this.toArray();
    this.buf = new Array(8);
    this.head = 0;
    this.size = 0;
    this.state++;
    this.leftindex = CENTER + 1;
    return items;
  }

  /** The items in order (borrowed). */
  toArray(): PyObject[] {
    const out = new Array<PyObject>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.get(i);
    return out;
  }

  /** Rotates n steps to the right (n normalized by the caller, 0 < |n| < size). CPython: _deque_rotate */
  rotate(n: number): void {
    const items = this.toArray();
    const len = this.size;
    for (let i = 0; i < len; i++) this.buf[(this.head + ((i + n) % len + len) % len) & (this.buf.length - 1)] = items[i];
    this.state++;
    this.leftindex = ((this.leftindex - n) % BLOCKLEN + BLOCKLEN) % BLOCKLEN;
  }

  reverse(): void {
    for (let i = 0, j = this.size - 1; i < j; i++, j--) {
      const a = this.get(i);
      this.set(i, this.get(j));
      this.set(j, a);
    }
  }

  /** Where extend() starts filling an empty deque (CPython's space-saving heuristic). */
  startFill(left: boolean): void {
    if (this.size === 0) this.leftindex = left ? BLOCKLEN - 1 : 1;
  }

  /** The number of blocks CPython's deque would hold. */
  blocks(): number {
    return Math.floor((this.leftindex + this.size + BLOCKLEN - 1) / BLOCKLEN);
  }
}
