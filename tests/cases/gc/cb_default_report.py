# Without a custom sys.unraisablehook, a failing gc callback is reported on stderr with the
# callback's repr (masked here) and the traceback from the callback.
import gc
class Cb:
    def __call__(self, phase, info):
        raise ValueError('cb failed in ' + phase)
    def __repr__(self):
        return '<Cb>'
gc.callbacks.append(Cb())
gc.callbacks.append(3)
gc.collect()
gc.callbacks.clear()
print('done')
