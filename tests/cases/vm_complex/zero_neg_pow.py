print(0j ** -1)
