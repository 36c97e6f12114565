"""The passage beside a search result: the words around the first match, every searched word marked."""

from __future__ import annotations

from leadapp.domain.search import passage

S, E = "[", "]"


def test_marks_each_searched_word_as_a_prefix_from_a_word_start() -> None:
    found = passage(["We discussed chairing the falls group."], ["chair", "fall"], S, E)
    assert found == "We discussed [chairing] the [falls] group."


def test_a_word_inside_another_word_is_not_a_match() -> None:
    assert passage(["Rechairing is not a word here."], ["chair"], S, E) == ""


def test_the_first_text_with_a_match_gives_the_passage() -> None:
    texts = ["", "Agenda without it", "Notes about the business case draft"]
    assert passage(texts, ["business", "case"], S, E) == "Notes about the [business] [case] draft"


def test_a_long_text_gives_a_few_words_around_the_match_with_ellipses() -> None:
    words = [f"w{n}" for n in range(1000)]
    words[500] = "Budget"
    found = passage([" ".join(words)], ["budget"], S, E)
    assert found == "…w496 w497 w498 w499 [Budget] w501 w502 w503 w504 w505…"


def test_accents_and_case_are_ignored_as_the_index_ignores_them() -> None:
    assert passage(["Le CAFÉ et la crème"], ["cafe", "creme"], S, E) == "Le [CAFÉ] et la [crème]"


def test_a_hyphenated_term_matches_across_punctuation() -> None:
    assert (
        passage(["A multi professional team"], ["multi-professional"], S, E) == "A [multi professional] team"
    )


def test_no_terms_or_no_match_gives_nothing() -> None:
    assert passage(["Something"], [], S, E) == ""
    assert passage(["Something"], ["else"], S, E) == ""


def test_a_match_at_the_very_start_of_a_long_text() -> None:
    text = "Chairing " + "x " * 5000
    assert passage([text], ["chair"], S, E).startswith("[Chairing] x x")
