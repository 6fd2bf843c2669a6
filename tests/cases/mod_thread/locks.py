import _thread

l = _thread.allocate_lock()
print(type(l), type(l) is _thread.LockType, repr(l).startswith('<unlocked _thread.lock object at 0x'))
print(l.acquire(), repr(l).startswith('<locked _thread.lock'), l.locked(), l.acquire(False), l.acquire(timeout=0), l.acquire(True, 0.01))
l.release()
try:
    l.release()
except RuntimeError as e:
    print(type(e).__name__, e)
for args, kw in [((False, 1), {}), ((), {'timeout': -2}), ((1, 2, 3), {}), ((), {'x': 1}), ((), {'timeout': 1e20})]:
    try:
        l.acquire(*args, **kw)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(l.acquire(True, -1), l.locked())
print(l.__exit__(1, 2, 3), l.locked())
with l:
    print('inside', l.locked())
print(l.locked(), l.__enter__(), l.release_lock(), l.acquire_lock(), l.locked_lock(), l.release())
try:
    _thread.LockType()
except TypeError as e:
    print(e)
try:
    class S(_thread.LockType):
        pass
except TypeError as e:
    print(e)

r = _thread.RLock()
print(repr(r).startswith('<unlocked _thread.RLock object owner=0 count=0 at 0x'), r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
print(repr(r).startswith('<locked _thread.RLock object owner='), 'count=2' in repr(r))
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
print(r.__enter__(), r._recursion_count(), r.__exit__(None, None, None), r._recursion_count())
r.acquire()
count, owner = r._release_save()
print(count, owner == _thread.get_ident(), r._is_owned())
try:
    r._release_save()
except RuntimeError as e:
    print(e)
r._acquire_restore((2, _thread.get_ident()))
print(r._recursion_count(), r._is_owned(), r.acquire(False), r._recursion_count())
class MyRLock(_thread.RLock):
    pass
m = MyRLock()
print(type(m).__name__, m.acquire(), m._is_owned(), isinstance(m, _thread.RLock))

print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError, _thread._count(), _thread.stack_size(), type(_thread.get_ident()).__name__)
print(_thread.get_ident() == _thread.get_ident(), _thread.get_native_id() > 0, _thread.daemon_threads_allowed(), _thread._is_main_interpreter())
print(_thread.stack_size(65536), _thread.stack_size(0), _thread.stack_size())
for bad in (1, -1):
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print(e)
for args in ((print,), (print, 1), (1, ()), (print, (), 5)):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(e)
print(type(_thread._set_sentinel()).__name__, _thread.LockType.__module__, _thread.RLock.__module__)
print(_thread.__doc__)
print(_thread.LockType.__doc__.splitlines()[0])
try:
    _thread.exit()
except SystemExit as e:
    print('SystemExit', e.args)
try:
    _thread.interrupt_main()
    for i in range(10):
        pass
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt')
