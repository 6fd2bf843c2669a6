3rd_place = "bronze"
