// The _glasspy_render module: Glasspy's own (no CPython counterpart), the pictures the memory
// tools draw without a system binary. objgraph.py calls render_dot where the real objgraph runs
// Graphviz's `dot`; mprof.py calls svg_to_png for its PNG charts. The work is the host's
// (Host.render, src/render/): a WebAssembly Graphviz and resvg in a child process on Node.
import type { Interpreter } from '../runtime/interpreter.ts';
import type { Renderer } from '../render/render.ts';
import { RenderError } from '../render/render.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { noArgs } from '../objects/args.ts';
import { PyBytes_FromData } from '../objects/bytesobject.ts';
import { internedStr } from '../objects/codeobject.ts';
import { newException, PyErr_SetObject, PyErr_SetString } from '../objects/exceptions.ts';
import { PyFloat_AsDouble } from '../objects/floatobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyUnicode_FromString, unicodeText } from '../objects/unicodeobject.ts';
import { moduleState, newExceptionType } from './modsupport.ts';

const DOC = `Pictures drawn without a system binary: Graphviz DOT rendered by a WebAssembly Graphviz,
SVG rasterised to PNG by resvg.

render_dot(dot, format) -- the bytes \`dot -T<format>\` would write (svg, png, dot, plain, json...)
svg_to_png(svg, scale=1.0) -- an SVG document as PNG bytes, scale pixels per SVG pixel
available() -- whether this host can draw (False in a browser page)
error -- raised with (exit status, message) when drawing fails, as dot would fail`;

// Made once per interpreter, as the module's types are.
const renderError = moduleState((interp) => newExceptionType(interp, '_glasspy_render.error'));

function strArg(interp: Interpreter, fname: string, o: PyObject, pos: number): string {
  if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `${fname}() argument ${pos} must be str, not ${o.ob_type.tp_name}`);
  return unicodeText(o);
}

/** The host's renderer's answer as bytes; its failure as _glasspy_render.error(status, message). */
function draw(interp: Interpreter, work: (r: Renderer) => Uint8Array): PyObject {
  const renderer = interp.host?.render;
  if (renderer === undefined) return PyErr_SetObject(interp, newException(interp, renderError(interp), [PyLong_FromNumber(interp, 127), PyUnicode_FromString(interp, 'no renderer on this host')]));
  let data: Uint8Array;
  try {
    data = work(renderer);
  } catch (e) {
    if (!(e instanceof RenderError)) throw e;
    return PyErr_SetObject(interp, newException(interp, renderError(interp), [PyLong_FromNumber(interp, e.status), PyUnicode_FromString(interp, e.message)]));
  }
  return PyBytes_FromData(interp, data);
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['render_dot', (interp, _s, args, kw) => {
    const [dot, format] = unpackKeywords(interp, 'render_dot', ['dot', 'format'], 0, 2, 2, args, kw);
    const dotText = strArg(interp, 'render_dot', dot!, 1);
    const fmt = strArg(interp, 'render_dot', format!, 2);
    return draw(interp, (r) => r.renderDot(dotText, fmt));
  }],
  ['svg_to_png', (interp, _s, args, kw) => {
    const [svg, scale] = unpackKeywords(interp, 'svg_to_png', ['svg', 'scale'], 0, 1, 2, args, kw);
    const svgText = strArg(interp, 'svg_to_png', svg!, 1);
    const zoom = scale === undefined ? 1 : PyFloat_AsDouble(interp, scale);
    if (!(zoom > 0) || !Number.isFinite(zoom)) PyErr_SetString(interp, 'ValueError', 'scale must be a positive number');
    return draw(interp, (r) => r.svgToPng(svgText, zoom));
  }],
  ['available', (interp, _s, args, kw) => {
    noArgs(interp, 'available', args, kw);
    return Py_NewRef(interp.host?.render === undefined ? interp.singletons.False : interp.singletons.True);
  }],
];

export function createGlasspyRenderModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_glasspy_render'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, DOC));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  moduleAdd(interp, m, 'error', Py_NewRef(renderError(interp)));
  return m;
}
