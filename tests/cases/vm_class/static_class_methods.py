class K:
    count = 0
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls):
        cls.count += 1
        return cls.count
class L(K):
    pass
print(K.add(1, 2), K().add(3, 4), K.make(), K().make(), L.make(), K.count, L.count)
print(type(K.__dict__['add']), type(K.__dict__['make']))
print(K.__dict__['add'].__func__ is K.add)
print(K.make.__self__ is K, L.make.__self__ is L)
