try:
    pass
except Exception, e:
    print(e)
