# growth() and show_growth() with an explicit peak_stats dict, filter, shortnames=False, limit.
import io
import objgraph


class A:
    pass


class B:
    pass


peaks = {}
mine = lambda o: type(o) in (A, B)
print(objgraph.growth(peak_stats=peaks, filter=mine))
aa = [A() for i in range(4)]
bb = [B() for i in range(6)]
print(objgraph.growth(peak_stats=peaks, filter=mine))
print(sorted(peaks.items()))
aa += [A() for i in range(3)]
objgraph.show_growth(peak_stats=peaks, filter=mine, shortnames=False)
print(sorted(peaks.items()))
bb += [B() for i in range(9)]
aa.append(A())
objgraph.show_growth(limit=1, peak_stats=peaks, filter=mine)
buf = io.StringIO()
aa.append(A())
objgraph.show_growth(peak_stats=peaks, filter=mine, file=buf)
print(repr(buf.getvalue()))
print(objgraph.growth(peak_stats={}, filter=mine, shortnames=False))
print(objgraph.growth(limit=0, peak_stats={}, filter=mine))
