# Imported by import_once.py from several threads at once: its body must run
# once, and every importer must see it finished.
import time

print("body starts")
time.sleep(0.05)
value = 42
print("body ends")
