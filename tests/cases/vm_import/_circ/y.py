from _circ.x import fx
