// sys.stdout / sys.stderr as print() writes to them until the io module exists: text encoded
// as UTF-8, block-buffered (8 KiB, io.DEFAULT_BUFFER_SIZE) unless the stream is a terminal,
// where it is line-buffered, as CPython's TextIOWrapper over a BufferedWriter behaves.
import type { HostOutput } from '../host/host.ts';

const BUFFER_SIZE = 8192;

export class TextStream {
  private pending: string[] = [];
  private size = 0;
  private readonly lineBuffered: boolean;
  private readonly encoder = new TextEncoder();

  constructor(private readonly out: HostOutput) {
    this.lineBuffered = out.isatty();
  }

  write(s: string): void {
    this.pending.push(s);
    this.size += s.length;
    if (this.size >= BUFFER_SIZE || (this.lineBuffered && s.includes('\n'))) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    this.out.write(this.encoder.encode(text));
  }
}
