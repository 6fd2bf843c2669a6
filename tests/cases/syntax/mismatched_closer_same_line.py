result = foo(bar[1, 2)]
