"""The demo's campaigns scene, made through the same services the brand team and members use.

Three campaigns by the brand team (brand_lena):

- "Smart Home für Einsteiger", a question drive that ended a few weeks ago: questions,
  guides, answers by its featured experts and the team, solutions, and a solution that
  a moderator made a guide, so its report has figures (and the weeks before it, to
  compare with).
- "Balkonkraftwerk-Wochen", an idea challenge that is live: ideas with votes that the
  team has moved through their statuses (one declined, with the reason), questions,
  answers and members who joined.
- "Frag unsere Netzwerk-Techniker", an ask-the-expert hour next week that members have
  joined already.

And two guides outside any campaign. Content goes in "now" through the services; then
its timestamps move into each campaign's window, as the loader does for the rest.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import func, select, update

from community.accounts.models import User
from community.campaigns import guides, ideas
from community.campaigns import services as campaigns
from community.campaigns.models import Campaign, CampaignMember
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Category, Post, Revision, Topic, Vote
from community.permissions import can
from community.reputation.models import ReputationEvent
from community.timeutil import utcnow

# As in the loader: weeks of content go in within seconds, so the spam screening (bursts,
# repeats) and the daily cap on points from votes would get in the way; the watched words
# still apply, so the texts below avoid them.
RELAXED = {
    "REP_DAILY_VOTE_CAP": 10**9,
    "HOLD_FIRST_POSTS": 0,
    "HOLD_TL0_LINKS": False,
    "SPAM_BURST_POSTS": 0,
    "SPAM_REPEAT_HOURS": 0,
}
MODERATOR = "mod_jana"
BRAND_MANAGER = "brand_lena"

# -- 1. Smart Home für Einsteiger: a question drive that ended --------------------------

SMART_HOME = {
    "title": "Smart Home für Einsteiger",
    "slug": "smart-home-einsteiger",
    "type": "questions",
    "category": "smart-home",
    "goal": ("topics", 8),
    "tags": ["einsteiger", "thermostat", "zwischenstecker", "automation"],
    "experts": ["anna_b", "david_c"],
    "hosts": ["mod_jana"],
    "call_to_action": "Stell deine Einsteigerfrage – keine Frage ist zu einfach.",
    "brief": (
        "Du willst dein Zuhause smarter machen, weißt aber nicht, wo du anfangen sollst? "
        "Zwei Wochen lang beantworten **Anna** und **David** aus der Community zusammen mit "
        "unserem Service-Team eure Einsteigerfragen.\n\n"
        "## Worum es geht\n\n"
        "- Thermostate, Zwischenstecker und Sensoren einrichten\n"
        "- die Smart-Home-App: Räume, Zeitpläne und die ersten Automationen\n"
        "- WLAN-Fragen rund um eure Geräte\n\n"
        "## So machst du mit\n\n"
        "1. Tritt der Aktion bei: Wir sagen dir Bescheid, wenn die Expert:innen antworten.\n"
        "2. Stell deine Frage direkt auf dieser Seite.\n"
        "3. Du kennst dich schon aus? Schreib eine Anleitung für Einsteiger.\n\n"
        "Wer mitmacht, bekommt das Teilnahme-Abzeichen der Aktion.\n\n"
        "*In English:* beginners' questions in English are welcome too – David answers them."
    ),
    # (member, hours after the start they joined; negative: before it)
    "members": [
        ("heike_p", -70),
        ("klaus_w", -52),
        ("fatma_o", -30),
        ("julia_f", -8),
        ("carla_n", 20),
        ("emily_r", 26),
        ("petra_s", 60),
        ("nina_l", 150),
    ],
}

# The weeks before the campaign, in its category: what its report compares with.
SMART_HOME_BEFORE = [
    {
        "author": "fatma_o",
        "hours": -200,
        "title": "Heizplan in der App: Warum ist das Kinderzimmer morgens trotzdem kalt?",
        "body": (
            "Ich habe in der App einen Heizplan angelegt: ab 6:30 Uhr 21 Grad im Kinderzimmer. "
            "Trotzdem ist es um sieben noch kühl. Heizt das Thermostat erst ab 6:30 los?"
        ),
        "tags": ["heizplan", "thermostat"],
        "votes": 4,
        "answers": [
            {
                "author": "anna_b",
                "hours_after": 3,
                "body": (
                    "Genau so ist es: Der Plan sagt, ab wann die Temperatur *gelten* soll, "
                    "nicht, wann sie erreicht ist. Schalte im Raum unter *Heizung* die "
                    "Funktion **Vorausschauend heizen** ein. Dann lernt das Thermostat in ein "
                    "paar Tagen, wie lange der Raum braucht, und fängt entsprechend früher an."
                ),
                "votes": 6,
                "accepted": True,
            },
        ],
    },
    {
        "author": "lukas_m",
        "hours": -290,
        "title": "Smart-Home-Geräte ins Gast-WLAN auslagern – funktioniert die App dann noch?",
        "body": (
            "Ich möchte meine Steckdosen und Lampen aus dem Heimnetz nehmen, damit sie nicht "
            "neben meinem Gaming-PC hängen. Wenn ich sie ins Gast-WLAN packe, findet die App "
            "sie dann noch?"
        ),
        "tags": ["gast-wlan", "sicherheit"],
        "votes": 3,
        "answers": [
            {
                "author": "sabine_k",
                "hours_after": 5,
                "body": (
                    "Über die Cloud ja, lokal meistens nicht: Im Gastnetz sind die Geräte "
                    "voneinander und vom Heimnetz getrennt, die App findet sie also nur über "
                    "den Umweg Internet. Die Zentrale für Thermostate muss ohnehin per Kabel "
                    "an den Router. Sauberer ist ein eigenes IoT-Netz (VLAN), falls dein "
                    "Router das kann."
                ),
                "votes": 5,
            },
        ],
    },
]

# hours: after the campaign's start; answers' hours_after: after the topic.
SMART_HOME_TOPICS = [
    {
        "author": "heike_p",
        "hours": 3,
        "title": "Welches Heizkörperthermostat für den Anfang – mit oder ohne Zentrale?",
        "body": (
            "Ich möchte im Wohnzimmer und im Bad mit smarten Thermostaten anfangen. Im "
            "Baumarkt gibt es welche mit eigener Zentrale und welche, die direkt ins WLAN "
            "gehen. Was ist für jemanden ohne Technikkenntnisse einfacher? Und klappt beides "
            "mit eurer Smart-Home-App?"
        ),
        "tags": ["thermostat", "einsteiger"],
        "votes": 7,
        "answers": [
            {
                "author": "anna_b",
                "hours_after": 2,
                "body": (
                    "Für den Anfang würde ich Thermostate mit Zentrale nehmen. Die funken nicht "
                    "per WLAN, sondern über ein eigenes Funkprotokoll (Zigbee oder DECT ULE) – "
                    "das schont die Batterien deutlich: eher ein bis zwei Jahre statt ein paar "
                    "Monate. Die Zentrale steckst du einmal an den Router, danach koppelst du "
                    "jedes Thermostat in der App per Knopfdruck.\n\n"
                    "Wichtig beim Kauf: Schau, ob ein Adapter für dein Ventil dabei ist. "
                    "Danfoss-Ventile brauchen oft einen eigenen."
                ),
                "votes": 9,
                "accepted": True,
            },
            {
                "author": "klaus_w",
                "hours_after": 6,
                "body": (
                    "Ich habe die WLAN-Variante und bereue es etwas: Alle drei Monate neue "
                    "Batterien. Annas Tipp mit der Zentrale kann ich nur unterstreichen."
                ),
                "votes": 3,
            },
        ],
    },
    {
        "author": "julia_f",
        "hours": 20,
        "title": "Mietwohnung: Welche Smart-Home-Geräte darf ich ohne den Vermieter einbauen?",
        "body": (
            "Ich bin gerade nach Leipzig gezogen und hätte gern smarte Thermostate, ein paar "
            "Zwischenstecker und eine Türklingel mit Kamera. Was davon darf ich als Mieterin "
            "einfach installieren, und was muss ich mit dem Vermieter absprechen?"
        ),
        "tags": ["mietwohnung", "einsteiger", "thermostat"],
        "votes": 8,
        "answers": [
            {
                "author": "tim_k",
                "hours_after": 3,
                "body": (
                    "Aus Sicht einer Hausverwaltung: Thermostatköpfe tauschen ist kein Problem, "
                    "solange ihr die alten aufbewahrt und beim Auszug wieder montiert. "
                    "Zwischenstecker sowieso. Bei der Klingel mit Kamera wird es heikel: Sobald "
                    "die Kamera den Hausflur oder den Gehweg erfasst, braucht ihr die "
                    "Zustimmung, wegen der Rechte der Nachbarn. Fragt vorher kurz schriftlich "
                    "nach, dann gibt es keinen Ärger."
                ),
                "votes": 11,
                "accepted": True,
            },
            {
                "author": "mod_jana",
                "official": True,
                "hours_after": 5,
                "body": (
                    "Danke, Tim! Ergänzend aus dem Service: Unsere Thermostate und "
                    "Zwischenstecker lassen sich rückstandslos entfernen, und beim Umzug nehmt "
                    "ihr sie in der App einfach mit (*Einstellungen → Zuhause → Umzug*). Für "
                    "Kameras gilt, was Tim schreibt."
                ),
                "votes": 4,
            },
        ],
    },
    {
        "author": "klaus_w",
        "hours": 30,
        "title": "Zwischenstecker lässt sich nicht hinzufügen: App erkennt den QR-Code nicht",
        "body": (
            "Ich habe zwei Zwischenstecker aus dem Starterpaket. Beim Hinzufügen soll ich den "
            "QR-Code auf der Rückseite scannen, aber die App reagiert einfach nicht. Die "
            "Kamera ist freigegeben. Was mache ich falsch?"
        ),
        "tags": ["zwischenstecker", "app", "einrichtung"],
        "votes": 5,
        "answers": [
            {
                "author": "mod_jana",
                "official": True,
                "hours_after": 1,
                "body": (
                    "Hallo Klaus, das liegt fast immer an einer von zwei Sachen: Entweder ist "
                    "der Code zu klein für den Autofokus – halte das Handy dann etwa 20 cm "
                    "entfernt –, oder der Stecker ist noch nicht im Kopplungsmodus. Halte die "
                    "Taste am Stecker fünf Sekunden gedrückt, bis die LED schnell blinkt, und "
                    "scanne dann. Klappt es trotzdem nicht, tippe unter *Code manuell eingeben* "
                    "die elfstellige Nummer unter dem QR-Code ein."
                ),
                "votes": 6,
                "accepted": True,
            },
            {
                "author": "heike_p",
                "hours_after": 4,
                "body": "Das mit dem Abstand war bei mir auch der Trick! Danke für die Frage.",
                "votes": 1,
            },
        ],
    },
    {
        "author": "emily_r",
        "hours": 50,
        "title": "Smart plug schedules: do they still run when the Wi-Fi is down?",
        "body": (
            "I've set my smart plugs to switch the lamps on in the evening while we're away. "
            "Our router sometimes drops out for an hour at night. Does the schedule live in "
            "the app (the cloud) or on the plug itself?"
        ),
        "tags": ["zwischenstecker", "zeitplan", "offline"],
        "votes": 4,
        "answers": [
            {
                "author": "david_c",
                "hours_after": 3,
                "body": (
                    "Good question – it depends on the plug. The ones from the starter kit "
                    "store the schedule on the plug itself once it has synced, so an hour "
                    "without Wi-Fi doesn't matter, and they keep time for a few days without "
                    "a connection. What does need the internet are rules like *at sunset*, "
                    "which the app works out, and anything triggered by another device. Check "
                    "the plug's details page: if it says *Zeitplan lokal gespeichert*, you're "
                    "fine."
                ),
                "votes": 7,
                "accepted": True,
            },
            {
                "author": "anna_b",
                "hours_after": 8,
                "body": (
                    "Kleine Ergänzung: Nach einem Stromausfall (nicht nach einem WLAN-Ausfall) "
                    "gehen sie in den zuletzt gespeicherten Zustand. Das lässt sich in der App "
                    "unter *Verhalten nach Stromausfall* ändern."
                ),
                "votes": 3,
            },
        ],
    },
    {
        "author": "carla_n",
        "hours": 75,
        "title": "Heizung soll ausgehen, wenn das Fenster offen ist – wie richte ich das ein?",
        "body": (
            "Ich habe jetzt Thermostate und zwei Fensterkontakte. Beim Stoßlüften läuft die "
            "Heizung aber munter weiter. Wie verbinde ich die Kontakte mit den Thermostaten, "
            "damit die Heizung beim Lüften von selbst herunterregelt?"
        ),
        "tags": ["fensterkontakt", "thermostat", "automation"],
        "votes": 6,
        "answers": [
            {
                "author": "anna_b",
                "hours_after": 2,
                "body": (
                    "So geht's in der Smart-Home-App, Schritt für Schritt:\n\n"
                    "1. **Fensterkontakt dem richtigen Raum zuordnen.** Unter *Geräte* den "
                    "Kontakt antippen und denselben Raum wählen wie beim Thermostat. Nur Geräte "
                    "im selben Raum arbeiten zusammen.\n"
                    "2. **Fenster-offen-Funktion einschalten.** Im Raum *Heizung → Fenster "
                    "offen* öffnen und *Fensterkontakt verwenden* aktivieren.\n"
                    "3. **Absenktemperatur wählen.** 12 °C sind ein guter Wert: Die Heizung "
                    "geht praktisch aus, aber nichts kühlt aus.\n"
                    "4. **Verzögerung einstellen.** Mit einer Minute Verzögerung regelt die "
                    "Heizung nicht schon herunter, wenn ihr nur kurz die Balkontür öffnet.\n"
                    "5. **Testen.** Fenster auf: Nach einer Minute zeigt das Thermostat ein "
                    "Fenstersymbol und schließt das Ventil.\n\n"
                    "Ohne Fensterkontakte erkennen viele Thermostate ein offenes Fenster auch "
                    "am Temperatursturz – das ist aber deutlich träger."
                ),
                "votes": 14,
                "accepted": True,
                # The team makes this solution a guide near the end of the campaign.
                "promote": {
                    "title": "Anleitung: Heizung automatisch herunterregeln, wenn das Fenster "
                    "offen ist",
                    "hours_after": 200,
                },
            },
            {
                "author": "fatma_o",
                "hours_after": 6,
                "body": (
                    "Super erklärt, genau das hat mir gefehlt. Im Kinderzimmer funktioniert es "
                    "jetzt."
                ),
                "votes": 2,
            },
        ],
    },
    {
        "author": "anna_b",
        "kind": "article",
        "hours": 100,
        "title": "Anleitung: Drei Automationen, mit denen Smart-Home-Einsteiger anfangen sollten",
        "body": (
            "Viele richten ihre Geräte ein und schalten dann doch alles per Hand. Diese drei "
            "Automationen lohnen sich vom ersten Tag an.\n\n"
            "## 1. Licht zum Sonnenuntergang\n\n"
            "*Automationen → Neu → Zeit: Sonnenuntergang* und als Aktion die Stehlampe im "
            "Wohnzimmer. Wer mag, setzt noch *nur wenn jemand zu Hause ist* als Bedingung.\n\n"
            "## 2. Heizung herunter, wenn alle weg sind\n\n"
            "Mit der Anwesenheit per Handy: Verlässt das letzte Handy das Zuhause, gehen alle "
            "Räume auf 17 °C. Kommt jemand zurück, gilt wieder der Heizplan.\n\n"
            "## 3. Standby-Verbraucher nachts abschalten\n\n"
            "Fernseher, Spielkonsole und Soundbar an einen Zwischenstecker mit Messfunktion, "
            "von 1 bis 6 Uhr aus. Bei uns waren das 18 W rund um die Uhr, also gut 150 kWh im "
            "Jahr.\n\n"
            "Tipp: Gebt jeder Automation einen Namen, der sagt, was sie tut – in drei Monaten "
            "wisst ihr sonst nicht mehr, warum das Licht angeht."
        ),
        "tags": ["automation", "einsteiger", "anleitung"],
        "votes": 12,
        "answers": [
            {
                "author": "heike_p",
                "hours_after": 10,
                "body": (
                    "Danke, Anna! Nummer 3 habe ich gleich eingerichtet. Bei uns hing der alte "
                    "Receiver mit 11 W dauerhaft am Netz."
                ),
                "votes": 2,
            },
        ],
    },
    {
        "author": "petra_s",
        "hours": 120,
        "title": "Brauchen die Smart-Home-Geräte ein eigenes 2,4-GHz-WLAN?",
        "body": (
            "Beim Einrichten der Kamera steht in der Anleitung, das Handy müsse im "
            "2,4-GHz-Netz sein. Mein Router hat aber nur einen WLAN-Namen. Muss ich jetzt "
            "etwas umstellen?"
        ),
        "tags": ["wlan", "einrichtung", "einsteiger"],
        "votes": 5,
        "answers": [
            {
                "author": "sabine_k",
                "hours_after": 2,
                "body": (
                    "Meistens nicht. Strahlt dein Router beide Frequenzen unter einem Namen aus "
                    "(Band Steering), sucht sich das Gerät selbst das 2,4-GHz-Band – die meisten "
                    "Smart-Home-Geräte können ohnehin nur das. Nur die Einrichtung hakt "
                    "manchmal, weil das Handy im 5-GHz-Band hängt. Dann hilft es, die "
                    "Einrichtung weiter weg vom Router zu starten oder das 5-GHz-Band für ein "
                    "paar Minuten auszuschalten. Danach wieder einschalten: Die Geräte bleiben "
                    "verbunden."
                ),
                "votes": 10,
                "accepted": True,
            },
            {
                "author": "david_c",
                "hours_after": 5,
                "body": (
                    "Same here. If setup still fails, check that the router isn't set to "
                    "WPA3 only – many cheap devices need the WPA2/WPA3 mixed mode."
                ),
                "votes": 4,
            },
        ],
    },
    {
        "author": "nina_l",
        "hours": 200,
        "title": "Bewegungsmelder im Flur schaltet das Licht nachts zu oft ein",
        "body": (
            "Der Bewegungsmelder im Flur macht nachts das Licht an, sobald die Katze "
            "vorbeiläuft. Kann man die Empfindlichkeit einstellen oder nachts nur gedimmtes "
            "Licht schalten?"
        ),
        "tags": ["bewegungsmelder", "automation", "licht"],
        "votes": 3,
        "answers": [
            {
                "author": "anna_b",
                "hours_after": 3,
                "body": (
                    "Zwei Ideen: In den Gerätedetails die Empfindlichkeit auf *niedrig* stellen "
                    "– Katzen lösen dann deutlich seltener aus. Und in der Automation eine "
                    "Bedingung *Zeit: 23 bis 6 Uhr* ergänzen, in der das Licht nur auf 10 % "
                    "geht. Den Melder tiefer zu hängen hilft übrigens nicht; eher höher und "
                    "leicht nach unten geneigt."
                ),
                "votes": 5,
            },
            {
                "author": "stefan_b",
                "hours_after": 9,
                "body": (
                    "Bei uns hat es geholfen, den Melder so zu drehen, dass er nicht direkt "
                    "auf den Futternapf schaut."
                ),
                "votes": 3,
            },
        ],
    },
    {
        "author": "stefan_b",
        "kind": "article",
        "hours": 250,
        "title": "Anleitung: Räume und Geräte so benennen, dass die Sprachsteuerung sie versteht",
        "body": (
            "Nach einem halben Jahr Smart Home und vielen Missverständnissen mit dem "
            "Sprachassistenten: So benenne ich heute alles.\n\n"
            "- **Ein Name, ein Gerät.** Nicht zweimal „Lampe“, sondern „Leselampe“ und "
            "„Deckenlicht“.\n"
            "- **Räume wie im Alltag.** „Küche“ statt „EG Raum 2“ – der Assistent nimmt den "
            "Raum, in dem der Lautsprecher steht.\n"
            "- **Keine Zahlen und Abkürzungen.** „Stehlampe links“ versteht er, „SL1“ nie.\n"
            "- **Gruppen für mehrere Geräte.** Eine Gruppe „Wohnzimmer Licht“ schaltet alle "
            "Lampen im Raum mit einem Satz.\n\n"
            "Nach dem Umbenennen in der App den Sprachassistenten neu synchronisieren, sonst "
            "kennt er noch die alten Namen."
        ),
        "tags": ["sprachsteuerung", "einsteiger", "app"],
        "votes": 6,
        "answers": [
            {
                "author": "julia_f",
                "hours_after": 12,
                "body": (
                    "Der Hinweis mit dem Neu-Synchronisieren hat mir eine Stunde Fluchen "
                    "erspart. Danke!"
                ),
                "votes": 1,
            },
        ],
    },
]

# -- 2. Balkonkraftwerk-Wochen: an idea challenge that is live ---------------------------

BALKONKRAFTWERK = {
    "title": "Balkonkraftwerk-Wochen",
    "slug": "balkonkraftwerk-wochen",
    "type": "ideas",
    "category": "balkonkraftwerk",
    "goal": ("topics", 20),
    # Topics asked in the category with one of these tags join it on their own.
    "tags": ["idee", "montage", "speicher", "wechselrichter", "einspeisung"],
    "experts": ["mehmet_y", "markus_t", "dieter_r"],
    "hosts": ["brand_lena", "mod_jana"],
    "call_to_action": "Frage stellen oder Idee einreichen – und für die besten Ideen abstimmen!",
    "brief": (
        "Die Sonne steht hoch – Zeit fürs Balkonkraftwerk! Zwei Wochen lang sammeln wir eure "
        "Fragen und Ideen rund um Steckersolargeräte: von der Montage über Wechselrichter und "
        "Speicher bis zu der Frage, was wir als Energieversorger für euch besser machen "
        "können.\n\n"
        "## So machst du mit\n\n"
        "- **Frage stellen:** Montage, Anmeldung, Ertrag, Speicher – es antworten Mehmet "
        "(Elektriker), Markus (Photovoltaik auf Dach und Balkon) und Dieter (Energieberater).\n"
        "- **Idee einreichen:** Was sollen wir für Balkonkraftwerk-Besitzer anbieten? Tarif, "
        "App, Service – alles ist willkommen.\n"
        "- **Abstimmen:** eine Stimme pro Idee. Die Ideen mit den meisten Stimmen prüft unser "
        "Produktteam; wo eine Idee steht, seht ihr direkt an der Idee.\n\n"
        "## Gut zu wissen\n\n"
        "Steckersolargeräte dürfen bis 800 W Wechselrichterleistung einspeisen; angemeldet "
        "wird nur noch im Marktstammdatenregister. Fragen zu eurer Rechnung beantwortet das "
        "Service-Team wie immer unter **Strom & Gas**.\n\n"
        "*In English:* questions and ideas in English are welcome – our experts answer in "
        "both languages."
    ),
    "members": [
        ("sabine_k", -48),
        ("emily_r", -30),
        ("fatma_o", -20),
        ("jonas_h", -10),
        ("nina_l", 2),
        ("petra_s", 5),
        ("klaus_w", 20),
        ("ahmed_s", 40),
        ("heike_p", 60),
        ("lea_neu", 90),
    ],
}

# statuses: (status, hours after the idea, the team's public note), set by the moderator.
BALKONKRAFTWERK_TOPICS = [
    {
        "author": "markus_t",
        "kind": "idea",
        "hours": 4,
        "title": "Idee: Den Ertrag meines Balkonkraftwerks direkt in der Strom-App sehen",
        "body": (
            "Ich lese den Wechselrichter per OpenDTU aus und den Zähler über den optischen "
            "Lesekopf – das sind zwei Apps und eine Tabelle. Schön wäre es, wenn die Strom-App "
            "neben meinem Verbrauch auch zeigt, was das Balkonkraftwerk erzeugt und wie viel "
            "davon ich selbst verbraucht habe.\n\n"
            "**Vorschlag:**\n\n"
            "- Anbindung gängiger Wechselrichter oder eines Messsteckers\n"
            "- Tages- und Monatsansicht: erzeugt, selbst verbraucht, eingespeist\n"
            "- die Ersparnis in Euro, gerechnet mit meinem Tarif"
        ),
        "tags": ["idee", "app", "ertrag"],
        "votes": 14,
        "answers": [
            {
                "author": "mehmet_y",
                "hours_after": 5,
                "body": (
                    "Gute Idee. Wichtig wäre, dass auch ein Messstecker reicht – den haben "
                    "viele, deren Wechselrichter kein WLAN hat."
                ),
                "votes": 4,
            },
            {
                "author": "sabine_k",
                "hours_after": 20,
                "body": "Dafür! Am besten mit lokaler Schnittstelle statt nur über die Cloud.",
                "votes": 3,
            },
        ],
        "statuses": [
            (
                "under_review",
                26,
                "Danke für die vielen Stimmen! Wir haben die Idee an das App-Team gegeben.",
            ),
            (
                "planned",
                90,
                "Das App-Team nimmt die Ertragsanzeige in die Planung für das nächste große "
                "Update auf. Zuerst kommen Messstecker und OpenDTU, weitere Wechselrichter "
                "folgen.",
            ),
        ],
    },
    {
        "author": "petra_s",
        "hours": 8,
        "title": "Welcher Wechselrichter für zwei Module – worauf muss ich achten?",
        "body": (
            "Ich möchte ein Set mit zwei Modulen à 430 Wp kaufen. Die Angebote unterscheiden "
            "sich vor allem beim Wechselrichter: 600 oder 800 W, mit oder ohne WLAN, manche mit "
            "Relais. Worauf sollte ich achten?"
        ),
        "tags": ["wechselrichter", "kauf", "800-watt"],
        "votes": 5,
        "answers": [
            {
                "author": "mehmet_y",
                "hours_after": 3,
                "body": (
                    "Als Elektriker achte ich auf drei Dinge:\n\n"
                    "1. **800 W Ausgangsleistung**, die heute erlaubt sind – ein 600-W-Gerät "
                    "würde ich nicht mehr kaufen.\n"
                    "2. **Zertifikat nach VDE-AR-N 4105** mit integriertem NA-Schutz. Steht das "
                    "nicht im Datenblatt: Finger weg.\n"
                    "3. **Auslesbarkeit:** Mit WLAN oder einer offenen Schnittstelle (OpenDTU "
                    "bei Hoymiles) seht ihr den Ertrag, ohne eine Cloud zu brauchen.\n\n"
                    "Das Relais ist eher Komfort. Wichtig ist, dass der Wechselrichter bei "
                    "Netzausfall sicher abschaltet – dafür sorgt der NA-Schutz."
                ),
                "votes": 9,
                "accepted": True,
            },
            {
                "author": "markus_t",
                "hours_after": 7,
                "body": (
                    "Dem schließe ich mich an. Mein Tipp: Den Wechselrichter so montieren, dass "
                    "er nicht in der prallen Mittagssonne hängt – dann regelt er im Sommer "
                    "seltener wegen Hitze ab."
                ),
                "votes": 4,
            },
        ],
    },
    {
        "author": "jonas_h",
        "kind": "idea",
        "hours": 22,
        "title": "Idee: Ein Tarif, der zum Balkonkraftwerk passt – günstiger Strom am Abend",
        "body": (
            "Mittags erzeugt mein Balkonkraftwerk genug, teuren Strom brauche ich abends. Ein "
            "Tarif mit günstigerem Abendpreis wäre für Balkonkraftwerk-Besitzer ideal – am "
            "liebsten ohne teures Zubehör für den Zähler."
        ),
        "tags": ["idee", "tarif", "einspeisung"],
        "votes": 9,
        "answers": [
            {
                "author": "dieter_r",
                "hours_after": 6,
                "body": (
                    "Ein zeitvariabler Tarif braucht allerdings ein intelligentes Messsystem – "
                    "das ist die eigentliche Hürde. Trotzdem: dafür."
                ),
                "votes": 5,
            },
        ],
        "statuses": [
            (
                "under_review",
                50,
                "Wir prüfen mit dem Tarifteam, was mit den heutigen Zählern geht. Ein "
                "zeitvariabler Tarif setzt ein intelligentes Messsystem voraus; wir melden uns "
                "hier, sobald wir mehr wissen.",
            ),
        ],
    },
    {
        "author": "sabine_k",
        "hours": 28,
        "title": "OpenDTU im IoT-VLAN: Wechselrichter wird nicht gefunden",
        "body": (
            "Ich habe OpenDTU auf einem ESP32 gebaut und ins IoT-VLAN gehängt. Die "
            "Weboberfläche ist erreichbar, aber der Hoymiles wird nicht gefunden: *Keine "
            "Antwort vom Wechselrichter*. Die Seriennummer stimmt. Hat jemand eine Idee?"
        ),
        "tags": ["opendtu", "wechselrichter", "hoymiles"],
        "votes": 4,
        "answers": [
            {
                "author": "markus_t",
                "hours_after": 5,
                "body": (
                    "Das VLAN ist unschuldig: OpenDTU spricht mit dem Wechselrichter per Funk, "
                    "nicht über dein Netz. Für die HMS-Modelle brauchst du das "
                    "CMT2300A-Funkmodul – mit einem NRF24 findet OpenDTU sie nie. Prüf außerdem "
                    "unter *Einstellungen → DTU* die Sendeleistung: Mehr als zehn Meter durch "
                    "Stahlbeton schafft das Modul kaum."
                ),
                "votes": 7,
                "accepted": True,
            },
            {
                "author": "mehmet_y",
                "hours_after": 9,
                "body": "Und die Antenne am CMT2300A nicht vergessen, ohne sie kommt kaum was an.",
                "votes": 2,
            },
        ],
    },
    {
        "author": "fatma_o",
        "kind": "idea",
        "hours": 30,
        "title": "Idee: Sammelbestellung von Balkonkraftwerken für Kundinnen und Kunden",
        "body": (
            "Viele in meiner Nachbarschaft hätten gern ein Balkonkraftwerk, trauen sich aber "
            "nicht an die Auswahl. Wie wäre es mit einer Sammelbestellung über euch: geprüfte "
            "Sets, ein Rabatt und ein Termin, an dem jemand bei der Montage hilft?"
        ),
        "tags": ["idee", "montage", "kauf"],
        "votes": 6,
        "answers": [
            {
                "author": "markus_t",
                "hours_after": 4,
                "body": "Die Hilfe bei der Montage fände ich fast wichtiger als den Rabatt.",
                "votes": 3,
            },
        ],
        "statuses": [
            ("under_review", 24, ""),
            (
                "declined",
                70,
                "Danke, Fatma, und allen, die abgestimmt haben. Geräte verkaufen wir als "
                "Energieversorger nicht selbst, und eine Montage dürfen wir nicht anbieten. "
                "Was wir stattdessen vorbereiten: eine Checkliste für den Kauf und eine "
                "Übersicht geprüfter Sets hier in der Community.",
            ),
        ],
    },
    {
        "author": "klaus_w",
        "hours": 45,
        "title": "Lohnt sich ein Speicher bei 2.500 kWh Jahresverbrauch?",
        "body": (
            "Wir sind zu zweit und verbrauchen etwa 2.500 kWh im Jahr. Das Balkonkraftwerk "
            "läuft seit dem Frühjahr. Jetzt bietet mir der Händler einen Speicher mit 2 kWh für "
            "900 € an. Rechnet sich das?"
        ),
        "tags": ["speicher", "wirtschaftlichkeit"],
        "votes": 6,
        "answers": [
            {
                "author": "dieter_r",
                "hours_after": 4,
                "body": (
                    "Grob überschlagen, Klaus: Ein 2-kWh-Speicher wird an guten Tagen einmal "
                    "voll und abends wieder leer. Realistisch verschiebst du so 300 bis 400 kWh "
                    "im Jahr vom Mittag in den Abend. Bei 35 ct/kWh sind das 105 bis 140 € im "
                    "Jahr, bei 900 € also sieben bis neun Jahre, bis er sich bezahlt hat – die "
                    "Garantie liegt meist bei zehn Jahren.\n\n"
                    "Seid ihr tagsüber zu Hause und lasst Waschmaschine und Geschirrspüler "
                    "mittags laufen, braucht ihr den Speicher noch weniger."
                ),
                "votes": 10,
                "accepted": True,
            },
            {
                "author": "mehmet_y",
                "hours_after": 8,
                "body": (
                    "Wichtig noch: Hat der Speicher einen eigenen Wechselrichter, zählt die "
                    "Ausgangsleistung zusammen – mehr als 800 W dürfen es insgesamt nicht sein."
                ),
                "votes": 4,
            },
        ],
    },
    {
        "author": "nina_l",
        "kind": "idea",
        "hours": 60,
        "title": "Idee: Beim Melden des Balkonkraftwerks gleich den Termin für den Zähler buchen",
        "body": (
            "Nach der Anmeldung im Marktstammdatenregister habe ich drei Wochen auf den neuen "
            "Zähler gewartet und zweimal angerufen. Schön wäre ein Online-Formular, in dem ich "
            "die Anlage melde und direkt einen Termin für den Zählertausch auswähle."
        ),
        "tags": ["idee", "zaehlerwechsel", "anmeldung"],
        "votes": 8,
        "answers": [
            {
                "author": "petra_s",
                "hours_after": 7,
                "body": "Genau das! Bei mir waren es sogar fünf Wochen bis zum Termin.",
                "votes": 2,
            },
        ],
    },
    {
        "author": "ahmed_s",
        "hours": 70,
        "title": "Which mounting brackets for a steel railing on the 4th floor?",
        "body": (
            "Our flat in Frankfurt is on the 4th floor and has a steel railing. I want to hang "
            "two panels on the outside. The kits I find online come with different brackets – "
            "what should I look for so that they are safe in strong wind?"
        ),
        "tags": ["montage", "halterung", "english"],
        "votes": 3,
        "answers": [
            {
                "author": "mehmet_y",
                "hours_after": 6,
                "body": (
                    "Good that you ask before drilling! On a steel railing, use brackets that "
                    "clamp around the top rail *and* a second point lower down, never the top "
                    "rail alone. Look for a wind load rating per module from the manufacturer "
                    "and stainless screws, and secure each panel with a steel safety cable as "
                    "well. Outside the railing on the 4th floor, please ask your landlord "
                    "first: in many buildings that needs their approval."
                ),
                "votes": 5,
            },
        ],
    },
    {
        "author": "emily_r",
        "kind": "idea",
        "hours": 80,
        "title": "Idea: a monthly yield summary by email, in English too",
        "body": (
            "I'd love a short email once a month: how much my two panels produced, how much "
            "of it I used myself and roughly what that saved me. And please offer it in "
            "English – the app is only partly translated."
        ),
        "tags": ["idee", "ertrag", "english"],
        "votes": 5,
        "answers": [],
    },
]

# -- 3. Frag unsere Netzwerk-Techniker: an ask-the-expert hour next week ----------------

NETWORK_HOUR = {
    "title": "Frag unsere Netzwerk-Techniker",
    "slug": "frag-die-netzwerk-techniker",
    "type": "ask_the_expert",
    "category": "internet-telefonie",
    "goal": ("answers", 25),
    "tags": ["router", "wlan", "mesh", "glasfaser"],
    "experts": ["sabine_k", "david_c"],
    "hosts": ["mod_tom"],
    "call_to_action": "Jetzt beitreten – wir erinnern dich, wenn die Fragestunde beginnt.",
    "brief": (
        "Zwei Stunden lang, live: Unsere Netzwerk-Fachleute beantworten eure Fragen zu "
        "Router, WLAN, Mesh und Glasfaser.\n\n"
        "## Wer antwortet\n\n"
        "- **Sabine** – Community-Expertin für Internet & Telefonie, Mesh und VLANs\n"
        "- **David** – Netzwerk und Heimautomation, antwortet auch auf Englisch\n"
        "- **Tom** aus dem Service-Team prüft eure Leitung, wenn es um Störungen geht\n\n"
        "## So machst du mit\n\n"
        "Tritt jetzt bei, dann erinnern wir dich, wenn es losgeht. Während der Stunde stellst "
        "du deine Frage direkt auf dieser Seite. Nenn dabei dein Routermodell und deinen "
        "Anschluss (DSL, Kabel oder Glasfaser) – aber bitte keine Kundennummern oder "
        "Passwörter.\n\n"
        "*In English:* a live Q&A hour with our network experts – ask in English or German."
    ),
    # Joined in the days since it was published (hours before now).
    "members": [
        ("fatma_o", -40),
        ("stefan_b", -38),
        ("lukas_m", -30),
        ("heike_p", -22),
        ("emily_r", -15),
        ("raj_p", -9),
        ("nina_l", -3),
    ],
}

# -- 4. Guides outside the campaigns -----------------------------------------------------

GUIDES = [
    {
        "author": "lukas_m",
        "kind": "article",
        "category": "internet-telefonie",
        "days_ago": 45,
        "title": "Anleitung: Ping, Jitter und Paketverlust messen, bevor ihr eine Störung meldet",
        "body": (
            "Wer eine Störung meldet und Messwerte mitbringt, bekommt schneller Hilfe. So "
            "messe ich:\n\n"
            "1. **Per Kabel messen**, nicht über WLAN – sonst misst ihr euer Funknetz.\n"
            "2. **Ping mit vielen Paketen:** unter Windows `ping -n 200 8.8.8.8`, unter macOS "
            "und Linux `ping -c 200 8.8.8.8`. Wichtig sind die verlorenen Pakete (mehr als 1 % "
            "ist zu viel) und die Streuung der Zeiten, der Jitter.\n"
            "3. **Den Weg ansehen:** `tracert` (Windows) bzw. `traceroute` zeigt, ab welchem "
            "Knoten es langsam wird. Hohe Werte nur beim ersten Sprung? Dann liegt es am "
            "eigenen Router.\n"
            "4. **Zur selben Zeit an mehreren Tagen** messen und Uhrzeit und Werte notieren.\n\n"
            "Mit diesen Werten kann das Service-Team die Leitung gezielt prüfen."
        ),
        "tags": ["ping", "stoerung", "anleitung"],
        "votes": 11,
        "answers": [
            {
                "author": "sabine_k",
                "hours_after": 10,
                "body": (
                    "Sehr gut! Ergänzung: `mtr` unter Linux und macOS kombiniert Ping und "
                    "Traceroute und zeigt den Paketverlust pro Knoten auf einen Blick."
                ),
                "votes": 4,
            },
        ],
    },
    {
        "author": "ole_j",
        "kind": "article",
        "category": "mobilfunk",
        "days_ago": 20,
        "title": "Anleitung: Netzabdeckung selbst messen und ein Funkloch melden",
        "body": (
            "Im Norden kenne ich jedes Funkloch persönlich. So messe ich die Abdeckung, bevor "
            "ich mich beschwere:\n\n"
            "- **Signalstärke ablesen:** Android zeigt sie unter *Einstellungen → Über das "
            "Telefon → Status → SIM-Status* in dBm.\n"
            "- **Werte einordnen:** besser als −90 dBm ist gut, −100 dBm schwach, unter "
            "−110 dBm reicht es kaum für ein Telefonat.\n"
            "- **Ort, Uhrzeit und Netz notieren** (4G oder 5G), am besten an drei Tagen.\n"
            "- **Melden:** mit diesen Angaben beim Service oder in der Funkloch-App der "
            "Bundesnetzagentur.\n\n"
            "Ein Screenshot der Werte hilft dem Service-Team mehr als „hier ist kein Netz“."
        ),
        "tags": ["netzabdeckung", "funkloch", "anleitung"],
        "votes": 9,
        "answers": [
            {
                "author": "sophie_w",
                "hours_after": 6,
                "body": (
                    "Danke, Ole! Auf dem iPhone kommt man über `*3001#12345#*` in den "
                    "Feldtest-Modus – das klappt aber nicht mit jeder iOS-Version."
                ),
                "votes": 3,
            },
        ],
    },
]


@dataclass
class _Scene:
    """Who writes, where, and the clock the scene dates things by."""

    users: dict[str, User]
    categories: dict[str, Category]
    now: datetime
    rng: random.Random
    counts: dict[str, int] = field(
        default_factory=lambda: {"topics": 0, "posts": 0, "votes": 0, "ideas": 0, "guides": 0}
    )

    def user(self, username: str) -> User:
        # lea_neu comes from the moderation scene, not from the loader's list.
        user = self.users.get(username)
        if user is None:
            user = db.session.scalar(select(User).where(User.username == username))
        return user

    def past(self, when: datetime) -> datetime:
        """A moment that has come by now."""
        return min(when, self.now - timedelta(minutes=5))


def load_scene(users: dict, categories: dict, admin) -> dict:
    """Create the three campaigns and the guides; returns what the CLI prints.

    `admin` is unused, as the brand team and the moderators act here; it keeps the scenes'
    signature alike.
    """
    scene = _Scene(users=users, categories=categories, now=utcnow(), rng=random.Random(2026))
    last_ledger_row = db.session.scalar(select(func.max(ReputationEvent.id))) or 0
    config = current_app.config
    saved = {key: config[key] for key in RELAXED}
    config.update(RELAXED)
    try:
        ended = _smart_home(scene)
        live = _balkonkraftwerk(scene)
        scheduled = _network_hour(scene)
        for spec in GUIDES:
            asked_at = scene.now - timedelta(days=spec["days_ago"], hours=scene.rng.randint(1, 9))
            _topic(scene, spec, categories[spec["category"]], asked_at, until=scene.now)
    finally:
        config.update(saved)
    # Points from the scene's votes and solutions date from their posts, as in the loader.
    post_date = select(Post.created_at).where(Post.id == ReputationEvent.post_id).scalar_subquery()
    db.session.execute(
        update(ReputationEvent)
        .where(ReputationEvent.id > last_ledger_row, ReputationEvent.post_id.is_not(None))
        .values(created_at=post_date),
        execution_options={"synchronize_session": False},
    )
    db.session.flush()
    return {
        "ended": _summary(ended),
        "live": _summary(live),
        "scheduled": _summary(scheduled),
        **scene.counts,
    }


def _summary(campaign: Campaign) -> dict:
    return {
        "slug": campaign.slug,
        "title": campaign.title,
        "starts_at": campaign.starts_at,
        "ends_at": campaign.ends_at,
    }


# -- the three campaigns -----------------------------------------------------------------


def _smart_home(scene: _Scene) -> Campaign:
    """Ended 17 days ago after two weeks. Joining and asking on its page need a live
    campaign, so it is played now, in a window of the same length, and then moved back to
    where its content is dated."""
    starts_at = _on_the_hour(scene.now - timedelta(days=31))
    length = timedelta(days=14)
    ends_at = starts_at + length
    lena = scene.user(BRAND_MANAGER)
    playing = scene.now - timedelta(minutes=1)
    campaign = _create(scene, lena, SMART_HOME, playing, playing + length)
    campaigns.publish_campaign(lena, campaign)
    _join(scene, campaign, SMART_HOME["members"], starts_at)
    category = campaign.category
    for spec in SMART_HOME_BEFORE:
        _topic(scene, spec, category, starts_at + timedelta(hours=spec["hours"]), until=starts_at)
    for spec in SMART_HOME_TOPICS:
        asked_at = starts_at + timedelta(hours=spec["hours"], minutes=scene.rng.randint(0, 59))
        _topic(scene, spec, category, asked_at, until=ends_at, campaign=campaign)
    campaign.starts_at, campaign.ends_at = starts_at, ends_at
    announced = starts_at - timedelta(days=7)
    _dated(campaign, created=announced - timedelta(days=5), published=announced)
    campaign.start_announced_at, campaign.end_announced_at = starts_at, ends_at
    db.session.flush()
    return campaign


def _balkonkraftwerk(scene: _Scene) -> Campaign:
    """Live for five days now, nine to go; its ideas are on their way through the statuses."""
    starts_at = _on_the_hour(scene.now - timedelta(days=5))
    ends_at = starts_at + timedelta(days=14)
    lena = scene.user(BRAND_MANAGER)
    campaign = _create(scene, lena, BALKONKRAFTWERK, starts_at, ends_at)
    campaigns.publish_campaign(lena, campaign)
    _join(scene, campaign, BALKONKRAFTWERK["members"], starts_at)
    for spec in BALKONKRAFTWERK_TOPICS:
        asked_at = starts_at + timedelta(hours=spec["hours"], minutes=scene.rng.randint(0, 59))
        _topic(scene, spec, campaign.category, asked_at, until=scene.now, campaign=campaign)
    announced = starts_at - timedelta(days=6)
    _dated(campaign, created=announced - timedelta(days=3), published=announced)
    # It has started: `announce_due` must not announce the start days late.
    campaign.start_announced_at = starts_at
    db.session.flush()
    return campaign


def _network_hour(scene: _Scene) -> Campaign:
    """Two hours in six days, from 18:00 the community's time; members have joined already."""
    zone = ZoneInfo(current_app.config["TIMEZONE"])
    day = (scene.now + timedelta(days=6)).replace(tzinfo=UTC).astimezone(zone)
    evening = day.replace(hour=18, minute=0, second=0, microsecond=0)
    starts_at = evening.astimezone(UTC).replace(tzinfo=None)
    lena = scene.user(BRAND_MANAGER)
    campaign = _create(scene, lena, NETWORK_HOUR, starts_at, starts_at + timedelta(hours=2))
    campaigns.publish_campaign(lena, campaign)
    _join(scene, campaign, NETWORK_HOUR["members"], scene.now)
    published = scene.now - timedelta(days=2)
    _dated(campaign, created=published - timedelta(days=1), published=published)
    db.session.flush()
    return campaign


