match True:
    case int(v):
        print("bool matches int()", v)

match 1:
    case float(v):
        print("no")
    case bool(v):
        print("no")
    case int(v) if v:
        print("int self", v)

match 1.0:
    case int():
        print("no")
    case float(1.0 as f):
        print("float self", f)

match "abc":
    case str("abc" as s):
        print("str self", s)

match (1, 2):
    case tuple((1, second)):
        print("tuple self with a sequence sub-pattern", second)

match {"k": 3}:
    case dict({"k": v}):
        print("dict self with a mapping sub-pattern", v)

for v in [b"ab", bytearray(b"cd")]:
    match v:
        case [*_]:
            print("no: bytes are not sequences here")
        case bytes(b):
            print("bytes self", b)
        case bytearray(ba):
            print("bytearray self", ba)
