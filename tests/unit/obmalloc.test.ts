// pymalloc's block choice (what id() reuse follows): unit tests of the rules in
// docs cpython-memory-facts §3.3, on the simulated address space.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObMalloc, POOL_OVERHEAD, POOL_SIZE, ARENA_SIZE } from '../../src/memory/obmalloc.ts';

test('blocks are carved in increasing address order after the pool header', () => {
  const m = new ObMalloc();
  const a = m.malloc(24);
  const b = m.malloc(32);
  const c = m.malloc(17);
  assert.equal((a - POOL_OVERHEAD) % POOL_SIZE, 0);
  assert.equal(b, a + 32);
  assert.equal(c, b + 32);
  assert.equal(a % 16, 0);
});

test('size classes get separate pools', () => {
  const m = new ObMalloc();
  const a = m.malloc(16);
  const b = m.malloc(48);
  assert.notEqual(a - (a % POOL_SIZE), b - (b % POOL_SIZE));
});

test('freed blocks are reused last in, first out', () => {
  const m = new ObMalloc();
  const a = m.malloc(40);
  const b = m.malloc(40);
  m.malloc(40);
  m.free(a);
  m.free(b);
  assert.equal(m.malloc(40), b);
  assert.equal(m.malloc(40), a);
});

test('a pool that was full goes back to the front of its size class', () => {
  const m = new ObMalloc();
  const size = 512;
  const perPool = Math.floor((POOL_SIZE - POOL_OVERHEAD) / size);
  const first: number[] = [];
  for (let i = 0; i < perPool; i++) first.push(m.malloc(size));
  const second = m.malloc(size);
  assert.notEqual(second - (second % POOL_SIZE), first[0]! - (first[0]! % POOL_SIZE));
  m.free(first[5]!);
  assert.equal(m.malloc(size), first[5]);
});

test('an emptied pool is reused for another size class, its free list rebuilt', () => {
  const m = new ObMalloc();
  const keep = m.malloc(16);
  const a = m.malloc(256);
  m.free(a);
  const b = m.malloc(64);
  assert.equal(b, a, 'the freed pool is the arena\'s first free pool');
  assert.ok(keep > 0);
});

test('requests over 512 bytes and of 0 bytes go to the raw allocator', () => {
  const m = new ObMalloc();
  const small = m.malloc(512);
  const big = m.malloc(513);
  const zero = m.malloc(0);
  assert.equal(m.blockSize(small), 512);
  assert.equal(m.blockSize(big), 0);
  assert.equal(m.blockSize(zero), 0);
  m.free(big);
  assert.equal(m.malloc(520), big, 'raw chunks of the same chunk size are reused LIFO');
});

test('allocated blocks are counted like sys.getallocatedblocks', () => {
  const m = new ObMalloc();
  const xs = [m.malloc(10), m.malloc(1000), m.malloc(100)];
  assert.equal(m.allocatedBlocks, 3);
  for (const x of xs) m.free(x);
  assert.equal(m.allocatedBlocks, 0);
});

test('a wholly free arena is given back unless it is the last usable one', () => {
  const m = new ObMalloc();
  const perArena = 63; // the simulated mmap base is not 16 KiB-aligned
  const blocks: number[] = [];
  // 512-byte blocks, 31 per pool: fill a whole arena and start a second one.
  for (let i = 0; i < perArena * 31 + 1; i++) blocks.push(m.malloc(512));
  assert.equal(m.narenasCurrentlyAllocated, 2);
  const inFirst = (p: number) => Math.abs(p - blocks[0]!) < ARENA_SIZE;
  for (const p of blocks.filter(inFirst)) m.free(p);
  assert.equal(m.narenasCurrentlyAllocated, 1, 'the first arena is unmapped');
  for (const p of blocks.filter((x) => !inFirst(x))) m.free(p);
  assert.equal(m.narenasCurrentlyAllocated, 1, 'the last usable arena is kept');
});
