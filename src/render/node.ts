// The Renderer on Node: each job runs in a child process (src/render/child.ts) that the
// interpreter waits for with spawnSync. The WebAssembly Graphviz and resvg load asynchronously and
// the interpreter cannot wait for a promise in the middle of a Python call; a synchronous child is
// the analogue of objgraph running `dot`, and costs the child's start (a few hundred ms) per picture.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { RenderError, type RenderJob, type Renderer } from './render.ts';

/**
 * The command that runs the child: dist/render_child.mjs next to the bundle (tools/build.mjs), or
 * the TypeScript source through tsx when the sources run directly.
 */
function childCommand(): string[] {
  const here = fileURLToPath(import.meta.url);
  const bundled = new URL('render_child.mjs', import.meta.url);
  if (here.endsWith('.js') && existsSync(bundled)) return [fileURLToPath(bundled)];
  return ['--import', 'tsx', fileURLToPath(new URL('child.ts', import.meta.url))];
}

// node:child_process is loaded at the first picture, not at every start.
const nodeRequire = createRequire(import.meta.url);

function runJob(job: RenderJob): Uint8Array {
  const { spawnSync } = nodeRequire('node:child_process') as typeof import('node:child_process');
  const r = spawnSync(process.execPath, childCommand(), { input: JSON.stringify(job), maxBuffer: 1 << 30 });
  if (r.error !== undefined) throw new RenderError(127, r.error.message);
  if (r.status !== 0) throw new RenderError(r.status ?? 1, r.stderr.toString('utf8').trimEnd());
  return new Uint8Array(r.stdout.buffer, r.stdout.byteOffset, r.stdout.byteLength);
}

export const nodeRenderer: Renderer = {
  renderDot: (dot, format) => runJob({ op: 'dot', dot, format }),
  svgToPng: (svg, scale = 1) => runJob({ op: 'png', svg, scale }),
};
