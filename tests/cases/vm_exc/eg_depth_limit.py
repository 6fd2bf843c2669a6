eg = ValueError("leaf")
for i in range(12):
    eg = ExceptionGroup("level %d" % i, [eg])
raise eg
