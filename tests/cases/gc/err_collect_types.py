# gc.collect with a bool, an int subclass, an __index__ object and wrong types.
import gc
class I:
    def __index__(self):
        return 1
class MyInt(int):
    pass
for arg in [True, MyInt(0), I(), '1', b'1', [0], 2.0]:
    try:
        print(type(arg).__name__, gc.collect(arg))
    except Exception as e:
        print(type(arg).__name__, type(e).__name__, e)
