// Build: regenerate generated sources, then bundle the CLI for fast startup.
//   dist/glasspy.cjs   the entry: option parsing and the runners loader only. CommonJS, like
//                      bin/glasspy.js (bin/package.json), so that a run never starts Node's
//                      ESM loader, which costs several milliseconds of startup
//   dist/parse_worker.cjs   the entry of the deep-stack parse worker (src/cli/deepstack.ts)
//   dist/runners.js    the runners, tokenizer and parser: a CommonJS bundle wrapped in a
//                      function expression, loaded with vm.Script (src/cli/runners_loader_node.ts)
//   dist/runners.js.cache   V8 code cache for it, made by running the warm-up below
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Generated sources: AST node types from src/ast/asdl.ts, the parser from the grammar, then the
// frozen modules' code (compiled with that parser).
for (const gen of [path.join(root, 'tools', 'gen-ast.ts'), path.join(root, 'tools', 'pegen', 'main.ts'), path.join(root, 'tools', 'gen-frozen.ts')]) {
  if (existsSync(gen)) execFileSync(process.execPath, ['--import', 'tsx', gen], { cwd: root, stdio: 'inherit' });
}
const dist = path.join(root, 'dist');
const cli = path.join(root, 'src', 'cli');
// Outputs of earlier build layouts.
for (const old of ['chunks', 'glasspy.mjs', 'glasspy.mjs.map']) rmSync(path.join(dist, old), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minify: false,
  // Front-end Python exceptions are recognised by class name (Py*Error): keep the names.
  keepNames: true,
  logLevel: 'warning',
};

// The entry loads the runners through the Node loader instead of a dynamic import.
const nodeRunnersLoader = {
  name: 'node-runners-loader',
  setup(b) {
    b.onResolve({ filter: /\/runners_loader\.ts$/ }, () => ({ path: path.join(cli, 'runners_loader_node.ts') }));
  },
};

// CommonJS has no import.meta: each bundle gets its own file's URL instead.
const importMetaUrl = { 'import.meta.url': '__glasspyImportMetaUrl' };
const importMetaUrlBanner = "const __glasspyImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";

for (const [entry, out] of [['main.ts', 'glasspy.cjs'], ['parse_worker.ts', 'parse_worker.cjs']]) {
  await build({
    ...common,
    entryPoints: [path.join(cli, entry)],
    outfile: path.join(dist, out),
    format: 'cjs',
    plugins: [nodeRunnersLoader],
    define: importMetaUrl,
    banner: { js: importMetaUrlBanner },
  });
}

// The rendering process (src/render/child.ts), run by the interpreter for each picture: an ES
// module next to the bundle that imports the WebAssembly Graphviz and resvg from node_modules.
await build({
  ...common,
  entryPoints: [path.join(root, 'src', 'render', 'child.ts')],
  outfile: path.join(dist, 'render_child.mjs'),
  format: 'esm',
  packages: 'external',
});

const runners = path.join(dist, 'runners.js');
await build({
  ...common,
  entryPoints: [path.join(cli, 'runners.ts')],
  outfile: runners,
  format: 'cjs',
  define: importMetaUrl,
  banner: { js: `(function (exports, require, module, __filename, __dirname) {\n${importMetaUrlBanner}` },
  footer: { js: '})' },
  // keepNames would name every closure the interpreter creates at run time (a defineProperty
  // per closure, in the hottest paths); src/cli/pyerrors.ts copes with renamed classes instead.
  keepNames: false,
  minifyWhitespace: true,
  minifySyntax: true,
});

// The loader reads the bundle as latin1, which is UTF-8 only for ASCII (esbuild escapes
// non-ASCII characters in strings, but not in regular expression literals).
const nonAscii = /[^\x00-\x7f]/.exec(readFileSync(runners, 'latin1'));
if (nonAscii !== null) throw new Error(`dist/runners.js is not ASCII: ${JSON.stringify(nonAscii.input.slice(nonAscii.index - 60, nonAscii.index + 20))}`);

// The bundle's identity, which names its store of compiled standard-library modules
// (src/cli/stdlib.ts codeCacheFor): equal builds share it.
writeFileSync(runners + '.id', createHash('sha256').update(readFileSync(runners)).digest('hex').slice(0, 16) + '\n');

// Code cache: compile and run the bundle exactly as the loader does, warm the parser and the
// interpreter's start up, and save what V8 compiled. Done in a child so that this process's
// flags do not matter.
const warm = `
const fs = require('node:fs'), vm = require('node:vm'), path = require('node:path');
const { createRequire } = require('node:module');
const file = ${JSON.stringify(runners)};
const script = new vm.Script(fs.readFileSync(file, 'latin1'), { filename: file });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
module.exports.warmUp().then(() => fs.writeFileSync(file + '.cache', script.createCachedData()));
`;
execFileSync(process.execPath, ['-e', warm], { stdio: 'inherit' });
