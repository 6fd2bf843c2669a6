# IncrementalNewlineDecoder: universal newlines over str input (decoder None).
import _io
d = _io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('c\r', final=True)), d.newlines, d.getstate())
d = _io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode('x\r\ny\rz\r')), d.getstate(), d.newlines)
d.setstate((b'', 0))
print(repr(d.decode('')), repr(d.decode('', True)), d.reset(), d.newlines, d.getstate())
for bad in [lambda: d.decode(b'x'), lambda: d.setstate(5), lambda: d.setstate((1,)), lambda: _io.IncrementalNewlineDecoder()]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(type(d).__mro__)
