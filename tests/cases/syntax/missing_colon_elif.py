x = 5
if x > 10:
    print("huge")
elif x > 3
    print("big")
