# The _io module: its functions and every type. Expected: CPython 3.12.1 (whose docs
#   tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: _io.BufferedRandom.__next__, _io.BufferedReader.__next__,
#   _io.BytesIO.__iter__, _io.BytesIO.writelines, _io._BytesIOBuffer.__buffer__,
#   _io._BytesIOBuffer.__release_buffer__.
# Left out, not in CPython 3.12.1: _io.BufferedRWPair.__new__, _io.BufferedRandom.__dict__,
#   _io.BufferedRandom.__new__, _io.BufferedReader.__dict__, _io.BufferedReader.__new__,
#   _io.BufferedWriter.__dict__, _io.BufferedWriter.__new__, _io.BytesIO.__dict__,
#   _io.FileIO.__dict__, _io.IncrementalNewlineDecoder.__new__, _io.StringIO.__dict__,
#   _io.TextIOWrapper.__dict__, _io.TextIOWrapper.__new__, _io._IOBase.__new__.
import _io

from _docsweep import skip, sweep_module

skip(
    '_io.BufferedRWPair.__new__', '_io.BufferedRandom.__dict__', '_io.BufferedRandom.__new__',
    '_io.BufferedRandom.__next__', '_io.BufferedReader.__dict__', '_io.BufferedReader.__new__',
    '_io.BufferedReader.__next__', '_io.BufferedWriter.__dict__', '_io.BufferedWriter.__new__',
    '_io.BytesIO.__dict__', '_io.BytesIO.__iter__', '_io.BytesIO.writelines', '_io.FileIO.__dict__',
    '_io.IncrementalNewlineDecoder.__new__', '_io.StringIO.__dict__', '_io.TextIOWrapper.__dict__',
    '_io.TextIOWrapper.__new__', '_io._BytesIOBuffer.__buffer__',
    '_io._BytesIOBuffer.__release_buffer__', '_io._IOBase.__new__',
)
sweep_module(_io)
