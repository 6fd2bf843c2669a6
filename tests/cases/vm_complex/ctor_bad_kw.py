complex(x=1)
