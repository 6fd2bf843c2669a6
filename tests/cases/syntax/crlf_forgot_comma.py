items = [
    "a"
    "b" c
]
