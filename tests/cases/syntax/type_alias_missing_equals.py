type Vector list[float]
