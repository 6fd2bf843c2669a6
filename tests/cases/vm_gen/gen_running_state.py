def g():
    print('inside running:', me.gi_running, me.gi_suspended)
    yield 1
me = g()
print(me.gi_running, me.gi_suspended)
next(me)
print(me.gi_running, me.gi_suspended)
print(next(me, 'end'), me.gi_running, me.gi_suspended, me.gi_frame)
