print(int(), int('42'), int(' -17 '), int('ff', 16), int('0x1f', 0), int('1_000'), int('٣'), int(7.9), int(-7.9), int(True), int('z', 36))
print(float(), float('1.5'), float(' -2.5e3 '), float('inf'), float('-nan'), float(2), float(True), float('1_0.5'), float(10**20))
print(int('12', base=8), int(x) if (x := 5) else 0)
