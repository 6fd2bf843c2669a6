# DEBUG_STATS lines for each generation collected: the header, the generation sizes (three
# numbers) and the permanent generation, and the summary with the unreachable count;
# the sizes and the elapsed time vary, so they are checked by shape.
import gc, io, re, sys
gc.collect()
gc.freeze()
buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
gc.set_debug(gc.DEBUG_STATS)
for g in (0, 1, 2):
    gc.collect(g)
gc.set_debug(0)
sys.stderr = old
gc.unfreeze()
for line in buf.getvalue().splitlines():
    m = re.fullmatch(r'gc: objects in each generation: (\d+) (\d+) (\d+)', line)
    if m:
        print('sizes', len(m.groups()))
        continue
    m = re.fullmatch(r'gc: objects in permanent generation: (\d+)', line)
    if m:
        print('permanent', int(m.group(1)) > 0)
        continue
    m = re.fullmatch(r'gc: done, (\d+) unreachable, (\d+) uncollectable, (\d+\.\d{4})s elapsed', line)
    if m:
        print('done', m.group(1), m.group(2), 'T')
        continue
    print(line)
