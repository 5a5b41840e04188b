"""Count word frequencies in a text.

With no arguments it analyses the text embedded below; give a file name to
analyse that file instead:  weft examples/wordfreq.py some.txt
"""
import sys

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way -- in short, the period was so
far like the present period, that some of its noisiest authorities insisted
on its being received, for good or for evil, in the superlative degree of
comparison only.
"""

STOP_WORDS = {"the", "of", "it", "was", "we", "in", "to", "a", "or", "for", "so", "on", "that", "its", "us", "all", "had", "were"}


def words(text):
    cleaned = ""
    for ch in text.lower():
        cleaned += ch if ch.isalpha() or ch == "'" else " "
    return cleaned.split()


def frequencies(word_list):
    counts = {}
    for w in word_list:
        counts[w] = counts.get(w, 0) + 1
    return counts


def top(counts, n):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def main(argv):
    if len(argv) > 1:
        with open(argv[1], encoding="utf-8") as f:
            text = f.read()
    else:
        text = TEXT
    all_words = words(text)
    counts = frequencies(all_words)
    print("%d words, %d distinct" % (len(all_words), len(counts)))
    print()
    print("Most common words:")
    for word, n in top(counts, 8):
        print("  %-8s %3d %s" % (word, n, "#" * n))
    print()
    interesting = {w: c for w, c in counts.items() if w not in STOP_WORDS}
    print("Most common words that are not stop words:")
    for word, n in top(interesting, 6):
        print("  %-12s %d" % (word, n))
    print()
    by_length = {}
    for w in counts:
        by_length.setdefault(len(w), []).append(w)
    longest = max(by_length)
    print("Longest words (%d letters): %s" % (longest, ", ".join(sorted(by_length[longest]))))
    print("Words used exactly once:", len([w for w, c in counts.items() if c == 1]))
    first_letters = frequencies(w[0] for w in all_words)
    print("Most common first letters:", " ".join("%s=%d" % kv for kv in top(first_letters, 5)))


if __name__ == "__main__":
    main(sys.argv)
