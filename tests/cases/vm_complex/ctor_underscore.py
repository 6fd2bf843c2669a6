complex('1__0j')
