# str methods that hand back the exact str itself when they change nothing, and the round trips that do not.
s = 'hello'
w = 'two words'
u = 'ünï'
tests = {
 'center_same': lambda: s.center(5) is s, 'center_less': lambda: s.center(2) is s, 'center_more': lambda: s.center(7) is s, 'ljust': lambda: s.ljust(5) is s,
 'rjust': lambda: s.rjust(0) is s, 'zfill': lambda: s.zfill(5) is s, 'zfill_neg': lambda: s.zfill(-1) is s, 'expandtabs': lambda: s.expandtabs() is s,
 'expandtabs_u': lambda: u.expandtabs() is u, 'strip': lambda: s.strip() is s, 'strip_chars': lambda: s.strip('xyz') is s, 'lstrip': lambda: w.lstrip('t') is w,
 'rstrip': lambda: w.rstrip() is w, 'strip_u': lambda: u.strip() is u, 'removeprefix': lambda: s.removeprefix('') is s, 'removesuffix': lambda: s.removesuffix('lo') is s,
 'replace_none': lambda: w.replace('z', 'q') is w, 'replace_count0': lambda: w.replace('t', 'q', 0) is w, 'replace_u': lambda: u.replace('z', 'q') is u,
 'split_u': lambda: u.split()[0] is u, 'partition_u': lambda: u.partition('z')[0] is u, 'rpartition': lambda: w.rpartition('z')[2] is w, 'partition_found': lambda: w.partition('t')[2] == 'wo words',
 'format_spec': lambda: format(w, '') is w, 'format_s': lambda: format(w, 's') is w, 'format_w': lambda: format(w, '9') is w, 'format_w2': lambda: format(w, '<9') is w,
 'format_prec': lambda: format(w, '.9') is w, 'format_more': lambda: format(w, '10') is w, 'str_str': lambda: str(w) is w, 'str_new': lambda: str.__new__(str, w) is w,
 'mul1': lambda: w * 1 is w, 'mul0': lambda: w * 0 is '', 'join_one': lambda: ','.join([w]) is w, 'join_tuple': lambda: ','.join((w,)) is w, 'join_gen': lambda: ','.join(x for x in [w]) is w,
 'slice_full': lambda: w[:] is w, 'slice_neg': lambda: w[-100:100] is w, 'slice_step1': lambda: w[::1] is w, 'slice_rev2': lambda: w[::-1][::-1] is w,
 'lower_same': lambda: 'abc'.lower() is 'abc', 'title_same': lambda: 'Abc'.title() == 'Abc', 'casefold_u': lambda: u.casefold() is u, 'swap': lambda: 'aB'.swapcase().swapcase() is 'aB',
 'encode_decode': lambda: w.encode().decode() is w, 'str_bytes': lambda: str(w.encode(), 'utf-8') is w, 'repr_eval': lambda: eval(repr(w)) is w,
 'copy': lambda: __import__('copy').copy(w) is w, 'deepcopy': lambda: __import__('copy').deepcopy(w) is w, 'pickle': lambda: __import__('pickle').loads(__import__('pickle').dumps(w)) is w,
 'intern_pickle_name': lambda: __import__('pickle').loads(__import__('pickle').dumps('hello')) is s, 'marshal_name': lambda: __import__('marshal').loads(__import__('marshal').dumps('hello')) is s,
 'marshal_words': lambda: __import__('marshal').loads(__import__('marshal').dumps(w)) is w, 'os_fsdecode': lambda: __import__('os').fsdecode(w) is w,
 'max_str': lambda: max([w]) is w, 'sorted_str': lambda: sorted([w])[0] is w, 'set_str': lambda: set([w]).pop() is w, 'dict_key': lambda: list(dict.fromkeys([w]))[0] is w,
}
for k, f in tests.items():
    print(k, f())
