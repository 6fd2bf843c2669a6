# The tutorial's allocation pattern at scale: lists of ints grown by appends and comprehensions.
# Run with the argument "tracemalloc" to trace it, without to run it plain.
import sys

if sys.argv[1:] == ["tracemalloc"]:
    import tracemalloc
    tracemalloc.start()

rounds = []
for r in range(4):
    data = [i for i in range(20000)]
    grown = []
    for x in data:
        grown.append(x + 1000)
    rounds.append(sum(grown) - sum(data))
print(rounds[-1], len(rounds))
