exec("1 +")
