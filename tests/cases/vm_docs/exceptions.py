# The attributes of every builtin exception class. Expected: CPython 3.12.1 (whose docs
#   tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: AttributeError.__getstate__, AttributeError.__reduce__,
#   BaseException.__dict__, BaseExceptionGroup.__class_getitem__,
#   EnvironmentError.characters_written, ExceptionGroup.__weakref__, IOError.characters_written,
#   OSError.characters_written.
# Left out, not in CPython 3.12.1: AttributeError.__new__, BlockingIOError.__new__,
#   BrokenPipeError.__new__, ChildProcessError.__new__, ConnectionAbortedError.__new__,
#   ConnectionError.__new__, ConnectionRefusedError.__new__, ConnectionResetError.__new__,
#   ExceptionGroup.__init__, ExceptionGroup.__new__, FileExistsError.__new__,
#   FileNotFoundError.__new__, ImportError.__new__, IndentationError.__new__,
#   InterruptedError.__new__, IsADirectoryError.__new__, KeyError.__new__,
#   ModuleNotFoundError.__new__, NameError.__new__, NotADirectoryError.__new__,
#   PermissionError.__new__, ProcessLookupError.__new__, StopIteration.__new__, SyntaxError.__new__,
#   SystemExit.__new__, TabError.__new__, TimeoutError.__new__, UnboundLocalError.__new__.
import builtins

from _docsweep import skip, sweep_type

skip(
    'AttributeError.__getstate__', 'AttributeError.__new__', 'AttributeError.__reduce__',
    'BaseException.__dict__', 'BaseExceptionGroup.__class_getitem__', 'BlockingIOError.__new__',
    'BrokenPipeError.__new__', 'ChildProcessError.__new__', 'ConnectionAbortedError.__new__',
    'ConnectionError.__new__', 'ConnectionRefusedError.__new__', 'ConnectionResetError.__new__',
    'EnvironmentError.characters_written', 'ExceptionGroup.__init__', 'ExceptionGroup.__new__',
    'ExceptionGroup.__weakref__', 'FileExistsError.__new__', 'FileNotFoundError.__new__',
    'IOError.characters_written', 'ImportError.__new__', 'IndentationError.__new__',
    'InterruptedError.__new__', 'IsADirectoryError.__new__', 'KeyError.__new__',
    'ModuleNotFoundError.__new__', 'NameError.__new__', 'NotADirectoryError.__new__',
    'OSError.characters_written', 'PermissionError.__new__', 'ProcessLookupError.__new__',
    'StopIteration.__new__', 'SyntaxError.__new__', 'SystemExit.__new__', 'TabError.__new__',
    'TimeoutError.__new__', 'UnboundLocalError.__new__',
)
for name in sorted(vars(builtins)):
    v = vars(builtins)[name]
    if isinstance(v, type) and issubclass(v, BaseException):
        sweep_type(name, v)
