# Comprehensions: list, dict, set comprehensions, nested loops and conditions.
total = 0
for r in range(200):
    squares = [x * x for x in range(20000)]
    odd = [x for x in squares if x % 2]
    index = {x: i for i, x in enumerate(odd[:5000])}
    residues = {x % 1000 for x in squares}
    pairs = [(a, b) for a in range(40) for b in range(a, 40) if (a + b) % 3 == 0]
    total += len(odd) + len(index) + len(residues) + len(pairs) + sum(odd[:100])
print(total)
matrix = [[i * j for j in range(300)] for i in range(300)]
transposed = [[row[i] for row in matrix] for i in range(300)]
print(sum(sum(r) for r in transposed), transposed[3][7])
