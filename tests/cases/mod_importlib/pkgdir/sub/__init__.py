from .. import NAME
VALUE = NAME * 2
