class C(x for x in bases, object):
    pass
