try:
    pass
except ValueError:
    print("no")
else:
    print("else runs")
    raise KeyError("from else")
finally:
    print("finally runs")
