class Namespace:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("get", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.data[key]

ns = Namespace()
exec("a = 1\nb = a + 1\ndel a\nc = len([b])", {}, ns)
print(ns.data)
print(eval("b * 10", {}, ns))
