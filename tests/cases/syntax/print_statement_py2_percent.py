name = "x"
print "Hello %s" % name
