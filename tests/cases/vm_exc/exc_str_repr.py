for e in (ValueError(), ValueError("a"), ValueError("a", 2), ValueError(("t",)), KeyError(), KeyError("k"), KeyError("a", "b"),
          KeyError(""), IndexError(3), RuntimeError(None), BaseException(1, (2, 3)), Exception([]) if False else Exception(()),
          StopIteration(5), SystemExit(2), KeyboardInterrupt(), NotImplementedError("ni"), UnicodeError("u")):
    print(repr(e), "|", e, "|")
