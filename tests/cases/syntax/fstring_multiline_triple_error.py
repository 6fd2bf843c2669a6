msg = f"""
line one
{a b}
"""
