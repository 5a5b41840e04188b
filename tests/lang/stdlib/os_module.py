# os basics (environ, getenv, getpid, cpu_count, getcwd, listdir) and os.path.
import os
import os.path
from os.path import basename, dirname, join, splitext

print(os.name, os.sep, os.linesep == "\n", os.pathsep, os.curdir, os.pardir, os.devnull)
print(isinstance(os.environ, dict) or hasattr(os.environ, "keys"), os.getenv("WEFT_SURELY_UNSET", "fallback"))
print(os.environ.get("WEFT_SURELY_UNSET") is None, isinstance(os.getpid(), int), os.cpu_count() >= 1)
here = os.getcwd()
print(os.path.isabs(here), os.path.isdir(here), os.path.exists(here), os.path.isfile(here))
print("os_module.py" in os.listdir(here), "os_module.py" in os.listdir())
print(os.path.isfile(join(here, "os_module.py")), os.path.getsize("os_module.py") > 100)
print(join("a", "b", "c.txt"), join("/root", "x"), join("a/", "b"), join("a", "/abs", "c"), join("a", ""))
print(os.path.split("/usr/lib/python3.11/os.py"), os.path.split("file"), os.path.split("/"), os.path.split("a//b"))
print(basename("/a/b.tar.gz"), dirname("/a/b.tar.gz"), dirname("b"), basename("dir/"))
print(splitext("archive.tar.gz"), splitext(".bashrc"), splitext("noext"), splitext("dir.d/file"), splitext("a/..b"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath("../x/../../y"), os.path.normpath(""), os.path.normpath("//x"))
print(os.path.abspath("sub/../f.txt") == join(here, "f.txt"), os.path.exists("definitely/not/here"))
try:
    os.listdir("definitely/not/here")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
print(os.path.expanduser("~x"), os.path.expanduser("plain"))
