# Creates COUNT cyclic structures (spread over THREADS threads), dropping
# each at once, and prints the process's peak resident memory in MiB.
# With a working cycle collector the peak does not grow with COUNT.
# Usage: cycles.py COUNT THREADS [off]   ("off" disables the collector)
import gc
import sys
import threading

count, threads = int(sys.argv[1]), int(sys.argv[2])
if sys.argv[3:] == ["off"]:
    gc.disable()


class Node:
    def __init__(self, value):
        self.value = value
        self.other = None


def make(n):
    for i in range(n):
        a = Node(i)
        b = Node([a, {"b": None}])
        a.other = b
        b.value[1]["b"] = b


workers = [threading.Thread(target=make, args=(count // threads,)) for _ in range(threads)]
for w in workers:
    w.start()
for w in workers:
    w.join()


def peak_mib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return -1


print(peak_mib())
