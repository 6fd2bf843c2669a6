exec()
