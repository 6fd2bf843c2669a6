// `glasspy -m ast`, served natively until Glasspy can run Lib/ast.py itself: the same
// arguments, output bytes, errors and exit statuses as CPython 3.12.1's `python -m ast`.
// CPython: Lib/ast.py main()
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Mode } from '../parser/index.ts';
import { formatSyntaxWarnings, sourceLines } from './compile_warnings.ts';
import { parseJob } from './deepstack.ts';
import { ArgparseExit, ArgumentParser, ArgumentTypeError, parsePyInt } from './argparse.ts';
import { readStdinBytes, terminalColumns, writeErr, writeOut } from './io.ts';
import { errnoError, errnoOf } from './oserror.ts';
import { pyStrRepr } from './pyrepr.ts';
import { stdlibModulePath } from './stdlib.ts';

/** An input opened by argparse.FileType('rb'): opened at parse time, read afterwards. */
interface InputFile {
  readonly name: string;
  read(): Uint8Array;
}

// CPython: argparse.FileType.__call__ for mode 'rb'
function openInput(name: string): InputFile {
  if (name === '-') return { name: '<stdin>', read: readStdinBytes };
  let fd: number;
  try {
    fd = openSync(name, 'r');
  } catch (e) {
    const err = errnoOf(e);
    if (err === null) throw e;
    throw new ArgumentTypeError(`can't open '${name}': [Errno ${err.errno}] ${err.strerror}: ${pyStrRepr(name)}`);
  }
  // open() in Python refuses directories even though the OS lets them be opened.
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd);
    const err = errnoError('EISDIR');
    throw new ArgumentTypeError(`can't open '${name}': [Errno ${err.errno}] ${err.strerror}: ${pyStrRepr(name)}`);
  }
  return {
    name,
    read: () => {
      try {
        return readFileSync(fd);
      } finally {
        closeSync(fd);
      }
    },
  };
}

/**
 * The frames CPython 3.12.1 prints above an exception raised by ast.parse under
 * `python -m ast` (runpy, then Lib/ast.py lines 1834, 1830 and 52 of that release).
 */
function astTraceback(): string {
  const ast = stdlibModulePath('ast.py');
  return (
    'Traceback (most recent call last):\n' +
    '  File "<frozen runpy>", line 198, in _run_module_as_main\n' +
    '  File "<frozen runpy>", line 88, in _run_code\n' +
    `  File "${ast}", line 1834, in <module>\n` +
    '    main()\n' +
    `  File "${ast}", line 1830, in main\n` +
    '    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)\n' +
    '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n' +
    `  File "${ast}", line 52, in parse\n` +
    '    return compile(source, filename, mode, flags,\n' +
    '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n'
  );
}

const MODES = ['exec', 'single', 'eval', 'func_type'] as const;

/** ast.main's argument parser, for a terminal `columns` wide. */
export function astArgumentParser(columns: number): ArgumentParser {
  const parser = new ArgumentParser('python -m ast', pyStrRepr, columns);
  parser.addArgument({
    names: ['infile'],
    type: openInput,
    typeName: 'FileType',
    nargs: '?',
    default: '-',
    help: 'the file to parse; defaults to stdin',
  });
  parser.addArgument({
    names: ['-m', '--mode'],
    default: 'exec',
    choices: MODES,
    help: 'specify what kind of code must be parsed',
  });
  parser.addArgument({
    names: ['--no-type-comments'],
    default: true,
    action: 'store_false',
    help: "don't add information about type comments",
  });
  parser.addArgument({
    names: ['-a', '--include-attributes'],
    action: 'store_true',
    help: 'include attributes such as line numbers and column offsets',
  });
  parser.addArgument({
    names: ['-i', '--indent'],
    type: parsePyInt,
    typeName: 'int',
    default: 3,
    help: 'indentation of nodes (number of spaces)',
  });
  return parser;
}

/** Runs `-m ast` with sys.argv[1:] and the interpreter's -W options; returns the exit status. */
export async function astMain(args: readonly string[], warnoptions: readonly string[]): Promise<number> {
  const parser = astArgumentParser(terminalColumns());
  let ns: Record<string, unknown>;
  try {
    ns = parser.parseArgs(args);
  } catch (e) {
    if (!(e instanceof ArgparseExit)) throw e;
    writeOut(e.stdout);
    writeErr(e.stderr);
    return e.status;
  }

  const infile = ns.infile as InputFile;
  const source = infile.read();
  const filename = infile.name;
  const indent = ns.indent as number;
  const result = await parseJob({
    source,
    filename,
    mode: ns.mode as Mode,
    typeComments: ns.no_type_comments as boolean,
    fromFile: false,
    // ast.dump turns an int indent into that many spaces (none when it is not positive).
    dump: { includeAttributes: ns.include_attributes as boolean, indent: ' '.repeat(Math.max(0, indent)) },
    warnoptions,
  });
  // linecache reads the named file again for the line under a warning; never for <stdin>.
  const lines = filename === '<stdin>' ? [] : sourceLines(source);
  writeErr(formatSyntaxWarnings(result.warnings, warnoptions, filename, lines));
  if (result.error !== null) {
    writeErr(astTraceback() + result.error.display);
    return 1;
  }
  writeOut(result.dump + '\n');
  return 0;
}
