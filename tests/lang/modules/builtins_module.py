# `import builtins`: the module behind every global name lookup's last step.
import builtins
import sys
import time

print(builtins.len([1, 2]), builtins.__name__, builtins)
builtins.shared_flag = 7
print(shared_flag)
print(builtins.print is print, type(builtins).__name__)
import builtins as again
print(again is builtins, sys, time)
builtins.len = lambda items: 42
print(len("abc"))
del builtins.len
try:
    len("abc")
except NameError as error:
    print("NameError:", error)
