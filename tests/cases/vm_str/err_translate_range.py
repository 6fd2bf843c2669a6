print(repr('abc'.translate({97: 0x110000})))
