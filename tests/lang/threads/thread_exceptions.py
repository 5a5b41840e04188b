# An uncaught exception in a thread prints "Exception in thread NAME:" and its
# traceback to stderr; the program goes on. threading.excepthook can be replaced.
import threading
import sys

def boom():
    raise ValueError("from the thread")

t = threading.Thread(target=boom, name="failing")
t.start()
t.join()
print("main goes on", t.is_alive())

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=boom, name="hooked")
t.start()
t.join()
print(caught)
threading.excepthook = threading.__excepthook__

def exits():
    sys.exit(3)
t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread ends only that thread")

def last():
    raise KeyError("last words")
t = threading.Thread(target=last, name="final")
t.start()
t.join()
