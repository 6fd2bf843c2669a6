# Refcounts of sorted()/min()/max() results and the items they return.
import sys
rc = sys.getrefcount
a = object()
b = object()
items = [a, b, a]
s = sorted(items, key=id)
print(rc(a), rc(b), rc(s))
m = min(items, key=id)
print(rc(m))
mx = max([10 ** 20, 10 ** 21])
print(rc(mx))
del s, m
print(rc(a), rc(b))
r = list(reversed(items))
print(rc(a))
del r
t = sorted((a, b), key=lambda x: 0)
print(rc(a))
nums = [10 ** 30, 10 ** 31]
big = max(nums)
print(rc(big), big is nums[1])
small = min(nums)
print(rc(small))
print(rc(max(nums)), rc(min(a, b, key=id)) > 1)
