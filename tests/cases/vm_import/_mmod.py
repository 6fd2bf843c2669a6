import sys
print(__name__, __package__ == '', __spec__.name, sys.argv[1:], sys.argv[0].endswith('_mmod.py'))
print(sys.path[0] == __import__('os').getcwd() if False else sys.path[0].endswith('vm_import'))
if __name__ == '__main__':
    print('as main')
