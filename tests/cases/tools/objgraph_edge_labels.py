# Edge labels: an object's __dict__, a bound method's __self__ and __func__, a function's
# attributes found through dir() (__globals__, __code__, __defaults__...), dict keys that are
# identifiers (weight 2) or not (type and repr of the key), and a dict's edges to its keys.
import objgraph
from _objgraph_util import refs


class Pet:
    def __init__(self):
        self.name = 'rex'

    def speak(self):
        return self.name


def greet(who, punctuation=['!']):
    return who + punctuation[0]


pet = Pet()
pet.__dict__          # materialise the instance dict
target = ['target']
table = {'ident': target, 'not an identifier': target, 7: [1], (1, 2): [2], target[0]: target}
keys = {Pet: 1, greet: 2}
refs(objgraph.show_refs, [pet], max_depth=1)
refs(objgraph.show_refs, [pet.speak], max_depth=1)
refs(objgraph.show_refs, [greet], max_depth=1, filter=lambda o: not isinstance(o, dict) or len(o) < 50)
refs(objgraph.show_refs, [table], max_depth=1)
refs(objgraph.show_refs, [keys], max_depth=1)
refs(objgraph.show_backrefs, [target], max_depth=1)
