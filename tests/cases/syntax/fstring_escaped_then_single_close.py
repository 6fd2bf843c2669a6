print(f"{{x}")
