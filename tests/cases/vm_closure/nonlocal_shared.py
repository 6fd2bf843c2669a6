def pair():
    v = 0
    def get():
        return v
    def put(x):
        nonlocal v
        v = x
    return get, put
get, put = pair()
print(get())
put(42)
print(get())
put('s')
print(get())
