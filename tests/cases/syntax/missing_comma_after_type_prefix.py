data = [typ value]
