# Run with the reference (PYENV_VERSION=3.12.1 python3 tools/gen-vm-table-fixtures.py): for the code
# objects of a set of standard-library modules (and snippets), record co_linetable,
# co_exceptiontable and what CPython derives from them: co_positions() and the exception table
# entries (dis._parse_exception_table, converted to code units). The positions are stored as a
# SHA-256 of their canonical JSON to keep the fixture small.
import dis, hashlib, json, os, sys, types
here = os.path.dirname(os.path.abspath(__file__))
out_path = os.path.join(here, '..', 'tests', 'fixtures', 'vm', 'code-tables.json')
lib = os.path.dirname(os.__file__)
modules = ['argparse', 'ast', 'asyncio/base_events', 'collections/__init__', 'contextlib', 'dataclasses',
           'enum', 'functools', 'inspect', 'json/decoder', 'pathlib', 'pprint', 're/_parser', 'string',
           'textwrap', 'traceback', 'typing', 'unittest/case', 'zipfile/__init__', 'tokenize']
snippets = [
    'try:\n    x = 1\nexcept ValueError as e:\n    y = 2\nfinally:\n    z = 3\n',
    'with open(f) as g, h:\n    pass\n',
    'async def f():\n    async with a as b:\n        await c\n    async for x in y:\n        pass\n',
    'x = (a +\n     b * c\n     - d)[e](\n  f, g)\n',
    'try:\n    pass\nexcept* E:\n    pass\n',
    'def g():\n    yield from h()\n    return [x for x in y if x]\n',
]

def walk(code):
    yield code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            yield from walk(c)

def canon_positions(code):
    return json.dumps([[a, b, c, d] for (a, b, c, d) in code.co_positions()], separators=(',', ':'))

records = []
sources = [(m, open(os.path.join(lib, m + '.py'), 'rb').read()) for m in modules] + [(f'snippet{i}', s) for i, s in enumerate(snippets)]
for name, src in sources:
    top = compile(src, name, 'exec')
    for code in walk(top):
        records.append({
            'where': f'{name}:{code.co_qualname}:{code.co_firstlineno}',
            'firstlineno': code.co_firstlineno,
            'units': len(code.co_code) // 2,
            'linetable': code.co_linetable.hex(),
            'positions_sha256': hashlib.sha256(canon_positions(code).encode()).hexdigest(),
            'exceptiontable': code.co_exceptiontable.hex(),
            'handlers': [[e.start // 2, e.end // 2, e.target // 2, e.depth, e.lasti] for e in dis._parse_exception_table(code)],
        })
with open(out_path, 'w') as fh:
    json.dump(records, fh, separators=(',', ':'))
    fh.write('\n')
print(len(records), 'code objects')
