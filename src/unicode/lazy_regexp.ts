// Regular expressions made on first use. V8 parses a pattern when its literal is evaluated, and
// a Unicode property class (\p{XID_Continue}...) is expanded then from ICU's tables: at module
// level that would cost every start, used or not.

export class LazyRegExp {
  private re: RegExp | null = null;
  constructor(private readonly make: () => RegExp) {}

  test(s: string): boolean {
    return (this.re ??= this.make()).test(s);
  }
}
