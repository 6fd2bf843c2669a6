// Build: regenerate generated sources, then bundle the CLI into one ESM file (fast startup).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pegen = path.join(root, 'tools', 'pegen', 'main.ts');
if (existsSync(pegen)) {
  execFileSync(process.execPath, ['--import', 'tsx', pegen], { cwd: root, stdio: 'inherit' });
}
await build({
  entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
  outfile: path.join(root, 'dist', 'glasspy.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  minify: false,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __glasspyCreateRequire } from 'node:module'; const require = __glasspyCreateRequire(import.meta.url);" },
});
