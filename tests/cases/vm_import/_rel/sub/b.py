from .. import a
from ..a import VALUE as V
from . import c
print('load', __name__, __package__, V, a.__name__, c.__name__)
