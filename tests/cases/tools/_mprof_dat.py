# Helpers of the mprof_dat_* cases: profiles written with fixed contents in a scratch folder,
# and mprof's commands run in this process as `mprof <args>` would run them.
import os
import shutil
import sys
import tempfile

import mprof

OLD = """\
FUNC __main__.build 20.5000 1700000000.2000 180.2500 1700000000.6000 1
FUNC __main__.main 20.2500 1700000000.1000 27.8750 1700000000.9000 0
FUNC helpers.build 25.0000 1700000000.7000 26.0000 1700000000.8000 1
CMDLINE python3 example.py 'an arg'
MEM 9.500000 1700000000.0000
MEM 20.250000 1700000000.1000
MEM 100.125000 1700000000.3000
MEM 180.250000 1700000000.5000
MEM 27.875000 1700000000.7500
MEM 27.875000 1700000001.0000
"""

NEW = """\
CMDLINE python3 other.py
MEM 10.000000 1700000100.0000
CHLD 4242 5.000000 1700000100.0500
MEM 12.000000 1700000100.1000
CHLD 4242 7.500000 1700000100.1500
CHLD 4243 1.250000 1700000100.1600
MEM 11.000000 1700000100.2000
"""


def scratch(files):
    d = tempfile.mkdtemp(prefix='mprof-case-')
    os.chdir(d)
    for name, text in files.items():
        with open(name, 'w') as f:
            f.write(text)
    return d


def done(d):
    os.chdir('/')
    shutil.rmtree(d)


def run(*args):
    print('$ mprof ' + ' '.join(args))
    sys.argv = ['mprof'] + list(args)
    try:
        mprof.main()
    except SystemExit as e:
        print('exit', e.code)
    sys.stdout.flush()
