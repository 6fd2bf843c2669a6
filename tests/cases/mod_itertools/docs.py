import itertools
for name in sorted(n for n in dir(itertools) if not n.startswith('__')):
    obj = getattr(itertools, name)
    if isinstance(obj, type):
        print(name, repr(obj.__doc__))
