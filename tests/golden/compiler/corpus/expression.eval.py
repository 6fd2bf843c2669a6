[a for a in b if a] + {1: c}.get(d, e) if f else lambda g: g
