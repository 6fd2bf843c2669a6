import sys
x = 5
def double(v):
    return v * 2
print("script ran", hasattr(sys, "ps1"), sys.argv)
