from typing import TypeVar, ParamSpec, TypeVarTuple, Generic, TypeAliasType
import typing
T = TypeVar('T'); P = ParamSpec('P'); Ts = TypeVarTuple('Ts')
print(T | int, type(T | int), int | T, P.args, P.kwargs, type(P.args), P.args == P.args, repr(Ts), list(Ts), T.__module__)
print(TypeVar('U', bound=int), TypeVar('V', int, str).__constraints__, TypeVar('W', covariant=True), TypeVar('X', contravariant=True), TypeVar('Y', infer_variance=True))
print(T.__reduce__(), P.__reduce__(), Ts.__reduce__(), T.__bound__, T.__covariant__, T.__infer_variance__)
A = TypeAliasType('A', list[T], type_params=(T,))
print(A, A.__value__, A.__type_params__, A.__parameters__, A[int], type(A[int]), A.__module__, A | int)
for f in [lambda: TypeVar('T', int), lambda: TypeVar('T', covariant=True, contravariant=True), lambda: TypeVar('T', int, str, bound=int), lambda: TypeVar(1), lambda: type('X', (T,), {}), lambda: TypeVar('T', infer_variance=True, covariant=True)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(Generic.__module__, Generic.__name__, Generic.__qualname__, type(Generic), Generic.__mro__)
print(type(T), type(T).__module__, type(T).__name__, type(P.args).__name__, type(A).__name__)
print(T.__name__, P.__name__, P.__bound__, Ts.__name__)
