# A linked list, a stack, a queue and a binary search tree built from classes.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push_front(item)
    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                self.size -= 1
                return True
            prev, node = node, node.next
        return False
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), list(ll), 3 in ll)
ll.reverse()
print(ll, ll.remove(3), ll.remove(99), ll, len(ll))
class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        def _insert(node, key):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = _insert(node[1], key)
            elif key > node[0]:
                node[2] = _insert(node[2], key)
            return node
        self.root = _insert(self.root, key)
    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node[1])
                yield node[0]
                yield from walk(node[2])
        return list(walk(self.root))
    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node[1]), h(node[2]))
        return h(self.root)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False
tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree.insert(k)
print(tree.inorder(), tree.height(), 45 in tree, 55 in tree)
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
print("RPN result:", stack)
queue = []
served = []
for t in range(10):
    if t % 2 == 0:
        queue.append("customer%d" % t)
    if t % 3 == 0 and queue:
        served.append(queue.pop(0))
print("served:", served, "waiting:", queue)
