import sys
import sys as s2
from sys import maxsize, byteorder
import builtins
print(sys is s2, maxsize, byteorder, sys.modules['sys'] is sys, 'builtins' in sys.modules)
print(builtins.len is len, builtins, sys)
print(type(sys).__name__, sys.__name__, __name__, sys.modules['__main__'].__name__)
M = type(sys)
m = M('mymod', 'doc here')
m.x = 5
print(m, m.__name__, m.__doc__, m.x, m.__dict__['x'])
sys.modules['mymod'] = m
import mymod
from mymod import x
print(mymod is m, x)
print(__import__('sys') is sys)
from sys import nope
