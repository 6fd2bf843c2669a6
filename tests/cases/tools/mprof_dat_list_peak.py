# mprof list and mprof peak on profiles in the .dat format: indices, times from the names,
# the newest by default, peaks of MEM records, of a function's FUNC intervals, of children.
from _mprof_dat import OLD, NEW, done, run, scratch

d = scratch({'mprofile_20231114221320.dat': OLD, 'mprofile_20231114221500.dat': NEW,
             'notes.dat': 'MEM 1.0 1.0\n'})
run('list')
run('peak')
run('peak', '0', '-1')
run('peak', '--func', '__main__.build', 'mprofile_20231114221320.dat')
run('peak', '--func', 'nope', '0')
run('peak', 'notes.dat', 'missing.dat')
try:
    run('peak', '7')
except IndexError as e:
    print('IndexError', e)
done(d)
d = scratch({})
run('peak')
run('list')
done(d)
