// Pictures for the memory tools: Graphviz DOT to SVG/PNG (objgraph's graphs) and SVG to PNG
// (mprof plot's charts), without a system binary. The core reaches it through Host.render;
// src/render/node.ts implements it on Node, the browser host has none.

/** A job of the rendering process (src/render/child.ts). */
export type RenderJob =
  | { readonly op: 'dot'; readonly dot: string; readonly format: string }
  | { readonly op: 'png'; readonly svg: string; readonly scale: number };

/** A failed rendering: Graphviz's or resvg's message and the exit status, as `dot` reports them. */
export class RenderError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'RenderError';
  }
}

/** Synchronous rendering; each call throws RenderError on failure. */
export interface Renderer {
  /** `dot -T<format>`: Graphviz's output for the DOT text ('svg', 'png', 'dot', 'plain', 'json'...). */
  renderDot(dot: string, format: string): Uint8Array;
  /** An SVG document as a PNG, `scale` pixels per SVG pixel (1: the SVG's own size). */
  svgToPng(svg: string, scale?: number): Uint8Array;
}
