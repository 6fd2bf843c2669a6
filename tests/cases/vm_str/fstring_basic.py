x = 42
y = 3.14159
s = 'hi'
print(f"{x} {y} {s}")
print(f"{x:>5}|{y:.2f}|{s!r}|{s:^6}|")
print(f"{x!r:>{x - 36}}")
print(f"{None}", f"{True}", f"{True:d}", f"{s!a}", f"{'é'!a}")
print(f"{x=}", f"{y = :.1f}", f"{s=!s}")
print(f"{'nested {}'}", f"{x:{'>'}{10}}", f"{{}}{x}{{")
print(f"{-0.0}", f"{1e300*1e300}", f"{10**20:,}", f"{1234567:_}", f"{0.1+0.2!r}")
