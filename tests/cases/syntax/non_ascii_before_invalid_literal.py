prix = "€5"; total = 5€
