"""Everyday sentences in a marking's words, for tools/train_marking_classifier.py to learn as non-markings.

The read evaluation sets hold about 800 markings and few sentences that use their words for something
else, so a model of words alone learns "lukket", "kun for" and "fortroligt" as markings wherever they
stand. These templates give it the other uses, by the kinds of trap the issue and eval/README.md
describe (never a set's sentences): a road or a shop that is closed, a place or an event for a group,
being familiar with something, a promise to treat an enquiry in confidence, a rule about a kind of
data, a question about a concept, a scheme of levels, a message "for your information", opening hours,
a closure that is past or public news, what the AI's answer must or must not contain, the title of a
book or film, the words swindlers put in a subject line, how a thing is stored or used (medicine, food,
chemicals: a thing, not information), and asking the AI to keep a part of the text (a heading, a footer,
the embargo line) as it stands; and (twenty-seventh session, when 92 read sets made the model surer of short
restrictions) care rules about a person, things handed out, conditions on events and offers, signs for who may
enter, whom a text to be written is for, declining, and news not known yet.
"""

import itertools
import random

_PLACES = ["Landevejen", "Svømmehallen", "Borgerservice", "Genbrugsstationen", "Kantinen", "Stien langs åen", "Broen",
           "Legepladsen", "Biblioteket i Nørreby", "Parkeringshuset", "Skoven ved søen", "Badestranden"]
_CLOSED = ["er lukket", "holder lukket", "er lukket for biler", "er lukket for offentligheden", "lukker",
           "er spærret", "er closed"]
_WHEN = ["i påsken", "i uge 42", "fra 1. juli til 15. august", "pga. vejarbejde", "mellem jul og nytår",
         "resten af måneden", "om mandagen", "indtil videre", "på grund af storm", "efter kl. 16"]

_FOR_WHOM = ["medarbejdere", "medlemmer", "elever fra 7. klasse", "beboerne", "frivillige", "børn under 12",
             "pensionister", "nye medarbejdere", "de tilmeldte", "afdelingsledere"]
_GATHERINGS = ["Kurset", "Festen", "Omklædningsrummet", "Temadagen", "Morgenmaden", "Turen til Skagen",
               "Fitnessrummet", "Cykelparkeringen", "Foredraget", "Sommerfesten"]

_SKILLS = ["regneark", "PowerPoint", "budgetter", "reglerne", "det nye ESDH-system", "Outlook", "kørselsregnskab",
           "opgaven", "tallene", "pivottabeller"]
_KINDS = ["Personoplysninger", "Fortrolige oplysninger", "Helbredsoplysninger", "CPR-numre", "Interne dokumenter",
          "Oplysninger om borgere", "Personfølsomme data", "Sager om børn", "Dokumenter fra lukkede møder"]
_RULES = ["må ikke deles i offentlige chatbotter", "videregives ikke til andre myndigheder", "skal behandles fortroligt",
          "må ikke sendes med almindelig mail", "skal opbevares i ESDH-systemet", "må ikke lægges i skyen",
          "må kun deles med kolleger med et arbejdsbetinget behov", "skal slettes efter brug"]
_CONCEPTS = ["tavshedspligt", "et lukket punkt", "embargo", "fortrolighed", "klassifikationen TIL TJENESTEBRUG",
             "aktindsigt", "advokatfortrolighed", "et fortroligt bilag", "intern brug"]
_ASKS = ["Hvad betyder {}?", "Kan du forklare {} i et enkelt sprog?", "Hvornår gælder {}?",
         "Hvordan bruger man {} rigtigt?", "Lav et kort quiz-spørgsmål om {}.", "Skriv en guide til nye ansatte om {}."]

_DAYS = ["Mandag-torsdag", "Hverdage", "Man-fre", "Tirsdag og torsdag", "Mandag til onsdag"]
_HOURS = ["kl. 8-15", "10-17", "kl. 9.00-14.30", "8.30-16", "kl. 12-18"]
_CLOSED_DAYS = ["fredag lukket", "weekend lukket", "lørdag og søndag lukket", "helligdage lukket",
                "lukket på grundlovsdag"]

_PAST = ["I 2020", "Sidste vinter", "Efter stormen", "Under renoveringen", "I sommerferien", "Efter branden i 2019"]
_INSTITUTIONS = ["daginstitutionerne", "svømmehallen", "biblioteket", "rådhusets kantine", "museet", "to skoler"]
_HOW_LONG = ["i tre uger", "for publikum", "i en måned", "helt", "for besøgende", "midlertidigt"]

_ANSWERS = ["Svaret", "Teksten", "Opslaget", "Resuméet", "Nyhedsbrevet", "Indlægget", "Talen", "Invitationen"]
_ANSWER_RULES = ["må ikke fylde mere end en halv side", "må ikke nævne nogen ved navn", "må ikke indeholde fagudtryk",
                 "skal være på højst 150 ord", "skal kun handle om de nye åbningstider", "må ikke love for meget",
                 "skal kun bruge tallene fra tabellen", "må gerne være lidt uformel"]
