bytes('aé€', 'ascii')
