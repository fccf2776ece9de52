"""Who lives in the demo community, and where they talk.

The demo plays a German telecom and energy supplier's customer community:
mostly German, with an English corner for expats. Staff accounts carry the
known demo password printed by `flask demo`.
"""

CATEGORIES = [
    {
        "slug": "internet-telefonie",
        "name": "Internet & Telefonie",
        "description": "DSL, Glasfaser, Router, WLAN und Festnetz: Fragen rund um den Anschluss.",
        "translations": {
            "en": {
                "name": "Internet & phone",
                "description": "DSL, fibre, routers, Wi-Fi and landline: all about your connection.",
            }
        },
    },
    {
        "slug": "mobilfunk",
        "name": "Mobilfunk",
        "description": "Tarife, SIM und eSIM, Netzabdeckung, Roaming und Smartphones.",
        "translations": {
            "en": {
                "name": "Mobile",
                "description": "Tariffs, SIM and eSIM, coverage, roaming and smartphones.",
            }
        },
    },
    {
        "slug": "rechnung-vertrag",
        "name": "Rechnung & Vertrag",
        "description": "Rechnungen verstehen, Tarifwechsel, Umzug, Kündigung und Zahlungen.",
        "translations": {
            "en": {
                "name": "Bills & contract",
                "description": "Understanding bills, changing tariffs, moving, cancelling and payments.",
            }
        },
    },
    {
        "slug": "strom-gas",
        "name": "Strom & Gas",
        "description": "Abschläge, Zählerstände, Jahresabrechnung und Ökostrom.",
        "translations": {
            "en": {
                "name": "Electricity & gas",
                "description": "Instalments, meter readings, annual statements and green power.",
            }
        },
    },
    {
        "slug": "smart-home",
        "name": "Smart Home",
        "description": "Thermostate, Zwischenstecker, Sensoren und die Smart-Home-App.",
        "translations": {
            "en": {
                "name": "Smart home",
                "description": "Thermostats, smart plugs, sensors and the smart home app.",
            }
        },
    },
    {
        "slug": "balkonkraftwerk",
        "name": "Balkonkraftwerk",
        "description": "Steckersolargeräte anmelden, montieren und messen.",
        "translations": {
            "en": {
                "name": "Balcony solar",
                "description": "Plug-in solar: registering, mounting and measuring your balcony power plant.",
            }
        },
    },
    {
        "slug": "english-corner",
        "name": "English corner",
        "description": "Fragen und Antworten auf Englisch, für alle, die neu in Deutschland sind.",
        "translations": {
            "en": {"description": "Questions and answers in English, for everyone new to Germany."}
        },
    },
]

