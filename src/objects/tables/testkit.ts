// A TableRuntime over plain JS keys, for exercising the tables without the object model (unit
// tests, fixture replays, benchmarks): keys are TKey objects compared by id, reference counts
// are counted on them, and memory comes from a bump allocator that logs every malloc and free
// and checks that each free matches a live block.
import { TableRuntime, type TableMemory } from './runtime.ts';

/** A test key: equal to another TKey with the same id; `str` marks an exact str. */
export class TKey {
  id: number;
  str: boolean;
  rc: number;
  constructor(id: number, str: boolean) {
    this.id = id;
    this.str = str;
    this.rc = 0;
  }
}

/** One allocator event: a malloc (size > 0) or a free (size = -(freed block's size)). */
export interface MemEvent {
  addr: number;
  size: number;
}

/** A bump allocator that keeps a log and the live blocks (addresses are never reused). */
export class LoggingMemory implements TableMemory {
  next = 0x10000;
  readonly live = new Map<number, number>();
  readonly log: MemEvent[] = [];
  logging = true;

  malloc(nbytes: number): number {
    if (!(nbytes > 0) || !Number.isInteger(nbytes)) throw new Error(`bad malloc size ${nbytes}`);
    const addr = this.next;
    this.next += (nbytes + 15) & ~15;
    this.live.set(addr, nbytes);
    if (this.logging) this.log.push({ addr, size: nbytes });
    return addr;
  }

  free(addr: number): void {
    const size = this.live.get(addr);
    if (size === undefined) throw new Error(`free of a block that is not live: ${addr}`);
    this.live.delete(addr);
    if (this.logging) this.log.push({ addr, size: -size });
  }

  /** Bytes in live blocks. */
  liveBytes(): number {
    let n = 0;
    for (const s of this.live.values()) n += s;
    return n;
  }
}

/** What a test runtime's eq does besides comparing ids (e.g. mutate a table, throw). */
export type EqSpy = (stored: TKey, probe: TKey) => void;

/**
 * A runtime whose hooks work on TKey keys (values may be any non-null JS value). A value that is
 * a JS object other than a TKey stands for a container the cyclic collector may track; `tracked`
 * lists the owners rt.track was called with.
 */
export function testRuntime(spy?: EqSpy): { rt: TableRuntime; mem: LoggingMemory; tracked: unknown[] } {
  const mem = new LoggingMemory();
  const tracked: unknown[] = [];
  const rt = new TableRuntime({
    eq(a: unknown, b: unknown): boolean {
      if (a instanceof TKey && b instanceof TKey) {
        if (spy) spy(a, b);
        return a.id === b.id;
      }
      return a === b;
    },
    isStr: (k: unknown) => k instanceof TKey && k.str,
    incref(o: unknown): void {
      if (o instanceof TKey) o.rc++;
    },
    decref(o: unknown): void {
      if (o instanceof TKey) {
        if (o.rc <= 0) throw new Error(`refcount of key ${o.id} would go below zero`);
        o.rc--;
      }
    },
    mayBeTracked: (o: unknown) => typeof o === 'object' && o !== null && !(o instanceof TKey),
    track: (owner: unknown) => {
      tracked.push(owner);
    },
  }, mem);
  return { rt, mem, tracked };
}
