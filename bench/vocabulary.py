"""Word lists for bench/generate.py: a German telecom and energy supplier's support community.

Each theme fills the same slots in German and English; the sentence templates combine them
with generic slots (when, city, date, error, amount). Nouns come in several inflections and
compounds (Rechnung, Rechnungen, Rechnungsbetrag; router, routers), so stemming matters
when the index is searched. Options within a slot are separated by "|".

The text avoids Markdown syntax and anything that bleach's linkifier would turn into a link,
so that "<p>" + escaped text + "</p>" is exactly what `community.markup.render` stores.
"""

from __future__ import annotations

# slot: subject (sentence start), object (accusative), dative (after an/mit/bei), problem
# (verb phrase after the subject), fix_inf / fix_part (infinitive and participle of a fix),
# nouns (bare, inflected, compounds), menu (where to look in an app or portal).
THEMES = [
    {
        "key": "wlan",
        "category": "internet-telefonie",
        "weight": 14,
        "tags": "wlan router fritzbox mesh repeater speedport 5ghz",
        "de": {
            "subject": "Mein Router|Die FRITZ!Box|Unser WLAN|Der Repeater im Flur|Das Mesh-WLAN"
            "|Der Speedport",
            "object": "den Router|die FRITZ!Box|das WLAN|den Repeater|das Mesh|den Speedport",
            "dative": "dem Router|der FRITZ!Box|dem WLAN-Kanal|den Repeatern|dem 5-GHz-Band"
            "|dem Mesh-Repeater|den Routereinstellungen",
            "problem": "verliert ständig die Verbindung|bricht jeden Abend ab|ist im "
            "Obergeschoss kaum zu empfangen|verbindet sich nicht mehr mit dem Laptop"
            "|zeigt kein WLAN-Signal mehr an|startet mehrmals am Tag neu|liefert nur noch "
            "wenige Mbit/s|trennt die Verbindung zum Fernseher",
            "fix_inf": "zurücksetzen|neu einrichten|auf Werkseinstellungen setzen|auf einen "
            "anderen Kanal stellen|per Mesh koppeln|neu starten",
            "fix_part": "neu gestartet|zurückgesetzt|auf Werkseinstellungen gesetzt"
            "|umgestellt|neu verbunden|ausgetauscht",
            "nouns": "WLAN-Verbindungen|Verbindungsabbrüche|Routers|Routern|Funkkanäle"
            "|WLAN-Passwort|Repeatern|Mesh-Verbindung|Signalstärke|Verbindungsabbruch",
            "menu": "Heimnetz und Mesh|WLAN und Funkkanal|System und Ereignisse"
            "|WLAN und Sicherheit",
        },
        "en": {
            "subject": "My router|The Fritzbox|Our WiFi|The repeater in the hallway"
            "|The mesh network|The Speedport",
            "object": "the router|the Fritzbox|the WiFi|the repeater|the mesh|the Speedport",
            "dative": "the router|the WiFi channel|the repeaters|the 5 GHz band|the mesh "
            "repeater|the router settings",
            "problem": "keeps dropping the connection|disconnects every evening|barely "
            "reaches the top floor|does not connect to my laptop any more|shows no signal"
            "|restarts several times a day|only delivers a few Mbit/s|drops the TV",
            "fix_inf": "reset|set up again|restore to factory settings|move to another "
            "channel|pair with the mesh|reboot",
            "fix_part": "rebooted|reset|restored to factory settings|switched|reconnected|replaced",
            "nouns": "connection drops|disconnects|routers|router's settings|channels|WiFi "
            "password|repeaters|mesh connection|signal strength|dropped connections",
            "menu": "Home Network and Mesh|WiFi and Channel|System and Events|WiFi and Security",
        },
    },
    {
        "key": "glasfaser",
        "category": "internet-telefonie",
        "weight": 10,
        "tags": "glasfaser ftth ausbau hausanschluss modem gpon",
        "de": {
            "subject": "Der Glasfaseranschluss|Das Glasfasermodem|Der Hausanschluss"
            "|Unsere Glasfaserleitung|Die Glasfaser-Box",
            "object": "den Glasfaseranschluss|das Glasfasermodem|den Hausanschluss"
            "|die Glasfaserleitung|den Anschlusstermin",
            "dative": "dem Glasfaserausbau|dem Glasfasermodem|den Glasfaserkabeln|dem "
            "Hausanschluss|der Tiefbaufirma|dem Anschlusstermin",
            "problem": "ist seit Wochen nicht aktiviert|blinkt dauerhaft rot|wurde noch "
            "nicht freigeschaltet|liefert nicht die gebuchte Geschwindigkeit|fällt nach "
            "Gewittern aus|ist falsch im Keller montiert",
            "fix_inf": "freischalten lassen|neu anmelden|umbuchen|aktivieren|prüfen lassen",
            "fix_part": "freigeschaltet|verlegt|aktiviert|angeschlossen|gemessen|geprüft",
            "nouns": "Glasfaser|Glasfaseranschlüsse|Glasfaserausbaus|Hausanschlüssen"
            "|Tiefbauarbeiten|Glasfaserverträge|Anschlusstermine|Glasfaserdose",
            "menu": "Auftragsstatus im Kundenportal|Mein Anschluss|Ausbaukarte",
        },
        "en": {
            "subject": "The fibre connection|The fibre modem|The house connection"
            "|Our fiber line|The fibre box",
            "object": "the fibre connection|the fibre modem|the house connection|the fiber "
            "line|the installation appointment",
            "dative": "the fibre rollout|the fibre modem|the fibre cables|the house "
            "connection|the construction company|the installation appointment",
            "problem": "has not been activated for weeks|keeps blinking red|is still not "
            "switched on|does not reach the booked speed|fails after thunderstorms",
            "fix_inf": "activate|register again|rebook|check",
            "fix_part": "activated|installed|connected|measured|checked",
            "nouns": "fibre|fiber connections|fibre rollout|house connections|roadworks"
            "|fibre contracts|appointments|fibre socket",
            "menu": "Order status in the customer portal|My connection|Rollout map",
        },
    },
    {
        "key": "dsl",
        "category": "internet-telefonie",
        "weight": 8,
        "tags": "dsl stoerung vdsl internet geschwindigkeit",
        "de": {
            "subject": "Die DSL-Leitung|Das Internet|Unser VDSL-Anschluss|Die Leitung",
            "object": "die DSL-Leitung|das Internet|den VDSL-Anschluss|die Störung",
            "dative": "der DSL-Leitung|der Störung|den Leitungswerten|dem Verteilerkasten"
            "|der Synchronisation",
            "problem": "synchronisiert nur noch mit halber Geschwindigkeit|ist seit "
            "gestern komplett gestört|hat abends massive Paketverluste|bricht alle paar "
            "Minuten ab|liefert nur ein Drittel der Bandbreite",
            "fix_inf": "durchmessen lassen|als Störung melden|neu synchronisieren|drosseln",
            "fix_part": "gemeldet|durchgemessen|neu synchronisiert|entstört|geprüft",
            "nouns": "Störungen|Störungsmeldung|Leitungswerte|Geschwindigkeiten"
            "|Synchronisationen|Bandbreite|Paketverluste|Störungsticket",
            "menu": "Internet und Online-Monitor|DSL-Informationen|Störungsmelder",
        },
        "en": {
            "subject": "The DSL line|The internet|Our VDSL connection|The line",
            "object": "the DSL line|the internet|the VDSL connection|the outage",
            "dative": "the DSL line|the outage|the line values|the street cabinet|the sync rate",
            "problem": "only syncs at half speed|has been down since yesterday|loses "
            "packets every evening|drops every few minutes|delivers a third of the speed",
            "fix_inf": "have measured|report as an outage|resync|throttle",
            "fix_part": "reported|measured|resynced|fixed|checked",
            "nouns": "outages|fault report|line values|speeds|sync rates|bandwidth"
            "|packet loss|fault ticket",
            "menu": "Internet and Online Monitor|DSL Information|Outage checker",
        },
    },
    {
        "key": "telefonie",
        "category": "internet-telefonie",
        "weight": 5,
        "tags": "festnetz telefonie voip rufnummer",
        "de": {
            "subject": "Das Festnetztelefon|Die Telefonie|Unsere Rufnummer|Das DECT-Telefon",
            "object": "die Rufnummer|das Festnetztelefon|die Telefonie|die Rufumleitung",
            "dative": "der Rufnummernmitnahme|dem Festnetz|den Telefonnummern|der Telefonie",
            "problem": "klingelt nicht mehr bei eingehenden Anrufen|ist seit dem Umzug "
            "tot|zeigt Registrierung fehlgeschlagen|hat ein starkes Echo",
            "fix_inf": "portieren|neu registrieren|umleiten|einrichten",
            "fix_part": "portiert|registriert|umgeleitet|eingerichtet",
            "nouns": "Telefonnummern|Rufnummern|Anrufe|Telefonate|Rufnummernmitnahme"
            "|Festnetzanschlüsse",
            "menu": "Telefonie und Eigene Rufnummern|Telefonie und Anrufliste",
        },
        "en": {
            "subject": "The landline|The phone line|Our phone number|The DECT phone",
            "object": "the phone number|the landline|the call forwarding|the phone line",
            "dative": "the number porting|the landline|the phone numbers|the phone line",
            "problem": "does not ring on incoming calls|has been dead since the move|says "
            "registration failed|has a strong echo",
            "fix_inf": "port|register again|forward|set up",
            "fix_part": "ported|registered|forwarded|set up",
            "nouns": "phone numbers|numbers|calls|phone calls|number porting|landlines",
            "menu": "Telephony and Own Numbers|Telephony and Call List",
        },
    },
    {
        "key": "esim",
        "category": "mobilfunk",
        "weight": 8,
        "tags": "esim sim smartphone iphone aktivierung",
        "de": {
            "subject": "Die eSIM|Die neue SIM-Karte|Mein iPhone|Das Smartphone",
            "object": "die eSIM|die SIM-Karte|das iPhone|den QR-Code|die PIN",
            "dative": "der eSIM|der SIM-Karte|dem QR-Code|dem Aktivierungscode|dem Handywechsel",
            "problem": "lässt sich nicht aktivieren|zeigt kein Netz|wurde nach dem "
            "Update gelöscht|meldet SIM gesperrt|lädt das Profil nicht herunter",
            "fix_inf": "aktivieren|neu bestellen|auf das neue Handy übertragen|entsperren",
            "fix_part": "aktiviert|bestellt|übertragen|entsperrt|gesperrt",
            "nouns": "eSIMs|SIM-Karten|Aktivierungscodes|Profile|Handys|PUK",
            "menu": "Einstellungen und Mobilfunk|Meine SIM-Karten in der App",
        },
        "en": {
            "subject": "The eSIM|The new SIM card|My iPhone|The phone",
            "object": "the eSIM|the SIM card|the iPhone|the QR code|the PIN",
            "dative": "the eSIM|the SIM card|the QR code|the activation code|the phone change",
            "problem": "cannot be activated|shows no network|was deleted after the "
            "update|says SIM locked|does not download the profile",
            "fix_inf": "activate|order again|transfer to the new phone|unlock",
            "fix_part": "activated|ordered|transferred|unlocked|blocked",
            "nouns": "eSIMs|SIM cards|activation codes|profiles|phones|PUK",
            "menu": "Settings and Mobile Data|My SIM cards in the app",
        },
    },
    {
        "key": "roaming",
        "category": "mobilfunk",
        "weight": 5,
        "tags": "roaming ausland urlaub datenvolumen",
        "de": {
            "subject": "Das Roaming|Das mobile Internet im Ausland|Mein Datenvolumen",
            "object": "das Roaming|das Datenvolumen|die Auslandsoption|die Tagesflat",
            "dative": "dem Roaming|den Roaminggebühren|dem Urlaub|der Auslandsoption",
            "problem": "funktioniert in der Schweiz nicht|war nach zwei Tagen "
            "aufgebraucht|wurde doppelt berechnet|ist in Italien extrem langsam",
            "fix_inf": "freischalten|buchen|abbestellen|zurückerstatten lassen",
            "fix_part": "freigeschaltet|gebucht|abbestellt|erstattet|berechnet",
            "nouns": "Roaminggebühren|Auslandstarife|Datenpakete|Urlaubsländer|Roamingkosten",
            "menu": "Optionen und Ausland in der App|Kostenkontrolle",
        },
        "en": {
            "subject": "Roaming|Mobile data abroad|My data allowance",
            "object": "roaming|the data allowance|the travel option|the day pass",
            "dative": "roaming|the roaming charges|the holiday|the travel option",
            "problem": "does not work in Switzerland|was used up after two days|was "
            "charged twice|is extremely slow in Italy",
            "fix_inf": "enable|book|cancel|get refunded",
            "fix_part": "enabled|booked|cancelled|refunded|charged",
            "nouns": "roaming charges|travel tariffs|data packs|holiday countries|roaming costs",
            "menu": "Options and Abroad in the app|Cost control",
        },
    },
    {
        "key": "netz",
        "category": "mobilfunk",
        "weight": 5,
        "tags": "netzabdeckung 5g lte empfang",
        "de": {
            "subject": "Der Empfang|Das 5G-Netz|Das LTE-Netz|Der Mobilfunkmast",
            "object": "den Empfang|das 5G-Netz|die Netzabdeckung|den Mobilfunkmast",
            "dative": "der Netzabdeckung|dem Funkloch|den Funklöchern|dem Sendemast",
            "problem": "ist in unserer Straße katastrophal|fällt im Haus komplett aus"
            "|springt ständig auf Edge zurück|ist seit dem Umbau schlechter",
            "fix_inf": "melden|prüfen lassen|verbessern|ausbauen",
            "fix_part": "gemeldet|ausgebaut|verbessert|abgeschaltet",
            "nouns": "Funklöcher|Netzabdeckungen|Sendemasten|Netzstörungen|Empfangs",
            "menu": "Netzabdeckungskarte|Netzqualität melden",
        },
        "en": {
            "subject": "The reception|The 5G network|The LTE network|The cell tower",
            "object": "the reception|the 5G network|the coverage|the cell tower",
            "dative": "the coverage|the dead spot|the dead spots|the cell mast",
            "problem": "is terrible in our street|fails completely indoors|keeps falling "
            "back to Edge|got worse since the works",
            "fix_inf": "report|get checked|improve|expand",
            "fix_part": "reported|expanded|improved|switched off",
            "nouns": "dead spots|coverage maps|cell masts|network outages|reception",
            "menu": "Coverage map|Report network quality",
        },
    },
    {
        "key": "rechnung",
        "category": "rechnung-vertrag",
        "weight": 12,
        "tags": "rechnung gutschrift lastschrift mahnung zahlung",
        "de": {
            "subject": "Die Rechnung|Die letzte Rechnung|Der Rechnungsbetrag|Die Mahnung"
            "|Die Gutschrift",
            "object": "die Rechnung|den Rechnungsbetrag|die Mahnung|die Gutschrift|die Lastschrift",
            "dative": "der Rechnung|den Rechnungen|dem Rechnungsbetrag|der Lastschrift|der "
            "Abrechnung|den Mahngebühren",
            "problem": "ist viel zu hoch|wurde doppelt abgebucht|enthält eine unbekannte "
            "Position|kam nie per Post an|wurde trotz Zahlung angemahnt",
            "fix_inf": "korrigieren lassen|widersprechen|zurückbuchen|erstatten lassen"
            "|herunterladen",
            "fix_part": "korrigiert|abgebucht|zurückgebucht|erstattet|angemahnt|abgerechnet",
            "nouns": "Rechnungen|Rechnungsbeträge|Mahnungen|Gutschriften|Lastschriften"
            "|Abrechnungen|Rechnungsposition|Zahlungseingang",
            "menu": "Rechnungen im Kundenportal|Meine Rechnungen in der App|Zahlungen",
        },
        "en": {
            "subject": "The bill|The last bill|The invoice amount|The reminder|The credit note",
            "object": "the bill|the invoice|the reminder|the credit note|the direct debit",
            "dative": "the bill|the bills|the invoice amount|the direct debit|the billing"
            "|the late fees",
            "problem": "is far too high|was debited twice|contains an unknown item|never "
            "arrived by post|was sent to collections despite payment",
            "fix_inf": "correct|dispute|reverse|get refunded|download",
            "fix_part": "corrected|debited|reversed|refunded|billed|charged",
            "nouns": "bills|invoices|reminders|credit notes|direct debits|billing|billed "
            "items|payments",
            "menu": "Bills in the customer portal|My bills in the app|Payments",
        },
    },
    {
        "key": "vertrag",
        "category": "rechnung-vertrag",
        "weight": 10,
        "tags": "vertrag kuendigung tarifwechsel vertragslaufzeit",
        "de": {
            "subject": "Mein Vertrag|Die Kündigung|Der Tarifwechsel|Die Vertragslaufzeit"
            "|Der Vertrag meiner Mutter",
            "object": "den Vertrag|die Kündigung|den Tarif|die Vertragsverlängerung|die "
            "Mindestlaufzeit",
            "dative": "dem Vertrag|den Verträgen|der Kündigung|dem Tarifwechsel|der "
            "Vertragslaufzeit|dem Sonderkündigungsrecht",
            "problem": "wurde ohne Rückfrage verlängert|wird nicht bestätigt|ist im Portal "
            "nicht sichtbar|läuft angeblich noch zwei Jahre",
            "fix_inf": "kündigen|verlängern|wechseln|übertragen|widerrufen",
            "fix_part": "gekündigt|verlängert|gewechselt|übertragen|widerrufen|bestätigt",
            "nouns": "Verträge|Vertrags|Kündigungen|Tarife|Tarifwechsel|Vertragslaufzeiten"
            "|Kündigungsbestätigung|Vertragsverlängerungen",
            "menu": "Vertrag und Tarif im Kundenportal|Meine Verträge",
        },
        "en": {
            "subject": "My contract|The cancellation|The tariff change|The contract term"
            "|My mother's contract",
            "object": "the contract|the cancellation|the tariff|the renewal|the minimum term",
            "dative": "the contract|the contracts|the cancellation|the tariff change|the "
            "contract term|the special termination right",
            "problem": "was renewed without asking|is not confirmed|does not show in the "
            "portal|supposedly runs for two more years",
            "fix_inf": "cancel|renew|switch|transfer|withdraw from",
            "fix_part": "cancelled|renewed|switched|transferred|withdrawn|confirmed",
            "nouns": "contracts|cancellations|tariffs|tariff changes|contract terms"
            "|cancellation confirmation|renewals",
            "menu": "Contract and Tariff in the customer portal|My contracts",
        },
    },
    {
        "key": "umzug",
        "category": "rechnung-vertrag",
        "weight": 5,
        "tags": "umzug adressaenderung anschluss",
        "de": {
            "subject": "Der Umzug|Die Ummeldung|Der neue Anschluss|Die Adressänderung",
            "object": "den Umzug|die Ummeldung|den neuen Anschluss|die Adresse",
            "dative": "dem Umzug|der Ummeldung|der neuen Wohnung|dem Umzugsservice",
            "problem": "wird seit Wochen nicht bearbeitet|hat einen falschen Termin|ist im "
            "System hängen geblieben|kostet plötzlich extra",
            "fix_inf": "melden|umziehen|verschieben|beschleunigen",
            "fix_part": "gemeldet|umgezogen|verschoben|bearbeitet",
            "nouns": "Umzüge|Umzugs|Ummeldungen|Adressänderungen|Umzugstermine",
            "menu": "Umzug melden im Kundenportal|Persönliche Daten",
        },
        "en": {
            "subject": "The move|The change of address|The new connection|The relocation",
            "object": "the move|the change of address|the new connection|the address",
            "dative": "the move|the change of address|the new flat|the moving service",
            "problem": "has not been processed for weeks|has a wrong date|is stuck in the "
            "system|suddenly costs extra",
            "fix_inf": "report|move|postpone|speed up",
            "fix_part": "reported|moved|postponed|processed",
            "nouns": "moves|moving|address changes|relocations|moving dates",
            "menu": "Report a move in the customer portal|Personal details",
        },
    },
    {
        "key": "zaehlerstand",
        "category": "strom-gas",
        "weight": 10,
        "tags": "zaehlerstand stromzaehler gaszaehler smartmeter",
        "de": {
            "subject": "Der Zählerstand|Mein Stromzähler|Der Gaszähler|Das Smart Meter"
            "|Der digitale Zähler",
            "object": "den Zählerstand|den Stromzähler|den Gaszähler|das Smart Meter"
            "|die Zählernummer",
            "dative": "dem Zählerstand|den Zählerständen|dem Stromzähler|dem Zählerwechsel"
            "|der Zählernummer|dem Ablesetermin",
            "problem": "wurde falsch übernommen|ist im Portal nicht sichtbar|springt "
            "plötzlich um tausend Kilowattstunden|wurde geschätzt statt abgelesen",
            "fix_inf": "melden|korrigieren|ablesen|nachreichen|fotografieren",
            "fix_part": "gemeldet|korrigiert|abgelesen|geschätzt|getauscht",
            "nouns": "Zählerstände|Zählerständen|Zählerstandes|Stromzähler|Zählern"
            "|Ablesungen|Zählerwechsel|Kilowattstunden",
            "menu": "Zählerstand erfassen in der App|Verbrauch im Kundenportal",
        },
        "en": {
            "subject": "The meter reading|My electricity meter|The gas meter|The smart "
            "meter|The digital meter",
            "object": "the meter reading|the electricity meter|the gas meter|the smart "
            "meter|the meter number",
            "dative": "the meter reading|the meter readings|the electricity meter|the meter "
            "replacement|the meter number",
            "problem": "was taken over wrongly|does not show in the portal|suddenly jumps "
            "by a thousand kilowatt hours|was estimated instead of read",
            "fix_inf": "submit|correct|read|send later|photograph",
            "fix_part": "submitted|corrected|read|estimated|replaced",
            "nouns": "meter readings|readings|meters|meter reading's date|kilowatt hours"
            "|meter replacements",
            "menu": "Submit a reading in the app|Consumption in the customer portal",
        },
    },
    {
        "key": "abschlag",
        "category": "strom-gas",
        "weight": 9,
        "tags": "abschlag jahresabrechnung nachzahlung strompreis",
        "de": {
            "subject": "Der Abschlag|Die Jahresabrechnung|Die Nachzahlung|Der neue "
            "Strompreis|Die Abschlagszahlung",
            "object": "den Abschlag|die Jahresabrechnung|die Nachzahlung|die "
            "Abschlagszahlung|das Guthaben",
            "dative": "dem Abschlag|den Abschlägen|der Jahresabrechnung|der Nachzahlung"
            "|der Preiserhöhung|dem Guthaben",
            "problem": "wurde ohne Ankündigung erhöht|ist deutlich zu hoch angesetzt"
            "|kam drei Monate zu spät|stimmt nicht mit dem Verbrauch überein",
            "fix_inf": "anpassen|senken|erhöhen|auszahlen lassen|prüfen",
            "fix_part": "angepasst|gesenkt|erhöht|ausgezahlt|abgerechnet|geprüft",
            "nouns": "Abschläge|Abschlags|Jahresabrechnungen|Nachzahlungen|Strompreise"
            "|Preiserhöhungen|Guthaben|Arbeitspreis|Grundpreis",
            "menu": "Abschlag ändern im Kundenportal|Meine Abrechnungen",
        },
        "en": {
            "subject": "The monthly instalment|The annual statement|The back payment|The "
            "new electricity price|The instalment",
            "object": "the instalment|the annual statement|the back payment|the monthly "
            "payment|the credit",
            "dative": "the instalment|the instalments|the annual statement|the back "
            "payment|the price increase|the credit balance",
            "problem": "was raised without notice|is set far too high|came three months "
            "late|does not match the consumption",
            "fix_inf": "adjust|lower|raise|get paid out|check",
            "fix_part": "adjusted|lowered|raised|paid out|billed|checked",
            "nouns": "instalments|annual statements|back payments|electricity prices"
            "|price increases|credit|unit price|standing charge",
            "menu": "Change instalment in the customer portal|My statements",
        },
    },
    {
        "key": "oekostrom",
        "category": "strom-gas",
        "weight": 4,
        "tags": "oekostrom gas waermepumpe tarif",
        "de": {
            "subject": "Der Ökostromtarif|Der Wärmepumpentarif|Der Gastarif|Der Lieferbeginn",
            "object": "den Ökostromtarif|den Wärmepumpentarif|den Gastarif|den Lieferbeginn",
            "dative": "dem Ökostrom|der Wärmepumpe|dem Gastarif|dem Lieferantenwechsel",
            "problem": "ist teurer als angekündigt|startet nicht zum vereinbarten Termin"
            "|wird im Portal falsch angezeigt|wurde vom Netzbetreiber abgelehnt",
            "fix_inf": "wechseln|buchen|anmelden|vergleichen",
            "fix_part": "gewechselt|gebucht|angemeldet|abgelehnt",
            "nouns": "Ökostromtarife|Wärmepumpen|Gastarife|Lieferantenwechsel|Netzbetreiber",
            "menu": "Tarife vergleichen|Mein Energievertrag",
        },
        "en": {
            "subject": "The green power tariff|The heat pump tariff|The gas tariff|The "
            "supply start",
            "object": "the green tariff|the heat pump tariff|the gas tariff|the supply start",
            "dative": "green power|the heat pump|the gas tariff|the supplier switch",
            "problem": "is more expensive than announced|does not start on the agreed "
            "date|shows wrongly in the portal|was rejected by the grid operator",
            "fix_inf": "switch|book|register|compare",
            "fix_part": "switched|booked|registered|rejected",
            "nouns": "green tariffs|heat pumps|gas tariffs|supplier switches|grid operators",
            "menu": "Compare tariffs|My energy contract",
        },
    },
    {
        "key": "smarthome",
        "category": "smart-home",
        "weight": 6,
        "tags": "smarthome thermostat zwischenstecker app sensor",
        "de": {
            "subject": "Das Heizkörperthermostat|Der Zwischenstecker|Die Smart-Home-App"
            "|Der Fenstersensor|Die Zentrale",
            "object": "das Thermostat|den Zwischenstecker|die App|den Sensor|die Zentrale",
            "dative": "dem Thermostat|den Thermostaten|dem Zwischenstecker|der App|den "
            "Sensoren|der Zentrale",
            "problem": "verliert nachts die Verbindung zur Zentrale|reagiert nicht mehr "
            "auf Befehle|zeigt eine falsche Temperatur an|lässt sich nicht anlernen",
            "fix_inf": "anlernen|zurücksetzen|kalibrieren|neu koppeln|aktualisieren",
            "fix_part": "angelernt|zurückgesetzt|kalibriert|gekoppelt|aktualisiert",
            "nouns": "Thermostate|Thermostaten|Zwischenstecker|Sensoren|Automationen"
            "|Heizpläne|Batterien",
            "menu": "Geräte in der Smart-Home-App|Automationen",
        },
        "en": {
            "subject": "The radiator thermostat|The smart plug|The smart home app|The "
            "window sensor|The hub",
            "object": "the thermostat|the smart plug|the app|the sensor|the hub",
            "dative": "the thermostat|the thermostats|the smart plug|the app|the sensors|the hub",
            "problem": "loses the connection to the hub at night|stops reacting to "
            "commands|shows the wrong temperature|cannot be paired",
            "fix_inf": "pair|reset|calibrate|re-pair|update",
            "fix_part": "paired|reset|calibrated|re-paired|updated",
            "nouns": "thermostats|smart plugs|sensors|automations|heating schedules|batteries",
            "menu": "Devices in the smart home app|Automations",
        },
    },
    {
        "key": "balkonkraftwerk",
        "category": "balkonkraftwerk",
        "weight": 9,
        "tags": "balkonkraftwerk wechselrichter solar einspeisung anmeldung",
        "de": {
            "subject": "Das Balkonkraftwerk|Der Wechselrichter|Mein Balkonkraftwerk|Die "
            "Solaranlage am Balkon|Das Solarmodul",
            "object": "das Balkonkraftwerk|den Wechselrichter|die Solarmodule|die "
            "Einspeisung|die Anmeldung",
            "dative": "dem Balkonkraftwerk|den Balkonkraftwerken|dem Wechselrichter|der "
            "Einspeisung|den Solarmodulen|dem Marktstammdatenregister",
            "problem": "speist keinen Strom ein|lässt den Zähler rückwärts laufen|zeigt "
            "in der App null Watt|schaltet mittags ab|wurde vom Netzbetreiber nicht "
            "bestätigt",
            "fix_inf": "anmelden|registrieren|drosseln|anschließen|ausrichten",
            "fix_part": "angemeldet|registriert|gedrosselt|angeschlossen|ausgerichtet",
            "nouns": "Balkonkraftwerke|Balkonkraftwerks|Wechselrichters|Wechselrichtern"
            "|Solarmodule|Einspeisungen|Stecker|Wattzahl",
            "menu": "Erzeugung in der App|Marktstammdatenregister",
        },
        "en": {
            "subject": "The balcony solar system|The inverter|My balcony power plant|The "
            "plug-in solar kit|The solar panel",
            "object": "the balcony solar system|the inverter|the solar panels|the feed-in"
            "|the registration",
            "dative": "the balcony solar system|the balcony power plants|the inverter|the "
            "feed-in|the solar panels|the market master data register",
            "problem": "does not feed in any power|makes the meter run backwards|shows "
            "zero watts in the app|switches off at noon|was not confirmed by the grid "
            "operator",
            "fix_inf": "register|sign up|throttle|plug in|align",
            "fix_part": "registered|signed up|throttled|plugged in|aligned",
            "nouns": "balcony solar systems|inverters|inverter's|solar panels|feed-ins"
            "|plugs|wattage",
            "menu": "Generation in the app|Market master data register",
        },
    },
]

