// Build: regenerate generated sources, then bundle the CLI for fast startup. The entry
// (dist/glasspy.mjs) holds only option parsing; code reached through dynamic import()
// (the parser, the runners) goes into dist/chunks/ and loads only when a command needs it.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pegen = path.join(root, 'tools', 'pegen', 'main.ts');
if (existsSync(pegen)) {
  execFileSync(process.execPath, ['--import', 'tsx', pegen], { cwd: root, stdio: 'inherit' });
}
const dist = path.join(root, 'dist');
// Chunk names carry content hashes; clear old ones so dist/ holds one consistent build.
rmSync(path.join(dist, 'chunks'), { recursive: true, force: true });
await build({
  entryPoints: { glasspy: path.join(root, 'src', 'cli', 'main.ts') },
  outdir: dist,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  minify: false,
  // Front-end Python exceptions are recognised by class name (Py*Error): keep the names.
  keepNames: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __glasspyCreateRequire } from 'node:module'; const require = __glasspyCreateRequire(import.meta.url);" },
});
