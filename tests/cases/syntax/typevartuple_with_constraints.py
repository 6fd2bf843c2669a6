class Array[*Ts: (int, str)]:
    pass
