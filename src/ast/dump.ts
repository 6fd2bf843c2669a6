// ast.dump, as Lib/ast.py (3.12) formats it: fields in order, optional fields that are
// None omitted, lists always shown, up to three simple args kept on one line.
import { F, NODE_INFO, type AnyNode, type FieldInfo } from './nodes.gen.ts';
import { reprConstant } from './repr.ts';
import type { PyConstant } from './constant.ts';

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** null: single line; otherwise the indent string for one level. */
  indent?: string | null;
}

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && '_k' in v;
}

export function dump(root: AnyNode, opts: DumpOptions = {}): string {
  const annotate = opts.annotateFields ?? true;
  const withAttrs = opts.includeAttributes ?? false;
  const indent = opts.indent ?? null;

  // Mirrors _format in Lib/ast.py: every call goes one level deeper. Returns [text, simple].
  function fmtScalar(field: FieldInfo, value: unknown): string {
    if (field.how === F.Simple) return `${field.names![value as number]}()`;
    if (value === null) return 'None';
    if (field.how === F.Int) return String(value);
    return reprConstant(value as PyConstant);
  }

  function fmt(field: FieldInfo | null, value: unknown, level: number): [string, boolean] {
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level += 1;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (isNode(value)) {
      const info = NODE_INFO[value._k]!;
      const rec = value as unknown as Record<string, unknown>;
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      for (const f of info.fields) {
        const v = rec[f.name];
        if (v === null && f.opt) {
          keywords = true;
          continue;
        }
        const [text, simple] = fmt(f, v, level);
        allSimple = allSimple && simple;
        args.push(keywords ? `${f.name}=${text}` : text);
      }
      if (withAttrs) {
        for (const f of info.attrs) {
          const v = rec[f.name];
          if (v === null || v === undefined) continue;
          args.push(`${f.name}=${String(v)}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${info.name}(${args.join(', ')})`, args.length === 0];
      return [`${info.name}(${prefix}${args.join(sep)})`, false];
    }
    if (field !== null && field.seq && Array.isArray(value)) {
      if (value.length === 0) return ['[]', true];
      const item: FieldInfo = { ...field, seq: false };
      return [`[${prefix}${value.map((x) => fmt(item, x, level)[0]).join(sep)}]`, false];
    }
    return [fmtScalar(field!, value), true];
  }

  return fmt(null, root, 0)[0];
}
