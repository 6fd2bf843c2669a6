dict("key"=1)
