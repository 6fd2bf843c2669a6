user.get_name() = "bob"
