print(repr('abc'.rsplit('')))
