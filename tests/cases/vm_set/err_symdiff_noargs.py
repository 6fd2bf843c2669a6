print({1}.symmetric_difference())