# role: member | moderator | brand_manager | admin; locale: de | en
USERS = [
    {
        "username": "admin",
        "display_name": "Admin Team",
        "locale": "de",
        "role": "admin",
        "bio": "Technischer Betrieb der Community.",
    },
    {
        "username": "mod_jana",
        "display_name": "Jana (Moderation)",
        "locale": "de",
        "role": "moderator",
        "bio": "Ich moderiere die Community und bin **offizielle Ansprechpartnerin** im Kundenservice.",
    },
    {
        "username": "mod_tom",
        "display_name": "Tom (Service-Team)",
        "locale": "en",
        "role": "moderator",
        "bio": "Customer service, happy to help in English and German.",
    },
    {
        "username": "brand_lena",
        "display_name": "Lena (Markenteam)",
        "locale": "de",
        "role": "brand_manager",
        "bio": "Ich plane die Themenwochen, z. B. rund ums Balkonkraftwerk.",
    },
    {
        "username": "sabine_k",
        "display_name": "Sabine K.",
        "locale": "de",
        "role": "member",
        "bio": "Netzwerk-Nerd aus Köln. Fritzbox, Mesh und VLANs sind mein Hobby.",
    },
    {
        "username": "mehmet_y",
        "display_name": "Mehmet Y.",
        "locale": "de",
        "role": "member",
        "bio": "Elektriker, seit 2023 mit zwei Modulen auf dem Balkon.",
    },
    {
        "username": "klaus_w",
        "display_name": "Klaus Wagner",
        "locale": "de",
        "role": "member",
        "bio": "Rentner, Kunde seit 1998. Ich lese jede Rechnung zweimal.",
    },
    {
        "username": "anna_b",
        "display_name": "Anna B.",
        "locale": "de",
        "role": "member",
        "bio": "Smart-Home-Bastlerin mit Home Assistant.",
    },
    {
        "username": "jonas_h",
        "display_name": "Jonas",
        "locale": "de",
        "role": "member",
        "bio": "Student, immer auf der Suche nach dem günstigsten Tarif.",
    },
    {
        "username": "petra_s",
        "display_name": "Petra Schulz",
        "locale": "de",
        "role": "member",
        "bio": "",
    },
    {
        "username": "lukas_m",
        "display_name": "Lukas M.",
        "locale": "de",
        "role": "member",
        "bio": "Gamer – Ping ist alles.",
    },
    {
        "username": "fatma_o",
        "display_name": "Fatma Ö.",
        "locale": "de",
        "role": "member",
        "bio": "Mutter von drei Kindern, WLAN im ganzen Haus ist Pflicht.",
    },
    {
        "username": "dieter_r",
        "display_name": "Dieter R.",
        "locale": "de",
        "role": "member",
        "bio": "Energieberater im Ruhestand.",
    },
    {
        "username": "julia_f",
        "display_name": "Julia F.",
        "locale": "de",
        "role": "member",
        "bio": "Gerade umgezogen nach Leipzig.",
    },
    {
        "username": "stefan_b",
        "display_name": "Stefan Becker",
        "locale": "de",
        "role": "member",
        "bio": "Homeoffice seit 2020, Glasfaser seit letztem Jahr.",
    },
    {"username": "nina_l", "display_name": "Nina L.", "locale": "de", "role": "member", "bio": ""},
    {
        "username": "markus_t",
        "display_name": "Markus T.",
        "locale": "de",
        "role": "member",
        "bio": "Photovoltaik auf dem Dach und am Balkon.",
    },
    {
        "username": "heike_p",
        "display_name": "Heike P.",
        "locale": "de",
        "role": "member",
        "bio": "Ich habe keine Ahnung von Technik, aber viele Fragen.",
    },
    {
        "username": "ole_j",
        "display_name": "Ole J.",
        "locale": "de",
        "role": "member",
        "bio": "Mobilfunk-Messungen in Schleswig-Holstein.",
    },
    {
        "username": "sophie_w",
        "display_name": "Sophie W.",
        "locale": "de",
        "role": "member",
        "bio": "eSIM-Fan.",
    },
    {
        "username": "tim_k",
        "display_name": "Tim K.",
        "locale": "de",
        "role": "member",
        "bio": "Hausverwalter für 40 Wohnungen.",
    },
    {
        "username": "carla_n",
        "display_name": "Carla N.",
        "locale": "de",
        "role": "member",
        "bio": "",
    },
    {
        "username": "frank_d",
        "display_name": "Frank D.",
        "locale": "de",
        "role": "member",
        "bio": "Zählerstände lese ich jeden Monat ab – Excel-Tabelle inklusive.",
    },
    {
        "username": "emily_r",
        "display_name": "Emily R.",
        "locale": "en",
        "role": "member",
        "bio": "British, living in Munich since 2022.",
    },
    {
        "username": "raj_p",
        "display_name": "Raj P.",
        "locale": "en",
        "role": "member",
        "bio": "Software engineer in Berlin. Still learning German bureaucracy.",
    },
    {
        "username": "maria_g",
        "display_name": "María G.",
        "locale": "en",
        "role": "member",
        "bio": "From Valencia, now in Hamburg.",
    },
    {
        "username": "david_c",
        "display_name": "David C.",
        "locale": "en",
        "role": "member",
        "bio": "Networking and home automation. Happy to help in English.",
    },
    {
        "username": "chen_l",
        "display_name": "Chen L.",
        "locale": "en",
        "role": "member",
        "bio": "PhD student in Aachen.",
    },
    {"username": "olga_v", "display_name": "Olga V.", "locale": "en", "role": "member", "bio": ""},
    {
        "username": "ahmed_s",
        "display_name": "Ahmed S.",
        "locale": "en",
        "role": "member",
        "bio": "Balcony solar enthusiast, first kit installed in Frankfurt.",
    },
]
