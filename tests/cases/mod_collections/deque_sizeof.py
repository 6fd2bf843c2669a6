from _collections import deque
d = deque()
out = [d.__sizeof__()]
for i in range(100):
    d.append(i); out.append(d.__sizeof__())
for i in range(70):
    d.appendleft(i); out.append(d.__sizeof__())
d.rotate(37); out.append(d.__sizeof__())
d.rotate(-80); out.append(d.__sizeof__())
for i in range(150):
    d.popleft(); out.append(d.__sizeof__())
while d:
    d.pop(); out.append(d.__sizeof__())
out.append(deque(range(200)).__sizeof__())
out.append(deque(range(20), 5).__sizeof__())
e = deque(); e.extendleft(range(100)); out.append(e.__sizeof__())
e.clear(); out.append(e.__sizeof__())
print(out)
class D(deque): pass
print(D().__sizeof__(), deque.__basicsize__, D.__basicsize__)
