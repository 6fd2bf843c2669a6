import sys
print('before')
import does_not_exist_anywhere
