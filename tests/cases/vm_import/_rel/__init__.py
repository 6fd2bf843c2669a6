from . import a
from .sub import b as bmod
from .a import VALUE
print('init _rel', __name__, __package__)
