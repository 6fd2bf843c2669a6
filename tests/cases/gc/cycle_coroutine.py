# Coroutine and async generator objects in cycles.
import gc, warnings
warnings.simplefilter('ignore')
gc.collect()
async def co(box):
    return box
box = []
c = co(box)
box.append(c)
del c, box
print(gc.collect())
async def agen(box):
    yield box
box = []
ag = agen(box)
box.append(ag)
del ag, box
print(gc.collect())
