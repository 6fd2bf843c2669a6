// The rendering process: one job read from standard input as JSON, its output's bytes written to
// standard output, exit status 0; a failure's message on standard error, exit status 1 (what
// Graphviz's `dot` does). The interpreter is synchronous and the WebAssembly libraries load
// asynchronously, so the interpreter runs this file as a child process and waits for it
// (src/render/node.ts), as objgraph runs `dot`. Kept free of the interpreter's code: its start
// costs only the two libraries it loads.
//
// Jobs: {op: 'dot', dot, format} renders Graphviz DOT text with @viz-js/viz (Graphviz compiled
// to WebAssembly), a PNG through SVG; {op: 'png', svg, scale} rasterises an SVG document with
// @resvg/resvg-wasm. resvg-wasm sees no system fonts: the fonts it draws with are the Tinos and
// Arimo TrueType files from npm, metric-compatible with Times and Arial, so the text fits the
// boxes Graphviz measured for its default Times-Roman.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RenderJob } from './render.ts';

const require = createRequire(import.meta.url);

const FONTS = [
  '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
  '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
];

/** Graphviz's output for `format`; errors (and warnings of a failed run) as dot prints them. */
async function renderDot(dot: string, format: string): Promise<string> {
  const viz = await import('@viz-js/viz');
  if (!viz.formats.includes(format)) {
    throw new Error(`Format: "${format}" not recognized. Use one of: ${[...viz.formats, 'png'].sort().join(' ')}`);
  }
  const result = (await viz.instance()).render(dot, { format });
  if (result.status !== 'success') {
    throw new Error(result.errors.map((e) => `${e.level === 'warning' ? 'Warning' : 'Error'}: ${e.message}`).join('\n') || 'Error: rendering failed');
  }
  return result.output;
}

async function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  const resvg = await import('@resvg/resvg-wasm');
  await resvg.initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  const fontBuffers = FONTS.map((f) => new Uint8Array(readFileSync(require.resolve(f))));
  const image = new resvg.Resvg(svg, {
    font: { fontBuffers, defaultFontFamily: 'Tinos', serifFamily: 'Tinos', sansSerifFamily: 'Arimo', monospaceFamily: 'Arimo' },
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    background: 'white',
  });
  return image.render().asPng();
}

async function run(job: RenderJob): Promise<Uint8Array> {
  if (job.op === 'png') return svgToPng(job.svg, job.scale);
  if (job.format === 'png') return svgToPng(await renderDot(job.dot, 'svg'), 1);
  return new TextEncoder().encode(await renderDot(job.dot, job.format));
}

try {
  const out = await run(JSON.parse(readFileSync(0, 'utf8')) as RenderJob);
  process.stdout.write(out);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
