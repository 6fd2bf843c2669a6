# unittest.main() in a script whose tests all pass: dots, "OK" and exit status 0; class and
# module fixtures, skipIf/skipUnless, a skipped class.
import unittest

log = []

def setUpModule():
    log.append('setUpModule')

def tearDownModule():
    log.append('tearDownModule')

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def test_a(self):
        self.assertIn('setUpClass', log)
        self.assertIsNone(None)
        self.assertIsInstance(3, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertGreater(2, 1)
        self.assertRegex('glasspy', r'g.*y')

    @unittest.skipIf(True, 'always skipped')
    def test_b(self):
        pass

    @unittest.skipUnless(False, 'never run')
    def test_c(self):
        pass

    def test_d(self):
        with self.assertRaises(KeyError) as cm:
            {}['k']
        self.assertEqual(cm.exception.args, ('k',))
        self.assertRaises(TypeError, len, 3)

@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_x(self):
        self.fail('not run')

if __name__ == '__main__':
    unittest.main(exit=False)
    print(log)
    unittest.main()
