x = a[*b:c]
