# An exception raised deep in a chain of calls propagates to the top uncaught.
def parse(record):
    name, age = record.split(",")
    return name, int(age)
def load(records):
    return [parse(r) for r in records]
def report(records):
    people = load(records)
    for name, age in people:
        print(name, age)
print("loading")
report(["ann,31", "bob,25"])
report(["cy,40", "dee,not-a-number"])
