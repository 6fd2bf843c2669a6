total = compute(first,
second = 2
if total:
    print\x
