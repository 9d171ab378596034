"""Person names from many locales, and the forms staff type them in.

Sources, in the proportions of ``SOURCES``:
- the Danish lists in ``../shared/data``: DaCy's first names and surnames with counts (Apache-2.0),
  os2ds-rules' first-name and surname lists (MPL-2.0),
- Faker's name providers for about forty locales (Latin script; Cyrillic names transliterated),
- short lists written here for names Faker lacks or writes in another script: Arabic, Persian and
  Afghan, Kurdish, Somali, Eritrean, Tamil, Filipino and Greenlandic names, in the Latin spellings
  used in Denmark.

A ``Person`` holds one name and gives its forms: full, first, last, initials, short form,
possessive, with an optional case style (lower, UPPER) that all its mentions share.
"""

import csv
import math
import random
import unicodedata
from functools import lru_cache
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"

# -- lists written for this project ---------------------------------------------------------------
# (first names male, first names female, surnames); spellings as they are typed in Denmark.

OWN_LISTS = {
    "arabic": (
        "Mohammad Mohammed Muhammad Mohamad Ahmad Ahmed Ali Omar Khaled Khalid Hassan Hussein Youssef "
        "Yousef Ibrahim Mahmoud Mustafa Abdullah Karim Tarek Walid Samir Bilal Hamza Rami Nabil Jamal "
        "Ziad Fadi Adnan Bassam Imad Majid Nizar Osama Saleh Anas Yasin Zakaria Amir Hadi Moustafa Sami",
        "Fatima Aisha Mariam Maryam Layla Leila Nour Noor Yasmin Sara Rania Hala Huda Amal Salma Lina Dina "
        "Rana Samira Zainab Zeinab Hanan Iman Asma Khadija Mona Nadia Reem Rasha Sahar Ghada Safaa Jana "
        "Malak Duaa Aya Hiba Lamia Widad",
        "Al-Hassan Hassan Abdallah Abdullah Haddad Khalil Mansour Nasser Saleh Al-Sayed El-Sayed Ibrahim "
        "Hamdan Darwish Khoury Youssef Aziz Jaber Qasim Kassem Barakat Al-Ali Omar Abbas Mahmoud Hussein "
        "Farouk Rahman Shaheen Zidan Awad El-Khatib Al-Khatib Suleiman Hammoud Othman Najjar Issa Mousa "
        "Al-Jabouri Al-Rubaie Ismail Halabi Masri Nassar Said El-Amin Abu-Khalil Chahrour Abu-Zeid",
    ),
    "persian": (
        "Reza Ali Hossein Mehdi Amir Mohammad Saeed Hamid Arash Babak Dariush Farhad Kamran Behzad Navid "
        "Omid Payam Ramin Shahram Siavash Kian Arman Sina Pouya Javad Mostafa Farid Wahid Najib Zabihullah "
        "Habib Sayed Ghulam Rahim Jawad Nasir Yama Shafiq Ahmadullah Mujtaba Hamed",
        "Maryam Zahra Fatemeh Narges Shirin Parisa Leila Nasrin Roya Sara Mina Niloufar Ladan Azadeh Golnaz "
        "Mahsa Nazanin Shabnam Tahmina Farzana Marzia Soraya Fereshteh Homa Mahnaz Parwana Zarghona Hamida "
        "Bahar Setareh Yasaman Freshta Masooma",
        "Ahmadi Hosseini Mohammadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Sadeghi Rostami Kazemi Azizi "
        "Ebrahimi Mousavi Naderi Safavi Tehrani Shirazi Farahani Nazari Amini Hakimi Haidari Sultani Noori "
        "Popal Rahmani Sharifi Stanikzai Wardak Samadi Yousufzai Qaderi Sadat Barakzai Durrani Habibi Safi",
    ),
    "kurdish": (
        "Azad Rebwar Shivan Dilshad Kawa Karwan Hawar Serhat Baran Ciwan Zana Dara Hiwa Rizgar Aram Botan "
        "Sherko Hemin Sardar Bakhtiyar",
        "Rojda Berivan Dilan Hevi Jiyan Zozan Nishtiman Shilan Avin Ronahi Roza Viyan Helin Sakine Gulistan "
        "Nazdar Hana Lana Shno",
        "Hama Aziz Karim Qadir Rashid Salih Kaya Tahir Amin Saeed Mahmud Faraj Barzinji Hawrami Zebari "
        "Osman Rasul Sindi",
    ),
    "somali": (
        "Abdi Abdirahman Abdullahi Ahmed Ali Mohamed Mahad Hassan Hussein Omar Yusuf Farah Liban Guled "
        "Mukhtar Abdikarim Abdiqani Said Bashir Jama Warsame Idris Ismail Khalid Nuur Abdiaziz Mahamed",
        "Hodan Hibo Fadumo Faduma Amina Asha Halima Ifrah Sahra Sagal Ubah Nimco Deeqa Ayaan Hawa Khadra "
        "Ladan Safiya Muna Nasra Filsan Ikran Anisa Sucaad Hamdi",
        "Mohamed Ahmed Ali Hassan Warsame Jama Farah Abdi Omar Nur Osman Hussein Aden Egal Dahir Gedi "
        "Abdillahi Mohamud Yusuf Ibrahim Ismail Abdulle Guled Shire Samatar Hirsi Elmi Barre Dualeh Haji",
    ),
    "eritrean": (
        "Tesfaye Yonas Dawit Berhane Mehari Semere Tekle Filmon Amanuel Robel Yohannes Kidane Mussie Henok "
        "Natnael Habtom Tewelde Biniam Samuel Efrem Mebrahtu Goitom Fitsum Aron Abraham Daniel Merhawi",
        "Helen Senait Selam Mebrat Luwam Saba Ruta Hiwet Feven Winta Eden Semhar Yordanos Tsega Lidia Almaz "
        "Abeba Freweyni Mihret Rahel Nebiat Ariam Yohana Delina",
        "Tesfamariam Ghebreyesus Habte Kidane Tekle Berhe Gebremichael Woldu Asmerom Haile Mehari Tesfay "
        "Yemane Andemariam Negash Ghirmay Weldemichael Tsegay Abraha Kahsay Gebrehiwet Fessehaye "
        "Okbamichael Zerai Beyene Ghebremedhin Kiflom",
    ),
    "tamil": (
        "Arun Karthik Suresh Ramesh Ganesh Murugan Senthil Vijay Kumar Rajesh Prakash Saravanan Sivakumar "
        "Tharshan Thusyanthan Kajan Niroshan Sathees Jeyakumar Kishore Mathan Nishanthan Vithushan Ilango "
        "Anand Dinesh Gowtham Hari Naveen Kirushanth",
        "Priya Lakshmi Kavitha Meena Deepa Divya Anitha Revathi Saranya Thulasi Sinthuja Tharani Kajani "
        "Nivetha Mathumitha Jeyanthi Vasuki Kalaivani Sangeetha Shanthi Yalini Abirami Keerthana Gayathri "
        "Vithya Thanuja",
        "Sivakumar Rajendran Selvarajah Balasubramaniam Krishnan Subramaniam Thiruchelvam Sivanesan "
        "Kanagaratnam Ponnambalam Ratnam Arumugam Kandiah Nadarajah Pillai Sundaram Murugesu Velupillai "
        "Tharmalingam Yogarajah Ganeshan Jeyaraj Ramanathan Shanmugam Sinnathurai Vigneswaran Muthusamy "
        "Iyer Chandrasekaran Loganathan",
    ),
    "filipino": (
        "Jose Juan Jomar Rommel Ronaldo Reynaldo Rodel Arnel Jerome Christian Joel Ramon Eduardo Jun "
        "Paolo Carlo Miguel Angelo Noel Efren Dante Rey Jericho Marvin Ariel",
        "Maria Maricel Marites Rowena Lorna Liza Maribel Jocelyn Rosalie Joy Grace Cristina Analyn "
        "Jennylyn Rhea Mylene Aileen Marivic Leonora Josephine Imelda Charmaine Kristine Princess "
        "Angelica Jhoanna Divina Luzviminda Rizalyn Mary_Ann Mary_Grace",
        "Dela_Cruz Santos Reyes Cruz Bautista Garcia Mendoza Torres Villanueva Ramos Aquino Castillo "
        "Flores Gonzales Rivera Navarro Domingo Pascual De_Leon Manalo Lacson Soriano Salazar Dizon "
        "Mercado Tolentino Magbanua Panganiban Dimaculangan Cabrera Buenaventura Del_Rosario Marquez "
        "Macaraeg Lagman",
    ),
    "greenlandic": (
        "Aqqaluk Ulloriaq Inuk Malik Aputsiaq Kunuk Minik Inunnguaq Kaali Pavia Angunnguaq Aningaaq "
        "Kuluk Ujarneq Miki Tittus Nukappi Hans_Peter Ole Kristian Jens_Frederik Nuka Unartoq",
        "Pipaluk Naja Arnaq Nivi Ivalu Paninnguaq Aviaja Nuunu Aleqa Kista Pilu Qupanuk Niviaq Nuka Ane "
        "Najaaraq Ivaana Mariane Karla Nukannguaq Sika",
        "Kleist Lynge Motzfeldt Egede Olsen Kristiansen Petersen Heilmann Berthelsen Lennert Frederiksen "
        "Kreutzmann Hammeken Qujaukitsoq Kuitse Nathanielsen Sandgreen Rosing Jeremiassen Kielsen Storch "
        "Broberg Fleischer Zeeb Enoksen Geisler Mathæussen Lyberth Abelsen Ostermann Thorleifsen Sivertsen "
        "Boassen Skifte Chemnitz",
    ),
}

