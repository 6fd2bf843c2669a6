ﬁle = 1
µ = 2
π = 3.14
名前 = "x"
x = ﬁle + µ
def naïve(ñ): return ñ
