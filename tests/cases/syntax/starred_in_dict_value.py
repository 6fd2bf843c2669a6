d = {'a': *items}
