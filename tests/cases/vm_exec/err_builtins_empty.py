eval("print(1)", {"__builtins__": {}})
