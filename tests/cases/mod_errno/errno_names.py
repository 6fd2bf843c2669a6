import errno
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK, errno.ENOTSUP, errno.EOPNOTSUPP)
print(len(errno.errorcode), errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(list(errno.errorcode.items())[:10])
print([n for n in vars(errno)][:12])
print(sum(1 for n in dir(errno) if n.startswith('E')), errno.__doc__.splitlines()[0])
