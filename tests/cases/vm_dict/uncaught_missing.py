# an uncaught KeyError raised inside a dict method, with a __missing__ that fails
class Cfg(dict):
    def __missing__(self, key):
        return self.fallback[key]
    fallback = {'debug': False}

c = Cfg(name='x')
print(c['name'], c['debug'])
settings = {'a': 1}
settings.update(c)
print(settings)
print(c['verbose'])
