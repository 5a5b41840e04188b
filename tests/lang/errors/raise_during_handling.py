# An exception raised while handling another (implicit chaining), uncaught.
data = {"a": 1}
try:
    data["b"]
except KeyError:
    print("handling KeyError")
    raise RuntimeError("failed while handling KeyError")
