# The types the interpreter uses internally (through the types module). Expected: CPython 3.12.1
#   (whose docs tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: GenericAlias.__args__, GenericAlias.__dir__, GenericAlias.__iter__,
#   GenericAlias.__origin__, GenericAlias.__unpacked__, NoneType.__eq__, NoneType.__ge__,
#   NoneType.__gt__, NoneType.__le__, NoneType.__lt__, NoneType.__ne__, SimpleNamespace.__delattr__,
#   SimpleNamespace.__dict__, SimpleNamespace.__getattribute__, SimpleNamespace.__setattr__,
#   async_generator.__class_getitem__, code.__new__, code._co_code_adaptive, code.co_lnotab,
#   code.replace, coroutine.cr_origin, frame.f_trace_lines, frame.f_trace_opcodes, function.__new__,
#   function.__type_params__, mappingproxy.__class_getitem__, mappingproxy.__hash__,
#   mappingproxy.__ior__, mappingproxy.__or__, mappingproxy.__reversed__, mappingproxy.__ror__,
#   method-wrapper.__self__, module.__annotations__, module.__init__, module.__new__,
#   traceback.__dir__, traceback.tb_frame, traceback.tb_lasti.
# Left out, not in CPython 3.12.1: method.__module__, method.__name__, method.__qualname__.
import types

from _docsweep import skip, sweep_type

skip(
    'GenericAlias.__args__', 'GenericAlias.__dir__', 'GenericAlias.__iter__',
    'GenericAlias.__origin__', 'GenericAlias.__unpacked__', 'NoneType.__eq__', 'NoneType.__ge__',
    'NoneType.__gt__', 'NoneType.__le__', 'NoneType.__lt__', 'NoneType.__ne__',
    'SimpleNamespace.__delattr__', 'SimpleNamespace.__dict__', 'SimpleNamespace.__getattribute__',
    'SimpleNamespace.__setattr__', 'async_generator.__class_getitem__', 'code.__new__',
    'code._co_code_adaptive', 'code.co_lnotab', 'code.replace', 'coroutine.cr_origin',
    'frame.f_trace_lines', 'frame.f_trace_opcodes', 'function.__new__', 'function.__type_params__',
    'mappingproxy.__class_getitem__', 'mappingproxy.__hash__', 'mappingproxy.__ior__',
    'mappingproxy.__or__', 'mappingproxy.__reversed__', 'mappingproxy.__ror__',
    'method-wrapper.__self__', 'method.__module__', 'method.__name__', 'method.__qualname__',
    'module.__annotations__', 'module.__init__', 'module.__new__', 'traceback.__dir__',
    'traceback.tb_frame', 'traceback.tb_lasti',
)
def g():
    yield
async def c():
    pass
async def ag():
    yield
coro = c()
kinds = [types.FunctionType, types.CodeType, types.MethodType, types.BuiltinFunctionType, types.MethodDescriptorType,
         types.ClassMethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType, types.GetSetDescriptorType,
         types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.CellType,
         types.ModuleType, types.FrameType, types.TracebackType, types.MappingProxyType, types.SimpleNamespace,
         types.GenericAlias, types.UnionType, types.NoneType, types.EllipsisType, types.NotImplementedType]
for t in kinds:
    sweep_type(t.__name__, t)
coro.close()