# Faker locales whose names are in the Latin script (romanized where Faker offers it), and the
# Cyrillic ones that are transliterated here.
FAKER_LATIN = [
    "da_DK", "no_NO", "sv_SE", "fi_FI", "is_IS", "de_DE", "de_AT", "nl_NL", "en_GB", "en_US", "en_IE",
    "fr_FR", "es_ES", "es_MX", "it_IT", "pt_BR", "pt_PT", "ro_RO", "pl_PL", "cs_CZ", "sk_SK", "hu_HU",
    "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "tr_TR", "az_AZ", "uz_UZ", "vi_VN", "en_TH", "en_IN",
    "en_PK", "id_ID", "en_NG", "yo_NG", "ig_NG", "ha_NG", "sw", "tw_GH", "zu_ZA", "ga_IE",
]
FAKER_ROMANIZED = ["zh_CN", "ja_JP"]
FAKER_CYRILLIC = ["uk_UA", "ru_RU", "bg_BG"]

# Weight of each source when a person is made (Danish names about half).
SOURCES = {
    "dacy_danish": 18,
    "os2ds": 14,
    "faker:da_DK": 10,
    "dacy_muslim": 6,
    "faker_nordic": 6,        # no, sv, fi, is
    "faker_east": 9,          # pl, uk, ru, bg, ro, lt, lv, et, cs, sk, hu, hr, sl
    "faker_west": 6,          # de, nl, en, fr, es, it, pt, ga
    "faker_asia": 9,          # tr, az, uz, vi, th, in, pk, id, zh, ja
    "faker_africa": 3,
    "own:arabic": 4,
    "own:persian": 3,
    "own:kurdish": 2,
    "own:somali": 3,
    "own:eritrean": 2,
    "own:tamil": 2,
    "own:filipino": 2,
    "own:greenlandic": 3,
}
GROUPS = {
    "faker_nordic": ["no_NO", "sv_SE", "fi_FI", "is_IS"],
    "faker_east": ["pl_PL", "uk_UA", "ru_RU", "bg_BG", "ro_RO", "lt_LT", "lv_LV", "et_EE", "cs_CZ", "sk_SK",
                   "hu_HU", "hr_HR", "sl_SI", "uk_UA", "pl_PL"],
    "faker_west": ["de_DE", "de_AT", "nl_NL", "en_GB", "en_US", "en_IE", "fr_FR", "es_ES", "es_MX", "it_IT",
                   "pt_BR", "pt_PT", "ga_IE"],
    "faker_asia": ["tr_TR", "tr_TR", "az_AZ", "uz_UZ", "vi_VN", "vi_VN", "en_TH", "en_TH", "en_IN", "en_IN",
                   "en_PK", "id_ID", "zh_CN", "ja_JP"],
    "faker_africa": ["en_NG", "yo_NG", "ig_NG", "ha_NG", "sw", "tw_GH", "zu_ZA"],
}

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "ё": "yo", "ы": "y", "э": "e", "ъ": "", "'": "", "’": "",
}
RUSSIAN_OVERRIDES = {"г": "g", "и": "i"}

