"""Entities: the shipped model, roles and affiliations, canonical names within an article."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from warta import extensions as ext
from warta.extract.entities import EntityResolver, load_ner_nlp, model_dir
from warta.extract.sentences import add_tokenizer_exceptions
from warta.pipeline import analyse


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("id")
    add_tokenizer_exceptions(nlp)
    return nlp


@pytest.fixture(scope="module")
def resolver(blank):
    return EntityResolver(blank)


def annotate(blank, resolver, text: str, ents: list[tuple]) -> Doc:
    """Tokenize text, mark each (phrase, label[, nth occurrence]) as an entity, then resolve."""
    doc = blank.make_doc(text)
    spans = []
    for phrase, label, *nth in ents:
        start = -1
        for _ in range((nth or [0])[0] + 1):
            start = text.index(phrase, start + 1)
        span = doc.char_span(start, start + len(phrase), label=label)
        assert span is not None, phrase
        spans.append(span)
    doc.ents = sorted(spans, key=lambda span: span.start)
    return resolver(doc)


def people(doc: Doc) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        s.text: (s._.canonical, s._.role, s._.affiliation)
        for s in doc.spans[ext.ENTITIES]
        if s.label_ == "PER"
    }


@pytest.mark.parametrize(
    ("text", "ents", "name", "role", "affiliation"),
    [
        (  # a police rank spelled out is a title, not part of the name
            "Kasubag Humas Polres Bogor Ajun Komisaris Ita Puspita Lena mengatakan, peristiwa itu terjadi Rabu.",
            [("Polres", "ORG"), ("Bogor", "LOC"), ("Ajun Komisaris Ita Puspita Lena", "PER")],
            "Ita Puspita Lena",
            "Ajun Komisaris",
            None,
        ),
        (
            "Menteri Luar Negeri (Menlu) AS Antony Blinken tiba di Tel Aviv.",
            [("AS", "LOC"), ("Antony Blinken", "PER"), ("Tel Aviv", "LOC")],
            "Antony Blinken",
            "Menteri Luar Negeri",
            "AS",
        ),
        (
            "Perdana Menteri Israel Benjamin Netanyahu menolak seruan itu.",
            [("Israel", "LOC"), ("Benjamin Netanyahu", "PER")],
            "Benjamin Netanyahu",
            "Perdana Menteri",
            "Israel",
        ),
        (
            "Duta Besar Zionis Israel untuk AS, Michael Oren, kepada wartawan di Washington.",
            [("Israel", "LOC"), ("AS", "LOC"), ("Michael Oren", "PER"), ("Washington", "LOC")],
            "Michael Oren",
            "Duta Besar",
            "Zionis Israel",
        ),
        (
            "kata juru bicara Gedung Putih Karine Jean-Pierre.",
            [("Gedung Putih", "ORG"), ("Karine Jean-Pierre", "PER")],
            "Karine Jean-Pierre",
            "juru bicara",
            "Gedung Putih",
        ),
        (
            "kata Haim Malka, peneliti senior di Center for Strategic and International Studies, kemarin.",
            [("Haim Malka", "PER"), ("Center for Strategic and International Studies", "ORG")],
            "Haim Malka",
            "peneliti senior",
            "Center for Strategic and International Studies",
        ),
        (
            "Deputi penasehat keamanan nasional Gedung Putih, Ben Rhodes mengatakan kepada wartawan.",
            [("Gedung Putih", "ORG"), ("Ben Rhodes", "PER")],
            "Ben Rhodes",
            "Deputi penasehat keamanan nasional",
            "Gedung Putih",
        ),
        (
            "Obama memerintahkan Menlu Hillary Clinton berangkat.",
            [("Obama", "PER"), ("Hillary Clinton", "PER")],
            "Hillary Clinton",
            "Menteri Luar Negeri",
            None,
        ),
        (
            "Sebelumnya Wapres Ma'ruf Amin membuka acara itu.",
            [("Ma'ruf Amin", "PER")],
            "Ma'ruf Amin",
            "Wakil Presiden",
            None,
        ),
    ],
)
def test_entities_role_and_affiliation(blank, resolver, text, ents, name, role, affiliation):
    doc = annotate(blank, resolver, text, ents)
    assert people(doc)[name] == (name, role, affiliation)


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("Presiden AS Joe Biden berbicara di Gedung Putih.", [("AS", "LOC"), ("Joe Biden", "PER")]),
        (
            "Perdana Menteri Israel Benjamin Netanyahu menolak.",
            [("Israel", "LOC"), ("Benjamin Netanyahu", "PER")],
        ),
    ],
)
def test_entities_country_in_title_is_not_a_place(blank, resolver, text, ents):
    doc = annotate(blank, resolver, text, ents)
    assert [s.label_ for s in doc.spans[ext.ENTITIES]] == ["PER"]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a title alone, tagged as a person by the model, is not a person
        ("Presiden mengatakan hal itu kepada wartawan.", [("Presiden", "PER")], {}),
        # a title inside the tagged name moves to the role
        (
            "Menlu Retno Marsudi tiba di Kairo.",
            [("Menlu Retno Marsudi", "PER"), ("Kairo", "LOC")],
            {"Retno Marsudi": ("Retno Marsudi", "Menteri Luar Negeri", None)},
        ),
    ],
)
def test_entities_title_alone_is_not_a_person(blank, resolver, text, ents, expected):
    assert people(annotate(blank, resolver, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "short", "canonical", "role"),
    [
        (
            "Perdana Menteri Israel Benjamin Netanyahu menolak. Netanyahu bertekad melanjutkan operasi.",
            [("Israel", "LOC"), ("Benjamin Netanyahu", "PER"), ("Netanyahu", "PER", 1)],
            "Netanyahu",
            "Benjamin Netanyahu",
            "Perdana Menteri",
        ),
        (
            "Menlu Hillary Clinton ke Timur Tengah. Clinton akan berangkat hari Selasa.",
            [("Hillary Clinton", "PER"), ("Clinton", "PER", 1)],
            "Clinton",
            "Hillary Clinton",
            "Menteri Luar Negeri",
        ),
        (
            "kata juru bicara Gedung Putih Karine Jean-Pierre. Jean-Pierre menambahkan.",
            [("Gedung Putih", "ORG"), ("Karine Jean-Pierre", "PER"), ("Jean-Pierre", "PER", 1)],
            "Jean-Pierre",
            "Karine Jean-Pierre",
            "juru bicara",
        ),
        (  # the same first name in another spelling
            "kata Kepala BPH Migas Andy Noorsaman Sommeng. Andi menambahkan.",
            [("BPH Migas", "ORG"), ("Andy Noorsaman Sommeng", "PER"), ("Andi", "PER")],
            "Andi",
            "Andy Noorsaman Sommeng",
            "Kepala",
        ),
        (  # a one-word mention of a middle name after a given-name prefix
            "pemilik situs itu, Muhammad Jibriel Abdul Rahman, mengatakan. Jibriel menambahkan.",
            [("Muhammad Jibriel Abdul Rahman", "PER"), ("Jibriel", "PER", 1)],
            "Jibriel",
            "Muhammad Jibriel Abdul Rahman",
            None,
        ),
        (  # a word after a body run into a name is no name the person goes by
            "kata Sekjen Apkomindo Rudy Muliadi. Rudy menambahkan.",
            [("Apkomindo Rudy Muliadi", "PER"), ("Rudy", "PER", 1)],
            "Rudy",
            "Rudy",
            None,
        ),
        (  # a bare initial before the given name ("R Eko Suyatno")
            "kata Laksma TNI R Eko Suyatno di Jakarta. Eko menambahkan.",
            [("R Eko Suyatno", "PER"), ("Eko", "PER", 1)],
            "Eko",
            "R Eko Suyatno",
            "Laksamana Pertama",
        ),
        (  # the name a person goes by (warta/data/aliases.tsv) is the full name the article writes
            "Sebelumnya Presiden Joko Widodo mengumpulkan kepala daerah. Menurut Jokowi, anggaran baru 20 persen.",
            [("Joko Widodo", "PER"), ("Jokowi", "PER")],
            "Jokowi",
            "Joko Widodo",
            "Presiden",
        ),
        (
            "Kabareskrim Komjen Pol Budi Waseso menegaskan kasus itu. Tetapi, kata Buwas, perkara masih didalami.",
            [("Budi Waseso", "PER"), ("Buwas", "PER")],
            "Buwas",
            "Budi Waseso",
            "Komisaris Jenderal Polisi",
        ),
        (  # alone it is the name the article gives
            "Menurut Jokowi, anggaran baru 20 persen.",
            [("Jokowi", "PER")],
            "Jokowi",
            "Jokowi",
            None,
        ),
    ],
)
def test_entities_short_mention_resolves_to_full_name(blank, resolver, text, ents, short, canonical, role):
    doc = annotate(blank, resolver, text, ents)
    later = [s for s in doc.spans[ext.ENTITIES] if s.text == short]
    assert later and all((s._.canonical, s._.role) == (canonical, role) for s in later)


@pytest.mark.parametrize(
    ("text", "ents", "short", "canonical"),
    [
        (
            "Amerika Serikat (AS) mendukung Israel. AS juga",
            [("Amerika Serikat", "LOC"), ("Israel", "LOC"), ("AS", "LOC", 1)],
            "AS",
            "Amerika Serikat",
        ),
        # the article defines the acronym, which wins over the alias file
        (
            "Badan Intelijen Negara (BIN) menyebut BIN siap",
            [("Badan Intelijen Negara", "ORG"), ("BIN", "ORG", 1)],
            "BIN",
            "Badan Intelijen Negara",
        ),
        ("Sebuah penyelidikan PBB menyimpulkan", [("PBB", "ORG")], "PBB", "Perserikatan Bangsa-Bangsa"),
    ],
)
def test_entities_acronym_canonical(blank, resolver, text, ents, short, canonical):
    doc = annotate(blank, resolver, text, ents)
    assert {s.text: s._.canonical for s in doc.spans[ext.ENTITIES]}[short] == canonical


def test_entities_hyphenated_name_kept_whole(blank, resolver):
    doc = blank.make_doc("kata Karine Jean-Pierre kemarin.")
    assert [t.text for t in doc][2:5] == ["Jean", "-", "Pierre"]
    doc.ents = [Span(doc, 1, 3, label="PER")]  # the model stopped at the hyphen
    doc = resolver(doc)
    assert [s.text for s in doc.spans[ext.ENTITIES]] == ["Karine Jean-Pierre"]


def test_entities_hyphen_between_two_people_stays(blank, resolver):
    text = "Pemerintahan Joko Widodo-Jusuf Kalla bisa mengatasi krisis."
    doc = annotate(blank, resolver, text, [("Joko Widodo", "PER"), ("Jusuf Kalla", "PER")])
    assert [s.text for s in doc.spans[ext.ENTITIES]] == ["Joko Widodo", "Jusuf Kalla"]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a candidate pair after a pair word, even of one-word names
        (
            "Pasangan Arsid-Elvier Ariadiannie memegang nomor urut dua.",
            [("Arsid-Elvier Ariadiannie", "PER")],
            ["Arsid", "Elvier Ariadiannie"],
        ),
        # the model's span ended on a spaced hyphen, the second name tagged apart: still two people
        (
            "Pasangan incumbent Airin Rachmi Diany - Benyamin Davnie berhak menggunakan nomor urut tiga.",
            [("Airin Rachmi Diany -", "PER"), ("Benyamin Davnie", "PER")],
            ["Airin Rachmi Diany", "Benyamin Davnie"],
        ),
        # the second name goes on past the span the model gave the pair
        (
            "Pasangan Arsid-Elvier Ariadiannie Soedarto memegang nomor urut dua.",
            [("Arsid-Elvier", "PER")],
            ["Arsid", "Elvier Ariadiannie Soedarto"],
        ),
        # two one-word names the article also names alone
        (
            "Pemerintahan Jokowi-JK berjalan. Jokowi dan JK bertemu.",
            [("Jokowi-JK", "PER"), ("Jokowi", "PER", 1), ("JK", "PER", 1)],
            ["Jokowi", "JK", "Jokowi", "JK"],
        ),
        # a double surname, a particle, a lower-case part: one person each
        (
            "bek muda Kyle Walker - Peters mencetak gol.",
            [("Kyle Walker - Peters", "PER")],
            ["Kyle Walker - Peters"],
        ),
        ("kata Bashar al - Assad kemarin.", [("Bashar al - Assad", "PER")], ["Bashar al - Assad"]),
        ("Presiden Korsel Moon Jae - in datang.", [("Moon Jae - in", "PER")], ["Moon Jae - in"]),
    ],
)
def test_entities_hyphenated_pair_of_people_is_split(blank, resolver, text, ents, expected):
    doc = annotate(blank, resolver, text, ents)
    assert [s.text for s in doc.spans[ext.ENTITIES] if s.label_ == "PER"] == expected


def test_entities_long_surname_with_one_letter_mistyped_is_the_earlier_full_name(blank, resolver):
    text = (
        "Mantan presiden Mikheil Saakashvili hadir. Saakashbili menyebut Rusia terlibat. Saakashvili pergi."
    )
    ents = [("Mikheil Saakashvili", "PER"), ("Saakashbili", "PER")]
    doc = annotate(blank, resolver, text, ents)
    assert [s._.canonical for s in doc.spans[ext.ENTITIES]] == ["Mikheil Saakashvili"] * 3
    # a short surname is left as written: one letter is too little to tell two names apart
    doc = annotate(
        blank, resolver, "Joko Susilo hadir. Susila pergi.", [("Joko Susilo", "PER"), ("Susila", "PER")]
    )
    assert [s._.canonical for s in doc.spans[ext.ENTITIES]] == ["Joko Susilo", "Susila"]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a given name with one letter added
        (
            "Kepala BKPM Franky Sibarani hadir. Dalam rapat kali ini kata Frangky dibahas transmisi.",
            [("Franky Sibarani", "PER"), ("Frangky", "PER")],
            ["Franky Sibarani", "Franky Sibarani"],
        ),
        # one name written twice, with its apostrophe and without
        (
            '"Ada nama Saerah," ungkap Syafi\'i. "Kita belum tahu," terang Syafii.',
            [("Syafi'i", "PER"), ("Syafii", "PER")],
            ["Syafi'i", "Syafi'i"],
        ),
    ],
)
def test_entities_name_written_again_a_letter_apart_is_the_earlier_one(blank, resolver, text, ents, expected):
    doc = annotate(blank, resolver, text, ents)
    assert [s._.canonical for s in doc.spans[ext.ENTITIES]] == expected


def test_entities_full_name_without_its_middle_name_is_the_fullest(blank, resolver):
    text = "Calon Gubernur Anies Rasyid Baswedan berjanji. kata Anies Baswedan di posko. Anies menegaskan."
    ents = [("Anies Rasyid Baswedan", "PER"), ("Anies Baswedan", "PER"), ("Anies", "PER", 2)]
    doc = annotate(blank, resolver, text, ents)
    assert [s._.canonical for s in doc.spans[ext.ENTITIES]] == ["Anies Rasyid Baswedan"] * 3
    # a longer span that is not the same name with a middle name more keeps the short mention's own full name
    text = "Venture Partner Spiral Ventures David Soukhasing hadir. David Soukhasing berkata. David pergi."
    ents = [
        ("Venture Partner Spiral Ventures David Soukhasing", "PER"),
        ("David Soukhasing", "PER", 1),
        ("David", "PER", 2),
    ]
    doc = annotate(blank, resolver, text, ents)
    assert doc.spans[ext.ENTITIES][-1]._.canonical == "David Soukhasing"


def test_entities_headline_in_a_read_also_link_is_no_full_name(blank, resolver):
    text = "(Baca: Budi Waseso Ingatkan Pansel soal Capim KPK) Kepala Bareskrim Budi Waseso mengatakan itu."
    doc = annotate(blank, resolver, text, [("Budi Waseso Ingatkan Pansel", "PER"), ("Budi Waseso", "PER", 1)])
    assert [s._.canonical for s in doc.spans[ext.ENTITIES]][-1] == "Budi Waseso"


def test_entities_imam_is_a_given_name_and_imam_besar_a_title(blank, resolver):
    text = "ujar anggota Dewan Pers, Imam Wahyudi. Imam Besar FPI Rizieq Shihab hadir."
    doc = annotate(blank, resolver, text, [("Imam Wahyudi", "PER"), ("Rizieq Shihab", "PER")])
    assert people(doc) == {
        "Imam Wahyudi": ("Imam Wahyudi", "anggota", None),
        "Rizieq Shihab": ("Rizieq Shihab", "Imam Besar", None),
    }


def test_entities_full_name_in_another_spelling_is_the_earlier_one(blank, resolver):
    text = "Ikhsan Modjo mendapat nomor urut satu. Ihsan Modjo menyatakan jargonnya."
    doc = annotate(blank, resolver, text, [("Ikhsan Modjo", "PER"), ("Ihsan Modjo", "PER")])
    assert [s._.canonical for s in doc.spans[ext.ENTITIES]] == ["Ikhsan Modjo", "Ikhsan Modjo"]


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            'Pebulu tangkis Liliyana Natsir atau yang akrab disapa Butet menang. "Kami senang," kata Butet.',
            [("Liliyana Natsir", "PER"), ("Butet", "PER", 1)],
        ),
        # the nickname untagged, or tagged a body, is still the person
        (
            'Butet, sapaan akrab Liliyana Natsir, mengaku senang. "Kami senang," kata Butet.',
            [("Liliyana Natsir", "PER"), ("Butet", "ORG", 1)],
        ),
    ],
)
def test_entities_name_the_article_says_a_person_goes_by_is_that_person(blank, resolver, text, ents):
    doc = annotate(blank, resolver, text, ents)
    assert [(s.text, s._.canonical) for s in doc.spans[ext.ENTITIES] if s.text == "Butet"] == [
        ("Butet", "Liliyana Natsir")
    ] * 2


def test_entities_nicknames_of_a_pair_are_not_guessed(blank, resolver):
    text = "Pasangan Tontowi Ahmad / Liliyana Natsir, atau akrab disapa Owi / Butet, menang."
    doc = annotate(blank, resolver, text, [("Tontowi Ahmad", "PER"), ("Liliyana Natsir", "PER")])
    assert [s.text for s in doc.spans[ext.ENTITIES] if s.label_ == "PER"] == [
        "Tontowi Ahmad",
        "Liliyana Natsir",
    ]


def test_entities_model_ships_inside_package():
    assert (model_dir() / "config.cfg").exists()
    nlp = load_ner_nlp()
    assert {"PER", "ORG", "LOC"} <= set(nlp.get_pipe("ner").labels)


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Jakarta pada Senin.",
        "presiden joko widodo bertemu perdana menteri australia anthony albanese di jakarta pada senin.",
        "PRESIDEN JOKO WIDODO BERTEMU PERDANA MENTERI AUSTRALIA ANTHONY ALBANESE DI JAKARTA PADA SENIN.",
    ],
)
def test_ner_model_finds_entities_in_any_case(nlp, text):
    doc = nlp(text)
    labels = {(e.text.lower(), e.label_) for e in doc.ents}
    assert ("joko widodo", "PER") in labels
    assert ("jakarta", "LOC") in labels


SEED_PEOPLE = {
    "Antony Blinken": "Menteri Luar Negeri",
    "Benjamin Netanyahu": "Perdana Menteri",
    "Michael Oren": "Duta Besar",
    "Haim Malka": "peneliti senior",
    "Ben Rhodes": "Deputi penasehat keamanan nasional",
    "Karine Jean-Pierre": "juru bicara",
    "Jake Sullivan": "Penasihat Keamanan Nasional",
    "Lloyd Austin": "Menteri Pertahanan",
    "Yoav Galant": "Menteri Pertahanan",
    "Isaac Herzog": "Presiden",
    "Kamala Harris": "Wakil Presiden",
}


@pytest.mark.slow
def test_entities_seed_people_have_roles(seed_texts):
    found: dict[str, set[str | None]] = {}
    for text in seed_texts.values():
        for ent in analyse(text).entities:
            if ent.label == "PER":
                found.setdefault(ent.canonical, set()).add(ent.role)
    for name, role in SEED_PEOPLE.items():
        assert role in found.get(name, set()), (name, found.get(name))


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the model missed the name after the title
        (
            "Pada Rabu Menteri Pertahanan Lloyd Austin juga ikut melakukan diplomasi melalui telepon.",
            [],
            {"Lloyd Austin": ("Lloyd Austin", "Menteri Pertahanan", None)},
        ),
        # the model found only the surname
        (
            "dan Wakil Presiden AS Kamala Harris hadir.",
            [("AS", "LOC"), ("Harris", "PER")],
            {"Kamala Harris": ("Kamala Harris", "Wakil Presiden", "AS")},
        ),
        # the first name was glued to the body; the article names the person elsewhere
        (
            "kata juru bicara Gedung Putih Karine Jean-Pierre. Jean-Pierre menambahkan.",
            [("Gedung Putih Karine Jean-Pierre", "LOC"), ("Jean-Pierre", "PER", 1)],
            {
                "Karine Jean-Pierre": ("Karine Jean-Pierre", "juru bicara", "Gedung Putih"),
                "Jean-Pierre": ("Karine Jean-Pierre", "juru bicara", "Gedung Putih"),
            },
        ),
        # two first names glued to a place the article names on its own: the person starts where it ends
        (
            "bertemu Menlu Timor - Leste Aurelio Sergio Guterres di Jakarta. Timor - Leste setuju. Guterres "
            "mengatakan banyak mahasiswa belajar. Kata Guterres, itu baik.",
            [
                ("Timor - Leste Aurelio Sergio Guterres", "ORG"),
                ("Timor - Leste", "ORG", 1),
                ("Guterres", "PER", 1),
                ("Guterres", "PER", 2),
            ],
            {
                "Aurelio Sergio Guterres": (
                    "Aurelio Sergio Guterres",
                    "Menteri Luar Negeri",
                    "Timor - Leste",
                ),
                "Guterres": ("Aurelio Sergio Guterres", "Menteri Luar Negeri", "Timor - Leste"),
            },
        ),
        # a name tagged as a place, but for words no place or body has, is a person's whole name, with the
        # untagged first word before it
        (
            "Tokoh Myanmar Aung San Suu Kyi menanggapi. Suu Kyi mengatakan pemerintahnya berbuat maksimal.",
            [("Myanmar", "LOC"), ("San Suu Kyi", "LOC"), ("Suu Kyi", "PER", 1)],
            {
                "Aung San Suu Kyi": ("Aung San Suu Kyi", None, None),
                "Suu Kyi": ("Aung San Suu Kyi", None, None),
            },
        ),
        # a body glued to a name whose surname the article tags as a person twice or more
        (
            "Capres dari Partai Republik Donald Trump tiba. Trump menuding Clinton. Kata Trump.",
            [
                ("Partai Republik Donald Trump", "ORG"),
                ("Trump", "PER", 1),
                ("Trump", "PER", 2),
                ("Clinton", "PER"),
            ],
            {
                "Donald Trump": ("Donald Trump", None, None),
                "Trump": ("Donald Trump", None, None),
                "Clinton": ("Clinton", None, None),
            },
        ),
        # one word after a title is a name where it ends a name the article tags
        (
            "kata Jaksa Agung Hawaii Doug Chin. Jaksa Agung Chin menyambut baik putusan tersebut.",
            [("Hawaii", "LOC"), ("Doug Chin", "PER")],
            {
                "Doug Chin": ("Doug Chin", "Jaksa Agung", "Hawaii"),
                "Chin": ("Doug Chin", "Jaksa Agung", None),
            },
        ),
        # a span the model ended on a spaced hyphen takes the word after it
        (
            "Namun kata Saleh al - Jasser, direktur maskapai tersebut, pesawat belum mendapat izin.",
            [("Saleh al -", "PER")],
            {"Saleh al - Jasser": ("Saleh al - Jasser", "direktur", None)},
        ),
        # a rank is a title ("Mayor"), not a first name
        (
            "kata Mayor Issam al Rayes, juru bicara kelompok itu.",
            [("Mayor Issam al Rayes", "PER")],
            {"Issam al Rayes": ("Issam al Rayes", "Mayor", None)},
        ),
        # a title before a country is not a person
        ("Menteri Luar Negeri Amerika Serikat tiba di Jakarta pada hari Senin pagi.", [], {}),
        # a headline in Title Case says nothing about names
        ("Sedang Krisis, Presiden Nilai Tak Elok DPR Bangun Gedung Baru", [], {}),
        # an honorific is not a first name
        (
            "Saya saksi hidup menyaksikan Pak Jonan bekerja.",
            [("Jonan", "PER")],
            {"Jonan": ("Jonan", None, None)},
        ),
        # a first name after an initial is a short mention of the whole name
        (
            "kata Kapolri M. Tito Karnavian. Kata Tito, semua aman.",
            [("M. Tito Karnavian", "PER"), ("Tito", "PER", 1)],
            {
                "M. Tito Karnavian": (
                    "M. Tito Karnavian",
                    "Kepala Kepolisian Negara Republik Indonesia",
                    None,
                ),
                "Tito": ("M. Tito Karnavian", "Kepala Kepolisian Negara Republik Indonesia", None),
            },
        ),
    ],
)
def test_entities_repairs_names_the_model_cut(blank, resolver, text, ents, expected):
    assert people(annotate(blank, resolver, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the model tagged nothing: a title, a body the alias file names, then a name (written small title)
        (
            "kata juru bicara Gedung Putih Karine Jean-Pierre.",
            [],
            {"Karine Jean-Pierre": ("Karine Jean-Pierre", "juru bicara", "Gedung Putih")},
        ),
        # a sentence that lists officials is no Title Case headline; the place may be tagged or not
        (
            "Pertemuan itu dihadiri pejabat tinggi lainnya, seperti Menteri Pertahanan Israel Yoav Galant, "
            "dan Wakil Presiden AS Kamala Harris.",
            [("AS", "LOC")],
            {
                "Yoav Galant": ("Yoav Galant", "Menteri Pertahanan", "Israel"),
                "Kamala Harris": ("Kamala Harris", "Wakil Presiden", "AS"),
            },
        ),
        # the body and the name tagged as one ORG after a title marked `name`
        (
            "Pertemuan itu dihadiri Presiden Israel Isaac Herzog dan para menteri.",
            [("Israel Isaac Herzog", "ORG")],
            {"Isaac Herzog": ("Isaac Herzog", "Presiden", "Israel")},
        ),
        # a name in apposition after a title and its place, tagged as a place
        (
            "kata Menteri Dalam Negeri Pakistan, Sarfraz Bugti.",
            [("Pakistan", "LOC"), ("Sarfraz Bugti", "LOC")],
            {"Sarfraz Bugti": ("Sarfraz Bugti", "Menteri Dalam Negeri", "Pakistan")},
        ),
        # ... after a title and its portfolio, "dan" between the portfolio's words, tagged as a body
        (
            "kata Staf Ahli Menteri Komunikasi dan Informasi, Gun Gun Siswadi di Painan.",
            [("Gun Gun Siswadi", "ORG"), ("Painan", "LOC")],
            {"Gun Gun Siswadi": ("Gun Gun Siswadi", None, None)},
        ),
        # lower police ranks are titles, not part of the name
        (
            "Hal ini dilakoni oleh Aiptu Tutut, anggota Timsus. Kata Briptu Nyoman Sudarma, ia menyamar.",
            [("Aiptu Tutut", "PER"), ("Briptu Nyoman Sudarma", "PER")],
            {
                "Tutut": ("Tutut", "Ajun Inspektur Polisi Satu", None),
                "Nyoman Sudarma": ("Nyoman Sudarma", "Brigadir Polisi Satu", None),
            },
        ),
        # an age in brackets follows a name
        ("ujar Ardrian (48) satu dari pedagang cabai.", [], {"Ardrian": ("Ardrian", None, None)}),
        ("kata saksi mata Maizarni (41) di Padang.", [], {"Maizarni": ("Maizarni", None, None)}),
        # "dr" (a physician) is a title, not part of the name
        ("Menurut dr Boyke, kondom bukan alat.", [("dr Boyke", "PER")], {"Boyke": ("Boyke", "dr", None)}),
        # not people: a place after a title's office, a body's name after a title not marked `name`,
        # a headline quoted in Title Case, a year in brackets
        ("Ia tiba di kantor Wapres, Jakarta Pusat, pada Selasa.", [("Jakarta Pusat", "LOC")], {}),
        (
            "Pendiri dan pemimpin Indonesia Water Institute, Firdaus Ali, menilai hal itu.",
            [("Indonesia", "LOC"), ("Firdaus Ali", "PER")],
            {"Firdaus Ali": ("Firdaus Ali", "pemimpin", "Indonesia Water Institute")},
        ),
        (
            "Ketua Indonesia Police Watch (IPW), Neta S Pane mengatakan hal itu.",
            [("Indonesia Police Watch", "ORG"), ("Neta S Pane", "PER")],
            {"Neta S Pane": ("Neta S Pane", "Ketua", "Indonesia Police Watch")},
        ),
        (
            "(baca: Presiden Inginkan Rekonsiliasi Nasional Terkait Pelanggaran HAM) kata dia kemarin.",
            [("Inginkan Rekonsiliasi Nasional", "ORG")],
            {},
        ),
        ("Gedung itu dibangun pada Tahun (2015) lalu.", [], {}),
        # a span that starts inside a rank with its force ("Irjen [Pol Fakhrizal]") starts after it
        (
            "kata Kapolda Sumatera Barat Irjen Pol Fakhrizal di Padang.",
            [("Sumatera Barat", "LOC"), ("Pol Fakhrizal", "PER")],
            {"Fakhrizal": ("Fakhrizal", "Kepala Kepolisian Daerah", "Sumatera Barat")},
        ),
    ],
)
def test_entities_names_after_titles_and_bodies(blank, resolver, text, ents, expected):
    assert people(annotate(blank, resolver, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "kept"),
    [
        (
            "Kata Netanyahu. Draf resolusi itu diajukan ke Majelis Umum.",
            [("Netanyahu", "PER"), ("Draf", "PER")],
            {"Netanyahu"},
        ),
        ("Tuduhan itu dibantah. Tuduhan baru datang.", [("Tuduhan", "PER", 1)], set()),
        # a name that opens a sentence stays
        (
            "Blinken tiba di Tel Aviv. Blinken bertemu Herzog.",
            [("Blinken", "PER"), ("Blinken", "PER", 1)],
            {"Blinken"},
        ),
        # a common word inside a sentence, capitalised, is left to the model
        ("Ia membaca Draf itu.", [("Draf", "PER")], {"Draf"}),
        # a person's name that a common word opens loses it where the rest ends another name
        (
            "Sarah Idan mengunggah foto. Niat Idan tidak diterima.",
            [("Sarah Idan", "PER"), ("Niat Idan", "PER")],
            {"Sarah Idan", "Idan"},
        ),
        # not where no other name ends with the rest
        ("Ia hadir. Indah Kurnia tiba.", [("Indah Kurnia", "PER")], {"Indah Kurnia"}),
    ],
)
def test_entities_common_word_opening_a_sentence_is_not_a_name(blank, resolver, text, ents, kept):
    assert set(people(annotate(blank, resolver, text, ents))) == kept


def test_two_person_spans_with_only_a_space_between_are_one_name():
    from spacy.tokens import Span

    from warta.extract.entities import _join_split_people

    doc = spacy.blank("id")("Ketua Semeton, I Gusti Agung Ayu Putri, bersama Joko Widodo dan Jusuf Kalla.")
    words = [t.text for t in doc]
    i, j = words.index("I"), words.index("Joko")
    spans = [
        Span(doc, i, i + 3, label="PER"),  # "I Gusti Agung": the model cut the name in two
        Span(doc, i + 3, i + 5, label="PER"),  # "Ayu Putri"
        Span(doc, j, j + 2, label="PER"),  # "Joko Widodo" and "Jusuf Kalla": "dan" between, two people
        Span(doc, j + 3, j + 5, label="PER"),
    ]
    assert [s.text for s in _join_split_people(doc, spans)] == [
        "I Gusti Agung Ayu Putri",
        "Joko Widodo",
        "Jusuf Kalla",
    ]


def test_entities_one_label_per_name_in_an_article(blank, resolver):
    # the model tagged "Bawaslu" a person once and a body twice: one article means one thing by a name
    text = "PKPI menggugat ke Bawaslu. Bawaslu masih menunggu. Keputusan Bawaslu final."
    doc = annotate(blank, resolver, text, [("Bawaslu", "ORG"), ("Bawaslu", "PER", 1), ("Bawaslu", "ORG", 2)])
    assert people(doc) == {}
    assert [s.label_ for s in doc.spans[ext.ENTITIES] if s.text == "Bawaslu"] == ["ORG"] * 3


def test_entities_place_span_that_took_a_title_end_is_split(blank, resolver):
    # "Wali | Kota Whitsunday Andrew Willcox" tagged LOC: the title is "Wali Kota", the place is named elsewhere
    text = (
        "Badai melanda kepulauan Whitsunday. Wali Kota Whitsunday Andrew Willcox mendeskripsikan kerusakan."
    )
    doc = annotate(
        blank, resolver, text, [("kepulauan Whitsunday", "LOC"), ("Kota Whitsunday Andrew Willcox", "LOC")]
    )
    assert people(doc) == {"Andrew Willcox": ("Andrew Willcox", "Wali Kota", "Whitsunday")}


def test_entities_body_span_before_a_comma_and_a_title_is_a_person(blank, resolver):
    # "Siswono" tagged ORG, then ", Kepala Badan ...": a body is not given a title in apposition
    text = "Siswono, Kepala Badan Pengkajian Kemlu, mengatakan tak ada negara yang mendukung. Badan itu diam."
    doc = annotate(blank, resolver, text, [("Siswono", "ORG")])
    assert list(people(doc)) == ["Siswono"]


def test_entities_place_that_opens_a_person_after_a_title_is_split(blank, resolver):
    # "Jeddah Gunawan" tagged a person after "Kepala ITPC", beside a place "Jeddah" tagged on its own
    text = "Konsul Jenderal RI di Jeddah hadir. Kepala ITPC Jeddah Gunawan mengatakan proyek itu besar."
    doc = annotate(blank, resolver, text, [("Jeddah", "LOC"), ("Jeddah Gunawan", "PER")])
    assert list(people(doc)) == ["Gunawan"]
    assert [s.text for s in doc.spans[ext.ENTITIES] if s.label_ == "LOC"] == ["Jeddah", "Jeddah"]


def test_entities_person_in_apposition_joins_the_rest_of_the_name(blank, resolver):
    # "Aung San" tagged ORG becomes a person in apposition, and the "Suu Kyi" tagged right after it is its end
    text = "Konflik ini membuat pemimpin defacto Myanmar, Aung San Suu Kyi, kembali menjadi sorotan."
    doc = annotate(
        blank, resolver, text, [("defacto Myanmar", "ORG"), ("Aung San", "ORG"), ("Suu Kyi", "PER")]
    )
    assert list(people(doc)) == ["Aung San Suu Kyi"]


def test_entities_body_and_name_after_a_title_its_place_and_a_link_are_split(blank, resolver):
    # "Duta Besar AS untuk | PBB Nikki Haley" tagged ORG whole: the title's body, then the person
    text = "Duta Besar AS untuk PBB Nikki Haley mengatakan aksi itu berbahaya."
    doc = annotate(blank, resolver, text, [("PBB Nikki Haley", "ORG")])
    assert list(people(doc)) == ["Nikki Haley"]


def test_entities_person_takes_back_a_noble_title_left_out(blank, resolver):
    # "Lalu" (a Sasak title, also the word for "then") written with a capital mid-sentence before the name
    text = "Hal itu dikonfirmasi oleh Direktur Kemlu RI, Lalu Iqbal Muhammad, pada Jumat. Lalu ia pergi."
    doc = annotate(blank, resolver, text, [("Iqbal Muhammad", "PER")])
    assert list(people(doc)) == ["Lalu Iqbal Muhammad"]


def test_entities_untagged_name_after_a_title_goes_on_past_a_particle(blank, resolver):
    # "Jenderal Abdulelah al - Saleh" left untagged; the later "Saleh" is the same man
    text = (
        "Walau demikian, Jenderal Abdulelah al - Saleh, sekretaris jenderal aliansi, membantah tuduhan itu. "
        "Menurut Saleh, aliansi itu terbuka."
    )
    doc = annotate(blank, resolver, text, [("Saleh", "PER", 1)])
    assert people(doc) == {
        "Abdulelah al - Saleh": ("Abdulelah al - Saleh", "Jenderal", None),
        "Saleh": ("Abdulelah al-Saleh", "Jenderal", None),
    }


def test_entities_untagged_surname_of_a_tagged_person_is_that_person(blank, resolver):
    # the model tagged "Joe Gomez" but not the bare "Gomez" later; a capitalised word beside it is another name
    text = "Bek Joe Gomez tampil. Gomez cukup senang dengan hasil itu. Pablo Gomez tidak bermain."
    doc = annotate(blank, resolver, text, [("Joe Gomez", "PER")])
    mentions = [(s.text, s._.canonical) for s in doc.spans[ext.ENTITIES] if s.label_ == "PER"]
    assert mentions == [("Joe Gomez", "Joe Gomez"), ("Gomez", "Joe Gomez")]


def test_entities_untagged_given_name_the_article_tags_alone_is_that_person(blank, resolver):
    # "Masinton" is tagged alone once and opens "Masinton Pasaribu"; the model missed it before "pun"
    text = "Politikus Masinton Pasaribu menepis rumor. Masinton mengatakan itu. Masinton pun mempertanyakan sumbernya."
    doc = annotate(blank, resolver, text, [("Masinton Pasaribu", "PER"), ("Masinton", "PER", 1)])
    mentions = [(s.text, s._.canonical) for s in doc.spans[ext.ENTITIES] if s.label_ == "PER"]
    assert mentions == [("Masinton Pasaribu", "Masinton Pasaribu")] + [("Masinton", "Masinton Pasaribu")] * 2
    # a given name the article never tags alone is left to the model
    doc = annotate(
        blank,
        resolver,
        "Politikus Masinton Pasaribu menepis rumor. Masinton pun heran.",
        [("Masinton Pasaribu", "PER")],
    )
    assert [s.text for s in doc.spans[ext.ENTITIES] if s.label_ == "PER"] == ["Masinton Pasaribu"]


def test_entities_body_with_its_acronym_after_a_title_then_a_comma_is_followed_by_a_person(blank, resolver):
    text = "Pengamat politik dari Universitas Indonesia (UI), Tjipta Lesmana, mengatakan tidak heran."
    ents = [("Universitas Indonesia", "ORG"), ("UI", "ORG"), ("Tjipta Lesmana", "ORG")]
    doc = annotate(blank, resolver, text, ents)
    assert people(doc)["Tjipta Lesmana"][1] == "Pengamat politik"


def test_entities_common_opener_leaves_a_name_that_starts_another(blank, resolver):
    # "Transfer" opens the sentence and took the capital; "Pedro" is the "Pedro Rodriguez" of the article
    text = "Pemain sayap Pedro Rodriguez resmi pindah. Transfer Pedro ke Chelsea sudah selesai."
    doc = annotate(blank, resolver, text, [("Pedro Rodriguez", "PER"), ("Transfer Pedro", "PER")])
    assert [(s.text, s._.canonical) for s in doc.spans[ext.ENTITIES] if s.label_ == "PER"] == [
        ("Pedro Rodriguez", "Pedro Rodriguez"),
        ("Pedro", "Pedro Rodriguez"),
    ]


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (  # the model ended the name a word short; "Bakar" is also a word
            "Proses itu diawali, ungkap Menteri Lingkungan Hidup Siti Nurbaya Bakar dalam rilis pers.",
            [("Siti Nurbaya", "PER")],
            "Siti Nurbaya Bakar",
        ),
        (  # a day after the name is no part of it
            "Hal itu disampaikan Joko Widodo Senin lalu di Istana.",
            [("Joko Widodo", "PER")],
            "Joko Widodo",
        ),
        (  # nor is a place the article tags
            "Pertemuan Benjamin Netanyahu Israel, kata dia, berlangsung lama.",
            [("Benjamin Netanyahu", "PER"), ("Israel", "LOC")],
            "Benjamin Netanyahu",
        ),
        (  # a headline in Title Case
            "Trump Sebut Holocaust Tragedi Terburuk Dalam Sejarah Manusia di Pidato Hari Peringatan",
            [("Trump", "PER")],
            "Trump",
        ),
        (  # a photo credit in capitals run into the caption
            "KOMPAS/RONY NUGROHO Warga berkeliling menjajakan jasa.",
            [("RONY NUGROHO", "PER")],
            "RONY NUGROHO",
        ),
    ],
)
def test_entities_name_runs_on_one_word_the_model_left_out(blank, resolver, text, ents, name):
    doc = annotate(blank, resolver, text, ents)
    assert [s.text for s in doc.spans[ext.ENTITIES] if s.label_ == "PER"] == [name]


def test_person_span_with_a_line_break_at_its_end(blank, resolver):
    # the model may tag a heading with the line break after it ("Kesamaan\n\n"): the break is no part of a name, and
    # the common word left alone at a sentence start is no name either (this once crashed the name resolver)
    text = (
        "Cook mengaku seorang homoseksual.\n\nKesamaan\n\nApple di bawah Cook tercatat masih mencetak laba."
    )
    doc = annotate(
        blank,
        resolver,
        text,
        [("Cook", "PER"), ("Kesamaan\n\n", "PER"), ("Apple", "ORG"), ("Cook", "PER", 1)],
    )
    assert [s.text for s in doc.spans[ext.ENTITIES] if s.label_ == "PER"] == ["Cook", "Cook"]


def test_entities_name_written_in_full_elsewhere_does_not_run_on(blank, resolver):
    # the article writes the name in full with another word; "Setelah" opens a clause whose full stop was lost
    text = "Jimly Asshidiqie hadir. Hal itu, kata Jimly Setelah memperbaiki internal KPK, penting."
    doc = annotate(blank, resolver, text, [("Jimly Asshidiqie", "PER"), ("Jimly", "PER", 1)])
    assert [(s.text, s._.canonical) for s in doc.spans[ext.ENTITIES] if s.label_ == "PER"] == [
        ("Jimly Asshidiqie", "Jimly Asshidiqie"),
        ("Jimly", "Jimly Asshidiqie"),
    ]
