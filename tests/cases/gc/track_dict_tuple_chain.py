# A dict holding a run-time tuple of atomics: the first full collection untracks the tuple,
# and the dict (examined before or after) only becomes untracked once its tuple is.
import gc
d = {'t': tuple([1, 2])}
print(gc.is_tracked(d), gc.is_tracked(d['t']))
steps = 0
while gc.is_tracked(d) and steps < 5:
    gc.collect()
    steps += 1
    print(steps, gc.is_tracked(d), gc.is_tracked(d['t']))
