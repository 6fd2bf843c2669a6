# Sizes of list objects in nested and shared structures: the outer list counts only pointers.
import sys

grid = [[0] * 3] * 3
print(sys.getsizeof(grid), [sys.getsizeof(r) for r in grid])
grid2 = [[0] * 3 for _ in range(3)]
print(sys.getsizeof(grid2), [sys.getsizeof(r) for r in grid2])
big = [list(range(100))]
print(sys.getsizeof(big), sys.getsizeof(big[0]))
matrix = [[i * j for j in range(5)] for i in range(5)]
print(sys.getsizeof(matrix), sys.getsizeof(matrix[0]))
flat = [x for row in matrix for x in row]
print(sys.getsizeof(flat), len(flat))
zipped = list(zip(*matrix))
print(sys.getsizeof(zipped), sys.getsizeof(zipped[0]))
print(sys.getsizeof(sum(matrix, [])), sys.getsizeof([*matrix[0], *matrix[1]]), sys.getsizeof([*range(7)]))
a = []
a.append(a)
print('self ref', sys.getsizeof(a))
print(sys.getsizeof(sorted(range(10), reverse=True)), sys.getsizeof(list(reversed(range(10)))), sys.getsizeof(sorted('hello')))
print(sys.getsizeof(list(dict.fromkeys(range(7)).values())), sys.getsizeof(list({i: i for i in range(9)}.items())))
print(sys.getsizeof(list(map(lambda x: x, range(100)))), sys.getsizeof(list(filter(None, range(100)))))
