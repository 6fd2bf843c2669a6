# _weakref, _thread, _struct, binascii and zlib. Expected: CPython 3.12.1 (whose docs
#   tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: _struct.Struct.__delattr__, _struct.Struct.__getattribute__,
#   _struct.Struct.__setattr__, _thread._ExceptHookArgs, _thread._ExceptHookArgs.__new__,
#   _thread._ExceptHookArgs.__reduce__, _thread._ExceptHookArgs.__repr__,
#   _thread._ExceptHookArgs.exc_traceback, _thread._ExceptHookArgs.exc_type,
#   _thread._ExceptHookArgs.exc_value, _thread._ExceptHookArgs.thread, _thread._excepthook,
#   _thread._local, _thread._local.__delattr__, _thread._local.__getattribute__,
#   _thread._local.__new__, _thread._local.__setattr__, _weakref.CallableProxyType.__abs__,
#   _weakref.CallableProxyType.__divmod__, _weakref.CallableProxyType.__float__,
#   _weakref.CallableProxyType.__int__, _weakref.CallableProxyType.__ipow__,
#   _weakref.CallableProxyType.__rdivmod__, _weakref.ProxyType.__abs__,
#   _weakref.ProxyType.__bytes__, _weakref.ProxyType.__divmod__, _weakref.ProxyType.__float__,
#   _weakref.ProxyType.__int__, _weakref.ProxyType.__ipow__, _weakref.ProxyType.__rdivmod__,
#   _weakref.ProxyType.__reversed__, binascii.a2b_qp, binascii.b2a_qp, zlib._ZlibDecompressor.eof,
#   zlib._ZlibDecompressor.needs_input, zlib._ZlibDecompressor.unused_data.
# Left out, not in CPython 3.12.1: _weakref.CallableProxyType.__hash__, _weakref.ProxyType.__hash__.
import _weakref, _thread, _struct, binascii, zlib

from _docsweep import skip, sweep_module

skip(
    '_struct.Struct.__delattr__', '_struct.Struct.__getattribute__', '_struct.Struct.__setattr__',
    '_thread._ExceptHookArgs', '_thread._ExceptHookArgs.__new__',
    '_thread._ExceptHookArgs.__reduce__', '_thread._ExceptHookArgs.__repr__',
    '_thread._ExceptHookArgs.exc_traceback', '_thread._ExceptHookArgs.exc_type',
    '_thread._ExceptHookArgs.exc_value', '_thread._ExceptHookArgs.thread', '_thread._excepthook',
    '_thread._local', '_thread._local.__delattr__', '_thread._local.__getattribute__',
    '_thread._local.__new__', '_thread._local.__setattr__', '_weakref.CallableProxyType.__abs__',
    '_weakref.CallableProxyType.__divmod__', '_weakref.CallableProxyType.__float__',
    '_weakref.CallableProxyType.__hash__', '_weakref.CallableProxyType.__int__',
    '_weakref.CallableProxyType.__ipow__', '_weakref.CallableProxyType.__rdivmod__',
    '_weakref.ProxyType.__abs__', '_weakref.ProxyType.__bytes__', '_weakref.ProxyType.__divmod__',
    '_weakref.ProxyType.__float__', '_weakref.ProxyType.__hash__', '_weakref.ProxyType.__int__',
    '_weakref.ProxyType.__ipow__', '_weakref.ProxyType.__rdivmod__',
    '_weakref.ProxyType.__reversed__', 'binascii.a2b_qp', 'binascii.b2a_qp',
    'zlib._ZlibDecompressor.eof', 'zlib._ZlibDecompressor.needs_input',
    'zlib._ZlibDecompressor.unused_data',
)
for m in (_weakref, _thread, _struct, binascii, zlib):
    sweep_module(m)
