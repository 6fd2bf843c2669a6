def f():
    try:
        (1, 2)[9]
    except KeyError:
        print("no")
    except (TypeError, ValueError):
        print("no")
try:
    f()
except IndexError as e:
    print("caught", e)
f()
