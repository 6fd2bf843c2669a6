x = f"{x:{y}abc"
