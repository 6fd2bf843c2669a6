f(**options, value)
