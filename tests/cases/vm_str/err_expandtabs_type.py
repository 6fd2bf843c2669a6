print(repr('abc'.expandtabs('a')))
