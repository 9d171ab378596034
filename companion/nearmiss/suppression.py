"""Small-cell suppression for the coordinator's report: no count under 5, and no total that gives one away.

A table here is a matrix of counts with its row totals, column totals and
grand total, all shown. Hiding a cell of 3 alone is useless when the row
total and the other cells are shown: the 3 is their difference. So:

1. Primary suppression: every cell (totals included) with 1 to 4 is hidden.
2. Complementary suppression, the classic rule: a row or column (totals
   included) must hold no hidden cell or at least two. A hidden cell alone
   in its row and its column gets the cheapest rectangle of three more
   cells; any other line with one hidden cell gets its smallest visible
   cell hidden. Counts above zero and inner cells are preferred to zeros
   and totals.
3. That rule is not enough on its own: hidden cells can still be pinned
   down by a chain of differences. Seen as a graph (rows and columns are
   nodes, hidden cells are edges), a hidden cell can be computed from the
   shown numbers exactly when its edge is a bridge, on no cycle (with the
   totals as one more row and column every line sums to zero, and the
   solutions of such a system move only around cycles). Each bridge gets
   one more hidden cell that closes a cycle through it.

Zeros are shown: "no event" is not information about a person. The report
hides linked totals consistently (``forced``): a unit's total hidden in one
table is hidden in every table that shows it.
"""

MIN_COUNT = 5


def suppress(cells: list[list[int]], min_count: int = MIN_COUNT, forced=frozenset()) -> set:
    """Return the hidden positions ``(row, column)`` of ``cells`` plus its totals.

    ``cells`` is R×C. Row ``R`` is the column totals, column ``C`` the row
    totals and ``(R, C)`` the grand total. ``forced`` positions are hidden
    whatever their count (linked tables).
    """
    matrix = with_totals(cells)
    rows, cols = len(matrix), len(matrix[0])
    hidden = {(i, j) for i in range(rows) for j in range(cols) if 0 < matrix[i][j] < min_count} | set(forced)
    while True:
        added = _complete_lines(matrix, hidden) or _close_bridges(matrix, hidden)
        if not added:
            return hidden


def with_totals(cells: list[list[int]]) -> list[list[int]]:
    """Return ``cells`` with a total column on the right and a total row below."""
    width = len(cells[0]) if cells else 0
    rows = [[*row, sum(row)] for row in cells]
    totals = [sum(row[j] for row in rows) for j in range(width + 1)]
    return [*rows, totals]


def determined(matrix: list[list[int]], hidden: set) -> set:
    """Return the hidden positions whose value follows from the shown ones (the bridges)."""
    return set(_bridges(len(matrix), hidden))


def _lines(rows: int, cols: int):
    for i in range(rows):
        yield [(i, j) for j in range(cols)]
    for j in range(cols):
        yield [(i, j) for i in range(rows)]


def _cost(matrix, position, rows, cols):
    i, j = position
    value = matrix[i][j]
    is_total = i == rows - 1 or j == cols - 1
    # Smallest first; a zero or a total only when nothing else is left.
    return (value == 0, is_total, value, position)


def _complete_lines(matrix, hidden: set) -> bool:
    rows, cols = len(matrix), len(matrix[0])
    added = False
    # A cell alone in its row and its column gets the cheapest rectangle at
    # once (three more cells), instead of a chain of single choices.
    for i, j in sorted(hidden):
        if sum((i, c) in hidden for c in range(cols)) == 1 and sum((r, j) in hidden for r in range(rows)) == 1:
            corners = [
                [p for p in ((i, c), (r, j), (r, c)) if p not in hidden]
                for r in range(rows)
                for c in range(cols)
                if r != i and c != j
            ]
            if corners:
                hidden.update(min(corners, key=lambda cells: _rectangle_cost(matrix, cells, rows, cols)))
                added = True
    for line in _lines(rows, cols):
        if sum(p in hidden for p in line) == 1:
            candidates = [p for p in line if p not in hidden]
            if candidates:
                hidden.add(min(candidates, key=lambda p: _cost(matrix, p, rows, cols)))
                added = True
    return added


def _rectangle_cost(matrix, cells, rows, cols):
    costs = [_cost(matrix, p, rows, cols) for p in cells]
    return (sum(c[0] for c in costs), sum(c[1] for c in costs), sum(c[2] for c in costs), cells)


def _close_bridges(matrix, hidden: set) -> bool:
    rows, cols = len(matrix), len(matrix[0])
    for i, j in _bridges(rows, hidden):
        # Rows still reachable from column j, and columns still reachable
        # from row i, once the bridge is gone: a cell joining the two sides
        # puts the bridge on a cycle.
        graph = _graph(rows, hidden - {(i, j)})
        side_of_column = _reachable(graph, ("c", j))
        side_of_row = _reachable(graph, ("r", i))
        candidates = [
            (r, c)
            for (kind_r, r) in side_of_column
            if kind_r == "r"
            for (kind_c, c) in side_of_row
            if kind_c == "c" and (r, c) not in hidden
        ]
        if candidates:
            hidden.add(min(candidates, key=lambda p: _cost(matrix, p, rows, cols)))
            return True
    return False


def _graph(rows: int, hidden: set) -> dict:
    graph = {}
    for i, j in hidden:
        graph.setdefault(("r", i), []).append(("c", j))
        graph.setdefault(("c", j), []).append(("r", i))
    return graph


def _reachable(graph: dict, start) -> set:
    seen, todo = {start}, [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _bridges(rows: int, hidden: set) -> list:
    """Bridges of the bipartite graph of hidden cells (Tarjan's low-link, iterative)."""
    graph = {}
    for n, (i, j) in enumerate(sorted(hidden)):
        graph.setdefault(("r", i), []).append((("c", j), n, (i, j)))
        graph.setdefault(("c", j), []).append((("r", i), n, (i, j)))
    order, low, bridges, counter = {}, {}, [], 0
    for root in graph:
        if root in order:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack = [(root, None, iter(graph[root]))]
        while stack:
            node, via, edges = stack[-1]
            for nxt, edge, cell in edges:
                if edge == via:
                    continue
                if nxt in order:
                    low[node] = min(low[node], order[nxt])
                else:
                    order[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append((nxt, edge, iter(graph[nxt])))
                    break
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > order[parent]:
                        bridges.append(next(c for n2, e, c in graph[parent] if e == via))
    return bridges
