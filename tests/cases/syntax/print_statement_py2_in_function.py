def show(name):
    print "Hello,", name
