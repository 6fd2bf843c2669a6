class A:
    def f(self):
        for i in range(3):
            while True:
                if i == 2
                    break
