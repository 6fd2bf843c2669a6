# at, at_addrs and is_proper_module; show_refs given both output and filename; a .dot
# filename (the message with the node count); the module attributes.
import io
import os
import sys
import types
import objgraph


class Thing:
    pass


t = Thing()
print(objgraph.at(id(t)) is t, objgraph.at(id(12345678)) is None, objgraph.at(id('untracked str')))
print(objgraph.at(0))
lst = [1]
found = objgraph.at_addrs({id(t), id(lst), id('s'), 0})
print(len(found), any(x is t for x in found), any(x is lst for x in found))
print(objgraph.at_addrs(set()))
print(objgraph.is_proper_module(objgraph), objgraph.is_proper_module(sys), objgraph.is_proper_module([]))
print(objgraph.is_proper_module(types.ModuleType('foo')))
fake = types.ModuleType('os')
print(objgraph.is_proper_module(fake), objgraph.is_proper_module(os))
try:
    objgraph.show_refs([t], output=io.StringIO(), filename='x.dot')
except ValueError as e:
    print('ValueError:', e)
objgraph.show_refs([t], filename='refs.dot')
objgraph.show_backrefs([t], filename='backrefs.dot', max_depth=1)
with open('refs.dot', encoding='utf-8') as f:
    print(f.read().count('[label='))
os.remove('refs.dot')
os.remove('backrefs.dot')
print(objgraph.__version__, objgraph.IS_INTERACTIVE)
print(objgraph.show_refs([t], output=io.StringIO()))
