# gc.callbacks is a plain list: identity, several callbacks in order, removal, non-callables.
import gc
print(type(gc.callbacks).__name__, gc.callbacks is gc.callbacks)
order = []
def a(phase, info): order.append('a' + phase[0:2])
def b(phase, info): order.append('b' + phase[0:2])
gc.callbacks.extend([a, b])
gc.collect()
print(order)
gc.callbacks.remove(a)
order.clear()
gc.collect()
print(order)
gc.callbacks.insert(0, a)
gc.callbacks.append(a)
order.clear()
gc.collect()
print(order)
del gc.callbacks[:]
order.clear()
gc.collect()
print(order, gc.callbacks)
