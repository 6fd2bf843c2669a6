# gc.get_count() deltas of calls of builtins, methods and types: CPython builds an args tuple
# (and a keyword dict) for METH_VARARGS functions and for types called through tp_call (str,
# int, bytes, zip, the itertools and operator types, ...), so they count one allocation more.
import gc, sys, functools, itertools, operator
gc.disable()
S = 'abc def'; B = b'abc def'; BA = bytearray(b'abc'); L = [1, 2, 3]; D = {'a': 1}; ST = {1, 2}; T = (1, 2, 3)
calls = [
 ('str.find', lambda: S.find('d')), ('str.rfind', lambda: S.rfind('d')), ('str.index', lambda: S.index('d')), ('str.rindex', lambda: S.rindex('d')),
 ('str.count', lambda: S.count('a')), ('str.startswith', lambda: S.startswith('a')), ('str.endswith', lambda: S.endswith('a')),
 ('str.split', lambda: S.split(' ')), ('str.rsplit', lambda: S.rsplit(' ', 1)), ('str.replace', lambda: S.replace('a', 'b')),
 ('str.strip', lambda: S.strip('a')), ('str.center', lambda: S.center(9)), ('str.ljust', lambda: S.ljust(9)), ('str.zfill', lambda: S.zfill(9)),
 ('str.expandtabs', lambda: S.expandtabs(4)), ('str.splitlines', lambda: S.splitlines(True)), ('str.partition', lambda: S.partition(' ')),
 ('str.encode', lambda: S.encode('utf-8')), ('str.translate', lambda: S.translate({97: 98})), ('str.format_map', lambda: '{a}'.format_map(D)),
 ('str.join', lambda: ' '.join(['x'])), ('str.removeprefix', lambda: S.removeprefix('a')), ('str.__format__', lambda: S.__format__('')),
 ('bytes.find', lambda: B.find(b'd')), ('bytes.count', lambda: B.count(b'a')), ('bytes.startswith', lambda: B.startswith(b'a')), ('bytes.index', lambda: B.index(b'a')),
 ('bytes.split', lambda: B.split()), ('bytes.replace', lambda: B.replace(b'a', b'b')), ('bytes.decode', lambda: B.decode()), ('bytes.hex', lambda: B.hex()),
 ('bytes.join', lambda: b' '.join([b'x'])), ('bytes.center', lambda: B.center(9)), ('bytes.fromhex', lambda: bytes.fromhex('41')),
 ('ba.find', lambda: BA.find(b'd')), ('ba.count', lambda: BA.count(b'a')), ('ba.append', lambda: bytearray().append(1)), ('ba.extend', lambda: bytearray().extend(b'ab')),
 ('list.index', lambda: L.index(2)), ('list.count', lambda: L.count(2)), ('list.insert', lambda: [].insert(0, 1)), ('list.pop', lambda: [1].pop()), ('list.remove', lambda: [1].remove(1)),
 ('list.extend', lambda: [].extend(L)), ('list.sort_key', lambda: [2, 1].sort(key=abs)), ('list.reverse', lambda: [1].reverse()),
 ('dict.get', lambda: D.get('a', 0)), ('dict.pop', lambda: {'a': 1}.pop('a')), ('dict.setdefault', lambda: {}.setdefault('a', 1)), ('dict.update', lambda: {}.update(D)),
 ('dict.update_kw', lambda: {}.update(a=1)), ('dict.fromkeys', lambda: dict.fromkeys('ab', 0)), ('dict.popitem', lambda: {'a': 1}.popitem()), ('dict.keys', lambda: D.keys()),
 ('set.update', lambda: set().update(L)), ('set.union', lambda: ST.union(L)), ('set.intersection', lambda: ST.intersection(L)), ('set.difference', lambda: ST.difference(L)),
 ('set.issubset', lambda: ST.issubset(L)), ('set.add', lambda: set().add(1)), ('set.discard', lambda: set().discard(1)), ('set.isdisjoint', lambda: ST.isdisjoint(L)),
 ('set.symmetric_difference_update', lambda: set().symmetric_difference_update(L)), ('set.intersection_update', lambda: set().intersection_update(L)),
 ('tuple.index', lambda: T.index(2)), ('tuple.count', lambda: T.count(2)), ('int.to_bytes', lambda: (5).to_bytes(2, 'big')), ('int.bit_length', lambda: (5).bit_length()),
 ('float.hex', lambda: (1.5).hex()), ('float.__round__', lambda: (1.5).__round__(1)), ('int.__format__', lambda: (5).__format__('d')),
 ('sys.getsizeof', lambda: sys.getsizeof(L)), ('sys.intern', lambda: sys.intern('qq')), ('getattr3', lambda: getattr(L, 'zz', 1)), ('setattr', lambda: setattr(functools, 'qq', 1)),
 ('min_key', lambda: min(L, key=abs)), ('max', lambda: max(L)), ('max2', lambda: max(1, 2)), ('sorted_key', lambda: sorted(L, key=abs)), ('sorted', lambda: sorted(L)),
 ('sum', lambda: sum(L, 0)), ('print', lambda: print(end='')), ('round', lambda: round(1.25, 1)), ('pow', lambda: pow(2, 3)), ('iter2', lambda: iter(int, 1)),
 ('next2', lambda: next(iter(L), 0)), ('isinstance', lambda: isinstance(1, (int, str))), ('issubclass', lambda: issubclass(int, object)), ('hasattr', lambda: hasattr(L, 'x')),
 ('vars', lambda: vars(functools)), ('locals', lambda: locals()), ('globals', lambda: globals()), ('format', lambda: format(5, 'd')), ('chr', lambda: chr(65)),
 ('divmod', lambda: divmod(7, 2)), ('enumerate2', lambda: enumerate(L, 1)), ('range3', lambda: range(1, 5, 2)), ('slice3', lambda: slice(1, 5, 2)),
 ('str1', lambda: str(5)), ('str2', lambda: str(B, 'ascii')), ('int1', lambda: int('5')), ('int2', lambda: int('5', 10)), ('float1', lambda: float('5')), ('complex2', lambda: complex(1, 2)),
 ('bytes1', lambda: bytes(3)), ('bytearray1', lambda: bytearray(3)), ('zip', lambda: zip(L, L)), ('zip_strict', lambda: zip(L, strict=True)),
 ('map', lambda: map(abs, L)), ('filter', lambda: filter(None, L)), ('reversed', lambda: reversed(L)), ('tuple1', lambda: tuple(L)), ('list1', lambda: list(L)), ('set1', lambda: set(L)),
 ('frozenset1', lambda: frozenset(L)), ('dict1', lambda: dict(D)), ('dict_kw', lambda: dict(a=1)), ('type1', lambda: type(L)), ('object', lambda: object()), ('super2', lambda: super(int, 1)),
 ('property1', lambda: property(abs)), 
 ('partial', lambda: functools.partial(abs, 1)), ('reduce', lambda: functools.reduce(operator.add, L)), ('cmp_to_key', lambda: functools.cmp_to_key(abs)),
 ('islice', lambda: itertools.islice(L, 2)), ('chain', lambda: itertools.chain(L)), ('count', lambda: itertools.count(1)), ('repeat', lambda: itertools.repeat(1, 2)),
 ('accumulate', lambda: itertools.accumulate(L)), ('permutations', lambda: itertools.permutations(L)), ('starmap', lambda: itertools.starmap(abs, [])),
 ('groupby', lambda: itertools.groupby(L)), ('tee', lambda: itertools.tee(L)), 
 ('attrgetter', lambda: operator.attrgetter('a')), ('itemgetter', lambda: operator.itemgetter(1)), ('methodcaller', lambda: operator.methodcaller('a')),
 ('exc1', lambda: ValueError('x')), ('exc0', lambda: ValueError()), ('oserror', lambda: OSError(2, 'x')), ('keyerror', lambda: KeyError('k')),
]
for k, f in calls:
    gc.collect()
    a = gc.get_count()
    r = f()
    b = gc.get_count()
    del r
    print(k, b[0] - a[0])
