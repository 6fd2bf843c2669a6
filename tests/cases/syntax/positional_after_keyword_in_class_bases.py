class A(metaclass=Meta, Base):
    pass
