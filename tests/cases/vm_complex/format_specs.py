z = 1.5-2.25j
for spec in ['', '.2f', '^30', '+.3e', 'g', '>20.1f', '*<25', 'G', '.0f', 'E']:
    print(repr(spec), f"[{z:{spec}}]", f"[{1j:{spec}}]", f"[{complex(float('nan'), -0.0):{spec}}]")
print(format(1+1j), format(-0j, ''))
