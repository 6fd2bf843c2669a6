# enable/disable/isenabled; disabling does not stop explicit collections.
import gc
print(gc.isenabled())
gc.disable(); gc.disable()
print(gc.isenabled())
l = []; l.append(l); del l
print(gc.collect())
gc.enable(); gc.enable()
print(gc.isenabled())
print(gc.enable(), gc.disable(), gc.isenabled())
gc.enable()
