import array, sys
for s in ['', 'a', 'abc', 'x' * 100, '\U0001F600' * 3]:
    a = array.array('u', s)
    print(len(a), sys.getsizeof(a))
    a.append('z')
    print(len(a), sys.getsizeof(a))
a = array.array('u')
a.fromunicode('hello world')
print(sys.getsizeof(a))
