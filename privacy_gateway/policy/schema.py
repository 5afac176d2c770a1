"""The policy: what each kind of personal data means for routing and masking.

A policy file (`policies/*.yaml`, documented in `policies/README.md`) maps entity types to actions:

- `local_only`: the request never leaves the machine (served by the local tier, or refused);
- `pseudonymize`: replaced by a typed placeholder before the cloud sees it, restored in the answer;
- `redact`: replaced by `<TYPE>` before *either* tier sees it, never restored;
- `block`: the request is refused;
- `allow`: passed through untouched.

An `answers:` section maps entity types to what happens when a model's *answer* names one the
request did not hold: `report` (audit record and metric only) or `redact` (`<TYPE>` before the
client sees it).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from privacy_gateway.policy.entities import KNOWN_ENTITIES
from privacy_gateway.policy.recognizers import RecognizerSpec, declared_entities, parse_recognizers
from privacy_gateway.yamlfile import FileProblems, Located, Problem, did_you_mean, parse_yaml, type_name

Action = Literal["local_only", "pseudonymize", "redact", "block", "allow"]
ACTIONS: tuple[Action, ...] = ("local_only", "pseudonymize", "redact", "block", "allow")
LocalFailure = Literal["escalate", "fail_closed"]
CloudFailure = Literal["local", "fail_closed"]
ImageRule = Literal["local", "cloud", "refuse"]
AnswerAction = Literal["report", "redact"]
ANSWER_ACTIONS: tuple[AnswerAction, ...] = ("report", "redact")

SCHEMA_VERSION = 1
DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class EntityRule:
    """What happens to one entity type, and how sure the detector must be."""

    action: Action
    threshold: float = DEFAULT_THRESHOLD


@dataclass(frozen=True)
class RoutingRules:
    """When a request escalates on its own, and what to do when a tier fails."""

    escalate_over_context: bool = True
    on_local_failure: LocalFailure = "escalate"
    on_cloud_failure: CloudFailure = "local"
    # Images cannot be scanned for personal data, so by default they never leave the machine.
    images: ImageRule = "local"
    # A client whose cloud budget is spent: serve escalations locally, or refuse them (429).
    over_budget: Literal["local", "refuse"] = "local"
    # Whether a client may ask for the cloud (X-Privacy-Tier: cloud, a cloud model name).
    client_escalation: Literal["allow", "ignore"] = "allow"


@dataclass(frozen=True)
class Policy:
    """A loaded, validated policy. `version` is a hash of the file's content."""

    name: str
    version: str
    entities: dict[str, EntityRule]
    default_action: Action = "allow"
    routing: RoutingRules = field(default_factory=RoutingRules)
    allow_list: tuple[str, ...] = ()
    path: str = ""
    recognizers: tuple[RecognizerSpec, ...] = ()
    description: str = ""
    answers: dict[str, AnswerAction] = field(default_factory=dict)

    @property
    def known_entities(self) -> frozenset[str]:
        """Entity types this policy may name: the gateway's own plus its custom recognizers'."""
        return KNOWN_ENTITIES | {r.entity for r in self.recognizers}

    def rule(self, entity_type: str) -> EntityRule:
        """The rule for `entity_type`, falling back to the default action."""
        return self.entities.get(entity_type) or EntityRule(self.default_action)

    def detected_entities(self) -> list[str]:
        """Entity types worth running recognizers for (everything not simply allowed)."""
        if self.default_action != "allow":
            return sorted(self.known_entities | set(self.entities))
        return sorted(t for t, r in self.entities.items() if r.action != "allow")


_TOP_KEYS = ("version", "name", "description", "default_action", "entities", "recognizers", "routing", "allow_list", "answers")
_ENTITY_KEYS = ("action", "threshold")
_ROUTING_KEYS = ("escalate_over_context", "on_local_failure", "on_cloud_failure", "images", "over_budget", "client_escalation")


