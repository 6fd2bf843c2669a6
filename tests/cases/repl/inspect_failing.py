counter = 7
def fail(msg):
    raise ValueError(msg)
print("before")
fail("in script")
print("never")
