// objgraph's pictures through the built CLI: show_refs/show_backrefs to .png and .svg (and with
// no filename, a PNG beside the temporary .dot file) print the messages of objgraph's "dot
// found" path, and the images are valid, of the size Graphviz laid out, with one node per
// object drawn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { darkPixels, decodePng } from '../lib/png.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = path.join(root, 'bin', 'glasspy.js');

function glasspy(code: string, cwd: string): { out: string; err: string; rc: number | null } {
  const r = spawnSync(process.execPath, [launcher, '-c', code], { encoding: 'utf8', cwd, env: { ...process.env, TMPDIR: cwd } });
  return { out: r.stdout, err: r.stderr, rc: r.status };
}

const PROGRAM = `
import objgraph
class Node:
    def __init__(self, name):
        self.name = name
a = Node('a'); b = Node('b'); a.other = b; b.other = a
x = []
y = [x, [x], dict(x=x)]
`;

/** The sizes in points of an SVG written by Graphviz. */
function svgSize(svg: string): [number, number] {
  const m = /<svg width="(\d+)pt" height="(\d+)pt"/.exec(svg);
  assert.ok(m, 'an SVG from Graphviz');
  return [Number(m[1]), Number(m[2])];
}

test('show_refs to .svg and .png: messages, one SVG node per object, the PNG at 96 dpi', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glasspy-objgraph-'));
  try {
    const r = glasspy(`${PROGRAM}
objgraph.show_refs([y], filename='refs.svg')
objgraph.show_refs([y], filename='refs.png')
objgraph.show_refs([y], filename='refs.dot')
`, dir);
    assert.equal(r.err, '');
    const lines = r.out.split('\n');
    assert.match(lines[0]!, new RegExp(`^Graph written to ${dir}/objgraph-\\w{8}\\.dot \\(4 nodes\\)$`));
    assert.equal(lines[1], 'Image generated as refs.svg');
    assert.match(lines[2]!, /^Graph written to .*\/objgraph-\w{8}\.dot \(4 nodes\)$/);
    assert.equal(lines[3], 'Image generated as refs.png');
    assert.equal(lines[4], 'Graph written to refs.dot (4 nodes)');
    const svg = readFileSync(path.join(dir, 'refs.svg'), 'utf8');
    // Four objects: y, the dict, [x] and x; four edges out of y and its children.
    assert.equal(svg.match(/class="node"/g)?.length, 4);
    assert.equal(svg.match(/class="edge"/g)?.length, 5);
    for (const label of ['3 items', '1 items', '0 items']) assert.ok(svg.includes(`>${label}</text>`), label);
    assert.ok(svg.includes('>x</text>'), 'the edge label of the dict key');
    const [w, h] = svgSize(svg);
    const png = decodePng(readFileSync(path.join(dir, 'refs.png')));
    assert.ok(Math.abs(png.width - (w * 4) / 3) < 1 && Math.abs(png.height - (h * 4) / 3) < 1, `${png.width}x${png.height} for ${w}x${h}pt`);
    assert.ok(darkPixels(png) > 500, `dark pixels: ${darkPixels(png)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('show_backrefs with no filename draws a PNG beside the temporary .dot file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glasspy-objgraph-'));
  try {
    const r = glasspy(`${PROGRAM}
objgraph.show_backrefs([a], max_depth=2, filter=lambda o: not isinstance(o, type))
`, dir);
    assert.equal(r.err, '');
    const m = /^Graph written to (.*\/objgraph-\w{8})\.dot \((\d+) nodes\)\nGraph viewer \(xdot\) not found, generating a png instead\nImage generated as (.*)\n$/.exec(r.out);
    assert.ok(m, r.out);
    assert.equal(m[3], `${m[1]}.png`);
    assert.ok(existsSync(`${m[1]}.dot`));
    const png = decodePng(readFileSync(m[3]!));
    assert.ok(png.width > 100 && png.height > 100, `${png.width}x${png.height}`);
    // Render the same .dot file as SVG to count what the PNG shows.
    const s = glasspy(`import _glasspy_render as r; print(r.render_dot(open('${m[1]}.dot').read(), 'svg').decode().count('class="node"'))`, dir);
    assert.equal(Number(s.out), Number(m[2]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unknown image format fails as dot fails; a syntax error in extra attributes too', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glasspy-objgraph-'));
  try {
    const r = glasspy(`${PROGRAM}
objgraph.show_refs([y], filename='refs.pdf')
objgraph.show_refs([y], filename='bad.png', extra_node_attrs=lambda o: {'a b': '1'})
`, dir);
    const lines = r.out.split('\n');
    assert.match(lines[1]!, /^dot failed \(exit code 1\) while executing "dot -Tpdf -orefs\.pdf .*\/objgraph-\w{8}\.dot"$/);
    assert.match(lines[3]!, /^dot failed \(exit code 1\) while executing "dot -Tpng -obad\.png .*\.dot"$/);
    assert.match(r.err, /^Format: "pdf" not recognized\. Use one of: .*\n.*syntax error in line/s);
    assert.ok(!existsSync(path.join(dir, 'refs.pdf')) && !existsSync(path.join(dir, 'bad.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
