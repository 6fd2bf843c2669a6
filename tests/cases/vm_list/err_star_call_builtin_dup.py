print(**{'sep': 1}, **{'sep': 2})
