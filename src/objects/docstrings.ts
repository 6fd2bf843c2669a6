// CPython 3.12.1's internal docstrings of the builtin functions and types and of the C modules
// Glasspy implements (tools/gen-docstrings.py writes docstrings.gen.ts). CPython keeps them in
// its method, getset and slot tables (ml_doc, tp_doc, the slotdefs' doc); Glasspy looks them up
// by the owner's name when __doc__ or __text_signature__ is asked for, so the tables are parsed
// only on first use. Each is the raw C string: "name(sig)\n--\n\ndoc" when it has a text
// signature (src/objects/internaldoc.ts derives both attributes from it).
import { MEMBER_DOCS, TYPE_DOCS } from './docstrings.gen.ts';

type DocTable = Record<string, string | null>;

let typeDocs: DocTable | null = null;
let memberDocs: DocTable | null = null;

/**
 * CPython's tp_doc of the type named `tpName` (its tp_name): a string, null when CPython's type
 * has none, undefined when the table does not know the type.
 */
export function referenceTypeDoc(tpName: string): string | null | undefined {
  typeDocs ??= JSON.parse(TYPE_DOCS) as DocTable;
  return Object.hasOwn(typeDocs, tpName) ? typeDocs[tpName] : undefined;
}

/**
 * CPython's doc of the attribute `name` of `owner` (a type's tp_name or a module's name): the
 * ml_doc of a function or method, the doc of a getset or member; for a slot wrapper (and
 * __new__) the slot's doc when the owner has no entry of its own. null when CPython's has no
 * doc, undefined when the table does not know the attribute.
 */
export function referenceMemberDoc(owner: string, name: string): string | null | undefined {
  memberDocs ??= JSON.parse(MEMBER_DOCS) as DocTable;
  const key = `${owner}.${name}`;
  if (Object.hasOwn(memberDocs, key)) return memberDocs[key];
  const slot = `*.${name}`;
  return Object.hasOwn(memberDocs, slot) ? memberDocs[slot] : undefined;
}

/** The doc to use: the reference's when the table knows it, else Glasspy's own (`own`). */
export function docOrOwn(reference: string | null | undefined, own: string | undefined): string | undefined {
  return reference === undefined ? own : reference ?? undefined;
}
