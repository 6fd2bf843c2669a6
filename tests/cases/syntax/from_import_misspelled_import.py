from os imprt path
