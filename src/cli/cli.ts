export function main(argv: string[]): number {
  if (argv[0] === '-V' || argv[0] === '--version') {
    process.stdout.write('Glasspy 0.1.0 (Python 3.12.1)\n');
    return 0;
  }
  process.stderr.write('glasspy: running code is not implemented yet\n');
  return 1;
}
