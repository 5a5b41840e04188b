"""Operating-system interfaces (weft's own implementation of the basics of
CPython's `os`: environ, getenv, getpid, cpu_count, getcwd, listdir, os.path)."""

import _os
import sys as _sys
import posixpath as path

name = "posix"
sep = path.sep
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
environ = _os.environ
getpid = _os.getpid
cpu_count = _os.cpu_count
getcwd = _os.getcwd
listdir = _os.listdir
remove = unlink = _os.remove
_sys.modules["os.path"] = path


def getenv(key, default=None):
    return environ.get(key, default)
