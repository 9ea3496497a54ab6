"""Walks over a dependency tree given as a list of head indices (a token's head is itself at a root)."""
from __future__ import annotations


def dominates(heads: list[int], top: int, i: int) -> bool:
    """Whether token `i` lies in the subtree of token `top` (`top` itself included)."""
    while i != top:
        if heads[i] == i:
            return False
        i = heads[i]
    return True
