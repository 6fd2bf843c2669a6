# mprof rm and mprof clean: dry runs, removal by index and by name, legacy _ts companions.
import os
from _mprof_dat import OLD, NEW, done, run, scratch

d = scratch({'mprofile_20231114221320.dat': OLD, 'mprofile_20231114221500.dat': NEW,
             'mprofile_20231114221500_ts.dat': 'FUNC x 1 1 1 1\n', 'mprofile_20200101000000.dat': NEW})
run('rm')
run('rm', '--dry-run', '-1', '0')
run('rm', '1')
print(sorted(os.listdir('.')))
run('clean', '--dry-run')
try:
    run('rm', 'nothere.dat')
except ValueError as e:
    print('ValueError', e)
run('clean')
print(sorted(os.listdir('.')))
done(d)
