"""Record the expected results of weft's differential conformance programs.

Runs every Python program under ``tests/lang`` and ``examples/`` (or only the
PATHS given on the command line; a directory means every ``.py`` below it)
with CPython and writes ``<name>.expected`` next to each program.  The Rust
test runner reads these files and compares weft's behaviour against them, so
the format must stay exactly:

    exit: <exit code>
    stderr: <last non-empty line of stderr, or empty>
    ---
    <stdout, verbatim, byte for byte>

Each program runs as ``<this python> -S <file>`` with its own folder as the
working directory, the ``.stdin`` file beside it as stdin (else an empty
one), PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8
and a 60 second timeout.  Helper modules that other programs import (files
named ``*_helper.py`` and anything inside a folder named ``_modules`` or
``pkg``) are skipped, and so are non-.py files next to the programs (data
files that a program reads, such as ``with_statement_data.txt``).

Programs in a folder named ``tracebacks`` also get ``<name>.traceback``:
their whole stderr, which the runner compares line for line (CPython's
carets included), with the program's folder taken out of file names so the
record holds wherever the repository is checked out.

When stderr is empty the second line is ``stderr: `` (with the trailing space
of the template); a reader should strip the value.  PYTHONPATH and
PYTHONSTARTUP are removed from the environment and bytecode writing is
turned off so that no ``__pycache__`` folders appear next to the programs.

Usage: python3 tests/record-expected.py [PATHS...]
"""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIRS = [os.path.join(ROOT, "tests", "lang"), os.path.join(ROOT, "examples")]
SKIP_DIRS = {"_modules", "pkg", "__pycache__"}
TIMEOUT = 60


def is_helper(path):
    parts = os.path.normpath(os.path.abspath(path)).split(os.sep)
    if any(p in SKIP_DIRS for p in parts[:-1]):
        return True
    return parts[-1].endswith("_helper.py")


def collect(paths):
    found = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
                for f in sorted(filenames):
                    if f.endswith(".py"):
                        found.append(os.path.join(dirpath, f))
        elif os.path.isfile(p):
            found.append(p)
        else:
            sys.stderr.write("no such file or directory: %s\n" % p)
            sys.exit(2)
    return [os.path.abspath(f) for f in found if not is_helper(f)]


def record(path):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    stdin_path = os.path.splitext(path)[0] + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    proc = subprocess.run(
        [sys.executable, "-S", os.path.basename(path)],
        cwd=os.path.dirname(path),
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=TIMEOUT,
    )
    last = ""
    for line in proc.stderr.decode("utf-8", "replace").splitlines():
        if line.strip():
            last = line.rstrip()
    header = "exit: %d\nstderr: %s\n---\n" % (proc.returncode, last)
    out = os.path.splitext(path)[0] + ".expected"
    with open(out, "wb") as f:
        f.write(header.encode("utf-8") + proc.stdout)
    if os.path.basename(os.path.dirname(path)) == "tracebacks":
        with open(os.path.splitext(path)[0] + ".traceback", "wb") as f:
            folder = (os.path.dirname(path) + os.sep).encode("utf-8")
            f.write(proc.stderr.replace(folder, b""))
    return proc.returncode, last


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.stderr.write("warning: expected results should come from CPython 3.11, this is %s\n"
                         % sys.version.split()[0])
    files = collect(argv or DEFAULT_DIRS)
    for path in files:
        code, last = record(path)
        rel = os.path.relpath(path, ROOT)
        note = "" if code == 0 else "  (exit %d: %s)" % (code, last)
        print("%s%s" % (rel, note))
    print("recorded %d program(s)" % len(files))


if __name__ == "__main__":
    main(sys.argv[1:])
