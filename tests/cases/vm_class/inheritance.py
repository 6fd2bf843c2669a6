class Animal:
    sound = 'generic'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.sound
    def describe(self):
        return self.name, self.speak()
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + '!'
for a in (Animal('a'), Dog('d'), Puppy('p')):
    print(a.describe(), isinstance(a, Animal), isinstance(a, Dog), type(a).__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))
print(Puppy.__mro__)
print(isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, int))
