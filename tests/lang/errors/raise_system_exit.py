# raise SystemExit(2) directly; finally blocks still run.
try:
    print("in try")
    raise SystemExit(2)
finally:
    print("finally runs before exit")
