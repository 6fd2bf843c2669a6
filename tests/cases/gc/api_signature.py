# inspect reads the text signatures of the gc functions; the METH_VARARGS ones have none.
import gc, inspect
for name in ['collect', 'get_objects', 'set_debug', 'is_tracked', 'enable', 'get_count', 'freeze']:
    print(name, inspect.signature(getattr(gc, name)))
for name in ['get_referrers', 'get_referents', 'set_threshold']:
    try:
        inspect.signature(getattr(gc, name))
    except ValueError as e:
        print(name, 'ValueError', e)
print(repr(gc.collect), repr(gc.get_referrers))
