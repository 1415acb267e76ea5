"""Consecutive rows grouped into runs, so the inventory model tells its views about many
inserted or removed rows in a few ``beginInsertRows``/``beginRemoveRows`` calls."""

from __future__ import annotations


def runs_ascending(positions: list[int]) -> list[tuple[int, list[int]]]:
    """Group rising positions into ``(first, positions)`` runs of consecutive ones."""
    runs: list[tuple[int, list[int]]] = []
    for position in positions:
        if runs and runs[-1][1][-1] == position - 1:
            runs[-1][1].append(position)
        else:
            runs.append((position, [position]))
    return runs


def runs_descending(rows: list[int]) -> list[tuple[int, int]]:
    """Group rows (sorted high to low) into ``(first, last)`` runs, highest run first."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][0] == row + 1:
            runs[-1] = (row, runs[-1][1])
        else:
            runs.append((row, row))
    return runs
