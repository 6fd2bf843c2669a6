# Generators: a suspended generator that dies is closed (GeneratorExit, finally blocks run).
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


def gen(tag):
    local = D(tag + '-local')
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(tag, 'GeneratorExit')
        raise
    finally:
        print(tag, 'finally')


g = gen('g1')
next(g)
print('deleting suspended generator')
del g
print('after del')
g = gen('g2')
print('never started: nothing runs')
del g
g = gen('g3')
for x in g:
    print('got', x)
print('exhausted')
del g
for x in gen('g4'):
    print('break at', x)
    break
print('after break')


def swallow():
    try:
        yield 1
    except GeneratorExit:
        print('swallowing GeneratorExit')
        yield 2


s = swallow()
next(s)
del s
print('after swallow')


def with_obj():
    d = D('yielded')
    yield d
    print('resumed')


w = with_obj()
v = next(w)
del w
print('generator gone, value kept:', v.name)
del v


def closing_gen():
    try:
        yield
    finally:
        print('closed explicitly')


c = closing_gen()
next(c)
c.close()
print('close done')
del c
gen_expr = (D('ge%d' % i) for i in range(3))
first = next(gen_expr)
del gen_expr
print('generator expression dropped')
del first
print('end')
