class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
    def __str__(self):
        return "app error %d: %s" % (self.code, self.args[1])
class Sub(AppError):
    pass
try:
    raise Sub(404, "missing")
except AppError as e:
    print(e, repr(e), e.code, e.args, type(e).__mro__[1].__name__)
try:
    raise AppError
except TypeError as e:
    print("TypeError:", e)
raise Sub(500, "boom")
