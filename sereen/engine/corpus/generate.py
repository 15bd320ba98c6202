"""Build the labelled abuse corpus from the hand-written templates, reproducibly.

``python -m sereen.engine.corpus.generate`` reads ``templates.tsv`` (written by hand by the Sereen
team), fills each template's slots from the lists below with a seeded random generator, adds
realistic noise (typos, Flemish spellings, emoji, casing, the odd leetspeak letter), removes
duplicates and writes ``comments.jsonl``. The same templates and seed always give the same file;
``tests/engine/test_corpus.py`` checks that the committed file is exactly what this script writes.

The split (train/dev/test) is decided per *template*, stratified by label and subtype: templates
are ranked by a hash of their text and every 20 consecutive ones give 14 to train, 3 to dev and 3
to test (in a fixed interleaved pattern, so small subtypes reach every split). All fills and noisy variants of a template land in the same split, so the test set
measures how well the model generalises to phrasings it never saw.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sereen.engine.corpus import CORPUS_PATH, LABELS, SUBTYPES, dedup_key

TEMPLATES_PATH = Path(__file__).with_name("templates.tsv")
SEED = 20241124

# How many distinct fills a template with slots gets, and how many variants a standalone comment.
FILLS = {"none": 9, "insult": 8, "hate": 8, "threat": 8, "spam": 8}
STANDALONE_VARIANTS = 3

PERSONS = [
    "de burgemeester",
    "burgemeester Peeters",
    "de schepen van mobiliteit",
    "schepen Janssens",
    "de schepen van financiën",
    "de OCMW-voorzitter",
    "de gemeentesecretaris",
    "de korpschef",
    "de wijkagent",
    "de schepen van cultuur",
    "raadslid De Smet",
    "de directeur van de school",
    "de bibliothecaris",
    "de woordvoerder van de gemeente",
    "de schepen van milieu",
    "schepen Vandenberghe",
    "mevrouw Wouters",
    "meneer Claes",
    "de voorzitter van de gemeenteraad",
    "de schepen van onderwijs",
    "den burgemeester",
    "de parkeerwachter",
]
PERSONS_BARE = [
    "burgemeester",
    "schepen",
    "schepen van mobiliteit",
    "OCMW-voorzitter",
    "gemeentesecretaris",
    "korpschef",
    "wijkagent",
    "bibliothecaris",
    "directeur",
    "raadslid",
    "Peeters",
    "Janssens",
    "schepen van financiën",
    "woordvoerder",
    "ambtenaar",
    "parkeerwachter",
]
NAMES = [
    "Jan",
    "Sofie_V",
    "Kevin.Peeters",
    "Marleen",
    "Dirk De Vos",
    "Nathalie",
    "Bart",
    "Yasmine",
    "Mohamed",
    "Lotte",
    "Gert",
    "Ilse",
    "Johan",
    "Wendy",
    "Tom V",
    "Ann",
    "Jens",
    "Fatima",
    "Pieter",
    "Els",
    "Rudi",
    "Kim",
]
TOPICS = [
    "het circulatieplan",
    "het nieuwe mobiliteitsplan",
    "de wegenwerken in de Kerkstraat",
    "de nieuwe parkeerregeling",
    "de afvalophaling",
    "de nieuwe PMD-regels",
    "de verhoging van de gemeentebelasting",
    "de windmolens aan de E40",
    "de nieuwe flitspalen",
    "de knip in de Stationsstraat",
    "de schoolstraat",
    "het opvangcentrum",
    "de sluiting van het zwembad",
    "de nieuwe bib",
    "de renovatie van het gemeentehuis",
    "de zone 30",
    "het nieuwe busplan",
    "de betalende parking aan het station",
    "de kermis op het marktplein",
    "de heraanleg van het dorpsplein",
    "de diftar-tarieven",
    "de nieuwe sporthal",
    "de fietsstraat",
    "de LEZ",
    "de verkaveling in de Veldstraat",
    "de vergunning voor de kippenstal",
]
PLACES = [
    "de Kerkstraat",
    "de Stationsstraat",
    "de Molenstraat",
    "het dorpsplein",
    "de Veldstraat",
    "de Gentsesteenweg",
    "het Sint-Jansplein",
    "de Dorpsstraat",
    "de wijk Heidebloem",
    "Zonnedaele-Centrum",
    "de Beekstraat",
    "de Kapelstraat",
    "de Nieuwstraat",
    "het Marktplein",
]
DAYS = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "zaterdag 12 oktober",
    "Allerheiligen",
    "tweede pinksterdag",
]
INSULTS = [
    ("idioot", "idioten"),
    ("debiel", "debielen"),
    ("klootzak", "klootzakken"),
    ("zakkenwasser", "zakkenwassers"),
    ("sukkel", "sukkels"),
    ("lul", "lullen"),
    ("eikel", "eikels"),
    ("onnozelaar", "onnozelaars"),
    ("smeerlap", "smeerlappen"),
    ("zot", "zotten"),
    ("loser", "losers"),
    ("zatlap", "zatlappen"),
    ("kieken", "kiekens"),
    ("snotneus", "snotneuzen"),
    ("stommeling", "stommelingen"),
    ("etterbak", "etterbakken"),
    ("randdebiel", "randdebielen"),
    ("hufter", "hufters"),
    ("mongool", "mongolen"),
    ("nietsnut", "nietsnutten"),
    ("clown", "clowns"),
    ("imbeciel", "imbecielen"),
    ("oetlul", "oetlullen"),
    ("kloothommel", "kloothommels"),
    ("labbekak", "labbekakken"),
    ("kemel", "kemels"),
    ("schijtlaars", "schijtlaarzen"),
    ("trut", "trutten"),
    ("kutwijf", "kutwijven"),
    ("pipo", "pipo's"),
    ("zakkenvuller", "zakkenvullers"),
    ("dwaas", "dwazen"),
]
ADJECTIVES = [
    "achterlijke",
    "debiele",
    "stomme",
    "domme",
    "vuile",
    "onnozele",
    "zieke",
    "gestoorde",
    "zielige",
    "lelijke",
    "arrogante",
    "zotte",
    "belachelijke",
    "kloten",
    "dikke",
    "verwaande",
    "hersenloze",
]
GROUPS = [
    "moslims",
    "Marokkanen",
    "Turken",
    "vluchtelingen",
    "asielzoekers",
    "joden",
    "zwarte mensen",
    "homo's",
    "transgenders",
    "Roma",
    "Afrikanen",
    "migranten",
    "nieuwkomers",
    "lesbiennes",
    "holebi's",
    "Syriërs",
    "Polen",
    "Roemenen",
    "Congolezen",
    "mensen met een handicap",
    "vrouwen met een hoofddoek",
]
GROUPS_SG = [
    "moslim",
    "Marokkaan",
    "Turk",
    "vluchteling",
    "jood",
    "homo",
    "transgender",
    "Afrikaan",
    "migrant",
    "Syriër",
    "Pool",
    "Congolees",
]
SLURS = [
    "makakken",
    "geitenneukers",
    "kutmarokkanen",
    "zandnegers",
    "nikkers",
    "negers",
    "apen",
    "kakkerlakken",
    "ratten",
    "parasieten",
    "gelukzoekers",
    "gespuis",
    "tuig",
    "flikkers",
    "janetten",
    "poten",
    "mietjes",
    "kankerjoden",
    "zigeuners",
    "bruintjes",
    "kutturken",
    "bosnegers",
    "ongedierte",
]
SLURS_SG = [
    "makak",
    "geitenneuker",
    "kutmarokkaan",
    "zandneger",
    "nikker",
    "neger",
    "aap",
    "kakkerlak",
    "parasiet",
    "gelukzoeker",
    "flikker",
    "janet",
    "poot",
    "mietje",
    "zigeuner",
    "bruintje",
    "kutturk",
]
CURSES = [
    "Godverdomme",
    "Verdomme",
    "Potverdomme",
    "Miljaar",
    "Shit",
    "Fuck",
    "Kut",
    "Godver",
    "Verdorie",
    "Amai mijn frak",
    "Allee",
    "Tering",
    "Jezus Maria",
    "Kloten",
    "Nondedju",
    "Godnondedju",
    "Allez",
]
MONEY = [
    "€500",
    "500 euro",
    "€2.000",
    "1500 euro",
    "€250",
    "€3.750",
    "€99",
    "300€",
    "€ 1.200",
    "5000 euro",
]
FRIENDLY_EMOJI = ["👍", "😊", "❤️", "👏", "🙂", "😍", "🥳", "💪", "🌞", "🙏"]
ANGRY_EMOJI = ["😡", "🤬", "😤", "👎", "🙄", "😠", "💩", "🤦"]
NOISE_EMOJI = ["😂", "🙄", "👍", "😅", "😮", "🤔", "😡", "🙈"]
URL_HOSTS = [
    "bit.ly/",
    "tinyurl.com/",
    "cutt.ly/",
    "rb.gy/",
    "t.me/",
    "www.snelrijk-be.com/",
    "www.crypto-winst.net/",
    "meta-support-verify.com/",
    "bpost-levering.info/",
    "www.gratis-iphone.be/",
    "zonnepanelen-actie.eu/",
    "www.datingvlaanderen.xyz/",
    "www.bonus-casino777.com/",
    "itsme-verificatie.org/",
    "https://kbc-beveiliging.net/",
    "https://www.win-nu.club/",
]
OFFICIAL_URLS = [
    "www.zonnedaele.be/verslag",
    "www.zonnedaele.be/infoavond",
    "https://www.zonnedaele.be/mobiliteit",
]
_ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_SLOT = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True, slots=True)
class Template:
    label: str
    subtype: str
    text: str
    line: int

    @property
    def template_id(self) -> str:
        return "t-" + hashlib.sha1(self.text.encode()).hexdigest()[:10]


def read_templates(path: Path = TEMPLATES_PATH) -> list[Template]:
    """The templates of ``path``; raise ValueError naming the line for anything malformed."""
    templates = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) != 3:
            raise ValueError(
                f"{path.name}:{number}: expected 3 tab-separated columns, got {len(parts)}"
            )
        label, subtype, text = (p.strip() for p in parts)
        if label not in LABELS:
            raise ValueError(f"{path.name}:{number}: unknown label {label!r}")
        if subtype not in SUBTYPES[label]:
            raise ValueError(f"{path.name}:{number}: unknown subtype {subtype!r} for {label}")
        for slot in _SLOT.findall(text):
            if slot not in _SLOT_NAMES:
                raise ValueError(f"{path.name}:{number}: unknown slot {{{slot}}}")
        if text in seen:
            raise ValueError(f"{path.name}:{number}: same template as line {seen[text]}")
        seen[text] = number
        templates.append(Template(label, subtype, text, number))
    return templates


def _url(rng: random.Random) -> str:
    return rng.choice(URL_HOSTS) + "".join(rng.choice(_ALNUM) for _ in range(rng.randint(5, 8)))


def _phone(rng: random.Random) -> str:
    return " ".join(f"{rng.randint(0, 99):02d}" for _ in range(3))


_SLOT_FILLERS = {
    "P": lambda r: r.choice(PERSONS),
    "P_BARE": lambda r: r.choice(PERSONS_BARE),
    "N": lambda r: r.choice(NAMES),
    "T": lambda r: r.choice(TOPICS),
    "L": lambda r: r.choice(PLACES),
    "D": lambda r: r.choice(DAYS),
    "I": lambda r: r.choice(INSULTS)[0],
    "I_PL": lambda r: r.choice(INSULTS)[1],
    "A": lambda r: r.choice(ADJECTIVES),
    "G": lambda r: r.choice(GROUPS),
    "G_SG": lambda r: r.choice(GROUPS_SG),
    "S": lambda r: r.choice(SLURS),
    "S_SG": lambda r: r.choice(SLURS_SG),
    "C": lambda r: r.choice(CURSES),
    "M": lambda r: r.choice(MONEY),
    "E": lambda r: r.choice(FRIENDLY_EMOJI),
    "X": lambda r: r.choice(ANGRY_EMOJI),
    "U": _url,
    "U_OFF": lambda r: r.choice(OFFICIAL_URLS),
    "PH": _phone,
}
_SLOT_NAMES = frozenset(_SLOT_FILLERS)


def fill(template: str, rng: random.Random) -> str:
    """``template`` with every slot filled; the first letter is capitalised like a sentence."""
    text = _SLOT.sub(lambda m: _SLOT_FILLERS[m.group(1)](rng), template)
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    return text


_FLEMISH = [
    (re.compile(r"\bniet\b"), "nie"),
    (re.compile(r"\bdat\b"), "da"),
    (re.compile(r"\been keer\b"), "ne keer"),
    (re.compile(r"\bje\b"), "ge"),
    (re.compile(r"\bheel\b"), "keiveel"),
]
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0"}


def add_noise(text: str, rng: random.Random) -> str:
    """A realistic variant: casing, missing punctuation, a typo, Flemish spelling, emoji, leetspeak.

    The same noise is applied to every label with the same probabilities, so none of it tells the
    label apart."""
    roll = rng.random
    if roll() < 0.25:
        pattern, repl = rng.choice(_FLEMISH)
        text = pattern.sub(repl, text, count=1)
    words = text.split(" ")
    if roll() < 0.3:
        long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if long_words:
            i = rng.choice(long_words)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            if roll() < 0.5:
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]  # swapped letters
            else:
                words[i] = w[:j] + w[j + 1 :]  # a dropped letter
    if roll() < 0.08:
        candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
        if candidates:
            i = rng.choice(candidates)
            words[i] = "".join(_LEET.get(ch, ch) if roll() < 0.5 else ch for ch in words[i])
    text = " ".join(words)
    if roll() < 0.25:
        text = text.lower()
    elif roll() < 0.05:
        text = text.upper()
    if roll() < 0.3:
        text = text.rstrip(".!")
    if roll() < 0.15:
        text += rng.choice(["!!", "!!!", "...", " ?!"])
    if roll() < 0.15:
        text += " " + rng.choice(NOISE_EMOJI)
    return text


# 14 train, 3 dev, 3 test in every 20 templates of a (label, subtype); dev and test come early in
# the cycle so that even a small subtype has templates in both.
_SPLIT_PATTERN = (
    ("train",) * 3
    + ("dev",)
    + ("train",) * 2
    + ("test",)
    + ("train",) * 3
    + ("dev",)
    + ("train",) * 2
    + ("test",)
    + ("train",) * 2
    + ("dev",)
    + ("train",) * 2
    + ("test",)
)


def _assign_splits(templates: list[Template]) -> dict[str, str]:
    """template id -> split, stratified per (label, subtype) by a hash rank."""
    groups: dict[tuple[str, str], list[Template]] = {}
    for t in templates:
        groups.setdefault((t.label, t.subtype), []).append(t)
    splits = {}
    for group in groups.values():
        ranked = sorted(group, key=lambda t: hashlib.sha256(t.text.encode()).hexdigest())
        for rank, t in enumerate(ranked):
            splits[t.template_id] = _SPLIT_PATTERN[rank % len(_SPLIT_PATTERN)]
    return splits


def generate(templates: list[Template] | None = None, seed: int = SEED) -> list[dict]:
    """The corpus rows, deterministic for ``templates`` and ``seed``."""
    templates = read_templates() if templates is None else templates
    splits = _assign_splits(templates)
    rows: list[dict] = []
    seen: dict[str, str] = {}
    for t in templates:
        # One generator per template: adding a template elsewhere never changes this one's fills.
        rng = random.Random(f"{seed}:{t.template_id}")
        has_slots = bool(_SLOT.search(t.text))
        wanted = FILLS[t.label] if has_slots else STANDALONE_VARIANTS
        made = 0
        for attempt in range(wanted * 6):
            text = fill(t.text, rng)
            if attempt > 0 and (not has_slots or rng.random() < 0.5):
                text = add_noise(text, rng)
            key = dedup_key(text)
            if key in seen:
                if seen[key] != t.label:
                    raise ValueError(
                        f"templates.tsv:{t.line}: {text!r} also generated with label {seen[key]}"
                    )
                continue
            seen[key] = t.label
            rows.append(
                {
                    "id": hashlib.sha1(text.encode()).hexdigest()[:12],
                    "text": text,
                    "label": t.label,
                    "subtype": t.subtype,
                    "template": t.template_id,
                    "split": splits[t.template_id],
                }
            )
            made += 1
            if made >= wanted:
                break
    return rows


def write(rows: list[dict], path: Path = CORPUS_PATH) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CORPUS_PATH, help="where to write the JSONL")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    rows = generate(seed=args.seed)
    write(rows, args.out)
    counts = Counter((r["split"], r["label"]) for r in rows)
    out = [f"{len(rows)} comments written to {args.out}"]
    out.extend(
        f"  {split:5}  " + "  ".join(f"{lab}={counts[split, lab]}" for lab in LABELS)
        for split in ("train", "dev", "test")
    )
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
