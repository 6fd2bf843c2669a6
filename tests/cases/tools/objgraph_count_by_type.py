# count and by_type over all tracked objects (for the program's own classes, whose numbers
# are the program's) and over objects= lists; short and qualified names.
import objgraph


class Widget:
    def __init__(self, n):
        self.n = n


class Gadget(Widget):
    pass


ws = [Widget(i) for i in range(7)]
gs = [Gadget(i) for i in range(3)]
print(objgraph.count('Widget'), objgraph.count('Gadget'), objgraph.count('__main__.Widget'))
print(objgraph.count('other.Widget'), objgraph.count('NoSuchType'))
print([w.n for w in objgraph.by_type('Widget')])
print([g.n for g in objgraph.by_type('__main__.Gadget')])
mixed = [ws[0], gs[0], 3, 'str', ws[1], (1,), []]
print(objgraph.count('Widget', mixed), objgraph.count('int', mixed), objgraph.count('builtins.int', mixed))
print(objgraph.by_type('int', mixed), objgraph.by_type('builtins.str', mixed))
print(objgraph.count('type') == objgraph.count('builtins.type'))
del ws[:4]
print(objgraph.count('Widget'))
print(len(objgraph.by_type('Gadget')), len(objgraph.by_type('Widget', [])))
