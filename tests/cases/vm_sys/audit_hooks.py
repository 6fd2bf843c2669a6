# sys.audit and sys.addaudithook: hooks hear the events a program raises, in order.
import sys
for a in [(), (1,), ('e', 1)]:
  try: print(sys.audit(*a))
  except Exception as e: print(type(e).__name__, e)
try: sys.audit(event='x')
except Exception as e: print(type(e).__name__, e)
def h(ev, args):
  if ev.startswith('my') or ev == 'sys.addaudithook': print('hook', ev, args)
print(sys.addaudithook(h))
sys.audit('my.event', 1, 'two')
try: sys.audit(5)
except Exception as e: print(type(e).__name__, e)
def h2(ev, args):
  if ev == 'sys.addaudithook': raise RuntimeError('no')
sys.addaudithook(h2)
print(sys.addaudithook(lambda *a: None))
try: sys.addaudithook()
except Exception as e: print(type(e).__name__, e)