def _create(scene: _Scene, actor: User, spec: dict, starts_at, ends_at) -> Campaign:
    metric, target = spec["goal"]
    return campaigns.create_campaign(
        actor,
        campaigns.CampaignInput(
            title=spec["title"],
            slug=spec["slug"],
            brief=spec["brief"],
            type=spec["type"],
            category=scene.categories[spec["category"]],
            starts_at=starts_at,
            ends_at=ends_at,
            goal_metric=metric,
            goal_target=target,
            call_to_action=spec["call_to_action"],
            tags=spec["tags"],
            experts=spec["experts"],
            hosts=spec["hosts"],
        ),
    )


def _dated(campaign: Campaign, *, created: datetime, published: datetime) -> None:
    campaign.created_at = campaign.updated_at = created
    campaign.published_at = published


def _join(scene: _Scene, campaign: Campaign, members, starts_at: datetime) -> None:
    for username, hours in members:
        member = scene.user(username)
        campaigns.join(member, campaign)
        joined_at = scene.past(starts_at + timedelta(hours=hours, minutes=scene.rng.randint(0, 59)))
        db.session.execute(
            update(CampaignMember)
            .where(CampaignMember.campaign_id == campaign.id, CampaignMember.user_id == member.id)
            .values(joined_at=joined_at),
            execution_options={"synchronize_session": False},
        )