NICKNAMES = {
    "Christian": ["Chris"], "Kristian": ["Kris"], "Christoffer": ["Chris"], "Kristoffer": ["Kris"],
    "Alexander": ["Alex"], "Alexandra": ["Alex"], "Sebastian": ["Basse"], "Frederik": ["Freddy", "Frede"],
    "Johannes": ["Johs"], "Katrine": ["Trine"], "Kathrine": ["Trine"], "Karoline": ["Line"],
    "Caroline": ["Line"], "Charlotte": ["Lotte"], "Elisabeth": ["Lis", "Lisa"], "Lisbeth": ["Lis"],
    "Margrethe": ["Grethe", "Magga"], "Susanne": ["Sanne"], "Henrik": ["Henne"], "Thomas": ["Tommy"],
    "Benjamin": ["Benny"], "Nicolai": ["Nico"], "Nikolaj": ["Nikki"], "Jonathan": ["Jon"],
    "Mohammed": ["Mo"], "Mohammad": ["Mo"], "Muhammad": ["Mo"], "Mohamed": ["Mo"], "Abdullahi": ["Abdi"],
    "Abdirahman": ["Abdi"], "Oleksandr": ["Sasha"], "Aleksandr": ["Sasha"], "Volodymyr": ["Volodya"],
    "Mykola": ["Kolya"], "Kateryna": ["Katya"], "Yekaterina": ["Katya"], "Anastasiya": ["Nastya"],
    "Tatyana": ["Tanya"], "Tetyana": ["Tanya"], "Natalya": ["Natasha"], "Nataliya": ["Natasha"],
    "Dmitriy": ["Dima"], "Dmytro": ["Dima"], "Birgitte": ["Gitte"], "Jeanette": ["Nette"],
    "Annette": ["Nette"], "Pernille": ["Nille"], "Camilla": ["Milla"], "Mathilde": ["Thilde"],
    "Valdemar": ["Valde"], "Vilhelm": ["Ville"], "Sofie": ["Fie"], "Sofia": ["Fia"], "Josefine": ["Fine"],
    "Marie-Louise": ["Malou"], "Isabella": ["Bella"], "Gabriel": ["Gabi"], "Gabriella": ["Gabi"],
    "Victoria": ["Vicky"], "Jacqueline": ["Jackie"], "Theodor": ["Theo"], "Leonard": ["Leo"],
    "William": ["Will"], "Robert": ["Bob", "Robby"], "Daniel": ["Dan", "Danni"], "Elizabeth": ["Liz"],
    "Katherine": ["Kate"], "Rasmus": ["Rasse"], "Morten": ["Molle"], "Mikkel": ["Mikke"],
    "Abdikarim": ["Abdi"], "Ibrahim": ["Ibbe"], "Mustafa": ["Musse"], "Annemarie": ["Annemie"],
    "Jørgen": ["Jørn"], "Jesper": ["Jeppe"], "Jakob": ["Jakke"], "Nikoline": ["Nikki"],
    "Magdalena": ["Magda"], "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"],
    "Mehmet": ["Memo"], "Tesfaye": ["Tesfa"], "Nguyen": ["Win"], "Sorawut": ["Bank"],
}

