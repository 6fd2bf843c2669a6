exec code in namespace