# -- topics, answers, votes --------------------------------------------------------------


def _topic(
    scene: _Scene, spec: dict, category, asked_at: datetime, *, until: datetime, campaign=None
) -> Topic:
    """Ask, answer, vote, accept, promote and move an idea along, dated from `asked_at`;
    votes come before `until` (the end of the campaign, or now)."""
    author = scene.user(spec["author"])
    question = {
        "title": spec["title"],
        "body": spec["body"],
        "category": category,
        "tags": spec["tags"],
        "kind": spec.get("kind", "question"),
    }
    if campaign is not None:
        topic = campaigns.ask_in_campaign(author, campaign, **question)
    else:
        topic = forum.ask_question(author, **question)
    asked_at = scene.past(asked_at)
    opening = _opening(topic)
    _date_post(opening, asked_at)
    topic.created_at = topic.last_activity_at = asked_at
    topic.view_count = scene.rng.randint(40, 60) * (spec["votes"] + 2)
    scene.counts["topics"] += 1
    scene.counts["posts"] += 1
    if topic.kind == "idea":
        scene.counts["ideas"] += 1
    elif topic.kind == "article":
        scene.counts["guides"] += 1
    _votes(scene, opening, spec["votes"], until)
    latest = asked_at
    for answer in spec.get("answers", ()):
        answered_at = scene.past(
            asked_at + timedelta(hours=answer["hours_after"], minutes=scene.rng.randint(0, 59))
        )
        post = forum.post_answer(
            scene.user(answer["author"]),
            topic,
            answer["body"],
            official=answer.get("official", False),
        )
        _date_post(post, answered_at)
        scene.counts["posts"] += 1
        _votes(scene, post, answer["votes"], until)
        if answer.get("accepted"):
            forum.accept_answer(author, post)
        if "promote" in answer:
            _promote(scene, post, answer["promote"], answered_at)
        latest = max(latest, answered_at)
    topic.last_activity_at = latest
    for status, hours, note in spec.get("statuses", ()):
        change = ideas.set_status(scene.user(MODERATOR), topic, status, note)
        change.created_at = scene.past(asked_at + timedelta(hours=hours))
    db.session.flush()
    return topic


