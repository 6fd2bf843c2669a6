# Lists returned by str/bytes split, rsplit and splitlines: split preallocates from the
# string length (at most 12 items, CPython stringlib PREALLOC_SIZE), splitlines appends.
import sys
c=lambda L:(sys.getsizeof(L)-56)//8
print(c('abcabc'.split('\u20ac')), c('abcdef'.split('xyzxyzxyz')), c('abcdef'.split('x')), c('a b'.split(maxsplit=0)), c('a b c d'.split(None, 1)), c('\xe9\xe9 \xe9'.split()), c('abc'.rsplit()), c(bytearray(b'a b').split()), c(b'a'.split(maxsplit=2)))
for n in range(0,30): print(n, (sys.getsizeof(' '.join('a'*n).split())-56)//8, (sys.getsizeof(','.join('a'*n).split(','))-56)//8, (sys.getsizeof(','.join('a'*n).split(',', 3))-56)//8, (sys.getsizeof(','.join('\xe9'*n).split(','))-56)//8, (sys.getsizeof('\n'.join('a'*n).splitlines())-56)//8, (sys.getsizeof(','.join('a'*n).rsplit(','))-56)//8, (sys.getsizeof(b','.join([b'a']*n).split(b','))-56)//8,(sys.getsizeof(',,'.join('a'*n).split(',,'))-56)//8)
