größe = 10
fläche = größe * * 2
