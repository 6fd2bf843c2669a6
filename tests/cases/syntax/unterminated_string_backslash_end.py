path = "C:\\temp\"
