complex(1, None)
