"""Names: honorifics, particles, surnames, and when two names are one person."""

from __future__ import annotations

import pytest

from common.names import clean_name, same_person, surname, surname_keys


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Dr. Femke de Jong", "Femke de Jong"),
        ("Mayor Beatriz Aranda", "Beatriz Aranda"),
        ("Martin Luther King Jr.", "Martin Luther King"),
        ("Prof. Akira Nishimura", "Akira Nishimura"),
    ],
)
def test_clean_name(name: str, expected: str) -> None:
    assert clean_name(name) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Femke de Jong", "de Jong"),
        ("Ludwig van der Meulen", "van der Meulen"),
        ("Taher al-Nunu", "al-Nunu"),
        ("Najib Mikati", "Mikati"),
    ],
)
def test_surname(name: str, expected: str) -> None:
    assert surname(name) == expected


def test_hyphenated_particle_answers_to_bare_surname() -> None:
    assert {"al-nunu", "nunu"} <= surname_keys("Taher al-Nunu")


@pytest.mark.parametrize(
    "a, b",
    [
        ("Femke de Jong", "de Jong"),
        ("Dr. Femke de Jong", "Femke de Jong"),
        ("John F. Kennedy", "John Kennedy"),
        ("J. Smith", "John Smith"),
        ("Marek Dvořák", "Marek Dvorak"),
        ("Naim Qassem", "Qassem"),
    ],
)
def test_same_person(a: str, b: str) -> None:
    assert same_person(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Melania Trump", "Donald Trump"),
        ("Hassan Nasrallah", "Naim Qassem"),
        ("J. Smith", "Anna Smith"),
    ],
)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(a, b)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Ben Okafor", "Okafor"),
        ("Al Gore", "Gore"),
        ("Van Morrison", "Morrison"),
        ("Ben De Souza", "De Souza"),
        ("Van der Berg", "Van der Berg"),
        ("de Jong", "de Jong"),
    ],
)
def test_capitalised_particle_opening_a_name_is_a_given_name(name: str, expected: str) -> None:
    assert surname(name) == expected


def test_given_name_particle_keeps_namesakes_apart() -> None:
    assert not same_person("Ben Okafor", "Chidi Okafor")
    assert not same_person("Al Gore", "Tipper Gore")
    assert same_person("Al Gore", "Gore")
    assert same_person("Ben Okafor", "Mr. Okafor")


def test_a_typed_lower_case_name_keeps_its_given_name_particle() -> None:
    assert not same_person("ben okafor", "Chidi Okafor")
    assert same_person("ben okafor", "Ben Okafor")


@pytest.mark.parametrize(
    "alone, full",
    [("Van Hollen", "Chris Van Hollen"), ("Le Pen", "Marine Le Pen"), ("de jong", "Femke de Jong")],
)
def test_a_surname_with_its_particle_alone_is_the_person(alone: str, full: str) -> None:
    assert same_person(alone, full)
