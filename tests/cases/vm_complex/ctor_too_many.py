complex(1, 2, 3)
