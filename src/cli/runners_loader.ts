// How main.ts gets the runners: a dynamic import. The bundled CLI swaps this module for
// runners_loader_node.ts (see tools/build.mjs).
export type Runners = typeof import('./runners.ts');

export function loadRunners(): Promise<Runners> {
  return import('./runners.ts');
}
