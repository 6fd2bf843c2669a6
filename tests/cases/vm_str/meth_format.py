print('{} {}'.format(1, 2), '{0}{1}{0}'.format('a', 'b'), '{x}-{y!r}'.format(x=1, y='q'), '{:>8.3f}|{:<5}|{:^7}'.format(3.14159, 'ab', 'mid'))
print('{0[1]} {0[0]}'.format((5, 6)), '{d[k]}'.format(d={'k': 'v'}), '{:{w}}|'.format('z', w=4), '{:{}{}}|'.format('z', '>', 5), '{{}}{}'.format(7), '{!a}'.format('é'), '{0!s:>4}'.format(1))
print('{a}{b}'.format_map({'a': 1, 'b': 2}), '{:,}'.format(10**9), '{:%}'.format(0.5), '{:#x}'.format(255), '{:e}'.format(12345.678), '{0:{1}.{2}f}'.format(3.14159, 8, 2), '{.real}'.format(1+2j))
