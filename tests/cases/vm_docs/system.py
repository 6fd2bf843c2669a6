# sys, gc, time, atexit, errno and marshal. Expected: CPython 3.12.1 (whose docs
#   tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: sys._clear_type_cache, sys._current_exceptions, sys._current_frames,
#   sys._debugmallocstats, sys._getframemodulename, sys._setprofileallthreads,
#   sys._settraceallthreads, sys.activate_stack_trampoline, sys.call_tracing,
#   sys.deactivate_stack_trampoline, sys.get_asyncgen_hooks,
#   sys.get_coroutine_origin_tracking_depth, sys.getdlopenflags, sys.getunicodeinternedsize,
#   sys.is_stack_trampoline_active, sys.set_asyncgen_hooks, sys.set_coroutine_origin_tracking_depth,
#   sys.setdlopenflags, sys.setswitchinterval, time.pthread_getcpuclockid,
#   time.struct_time.tm_gmtoff, time.struct_time.tm_hour, time.struct_time.tm_isdst,
#   time.struct_time.tm_mday, time.struct_time.tm_min, time.struct_time.tm_mon,
#   time.struct_time.tm_sec, time.struct_time.tm_wday, time.struct_time.tm_yday,
#   time.struct_time.tm_year, time.struct_time.tm_zone.
import sys, gc, time, atexit, errno, marshal

from _docsweep import skip, sweep_module

skip(
    'sys._clear_type_cache', 'sys._current_exceptions', 'sys._current_frames',
    'sys._debugmallocstats', 'sys._getframemodulename', 'sys._setprofileallthreads',
    'sys._settraceallthreads', 'sys.activate_stack_trampoline', 'sys.call_tracing',
    'sys.deactivate_stack_trampoline', 'sys.get_asyncgen_hooks',
    'sys.get_coroutine_origin_tracking_depth', 'sys.getdlopenflags', 'sys.getunicodeinternedsize',
    'sys.is_stack_trampoline_active', 'sys.set_asyncgen_hooks',
    'sys.set_coroutine_origin_tracking_depth', 'sys.setdlopenflags', 'sys.setswitchinterval',
    'time.pthread_getcpuclockid', 'time.struct_time.tm_gmtoff', 'time.struct_time.tm_hour',
    'time.struct_time.tm_isdst', 'time.struct_time.tm_mday', 'time.struct_time.tm_min',
    'time.struct_time.tm_mon', 'time.struct_time.tm_sec', 'time.struct_time.tm_wday',
    'time.struct_time.tm_yday', 'time.struct_time.tm_year', 'time.struct_time.tm_zone',
)
for m in (sys, gc, time, atexit, errno, marshal):
    sweep_module(m)
