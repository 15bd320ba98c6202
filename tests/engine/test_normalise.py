"""The normaliser undoes evasions so that every disguise of a word folds to the same form."""

import pytest

from sereen.engine.normalise import normalise, squeeze_doubles


@pytest.mark.parametrize(
    "text",
    [
        "klootzak",
        "KLOOTZAK",
        "kl00tz@k",
        "k l o o t z a k",
        "k.l.o.o.t.z.a.k",
        "k-l-o-o-t-z-a-k",
        "kloooooootzak",
        "kl\u200boot\u200dzak",
        "𝐤𝐥𝐨𝐨𝐭𝐳𝐚𝐤",
        "ｋｌｏｏｔｚａｋ",
        "кlооtzак",  # Cyrillic к, о, а
        "🇰 🇱 🇴 🇴 🇹 🇿 🇦 🇰",
        "kl🅾️🅾️tzak",
        "kloot.zak",
        "kloot-zak",
    ],
)
def test_disguises_fold_to_the_same_word(text):
    assert normalise(text).folded == "klootzak"


def test_a_word_cut_once_is_joined_only_when_the_whole_is_a_name_called():
    assert normalise("ge zijt een tr.ut en een id-ioot").folded == "ge zijt een trut en een idioot"
    assert (
        normalise("de OCMW-voorzitter was goed.Ik kom").folded
        == "de ocmw-voorzitter was goed.ik kom"
    )
    assert normalise("een ex-schepen op zonnedaele.be").folded == "een ex-schepen op zonnedaele.be"


def test_plain_keeps_digits_and_addresses():
    n = normalise("Mail Jan@Voorbeeld.be of bel 0471 12 34 56")
    assert n.plain == "mail jan@voorbeeld.be of bel 0471 12 34 56"


def test_numbers_ordinals_and_names_are_not_leetspeak():
    n = normalise("De 2de keer 4x op de E40, 112 bellen, 3 keer covid19")
    assert n.folded == "de 2de keer 4x op de e40, 112 bellen, 3 keer covid19"
    assert not n.obfuscated


def test_trailing_exclamation_marks_are_punctuation():
    assert normalise("idioot!!!").tokens == ("idioot",)


def test_mentions_keep_their_at_sign():
    assert normalise("@Burgemeester k@nker").folded == "@burgemeester kanker"


def test_diacritics_are_removed_but_not_an_evasion():
    n = normalise("Één idee voor België")
    assert n.folded == "een idee voor belgie"
    assert not n.obfuscated


def test_dutch_double_letters_survive():
    assert normalise("Wat een mooie straat").folded == "wat een mooie straat"
    assert normalise("neeeeeee").folded == "nee"


def test_two_single_letters_are_not_joined():
    assert normalise("zie u d").tokens == ("zie", "u", "d")
    assert normalise("1 2 3").folded == "1 2 3"


def test_uppercase_ratio():
    assert normalise("DIT IS SCHANDALIG").upper_ratio == 1.0
    assert normalise("dit").upper_ratio == 0.0
    assert normalise("123").upper_ratio == 0.0


def test_squeeze_doubles_is_the_matching_skeleton():
    assert squeeze_doubles("klootzak") == squeeze_doubles("klotzak") == "klotzak"


def test_non_string_is_rejected():
    with pytest.raises(TypeError):
        normalise(None)  # type: ignore[arg-type]


def test_result_is_frozen():
    n = normalise("x")
    with pytest.raises(AttributeError):
        n.folded = "y"  # type: ignore[misc]
