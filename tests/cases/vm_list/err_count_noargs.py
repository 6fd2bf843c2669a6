[].count()
