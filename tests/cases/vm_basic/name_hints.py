# Module-level names loaded and stored repeatedly while the namespace changes under them:
# deletions, re-insertions, a resize of the globals, a non-str key added to globals, and names
# moving between the module and builtins.
import builtins
r = []
a = 1
for i in range(8):
    r.append(a)
    a = a + 1
    if i == 2:
        del a
        a = 100
    if i == 3:
        for k in range(40):
            globals()['filler%d' % k] = k
    if i == 4:
        globals()[7] = 'int key'
    if i == 5:
        for k in range(40):
            del globals()['filler%d' % k]
print(r, globals()[7])
out = []
for i in range(6):
    out.append(len('abc'))
    if i == 1:
        len = lambda s: 'module len'
    if i == 3:
        del len
    if i == 4:
        builtins.len = lambda s: 'builtins len'
print(out)
class K:
    v = 0
    for i in range(5):
        v = v + i
    print(v)
ns = {}
exec('x = 1\nfor i in range(3): x = x + 1\nprint(x)', ns)
