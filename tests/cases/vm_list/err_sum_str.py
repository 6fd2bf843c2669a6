print(sum(['a'], ''))
