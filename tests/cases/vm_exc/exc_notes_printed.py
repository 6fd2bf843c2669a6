def f():
    try:
        raise ValueError("with notes")
    except ValueError as e:
        e.add_note("first note")
        e.add_note("second\nmultiline note")
        raise
f()
