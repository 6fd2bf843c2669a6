greeting = 'a' 'b' name
