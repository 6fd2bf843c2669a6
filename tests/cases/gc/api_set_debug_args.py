# gc.set_debug(flags): the int converter's errors; get_debug returns what was set, any int.
import gc
def t(label, *a):
    try:
        gc.set_debug(*a)
        print(label, 'ok', gc.get_debug())
    except Exception as e:
        print(label, type(e).__name__, e, gc.get_debug())
    gc.set_debug(0)
t('(0)', 0)
t('(1)', 1)
t('(DEBUG_LEAK)', gc.DEBUG_LEAK)
t('(64)', 64)
t('(-1 & 0)', -1 & 0)
t('(True)', True)
t('(2**31-1)', 2**31 - 1)
t('(2**31)', 2**31)
t('(-2**31-1)', -2**31 - 1)
t('(2**70)', 2**70)
t("('1')", '1')
t('(1.0)', 1.0)
t('(None)', None)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
