import unittest

class Alpha(unittest.TestCase):
    def test_one(self):
        self.assertEqual([1, 2], [1, 2])

    def test_two(self):
        self.assertIn('a', 'abc')
