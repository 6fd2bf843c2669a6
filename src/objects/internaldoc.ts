// A builtin's internal docstring: Argument Clinic puts the text signature first,
// "name(sig)\n--\n\n", then the docstring; __doc__ shows what follows the marker and
// __text_signature__ the "(sig)" part. CPython: Objects/typeobject.c (find_signature,
// skip_signature, _PyType_GetDocFromInternalDoc, _PyType_GetTextSignatureFromInternalDoc)

const SIGNATURE_END_MARKER = ')\n--\n\n';

/** Where the "(" of the signature starts in `doc`, or -1 when doc does not start with the name. CPython: find_signature */
function findSignature(name: string, doc: string): number {
  // A dotted name (a type's "module.Name") matches by its last part.
  const short = name.slice(name.lastIndexOf('.') + 1);
  if (!doc.startsWith(short) || doc[short.length] !== '(') return -1;
  return short.length;
}

/** Where the docstring after the signature starts, or -1 when there is no end marker before a blank line. CPython: skip_signature */
function skipSignature(doc: string, from: number): number {
  for (let i = from; i < doc.length; i++) {
    if (doc.startsWith(SIGNATURE_END_MARKER, i)) return i + SIGNATURE_END_MARKER.length;
    if (doc[i] === '\n' && doc[i + 1] === '\n') return -1;
  }
  return -1;
}

/** The docstring without its signature; null for none (or an empty one). CPython: _PyType_GetDocFromInternalDoc */
export function docFromInternalDoc(name: string, doc: string | undefined): string | null {
  if (doc === undefined) return null;
  const start = findSignature(name, doc);
  const end = start < 0 ? -1 : skipSignature(doc, start);
  const text = end < 0 ? doc : doc.slice(end);
  return text === '' ? null : text;
}

/** The "(...)" signature, or null. CPython: _PyType_GetTextSignatureFromInternalDoc */
export function textSignatureFromInternalDoc(name: string, doc: string | undefined): string | null {
  if (doc === undefined) return null;
  const start = findSignature(name, doc);
  if (start < 0) return null;
  const end = skipSignature(doc, start);
  // Keep the ")" of the marker.
  return end < 0 ? null : doc.slice(start, end - SIGNATURE_END_MARKER.length + 1);
}
