# Uncaught user-defined exception raised without arguments.
class Halt(Exception):
    pass
print("about to halt")
raise Halt
