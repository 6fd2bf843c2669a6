def ƒ():
    ñ = 1
    global ñ
