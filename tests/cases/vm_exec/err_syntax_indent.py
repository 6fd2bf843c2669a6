compile("if True:\nx = 1\n", "<block>", "exec")
