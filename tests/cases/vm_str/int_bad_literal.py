int('z')
