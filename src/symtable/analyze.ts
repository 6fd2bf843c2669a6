// The second pass of the symbol table: decide the scope of every name of every block (local,
// global explicit or implicit, free, cell), inline list/set/dict comprehensions into their
// parent (PEP 709), and find which classes need a __class__ or __classdict__ cell.
//
// Each block is analyzed with the sets its enclosing blocks give it:
//   bound        names bound in enclosing function-like blocks (null for the module)
//   free         free names found so far in the block's siblings and their children (output)
//   global       names declared global further out
//   type_params  names bound as type parameters further out
// and passes updated copies to its children; a name free in a child and local here becomes a cell.
// CPython: Python/symtable.c analyze_block and its helpers (3.12.1)
import { PySyntaxError } from '../tokenizer/errors.ts';
import {
  BlockType,
  CELL,
  ComprehensionType,
  DEF_BOUND,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  DEF_GLOBAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  DEF_TYPE_PARAM,
  FREE,
  getScope,
  getSymbol,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  isFunctionLike,
  LOCAL,
  SCOPE_MASK,
  SCOPE_OFFSET,
  type SymtableEntry,
} from './types.ts';

/** The error of a global/nonlocal declaration, located at the declaration. CPython: error_at_directive */
function errorAtDirective(ste: SymtableEntry, name: string, msg: string): PySyntaxError {
  const d = ste.ste_directives?.find((x) => x.name === name);
  if (d === undefined) throw new Error('BUG: internal directive bookkeeping broken');
  return new PySyntaxError('SyntaxError', msg, ste.ste_table.st_filename, d.lineno, d.col_offset + 1, null, d.end_lineno, d.end_col_offset + 1, false);
}

// CPython: analyze_name
function analyzeName(
  ste: SymtableEntry,
  scopes: Map<string, number>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymtableEntry | null,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) throw errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
    if (!bound.has(name)) throw errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
    if (typeParams.has(name)) throw errorAtDirective(ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
    scopes.set(name, FREE);
    ste.ste_free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    if (flags & DEF_TYPE_PARAM) typeParams.add(name);
    else typeParams.delete(name);
    return;
  }
  // In a scope that can see a class (an annotation scope), a name the class binds is looked
  // up in the class namespace then the globals, never in an outer function: so is a name
  // the class declares global.
  if (classEntry !== null) {
    const classFlags = getSymbol(classEntry, name);
    if (classFlags & DEF_GLOBAL) {
      scopes.set(name, GLOBAL_EXPLICIT);
      return;
    }
    if (classFlags & DEF_BOUND && !(classFlags & DEF_NONLOCAL)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
  }
  // Bound in an enclosing function: free here (bound is null only for the module).
  if (bound !== null && bound.has(name)) {
    scopes.set(name, FREE);
    ste.ste_free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.ste_nested) ste.ste_free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

// CPython: is_free_in_any_child
function isFreeInAnyChild(entry: SymtableEntry, key: string): boolean {
  return entry.ste_children.some((child) => getScope(child, key) === FREE);
}

/** Moves an analyzed comprehension's names into its parent. CPython: inline_comprehension */
function inlineComprehension(ste: SymtableEntry, comp: SymtableEntry, scopes: Map<string, number>, compFree: Set<string>, inlinedCells: Set<string>): void {
  for (const [k, compFlags] of comp.ste_symbols) {
    // The implicit ".0" parameter stays behind.
    if (compFlags & DEF_PARAM) continue;
    const scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
    const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
    if (scope === CELL || onlyFlags & DEF_COMP_CELL) inlinedCells.add(k);
    const existing = ste.ste_symbols.get(k);
    if (existing === undefined) {
      // New to the parent: it takes the comprehension's flags and scope.
      ste.ste_symbols.set(k, onlyFlags);
      scopes.set(k, scope);
    } else if (existing & DEF_BOUND) {
      // Free in the comprehension but local here: simply local now, unless a child of the
      // comprehension needs it as a cell, or the parent is a class.
      if (!isFreeInAnyChild(comp, k) && ste.ste_type !== BlockType.ClassBlock) compFree.delete(k);
    }
  }
}

/** Locals that a child uses freely become cells. CPython: analyze_cells */
function analyzeCells(scopes: Map<string, number>, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    scopes.set(name, CELL);
    free.delete(name);
  }
}

