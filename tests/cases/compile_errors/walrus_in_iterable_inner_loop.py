[x for a in range(2) for x in (y := range(3))]
