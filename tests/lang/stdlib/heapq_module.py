# heapq: push/pop, heapify, replace, pushpop, nlargest/nsmallest, merge.
import heapq

heap = []
for value in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(heap, value)
print(heap[0], [heapq.heappop(heap) for _ in range(len(heap))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 4, 7, 8, 9])
print(heapq.heapreplace(data, 5), heapq.heappushpop(data, 0), heapq.heappushpop(data, 6), data[0])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
print(heapq.nlargest(2, ["bb", "a", "ccc"], key=len), heapq.nsmallest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)), list(heapq.merge([3, 1], [2], reverse=True)))
tasks = []
for priority, name in [(2, "write"), (1, "plan"), (3, "ship"), (1, "coffee")]:
    heapq.heappush(tasks, (priority, name))
print([heapq.heappop(tasks)[1] for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
