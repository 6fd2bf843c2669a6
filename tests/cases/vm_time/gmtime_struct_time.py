# gmtime/localtime of fixed timestamps (the cases run with TZ=UTC), struct_time as a struct
# sequence, and the timestamp conversion errors.
import time

def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(time.timezone, time.altzone, time.daylight, time.tzname)
g = time.gmtime(1234567890.7)
print(g)
print(g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], g[2:5], type(g).__mro__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields, time.struct_time.__module__)
print(g == tuple(g), hash(g) == hash(tuple(g)), list(g), time.struct_time.__match_args__)
print(g.__reduce__())
lt = time.localtime(1234567890)
print(lt, lt.tm_zone, lt.tm_gmtoff)
for v in [0, -1, -1.5, 0.999, -0.001, 951782400, 1e11, 10**17, -62135596800, -62135596801, 253402300800,
          67768036191676799, 67768036191676800, -67768040609740800, -67768040609740801,
          1e20, 2**63, -2**63, 2**70, float('nan'), float('inf'), '1', True]:
    show(time.gmtime, v)
show(time.localtime, 86400 * 365)
show(time.gmtime, 1, 2)
show(time.localtime, 1, 2)
print(type(time.gmtime(None)).__name__)
print(type(time.gmtime()).__name__, type(time.localtime(None)).__name__)

show(time.struct_time, (1, 2, 3, 4, 5, 6, 7, 8, 9))
show(time.struct_time, (1, 2, 3))
show(time.struct_time, range(12))
show(time.struct_time, 5)
st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0, 'ABC', 3600))
print(st, st.tm_zone, st.tm_gmtoff)
st = time.struct_time([2000, 1, 2, 3, 4, 5, 6, 7, 0], {'tm_zone': 'Q'})
print(st.tm_zone, st.tm_gmtoff)
try:
    st.tm_year = 5
except AttributeError as e:
    print('AttributeError', e)
