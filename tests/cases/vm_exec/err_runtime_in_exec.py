def helper():
    exec("def boom():\n    return 1 / 0\nboom()\n")

helper()
