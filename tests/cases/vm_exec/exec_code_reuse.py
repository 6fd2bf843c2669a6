c = compile("total = total + step", "<acc>", "exec")
ns = {"total": 0, "step": 3}
for i in range(4):
    exec(c, ns)
print(ns["total"])
e = compile("v * v", "<sq>", "eval")
print([eval(e, {"v": v}) for v in range(5)])
print(c.co_name, e.co_filename, c.co_names)
