// The core must run unchanged in a browser (docs/architecture.md): the browser bundle of the
// library entry may not pull in any Node built-in module. Host-independent modules that the
// entry does not reach yet (the in-memory host, the runtime pieces) are bundled as well, so a
// stray `node:` import in them fails here before the VM wires them in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

// Records every import of a Node built-in (bare 'fs', 'node:fs', 'fs/promises', ...) and keeps
// it out of the bundle, so all offenders are listed at once with the file importing them.
function builtinGuard(found: string[]): Plugin {
  return {
    name: 'node-builtin-guard',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const base = args.path.startsWith('node:') ? args.path : args.path.split('/')[0]!;
        if (args.path.startsWith('node:') || BUILTINS.has(args.path) || BUILTINS.has(base)) {
          found.push(`${args.path} (imported by ${args.importer.replace(ROOT, '')})`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
}

async function browserBundle(entryPoints: string[]): Promise<{ found: string[]; bytes: number }> {
  const found: string[] = [];
  const res = await build({
    entryPoints: entryPoints.map((e) => ROOT + e),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/tmp/glasspy-browser-bundle',
    logLevel: 'silent',
    plugins: [builtinGuard(found)],
  });
  return { found, bytes: res.outputFiles.reduce((n, f) => n + f.contents.length, 0) };
}

test('the browser bundle of src/index.ts has no Node built-in module', async () => {
  const { found, bytes } = await browserBundle(['src/index.ts']);
  assert.deepEqual(found, [], `Node built-ins in the browser bundle:\n${found.join('\n')}`);
  assert.ok(bytes > 100_000, 'the bundle holds the front end');
});

test('host-independent runtime pieces and the memory host bundle for the browser too', async () => {
  const { found } = await browserBundle(['src/host/host.ts', 'src/host/memory.ts', 'src/runtime/traceback_format.ts', 'src/runtime/traceback_source.ts', 'src/runtime/suggestions.ts', 'src/runtime/syntaxerror_display.ts']);
  assert.deepEqual(found, [], `Node built-ins in the browser bundle:\n${found.join('\n')}`);
});

test('the guard notices a Node built-in', async () => {
  const { found } = await browserBundle(['src/host/node.ts']);
  assert.ok(found.some((f) => f.startsWith('node:fs')), found.join('\n'));
});
