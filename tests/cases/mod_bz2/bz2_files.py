# bz2.open and BZ2File round trips through a temporary file: text and binary modes, appending
# (a second stream), reading lines, seeking, and several streams in one file.
import bz2, os, tempfile, io
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'data.bz2')
    with bz2.open(p, 'wt', encoding='utf-8') as f:
        for i in range(2000):
            f.write(f'line {i} ' + 'é' * (i % 7) + '\n')
    raw = open(p, 'rb').read()
    print(len(raw), raw[:10], raw[-10:].hex())
    with bz2.open(p, 'rt', encoding='utf-8') as f:
        lines = f.readlines()
    print(len(lines), lines[0], lines[-1])
    with bz2.BZ2File(p, 'ab', compresslevel=1) as f:
        f.write(b'appended\n' * 3)
    with bz2.BZ2File(p) as f:
        print(f.readline(), f.read(20))
        f.seek(-27, 2)
        print(f.read())
        f.seek(5)
        print(f.tell(), f.read(10), f.peek(3)[:3])
    with open(p, 'rb') as f:
        whole = f.read()
    print(bz2.decompress(whole).count(b'\n'))
    with bz2.open(p, 'xb') if False else bz2.open(os.path.join(tmp, 'x.bz2'), 'xb') as f:
        print(f.write(b'abc' * 100), f.writable(), f.readable())
    try:
        bz2.open(os.path.join(tmp, 'x.bz2'), 'xb')
    except FileExistsError as e:
        print('FileExistsError')
    buf = io.BytesIO(bz2.compress(b'one') + bz2.compress(b'two') + b'')
    with bz2.BZ2File(buf) as f:
        print(f.read())
    buf = io.BytesIO(bz2.compress(b'one') + b'\x00garbage')
    try:
        with bz2.BZ2File(buf) as f:
            print(f.read())
    except OSError as e:
        print('OSError', e)
    with bz2.BZ2File(io.BytesIO(bz2.compress(b'x' * 100000)), 'rb') as f:
        print(len(f.read(70000)), len(f.read()))
