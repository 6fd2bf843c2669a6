s = 'Hello, World'
print(s.upper(), s.lower(), s.swapcase(), s.title(), 'hello world'.capitalize(), 'ß'.upper(), 'ΣΑΣ'.lower(), 'ǆx'.title(), 'ß'.casefold())
print("they're bill's friends".title(), 'ﬁne'.title(), 'ß'.title(), 'ΌΣΟΣ Σ'.lower(), 'aΣ b'.lower(), 'İ'.lower(), 'İ'.casefold(), 'ǅ'.swapcase())
print('ABC def'.swapcase(), 'hELLO'.capitalize(), ''.upper(), '123'.title(), 'a1b2'.title(), 'µ'.upper(), 'ﬀ'.upper(), 'ŉ'.upper())
