# csv.py over _csv: dialects, DictReader/DictWriter, Sniffer and round trips.
import csv, io

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
print(sorted(csv.list_dialects()), csv.__version__, csv.Error, csv.__doc__.splitlines()[0])
for name in ('excel', 'excel-tab', 'unix'):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)

rows = [['name', 'value', 'note'], ['a', 1, 'plain'], ['b,c', 2.5, 'has "quotes"'], ['multi\nline', None, ''], ['', -3, ' lead space']]
for dialect in ('excel', 'excel-tab', 'unix'):
    for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
        s = io.StringIO()
        w = csv.writer(s, dialect=dialect, quoting=quoting)
        w.writerows(rows)
        text = s.getvalue()
        print(dialect, quoting, repr(text))
        print(list(csv.reader(io.StringIO(text, newline=''), dialect=dialect)))

class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    escapechar = '\\'
    doublequote = False
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect('semi', Semi)
s = io.StringIO()
csv.writer(s, 'semi').writerows([["it's", 'a;b', 'c'], ['x', "'q'", 'back\\slash']])
print(repr(s.getvalue()))
print(list(csv.reader(io.StringIO(s.getvalue()), 'semi')))
print(list(csv.reader(['a;  b;  c'], 'semi')))
csv.unregister_dialect('semi')

class Broken(csv.Dialect):
    delimiter = ';;'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
try:
    Broken()
except csv.Error as e:
    print('Error', e)
try:
    csv.Dialect()
except csv.Error as e:
    print('Error', e)

# DictWriter / DictReader
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['id', 'name', 'score'], restval='?', extrasaction='ignore')
w.writeheader()
w.writerow({'id': 1, 'name': 'Ann', 'score': 9.5})
w.writerow({'id': 2, 'name': 'Bob, Jr.', 'extra': 'x'})
w.writerows([{'id': 3, 'name': 'Cé "C"', 'score': 7}])
print(repr(s.getvalue()))
s.seek(0)
r = csv.DictReader(s)
print(r.fieldnames)
for row in r:
    print(row, r.line_num)
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2})
except ValueError as e:
    print('ValueError', e)
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)
r = csv.DictReader(io.StringIO('a,b\n1,2,3,4\n5\n\n6,7\n'), restkey='rest', restval='R')
print(list(r))
r = csv.DictReader(['x', '1', '2'], fieldnames=['col'])
print(list(r))

# Sniffer
sn = csv.Sniffer()
sample = 'name;age;city\n"Smith, J";42;"New York"\nDoe;37;Boston\nRoe;29;"San Jose"\n'
d = sn.sniff(sample)
print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, sn.has_header(sample))
d = sn.sniff('a|b|c\n1|2|3\n4|5|6\n')
print(repr(d.delimiter), d.quotechar, sn.has_header('a|b|c\n1|2|3\n4|5|6\n'))
try:
    sn.sniff('')
except csv.Error as e:
    print('Error', e)

# Errors through csv
for f in [lambda: list(csv.reader(['"a"b'], strict=True)), lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
          lambda: csv.reader([], 'nope'), lambda: csv.field_size_limit('x'), lambda: list(csv.reader(io.BytesIO(b'a,b\n')))]:
    try:
        f()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
print(csv.field_size_limit())
