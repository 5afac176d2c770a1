"""The package's parts import downward only, and no two modules import each other in a circle.

Reading the package bottom-up should never require knowing a higher part: the privacy core knows
no HTTP, a policy knows no detector, and nothing in the runtime imports the test fakes.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "privacy_gateway"

# Bottom to top. A module may import its own part and parts on lower rows only.
LAYERS: list[set[str]] = [
    {"yamlfile", "checksums", "shared", "__init__"},  # leaves: import no other part
    {"telemetry", "spend", "audit"},
    {"policy"},
    {"config"},
    {"detection"},
    {"core"},
    {"backends"},
    {"web"},
    {"cli"},
    {"__main__"},
    {"testing"},  # fakes and the leak metric: for tests, benchmarks and evaluation only
]
RANK = {part: rank for rank, parts in enumerate(LAYERS) for part in parts}
# The longest chain of modules each importing the next when it is loaded (issue #16: 16 before the
# re-housing). A ratchet: lower it when a chain gets shorter, never raise it to let one grow.
LONGEST_CHAIN = 8


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def part_of(module: str) -> str:
    names = module.split(".")
    return names[1] if len(names) > 1 else "__init__"


def imports() -> dict[str, set[str]]:
    """Every module of the package and the package modules it imports (at any depth of the file)."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module, targets = module_name(path), set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            targets |= {name for name in names if name.split(".")[0] == "privacy_gateway"}
        found[module] = targets
    modules = set(found)
    # `from privacy_gateway.core import chat` names a module; `from ...chat import ChatRequest` names an attribute.
    return {m: {t if t in modules else t.rsplit(".", 1)[0] for t in ts} & modules - {m} for m, ts in found.items()}


def test_every_part_has_a_layer() -> None:
    assert {part_of(m) for m in imports()} <= set(RANK)


def test_parts_import_downward_only() -> None:
    upward = sorted(
        f"{source} imports {target}"
        for source, targets in imports().items()
        for target in targets
        if part_of(target) != part_of(source) and RANK[part_of(target)] >= RANK[part_of(source)]
    )
    assert upward == []


def test_no_import_cycles() -> None:
    graph = imports()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if target.startswith(module + "."):
                continue  # a package's face importing its own modules
            if state.get(target) == 1:
                cycles.append(path[path.index(target) :] + [target])
            elif target not in state:
                visit(target, path + [target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def load_time_imports() -> dict[str, set[str]]:
    """Every module and the package modules it loads when it is itself loaded.

    Imports at the top of the file count (also inside `try`/`if`), with the packages above the
    imported module (loading `a.b.c` loads `a.b` first); imports inside functions run later, and
    `if TYPE_CHECKING:` blocks never run, so neither counts.
    """
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        targets: set[str] = set()
        for node in _top_level_imports(ast.parse(path.read_text(encoding="utf-8")).body):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            targets |= {name for name in names if name.split(".")[0] == "privacy_gateway"}
        found[module_name(path)] = targets
    modules = set(found)
    graph = {m: {t if t in modules else t.rsplit(".", 1)[0] for t in ts} & modules for m, ts in found.items()}
    # A module's own packages are already loading when it runs, so importing them adds nothing.
    return {m: (ts | {p for t in ts for p in _packages_above(t)}) - _packages_above(m) - {m} for m, ts in graph.items()}


def _top_level_imports(body: list[ast.stmt]) -> list[ast.stmt]:
    out: list[ast.stmt] = []
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            out.append(node)
        elif isinstance(node, ast.If) and not (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"):
            out += _top_level_imports(node.body) + _top_level_imports(node.orelse)
        elif isinstance(node, ast.Try):
            out += _top_level_imports(node.body + node.orelse + node.finalbody + [s for h in node.handlers for s in h.body])
    return out


def _packages_above(module: str) -> set[str]:
    parts = module.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


def longest_chain() -> list[str]:
    """The longest chain of modules where each one's loading loads the next."""
    graph = load_time_imports()

    @functools.cache
    def longest_from(module: str) -> tuple[str, ...]:
        return max(((module, *longest_from(t)) for t in graph[module]), key=len, default=(module,))

    return list(max((longest_from(m) for m in sorted(graph)), key=len))


def test_the_longest_import_chain_does_not_grow() -> None:
    chain = longest_chain()
    print(f"longest import chain: {len(chain)} modules: " + " -> ".join(m.removeprefix("privacy_gateway.") for m in chain))
    assert len(chain) <= LONGEST_CHAIN, " -> ".join(chain)
