# String building and methods: concatenation, join, split, replace, case, find, formatting, slicing.
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
total = 0
checksum = 0
for i in range(120000):
    w = words[i % len(words)]
    s = w.upper() + '-' + str(i) + '-' + w[::-1]
    parts = s.split('-')
    t = '/'.join(parts).replace('A', 'a').lower()
    total += len(t) + t.find('/') + t.count('e')
    if t.startswith('e') or t.endswith('a'):
        checksum += 1
    checksum += len(f'{i:>8}|{w:<10}|{i * 3.5:.2f}')
buf = []
for i in range(300000):
    buf.append(chr(97 + i % 26))
text = ''.join(buf)
acc = ''
for i in range(60000):
    acc += text[i % 100:i % 100 + 3]
print(total, checksum, len(text), len(acc), text.count('abc'), acc[:30])
lines = ('line %d: %s' % (i, words[i % 8]) for i in range(150000))
print(sum(len(l.strip().title()) for l in lines))
