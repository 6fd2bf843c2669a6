import json
from collections import OrderedDict

data = {'a': [1, 2.5, None, True, False, 'é\n\t"q"'], 'b': {'nested': [[], {}]}, 'c': -0.0}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == data, json.dumps(data, separators=(',', ':')), json.dumps('é\u2028', ensure_ascii=False))
print(json.loads('{"x": [1, 2, {"y": "\\u00e9\\ud83d\\ude00"}], "z": 1e5, "w": -12}'))
print(json.dumps([1e300, float('inf'), float('nan')]), json.loads('[Infinity, -Infinity]'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('1.5', parse_float=str), json.loads('[1]', parse_int=float))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)

print(json.dumps([Point(1, 2)], cls=Enc), json.dumps({1: 'a', 2.5: 'b', None: 'c', True: 'd'}))
for bad in ['{"x": }', '[1, 2', '{"a" 1}', '', '[1,]', 'nul', '{"a": 1} x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
for bad in [lambda: json.dumps(Point(1, 2)), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps([float('nan')], allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(e)
print(json.dumps({'k': [1, {'j': 2}]}, indent='\t'))
