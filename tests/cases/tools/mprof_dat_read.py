# Reading the .dat format: records by their first word, FUNC with and without a level, CHLD,
# CMDLINE kept with its newline, unknown records ignored, an empty line refused; the labels
# the plot gives functions (shortest unambiguous dotted suffix); the command line quoting.
import mprof
from _mprof_dat import OLD, done, scratch

d = scratch({'a.dat': OLD + 'FUNC legacy.f 1.0 2.0 3.0 4.0\nXYZ 1 2\n', 'b.dat': 'MEM 1.0 2.0\n\nMEM 3.0 4.0\n'})
prof = mprof.read_mprofile_file('a.dat')
for key in sorted(prof):
    print(key, repr(prof[key]) if key != 'children' else dict(prof[key]))
try:
    mprof.read_mprofile_file('b.dat')
except ValueError as e:
    print('ValueError', e)
print(mprof.function_labels(['__main__.build', 'helpers.build', '__main__.main', 'a.b.c', 'x.b.c']))
print(mprof.get_cmd_line(['python3', 'my script.py', 'tab\there', 'plain']))
print(mprof.filter_mprofile_mem_usage_by_function(prof, '__main__.main'))
done(d)
