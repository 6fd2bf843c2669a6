# sysconfig over the build configuration (_sysconfigdata__linux_x86_64-linux-gnu), and zoneinfo,
# which finds the time zone database through sysconfig's TZPATH.
import sysconfig, zoneinfo, datetime
for k in ['SOABI', 'EXT_SUFFIX', 'SHLIB_SUFFIX', 'MULTIARCH', 'MACHDEP', 'VERSION', 'TZPATH', 'SIZEOF_VOID_P', 'SIZEOF_LONG', 'Py_DEBUG', 'WITH_PYMALLOC', 'ABIFLAGS', 'py_version_nodot']:
    print(k, repr(sysconfig.get_config_var(k)))
print(sysconfig.get_platform(), sysconfig.get_python_version(), sysconfig.get_default_scheme())
z = zoneinfo.ZoneInfo('Europe/Paris')
print(z, datetime.datetime(2024, 7, 1, 12, tzinfo=z).utcoffset(), datetime.datetime(2024, 1, 1, tzinfo=z).tzname())
print(zoneinfo.TZPATH)
