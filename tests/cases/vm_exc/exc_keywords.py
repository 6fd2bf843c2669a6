for f in (lambda: ValueError(x=1), lambda: ImportError("m", bad=2), lambda: NameError(obj=1), lambda: AttributeError(path=1),
          lambda: KeyError(k=1), lambda: StopIteration(value=1)):
    try:
        f()
    except TypeError as e:
        print(e)
print(repr(ImportError("m", name="n", path="p")), ImportError("m", name="n"), ImportError(name="x"), repr(ImportError(1, 2)))
print(ImportError(1), ImportError("a", "b"), ModuleNotFoundError("mnf", name="q"))
print(repr(NameError("n", name="y")), repr(AttributeError("a", name="n", obj=3)))
