path = "C:\Users\bob\Desktop"
