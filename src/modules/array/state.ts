// The array module's types for an interpreter, made when the module is first imported.
// CPython: arraymodule_modexec (array_spec, arrayiter_spec).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { Py_TPFLAGS_SEQUENCE, type PyObject } from '../../objects/object.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { PyObject_HashNotImplemented } from '../../objects/typeslots.ts';
import { createModuleType, moduleState } from '../modsupport.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { array_ass_subscr, array_concat, array_contains, array_inplace_concat, array_inplace_repeat, array_item, array_length, array_new, array_repeat,
  array_repr, array_richcompare, array_subscr, ARRAY_BUFFER_PROCS, array_ass_item } from './arrayobject.ts';
import { array_getset, array_methods } from './arraymethods.ts';
import { array_iter, arrayiter_dealloc, arrayiter_methods, arrayiter_next, arrayiter_traverse } from './arrayiter.ts';
import { array_dealloc } from './arraystore.ts';

export interface ArrayState {
  ArrayType: PyTypeObject;
  ArrayIterType: PyTypeObject;
  /** array._array_reconstructor, set when the module is made. */
  reconstructor: PyObject | null;
}

const ARRAY_DOC = `array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.

Arrays represent basic values and behave very much like lists, except
the type of objects stored in them is constrained. The type is specified
at object creation time by using a type code, which is a single character.
The following type codes are defined:

    Type code   C Type             Minimum size in bytes
    'b'         signed integer     1
    'B'         unsigned integer   1
    'u'         Unicode character  2 (see note)
    'h'         signed integer     2
    'H'         unsigned integer   2
    'i'         signed integer     2
    'I'         unsigned integer   2
    'l'         signed integer     4
    'L'         unsigned integer   4
    'q'         signed integer     8 (see note)
    'Q'         unsigned integer   8 (see note)
    'f'         floating-point     4
    'd'         floating-point     8

NOTE: The 'u' typecode corresponds to Python's unicode character. On
narrow builds this is 2-bytes on wide builds this is 4-bytes.

NOTE: The 'q' and 'Q' type codes are only available if the platform
C compiler used to build Python supports 'long long', or, on Windows,
'__int64'.

Methods:

append() -- append a new item to the end of the array
buffer_info() -- return information giving the current memory info
byteswap() -- byteswap all the items of the array
count() -- return number of occurrences of an object
extend() -- extend array by appending multiple elements from an iterable
fromfile() -- read items from a file object
fromlist() -- append items from the list
frombytes() -- append items from the string
index() -- return index of first occurrence of an object
insert() -- insert a new item into the array at a provided position
pop() -- remove and return item (default last)
remove() -- remove first occurrence of an object
reverse() -- reverse the order of the items in the array
tofile() -- write all items to a file object
tolist() -- return the array converted to an ordinary list
tobytes() -- return the array converted to a string

Attributes:

typecode -- the typecode character used to create the array
itemsize -- the length in bytes of one array item
`;

export const arrayState = moduleState((interp: Interpreter): ArrayState => {
  const ArrayType = createModuleType(interp, {
    name: 'array.array', basicsize: 64, weaklist: true, new: array_new, dealloc: array_dealloc, repr: array_repr, doc: ARRAY_DOC,
    methods: array_methods, getset: array_getset,
    setup: (t) => {
      t.tp_flags |= Py_TPFLAGS_SEQUENCE;
      t.tp_hash = PyObject_HashNotImplemented;
      t.tp_richcompare = array_richcompare;
      t.tp_iter = array_iter;
      t.tp_as_sequence = { sq_length: array_length, sq_concat: array_concat, sq_repeat: array_repeat, sq_item: array_item, sq_ass_item: array_ass_item,
        sq_contains: array_contains, sq_inplace_concat: array_inplace_concat, sq_inplace_repeat: array_inplace_repeat };
      t.tp_as_mapping = { mp_length: array_length, mp_subscript: array_subscr, mp_ass_subscript: array_ass_subscr };
      t.tp_as_buffer = ARRAY_BUFFER_PROCS;
      // A heap type's __qualname__ and __module__ are its own strs (CPython 3.12's array type comes
      // from a spec), not the interned name a static type reports: pickles of arrays memoize
      // the module name separately from _array_reconstructor's.
      t.ht_qualname = PyUnicode_FromString(interp, 'array');
    },
  });
  const ArrayIterType = createModuleType(interp, {
    name: 'array.arrayiterator', basicsize: 40, subclassable: false, next: arrayiter_next, dealloc: arrayiter_dealloc, traverse: arrayiter_traverse,
    methods: arrayiter_methods,
  });
  return { ArrayType, ArrayIterType, reconstructor: null };
});
