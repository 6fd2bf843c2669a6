// From the command line to a run configuration, in CPython 3.12's order: the silent
// pre-scan for -X/-E/-I (and the -X utf8 check), the real option scan with its usage
// errors, -V, then the -X values checked while the configuration is read.
// CPython: Python/preconfig.c precmdline_parse_cmdline, Python/initconfig.c config_parse_cmdline,
// config_read and friends.
import { GetOpt } from './getopt.ts';
import { completeUsage, usage, xoptionsUsage, USAGE_ENVVARS } from './usage.ts';
import { GLASSPY_VERSION, PROGRAM_NAME, PYTHON_VERSION } from './version.ts';
import { DEFAULT_MAX_STR_DIGITS, MAX_STR_DIGITS_THRESHOLD } from '../objects/numeric/int_str.ts';

export interface RunConfig {
  /** -c: the command with the newline CPython appends. */
  readonly runCommand: string | null;
  readonly runModule: string | null;
  readonly runFilename: string | null;
  /** sys.argv as CPython builds it (argv[0] is '-c', '-m', the script, '-' or ''). */
  readonly argv: readonly string[];
  readonly xoptions: readonly string[];
  /** sys.warnoptions: -X dev's "default", then -W options, then -b's filter, deduplicated. */
  readonly warnoptions: readonly string[];
  readonly bytesWarning: number;
  readonly parserDebug: number;
  readonly inspect: number;
  readonly optimizationLevel: number;
  readonly verbose: number;
  readonly quiet: number;
  readonly safePath: boolean;
  readonly writeBytecode: boolean;
  readonly userSiteDirectory: boolean;
  readonly siteImport: boolean;
  readonly bufferedStdio: boolean;
  readonly skipSourceFirstLine: boolean;
  readonly isolated: boolean;
  readonly useEnvironment: boolean;
  readonly checkHashPycsMode: string;
  /** sys.flags.int_max_str_digits: the limit on decimal int<->str conversions (0: none). */
  readonly intMaxStrDigits: number;
  /** -X tracemalloc / PYTHONTRACEMALLOC: trace from start-up with this many frames (0: no). */
  readonly tracemalloc: number;
}

/** The command line either ends here (help, version, errors) or says what to run. */
export type CommandLine =
  | { kind: 'run'; config: RunConfig; /** Scanner notices to print first ("expected long option"). */ stderr: (string | Uint8Array)[] }
  | { kind: 'exit'; code: number; stdout: string; stderr: (string | Uint8Array)[] };

/** The Glasspy line that -V prints; -VV adds the host. CPython: "Python %s" of PY_VERSION / Py_GetVersion() */
export function versionLine(verbose: boolean): string {
  const base = `Glasspy ${GLASSPY_VERSION} (Python ${PYTHON_VERSION})`;
  return verbose ? `${base} [Node.js ${process.version}]\n` : `${base}\n`;
}

// CPython: Py_FatalError's output for a PyStatus error during startup (exit status 1)
/** tracemalloc's largest traceback limit (src/memory/tracemalloc.ts). */
const MAX_NFRAME = 65535;

function fatal(func: string | null, msg: string, state: string): CommandLine {
  const where = func === null ? '' : `${func}: `;
  return {
    kind: 'exit',
    code: 1,
    stdout: '',
    stderr: [`Fatal Python error: ${where}${msg}\nPython runtime state: ${state}\n\n`],
  };
}

// CPython: _Py_GetXOption (the first -X with that name wins)
function getXOption(xoptions: readonly string[], name: string): string | null {
  for (const x of xoptions) {
    const eq = x.indexOf('=');
    if ((eq < 0 ? x : x.slice(0, eq)) === name) return x;
  }
  return null;
}

/** CPython: config_wstr_to_int (wcstol over the whole string; "" reads as 0). */
function wstrToInt(s: string): number | null {
  if (s === '') return 0;
  if (!/^[ \t\n\v\f\r]*[+-]?\d+$/.test(s)) return null;
  const n = Number(s.trim());
  return n >= -2147483648 && n <= 2147483647 ? n : null;
}

