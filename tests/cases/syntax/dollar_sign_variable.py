$name = "bob"
