import tracemalloc

tracemalloc.start()

data = [i for i in range(100000)]

snapshot = tracemalloc.take_snapshot()
top_stats = snapshot.statistics('lineno')

print("[ Top 5 ]")
for stat in top_stats[:5]:
    print(stat)
