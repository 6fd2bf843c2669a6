msg = 'it's fine'
