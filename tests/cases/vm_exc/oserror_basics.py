for e in (OSError(), OSError("just text"), OSError(2, "No such file or directory"), OSError(2, "nf", "a.txt"),
          OSError(1, "perm", "a", None, "b"), OSError(13, "denied"), OSError(17, "exists", "d"), OSError(99, "odd"),
          OSError(2, "x", None), OSError(1, 2, 3, 4, 5, 6), IOError(4, "intr"), EnvironmentError(32, "pipe"),
          FileNotFoundError(2, "explicit"), OSError("a", "b")):
    print(type(e).__name__ if False else repr(e), "|", e)
print(IOError is OSError, EnvironmentError is OSError)
try:
    OSError(kw=1)
except TypeError as e:
    print(e)
