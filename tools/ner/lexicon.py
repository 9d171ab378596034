"""Words and names around the people in a prompt: places, organisations, things named after people,
name-words used as words, headings, IDs. All written for this project except the street names,
which are read from os2ds-rules' ``da_addresses.txt`` (MPL-2.0)."""

from pathlib import Path

from .names import SHARED

TOWNS = """
Aarhus Odense Aalborg Esbjerg Randers Kolding Horsens Vejle Roskilde Herning Silkeborg Næstved
Fredericia Viborg Køge Holstebro Taastrup Slagelse Hillerød Sønderborg Svendborg Hjørring Holbæk
Frederikshavn Nørresundby Ringsted Haderslev Skive Ølstykke Nykøbing Greve Ballerup Herlev Glostrup
Hvidovre Rødovre Albertslund Ishøj Brøndby Vallensbæk Tårnby Dragør Gladsaxe Lyngby Gentofte
Frederiksberg København Helsingør Fredensborg Hørsholm Allerød Birkerød Farum Værløse Egedal Frederikssund
Halsnæs Gribskov Odsherred Kalundborg Sorø Faxe Stevns Vordingborg Guldborgsund Lolland Nakskov Maribo
Rønne Nexø Allinge Faaborg Middelfart Nyborg Kerteminde Assens Bogense Rudkøbing Marstal Ærøskøbing
Aabenraa Tønder Ribe Varde Grindsted Billund Brande Ikast Ringkøbing Lemvig Struer Thisted Nykøbing_Mors
Fjerritslev Brønderslev Sæby Skagen Hobro Mariager Hadsund Støvring Aars Farsø Løgstør Grenaa Ebeltoft
Rønde Hinnerup Hammel Skanderborg Odder Samsø Hedensted Juelsminde Tørring Bjerringbro Kjellerup
Karise Tune Gram Ringe Hals Ry Them Tarm Give Vejen Holme Ulfborg Brørup Christiansfeld Augustenborg
Charlottenlund Karlslunde Karlebo Jels Borup Haslev Dianalund Solrød Lejre Jyderup Tølløse Svebølle
Vamdrup Rødding Gråsten Padborg Kruså Bredebro Skærbæk Vojens Toftlund Hørning Galten Beder Tranbjerg
Lystrup Hjortshøj Hadsten Spentrup Langå Assentoft Ørum Tjele Bjerregrav Hurup Vestervig Hanstholm
Klitmøller Vorupør Snedsted Bedsted Agger Harboøre Thyborøn Nuuk Sisimiut Ilulissat Qaqortoq Aasiaat
Tasiilaq Tórshavn Klaksvík
""".split()
TOWNS = [t.replace("_", " ") for t in TOWNS]

# Towns named like people or words (hard for a model): kept separate so templates can ask for them.
NAME_LIKE_TOWNS = ["Karise", "Tune", "Gram", "Ringe", "Hals", "Ry", "Them", "Tarm", "Give", "Holme", "Jels",
                   "Borup", "Marstal", "Augustenborg", "Christiansfeld", "Charlottenlund", "Karlslunde",
                   "Frederikssund", "Frederikshavn", "Frederiksberg", "Mariager", "Hanstholm", "Agger",
                   "Beder", "Ørum", "Tjele", "Ribe", "Aars", "Sæby", "Kruså"]

ABROAD = """Berlin Hamborg Kiel Flensborg Malmø Malmö Lund Göteborg Stockholm Oslo Bergen Helsinki Reykjavik
London Manchester Paris Madrid Barcelona Rom Milano Amsterdam Bruxelles Warszawa Kraków Gdańsk Kyiv Kiev
Lviv Kharkiv Odesa Moskva Istanbul Ankara Izmir Bagdad Damaskus Aleppo Beirut Kabul Herat Teheran
Mogadishu Hargeisa Asmara Addis_Abeba Khartoum Colombo Jaffna Chennai Mumbai Delhi Manila Cebu Bangkok
Chiang_Mai Hanoi Ho_Chi_Minh-byen Beijing Shanghai Lagos Nairobi Accra New_York Bruxelles Vilnius Riga
Tallinn Bukarest Sofia Zagreb Sarajevo Pristina Tirana""".split()
ABROAD = [t.replace("_", " ") for t in ABROAD]

COUNTRIES = """Danmark Sverige Norge Tyskland Polen Ukraine Rusland Tyrkiet Syrien Irak Iran Afghanistan
Somalia Eritrea Etiopien Sri_Lanka Indien Pakistan Thailand Vietnam Filippinerne Grønland Færøerne
Rumænien Bulgarien Litauen Letland Bosnien Kosovo Libanon Marokko Nigeria Kina England Spanien
Frankrig Italien Holland Island Finland""".split()
COUNTRIES = [c.replace("_", " ") for c in COUNTRIES]

