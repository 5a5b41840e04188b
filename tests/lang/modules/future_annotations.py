"""Postponed annotations: with the future import, annotations are strings
and may name things defined later."""
from __future__ import annotations

import __future__


def build(node: Node, depth: int = 0) -> list[Node]:
    return [node] * depth


class Node:
    parent: Node | None
    children: list[Node]

    def add(self, child: Node) -> None:
        pass


total: dict[str, Node] = {}
print(build.__annotations__)
print(Node.__annotations__, Node.add.__annotations__)
print(__annotations__)
print(build(Node(), 2)[0].__class__.__name__)
print(__future__.annotations, __future__.division.compiler_flag, __future__.all_feature_names[-1])
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