_ONLY_USE = ["Brug kun korte sætninger.", "Brug kun tal fra 2025.", "Skriv kun om det, der står i notatet.",
             "Tag kun de tre vigtigste punkter med.", "Brug kun oplysninger fra hjemmesiden.", "Nævn ikke priserne.",
             "Medtag kun beslutningerne, ikke drøftelserne.", "Undlad at nævne leverandøren."]

_TITLES = ["Den hemmelige have", "Kun for dine øjne", "Det fortrolige brev", "Lukket land", "Top Secret",
           "Bag lukkede døre", "Hemmeligheden i kælderen", "Classified"]
_SHOWINGS = ["Vi læser romanen »{}« i 8. klasse.", "Biografen viser »{}« på fredag.", "Teatret spiller »{}« i marts.",
             "Bogklubben har valgt »{}« til januar.", "Podcasten »{}« handler om spioner under den kolde krig."]

_LURES = ["FORTROLIGT", "HASTER", "Strengt fortroligt", "Confidential", "Kun til dig", "Internal"]
_LURE_SENTENCES = ["Svindlere skriver tit »{}« i emnefeltet for at få folk til at skynde sig.",
                   "Phishingmails har ofte »{}« i overskriften.",
                   "Vær mistænksom, hvis en ukendt afsender skriver »{}« i mailen."]

_THINGS = ["Vaccinerne", "Insulinen", "Mælken", "Rengøringsmidlerne", "Batterierne", "Malingen", "Æggene", "Salven",
           "Øjendråberne", "Kemikalierne", "Plantegiften", "Blodprøverne"]
_HANDLING = ["må ikke opbevares over 25 grader", "skal opbevares koldt", "må ikke stå i direkte sol",
             "skal opbevares utilgængeligt for børn", "må kun bruges af uddannet personale", "må ikke fryses",
             "må ikke blandes med andre midler", "opbevares tørt og mørkt", "må ikke hældes i kloakken",
             "skal bruges inden fire uger efter åbning", "må kun udleveres mod recept"]
_THINGS_EN = ["Keep refrigerated.", "Do not freeze.", "Store below 25 °C.", "Keep out of reach of children.",
              "For external use only.", "Do not use after the expiry date.", "Shake well before use."]

_KEEP_ASKS = ["Oversæt teksten og behold {} som den er.", "Ret kun sproget, lad {} stå uændret.",
              "Translate this, keep {} at the top.", "Please translate but keep {} in Danish.", "Forkort mailen, men tag {} med.",
              "Slet ikke {}, den skal med i svaret."]
_TEXT_PARTS = ["overskriften", "sidefoden", "embargolinjen", "klassifikationen øverst", "datolinjen", "underskriften",
               "the header", "the footer", "the embargo line", "the classification line", "the disclaimer"]

# Care and daily routines said of a person or a thing handed out (what someone may do, not who may read a text).
_CARED_FOR = ["Borgeren", "Beboeren i stue 4", "Patienten", "Eleven", "Barnet", "Hun", "Han", "Den nye beboer"]
_CARE_RULES = ["må ikke stå op alene om natten", "må ikke gå ud uden ledsager", "skal have hjælp til badet",
               "må ikke spise efter kl. 22", "må kun få flydende kost", "må ikke løfte tungt de næste seks uger",
               "skal hentes af en voksen", "må ikke cykle hjem alene", "må kun gå tur i haven", "skal vejes hver fredag"]
_HANDED_OUT = ["Medicinen", "Frugten", "Madpakkerne", "Vitaminerne", "Nøglerne", "Skemaerne", "Billetterne", "Sprittet"]
_HANDOUT_RULES = ["deles ikke ud om natten", "uddeles kun om morgenen", "gives ikke ud i weekenden",
                  "deles kun ud ved frokosten", "udleveres først efter kl. 10", "deles ikke ud før alle er kommet"]
# Conditions on events and offers: "Mødet holdes – kun med tilmelding", "Kun til dig, der er over 65: …".
_EVENT_CONDITIONS = ["kun med tilmelding", "kun for tilmeldte", "kun ved godt vejr", "kun hvis vi er mindst ti",
                     "kun i lige uger", "kun med forudbestilling"]
_OFFER_GROUPS = ["er over 65", "har et lånerkort", "bor i kommunen", "er ny i jobbet", "går i 9. klasse", "er frivillig"]
_OFFERS = ["gratis te", "rabat på entréen", "en gratis prøvetime", "et velkomstkursus", "en billet til koncerten"]
# Signs for who may enter, in English.
_SIGNS_EN = ["Staff only", "Members only", "Residents only", "Authorised personnel only",
             "Employees only beyond this point", "For guests only", "Deliveries only", "Parking for visitors only",
             "Wheelchair users only", "Kitchen staff only"]
# Whom a text to be written is for: "Teksten skal være skrevet til de unge selv, ikke til forældrene".
_AUDIENCES = [("de unge", "deres forældre"), ("borgeren", "de pårørende"), ("eleverne", "lærerne"),
              ("børnene", "de voksne"), ("kunderne", "fagfolk"), ("nye medarbejdere", "lederne")]
