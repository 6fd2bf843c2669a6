# types.GenericAlias from __class_getitem__: construction, repr, attributes, comparison, calls, subclasses
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
GA = type(list[int])
print(GA, GA.__name__, GA.__module__, GA.__qualname__)
a = GA(dict, (int, str))
print(a, GA(list, int), GA(list, ()), a == dict[int, str], type(a) is GA)
t(lambda: GA())
t(lambda: GA(list))
t(lambda: GA(list, int, 3))
t(lambda: GA(origin=list, args=int))
t(lambda: list[int][str])
t(lambda: dict[str, int][int])
print(list[int].__reduce__(), dict[int, str].__reduce__())
print(list[int].__origin__, list[int].__args__, list[int].__parameters__, list[int].__unpacked__, list[int].__typing_unpacked_tuple_args__)
print(list[int].__class__, list[int].__mro_entries__((1,)), list[int].append, list[int].__name__, list[int].__qualname__, list[int].__module__)
t(lambda: isinstance([], list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: setattr(list[int], '__origin__', 1))
t(lambda: list[int].nope)
print(list[int]([1, 2]), list[int](), set[str]('ab') == {'a', 'b'}, frozenset[int]([1]))
class L(list):
    pass
x = L[int]([1])
print(x, type(x).__name__, x.__orig_class__)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(list[list[list[int]]], dict[str, dict[str, list]], list[[int, str]], list[int, [str]])
class Sub(GA):
    pass
s = Sub(list, int)
print(type(s).__name__, s, s == list[int])
print(sorted(k for k in GA.__dict__ if k not in ('__or__', '__ror__', '__iter__', '__dir__')))
print(list[int] | None, int | dict[str, int], list[int] | list[int], (list[int] | str).__args__, None | tuple[int])
print(type(list[int] | None).__name__, list[int] | 3 if False else 0)
try:
    list[int] | 3
except TypeError as e:
    print(e)
print(list[int].__or__(3), list[int].__ror__(int))
