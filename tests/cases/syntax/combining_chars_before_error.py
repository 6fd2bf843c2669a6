café = 1 +
