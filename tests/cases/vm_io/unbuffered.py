# -u: stdout and stderr without a buffered layer, their text layers write-through.
import sys

for f in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(f), repr(f.buffer), f.line_buffering, f.write_through)
sys.stdout.write('text ')
sys.stdout.buffer.write(b'then raw\n')
print('done', flush=True)
sys.stderr.write('err\n')
