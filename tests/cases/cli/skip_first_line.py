@@@ this line is skipped by -x
x = 1
y = (
