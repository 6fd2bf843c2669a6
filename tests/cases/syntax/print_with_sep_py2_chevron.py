import sys
print >>sys.stderr "error"
