# A deterministic simulation with a hand-written pseudo-random generator (LCG).
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next_int(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randrange(self, n):
        return self.next_int() % n
    def choice(self, seq):
        return seq[self.randrange(len(seq))]
    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.randrange(i + 1)
            items[i], items[j] = items[j], items[i]
rng = LCG(2024)
print([rng.randrange(100) for _ in range(10)])
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for n, hand in enumerate(hands, 1):
    print("hand", n, " ".join(hand))
rolls = {}
for _ in range(6000):
    total = rng.randrange(6) + 1 + rng.randrange(6) + 1
    rolls[total] = rolls.get(total, 0) + 1
for total in sorted(rolls):
    print("%2d %4d %s" % (total, rolls[total], "*" * (rolls[total] // 40)))
print("most common roll:", max(rolls, key=rolls.get))
width, height = 20, 8
walker = [width // 2, height // 2]
visited = {tuple(walker)}
moves = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
for step in range(60):
    dx, dy = moves[rng.choice("NSEW")]
    walker[0] = min(max(walker[0] + dx, 0), width - 1)
    walker[1] = min(max(walker[1] + dy, 0), height - 1)
    visited.add(tuple(walker))
for y in range(height):
    print("".join("@" if [x, y] == walker else ("." if (x, y) in visited else " ") for x in range(width)) + "|")
print("cells visited:", len(visited))
balance = 100
history = []
for day in range(1, 11):
    change = rng.randrange(21) - 10
    balance += change
    history.append(balance)
print("balances:", history, "min:", min(history), "max:", max(history))
