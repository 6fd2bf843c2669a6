print(repr('abc'.translate({97: 1.5})))
