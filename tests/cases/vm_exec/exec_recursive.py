code = "n = n - 1\nif n > 0:\n    exec(code)\nelse:\n    print('bottom')"
n = 5
exec(code)
print(n)
print(eval("eval('eval(\"1 + 1\")')"))
