try:
    import _circ.x
except ImportError as e:
    print(type(e).__name__, e.name, e.msg.replace(__file__.rsplit('/', 1)[0], '<dir>'))
import sys
print('_circ.x' in sys.modules, '_circ.y' in sys.modules, '_circ' in sys.modules)
