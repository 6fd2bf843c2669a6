# Nested calls: the traceback keeps every frame on the path alive in the cycle.
import gc
gc.collect()
def inner():
    raise RuntimeError('deep')
def middle():
    inner()
def outer():
    try:
        middle()
    except RuntimeError as e:
        err = e
        return 'done'
print(outer())
print(gc.collect())
def chained():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError as e:
        keep = e
chained()
print(gc.collect())
