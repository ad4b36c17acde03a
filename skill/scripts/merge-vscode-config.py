#!/usr/bin/env python3
"""Adds or replaces the "postmortem" server in a VS Code .vscode/mcp.json, keeping the file's
comments, trailing commas and other servers as they are: VS Code's files are JSONC, and a plain
JSON rewrite would drop the user's comments. Used by register-vscode.sh.

Usage: merge-vscode-config.py PATH COMMAND [ARG...]
Exit 0 when the file holds the server afterwards; 1 with a message (no traceback) when the file
cannot be read as JSONC or has no place for the server.
"""
import json
import os
import sys

NAME = "postmortem"


class JsoncError(Exception):
    """The file is not JSON with comments; the message says where."""


def tokens(text):
    """(kind, start, end) for every token outside comments and whitespace."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in " \t\r\n\ufeff":
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise JsoncError(f"a /* comment that is never closed (character {i})")
            i = end + 2
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise JsoncError(f"a string that is never closed (character {i})")
            yield ("string", i, j + 1)
            i = j + 1
        elif c in "{}[]:,":
            yield (c, i, i + 1)
            i += 1
        else:
            j = i
            while j < n and text[j] not in " \t\r\n{}[]:,/\"":
                j += 1
            yield ("literal", i, j)
            i = j


def strict(text, toks):
    """The document as strict JSON: the tokens without the commas before a closing bracket."""
    parts = []
    for k, (kind, start, end) in enumerate(toks):
        if kind == "," and k + 1 < len(toks) and toks[k + 1][0] in "}]":
            continue
        parts.append(text[start:end])
    try:
        return json.loads(" ".join(parts))
    except json.JSONDecodeError as error:
        raise JsoncError(error.msg) from None


def member(text, toks, open_index, key):
    """Index of the value token of `key` in the object opened at toks[open_index], or None."""
    depth = 0
    k = open_index
    while k < len(toks):
        kind = toks[k][0]
        if kind in "{[":
            depth += 1
        elif kind in "}]":
            depth -= 1
            if depth == 0:
                return None
        elif (depth == 1 and kind == "string" and toks[k + 1][0] == ":"
              and json.loads(text[toks[k][1]:toks[k][2]]) == key):
            return k + 2
        k += 1
    return None


def closing(toks, open_index):
    """Index of the bracket that closes the one at toks[open_index]."""
    depth = 0
    for k in range(open_index, len(toks)):
        if toks[k][0] in "{[":
            depth += 1
        elif toks[k][0] in "}]":
            depth -= 1
            if depth == 0:
                return k
    raise JsoncError("an object that is never closed")


def merge(text, entry):
    toks = list(tokens(text))
    if not toks:
        # Empty, or only comments: they stay above the new object.
        kept = text.rstrip()
        return (kept + "\n" if kept else "") + json.dumps({"servers": {NAME: entry}}, indent=2) + "\n"

    document = strict(text, toks)
    if not isinstance(document, dict):
        raise JsoncError("the file is not a JSON object")

    value = json.dumps(entry)
    servers = member(text, toks, 0, "servers")
    if servers is None:
        # A new "servers" member first in the top-level object.
        addition = f'\n  "servers": {{\n    "{NAME}": {value}\n  }}' + ("," if len(toks) > 2 else "")
        at = toks[0][2]
        return text[:at] + addition + text[at:]

    if toks[servers][0] != "{":
        raise JsoncError('"servers" is not an object')

    existing = member(text, toks, servers, NAME)
    if existing is not None:
        start = toks[existing][1]
        last = closing(toks, existing) if toks[existing][0] in "{[" else existing
        return text[:start] + value + text[toks[last][2]:]

    empty = toks[servers + 1][0] == "}"
    at = toks[servers][2]
    return text[:at] + f'\n    "{NAME}": {value}' + ("\n  " if empty else ",") + text[at:]


def main():
    path, command, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    entry = {"type": "stdio", "command": command, "args": args}
    text = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()

    try:
        merged = merge(text, entry)
        strict(merged, list(tokens(merged)))
    except JsoncError as error:
        print(f"{path} could not be read as JSON with comments: {error}.", file=sys.stderr)
        print(f'Fix the file, or add this under "servers" yourself: "{NAME}": {json.dumps(entry)}',
              file=sys.stderr)
        return 1

    with open(path, "w", encoding="utf-8") as f:
        f.write(merged if merged.endswith("\n") else merged + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
