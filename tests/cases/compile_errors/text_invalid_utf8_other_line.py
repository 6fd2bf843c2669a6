# -*- coding: latin-1 -*-
s = 'é'
def f(a, a): pass
