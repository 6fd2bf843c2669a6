x = "hello'
