class Wrapped(Exception):
    pass
def work(i):
    if i % 2:
        raise ValueError("odd %d" % i)
    raise Wrapped(i)
def run():
    errors = []
    for i in range(4):
        try:
            work(i)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("work failed", errors)
run()