# Further tags, used now and then across themes (a long tail, Zipf-weighted in this order).
EXTRA_TAGS = (
    "kundenservice hotline app kundenportal techniker fritzbox-7590 fritzbox-7530 "
    "fritzbox-6660 speedport-smart-4 magenta-tv iptv dazn netflix homeoffice vpn ipv6 "
    "portfreigabe dyndns nas drucker powerline lan kabel telefon dect anrufbeantworter "
    "iphone-15 iphone-14 pixel-8 galaxy-s24 watch multisim prepaid datenflat 5g-plus "
    "hotspot tethering wlan-call volte sms mms spam-anrufe rufnummernmitnahme "
    "datenschutz schufa inkasso bonitaet sepa ratenzahlung stundung widerruf "
    "sonderkuendigung preiserhoehung neukunde bestandskunde treuebonus gutschein "
    "bonus waermepumpe nachtstrom heizstrom e-auto wallbox ladestation photovoltaik "
    "speicher batteriespeicher hoymiles deye ecoflow anker-solix zendure 800-watt "
    "zweirichtungszaehler netzbetreiber marktstammdatenregister mieter vermieter "
    "tado homematic shelly philips-hue alexa google-home zigbee matter thread "
    "energiemanager verbrauch grundversorgung preisgarantie fernwaerme "
    "stromausfall gasausfall baustelle tiefbau vodafone-kabel o2 telekom 1und1 "
    "kabelanschluss docsis tv-kabel satellit receiver"
).split()

