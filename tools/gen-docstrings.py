"""Writes src/objects/docstrings.gen.ts: CPython 3.12.1's internal docstrings of the builtin
functions and types, and of the C modules Glasspy implements.

Run under the reference: PYENV_VERSION=3.12.1 python3 tools/gen-docstrings.py

CPython keeps each docstring as one C string (ml_doc, tp_doc, the slotdefs' doc), its text
signature first when it has one: "name(sig)\n--\n\ndoc". __doc__ and __text_signature__ are
derived from it (Objects/typeobject.c: _PyType_GetDocFromInternalDoc,
_PyType_GetTextSignatureFromInternalDoc), so this script rebuilds that string from the two and
Glasspy derives them again the same way (src/objects/internaldoc.ts).

Keys: a type's tp_name ("int", "itertools.chain") for its own doc; "<tp_name>.<attr>" for the
methods, class and static methods, getset and member descriptors in its dict; "<module>.<name>"
for a module's functions; "*.<name>" for the slot wrappers (and __new__), whose docs depend on
the slot alone (slotdefs in Objects/typeobject.c), with "<tp_name>.<name>" where a type's wrapper
differs. A null value is a doc CPython does not have (so a hand-written one is not used).
"""
import builtins
import importlib
import json
import sys
import types

assert sys.version_info[:3] == (3, 12, 1), 'run under the reference CPython 3.12.1'

OUT = 'src/objects/docstrings.gen.ts'

# The C modules Glasspy implements (src/modules/index.ts), besides builtins.
MODULES = [
    'sys', 'gc', 'math', 'cmath', 'itertools', '_collections', '_functools', '_operator', 'time', 'posix',
    '_io', '_weakref', '_thread', '_struct', 'binascii', 'zlib', 'unicodedata', '_random', '_sre', '_codecs',
    'marshal', 'errno', 'atexit', '_abc', '_heapq', '_bisect', '_string', '_json', '_csv', '_contextvars',
    '_signal', '_locale', '_typing', '_symtable', '_opcode', '_imp', '_warnings', '_md5', '_sha1', '_sha2',
    '_sha3', '_blake2', '_tokenize', '_bz2', '_crypt', '_stat',
]

HEAPTYPE = 1 << 9

WRAPPER_TYPES = (types.WrapperDescriptorType,)
METHOD_TYPES = (types.MethodDescriptorType, types.ClassMethodDescriptorType)
ATTR_TYPES = (types.GetSetDescriptorType, types.MemberDescriptorType)


def raw_doc(name, obj):
    """The internal docstring CPython derives obj.__doc__ and obj.__text_signature__ from."""
    # A type's __doc__ is its tp_doc's (type_get_doc), whatever its dict holds.
    doc = getattr(obj, '__doc__', None)
    if doc is not None and not isinstance(doc, str):
        doc = None
    sig = getattr(obj, '__text_signature__', None)
    if sig is None:
        return doc
    return f'{name}{sig}\n--\n\n{doc or ""}'


def tp_name(t):
    mod = t.__module__
    return t.__qualname__ if mod == 'builtins' else f'{mod}.{t.__qualname__}'


types_table = {}
members = {}
generic = {}
wrappers_by_name = {}


def add(table, key, value):
    if key in table and table[key] != value:
        print(f'conflicting docs for {key}', file=sys.stderr)
        return
    table[key] = value


def add_type(t):
    key = tp_name(t)
    if key in types_table:
        return
    short = key.rsplit('.', 1)[-1]
    types_table[key] = raw_doc(short, t)
    for name, v in t.__dict__.items():
        if isinstance(v, WRAPPER_TYPES):
            wrappers_by_name.setdefault(name, []).append((key, raw_doc(name, v)))
        elif isinstance(v, METHOD_TYPES) or isinstance(v, ATTR_TYPES):
            add(members, f'{key}.{name}', raw_doc(name, v))
        elif isinstance(v, types.BuiltinFunctionType):
            if name == '__new__':
                wrappers_by_name.setdefault(name, []).append((key, raw_doc(name, v)))
            else:
                add(members, f'{key}.{v.__name__}', raw_doc(v.__name__, v))
        elif isinstance(v, staticmethod) and isinstance(v.__func__, types.BuiltinFunctionType):
            f = v.__func__
            add(members, f'{key}.{f.__name__}', raw_doc(f.__name__, f))


def add_module(modname, mod):
    for name, v in sorted(vars(mod).items()):
        if isinstance(v, types.BuiltinFunctionType) and getattr(v, '__self__', None) is mod:
            add(members, f'{modname}.{v.__name__}', raw_doc(v.__name__, v))
        elif isinstance(v, type):
            # A C module's types are its own (heap types made from specs, exceptions) or builtins'.
            add_type(v)


def all_static_types():
    seen = set()
    stack = [object]
    while stack:
        t = stack.pop()
        if t in seen:
            continue
        seen.add(t)
        yield t
        try:
            subs = type.__subclasses__(t)
        except TypeError:
            subs = []
        stack.extend(subs)


add_module('builtins', builtins)
for modname in MODULES:
    try:
        mod = importlib.import_module(modname)
    except ImportError:
        print(f'no module {modname}', file=sys.stderr)
        continue
    add_module(modname, mod)
for t in all_static_types():
    if not t.__flags__ & HEAPTYPE or t.__module__ in MODULES:
        add_type(t)

# The slot wrappers: one doc per name (the most common), the types that differ by their own key.
for name, pairs in sorted(wrappers_by_name.items()):
    counts = {}
    for _, doc in pairs:
        counts[doc] = counts.get(doc, 0) + 1
    common = max(counts, key=lambda d: counts[d])
    generic[f'*.{name}'] = common
    for key, doc in pairs:
        if doc != common:
            members[f'{key}.{name}'] = doc
members.update(generic)


def literal(table):
    return json.dumps(json.dumps(dict(sorted(table.items())), ensure_ascii=True, separators=(',', ':')))


with open(OUT, 'w') as f:
    f.write('// Generated by tools/gen-docstrings.py from CPython 3.12.1; do not edit.\n')
    f.write('// CPython\'s internal docstrings ("name(sig)\\n--\\n\\ndoc"), as JSON parsed on first use.\n')
    f.write('// The docs of the types, by tp_name.\n')
    f.write(f'export const TYPE_DOCS = {literal(types_table)};\n')
    f.write('// The docs of module functions ("module.name"), of the attributes in a type\'s dict\n')
    f.write('// ("tp_name.name") and of the slot wrappers ("*.name").\n')
    f.write(f'export const MEMBER_DOCS = {literal(members)};\n')
print(f'{len(types_table)} types, {len(members)} members', file=sys.stderr)
