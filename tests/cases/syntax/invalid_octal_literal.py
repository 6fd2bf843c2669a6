perm = 0o17z
