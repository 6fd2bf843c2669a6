x = 1
y = 0x1for x in ()
print(y, 1if x else 2, 0o7and 5, 1_0is 10)
