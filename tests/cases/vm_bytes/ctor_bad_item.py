bytes(['a'])
