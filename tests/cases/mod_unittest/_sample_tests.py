# Tests for the -m unittest cases: passing tests, a failure, an error, a skip, an expected
# failure, subtests, assertRaises, setUp/tearDown.
import unittest

class Basic(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]

    def tearDown(self):
        self.items = None

    def test_pass(self):
        self.assertEqual(sum(self.items), 6)

    def test_fail(self):
        self.assertEqual(self.items, [1, 2, 4])

    def test_error(self):
        {}['missing']

    @unittest.skip("not today")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    def test_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaisesRegex(ValueError, 'bad'):
            raise ValueError('bad value')

if __name__ == '__main__':
    unittest.main()
