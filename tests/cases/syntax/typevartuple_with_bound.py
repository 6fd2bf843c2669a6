type Shape[*Ts: int] = tuple[*Ts]