// CPython: drop_class_free
function dropClassFree(ste: SymtableEntry, free: Set<string>): void {
  if (free.delete('__class__')) ste.ste_needs_class_closure = true;
  if (free.delete('__classdict__')) ste.ste_needs_classdict = true;
}

/** Writes the scopes into the symbols, and adds the names only children use freely. CPython: update_symbols */
function updateSymbols(
  symbols: Map<string, number>,
  scopes: Map<string, number>,
  bound: Set<string> | null,
  free: Set<string>,
  inlinedCells: Set<string>,
  classFlag: boolean,
): void {
  for (const [name, v] of symbols) {
    let flags = v;
    if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
    flags |= scopes.get(name)! << SCOPE_OFFSET;
    symbols.set(name, flags);
  }
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      // A method's free variable with the name of a class-level name.
      if (classFlag) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    // Not bound further out: a global.
    if (bound !== null && !bound.has(name)) continue;
    // Free here only to pass it down to a child's closure.
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

// CPython: analyze_block
function analyzeBlock(
  ste: SymtableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymtableEntry | null,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const inlinedCells = new Set<string>();

  // A class's own names are invisible to its methods: what children see is fixed before
  // the class's names are analyzed.
  if (ste.ste_type === BlockType.ClassBlock) {
    for (const n of global) newGlobal.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
  }

  for (const [name, flags] of ste.ste_symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
  }

  if (ste.ste_type !== BlockType.ClassBlock) {
    if (isFunctionLike(ste)) for (const n of local) newBound.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add('__class__');
    newBound.add('__classdict__');
  }

  for (const entry of ste.ste_children) {
    let newClassEntry: SymtableEntry | null = null;
    if (entry.ste_can_see_class_scope) {
      if (ste.ste_type === BlockType.ClassBlock) newClassEntry = ste;
      else if (classEntry !== null) newClassEntry = classEntry;
    }
    // Every comprehension but a generator expression is inlined.
    const inlineComp = entry.ste_comprehension !== ComprehensionType.NoComprehension && !entry.ste_generator;
    const childFree = analyzeChildBlock(entry, newBound, newFree, newGlobal, typeParams, newClassEntry);
    if (inlineComp) {
      inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
      entry.ste_comp_inlined = true;
    }
    for (const n of childFree) newFree.add(n);
    if (entry.ste_free || entry.ste_child_free) ste.ste_child_free = true;
  }

  // An inlined comprehension's children take its place among ours.
  for (let i = ste.ste_children.length - 1; i >= 0; i--) {
    const entry = ste.ste_children[i]!;
    if (entry.ste_comp_inlined) ste.ste_children.splice(i, 1, ...entry.ste_children);
  }

  if (isFunctionLike(ste)) analyzeCells(scopes, newFree, inlinedCells);
  else if (ste.ste_type === BlockType.ClassBlock) dropClassFree(ste, newFree);
  updateSymbols(ste.ste_symbols, scopes, bound, newFree, inlinedCells, ste.ste_type === BlockType.ClassBlock || ste.ste_can_see_class_scope);
  for (const n of newFree) free.add(n);
}

/** Analyzes a child with copies of the sets, so its bindings do not leak back; returns its free set. CPython: analyze_child_block */
function analyzeChildBlock(
  entry: SymtableEntry,
  bound: Set<string>,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymtableEntry | null,
): Set<string> {
  const childFree = new Set(free);
  analyzeBlock(entry, new Set(bound), childFree, new Set(global), new Set(typeParams), classEntry);
  return childFree;
}

/** The second pass over the tree rooted at the module block. CPython: symtable_analyze */
export function analyze(top: SymtableEntry): void {
  analyzeBlock(top, null, new Set(), new Set(), new Set(), null);
}
