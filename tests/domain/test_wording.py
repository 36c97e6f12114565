"""Every value a person can see has one word, written once, where translators will find it."""

from __future__ import annotations

import ast
import inspect
from enum import StrEnum

from leadapp.domain import enums, wording
from leadapp.domain.timeline import EntryKind

NOT_SHOWN_AS_WORDS = {
    enums.OwnerRole,
    enums.EvidenceKind,
    enums.Visibility,
    enums.Framework,
    enums.Rater,
}
"""Values that decide what is shown (whose record, which framework) but are never printed as a word."""


def _vocabularies() -> set[type[StrEnum]]:
    found = {
        value
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    }
    return found | {EntryKind}


def test_every_vocabulary_is_worded_or_named_as_never_shown() -> None:
    """A new enum makes this fail until someone decides whether people see its values."""
    worded = set(wording.worded_vocabularies())
    assert worded | NOT_SHOWN_AS_WORDS == _vocabularies()
    assert not worded & NOT_SHOWN_AS_WORDS


def test_every_value_has_a_word() -> None:
    for vocabulary, words in wording.worded_vocabularies().items():
        assert set(words) == set(vocabulary), vocabulary.__name__
        assert all(text.strip() for text in words.values()), vocabulary.__name__
    for words in (wording.PERSON_KIND_PLURALS, wording.SUPPORTER_ROLES, wording.SESSION_MODE_PHRASES):
        assert set(words) == set(type(next(iter(words))))


def test_an_unset_value_reads_as_a_dash_or_as_asked() -> None:
    assert wording.word(None) == "—"
    assert wording.word(None, "") == ""
    assert wording.word(enums.Reach.SYSTEM) == "System (ICS)"


def test_every_word_is_marked_for_translation_in_the_labels_context() -> None:
    """lupdate lists a word only from a QT_TRANSLATE_NOOP call with the context written out."""
    marked: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(wording))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = node.args
            assert isinstance(context, ast.Constant) and context.value == wording.CONTEXT
            assert isinstance(text, ast.Constant)
            marked.add(text.value)
    shown = {
        text
        for words in (
            *wording.worded_vocabularies().values(),
            wording.PERSON_KIND_PLURALS,
            wording.SUPPORTER_ROLES,
            wording.SESSION_MODE_PHRASES,
        )
        for text in words.values()
    }
    assert shown <= marked
