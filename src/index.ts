// Glasspy's library API. Front ends (the CLI, later the web page) use only what is exported here.
export { parse, ParserStackOverflow, type Mode, type ParseOptions } from './parser/index.ts';
export { dump, type DumpOptions } from './ast/dump.ts';
export { PySyntaxError, type SyntaxErrorKind } from './tokenizer/errors.ts';
export type { mod, stmt, expr, AnyNode } from './ast/nodes.gen.ts';
