# Module names: an imported module's __name__ is the interned name its import statement asked for;
# __main__, sys and builtins are named by C code with strings that are not interned.
import sys
print(__name__ is '__main__', sys.intern(__name__) is __name__, __name__ is sys.modules['__main__'].__name__, __name__ == '__main__')
print(sys.__name__ is 'sys', sys.__name__ == 'sys', __builtins__.__name__ is 'builtins', __builtins__.__name__ == 'builtins')
import json
print(json.__name__ is 'json', json.__name__ is sys.intern('js' + 'on'), json.__spec__.name is json.__name__)
import xml.dom
print(xml.__name__ is 'xml', xml.__name__ == 'xml', xml.dom.__name__ is 'xml.dom', xml.dom.__spec__.name is xml.dom.__name__)
import math, itertools
print(math.__name__ is 'math', itertools.__name__ is 'itertools')
from collections import abc
print(abc.__name__ == 'collections.abc', sys.modules['json'] is json)
def f(): pass
print(f.__module__ is __name__, f.__module__ is '__main__')
class C: pass
print(C.__module__ is __name__, C.__module__ is '__main__')
