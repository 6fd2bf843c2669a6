# TextTestRunner on a stream, a suite built by hand, the result object, and the messages of
# the assertion methods' failures (diffs of strings, lists, dicts; custom msg; longMessage).
import io
import unittest

class Messages(unittest.TestCase):
    maxDiff = None

    def test_str(self):
        self.assertEqual('first line\nsecond line\n', 'first line\nsecond lime\n')

    def test_dict(self):
        self.assertEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})

    def test_tuple(self):
        self.assertEqual((1, 2, 3), (1, 2))

    def test_msg(self):
        self.assertTrue(0, 'custom message')

    def test_in(self):
        self.assertIn(5, [1, 2, 3])

    def test_is(self):
        self.assertIs([], [])

    def test_raises_nothing(self):
        with self.assertRaises(ValueError):
            pass

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)

    def test_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

class Short(unittest.TestCase):
    longMessage = False

    def test_short(self):
        self.assertEqual(1, 2, 'only this')

stream = io.StringIO()
suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(Messages))
suite.addTest(Short('test_short'))
print(suite.countTestCases())
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
out = stream.getvalue()
print(out[:out.index('Ran ')] + out[out.index('\n', out.index('Ran ')):])
print(result, result.wasSuccessful(), len(result.failures), len(result.errors), result.testsRun)
print([t.id() for t, _ in result.failures])
