# Object allocation and attribute access: many short-lived instances, attribute reads/writes.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Particle:
    __slots__ = ('pos', 'vel', 'mass')

    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass


particles = [Particle(Vec(i, -i), Vec(1, 2), i % 7 + 1) for i in range(3000)]
for step in range(300):
    for p in particles:
        p.pos = Vec(p.pos.x + p.vel.x, p.pos.y + p.vel.y)
        p.vel.x = -p.vel.x if p.pos.x > 500 else p.vel.x
sx = sum(p.pos.x * p.mass for p in particles)
sy = sum(p.pos.y for p in particles)
print(sx, sy)
count = 0
for i in range(600000):
    v = Vec(i, i + 1)
    count += v.x - v.y
print(count)
