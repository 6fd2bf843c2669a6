def make(n):
    def add(a):
        return a + n
    return add
add3 = make(3)
add10 = make(10)
print(add3(4), add10(4), make(100000000000000000000)(1))
