print(repr(b'abc'.hex('')))
