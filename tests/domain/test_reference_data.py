"""The guide's reference data: what ships in resources/reference, and how the loader guards it."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import pytest

from leadapp.domain.reference import (
    CATEGORY_CODES,
    Reference,
    ReferenceDataError,
    load_reference,
    reference,
)

Change = Callable[[str, dict[str, Any]], None]


def _reference_folder() -> Any:
    return resources.files("leadapp.resources").joinpath("reference")


@cache
def _real_files() -> dict[str, dict[str, Any]]:
    """Every shipped JSON file, parsed once; tests take deep copies before changing anything."""
    folder = _reference_folder()
    return {
        entry.name: json.loads(entry.read_text("utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".json")
    }


def _loader(change: Change | None = None) -> Callable[[str], Any]:
    """A loader serving the real files, with `change(name, data)` applied to a copy of each."""

    def load(name: str) -> Any:
        data = copy.deepcopy(_real_files()[name])
        if change is not None:
            change(name, data)
        return data

    return load


def _top_level_lists() -> list[tuple[str, str]]:
    return sorted(
        (name, key)
        for name, data in _real_files().items()
        for key, value in data.items()
        if isinstance(value, list)
    )


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference(_loader())


def test_the_shipped_files_load_and_reference_is_cached(ref: Reference) -> None:
    assert reference() is reference()
    assert reference() == ref


def test_the_five_categories_in_order_with_their_colours(ref: Reference) -> None:
    assert [c.code for c in ref.categories] == [
        "widening",
        "learning",
        "mentors",
        "leaps",
        "track_record",
    ]
    assert tuple(c.code for c in ref.categories) == CATEGORY_CODES
    assert [c.colour for c in ref.categories] == ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7"]


@pytest.mark.parametrize("code", CATEGORY_CODES)
def test_every_category_is_complete(ref: Reference, code: str) -> None:
    category = ref.category(code)
    assert category.examples
    assert category.development_value
    assert category.organisational_benefit
    assert category.prompts
    assert all(example.category == code for example in category.examples)


def test_unknown_category_is_a_key_error(ref: Reference) -> None:
    with pytest.raises(KeyError):
        ref.category("nonsense")


def test_professions_are_15_ahps_and_12_psychological_professions(ref: Reference) -> None:
    groups = {group.code: group for group in ref.profession_groups}
    assert len(groups["ahp"].professions) == 15
    assert len(groups["psych"].professions) == 12
    assert len(ref.professions) == 27
    assert len(ref.profession_names()) == 27


def test_healthcare_leadership_model(ref: Reference) -> None:
    assert len(ref.hlm_dimensions) == 9
    assert len(ref.hlm_scale) == 4
    assert ref.hlm_url.startswith("http")


def test_leap_lists(ref: Reference) -> None:
    leap = ref.leap
    assert len(leap.concerns) == 8
    for name in (
        "opportunity_types",
        "directions",
        "origins",
        "ratings",
        "support_mechanisms",
        "benefits",
        "outcomes",
    ):
        assert getattr(leap, name), name


def test_other_lists_are_not_empty(ref: Reference) -> None:
    for name in (
        "stages",
        "bands",
        "behaviour_groups",
        "board_expectations",
        "programmes",
        "study_levels",
        "funding",
        "mentor_types",
        "sources",
    ):
        assert getattr(ref, name), name


def test_templates(ref: Reference) -> None:
    codes = {t.code for t in ref.templates}
    assert {"first_meeting", "career_conversation", "leap_review", "self_assessment_review", "open"} <= codes
    assert all(t.agenda for t in ref.templates)
    assert ref.template("first_meeting").code == "first_meeting"


@pytest.mark.parametrize("mode", ["emptied", "removed"])
@pytest.mark.parametrize(("filename", "key"), _top_level_lists())
def test_a_missing_or_empty_list_is_refused(filename: str, key: str, mode: str) -> None:
    """A packaging fault must show at start, not as a blank menu mid-session."""

    def change(name: str, data: dict[str, Any]) -> None:
        if name == filename:
            if mode == "emptied":
                data[key] = []
            else:
                del data[key]

    with pytest.raises(ReferenceDataError):
        load_reference(_loader(change))


def test_the_list_parametrization_covers_every_file() -> None:
    """Guards the test above: a new JSON file or list is picked up without editing this module."""
    assert {name for name, _ in _top_level_lists()} == set(_real_files())
    assert len(_top_level_lists()) >= 20


def _duplicate_first(filename: str, key: str) -> Change:
    def change(name: str, data: dict[str, Any]) -> None:
        if name == filename:
            data[key].append(copy.deepcopy(data[key][0]))

    return change


@pytest.mark.parametrize(("filename", "key"), _top_level_lists())
def test_a_duplicated_entry_is_refused(filename: str, key: str) -> None:
    """Codes are how records refer to reference entries, so two entries with one code are ambiguous."""
    with pytest.raises(ReferenceDataError):
        load_reference(_loader(_duplicate_first(filename, key)))


def test_duplicate_example_codes_in_a_category_are_refused() -> None:
    def change(name: str, data: dict[str, Any]) -> None:
        if name == "categories.json":
            examples = data["categories"][0]["examples"]
            examples[1]["code"] = examples[0]["code"]

    with pytest.raises(ReferenceDataError, match="duplicate"):
        load_reference(_loader(change))


def test_duplicate_profession_codes_across_groups_are_refused() -> None:
    def change(name: str, data: dict[str, Any]) -> None:
        if name == "professions.json":
            first, second = data["groups"][:2]
            second["professions"][0]["code"] = first["professions"][0]["code"]

    with pytest.raises(ReferenceDataError, match="duplicate"):
        load_reference(_loader(change))


def test_categories_out_of_order_are_refused() -> None:
    def change(name: str, data: dict[str, Any]) -> None:
        if name == "categories.json":
            data["categories"].reverse()

    with pytest.raises(ReferenceDataError):
        load_reference(_loader(change))


def test_a_template_focus_outside_the_categories_is_refused() -> None:
    def change(name: str, data: dict[str, Any]) -> None:
        if name == "templates.json":
            data["templates"][0]["focus"] = ["nonsense"]

    with pytest.raises(ReferenceDataError, match="focus"):
        load_reference(_loader(change))


@pytest.mark.parametrize("stage", ["early", "early_mid", "later_mid", "senior"])
@pytest.mark.parametrize("category", CATEGORY_CODES)
def test_examples_filter_by_category_and_stage(ref: Reference, category: str, stage: str) -> None:
    """An example for stage 'any' suits everyone, so it appears whatever the stage asked for."""
    chosen = ref.examples(category, stage)
    examples = ref.category(category).examples
    assert chosen == [e for e in examples if e.stage in (stage, "any")]
    assert all(e.category == category for e in chosen)
    assert {e.code for e in examples if e.stage == "any"} <= {e.code for e in chosen}


def test_examples_without_filters_are_every_example(ref: Reference) -> None:
    everything = ref.examples()
    assert len(everything) == sum(len(c.examples) for c in ref.categories)
    assert {e.category for e in everything} == set(CATEGORY_CODES)
    assert ref.examples(category="leaps") == list(ref.category("leaps").examples)


def test_a_stage_filter_alone_spans_the_categories(ref: Reference) -> None:
    chosen = ref.examples(stage="later_mid")
    assert {e.category for e in chosen} == set(CATEGORY_CODES)
    assert all(e.stage in ("later_mid", "any") for e in chosen)


def test_any_stage_examples_exist_in_every_category(ref: Reference) -> None:
    """Without them, the stage filter test above would prove nothing about 'any'."""
    for category in ref.categories:
        assert any(e.stage == "any" for e in category.examples), category.code


def test_stage_label(ref: Reference) -> None:
    assert ref.stage_label("early_mid")
    assert ref.stage_label("nonsense") == ""