REGIONS = ["Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland"]

ORGS = """Udbetaling_Danmark Skattestyrelsen SKAT Ankestyrelsen Socialstyrelsen Sundhedsstyrelsen
Styrelsen_for_Patientsikkerhed Familieretshuset KL Kommunernes_Landsforening Datatilsynet
Digitaliseringsstyrelsen Erhvervsstyrelsen Arbejdstilsynet STAR Styrelsen_for_Arbejdsmarked_og_Rekruttering
Beskæftigelsesministeriet Social-_og_Boligministeriet Indenrigs-_og_Sundhedsministeriet Folketinget
Folketingets_Ombudsmand Rigshospitalet Herlev_Hospital Hvidovre_Hospital Bispebjerg_Hospital
Aarhus_Universitetshospital AUH OUH Odense_Universitetshospital Aalborg_Universitetshospital
Regionshospitalet_Randers Sygehus_Lillebælt Psykiatrien_Region_Syddanmark Kriminalforsorgen
Rigspolitiet Københavns_Politi Østjyllands_Politi Fyns_Politi Nordjyllands_Politi Midt-_og_Vestjyllands_Politi
Falck Røde_Kors Dansk_Flygtningehjælp Red_Barnet Ældre_Sagen Kirkens_Korshær Blå_Kors Mødrehjælpen
Børns_Vilkår Headspace LEV Bedre_Psykiatri Hjernesagen FOA HK_Kommunal 3F Dansk_Sygeplejeråd
Socialpædagogerne Dansk_Socialrådgiverforening BUPL Danmarks_Lærerforening DJØF Akademikerne
KMD Netcompany Fujitsu Systematic Microsoft OpenAI Google Danske_Bank Nykredit Nordea Jyske_Bank
Arbejdernes_Landsbank PFA ATP Topdanmark Tryg Boligselskabet_AKB Lejerbo KAB FSB Boligkontoret_Danmark
Arbejdsmarkedets_Tillægspension Danmarks_Statistik DR TV_2 Politiken Berlingske Jyllands-Posten
Ekstra_Bladet Ritzau VIA_University_College Københavns_Professionshøjskole UCL Aarhus_Universitet
Københavns_Universitet SDU DTU CBS Aalborg_Universitet Professionshøjskolen_Absalon VUC_Storstrøm
Sprogcenter_Midt Lægevagten Akutberedskabet Region_Hovedstadens_Psykiatri Statens_Serum_Institut
Sundhed.dk Borger.dk Netto Føtex Bilka Coop Salling_Group Lego Novo_Nordisk Vestas Mærsk Arla Carlsberg
Danfoss Grundfos ISS Securitas Movia Midttrafik DSB Arriva Flextrafik""".split()
ORGS = [o.replace("_", " ") for o in ORGS] + [
    "Socialdemokratiet", "Venstre", "Det Konservative Folkeparti", "Enhedslisten", "Radikale Venstre",
    "Dansk Folkeparti", "Liberal Alliance", "Moderaterne", "Danmarksdemokraterne", "Alternativet",
    "Byrådet", "Kommunalbestyrelsen", "Regionsrådet", "Børne- og Ungeudvalget", "Socialudvalget",
    "Ældrerådet", "Handicaprådet", "Integrationsrådet", "Beskæftigelsesudvalget", "Økonomiudvalget",
    "FC København", "Brøndby IF", "AGF", "OB", "FC Midtjylland", "AaB", "Randers FC", "Silkeborg IF",
]

ORG_ACRONYMS = ["DSB", "DSU", "KL", "FOA", "BUPL", "DR", "SKAT", "ATP", "DMI", "PFA", "KMD", "SDU", "DTU", "CBS",
                "UCL", "AUH", "OUH", "FSB", "KAB", "LEV", "DJØF", "HK", "3F", "SF", "DF", "SSI", "STAR", "UNICEF",
                "WHO", "EU", "FN", "NATO", "IKEA", "TV2", "BT", "DBU", "DIF", "DGI", "VIA", "KU", "AU", "DSR",
                "FOF", "AOF", "LO", "FH", "DI", "DA", "KFUM", "DUI", "SSP", "KKR", "RUC", "NGO", "ISS"]