def load_policy(path: str | Path) -> Policy:
    """Load and validate a policy file; raises `FileProblems` listing every problem found."""
    path = Path(path)
    try:
        raw = path.read_bytes()  # read once: the version is the hash of exactly what was parsed
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise FileProblems([Problem(str(path), 1, 1, "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileProblems([Problem(str(path), 1, 1, f"cannot read file: {exc}")]) from None
    try:
        doc = parse_yaml(text, str(path))
    except FileProblems as exc:
        raise FileProblems([_with_hint(p, text) for p in exc.problems]) from None
    return parse_policy(doc, str(path), hashlib.sha256(raw).hexdigest()[:12])


def _with_hint(problem: Problem, text: str) -> Problem:
    message = problem.message
    # The usual way to break a policy: a regex such as "\d+" in double quotes, where YAML reads "\d".
    if "unknown escape character" in message:
        message += " (write regexes in single quotes: '\\d+', not \"\\d+\")"
    # An unclosed bracket or quote is noticed only where the file ends; say where it began.
    began = _syntax_context(text) if message.startswith("YAML syntax error") else None
    if began and began[0] != problem.line:
        message += f" (the {began[2]} began at line {began[0]}, column {began[1]})"
    return Problem(problem.path, problem.line, problem.column, message)


def _syntax_context(text: str) -> tuple[int, int, str] | None:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

    try:
        YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark, context = exc.context_mark, str(exc.context or "")
        what = context.removeprefix("while parsing a ").removeprefix("while scanning a ")
        return (mark.line + 1, mark.column + 1, what or "construct") if mark is not None else None
    except Exception:  # noqa: BLE001 - only a hint; the problem itself is already reported
        return None
    return None


def parse_policy(doc: Any, name: str, version: str) -> Policy:
    """Validate a parsed policy document: every problem found, each at its file:line:column."""
    check = Located(name)
    if not isinstance(doc, dict):
        raise FileProblems([Problem(name, 1, 1, f"a policy must be a mapping, got {type_name(doc)}")])
    check.check_keys(doc, _TOP_KEYS, "policy")
    if doc.get("version") != SCHEMA_VERSION:
        if "version" in doc:
            check.problem(doc, "version", f"unsupported policy version {doc.get('version')!r}; this gateway reads version {SCHEMA_VERSION}", at_value=True)
        else:
            check.problems.append(Problem(name, 1, 1, f"missing 'version: {SCHEMA_VERSION}'"))
    policy_name = _string(check, doc, "name", Path(name).stem)
    default_action = _action(check, doc, "default_action", doc.get("default_action", "allow"))
    recognizers = parse_recognizers(check, doc)
    known = KNOWN_ENTITIES | declared_entities(doc)
    entities = _entities(check, doc, known)
    routing = _routing(check, doc)
    allow_list = _allow_list(check, doc)
    for spec in recognizers:
        if (entities.get(spec.entity) or EntityRule(default_action)).action == "allow":
            check.problem(doc["recognizers"], spec.index, f"recognizer {spec.name!r} finds {spec.entity}, which this policy allows: give {spec.entity} an action under 'entities'")
    answers = _answers(check, doc, known)
    description = _string(check, doc, "description", "")

    check.raise_if_any()
    return Policy(
        name=policy_name,
        version=version,
        entities=entities,
        default_action=default_action,
        routing=routing,
        allow_list=tuple(allow_list),
        path=name,
        recognizers=recognizers,
        description=description,
        answers=answers,
    )


def _string(check: Located, doc: dict[str, Any], key: str, default: str) -> str:
    value = doc.get(key, default)
    if not isinstance(value, str):
        check.problem(doc, key, f"{key} must be a string", at_value=True)
        return default
    return value


def _entities(check: Located, doc: dict[str, Any], known: frozenset[str] | set[str]) -> dict[str, EntityRule]:
    """The `entities:` section: an action (and a threshold) per known type."""
    entities: dict[str, EntityRule] = {}
    raw_entities = check.mapping(doc.get("entities", {}), doc, "entities", "entities")
    for entity_type, spec in (raw_entities or {}).items():
        if entity_type not in known:
            check.problem(raw_entities, entity_type, f"unknown entity type {entity_type!r}{did_you_mean(str(entity_type), known)}")
            continue
        if isinstance(spec, str):  # shorthand: `PERSON: pseudonymize`
            entities[entity_type] = EntityRule(_action(check, raw_entities, entity_type, spec))
            continue
        rule = check.mapping(spec, raw_entities, entity_type, f"entity {entity_type}")
        if rule is None:
            continue
        check.check_keys(rule, _ENTITY_KEYS, f"entity {entity_type}")
        action = _action(check, rule, "action", rule.get("action"))
        threshold = rule.get("threshold", DEFAULT_THRESHOLD)
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0.0 <= threshold <= 1.0:
            check.problem(rule, "threshold", f"threshold must be a number from 0 to 1, got {threshold!r}", at_value=True)
            threshold = DEFAULT_THRESHOLD
        entities[entity_type] = EntityRule(action, float(threshold))
    return entities


def _routing(check: Located, doc: dict[str, Any]) -> RoutingRules:
    """The `routing:` section; the defaults where it is absent."""
    raw_routing = check.mapping(doc.get("routing", {}), doc, "routing", "routing")
    if not raw_routing:
        return RoutingRules()
    check.check_keys(raw_routing, _ROUTING_KEYS, "routing")
    over = raw_routing.get("escalate_over_context", True)
    if not isinstance(over, bool):
        check.problem(raw_routing, "escalate_over_context", "escalate_over_context must be true or false", at_value=True)
        over = True
    on_local = _choice(check, raw_routing, "on_local_failure", ("escalate", "fail_closed"), "escalate")
    on_cloud = _choice(check, raw_routing, "on_cloud_failure", ("local", "fail_closed"), "local")
    images = _choice(check, raw_routing, "images", ("local", "cloud", "refuse"), "local")
    over_budget = _choice(check, raw_routing, "over_budget", ("local", "refuse"), "local")
    client_escalation = _choice(check, raw_routing, "client_escalation", ("allow", "ignore"), "allow")
    return RoutingRules(over, on_local, on_cloud, images, over_budget, client_escalation)  # type: ignore[arg-type]


def _allow_list(check: Located, doc: dict[str, Any]) -> list[str]:
    raw_allow = doc.get("allow_list", [])
    if not isinstance(raw_allow, list) or not all(isinstance(v, str) and v.strip() for v in raw_allow):
        check.problem(doc, "allow_list", "allow_list must be a list of non-empty strings", at_value=True)
        return []
    return list(raw_allow)


def _answers(check: Located, doc: dict[str, Any], known: frozenset[str] | set[str]) -> dict[str, AnswerAction]:
    """The `answers:` section: what to do with each type a model's answer holds."""
    answers: dict[str, AnswerAction] = {}
    raw_answers = check.mapping(doc.get("answers", {}), doc, "answers", "answers")
    for entity_type, action in (raw_answers or {}).items():
        if entity_type not in known:
            check.problem(raw_answers, entity_type, f"unknown entity type {entity_type!r} under answers{did_you_mean(str(entity_type), known)}")
        elif action not in ANSWER_ACTIONS:
            check.problem(raw_answers, entity_type, f"answers.{entity_type} must be one of {', '.join(ANSWER_ACTIONS)}, got {action!r}{did_you_mean(str(action), ANSWER_ACTIONS)}", at_value=True)
        else:
            answers[entity_type] = action
    return answers


def _action(check: Located, node: Any, key: str, value: Any) -> Action:
    if value in ACTIONS:
        return value
    check.problem(node, key, f"action must be one of {', '.join(ACTIONS)}, got {value!r}{did_you_mean(str(value), ACTIONS)}", at_value=True)
    return "local_only"


def _choice(check: Located, node: dict[Any, Any], key: str, choices: tuple[str, ...], default: str) -> str:
    value = node.get(key, default)
    if value in choices:
        return str(value)
    check.problem(node, key, f"{key} must be one of {', '.join(choices)}, got {value!r}", at_value=True)
    return default
