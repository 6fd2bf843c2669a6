import unittest

class Beta(unittest.TestCase):
    def test_fails(self):
        self.assertDictEqual({'a': 1}, {'a': 2})

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass
