e = OSError(2, "No such file", "a.txt", None, "b.txt")
print(e.errno, e.strerror, e.filename, e.filename2, e)
e = FileNotFoundError(2, "nf")
print(e.errno, e.strerror, e.filename, e.filename2)
e.errno = 5
print(e.errno, e)
print(OSError().errno, OSError("x").strerror)
print(type(OSError(13, "x")).__name__, type(OSError(11, "x")).__name__, type(OSError(3, "x")).__name__)
