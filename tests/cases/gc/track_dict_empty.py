# An empty dict and a dict of atomic keys/values start untracked.
import gc
print(gc.is_tracked({}))
print(gc.is_tracked(dict()))
print(gc.is_tracked({'a': 1, 'b': 2.5, 3: None}))
print(gc.is_tracked({(1, 2): 'x'}))
print(gc.is_tracked({'a': (1, 2)}))
print(gc.is_tracked({'a': ()}))
print(gc.is_tracked({'a': 'b' * 3}))
print(gc.is_tracked({'a': frozenset()}))
print(gc.is_tracked({'a': []}))
print(gc.is_tracked({'a': {}}))
print(gc.is_tracked({1: object()}))
