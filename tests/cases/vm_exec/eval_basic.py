print(eval("1 + 2 * 3"))
x = 10
print(eval("x * 2"))
print(eval("[i * i for i in range(4)]"))
print(eval("  \t 42"))
print(eval("a + b", {"a": 1, "b": 2}))
print(eval("a + b", {"a": 1}, {"b": 5}))
print(eval("(lambda q: q + x)(1)", {"x": 100}))
print(eval("len('abc')", {}))