ACRONYMS_O = ["IT", "HR", "AI", "PDF", "CPR", "MED", "AMR", "TR", "SSA", "SSH", "BUF", "SOF", "UU", "PPR",
              "KLE", "CVR", "EAN", "GDPR", "OK", "OBS", "NB", "PS", "FAQ", "VIP", "SMS", "USB", "ID", "API",
              "CSV", "SQL", "JSON", "DUBU", "FVU", "AMU", "STU", "CAV", "BPA", "OPP", "JC", "SU", "ATP"]

PRODUCTS = ["Teams", "Outlook", "Excel", "Word", "SharePoint", "OneDrive", "ChatGPT", "Copilot", "Gemini",
            "Nexus", "KMD Nexus", "Cura", "DUBU", "Momentum", "Aula", "e-Boks", "MitID", "Digital Post",
            "Fasit", "SBSYS", "Acadre", "WorkZone", "Opus", "Sensum", "Bosted", "Columna", "Fælles Sprog III",
            "Windows 11", "iPhone", "Power BI", "Le Chat", "Signal", "Zoom"]

DEPARTMENTS = ["Borgerservice", "Familieafdelingen", "Børne- og Familieafdelingen", "Handicap og Psykiatri",
               "Ældreplejen", "Hjemmeplejen Nord", "Hjemmeplejen Syd", "Visitationen", "Sundhed og Omsorg",
               "Teknik og Miljø", "Byggesagsafdelingen", "Ydelsesservice", "Sundhedsplejen",
               "Skoleafdelingen", "HR og Løn", "Økonomiafdelingen", "IT-afdelingen", "Myndighedsafdelingen",
               "Socialafdelingen", "Dagtilbudsafdelingen", "Beskæftigelsesafdelingen", "Integrationsteamet",
               "Ungeenheden", "Rehabiliteringsteamet", "Kontaktcentret", "Sekretariatet", "Natholdet",
               "Aftenvagten", "Misbrugscentret", "Den kommunale tandpleje", "Træningsenheden"]

JOB_TITLES = ["Sagsbehandler", "Socialrådgiver", "Teamleder", "Afdelingsleder", "Sundhedsplejerske",
              "Pædagog", "Social- og sundhedsassistent", "Sygeplejerske", "Konsulent", "Specialkonsulent",
              "Fuldmægtig", "Jobkonsulent", "Skoleleder", "Ergoterapeut", "Fysioterapeut", "Visitator",
              "Myndighedsrådgiver", "HR-partner", "Kommunaldirektør", "Direktør", "Souschef", "Vejleder",
              "Familiebehandler", "Støttekontaktperson", "Koordinator", "Juridisk konsulent", "Controller",
              "Projektleder", "Økonomimedarbejder", "Receptionist", "Tandlæge", "Psykolog", "Lærer",
              "Dagplejepædagog", "Virksomhedskonsulent", "Bostøtte"]

FAMOUS_PLACES = [  # (text, label): places and institutions named after people
    ("H.C. Andersens Boulevard", "LOC"), ("Niels Bohr Institutet", "ORG"), ("Søren Kierkegaards Plads", "LOC"),
    ("Karen Blixens Plads", "LOC"), ("Dronning Louises Bro", "LOC"), ("Tycho Brahe Planetarium", "ORG"),
    ("Carl Nielsen Museet", "ORG"), ("H.C. Ørsted Gymnasiet", "ORG"), ("Niels Brock", "ORG"),
    ("Kong Frederik IX's Bro", "LOC"), ("Christian IV's Bryghus", "LOC"), ("Dronning Ingrids Hospital", "ORG"),
    ("Steno Diabetes Center", "ORG"), ("Grundtvigs Kirke", "LOC"), ("Thorvaldsens Museum", "ORG"),
    ("Hirschsprungske Samling", "ORG"), ("Frederiksberg Slot", "LOC"), ("Kronborg", "LOC"),
    ("Augustinus Fonden", "ORG"), ("A.P. Møller Fonden", "ORG"), ("Carlsbergfondet", "ORG"),
    ("Poul Due Jensens Fond", "ORG"), ("Egmont Fonden", "ORG"), ("Velux Fonden", "ORG"),
    ("Knud Højgaards Fond", "ORG"), ("Nordea-fonden", "ORG"), ("Ole Rømers Gade", "LOC"),
    ("Niels Juels Gade", "LOC"), ("Peter Bangs Vej", "LOC"), ("Jagtvej", "LOC"), ("Amalienborg", "LOC"),
    ("Hans Tausens Gade", "LOC"), ("Kaj Munks Vej", "LOC"), ("Steen Steensen Blichers Vej", "LOC"),
    ("Ludvig Holbergs Vej", "LOC"), ("Anne Marie Carl-Nielsens Plads", "LOC"), ("Mølleparken", "LOC"),
    ("Sankt Annæ Plads", "LOC"), ("Sankt Hans Torv", "LOC"), ("Skt. Clemens Torv", "LOC"),
    ("Marselisborg", "LOC"), ("Christiansborg", "LOC"), ("Louisiana", "ORG"), ("ARoS", "ORG"),
    ("Kunsten", "ORG"), ("Den Gamle By", "LOC"), ("Tivoli", "ORG"), ("Legoland", "ORG"),
]

