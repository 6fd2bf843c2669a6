try:
    raise SystemExit(4)
except SystemExit as e:
    print("caught", repr(e))
try:
    raise SystemExit
except BaseException as e:
    print("base", repr(e))
raise SystemExit(0)
