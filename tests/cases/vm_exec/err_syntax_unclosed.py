compile("a = (1,\n     2", "my_file.py", "exec")
