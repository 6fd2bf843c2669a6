# get_stats() counts automatic collections as well.
import gc
gc.collect()
gc.set_threshold(50, 1000, 1000)
s0 = gc.get_stats()
seen = []
gc.callbacks.append(lambda p, i: seen.append(i['generation']) if p == 'stop' else None)
keep = [[i] for i in range(1000)]
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
s1 = gc.get_stats()
print(s1[0]['collections'] - s0[0]['collections'] == seen.count(0), seen.count(0) > 0)
print(s1[1]['collections'] - s0[1]['collections'], s1[2]['collections'] - s0[2]['collections'])
