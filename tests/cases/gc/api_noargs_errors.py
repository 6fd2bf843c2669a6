# METH_NOARGS and METH_O functions of gc: the messages for extra arguments and keywords.
import gc
def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, 'ok', type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError', e)
for n in ['enable', 'disable', 'isenabled', 'get_debug', 'get_count', 'get_threshold',
          'get_stats', 'get_freeze_count']:
    t(n + '(1)', getattr(gc, n), 1)
    t(n + '(1, 2)', getattr(gc, n), 1, 2)
    t(n + '(x=1)', getattr(gc, n), x=1)
for n in ['is_tracked', 'is_finalized', 'set_debug']:
    t(n + '()', getattr(gc, n))
    t(n + '(1, 2)', getattr(gc, n), 1, 2)
    t(n + '(obj=1)', getattr(gc, n), obj=1)
    t(n + '(1, x=1)', getattr(gc, n), 1, x=1)
gc.set_debug(0)
t('freeze(1)', gc.freeze, 1)
t('unfreeze(1)', gc.unfreeze, 1)
t('get_referrers(x=1)', gc.get_referrers, x=1)
t('get_referents(1, x=1)', gc.get_referents, 1, x=1)
t('set_threshold(1, t=1)', gc.set_threshold, 1, t=1)
print(gc.get_threshold())
