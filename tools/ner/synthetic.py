"""Seeded generator of synthetic municipal prompts with PER/LOC/ORG/MISC character spans.

    from ner.synthetic import generate
    for prompt in generate(5000, seed=13):
        prompt["text"], prompt["entities"]   # [[start, end, label], ...]

The same seed gives the same prompts (given the same Faker version and data files).
"""

import random
import re

from . import lexicon, uner
from .names import PersonFactory, Person, possessive, possessive_parts, pools_for, strip_accents
from .templates import BANKS, CATEGORY_WEIGHTS, TEMPLATES

SLOT = re.compile(r"\{([a-z_0-9]+)(?:\.([A-Za-z_0-9]+))?\}")
ALT = re.compile(r"⟦([^⟦⟧]*)⟧")
ROW = re.compile(r"⟪(.*?)⟫", re.S)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DOMAINS = ["kommune.dk", "aarhus.dk", "kk.dk", "odense.dk", "randers.dk", "vejle.dk", "gmail.com",
           "hotmail.com", "outlook.dk", "live.dk", "mail.dk", "rm.dk", "regionh.dk", "skolekom.dk"]


def ascii_mail(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ß", "ss")
    text = strip_accents(text)
    return re.sub(r"[^a-z0-9.]+", "", text.replace(" ", ".").replace("-", "."))


class Builder:
    def __init__(self):
        self.parts, self.spans, self.length = [], [], 0
        self.collapse = False

    def add(self, text: str):
        if self.collapse:
            text = text.replace("\n\n", "\n")
        if text:
            self.parts.append(text)
            self.length += len(text)

    def ent(self, text: str, label: str | None):
        if not text:
            return
        if label:
            stripped = text.strip()
            lead = len(text) - len(text.lstrip())
            self.spans.append([self.length + lead, self.length + lead + len(stripped), label])
        self.add(text)

    @property
    def text(self):
        return "".join(self.parts)


class PromptMaker:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.factory = PersonFactory(pools_for(seed), self.rng)
        self.streets = lexicon.street_names()

    # -- one prompt ------------------------------------------------------------------------------

    def make(self, category: str, template: str) -> dict:
        self.persons = {}
        self.home = self.rng.choice(lexicon.TOWNS)
        self.block_case = None
        b = Builder()
        b.collapse = self.rng.random() < 0.06  # pasted without blank lines
        self.b = b
        wrap = category not in ("chat", "sql") and self.rng.random() < 0.35
        if wrap:
            self.expand(self.rng.choice(BANKS["ask"]))
        self.expand(template)
        if category not in ("chat",) and self.rng.random() < 0.25:
            self.expand(self.rng.choice(BANKS["tail"]))
        text, spans = b.text, b.spans
        roll = self.rng.random()
        if (category == "chat" and roll < 0.45) or roll < 0.03:
            lowered = text.lower()
            if len(lowered) == len(text):
                text = lowered
        elif roll > 0.985:
            upper = text.upper()
            if len(upper) == len(text):
                text = upper
        return {"text": text, "entities": spans, "category": category}

    # -- template expansion ----------------------------------------------------------------------

    def expand(self, template: str):
        position = 0
        for match in ROW.finditer(template):
            self._flat(template[position : match.start()])
            body, _, sep = match.group(1).partition("¦")
            roll = self.rng.random()
            self.block_case = "upper" if roll < 0.12 else "lower" if roll < 0.2 else "normal"
            for index in range(self.rng.randint(2, 6)):
                if index:
                    self._flat(sep)
                self.persons.pop("r", None)
                self._flat(body)
            self.persons.pop("r", None)
            self.block_case = None
            position = match.end()
        self._flat(template[position:])

    def _flat(self, template: str):
        while True:
            match = ALT.search(template)
            if not match:
                break
            choice = self.rng.choice(match.group(1).split("|"))
            template = template[: match.start()] + choice + template[match.end() :]
        position = 0
        for match in SLOT.finditer(template):
            self.b.add(template[position : match.start()])
            self.fill(match.group(1), match.group(2) or "")
            position = match.end()
        self.b.add(template[position:])

    # -- slots -----------------------------------------------------------------------------------

    def person(self, key: str) -> Person:
        if key not in self.persons:
            person = self.factory.make()
            if key == "r" and self.block_case:
                person.case = self.block_case
            self.persons[key] = person
        return self.persons[key]

    def fill(self, name: str, form: str):
        b, rng = self.b, self.rng
        if re.fullmatch(r"p\d|r", name):
            return self.fill_person(self.person(name), form)
        if form:
            raise KeyError(f"slot {{{name}.{form}}}")
        if name in BANKS:
            return self._flat(rng.choice(BANKS[name]))
        if name == "news":  # a UNER train sentence, with its own entities
            text, spans = rng.choice(uner.train_fillers())
            offset = b.length
            b.add(text)
            b.spans.extend([[offset + s, offset + e, label] for s, e, label in spans])
            return
        value, label = self.value(name)
        b.ent(value, label)

    def fill_person(self, p: Person, form: str):
        b, rng = self.b, self.rng

        def name(text, possessive=False):
            text = p.styled(text)
            if rng.random() < 0.03:
                text = text.lower()
            after = ""
            if possessive:
                text, after = possessive_parts(text)
                if text[-2:-1].isupper() and text.endswith("s"):
                    text = text[:-1] + "S"
            b.ent(text, "PER")
            b.add(after)

        default = p.full if p.middle and rng.random() < 0.6 else p.first_last
        if form == "":
            name(default)
        elif form == "full":
            name(p.full)
        elif form == "fl":
            name(p.first_last)
        elif form == "first":
            name(p.first)
        elif form == "last":
            name(p.last)
        elif form == "ini":
            b.ent(p.initials(), "PER")
        elif form == "inip":
            b.ent(p.initials("lower" if p.case == "lower" else "plain"), "PER")
        elif form == "short":
            name(p.short(rng))
        elif form == "poss":
            name(default, possessive=True)
        elif form == "first_poss":
            name(p.first, possessive=True)
        elif form == "last_poss":
            name(p.last, possessive=True)
        elif form == "title":
            titles = ["fru", "Fru"] if p.gender == "f" else ["hr.", "Hr."]
            b.add(rng.choice(titles) + " ")
            name(p.last if rng.random() < 0.8 else p.first_last)
        elif form == "lastfirst":
            name(p.last)
            b.add(", ")
            name(p.first)
        elif form == "email":
            local = rng.choice([ascii_mail(p.first_last), ascii_mail(p.first[:2] + p.last[:2]),
                                ascii_mail(p.initials("plain")), ascii_mail(p.first) + str(rng.randint(1, 99))])
            domain = rng.choice(DOMAINS + [ascii_mail(self.home) + ".dk"] * 3)
            b.add(f"{local}@{domain}")
        elif form in ("pron", "Pron", "pposs", "pobj"):
            words = {"pron": ("han", "hun"), "pposs": ("hans", "hendes"), "pobj": ("ham", "hende")}
            word = words[form.lower()][0 if p.gender == "m" else 1]
            b.add(word.capitalize() if form == "Pron" else word)
        else:
            raise KeyError(f"person form {form!r}")

    def other_person(self) -> Person:
        return self.factory.make()

    def value(self, name: str):
        rng = self.rng
        if name == "town":
            return rng.choice(lexicon.TOWNS), "LOC"
        if name == "nltown":
            return rng.choice(lexicon.NAME_LIKE_TOWNS), "LOC"
        if name == "abroad":
            return rng.choice(lexicon.ABROAD), "LOC"
        if name == "country":
            return rng.choice(lexicon.COUNTRIES), "LOC"
        if name == "kommune":
            town = self.home if rng.random() < 0.7 else rng.choice(lexicon.TOWNS)
            return ("Københavns" if town == "København" else town) + " Kommune", "ORG"
        if name == "org":
            return rng.choice(lexicon.ORGS), "ORG"
        if name == "company":
            return self.company(), "ORG"
        if name == "school":
            return self.school(), "ORG"
        if name == "pinst":
            return self.person_institution(), "ORG"
        if name == "pstreet":
            return (self.person_street() if rng.random() < 0.6 else rng.choice(self.streets)), "LOC"
        if name == "street":
            return rng.choice(self.streets), "LOC"
        if name == "famous":
            return rng.choice(lexicon.FAMOUS_PLACES)
        if name == "ship":
            p = self.other_person()
            return rng.choice([f"M/S {p.first_last}", f"M/F {p.first}", f"Prinsesse {p.first}",
                               f"Dronning {p.first}", f"{p.first} {p.last}"]), "MISC"
        if name == "prize":
            p = self.other_person()
            return rng.choice([f"{p.first_last}-prisen", f"{p.last}-prisen", f"{p.first} {p.last}s Mindelegat",
                               f"{possessive(p.last)} Legat"]), "MISC"
        if name == "product":
            return rng.choice(lexicon.PRODUCTS), "MISC"
        if name == "inst_room":
            return f"{rng.choice(lexicon.INSTITUTION_WITH_ROOM)} {rng.choice(lexicon.ROOMS)}", "ORG"
        if name == "room":
            return rng.choice(lexicon.ROOMS), None
        if name == "dept":
            return rng.choice(lexicon.DEPARTMENTS), None
        if name == "job":
            return rng.choice(lexicon.JOB_TITLES), None
        if name == "jobl":
            return rng.choice(lexicon.JOB_TITLES).lower(), None
        if name == "acro":
            return rng.choice(lexicon.ACRONYMS_O), None
        if name == "oword":
            return rng.choice(uner.plain_words()), None
        if name == "Oword":
            return rng.choice(uner.plain_words()).capitalize(), None
        if name == "orgacro":
            return rng.choice(lexicon.ORG_ACRONYMS), "ORG"
        if name == "emoji":
            return rng.choice(lexicon.EMOJI), None
        if name == "url":
            site = rng.choice([ascii_mail(self.home).replace(".", "") + ".dk", "borger.dk", "sundhed.dk", "kl.dk",
                               "retsinformation.dk", "t.co", "www.dr.dk", "youtu.be", "teams.microsoft.com"])
            path = "/".join(rng.choice(uner.plain_words()) for _ in range(rng.randint(0, 2)))
            return rng.choice(["https://", "http://", "www.", "https://www."]) + site + ("/" + path if path else ""), None
        if name == "heading":
            return rng.choice(lexicon.HEADINGS), None
        if name == "cpr":
            digits = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}"
            tail = f"{rng.randint(0, 9999):04d}"
            return rng.choice([f"{digits}-{tail}", f"{digits}{tail}", f"{digits} {tail}"]), None
        if name == "date":
            d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2027)
            return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}/{m}", f"{d}. {MONTHS[m - 1]} {y}", f"d. {d}. {MONTHS[m - 1]}",
                               f"{y}-{m:02d}-{d:02d}", f"{d}/{m}-{y % 100:02d}", f"{d}.{m}"]), None
        if name == "date_en":
            d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2027)
            return rng.choice([f"{rng.choice(WEEKDAYS_EN)}, {MONTHS_EN[m - 1]} {d}, {y} {rng.randint(1, 12)}:{rng.randint(0, 59):02d} AM",
                               f"{d} {MONTHS_EN[m - 1]} {y} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}",
                               f"{rng.choice(WEEKDAYS)} den {d}. {MONTHS[m - 1]} {y} {rng.randint(7, 18):02d}.{rng.randint(0, 59):02d}"]), None
        if name == "time":
            h, mi = rng.randint(6, 22), rng.choice([0, 15, 30, 45])
            return rng.choice([f"{h}.{mi:02d}", f"{h}:{mi:02d}", f"{h}"]), None
        if name == "phone":
            n = f"{rng.randint(20, 99)}{rng.randint(0, 999999):06d}"
            return rng.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+45 {n}", n, f"+45 {n[:4]} {n[4:]}"]), None
        if name == "email":
            box = rng.choice(["borgerservice", "postmodtagelse", "noreply", "jobcenter", "hjemmeplejen", "it-support",
                              "sekretariat", "familie", "byg", "kontakt"])
            return f"{box}@{ascii_mail(self.home)}.dk", None
        if name == "caseno":
            return rng.choice([f"{rng.randint(19, 27)}/{rng.randint(1000, 99999)}", f"20{rng.randint(19, 27)}-{rng.randint(1, 99999):07d}",
                               f"{rng.randint(0, 99):02d}.{rng.randint(0, 99):02d}.{rng.randint(0, 99):02d}-G01-{rng.randint(1, 9)}-{rng.randint(19, 27)}",
                               f"SAG-20{rng.randint(19, 27)}-{rng.randint(1, 999999):06d}"]), None
        if name == "id":
            letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(rng.randint(2, 4)))
            return rng.choice([f"{letters}-{rng.randint(100, 99999)}", f"INC{rng.randint(0, 9999999):07d}",
                               f"{rng.randint(0, 0xffff):04x}-{rng.randint(0, 0xffff):04x}", f"{letters}{rng.randint(10, 99)}"]), None
        if name == "num":
            return str(rng.randint(1, 52)), None
        if name == "age":
            return str(rng.randint(2, 98)), None
        if name == "amount":
            return rng.choice([f"{rng.randint(20, 2000)} kr.", f"{rng.randint(1, 9)}.{rng.randint(0, 999):03d} kr.", f"kr. {rng.randint(50, 900)},-"]), None
        if name == "year":
            return str(rng.randint(2015, 2028)), None
        if name == "weekday":
            return rng.choice(WEEKDAYS + [w.capitalize() for w in WEEKDAYS]), None
        if name == "month":
            return rng.choice(MONTHS), None
        if name == "postcode":
            return str(rng.randint(1000, 9990)), None
        raise KeyError(f"slot {{{name}}}")

    def company(self):
        rng = self.rng
        if rng.random() < 0.4:
            return rng.choice(lexicon.ORGS)
        p, q = self.other_person(), self.other_person()
        return rng.choice([f"{p.last} & Søn ApS", f"{p.last} Consult ApS", f"Tømrerfirmaet {p.first} {p.last}",
                           f"Advokatfirmaet {p.last} & {q.last}", f"Lægehuset {p.last}", f"{p.first_last} A/S",
                           f"Malerfirmaet {p.last}", f"{p.last} Rengøring", f"Vognmand {p.first_last}",
                           f"{rng.choice(lexicon.TOWNS)} Auto", f"Bageriet i {rng.choice(lexicon.TOWNS)}",
                           f"{rng.choice(lexicon.TOWNS)} Boligforening", f"Netto {rng.choice(lexicon.TOWNS)}"])

    def school(self):
        rng = self.rng
        if rng.random() < 0.5:
            return self.person_institution(kinds=["Skole", "Skolen", "Friskole", "Efterskole", "Gymnasium"])
        town = rng.choice(lexicon.TOWNS)
        return rng.choice([f"{town} Skole", f"{ascii_free(town)}skolen", f"{town} Friskole", f"{town} Gymnasium",
                           f"Skolen ved {rng.choice(['Søen', 'Parken', 'Skoven', 'Havnen'])}",
                           f"{rng.choice(['Vestre', 'Østre', 'Nordre', 'Søndre'])} Skole"])

    def person_institution(self, kinds=None):
        rng = self.rng
        p = self.other_person()
        kind = rng.choice(kinds or lexicon.INSTITUTION_KINDS)
        return rng.choice([
            f"{possessive(p.first_last)} {kind}", f"{p.last} {kind}", f"{p.first} {p.last} {kind}",
            f"{p.last}{rng.choice(lexicon.ONE_WORD_INSTITUTIONS)}", f"{p.last}-{kind}",
            f"Plejehjemmet {possessive(p.first)} Minde", f"{possessive(p.first)} Hus", f"{p.first_last} Fonden",
            f"Plejecenter {p.first}hjemmet", f"{p.first_last} Hallen",
        ])

    def person_street(self):
        rng = self.rng
        p = self.other_person()
        suffix = rng.choice(lexicon.STREET_SUFFIXES)
        return rng.choice([
            f"{possessive(p.first_last)} {suffix}", f"{possessive(p.last)} {suffix}", f"{possessive(p.first)} {suffix}",
            f"Kong {possessive(p.first)} {suffix}", f"Dronning {possessive(p.first)} {suffix}",
            f"{p.last}{rng.choice(lexicon.ONE_WORD_STREET_SUFFIXES)}", f"{p.initials()} {possessive(p.last)} {suffix}",
            f"{p.first} {p.last}s {suffix}",
        ])


def ascii_free(town: str) -> str:
    return town.split()[0]


def generate(n: int, seed: int):
    """Return ``n`` prompts; the same seed gives the same prompts."""
    maker = PromptMaker(seed)
    by_category = {}
    for category, template in TEMPLATES:
        by_category.setdefault(category, []).append(template)
    categories = sorted(by_category)
    weights = [CATEGORY_WEIGHTS[c] for c in categories]
    prompts = []
    for _ in range(n):
        category = maker.rng.choices(categories, weights=weights, k=1)[0]
        template = maker.rng.choice(by_category[category])
        prompt = maker.make(category, template)
        prompts.append(prompt)
    return prompts
