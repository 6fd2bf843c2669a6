import tracemalloc
async def job():
    pass
def make():
    return job()
c = make()
del c
tracemalloc.start(3)
c = make()
del c
print("end")