_AUDIENCE_ASKS = ["Teksten skal være skrevet til {}, ikke til {}.", "Skriv den til {} og ikke til {}.",
                  "Brevet er til {}, ikke til {}, så brug et enkelt sprog.", "Henvend dig til {} – ikke til {}."]
# Declining, and news not known yet.
_DECLINES = ["Nej tak, ikke til mig.", "Ikke til mig, tak – jeg har allerede spist.", "Nej tak, ikke til os i år.",
             "Ikke til mig, jeg drikker ikke kaffe.", "Kun en lille portion til mig, tak.", "Ikke mere til mig, tak."]
_NOT_KNOWN_YET = ["Jeg kan ikke sige til dig før {}, om {}.", "Vi ved ikke før {}, om {}.",
                  "Jeg kan først svare {}, om {}."]
_WHEN_KNOWN = ["på mandag", "efter mødet", "i næste uge", "i morgen", "efter ferien"]
_UNKNOWN = ["du får stillingen", "vi har plads", "kurset bliver til noget", "ansøgningen er godkendt", "bussen kører"]


#: At most this many sentences of each kind, so that no kind outweighs the others.
PER_KIND = 60


def sentences(seed: int = 7) -> list[str]:
    """A few hundred non-markings, the same for the same seed."""
    kinds = [
        [f"{place} {closed} {when}." for place, closed, when in itertools.product(_PLACES, _CLOSED, _WHEN)],
        [f"{thing} er kun for {who}." for thing, who in itertools.product(_GATHERINGS, _FOR_WHOM)],
        [f"{thing} – kun for {who}" for thing, who in itertools.product(_GATHERINGS, _FOR_WHOM)],
        [f"{subject} er fortrolig med {skill}." for subject, skill in
         itertools.product(["Jeg", "Hun", "Han", "Teamet", "Ingen af os", "Den nye kollega"], _SKILLS)],
        [f"{kind} {rule}." for kind, rule in itertools.product(_KINDS, _RULES)],
        [ask.format(concept) for ask, concept in itertools.product(_ASKS, _CONCEPTS)],
        [f"{who} behandler {what} fortroligt." for who, what in itertools.product(
            ["Rådgivningen", "Vi", "Hotlinen"], ["din henvendelse", "alle klager", "dit svar", "alle ansøgninger"])],
        [f"Kun til info: {news}" for news in ["frokosten er rykket til kl. 12.", "kantinen har nye priser.",
                                              "printeren virker igen.", "vi får nye stole i uge 8."]],
        [f"Kommunen bruger niveauerne {', '.join(levels)}." for levels in itertools.permutations(
            ["Offentlig", "Intern", "Fortrolig", "Strengt fortrolig"], 4)],
        [f"{place} har åbent {days} {hours}, {closed}." for place, days, hours, closed in itertools.product(
            ["Borgerservice", "Biblioteket", "Jobcentret", "Genbrugspladsen"], _DAYS, _HOURS, _CLOSED_DAYS)],
        [f"{when} blev {what} lukket {how}." for when, what, how in itertools.product(_PAST, _INSTITUTIONS, _HOW_LONG)],
        [f"Byrådet har besluttet at lukke {what} {how}." for what, how in itertools.product(
            _INSTITUTIONS, ["fra sommeren 2027", "permanent", "i weekenderne", "om aftenen"])],
        [f"{answer} {rule}." for answer, rule in itertools.product(_ANSWERS, _ANSWER_RULES)],
        _ONLY_USE,
        [showing.format(title) for showing, title in itertools.product(_SHOWINGS, _TITLES)],
        [lure.format(word) for lure, word in itertools.product(_LURE_SENTENCES, _LURES)],
        [f"{thing} {how}." for thing, how in itertools.product(_THINGS, _HANDLING)] + _THINGS_EN,
        [ask.format(part) for ask, part in itertools.product(_KEEP_ASKS, _TEXT_PARTS)],
        [f"{who} {rule}." for who, rule in itertools.product(_CARED_FOR, _CARE_RULES)],
        [f"{thing} {rule}." for thing, rule in itertools.product(_HANDED_OUT, _HANDOUT_RULES)],
        [f"{event} holdes – {condition}." for event, condition in itertools.product(_GATHERINGS, _EVENT_CONDITIONS)],
        [f"Kun til dig, der {group}: {offer}." for group, offer in itertools.product(_OFFER_GROUPS, _OFFERS)],
        _SIGNS_EN,
        [ask.format(*pair) for ask, pair in itertools.product(_AUDIENCE_ASKS, _AUDIENCES)],
        _DECLINES,
        [ask.format(when, what) for ask, when, what in itertools.product(_NOT_KNOWN_YET, _WHEN_KNOWN, _UNKNOWN)],
    ]
    rng = random.Random(seed)
    return [sentence for kind in kinds for sentence in rng.sample(kind, min(PER_KIND, len(kind)))]
