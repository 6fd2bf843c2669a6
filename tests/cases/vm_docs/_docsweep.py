# The sweeps of the vm_docs cases: each prints one line per name, in sorted order, with the
# object's __text_signature__ and __doc__ (or its inspect.signature), so one case covers hundreds
# of builtins. Names that exist in one interpreter only are left out by the case (skip()).
import inspect
import types

DESCRIPTORS = (types.MethodDescriptorType, types.ClassMethodDescriptorType, types.WrapperDescriptorType,
               types.GetSetDescriptorType, types.MemberDescriptorType, types.BuiltinFunctionType)

SKIPPED = set()


def skip(*keys):
    SKIPPED.update(keys)


def show(key, obj):
    if key in SKIPPED:
        return
    print(key, repr(getattr(obj, '__text_signature__', None)), repr(getattr(obj, '__doc__', None)))


def sig(key, obj):
    if key in SKIPPED:
        return
    try:
        print(key, inspect.signature(obj))
    except ValueError as e:
        print(key, 'ValueError', e)


def sweep_type(key, t):
    """The type's doc, then its own methods, slot wrappers, class and static methods, getsets and members."""
    show(key, t)
    for name in sorted(vars(t)):
        v = vars(t)[name]
        if isinstance(v, staticmethod):
            v = v.__func__
        if isinstance(v, DESCRIPTORS):
            show(f'{key}.{name}', v)


def sweep_module(mod):
    """The module's functions, then its types (those defined in it)."""
    for name in sorted(vars(mod)):
        v = vars(mod)[name]
        if isinstance(v, types.BuiltinFunctionType):
            show(f'{mod.__name__}.{name}', v)
    for name in sorted(vars(mod)):
        v = vars(mod)[name]
        if isinstance(v, type) and v.__module__ in (mod.__name__, mod.__name__.lstrip('_')):
            sweep_type(f'{mod.__name__}.{name}', v)