KINDS = {"question": 80, "discussion": 11, "idea": 5, "article": 4}

# Sentence templates. Slots in braces; {Subject} is the subject as at a sentence start,
# {subject} lower-cased for the middle of a sentence.
QUESTION_SENTENCES = {
    "de": [
        "{Subject} {problem} {when}.",
        "Ich habe {object} schon {fix_part}, aber das hilft leider nicht.",
        "Wir wohnen in {city} und sind seit {years} Jahren Kunden bei euch.",
        "Hat jemand eine Idee, woran das liegen kann?",
        "Kann mir jemand erklären, wie ich {object} {fix_inf} kann?",
        "Laut Hotline liegt es an {dative}, das glaube ich aber nicht.",
        "Der Techniker war am {date} da und hat {object} {fix_part}.",
        "Im Kundenportal steht bei {nouns} nur {error}.",
        "Das Problem tritt {when} auf, vorher lief alles stabil.",
        "Ich bin im Homeoffice auf {dative} angewiesen und langsam echt genervt.",
        "Gibt es in {city} gerade eine bekannte Störung?",
        "Auf der Rechnung vom {date} stehen {amount}, das ist mehr als sonst.",
        "Unter {menu} finde ich dazu leider nichts.",
        "Mit {dative} hatte ich bisher nie Probleme.",
        "Danke schon mal für eure Hilfe!",
        "Ist das normal, dass {subject} {problem}?",
    ],
    "en": [
        "{Subject} {problem} {when}.",
        "I have already {fix_part} {object}, but it does not help.",
        "We live in {city} and have been customers for {years} years.",
        "Does anyone have an idea what could cause this?",
        "Can someone explain how to {fix_inf} {object}?",
        "The hotline says it is because of {dative}, but I do not believe that.",
        "The technician came on {date} and {fix_part} {object}.",
        "In the customer portal it only says {error} for the {nouns}.",
        "The problem happens {when}, before that everything was stable.",
        "I work from home and depend on {dative}, so this is really annoying.",
        "Is there a known outage in {city} right now?",
        "The bill from {date} says {amount}, which is more than usual.",
        "I cannot find anything about it under {menu}.",
        "I never had problems with {dative} before.",
        "Thanks in advance for your help!",
        "Is it normal that {subject} {problem}?",
    ],
}
ANSWER_SENTENCES = {
    "de": [
        "Prüf mal unter {menu}, ob dort {nouns} angezeigt werden.",
        "Das Problem hatte ich auch, bei mir lag es an {dative}.",
        "Ich würde {object} {fix_inf}, danach sollte es wieder laufen.",
        "Hast du {object} schon {fix_part}?",
        "Bei mir in {city} hat der Support das innerhalb von {days} Tagen gelöst.",
        "Die Meldung {error} bedeutet meistens, dass {subject} {problem}.",
        "Ruf am besten die Hotline an und lass dir eine Ticketnummer geben.",
        "Danke, das hat geholfen!",
        "Genau so war es bei mir auch, seit dem Wechsel ist Ruhe.",
        "Schreib dem Team hier im Forum eine private Nachricht mit deiner Kundennummer.",
        "Mit {dative} habe ich gute Erfahrungen gemacht.",
        "Das liegt nicht an dir, {subject} {problem} ist ein bekannter Fehler.",
        "Bei {amount} würde ich auf jeden Fall Widerspruch einlegen.",
        "Schau in die Anleitung, Kapitel {number}, dort ist das gut erklärt.",
        "Wir haben {object} für dich {fix_part}, bitte prüf das noch einmal.",
        "Kurzes Update: {object} ist jetzt {fix_part} und es läuft wieder.",
        "Wichtig ist, dass du {object} nicht selbst {fix_inf} willst, sondern das Team.",
        "Inzwischen habe ich keine Probleme mehr mit {dative}.",
    ],
    "en": [
        "Check under {menu} whether the {nouns} show up there.",
        "I had the same problem, in my case it was {dative}.",
        "I would {fix_inf} {object}, after that it should work again.",
        "Have you {fix_part} {object} yet?",
        "Here in {city} support fixed it within {days} days.",
        "The message {error} usually means that {subject} {problem}.",
        "Best call the hotline and ask for a ticket number.",
        "Thanks, that helped!",
        "It was exactly the same for me, since the change it is fine.",
        "Send the team here in the forum a private message with your customer number.",
        "I have had good experiences with {dative}.",
        "It is not your fault, {subject} {problem} is a known bug.",
        "With {amount} I would definitely file a complaint.",
        "Have a look at the manual, chapter {number}, it is explained well there.",
        "We have {fix_part} {object} for you, please check again.",
        "Quick update: {object} is {fix_part} now and it works again.",
        "It is important that you do not {fix_inf} {object} yourself, let the team do it.",
        "By now I have had no more problems with {dative}.",
    ],
}
TITLES = {
    "de": {
        "question": [
            "{Subject} {problem}",
            "{Subject} {problem} – was tun?",
            "Frage zu {dative}",
            "Wie kann ich {object} {fix_inf}?",
            "{Nouns}: {error}",
            "Hilfe, {subject} {problem}",
            "{Subject} {problem} ({city})",
        ],
        "discussion": ["Erfahrungen mit {dative}?", "Wie zufrieden seid ihr mit {dative}?"],
        "idea": [
            "Vorschlag: {nouns} in der App anzeigen",
            "Idee: {object} direkt im Kundenportal {fix_inf}",
        ],
        "article": ["Anleitung: {object} {fix_inf}", "So klappt es: {object} {fix_inf}"],
    },
    "en": {
        "question": [
            "{Subject} {problem}",
            "{Subject} {problem} - what can I do?",
            "Question about {dative}",
            "How do I {fix_inf} {object}?",
            "{Nouns}: {error}",
            "Help, {subject} {problem}",
            "{Subject} {problem} ({city})",
        ],
        "discussion": ["Experiences with {dative}?", "How happy are you with {dative}?"],
        "idea": [
            "Suggestion: show the {nouns} in the app",
            "Idea: {fix_inf} {object} right in the customer portal",
        ],
        "article": ["Guide: how to {fix_inf} {object}", "How it works: {fix_inf} {object}"],
    },
}
GENERIC = {
    "de": {
        "when": "seit gestern|seit dem letzten Update|jeden Abend gegen acht|seit drei "
        "Wochen|nach dem Umzug|seit dem Gewitter|morgens nach dem Aufstehen|seit "
        "Montag|immer am Wochenende|seit der Vertragsumstellung|mehrmals täglich",
        "error": "Fehlercode {code}|Fehler {code}|Störung {code}|den Status {code}",
    },
    "en": {
        "when": "since yesterday|since the last update|every evening around eight|for "
        "three weeks|after the move|since the thunderstorm|in the mornings|since "
        "Monday|always at the weekend|since the contract change|several times a day",
        "error": "error code {code}|error {code}|fault {code}|status {code}",
    },
}
CITIES = (
    "Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund Essen "
    "Bremen Dresden Hannover Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster "
    "Mannheim Karlsruhe Augsburg Wiesbaden Mönchengladbach Gelsenkirchen Aachen Braunschweig "
    "Kiel Chemnitz Halle Magdeburg Freiburg Krefeld Mainz Lübeck Erfurt Oberhausen Rostock "
    "Kassel Hagen Potsdam Saarbrücken Hamm Ludwigshafen Oldenburg Mülheim Osnabrück "
    "Leverkusen Heidelberg Darmstadt Solingen Regensburg Herne Paderborn Neuss Ingolstadt "
    "Offenbach Fürth Würzburg Ulm Heilbronn Pforzheim Wolfsburg Göttingen Bottrop Reutlingen "
    "Koblenz Bremerhaven Recklinghausen Erlangen Bergisch-Gladbach Remscheid Jena Trier "
    "Moers Salzgitter Siegen Hildesheim Cottbus Gütersloh Kaiserslautern Witten Schwerin "
    "Gera Iserlohn Zwickau Düren Esslingen Ratingen Flensburg Lünen Hanau Marl Velbert"
).split()
FIRST_NAMES = {
    "de": (
        "Sabine Thomas Andreas Stefan Michael Julia Katrin Lukas Fatma Dieter Petra Jürgen "
        "Monika Frank Claudia Markus Anja Tobias Lena Jonas Mia Leon Emma Paul Hannah Felix "
        "Sophie Maximilian Marie Elias Laura Niklas Anna Tim Lea Jan Sarah David Lisa Simon "
        "Melanie Sven Nadine Kai Birgit Uwe Heike Ralf Tanja Dirk Ute Holger Silke Mehmet "
        "Ayse Olga Dmitri Zeynep Can Selin Murat Nils Kerstin Bernd Gabi Helmut Ingrid"
    ).split(),
    "en": (
        "James Emma Olivia Noah Liam Ava Sophia Jack Harry Amelia Oliver George Isla Ella "
        "Grace Chloe Lucas Ethan Mason Logan Priya Arjun Chen Wei Ahmed Sara Maria Carlos "
        "Ana Pedro Giulia Marco Pierre Camille Ewa Piotr Joao Ines Mateo Lucia Daniel Rachel"
    ).split(),
}
SURNAME_INITIALS = "abcdefghijklmnoprstuvwz"
