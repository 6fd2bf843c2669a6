# Struct sequences (sys.version_info, time.struct_time, os.stat_result, sys.flags ...): tuples
# with visible and hidden fields.
import sys, time, os

for name, v in [('version_info', sys.version_info), ('flags', sys.flags), ('float_info', sys.float_info),
                ('int_info', sys.int_info), ('hash_info', sys.hash_info), ('struct_time', time.gmtime(0)),
                ('stat_result', os.stat('.')), ('terminal_size', os.terminal_size((80, 24))), ('times', os.times())]:
    print(name, len(v), sys.getsizeof(v), v.__sizeof__(), type(v).__basicsize__, type(v).__itemsize__)
