// Regenerates the reference outputs that CLI unit tests compare against:
//   tests/golden/syntaxerror-display.json  how the reference's sys.excepthook shows SyntaxError
//     instances with chosen attributes (text, offsets, spans, tabs, non-ASCII, None fields);
//     checked by tests/unit/cli-display.test.ts against src/runtime/syntaxerror_display.ts
//   tests/golden/ast-help.json  `python -m ast -h` and a usage error at several terminal
//     widths ($COLUMNS), for the argparse formatter; checked by tests/unit/cli.test.ts
// Usage: node tools/regen-cli-golden.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, runReference } from './lib/reference.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'tests', 'golden', 'syntaxerror-display.json');

// [kind, msg, filename, lineno, offset, text, end_lineno, end_offset]; null is None.
const S = 'SyntaxError';
const I = 'IndentationError';
const T = 'TabError';
const inputs = [
  [S, 'invalid syntax', 'x.py', 1, 5, 'x = $\n', 1, 6],
  [S, 'invalid syntax', 'x.py', 1, 5, 'x = $\n', 1, 5],
  [S, 'invalid syntax', 'x.py', 1, 5, 'x = $\n', 1, 0],
  [S, 'invalid syntax', 'x.py', 1, 5, 'x = $\n', 1, -1],
  [S, 'invalid syntax', 'x.py', 1, 5, 'x = $\n', null, null],
  [S, 'invalid syntax', 'x.py', 1, 5, 'x = $\n', 1, 3],
  [S, 'invalid syntax', 'x.py', 1, 1, 'print 1\n', 1, 8],
  [S, "'(' was never closed", '/abs/dir/a.py', 3, 9, '    y = (1 +\n', 3, 10],
  [S, 'span', 'a.py', 2, 5, '    abc def ghi\n', 2, 12],
  [S, 'multi-line span', 'a.py', 2, 5, '    foo(a,\n', 4, 3],
  [S, 'multi-line span, no newline', 'a.py', 2, 5, '    foo(a,', 4, 3],
  [S, 'end beyond line', 'a.py', 1, 3, 'abc\n', 1, 40],
  [S, 'offset beyond line', 'a.py', 1, 20, 'abc\n', 1, 25],
  [S, 'offset at end', 'a.py', 1, 4, 'abc\n', 1, 5],
  [S, 'offset at end, no newline', 'a.py', 1, 4, 'abc', 1, 5],
  [S, 'offset zero', 'a.py', 1, 0, 'abc\n', 1, 1],
  [S, 'offset negative', 'a.py', 1, -3, 'abc\n', 1, 1],
  [S, 'offset None', 'a.py', 1, null, 'abc\n', 1, 2],
  [S, 'in leading whitespace', 'a.py', 1, 2, '    abc\n', 1, 3],
  [S, 'tabs', 'a.py', 1, 3, '\t\tx = $\n', 1, 4],
  [S, 'tab inside', 'a.py', 1, 5, 'if\tx = $\n', 1, 8],
  [S, 'form feed', 'a.py', 1, 4, '\f  x\n', 1, 5],
  [S, 'non-ASCII before', 'a.py', 1, 7, 'é = 1 $\n', 1, 8],
  [S, 'non-ASCII wide', 'a.py', 1, 8, 's = "日本" $\n', 1, 9],
  [S, 'non-ASCII span', 'a.py', 1, 5, 'x = ééééé\n', 1, 10],
  [S, 'non-ASCII clip', 'a.py', 1, 2, '日本語\n', 1, 40],
  [S, 'astral', 'a.py', 1, 3, '😀 $\n', 1, 4],
  [S, 'empty text', 'a.py', 1, 1, '', 1, 2],
  [S, 'newline only', 'a.py', 1, 1, '\n', 1, 2],
  [S, 'text None', 'a.py', 5, 1, null, 5, 2],
  [S, 'embedded lines', 'a.py', 1, 9, 'abc\ndef\nghi\n', 1, 10],
  [S, 'embedded lines first', 'a.py', 1, 2, 'abc\ndef\nghi\n', 1, 3],
  [S, 'embedded NUL', 'a.py', 1, 3, 'ab\0cd\n', 1, 4],
  [S, 'spaces only', 'a.py', 1, 3, '    \n', 1, 4],
  [S, '', 'a.py', 1, 1, 'x\n', 1, 2],
  [S, null, 'a.py', 1, 1, 'x\n', 1, 2],
  [S, 'filename None', null, 1, 1, 'x\n', 1, 2],
  [S, 'lineno None', 'dir/a.py', null, 1, 'x\n', 1, 2],
  [S, 'lineno None, filename None', null, null, 1, 'x\n', 1, 2],
  [S, 'lineno only', null, 7, null, null, null, null],
  [S, 'lineno zero', '<stdin>', 0, 1, 'x\n', 0, 2],
  [S, 'end_lineno before lineno', 'a.py', 3, 2, 'abcdef\n', 2, 5],
  [I, 'unexpected indent', '/t/b.py', 2, 3, '  x=1\n', 2, 6],
  [I, 'expected an indented block after \'if\' statement on line 1', 'b.py', 2, 1, 'x\n', 2, 2],
  [I, 'unindent does not match any outer indentation level', 'b.py', 3, 3, '  x\n', 3, 10],
  [T, 'inconsistent use of tabs and spaces in indentation', 'c.py', 3, 9, '\t    x = 1\n', 3, 10],
  [T, 'no end', 'c.py', 3, 2, 'ab\n', null, null],
];

const script = String.raw`
import io, json, sys
inputs = json.loads(sys.stdin.read())
kinds = {'SyntaxError': SyntaxError, 'IndentationError': IndentationError, 'TabError': TabError}
results = []
for kind, msg, filename, lineno, offset, text, end_lineno, end_offset in inputs:
    exc = kinds[kind](msg, (filename, lineno, offset, text, end_lineno, end_offset))
    exc.msg = msg
    buf = io.StringIO()
    saved, sys.stderr = sys.stderr, buf
    try:
        sys.excepthook(type(exc), exc, None)
    finally:
        sys.stderr = saved
    results.append(buf.getvalue())
sys.stdout.write(json.dumps(results))
`;

const r = runReference(['-c', script], { input: JSON.stringify(inputs) });
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(1);
}
const outputs = JSON.parse(r.stdout.toString('utf8'));
const cases = inputs.map(([kind, msg, filename, lineno, offset, text, end_lineno, end_offset], i) => ({
  input: { kind, msg, filename, lineno, offset, text, end_lineno, end_offset },
  expected: outputs[i],
}));
writeFileSync(out, JSON.stringify(cases, null, 1) + '\n');
console.log(`wrote ${cases.length} displays to ${path.relative(root, out)}`);

const helpOut = path.join(root, 'tests', 'golden', 'ast-help.json');
const widths = [1, 12, 20, 30, 40, 50, 60, 70, 79, 80, 81, 100, 200];
const helps = widths.map((columns) => {
  const env = { ...cleanEnv(), COLUMNS: String(columns) };
  const help = runReference(['-m', 'ast', '-h'], { env });
  const error = runReference(['-m', 'ast', '--bogus'], { env });
  return { columns, help: help.stdout.toString('utf8'), usageError: error.stderr.toString('utf8') };
});
writeFileSync(helpOut, JSON.stringify(helps, null, 1) + '\n');
console.log(`wrote ${helps.length} help texts to ${path.relative(root, helpOut)}`);
