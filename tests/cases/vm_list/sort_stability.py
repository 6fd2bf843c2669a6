words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'date', 'lime', 'banana', 'cherry', 'grape'] * 20
order = sorted(range(len(words)), key=lambda i: len(words[i]))
print(order[:20])
print(order[-20:])
rev = sorted(range(len(words)), key=lambda i: len(words[i]), reverse=True)
print(rev[:20])
runs = list(range(50)) + list(range(50, 0, -1)) + list(range(25)) * 3 + [7] * 40
print(sorted(runs)[::9])
asc = list(range(300))
desc = asc[::-1]
print(sorted(desc) == asc, sorted(asc + desc)[::50])
