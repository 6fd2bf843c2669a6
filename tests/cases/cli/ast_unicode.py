café = "naïve ☃ 😀"
π = b"\xff"
# ünïcode comment