def _promote(scene: _Scene, answer: Post, spec: dict, answered_at: datetime) -> Topic:
    """The moderator makes the solution a guide; it joins the campaign (its tags match)
    when the campaigns consumer sees it, after the commit."""
    guide = guides.promote_answer(scene.user(MODERATOR), answer, spec["title"])
    promoted_at = scene.past(answered_at + timedelta(hours=spec["hours_after"]))
    guide.created_at = guide.last_activity_at = promoted_at
    _date_post(_opening(guide), promoted_at)
    guide.view_count = scene.rng.randint(150, 400)
    scene.counts["topics"] += 1
    scene.counts["posts"] += 1
    scene.counts["guides"] += 1
    return guide


def _opening(topic: Topic) -> Post:
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def _date_post(post: Post, when: datetime) -> None:
    # The scene's text must pass the screening: a held post would change the moderation
    # scene's review queue.
    if post.status != "visible":
        raise RuntimeError(f"demo post held by the screening: {post.body[:60]!r}")
    post.created_at = when
    db.session.flush()
    for revision in db.session.scalars(select(Revision).where(Revision.post_id == post.id)):
        revision.created_at = when


def _votes(scene: _Scene, post: Post, count: int, until: datetime) -> None:
    """Up-votes from members who may cast them, in the two days after the post."""
    voters = [
        user
        for user in scene.users.values()
        if user.role == "member" and can(user, "post.vote_up", post)
    ]
    scene.rng.shuffle(voters)
    for voter in voters[:count]:
        forum.cast_vote(voter, post, 1)
        voted_at = post.created_at + timedelta(minutes=scene.rng.randint(10, 48 * 60))
        voted_at = max(post.created_at, min(voted_at, until - timedelta(minutes=1), scene.now))
        db.session.execute(
            update(Vote)
            .where(Vote.user_id == voter.id, Vote.post_id == post.id)
            .values(created_at=voted_at, updated_at=voted_at),
            execution_options={"synchronize_session": False},
        )
        scene.counts["votes"] += 1


def _on_the_hour(when: datetime) -> datetime:
    return when.replace(minute=0, second=0, microsecond=0)
