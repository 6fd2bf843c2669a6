result = foo(x
             for x in data,
             other)
