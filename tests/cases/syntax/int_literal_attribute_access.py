name = 1.__class__
