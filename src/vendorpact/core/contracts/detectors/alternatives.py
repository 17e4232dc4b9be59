"""A pattern's top-level alternatives, to test a long pattern as several shorter ones.

A text has a match of "a|b|c" exactly where it has a match of "a", of "b" or of "c". Many rules'
`concrete` patterns share a long alternative (a duration in words or figures, a calendar date):
tested on its own, that alternative is compiled once and answered once per sentence for all the
rules that hold it. And for a yes/no search the alternatives' order does not count, so those
that start at a word boundary can share one \\b (yes_no_pattern).
"""

from __future__ import annotations

import re

# A backreference or a conditional group needs the group numbers of the whole pattern, and
# global inline flags ("(?i)") bind every alternative: such a pattern is kept whole.
_NOT_SPLITTABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|^\(\?[aiLmsux]+\)")


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of `pattern` at its top level, a non-capturing group that makes up a
    whole alternative opened up in turn: "a|(?:b|c)d|(?:e|f)" -> ["a", "(?:b|c)d", "e", "f"]."""
    if _NOT_SPLITTABLE.search(pattern):
        return [pattern]
    found = []
    for alternative in _split_top_level(pattern):
        if _is_one_group(alternative):
            found.extend(top_level_alternatives(alternative[3:-1]))
        else:
            found.append(alternative)
    return found


def yes_no_pattern(alternatives: list[str]) -> str:
    """The alternatives as one pattern that a text matches somewhere exactly when it matches
    one of them (for a yes/no search only: where a match starts and ends may differ). Those
    that start with \\b go under one \\b: `re` otherwise enters each of them at every
    position of the text to test its boundary, which took the most time of the rules' searches.
    """
    at_boundary = [part[2:] for part in alternatives if _after_boundary(part)]
    others = [part for part in alternatives if not _after_boundary(part)]
    if len(at_boundary) > 1:
        others.append(r"\b(?:" + "|".join(at_boundary) + ")")
    else:
        others += [r"\b" + part for part in at_boundary]
    return "|".join(others)


def _after_boundary(alternative: str) -> bool:
    return alternative.startswith(r"\b") and len(alternative) > 2


def _split_top_level(pattern: str) -> list[str]:
    parts = []
    start = 0
    for position, depth, char in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:position])
            start = position + 1
    parts.append(pattern[start:])
    return parts


def _is_one_group(alternative: str) -> bool:
    """Whether the alternative is "(?:...)" with nothing after the group's end."""
    if not (alternative.startswith("(?:") and alternative.endswith(")")):
        return False
    for position, depth, char in _structure(alternative):
        if char == ")" and depth == 0:
            return position == len(alternative) - 1
    return False


def _structure(pattern: str):
    """(position, group depth after the character, character) for each "(", ")" and "|" that
    is neither escaped nor inside a character class."""
    depth = 0
    position = 0
    in_class = False
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # "[]...]" and "[^]...]": a "]" right after the opening is a member
            if pattern.startswith("^", position + 1):
                position += 1
            if pattern.startswith("]", position + 1):
                position += 1
        elif char == "(":
            depth += 1
            yield position, depth, char
        elif char == ")":
            depth -= 1
            yield position, depth, char
        elif char == "|":
            yield position, depth, char
        position += 1
