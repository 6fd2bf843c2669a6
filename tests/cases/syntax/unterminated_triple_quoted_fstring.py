msg = f"""
Hello {name}
