// CPython's own option scanner (Python/getopt.c, 3.12): short options may be bundled
// (-uq), an option's argument may be glued on (-Xdev, -cpass) or follow as the next word,
// a lone "-" or any non-option word ends the scan, "--" is swallowed and ends it, and
// --help/--version are exact-match aliases of -h/-V. Long options match exactly (no
// abbreviations, no "=value").

/** Short options; ':' after a letter means it takes an argument. CPython: SHORT_OPTS */
const SHORT_OPTS = 'bBc:dEhiIJm:OPqRsStuvVW:xX:?';

export interface LongOption {
  readonly name: string;
  readonly hasArg: boolean;
  /** What the scanner returns for it (CPython uses small integers). */
  readonly val: number;
}

// CPython: longopts
export const LONG_OPTIONS: readonly LongOption[] = [
  { name: 'check-hash-based-pycs', hasArg: true, val: 0 },
  { name: 'help-all', hasArg: false, val: 1 },
  { name: 'help-env', hasArg: false, val: 2 },
  { name: 'help-xoptions', hasArg: false, val: 3 },
];

/** Returned for a bad option after its message went to the error sink. */
export const BAD_OPTION = '_';

/**
 * One pass over argv (argv[0] is the program and is skipped), like CPython's
 * _PyOS_GetOpt with its static state turned into fields.
 */
export class GetOpt {
  optind = 1;
  optarg: string | null = null;
  /** Messages are reported only when true (the pre-scan for -X/-E/-I runs silently). */
  constructor(
    private readonly argv: readonly string[],
    private readonly report: ((msg: string | Uint8Array) => void) | null,
  ) {}

  /** Rest of the current bundle of short options, '' when a new word must be read. */
  private rest = '';

  /** Next option: a one-char string, a long option's number, BAD_OPTION, or null at the end. */
  next(): string | number | null {
    const argv = this.argv;
    if (this.rest === '') {
      if (this.optind >= argv.length) return null;
      const word = argv[this.optind]!;
      if (word[0] !== '-' || word.length === 1) return null;
      if (word === '--') {
        this.optind++;
        return null;
      }
      if (word === '--help') {
        this.optind++;
        return 'h';
      }
      if (word === '--version') {
        this.optind++;
        return 'V';
      }
      this.rest = word.slice(1);
      this.optind++;
    }
    // One option is one code point (CPython scans wchar_t, 32 bits on Linux).
    const option = String.fromCodePoint(this.rest.codePointAt(0)!);
    this.rest = this.rest.slice(option.length);

    if (option === '-') {
      if (this.rest === '') {
        this.report?.('expected long option\n');
        return null;
      }
      const name = this.rest;
      this.rest = '';
      const opt = LONG_OPTIONS.find((o) => o.name === name);
      if (opt === undefined) {
        this.report?.(`unknown option ${argv[this.optind - 1]}\n`);
        return BAD_OPTION;
      }
      if (!opt.hasArg) return opt.val;
      if (this.optind >= argv.length) {
        this.report?.(`Argument expected for the ${argv[this.optind - 1]} options\n`);
        return BAD_OPTION;
      }
      this.optarg = argv[this.optind++]!;
      return opt.val;
    }

    if (option === 'J') {
      this.report?.('-J is reserved for Jython\n');
      return BAD_OPTION;
    }

    // As in CPython, ':' itself is "found" in the option string: it is returned without a
    // message and rejected later with just the usage text.
    const at = SHORT_OPTS.indexOf(option);
    if (at < 0) {
      this.report?.(unknownOptionMessage(option));
      return BAD_OPTION;
    }
    if (SHORT_OPTS[at + 1] === ':') {
      if (this.rest !== '') {
        this.optarg = this.rest;
        this.rest = '';
      } else {
        if (this.optind >= argv.length) {
          this.report?.(`Argument expected for the -${option} option\n`);
          return BAD_OPTION;
        }
        this.optarg = argv[this.optind++]!;
      }
    }
    return option;
  }
}

/**
 * "Unknown option: -%c" where CPython casts the wide character to char: a non-ASCII
 * option letter comes out as the low byte of its code point, so the message is bytes.
 */
function unknownOptionMessage(option: string): Uint8Array {
  const head = Buffer.from('Unknown option: -', 'latin1');
  const code = option.codePointAt(0)! & 0xff;
  return Buffer.concat([head, Buffer.from([code]), Buffer.from('\n', 'latin1')]);
}
