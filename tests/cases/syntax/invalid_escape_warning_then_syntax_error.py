pattern = "\d+"
x = (
