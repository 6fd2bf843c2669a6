# The standard streams are flushed at exit; a failing flush is reported as unraisable and the
# exit status becomes 120.
import sys
class W:
    def write(self, s):
        return len(s)
    def flush(self):
        raise OSError('flush failed')
    def __repr__(self):
        return '<W>'
print('visible')
sys.stdout = W()
print('hidden')
