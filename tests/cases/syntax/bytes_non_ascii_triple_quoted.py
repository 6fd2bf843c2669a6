data = b"""
naïve
"""
