s = "café" $
