values = [first_value, second_value, third_value, fourth_value fifth_value, sixth_value, seventh_value, eighth_value]
