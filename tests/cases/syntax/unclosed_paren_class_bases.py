class Dog(Animal:
    pass
