// Writes tests/golden/stdlib-ast.sha256: for every .py file in pyodide's python_stdlib.zip
// (CPython 3.12.1's own standard library), the sha256 of what the reference prints for
// `python -m ast -a FILE`, or, where that fails, its exit status and exception.
// tests/unit/stdlib-ast.test.ts compares Glasspy's parse + dump with it.
//
//   npm run regen:stdlib-ast                 regenerate the golden file
//   node tools/stdlib-ast-golden.mjs --dump DIR   also write each expected dump to DIR/<path>.ast
//
// All files go through one reference process running a replica of ast.main's printing
// (parse with type comments, dump(include_attributes=True, indent=3), print to UTF-8
// stdout). Before writing, the replica's bytes are checked against the real
// `python -m ast -a FILE` on a sample of files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runReference } from './lib/reference.mjs';
import { stdlibPySources } from './lib/stdlib.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const goldenFile = path.join(root, 'tests', 'golden', 'stdlib-ast.sha256');
const dumpAt = process.argv.indexOf('--dump');
const dumpDir = dumpAt >= 0 ? path.resolve(process.argv[dumpAt + 1] ?? 'stdlib-ast-dumps') : null;

// Reads NUL-separated relative paths on stdin; for each file writes one record:
// "<path>\0<exit status>\0<summary>\0<length>\0" + the stdout bytes -m ast would print.
const replica = String.raw`
import ast, sys, traceback
out = sys.stdout.buffer
for name in sys.stdin.read().split('\0'):
    if not name:
        continue
    try:
        with open(name, 'rb') as f:
            source = f.read()
        tree = ast.parse(source, name, 'exec', type_comments=True)
        data = (ast.dump(tree, include_attributes=True, indent=3) + '\n').encode('utf-8')
        status, summary = 0, ''
    except BaseException as e:
        data = b''
        status = 1
        summary = traceback.format_exception_only(e)[-1].rstrip('\n')
        if isinstance(e, SyntaxError):
            summary += ' (line %s, offset %s)' % (e.lineno, e.offset)
    out.write(name.encode() + b'\0' + str(status).encode() + b'\0' + summary.encode('utf-8', 'backslashreplace')
              + b'\0' + str(len(data)).encode() + b'\0' + data)
out.flush()
`;

const sources = stdlibPySources();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'glasspy-stdlib-'));
try {
  for (const [name, bytes] of sources) {
    mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
    writeFileSync(path.join(tmp, name), bytes);
  }
  const r = runReference(['-c', replica], { cwd: tmp, input: sources.map(([n]) => n).join('\0') });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`reference replica failed with status ${r.status}`);
  }
  const results = parseRecords(r.stdout);
  if (results.length !== sources.length) throw new Error(`expected ${sources.length} records, got ${results.length}`);

  verifyAgainstRealMain(tmp, results);

  const lines = [
    '# sha256 of the stdout of `python -m ast -a FILE` (CPython 3.12.1), for each .py of',
    "# pyodide's python_stdlib.zip. Made by tools/stdlib-ast-golden.mjs; do not edit.",
    '# "<sha256>  <path>" where the reference succeeds; "!<exit status>  <path>  <exception>" where it fails.',
  ];
  for (const res of results) {
    if (res.status === 0) lines.push(`${sha256(res.data)}  ${res.name}`);
    else lines.push(`!${res.status}  ${res.name}  ${res.summary}`);
    if (dumpDir !== null && res.status === 0) {
      const file = path.join(dumpDir, `${res.name}.ast`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, res.data);
    }
  }
  writeFileSync(goldenFile, lines.join('\n') + '\n');
  const failed = results.filter((x) => x.status !== 0).length;
  console.log(`${results.length} files: ${results.length - failed} dumps, ${failed} reference failures -> ${path.relative(root, goldenFile)}`);
  if (dumpDir !== null) console.log(`expected dumps in ${dumpDir}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

function parseRecords(buf) {
  const records = [];
  let at = 0;
  const field = () => {
    const end = buf.indexOf(0, at);
    const s = buf.subarray(at, end).toString('utf8');
    at = end + 1;
    return s;
  };
  while (at < buf.length) {
    const name = field();
    const status = Number(field());
    const summary = field();
    const length = Number(field());
    records.push({ name, status, summary, data: buf.subarray(at, at + length) });
    at += length;
  }
  return records;
}

// The replica must print exactly what the real -m ast prints: compare on a spread of files.
function verifyAgainstRealMain(cwd, results) {
  const ok = results.filter((x) => x.status === 0);
  const bySize = [...ok].sort((a, b) => b.data.length - a.data.length);
  const sample = [...new Set([...bySize.slice(0, 2), ...ok.filter((_, i) => i % Math.ceil(ok.length / 6) === 0)])];
  for (const res of sample) {
    const real = runReference(['-m', 'ast', '-a', res.name], { cwd });
    if (real.status !== 0 || !real.stdout.equals(res.data)) {
      throw new Error(`replica output differs from python -m ast -a ${res.name}`);
    }
  }
  const failures = results.filter((x) => x.status !== 0).slice(0, 3);
  for (const res of failures) {
    const real = runReference(['-m', 'ast', '-a', res.name], { cwd });
    if (real.status !== res.status) throw new Error(`python -m ast -a ${res.name} exited ${real.status}, replica said ${res.status}`);
  }
  console.log(`replica checked against python -m ast -a on ${sample.length + failures.length} files`);
}