TITLES_M = ["hr.", "Hr.", "borgeren", "hr"]
TITLES_F = ["fru", "Fru", "borgeren"]


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).replace(
        "đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ı", "i")


def transliterate(text: str, locale: str) -> str:
    table = dict(CYRILLIC)
    if locale != "uk_UA":
        table.update(RUSSIAN_OVERRIDES)
    out = []
    for char in text:
        low = char.lower()
        latin = table.get(low, char)
        out.append(latin.capitalize() if char != low and latin else latin)
    return "".join(out)


def nice_case(upper_name: str) -> str:
    """``ANNE-MARIE`` -> ``Anne-Marie``."""
    return "-".join(part[:1] + part[1:].lower() for part in upper_name.split("-"))


def _read_quoted_list(path: Path):
    return [nice_case(line.strip().strip(",").strip('"')) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip().strip(",").strip('"')]


class NamePools:
    """Every name source, drawn once (deterministically) from the files and from Faker."""

    def __init__(self, seed: int, faker_pool: int = 400):
        self.seed = seed
        self.dacy = {key: {"m": [], "f": [], "last": []} for key in ("danish", "muslim")}
        self._load_dacy()
        self.os2ds_male = _read_quoted_list(SHARED / "os2ds_rules" / "male_firstnames.txt")
        self.os2ds_female = _read_quoted_list(SHARED / "os2ds_rules" / "female_firstnames.txt")
        self.os2ds_last = _read_quoted_list(SHARED / "os2ds_rules" / "lastnames.txt")
        self.faker = self._draw_faker(faker_pool)
        self.own = {
            key: ([n.replace("_", " ") for n in m.split()], [n.replace("_", " ") for n in f.split()],
                  [n.replace("_", " ") for n in last.split()])
            for key, (m, f, last) in OWN_LISTS.items()
        }

    def _load_dacy(self):
        with (SHARED / "names" / "dacy_names.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                name = row["name"].strip()
                if not name or not name[0].isalpha():
                    continue
                group = self.dacy.get(row["ethnicity"])
                if group is None:
                    continue
                # Dampened counts: common names stay common, rare ones still occur.
                weight = math.sqrt(float(row["count"] or 0) + 4.0)
                if row["first_name"] == "True":
                    group["m" if row["gender"] == "male" else "f"].append((name, weight))
                else:
                    group["last"].append((name, weight))

    def _draw_faker(self, size):
        from faker import Faker

        pools = {}
        locales = sorted(set(FAKER_LATIN + FAKER_ROMANIZED + FAKER_CYRILLIC))
        for index, locale in enumerate(locales):
            fake = Faker(locale)
            fake.seed_instance(self.seed * 1000 + index)
            male, female, last = [], [], []
            for _ in range(size):
                if locale in FAKER_ROMANIZED:
                    male.append(fake.first_romanized_name())
                    last.append(fake.last_romanized_name())
                    continue
                male.append(fake.first_name_male() if hasattr(fake, "first_name_male") else fake.first_name())
                female.append(fake.first_name_female() if hasattr(fake, "first_name_female") else fake.first_name())
                last.append(fake.last_name())
            if locale in FAKER_CYRILLIC:
                male, female, last = ([transliterate(n, locale) for n in names] for names in (male, female, last))
            if not female:
                female = list(male)
            pools[locale] = (sorted(set(male)), sorted(set(female)), sorted(set(last)))
        return pools


class Person:
    """One person's name and the forms a prompt may mention them by."""

    def __init__(self, first: str, last: str, gender: str, origin: str, middle: str = ""):
        self.first, self.last, self.middle = first, last, middle
        self.gender, self.origin = gender, origin
        self.case = "normal"      # or "lower" / "upper": shared by every mention
        self.initials_style = "dots"

    @property
    def full(self):
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def first_last(self):
        return f"{self.first} {self.last}".strip()

    def initials(self, style=None):
        parts = [p for p in (self.first, self.middle, self.last) if p]
        letters = []
        for part in parts:
            for piece in part.replace("-", " ").split():
                if piece[:1].isalpha():
                    letters.append(piece[0].upper())
        letters = letters[:4] or ["X"]
        style = style or self.initials_style
        if style == "dots":
            return ".".join(letters) + "."
        if style == "spaced":
            return ". ".join(letters) + "."
        if style == "lower":
            return "".join(letters).lower()
        return "".join(letters)

    def short(self, rng):
        base = self.first.split()[0].split("-")[0]
        options = NICKNAMES.get(base)
        return rng.choice(options) if options else base

    def styled(self, text):
        if self.case == "lower":
            return text.lower()
        if self.case == "upper":
            upper = text.upper()
            return upper if len(upper) == len(text) else text
        return text


def possessive(name: str) -> str:
    return name + ("'" if name[-1:].lower() in "sxz" else "s")


def possessive_parts(name: str):
    """(entity text, text after it): ``Jensens`` is one token, ``Jens'`` is ``Jens`` + ``'``."""
    return (name, "'") if name[-1:].lower() in "sxz" else (name + "s", "")


class PersonFactory:
    def __init__(self, pools: NamePools, rng: random.Random):
        self.pools = pools
        self.rng = rng
        self.source_names = list(SOURCES)
        self.source_weights = [SOURCES[s] for s in self.source_names]

    def _weighted(self, names, weights):
        return self.rng.choices(names, weights=weights, k=1)[0]

    def make(self) -> Person:
        rng = self.rng
        source = rng.choices(self.source_names, weights=self.source_weights, k=1)[0]
        gender = rng.choice("mf")
        middle = ""
        if source.startswith("dacy_"):
            group = self.pools.dacy[source.split("_")[1]]
            pool = group[gender]
            first = self._weighted([n for n, _ in pool], [w for _, w in pool])
            lasts = group["last"] or self.pools.dacy["danish"]["last"]
            last = self._weighted([n for n, _ in lasts], [w for _, w in lasts])
            if source == "dacy_danish" and rng.random() < 0.25:
                middle = self._weighted([n for n, _ in lasts], [w for _, w in lasts])
            origin = source
        elif source == "os2ds":
            pool = self.pools.os2ds_male if gender == "m" else self.pools.os2ds_female
            # Mostly the frequent head of the list, sometimes its long tail.
            limit = 3000 if rng.random() < 0.8 else min(len(pool), 30000)
            first = pool[int(limit * rng.random() ** 2)]
            last = rng.choice(self.pools.os2ds_last[:1500] if rng.random() < 0.8 else self.pools.os2ds_last)
            if rng.random() < 0.2:
                middle = rng.choice(self.pools.os2ds_last)
            origin = source
        elif source.startswith("own:"):
            key = source[4:]
            male, female, lasts = self.pools.own[key]
            first = rng.choice(male if gender == "m" else female)
            last = rng.choice(lasts)
            if key in ("somali", "eritrean") and rng.random() < 0.4:
                middle = rng.choice(male)
            origin = key
        else:
            locale = source.split(":")[1] if ":" in source else rng.choice(GROUPS[source])
            male, female, lasts = self.pools.faker[locale]
            first = rng.choice(male if gender == "m" else female)
            last = rng.choice(lasts)
            if locale == "vi_VN" and rng.random() < 0.5:
                first, last = strip_accents(first), strip_accents(last)
            if locale == "da_DK" and rng.random() < 0.2:
                middle = rng.choice(lasts)
            origin = locale
        if rng.random() < 0.06 and origin not in ("zh_CN", "ja_JP"):
            first = strip_accents(first)
            last = strip_accents(last)
        person = Person(first, last, gender, origin, middle)
        roll = rng.random()
        person.case = "lower" if roll < 0.07 else "upper" if roll < 0.11 else "normal"
        person.initials_style = rng.choices(["dots", "plain", "spaced", "lower"], weights=[4, 5, 1, 1])[0]
        return person


@lru_cache(maxsize=2)
def pools_for(seed: int) -> NamePools:
    return NamePools(seed)