/** Parses the arguments after the program name. */
export function parseCommandLine(args: readonly string[]): CommandLine {
  const argv = [PROGRAM_NAME, ...args];

  // Pre-scan: -X options (up to -c/-m) are needed before anything else is configured.
  const pre = new GetOpt(argv, null);
  const xoptions: string[] = [];
  let isolated = false;
  let useEnvironment = true;
  for (;;) {
    const c = pre.next();
    if (c === null || c === 'c' || c === 'm') break;
    if (c === 'E') useEnvironment = false;
    else if (c === 'I') isolated = true;
    else if (c === 'X') xoptions.push(pre.optarg!);
  }
  // CPython: preconfig_init_utf8_mode
  const utf8 = getXOption(xoptions, 'utf8');
  if (utf8 !== null && utf8.includes('=')) {
    const v = utf8.slice(utf8.indexOf('=') + 1);
    if (v !== '0' && v !== '1') return fatal('preconfig_init_utf8_mode', 'invalid -X utf8 option value', 'preinitializing');
  }

  // CPython: config_parse_cmdline
  const stderr: (string | Uint8Array)[] = [];
  const opt = new GetOpt(argv, (msg) => stderr.push(msg));
  const usageError = (): CommandLine => {
    stderr.push(usage(true, PROGRAM_NAME));
    return { kind: 'exit', code: 2, stdout: '', stderr };
  };
  let runCommand: string | null = null;
  let runModule: string | null = null;
  const cmdlineWarnoptions: string[] = [];
  let printVersion = 0;
  let bytesWarning = 0;
  let parserDebug = 0;
  let inspect = 0;
  let optimizationLevel = 0;
  let verbose = 0;
  let quiet = 0;
  let safePath = false;
  let writeBytecode = true;
  let userSiteDirectory = true;
  let siteImport = true;
  let bufferedStdio = true;
  let skipSourceFirstLine = false;
  let checkHashPycsMode = 'default';

  for (;;) {
    const c = opt.next();
    if (c === null) break;
    if (c === 'c') {
      // -c ends the options; what follows belongs to the command.
      runCommand = opt.optarg! + '\n';
      break;
    }
    if (c === 'm') {
      runModule = opt.optarg!;
      break;
    }
    switch (c) {
      case 0: {
        const v = opt.optarg!;
        if (v !== 'always' && v !== 'never' && v !== 'default') {
          stderr.push("--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n");
          return usageError();
        }
        checkHashPycsMode = v;
        break;
      }
      case 1:
        return { kind: 'exit', code: 0, stdout: completeUsage(PROGRAM_NAME), stderr };
      case 2:
        return { kind: 'exit', code: 0, stdout: USAGE_ENVVARS, stderr };
      case 3:
        return { kind: 'exit', code: 0, stdout: xoptionsUsage(), stderr };
      case 'b':
        bytesWarning++;
        break;
      case 'd':
        parserDebug++;
        break;
      case 'i':
        inspect++;
        break;
      case 'E':
      case 'I':
      case 'X':
        // Taken by the pre-scan.
        break;
      case 'O':
        optimizationLevel++;
        break;
      case 'P':
        safePath = true;
        break;
      case 'B':
        writeBytecode = false;
        break;
      case 's':
        userSiteDirectory = false;
        break;
      case 'S':
        siteImport = false;
        break;
      case 't':
        // Accepted and ignored, for backwards compatibility.
        break;
      case 'u':
        bufferedStdio = false;
        break;
      case 'v':
        verbose++;
        break;
      case 'x':
        skipSourceFirstLine = true;
        break;
      case 'h':
      case '?':
        return { kind: 'exit', code: 0, stdout: usage(false, PROGRAM_NAME), stderr };
      case 'V':
        printVersion++;
        break;
      case 'W':
        cmdlineWarnoptions.push(opt.optarg!);
        break;
      case 'q':
        quiet++;
        break;
      case 'R':
        break;
      default:
        // BAD_OPTION (already reported) and ':' (reported by the usage alone).
        return usageError();
    }
  }

  if (printVersion > 0) return { kind: 'exit', code: 0, stdout: versionLine(printVersion >= 2), stderr };

  let optind = opt.optind;
  let runFilename: string | null = null;
  if (runCommand === null && runModule === null && optind < argv.length && argv[optind] !== '-') {
    runFilename = argv[optind]!;
  }
  // -c and -m keep their own slot as sys.argv[0].
  if (runCommand !== null || runModule !== null) optind--;

  // CPython: config_read, in its order of checks
  // CPython: config_init_tracemalloc (PYTHONTRACEMALLOC, then -X tracemalloc[=NFRAME], which wins)
  let tracemalloc = 0;
  const envTracemalloc = useEnvironment && !isolated ? process.env.PYTHONTRACEMALLOC ?? '' : '';
  if (envTracemalloc !== '') {
    const n = wstrToInt(envTracemalloc);
    if (n === null || n < 0) return fatal('config_init_tracemalloc', 'PYTHONTRACEMALLOC: invalid number of frames', 'preinitialized');
    tracemalloc = n;
  }
  const xTracemalloc = getXOption(xoptions, 'tracemalloc');
  if (xTracemalloc !== null) {
    const n = xTracemalloc.includes('=') ? wstrToInt(xTracemalloc.slice(xTracemalloc.indexOf('=') + 1)) : 1;
    if (n === null || n < 0) {
      return fatal('config_init_tracemalloc', '-X tracemalloc=NFRAME: invalid number of frames', 'preinitialized');
    }
    tracemalloc = n;
  }
  if (tracemalloc > MAX_NFRAME) {
    // CPython: init_interp_main, when _PyTraceMalloc_Start refuses the limit
    return {
      kind: 'exit',
      code: 1,
      stdout: '',
      stderr: ["Fatal Python error: init_interp_main: can't start tracemalloc\nPython runtime state: core initialized\n"
        + `ValueError: the number of frames must be in range [1; ${MAX_NFRAME}]\n\n`
        + 'Current thread 0x00007f5c2b5e1740 (most recent call first):\n  <no Python frame>\n'],
    };
  }
  // CPython: config_init_int_max_str_digits (-X int_max_str_digits, else PYTHONINTMAXSTRDIGITS)
  const maxDigits = getXOption(xoptions, 'int_max_str_digits');
  const envDigits = useEnvironment && !isolated ? process.env.PYTHONINTMAXSTRDIGITS ?? '' : '';
  let intMaxStrDigits = DEFAULT_MAX_STR_DIGITS;
  if (maxDigits !== null || envDigits !== '') {
    const eq = maxDigits?.indexOf('=') ?? -1;
    const n = maxDigits === null ? wstrToInt(envDigits) : eq < 0 ? null : wstrToInt(maxDigits.slice(eq + 1));
    if (n === null || !(n === 0 || n >= MAX_STR_DIGITS_THRESHOLD)) {
      return fatal(
        'config_init_int_max_str_digits',
        `${maxDigits === null ? 'PYTHONINTMAXSTRDIGITS' : '-X int_max_str_digits'}: invalid limit; must be >= 640 or 0 for unlimited.`,
        'preinitialized',
      );
    }
    intMaxStrDigits = n;
  }
  const frozen = getXOption(xoptions, 'frozen_modules');
  if (frozen !== null && frozen.includes('=')) {
    const v = frozen.slice(frozen.indexOf('=') + 1);
    if (v !== 'on' && v !== 'off' && v !== '') {
      return fatal(null, 'bad value for option -X frozen_modules (expected "on" or "off")', 'preinitialized');
    }
  }

  // CPython: config_init_warnoptions (duplicates are dropped, first occurrence kept)
  const warnoptions: string[] = [];
  const addWarn = (w: string): void => {
    if (!warnoptions.includes(w)) warnoptions.push(w);
  };
  if (getXOption(xoptions, 'dev') !== null) addWarn('default');
  for (const w of cmdlineWarnoptions) addWarn(w);
  if (bytesWarning > 0) addWarn(bytesWarning > 1 ? 'error::BytesWarning' : 'default::BytesWarning');

  // CPython: config_update_argv
  const rest = argv.slice(optind);
  const sysArgv = rest.length === 0 ? [''] : rest;
  if (runCommand !== null) sysArgv[0] = '-c';
  else if (runModule !== null) sysArgv[0] = '-m';

  return {
    kind: 'run',
    stderr,
    config: {
      runCommand,
      runModule,
      runFilename,
      argv: sysArgv,
      xoptions,
      warnoptions,
      bytesWarning,
      parserDebug,
      inspect,
      optimizationLevel,
      verbose,
      quiet,
      safePath: safePath || isolated,
      writeBytecode,
      userSiteDirectory: userSiteDirectory && !isolated,
      siteImport,
      bufferedStdio,
      skipSourceFirstLine,
      isolated,
      useEnvironment: useEnvironment && !isolated,
      checkHashPycsMode,
      intMaxStrDigits,
      tracemalloc,
    },
  };
}
