// The part of the CLI that loads only when there is code to compile: the runners and all
// they pull in (tokenizer, parser, AST dump). The bundled CLI loads it from
// dist/runners.js with a V8 code cache (runners_loader_node.ts); elsewhere it is a plain
// dynamic import (runners_loader.ts).
import { dump } from '../ast/dump.ts';
import { parse } from '../parser/index.ts';
import { formatPythonError } from './pyerrors.ts';
import { parseCommandLine } from './config.ts';
import { runProgram } from './run.ts';
import { codeCacheFor, stdlibZipPath } from './stdlib.ts';
import { NodeHost } from '../host/node.ts';
import { mountZip } from '../host/zipdir.ts';
import { frozenSourceFiles } from '../runtime/frozen_importlib.ts';
import { precompileTree } from '../runtime/stdlib_cache.ts';

export { runProgram };

/**
 * Compiles the standard library's modules into the store of compiled code (run once when
 * Glasspy is installed: tools/precompile-stdlib.mjs); returns how many were compiled.
 */
export function precompileStdlib(): number {
  const zip = stdlibZipPath();
  const host = mountZip(new NodeHost({ argv: [], codeCache: codeCacheFor() }), zip);
  if (host.codeCache === undefined || !host.exists(zip)) return 0;
  return precompileTree(host, zip, frozenSourceFiles(zip));
}
export { runParseJob, serveParseJobs } from './deepstack.ts';

// A little of most of the grammar, so that warming up compiles most of the parser.
const WARM_UP_SOURCE = `"""Doc."""
import os.path as p, sys
from . import x as y
@deco(1)
async def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:  # type: ignore
    x = [i for i in range(3) if i] + {k: v for k, v in z} | {*s}
    async with a as (b, c), d:
        await b
    try:
        del x[1:2, ::3], y.z
    except* (E, F) as e:
        raise E from None
    finally:
        pass
    while not x and y or z is not None:
        x += yield from g()
    return f"{a!r:>{b}} {x=}" "s", b"b" rb'\\d', 0x1f + 1.5e3j - ~2 ** -3 @ m // n % o << 1
class C(B, metaclass=M):
    v: dict[str, int] = {}
    def m(self, *, k=lambda q, *r: q if r else None): global g; nonlocal h
match cmd:
    case [1, *rest] if rest: pass
    case {"k": v, **kw} | P(x=0) | None | -1 | 1+2j | "s" as w: pass
type A[T: int, *Ts, **P] = list[T]
with open(f) as g: assert g, "m"
for i, (j, k) in enumerate(z): continue
else: break
`;

/**
 * Runs the hot paths once (used to build the code cache): the parser, and `glasspy -c pass`,
 * whose interpreter start every run pays for.
 */
export async function warmUp(): Promise<void> {
  dump(parse(WARM_UP_SOURCE, { filename: '<warm-up>', mode: 'exec' }), { includeAttributes: true, indent: '   ' });
  try {
    parse('x = (1,\n', { filename: '<warm-up>', mode: 'exec' });
  } catch (e) {
    formatPythonError(e);
  }
  const cl = parseCommandLine(['-c', 'pass']);
  if (cl.kind === 'run') await runProgram(cl.config);
}
