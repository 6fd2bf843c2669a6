print(**[1])
