# Writing to sys.stdout's text, buffer and raw layers: each layer's pending data reaches the fd in
# CPython's order; a second text file over the same fd (closefd=False).
import sys
sys.stdout.write('a')
sys.stdout.buffer.write(b'b')
print('c')
sys.stdout.buffer.write(b'd\n')
sys.stdout.flush()
sys.stdout.buffer.raw.write(b'raw\n')
print('x' * 5, end='')
f = open('/tmp/glasspy-case-io-stdout_layers.txt', 'w')
g = open(f.fileno(), 'w', closefd=False)
print(g, g.buffer.raw.closefd)
g.write('via g\n'); g.close()
f.write('via f\n'); f.close()
print(open('/tmp/glasspy-case-io-stdout_layers.txt').read(), end='')
print(sys.stdout.buffer.raw.name, sys.stdin.buffer.raw.name)
import _io
print(_io.open is open, open.__name__, repr(open)[:25])
open('/tmp/glasspy-case-io-stdout_layers.txt', 'w').close()
