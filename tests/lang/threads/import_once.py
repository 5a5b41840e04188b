# Threads importing the same module at once: one runs its body, the others
# wait for it and get the finished module.
import threading

seen = []

def importer():
    import slow_import_helper
    seen.append(slow_import_helper.value)

threads = [threading.Thread(target=importer) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
import slow_import_helper
print(slow_import_helper.value)
