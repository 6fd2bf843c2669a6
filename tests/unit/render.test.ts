// _glasspy_render through the built CLI: DOT to SVG and PNG with the WebAssembly Graphviz, SVG
// to PNG with resvg, and failures reported as dot reports them. The pictures are decoded and
// checked for their size and for drawn text (dark pixels inside the boxes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { darkPixels, decodePng } from '../lib/png.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = path.join(root, 'bin', 'glasspy.js');

function glasspy(code: string, cwd: string): { out: string; err: string; rc: number | null } {
  const r = spawnSync(process.execPath, [launcher, '-c', code], { encoding: 'utf8', cwd });
  return { out: r.stdout, err: r.stderr, rc: r.status };
}

test('render_dot writes SVG and PNG; svg_to_png scales; errors carry dot\'s status and message', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glasspy-render-'));
  try {
    const r = glasspy(`
import _glasspy_render as r
dot = 'digraph G { node[shape=box]; a[label="first"]; b[label="second"]; a -> b; b -> c; }'
open('g.svg', 'wb').write(r.render_dot(dot, 'svg'))
open('g.png', 'wb').write(r.render_dot(dot, 'png'))
open('g2.png', 'wb').write(r.svg_to_png(open('g.svg').read(), 2))
print(r.available())
for args in (('digraph {', 'svg'), ('digraph {}', 'pdf')):
    try:
        r.render_dot(*args)
    except r.error as e:
        print(e.args[0], e.args[1].splitlines()[0][:40])
`, dir);
    assert.equal(r.err, '');
    assert.equal(r.out, 'True\n1 Error: syntax error in line 1\n1 Format: "pdf" not recognized. Use one of\n');
    const svg = readFileSync(path.join(dir, 'g.svg'), 'utf8');
    assert.equal(svg.match(/<g id="node\d+" class="node">/g)?.length, 3);
    assert.equal(svg.match(/class="edge"/g)?.length, 2);
    const [, wPt, hPt] = /<svg width="(\d+)pt" height="(\d+)pt"/.exec(svg)!;
    const png = decodePng(readFileSync(path.join(dir, 'g.png')));
    // 96 dpi, as dot -Tpng: a point is 4/3 pixel.
    assert.ok(Math.abs(png.width - (Number(wPt) * 4) / 3) < 1 && Math.abs(png.height - (Number(hPt) * 4) / 3) < 1, `${png.width}x${png.height}`);
    // Three boxes' outlines, two arrows and the labels' glyphs.
    assert.ok(darkPixels(png) > 400, `dark pixels: ${darkPixels(png)}`);
    const png2 = decodePng(readFileSync(path.join(dir, 'g2.png')));
    assert.ok(Math.abs(png2.width - png.width * 2) <= 2 && Math.abs(png2.height - png.height * 2) <= 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('text is drawn: a label adds dark pixels to its box', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glasspy-render-'));
  try {
    const r = glasspy(`
import _glasspy_render as r
open('empty.png', 'wb').write(r.render_dot('digraph { a[shape=box, label="", width=2, height=1] }', 'png'))
open('text.png', 'wb').write(r.render_dot('digraph { a[shape=box, label="WWWW MMMM", width=2, height=1] }', 'png'))
`, dir);
    assert.equal(r.err, '');
    const empty = decodePng(readFileSync(path.join(dir, 'empty.png')));
    const text = decodePng(readFileSync(path.join(dir, 'text.png')));
    assert.deepEqual([text.width, text.height], [empty.width, empty.height]);
    assert.ok(darkPixels(text) > darkPixels(empty) + 100, `${darkPixels(text)} vs ${darkPixels(empty)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
