(a, b) if c else [d async for d in e]
