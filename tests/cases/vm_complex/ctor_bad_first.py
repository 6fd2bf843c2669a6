complex(None)
