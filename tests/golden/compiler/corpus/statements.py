import os
import os.path
import os.path as osp
import xml.dom.minidom as md, sys
from os import path, sep as s
from . import sibling
from ..pkg.mod import thing
from .mod import *
a = b = 1
a, b = b, a
a, b, c = c, b, a
[a, (b, c)] = x
a, *rest = x
*head, tail = x
first, *mid, last = x
a += 1
a.b -= 2
a[i] *= 3
a[i:j] //= 4
a[i:j:k] **= 5
x: int
y: int = 3
a.attr: str = 'x'
a[0]: float
del a, b[1], c.d
if a:
    pass
elif b:
    x = 1
elif c:
    x = 2
else:
    x = 3
for i in range(10):
    if i:
        continue
    if i > 5:
        break
else:
    z = 0
while a:
    a -= 1
    if a == 3:
        break
else:
    z = 1
while True:
    if f():
        break
assert a
assert a, 'message'
assert (a, 'always true')
try:
    raise ValueError
except ValueError:
    raise
try:
    raise ValueError('x') from None
except Exception as e:
    raise RuntimeError from e
pass
global gvar
gvar = 1
