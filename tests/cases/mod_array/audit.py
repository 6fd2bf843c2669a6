import array, sys
def hook(event, args):
    if event.startswith('array'):
        print(event, args)
sys.addaudithook(hook)
array.array('i', [1])
array.array('u')
