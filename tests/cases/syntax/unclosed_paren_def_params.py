def greet(name, greeting="hi":
    print(greeting, name)