STREET_SUFFIXES = ["Vej", "Gade", "Allé", "Plads", "Stræde", "Boulevard", "Park", "Torv", "Vænge", "Have"]
ONE_WORD_STREET_SUFFIXES = ["vej", "gade", "stræde", "parken", "vænget", "haven", "torvet", "gården"]
INSTITUTION_KINDS = ["Skole", "Skolen", "Gymnasium", "Kollegium", "Børnehave", "Børnehus", "Plejecenter",
                     "Hallen", "Centret", "Fonden", "Museum", "Museet", "Kirke", "Friskole", "Efterskole",
                     "Højskole", "Bibliotek", "Hospice", "Klinik", "Fond"]
ONE_WORD_INSTITUTIONS = ["skolen", "hallen", "gården", "hjemmet", "huset", "centret", "parken", "kollegiet"]

ROOMS = ["Lærken", "Birken", "Solsikken", "Mælkebøtten", "Egernet", "Spurven", "Bien", "Mariehønen",
         "Myretuen", "Regnbuen", "Stjernen", "Månen", "Solen", "Ugleungerne", "Fyrtårnet", "Rosen",
         "Kastanjen", "Bøgen", "Egen", "Pilen", "Asken", "Ahornen", "Valmuen", "Kløveren", "Anemonen",
         "Svalen", "Ravnen", "Falken", "Viben", "Hylden", "Lyngen", "Tulipanen", "Musvitten", "Bikuben",
         "Frøen", "Pindsvinet", "Sommerfuglen", "Mågen", "Svanen", "Perlen", "Ankeret", "Skibet"]

INSTITUTION_WITH_ROOM = ["Børnehuset", "Børnehaven", "Vuggestuen", "Dagplejen", "Fritidshjemmet",
                         "Botilbuddet", "Plejecentret", "Bofællesskabet", "Klubben"]

# Danish words that are also first names (or surnames), to be used as words.
WORD_NAMES = ["storm", "sol", "rose", "lærke", "ask", "bo", "mark", "per", "hans", "liv", "dag", "tage",
              "kaj", "karl", "august", "fred", "ravn", "falk", "svane", "vibe", "due", "iris", "lilje",
              "viola", "jasmin", "kamille", "lyng", "birk", "lind", "eg", "sten", "rune", "frost", "sommer",
              "vinter", "lykke", "grøn", "hvid", "brun", "rosa", "holm", "lund", "skov", "bjørn", "anker",
              "aksel", "mai", "ulf", "ørn", "strand", "bach", "dal"]

HEADINGS = ["REFERAT", "SAGSRESUMÉ", "BORGERSAMTALE", "HANDLEPLAN", "STATUSNOTAT", "BESLUTNINGER",
            "DELTAGERE", "AFBUD", "DAGSORDEN", "OPFØLGNING", "BILAG", "BESKRIVELSE", "KONKLUSION",
            "INDSTILLING", "ØKONOMI", "TIDSPLAN", "NOTAT", "HENVENDELSE", "AFGØRELSE", "KLAGEVEJLEDNING",
            "PARTSHØRING", "BØRNEFAGLIG UNDERSØGELSE", "UNDERRETNING", "BEVILLING", "STATUS", "SAMMENFATNING",
            "BAGGRUND", "VURDERING", "ANBEFALING", "MÅL", "INDSATS", "NÆSTE SKRIDT", "EVENTUELT",
            "ORIENTERING", "MØDEREFERAT", "JOURNALNOTAT", "VIGTIGT", "HUSK", "OPGAVE", "SPØRGSMÅL",
            "SUMMARY", "ACTION ITEMS", "ATTENDEES", "NOTES", "AGENDA"]


EMOJI = ["🙂", "👍", "😊", "🙏", "😅", ":)", ":-)", "❤️", "😀", "👌", "🤔", "!!", "??", "😢", "🎉"]


def street_names():
    """Street names from os2ds-rules (many named after people)."""
    path = SHARED / "os2ds_rules" / "da_addresses.txt"
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        name = line.strip().rstrip(",").strip('"').strip()
        if name and name[0].isalpha() and len(name) > 3 and not name.endswith("."):
            out.append(name)
    return out
