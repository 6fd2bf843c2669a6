text = ("first part "
        "second part"
        variable)
