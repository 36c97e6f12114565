"""The guide's structure as frozen reference data, loaded once from resources/reference/*.json.

Labels shown in screens and PDFs come from here, never retyped, so a wording fix is one edit. Loading
validates every list: a missing or empty list is a packaging fault we want to see at start, not mid-session.

The types are named tuples rather than frozen dataclasses: as immutable and as comparable, and the window's
start builds them all, where a dataclass cost about 0.9 ms to make here (Python 3.11 compiles each of its
generated methods) against about 0.13 ms for a named tuple.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any, NamedTuple

from leadapp.resources import folder

CATEGORY_CODES = ("widening", "learning", "mentors", "leaps", "track_record")


class ReferenceDataError(Exception):
    pass


class Item(NamedTuple):
    code: str
    label: str
    description: str = ""


class Example(NamedTuple):
    code: str
    title: str
    stage: str
    setting: str
    category: str


class Category(NamedTuple):
    code: str
    name: str
    short: str
    colour: str
    letter: str
    overview: str
    examples: tuple[Example, ...]
    development_value: tuple[Item, ...]
    organisational_benefit: tuple[str, ...]
    prompts: tuple[str, ...]


class Profession(NamedTuple):
    code: str
    name: str
    group: str


class ProfessionGroup(NamedTuple):
    code: str
    name: str
    professions: tuple[Profession, ...]


class BehaviourGroup(NamedTuple):
    code: str
    name: str
    description: str
    items: tuple[Item, ...]


class Programme(NamedTuple):
    code: str
    name: str
    provider: str
    level: str
    description: str


class MentorType(NamedTuple):
    code: str
    label: str
    stage: str
    description: str


class Template(NamedTuple):
    code: str
    name: str
    description: str
    agenda: tuple[str, ...]
    focus: tuple[str, ...]


class Source(NamedTuple):
    code: str
    title: str
    publisher: str
    note: str


class LeapReference(NamedTuple):
    opportunity_types: tuple[Item, ...]
    directions: tuple[Item, ...]
    origins: tuple[Item, ...]
    concerns: tuple[Item, ...]
    ratings: tuple[Item, ...]
    support_mechanisms: tuple[Item, ...]
    benefits: tuple[Item, ...]
    outcomes: tuple[Item, ...]


class Reference(NamedTuple):
    categories: tuple[Category, ...]
    stages: tuple[Item, ...]
    stage_note: str
    profession_groups: tuple[ProfessionGroup, ...]
    bands: tuple[Item, ...]
    behaviour_groups: tuple[BehaviourGroup, ...]
    hlm_dimensions: tuple[Item, ...]
    hlm_scale: tuple[Item, ...]
    hlm_url: str
    board_expectations: tuple[Item, ...]
    leap: LeapReference
    programmes: tuple[Programme, ...]
    study_levels: tuple[Item, ...]
    funding: tuple[Item, ...]
    mentor_types: tuple[MentorType, ...]
    templates: tuple[Template, ...]
    sources: tuple[Source, ...]

    def category(self, code: str) -> Category:
        for category in self.categories:
            if category.code == code:
                return category
        raise KeyError(code)

    @property
    def professions(self) -> tuple[Profession, ...]:
        return tuple(p for group in self.profession_groups for p in group.professions)

    def profession_names(self) -> dict[str, str]:
        return {p.code: p.name for p in self.professions}

    def template(self, code: str) -> Template:
        for template in self.templates:
            if template.code == code:
                return template
        raise KeyError(code)

    def examples(self, category: str | None = None, stage: str | None = None) -> list[Example]:
        chosen = [c for c in self.categories if category is None or c.code == category]
        return [e for c in chosen for e in c.examples if stage is None or e.stage in (stage, "any")]

    def stage_label(self, code: str) -> str:
        return next((s.label for s in self.stages if s.code == code), "")


Loader = Callable[[str], Any]


def _package_loader(name: str) -> Any:
    text = (folder("reference") / name).read_text("utf-8")
    return json.loads(text)


def _need(data: dict[str, Any], key: str, where: str) -> Any:
    value = data.get(key)
    if value is None or (isinstance(value, list | str | dict) and not value):
        raise ReferenceDataError(f"{where}: '{key}' is missing or empty")
    return value


def _unique(items: list[Any], where: str) -> None:
    codes = [str(getattr(i, "code", "")) for i in items]
    dupes = {c for c in codes if codes.count(c) > 1}
    if dupes:
        raise ReferenceDataError(f"{where}: duplicate codes {sorted(dupes)}")


def _items(data: dict[str, Any], key: str, where: str) -> tuple[Item, ...]:
    raw = _need(data, key, where)
    items = [
        Item(
            code=_need(entry, "code", f"{where}.{key}"),
            label=_need(entry, "label", f"{where}.{key}"),
            description=entry.get("description", ""),
        )
        for entry in raw
    ]
    _unique(items, f"{where}.{key}")
    return tuple(items)


def _category(raw: dict[str, Any]) -> Category:
    code = _need(raw, "code", "categories.json")
    where = f"categories.json:{code}"
    examples = tuple(
        Example(
            code=_need(e, "code", where),
            title=_need(e, "title", where),
            stage=_need(e, "stage", where),
            setting=_need(e, "setting", where),
            category=code,
        )
        for e in _need(raw, "examples", where)
    )
    _unique(list(examples), where)
    return Category(
        code=code,
        name=_need(raw, "name", where),
        short=_need(raw, "short", where),
        colour=_need(raw, "colour", where),
        letter=_need(raw, "letter", where),
        overview=_need(raw, "overview", where),
        examples=examples,
        development_value=_items(raw, "development_value", where),
        organisational_benefit=tuple(_need(raw, "organisational_benefit", where)),
        prompts=tuple(_need(raw, "prompts", where)),
    )


def load_reference(loader: Loader = _package_loader) -> Reference:
    """Build and validate the reference data; `loader` reads one JSON file by name (tests swap it)."""
    categories = tuple(
        _category(c) for c in _need(loader("categories.json"), "categories", "categories.json")
    )
    if tuple(c.code for c in categories) != CATEGORY_CODES:
        raise ReferenceDataError(f"categories.json: expected the five categories {CATEGORY_CODES}")

    stages_data = loader("stages.json")
    professions_data = loader("professions.json")
    groups = []
    for group in _need(professions_data, "groups", "professions.json"):
        gcode = _need(group, "code", "professions.json")
        professions = tuple(
            Profession(code=_need(p, "code", gcode), name=_need(p, "name", gcode), group=gcode)
            for p in _need(group, "professions", f"professions.json:{gcode}")
        )
        groups.append(ProfessionGroup(gcode, _need(group, "name", gcode), professions))
    _unique([p for g in groups for p in g.professions], "professions.json")

    behaviour_data = loader("behaviours.json")
    behaviour_groups = tuple(
        BehaviourGroup(
            code=_need(g, "code", "behaviours.json"),
            name=_need(g, "name", "behaviours.json"),
            description=g.get("description", ""),
            items=_items(g, "items", f"behaviours.json:{g.get('code')}"),
        )
        for g in _need(behaviour_data, "groups", "behaviours.json")
    )
    _unique([i for g in behaviour_groups for i in g.items], "behaviours.json items")

    hlm = loader("hlm.json")
    leap = loader("leap.json")
    learning = loader("formal_learning.json")
    programmes = tuple(
        Programme(
            code=_need(p, "code", "formal_learning.json"),
            name=_need(p, "name", "formal_learning.json"),
            provider=p.get("provider", ""),
            level=p.get("level", ""),
            description=p.get("description", ""),
        )
        for p in _need(learning, "programmes", "formal_learning.json")
    )
    _unique(list(programmes), "formal_learning.json")
    mentor_types = tuple(
        MentorType(
            code=_need(m, "code", "mentor_types.json"),
            label=_need(m, "label", "mentor_types.json"),
            stage=m.get("stage", "any"),
            description=m.get("description", ""),
        )
        for m in _need(loader("mentor_types.json"), "types", "mentor_types.json")
    )
    _unique(list(mentor_types), "mentor_types.json")
    templates = tuple(
        Template(
            code=_need(t, "code", "templates.json"),
            name=_need(t, "name", "templates.json"),
            description=t.get("description", ""),
            agenda=tuple(_need(t, "agenda", f"templates.json:{t.get('code')}")),
            focus=tuple(t.get("focus", [])),
        )
        for t in _need(loader("templates.json"), "templates", "templates.json")
    )
    _unique(list(templates), "templates.json")
    for template in templates:
        unknown = set(template.focus) - set(CATEGORY_CODES)
        if unknown:
            raise ReferenceDataError(f"templates.json:{template.code}: unknown focus {unknown}")
    sources = tuple(
        Source(
            code=_need(s, "code", "sources.json"),
            title=_need(s, "title", "sources.json"),
            publisher=s.get("publisher", ""),
            note=s.get("note", ""),
        )
        for s in _need(loader("sources.json"), "sources", "sources.json")
    )
    _unique(list(sources), "sources.json")
    return Reference(
        categories=categories,
        stages=_items_from_names(stages_data, "stages", "stages.json"),
        stage_note=stages_data.get("note", ""),
        profession_groups=tuple(groups),
        bands=_items_from_names(loader("bands.json"), "bands", "bands.json"),
        behaviour_groups=behaviour_groups,
        hlm_dimensions=_items_from_names(hlm, "dimensions", "hlm.json"),
        hlm_scale=_items(hlm, "scale", "hlm.json"),
        hlm_url=_need(hlm, "url", "hlm.json"),
        board_expectations=_items(loader("board_expectations.json"), "expectations", "board"),
        leap=LeapReference(
            opportunity_types=_items(leap, "opportunity_types", "leap.json"),
            directions=_items(leap, "directions", "leap.json"),
            origins=_items(leap, "origins", "leap.json"),
            concerns=_items(leap, "concerns", "leap.json"),
            ratings=_items(leap, "ratings", "leap.json"),
            support_mechanisms=_items(leap, "support_mechanisms", "leap.json"),
            benefits=_items(leap, "benefits", "leap.json"),
            outcomes=_items(leap, "outcomes", "leap.json"),
        ),
        programmes=programmes,
        study_levels=_items(learning, "levels", "formal_learning.json"),
        funding=_items(learning, "funding", "formal_learning.json"),
        mentor_types=mentor_types,
        templates=templates,
        sources=sources,
    )


def _items_from_names(data: dict[str, Any], key: str, where: str) -> tuple[Item, ...]:
    """Lists whose entries carry `name` rather than `label`."""
    raw = _need(data, key, where)
    items = [
        Item(
            code=_need(e, "code", where),
            label=_need(e, "name", where),
            description=e.get("description", ""),
        )
        for e in raw
    ]
    _unique(items, where)
    return tuple(items)


@cache
def reference() -> Reference:
    return load_reference()
