# Which str operations give the shared one-character latin-1 object and which build a new one-character str.
q = chr(113)  # 'q' is not a static identifier
Q = chr(81)
e = chr(233)
tests = {
 'upper': lambda: 'q'.upper() is Q, 'lower': lambda: 'Q'.lower() is q, 'upper_e': lambda: 'É'.lower() is e,
 'swapcase': lambda: 'Q'.swapcase() is q, 'title': lambda: 'q'.title() is Q, 'capitalize': lambda: 'q'.capitalize() is Q,
 'casefold': lambda: 'Q'.casefold() is q, 'replace': lambda: 'qq'.replace('q', '', 1) is q, 'replace2': lambda: 'w'.replace('w', 'q') is q,
 'replace_same': lambda: 'q'.replace('z', 'y') is q, 'strip': lambda: ' q '.strip() is q, 'lstrip': lambda: ' q'.lstrip() is q,
 'rstrip': lambda: 'q '.rstrip() is q, 'center': lambda: 'q'.center(1) is q, 'zfill': lambda: 'q'.zfill(1) is q,
 'expandtabs': lambda: '\t'.expandtabs(1) is ' ', 'join1': lambda: ''.join(['q']) is q, 'join2': lambda: ''.join(['q', '']) is q,
 'join3': lambda: ''.join(['', 'q']) is q, 'joinsep': lambda: '-'.join('q') is q, 'mul': lambda: q * 1 is q,
 'slice': lambda: 'qw'[:1] is q, 'slicestep': lambda: 'qwq'[::2][:1] is q, 'extslice': lambda: 'qw'[::2] is q, 'index': lambda: 'wq'[1] is q,
 'split': lambda: 'q,w'.split(',')[0] is q, 'splitws': lambda: 'q w'.split()[0] is q, 'rsplit': lambda: 'w,q'.rsplit(',')[1] is q,
 'splitlines': lambda: 'q\nw'.splitlines()[0] is q, 'partition': lambda: 'q,w'.partition(',')[0] is q, 'rpartition': lambda: 'w,q'.rpartition(',')[2] is q,
 'removeprefix': lambda: 'wq'.removeprefix('w') is q, 'removesuffix': lambda: 'qw'.removesuffix('w') is q,
 'format': lambda: '{}'.format('q') is q, 'format2': lambda: '{}{}'.format('q', 'w')[0] is q, 'fmt_pct': lambda: '%s' % q is q, 'pct_c': lambda: '%c' % 113 is q,
 'fstr': lambda: f'{q}' is q, 'fstr_int': lambda: f'{5}' is '5', 'str_int': lambda: str(5) is chr(53), 'repr_int': lambda: repr(5) is chr(53),
 'chr': lambda: chr(113) is q, 'str_bytes': lambda: str(b'q', 'ascii') is q, 'decode_utf8': lambda: b'q'.decode() is q,
 'decode_ascii': lambda: b'q'.decode('ascii') is q, 'decode_latin1': lambda: b'q'.decode('latin-1') is q, 'decode_latin1_e': lambda: b'\xe9'.decode('latin-1') is e,
 'decode_utf8_e': lambda: b'\xc3\xa9'.decode() is e, 'decode_u16': lambda: 'q'.encode('utf-16-le').decode('utf-16-le') is q,
 'translate': lambda: 'w'.translate({119: 'q'}) is q, 'translate2': lambda: 'w'.translate({119: 113}) is q,
 'iter': lambda: next(iter('q')) is q, 'list': lambda: list('q')[0] is q, 'reversed': lambda: next(reversed('wq')) is q,
 'min': lambda: min('wq') is q, 'sorted': lambda: sorted('wq')[0] is q, 'hex': lambda: hex(0)[0] is '0', 'ascii': lambda: ascii(q)[1] is q,
 'repr': lambda: repr(q)[1] is q, 'ljust': lambda: 'q'.ljust(1) is q, 'strip_chars': lambda: 'wqw'.strip('w') is q,
 'json': lambda: __import__('json').loads('"q"') is q, 'int_str': lambda: format(5, 'd') is '5', 'bool': lambda: str(True)[0] is 'T',
 'mapping_chr': lambda: list(map(chr, [113]))[0] is q, 'dict_key': lambda: list({'q': 1})[0] is q,
 'encode_decode_e': lambda: e.encode().decode() is e, 'unicode_escape': lambda: b'q'.decode('unicode_escape') is q,
 'raw_ue': lambda: b'q'.decode('raw_unicode_escape') is q, 'str_float': lambda: str(1.0)[1] is '.',
 'memo': lambda: str(memoryview(b'q'), 'ascii') is q, 'bytearray': lambda: bytearray(b'q').decode() is q,
 'upper_upper': lambda: 'Q'.upper() is Q, 'lower_lower': lambda: 'q'.lower() is q, 'input_str': lambda: str(q) is q,
 'os_fspath': lambda: __import__('os').fspath(q) is q, 'fromkeys': lambda: 'w'.maketrans('w', 'q')[119] == 113,
 'zip': lambda: list(zip('q'))[0][0] is q, 'enumerate': lambda: list(enumerate('q'))[0][1] is q, 'set': lambda: list(set('q'))[0] is q,
 'str_iter_e': lambda: list('é')[0] is e, 'ord_chr': lambda: chr(ord('q')) is q, 'ucs2slice': lambda: 'qĀ'[0] is q, 'ucs2slice2': lambda: 'qĀ'[:1] is q,
 'ucs2split': lambda: 'q Ā'.split()[0] is q, 'ucs2replace': lambda: 'qĀ'.replace('Ā', '') is q, 'ucs2strip': lambda: 'qĀ'.strip('Ā') is q,
 'ucs2lower': lambda: 'QĀ'.lower()[0] is q, 'ucs2join': lambda: ''.join(['q', '']) is q,
}
for k, f in tests.items():
    print(k, f())
print(''.replace('', 'q') is q, 'w'.replace('', '') is 'w', 'ww'.replace('w', 'q', 1)[0] is q)
