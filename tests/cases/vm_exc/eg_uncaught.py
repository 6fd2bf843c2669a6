raise ExceptionGroup("top", [ValueError("a"), TypeError("b")])
