print(repr(b'a\xffb'.decode()))
