from _circ import y
def fx(): return 'fx'
