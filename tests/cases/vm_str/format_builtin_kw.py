format(1, format_spec='')
