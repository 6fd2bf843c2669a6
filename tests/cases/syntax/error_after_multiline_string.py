s = """
multi
line
""" 1
