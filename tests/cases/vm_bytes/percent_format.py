print(b'%s %d %x %r %a %c %c %%' % (b'x', 5, 255, b'y', 'é', 65, b'z'), b'%(k)s' % {b'k': b'v'})
print(b'%5s|%-5s|%.1s|%05d|%+.2f|%e|%g' % (b'ab', b'cd', b'xyz', 42, 1.5, 1000.0, 0.1), b'%b' % bytearray(b'ba'))
print(bytearray(b'%d-%s') % (1, b'z'), b'%i' % 3.7)
