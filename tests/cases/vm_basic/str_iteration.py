word = 'hello'
n = 0
for ch in word:
    if ch in 'aeiou':
        n = n + 1
print(n)
for ch in 'héllo wörld €':
    print(ch, ch in 'öé€', ch not in 'lo')
a, b, c = 'xyz'
print(c, b, a)
e1, e2 = '€é'
print(e1, e2)
for ch in '':
    print('never')
print('€' in 'a€b', 'ab' in 'xaby', '' in 'abc')
