"""The closed lists a near-miss event is made of, with the Danish words users see.

The API accepts only these codes, the database stores the codes, and the
dashboard and the CSV export show the Danish labels. Adding a site or an
entity type means adding one line here (and, for an entity type, a mask shape
in ``masks.py``).
"""

#: Entity types in the order the dashboard lists them (most serious first).
ENTITY_LABELS = {
    "DK_CPR": "CPR-nummer",
    "PERSON": "Navn",
    "CONFIDENTIAL_MARKER": "Fortroligt materiale",
    "HEALTH_DATA": "Helbredsoplysninger",
    "EMAIL_ADDRESS": "E-mailadresse",
    "PHONE_NUMBER": "Telefonnummer",
    "DK_ADDRESS": "Adresse",
    "LOCATION": "Stednavn",
    "IBAN_CODE": "IBAN-nummer",
    "DK_BANK_ACCOUNT": "Kontonummer",
    "DK_CVR": "CVR-nummer",
}

SITE_LABELS = {
    "chatgpt": "ChatGPT",
    "gemini": "Gemini",
    "copilot": "Copilot",
    "m365": "Microsoft 365 Copilot",
    "lechat": "Le Chat",
    "other": "Anden tjeneste",
}

#: KL's guide warns against publicly shared custom assistants, so the log
#: keeps apart a plain chat from a custom GPT, Gem or agent.
PAGE_KIND_LABELS = {
    "chat": "Almindelig chat",
    "custom_assistant": "Delt assistent (custom GPT, Gem, agent)",
}

VERDICT_LABELS = {
    "block": "Blokeret",
    "warn": "Advarsel",
    "ok": "Intet fundet",
}

#: What the user chose in the banner. The first three mean the data never
#: left the machine; that share is the dashboard's headline figure.
ACTION_LABELS = {
    "redacted": "Erstattet med pladsholder",
    "edited": "Rettet af brugeren",
    "cancelled": "Annulleret",
    "sent_anyway": "Sendt alligevel",
}
RESOLVED_ACTIONS = ("redacted", "edited", "cancelled")

SEVERITY_LABELS = {
    "block": "Blokerer",
    "warn": "Advarer",
    "info": "Information",
}

DETECTOR_LABELS = {
    "companion": "Companion (fuld analyse)",
    "fallback": "Reservedetektor i udvidelsen",
}


def label(labels: dict, code) -> str:
    """Return the Danish label for a code, or the code itself if it is unknown.

    Rows written by a newer version may hold codes this version does not know;
    showing the code beats hiding the row.
    """
    return labels.get(code, code or "")


# -- adapter health (issue 12): the extension could not guard a page ---------------------

#: The extension's site adapters (``extension/sites/*.js``); ``generic`` guards
#: the extra chat services an organisation adds.
ADAPTER_LABELS = {
    "chatgpt": "ChatGPT",
    "gemini": "Gemini",
    "copilot": "Copilot",
    "m365": "Microsoft 365 Copilot",
    "lechat": "Le Chat",
    "generic": "Generisk (ekstra tjeneste)",
}

#: What went wrong on the page. Either means the guard fails open there until
#: the extension is updated, so the coordinator should know.
HEALTH_PROBLEM_LABELS = {
    "composer_missing": "Skrivefeltet blev ikke fundet",
    "send_escaped": "Sendt, mens Promptvagt holdt beskeden tilbage",
}
