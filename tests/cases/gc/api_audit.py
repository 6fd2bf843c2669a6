# The audit events of gc.get_objects (the generation, -1 for all), gc.get_referrers and
# gc.get_referents (the tuple of arguments); raised before the arguments are checked, and a
# hook's exception stops the call.
import gc, sys
log = []
def hook(event, args):
    if event.startswith('gc.'):
        log.append((event, args))
        if args == (2,) and event == 'gc.get_objects' and stop:
            raise RuntimeError('stopped by hook')
stop = False
sys.addaudithook(hook)
gc.get_objects()
gc.get_objects(1)
gc.get_objects(generation=None)
gc.get_objects(-1)
gc.get_referrers(1, 'a')
gc.get_referents()
gc.get_referents((1,))
gc.collect()
gc.is_tracked([])
for bad in (5, -3):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    gc.get_objects('x')
except TypeError as e:
    print('TypeError', e)
for e in log:
    print(e)
log.clear()
stop = True
try:
    gc.get_objects(2)
except RuntimeError as e:
    print('RuntimeError', e)
print(log)
