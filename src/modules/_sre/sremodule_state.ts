// The _sre types of an interpreter, made when first used. CPython: sre_exec (its module state).
import type { Interpreter } from '../../runtime/interpreter.ts';
import type { PyObject } from '../../objects/object.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { createModuleType, moduleState } from '../modsupport.ts';
import { match_dealloc, match_getset, match_methods, match_repr, match_subscript, match_traverse } from './match.ts';
import { pattern_dealloc, pattern_getset, pattern_hash, pattern_methods, pattern_repr, pattern_richcompare, pattern_traverse, type PatternBody } from './pattern.ts';
import { newScanner, scanner_dealloc, scanner_getset, scanner_methods, scanner_traverse } from './scanner.ts';
import { template_dealloc, template_traverse } from './template.ts';

export interface SreModuleState {
  Pattern: PyTypeObject;
  Match: PyTypeObject;
  Scanner: PyTypeObject;
  Template: PyTypeObject;
  /** re._compile_template, looked up on first use. */
  compileTemplate: PyObject | null;
  newScanner: typeof newScanner;
}

export const sreState = moduleState((interp: Interpreter): SreModuleState => {
  const Pattern = createModuleType(interp, {
    // ob_size is the code's length; Match's is two marks per group (group 0 included).
    name: 're.Pattern', basicsize: 96, varsize: { itemsize: 4, obSize: (o) => (o.body as PatternBody).code.length }, subclassable: false, weaklist: true, dealloc: pattern_dealloc, traverse: pattern_traverse, repr: pattern_repr,
    methods: pattern_methods, getset: pattern_getset, doc: 'Compiled regular expression object.',
    setup: (t) => {
      t.tp_richcompare = pattern_richcompare;
      t.tp_hash = pattern_hash;
    },
  });
  const Match = createModuleType(interp, {
    name: 're.Match', basicsize: 88, varsize: { itemsize: 8, obSize: (o) => 2 * (o.body as { groups: number }).groups }, subclassable: false, dealloc: match_dealloc, traverse: match_traverse, repr: match_repr,
    methods: match_methods, getset: match_getset, doc: 'The result of re.match() and re.search().\nMatch objects always have a boolean value of True.',
    setup: (t) => {
      t.tp_as_mapping = { mp_subscript: match_subscript };
    },
  });
  const Scanner = createModuleType(interp, {
    name: '_sre.SRE_Scanner', basicsize: 240, subclassable: false, dealloc: scanner_dealloc, traverse: scanner_traverse,
    methods: scanner_methods, getset: scanner_getset,
  });
  const Template = createModuleType(interp, {
    name: '_sre.SRE_Template', basicsize: 32, subclassable: false, dealloc: template_dealloc, traverse: template_traverse,
  });
  return { Pattern, Match, Scanner, Template, compileTemplate: null, newScanner };
});
