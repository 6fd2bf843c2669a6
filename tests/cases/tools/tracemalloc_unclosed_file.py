import tracemalloc
import warnings

warnings.simplefilter("always")

def opener():
    return open(__file__)

def main():
    f = opener()
    del f

main()
tracemalloc.start(5)
main()
raw = open(__file__, "rb", buffering=0)
raw = None
tracemalloc.stop()
main()
