// Front door of the parser: source (bytes or text) to the AST CPython 3.12 builds.
import type { mod } from '../ast/nodes.gen.ts';
import { PySyntaxError } from '../tokenizer/errors.ts';

export type Mode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParseOptions {
  filename: string;
  mode: Mode;
  /** Parse `# type:` comments into TYPE_COMMENT tokens (ast.parse(type_comments=True)). */
  typeComments?: boolean;
}

/** Parses a module, expression, interactive statement or function type. Throws PySyntaxError. */
export function parse(source: string | Uint8Array, opts: ParseOptions): mod {
  throw new PySyntaxError('SyntaxError', 'parser not available yet', opts.filename, 1, 1, null, 1, 1);
}
