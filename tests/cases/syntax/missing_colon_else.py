x = 5
if x > 10:
    print("huge")
else
    print("small")
