class A(B) pass
