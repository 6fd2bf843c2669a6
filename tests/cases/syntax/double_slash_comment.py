x = 10 // this is a comment
