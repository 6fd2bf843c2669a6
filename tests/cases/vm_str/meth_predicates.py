for t in ['abc', 'abc1', '123', '²', '½', '一', ' \t', '', 'Ab Cd', 'abc', 'ABC', 'a1', '1a', 'é', 'a\x00', 'Ⅻ', '٣', 'ǅ', '_x', 'x y', 'ABC def', 'Hello World', 'hello World', '\u2028']:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(), t.istitle(), t.islower(), t.isupper(), t.isidentifier(), t.isascii(), t.isprintable())
