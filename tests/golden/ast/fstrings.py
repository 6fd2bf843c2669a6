name = "world"
width = 10
prec = 3
value = 3.14159
items = {"a": 1}
print(f"hello {name}")
print(f'{name!r:>{width}} and {value:.{prec}f}')
print(f"{'nested'}" f'{"quotes"}' f"{f'{f"{name}"}'}")
print(f"{items["a"]}")
print(f"{value = }", f"{value=:.2f}", f"{ name = !s}", f"{name=!r:^20}")
print(f"{{literal braces}} {{{name}}}")
print(rf"raw \d {name} \n", fr'{name}\t', Rf"{name}")
print(f"""multi
line {name
  } and {value
:>10}""")
print(f"{x:{'>'}{10}}" if (x := 5) else "")
print(f"tab\t{name}\x41\N{BULLET}end")
print("plain" f"{name}" "tail" 'more')
print(u"unicode" "joined", b"by" b"tes", rb"\raw", Br"x")
print(f"{3.14:{width}.{prec}}", f"{name!a}", f"{name:}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{ # comment inside
    name }")
print(f"{lambda_:=^10}", f"{(lambda: 1)()}")
print(f"{name:{name}{name}}")
print(f"{1}{2}" f"{3}")
print(f"" "")
print(f"{yield_ if 0 else 1}")
x = f"{'a' if 1 else 'b'!r}"
y = f'{"\\" + "x"}'
z = f"{0:#x} {0o17:o} {1_000:,}"
