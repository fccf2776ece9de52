"""Deutsche Demo-Themen: Kundinnen und Kunden helfen sich bei Anschluss, Vertrag und Energie."""

TOPICS = [
    # ---------------------------------------------------------------- internet-telefonie
    {
        "category": "internet-telefonie",
        "author": "fatma_o",
        "kind": "question",
        "title": "FRITZ!Box 7590: WLAN im Obergeschoss bricht ständig ab – Repeater oder Mesh?",
        "body": (
            "Unsere FRITZ!Box 7590 steht im Flur im Erdgeschoss, die Kinderzimmer sind "
            "oben. Dort habe ich oft nur einen Balken und Videocalls für die Schule "
            "brechen ab.\n\n"
            "Ich habe noch einen alten Repeater von einem anderen Hersteller, der hilft "
            "aber kaum. Lohnt sich ein FRITZ!Repeater mit Mesh, oder gibt es eine bessere "
            "Lösung? Im Haus liegen zwischen den Etagen keine Netzwerkkabel."
        ),
        "tags": ["fritzbox", "wlan", "mesh"],
        "days_ago": 48,
        "views": 1120,
        "votes": 6,
        "answers": [
            {
                "author": "sabine_k",
                "body": (
                    "Ein Repeater von einem anderen Hersteller baut meist ein zweites, "
                    "eigenes Netz auf und halbiert die Bandbreite. Mit einem "
                    "**FRITZ!Repeater 1200 AX** bekommst du echtes Mesh: gleicher "
                    "WLAN-Name, die Geräte wechseln automatisch.\n\n"
                    "Wichtig ist der Standort: nicht oben im Kinderzimmer, sondern "
                    "ungefähr auf halber Strecke, z. B. oben an der Treppe. Die Box zeigt "
                    "dir unter **Heimnetz → Mesh**, wie gut die Verbindung zum Repeater "
                    "ist. Der Repeater hat zwei Funkeinheiten, eine davon nutzt er nur für "
                    "die Strecke zur Box."
                ),
                "votes": 14,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "fatma_o",
                        "body": "Treppe oben wäre kein Problem, da ist eine Steckdose. Danke!",
                    },
                ],
            },
            {
                "author": "lukas_m",
                "body": (
                    "Alternative, falls es mit Funk nicht reicht: Powerline über die "
                    "Stromleitung, z. B. FRITZ!Powerline 1260. Hängt aber stark von der "
                    "Elektrik im Haus ab. Bei meinen Eltern lief das super, bei mir im "
                    "Altbau eher mäßig."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Kurzes Update: Repeater ist seit Samstag an der Treppe, "
                    "Mesh-Übersicht zeigt „sehr gut“. Oben jetzt stabil um die 180 Mbit/s, "
                    "die Videocalls laufen ohne Abbrüche. Danke, hat geklappt!"
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 98,
                "comments": [
                    {
                        "author": "sabine_k",
                        "body": (
                            "Super, freut mich! Den alten Repeater dann bitte wirklich abstecken 😉"
                        ),
                    },
                ],
            },
            {
                "author": "carla_n",
                "body": (
                    "Kleiner Zusatz: Den FRITZ!Repeater zum Einrichten erst neben die Box "
                    "stellen, an beiden Geräten die **Connect**-Taste drücken und ihn erst "
                    "danach an den endgültigen Platz bringen. Dann übernimmt er alle "
                    "Einstellungen automatisch."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 120,
                "comments": [],
            },
        ],
        "comments": [
            {
                "author": "sabine_k",
                "body": "Welche FRITZ!OS-Version ist drauf? Mesh gibt es ab 7.x sauber.",
            },
        ],
    },
    {
        "category": "internet-telefonie",
        "author": "stefan_b",
        "kind": "question",
        "title": "Glasfaser: Techniker war da, aber am Glasfasermodem leuchtet „LOS“ rot",
        "body": (
            "Gestern war der Techniker da, hat die Glasfaserdose (Gf-TA) gesetzt und das "
            "Modem angeschlossen. Seit heute früh leuchtet am Modem **LOS** rot und "
            "**PON** blinkt nur. Internet geht natürlich nicht, ich sitze im Homeoffice "
            "gerade am Handy-Hotspot.\n\n"
            "Was ich schon probiert habe:\n\n"
            "- Modem 10 Minuten stromlos gemacht\n"
            "- Patchkabel vorsichtig ab- und wieder angesteckt (Schutzkappe war ab)\n"
            "- Home-ID in der App geprüft, passt zur Dose\n\n"
            "Ist das ein Fehler bei mir oder im Haus?"
        ),
        "tags": ["glasfaser", "modem", "stoerung"],
        "days_ago": 21,
        "views": 860,
        "votes": 5,
        "answers": [
            {
                "author": "sabine_k",
                "body": (
                    "**LOS** heißt „Loss of Signal“: Beim Modem kommt kein Licht an. Wenn "
                    "du das Kabel schon geprüft hast, liegt es sehr wahrscheinlich nicht "
                    "an dir, sondern am Hausübergabepunkt im Keller oder an der Verbindung "
                    "draußen. Bitte nicht in die Faser oder die Buchse schauen, und das "
                    "Kabel nicht knicken."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 1,
                "comments": [],
            },
            {
                "author": "mod_jana",
                "body": (
                    "Hallo Stefan, danke für die ausführliche Beschreibung, das spart uns "
                    "viel Zeit. Ich habe mir deinen Anschluss angesehen: Auf der Strecke "
                    "zum Hausübergabepunkt fehlt ein Spleiß, das wurde beim Termin leider "
                    "nicht abgeschlossen.\n\n"
                    "Ich habe einen Entstörauftrag angelegt, die Nummer findest du in "
                    "**Mein Konto → Meldungen**. Der Techniker kommt morgen zwischen 8 und "
                    "12 Uhr, ins Haus muss er dafür nur in den Keller. Für die Tage ohne "
                    "Anschluss bekommst du automatisch eine Entschädigung auf der nächsten "
                    "Rechnung."
                ),
                "votes": 11,
                "accepted": True,
                "official": True,
                "hours_after": 4,
                "comments": [
                    {
                        "author": "stefan_b",
                        "body": (
                            "Danke Jana, ich sage dem Hausmeister Bescheid, dass der "
                            "Keller offen ist."
                        ),
                    },
                ],
            },
            {
                "author": "stefan_b",
                "body": (
                    "Techniker war heute um 9 da, 20 Minuten im Keller, jetzt sind alle "
                    "LEDs grün. Speedtest über LAN: 492 Mbit/s runter, 248 hoch. Danke, "
                    "hat geklappt!"
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 27,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "lukas_m",
        "kind": "question",
        "title": "DS-Lite: Portfreigabe für meinen Minecraft-Server funktioniert einfach nicht",
        "body": (
            "Ich habe in der FRITZ!Box eine Portfreigabe für TCP `25565` auf meinen "
            "Server-PC eingerichtet. Intern klappt alles, von außen kommt aber niemand "
            "drauf. Portchecker sagen „geschlossen“.\n\n"
            "Unter **Internet → Online-Monitor** steht bei IPv4 „DS-Lite-Tunnel“. Hat das "
            "damit zu tun? Meine Freunde haben fast alle nur IPv4."
        ),
        "tags": ["ds-lite", "ipv4", "portfreigabe", "gaming"],
        "days_ago": 95,
        "views": 2340,
        "votes": 12,
        "answers": [
            {
                "author": "sabine_k",
                "body": (
                    "Ja, genau das ist der Grund. Bei **DS-Lite** hast du keine eigene "
                    "öffentliche IPv4-Adresse, du teilst sie dir per Carrier-Grade-NAT mit "
                    "vielen anderen Kunden. Portfreigaben für IPv4 können deshalb gar "
                    "nicht bei dir ankommen.\n\n"
                    "Über IPv6 wäre dein Server erreichbar, aber nur für Leute, die selbst "
                    "IPv6 haben. Für Spiele mit Freunden brauchst du einen echten "
                    "Dual-Stack-Anschluss."
                ),
                "votes": 17,
                "accepted": False,
                "official": False,
                "hours_after": 1,
                "comments": [
                    {
                        "author": "lukas_m",
                        "body": (
                            "Ah, das erklärt auch, warum mein NAT-Typ auf der Konsole "
                            "immer „strikt“ ist."
                        ),
                    },
                ],
            },
            {
                "author": "mod_tom",
                "body": (
                    "Hi Lukas, Sabine hat das schon perfekt erklärt. Für Privatkunden "
                    "kannst du die Umstellung auf **Dual Stack mit öffentlicher IPv4** "
                    "kostenlos beantragen: **Mein Konto → Internet → Anschlussoptionen**. "
                    "Die Umstellung dauert meist bis zum nächsten Tag, danach die "
                    "FRITZ!Box einmal neu starten.\n\n"
                    "Die IPv4-Adresse bleibt dynamisch, für einen Server also am besten "
                    "einen DynDNS-Dienst in der Box eintragen."
                ),
                "votes": 21,
                "accepted": True,
                "official": True,
                "hours_after": 6,
                "comments": [
                    {
                        "author": "lukas_m",
                        "body": (
                            "Beantragt, am nächsten Morgen war es umgestellt. Server läuft, danke!"
                        ),
                    },
                    {
                        "author": "jonas_h",
                        "body": (
                            "Gut zu wissen, dass das kostenlos ist. Hatte schon mit "
                            "Aufpreis gerechnet."
                        ),
                    },
                ],
            },
            {
                "author": "ole_j",
                "body": (
                    "Nur der Vollständigkeit halber, falls die Umstellung mal nicht "
                    "möglich ist: Man kann den Server auch über einen kleinen gemieteten "
                    "Server mit öffentlicher IPv4 per VPN-Tunnel erreichbar machen. Ist "
                    "aber deutlich mehr Bastelei als der Haken in Mein Konto."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "klaus_w",
        "kind": "question",
        "title": "Seit dem Routertausch klingelt mein Festnetztelefon nicht mehr",
        "body": (
            "Ich habe letzte Woche eine neue FRITZ!Box 7530 bekommen, weil die alte kaputt "
            "war. Internet geht, aber mein schnurgebundenes Telefon (Gigaset, steckt im "
            "Anschluss **FON 1**) klingelt nicht mehr, wenn mich jemand anruft. Rausrufen "
            "geht auch nicht, es ist nur still.\n\n"
            "Meine Tochter wohnt weit weg und ich möchte nicht jedes Mal einen Techniker "
            "bestellen. Was muss ich einstellen?"
        ),
        "tags": ["festnetz", "fritzbox", "telefonie"],
        "days_ago": 131,
        "views": 640,
        "votes": 4,
        "answers": [
            {
                "author": "petra_s",
                "body": (
                    "Hatte ich genauso. Bei mir stand in der neuen Box bei der Telefonie "
                    "noch gar keine Rufnummer drin, obwohl das Internet lief."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "sabine_k",
                "body": (
                    "Hallo Klaus, das lässt sich in fünf Minuten lösen:\n\n"
                    "1. Im Browser `http://fritz.box` öffnen und anmelden.\n"
                    "2. **Telefonie → Eigene Rufnummern**: Steht deine Nummer dort mit "
                    "grünem Punkt? Wenn nicht, mit dem Assistenten neu einrichten, die "
                    "Zugangsdaten stehen in Mein Konto.\n"
                    "3. **Telefonie → Telefoniegeräte**: Gerät an FON 1 anklicken und bei "
                    "„Ankommende Anrufe“ deine Nummer ankreuzen, bei „Ausgehende Anrufe“ "
                    "ebenfalls.\n\n"
                    "Danach das Telefon kurz ausstecken und wieder einstecken."
                ),
                "votes": 12,
                "accepted": True,
                "official": False,
                "hours_after": 4,
                "comments": [
                    {
                        "author": "klaus_w",
                        "body": (
                            "Schritt 3 war es. Die Nummer war nirgends angehakt. Vielen "
                            "Dank, Frau K.!"
                        ),
                    },
                ],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Falls noch schnurlose Telefone dazukommen: Die müssen an der neuen "
                    "Box auch neu angemeldet werden. Am Mobilteil **Anmelden** wählen und "
                    "an der FRITZ!Box die DECT-Taste etwa zehn Sekunden gedrückt halten, "
                    "bis sie blinkt."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 26,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "heike_p",
        "kind": "question",
        "title": "Was bedeutet „Internettelefonie nicht registriert“ in der FRITZ!Box?",
        "body": (
            "In der Übersicht meiner FRITZ!Box steht bei meiner Telefonnummer ein roter "
            "Punkt und „nicht registriert“. Das Internet funktioniert ganz normal. Ich "
            "habe an den Einstellungen nichts verändert, jedenfalls nicht absichtlich. "
            "Muss ich da etwas tun oder ist das ein Fehler bei euch?"
        ),
        "tags": ["telefonie", "sip", "fritzbox"],
        "days_ago": 61,
        "views": 980,
        "votes": 3,
        "answers": [
            {
                "author": "stefan_b",
                "body": (
                    "Meistens passen die SIP-Zugangsdaten nicht mehr, z. B. nach einem "
                    "Update oder Zurücksetzen. Schau mal unter **Telefonie → Eigene "
                    "Rufnummern**, ob Benutzername und Registrar dort noch eingetragen "
                    "sind. Manchmal hilft auch ein Neustart der Box."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "mod_jana",
                "body": (
                    "Hallo Heike, bei deinem Anschluss wurde vor einigen Tagen das "
                    "Telefonie-Passwort zurückgesetzt, weil auffällig viele "
                    "Fehlanmeldungen kamen. Das ist eine Schutzmaßnahme, du hast also "
                    "nichts falsch gemacht.\n\n"
                    "Die neuen Daten findest du in **Mein Konto → Telefonie → Zugangsdaten "
                    "für eigenen Router**. In der FRITZ!Box trägst du sie so ein:\n\n"
                    "```\n"
                    "Registrar:       sip.example.net\n"
                    "Benutzername:    deine Rufnummer mit Vorwahl, z. B. 0221123456\n"
                    "Kennwort:        das neue Telefonie-Passwort\n"
                    "```\n\n"
                    "Wenn es danach nicht grün wird, melde dich gern per Privatnachricht."
                ),
                "votes": 9,
                "accepted": True,
                "official": True,
                "hours_after": 5,
                "comments": [
                    {
                        "author": "heike_p",
                        "body": (
                            "Mit der Anleitung habe sogar ich das hinbekommen. Punkt ist grün!"
                        ),
                    },
                ],
            },
            {
                "author": "sabine_k",
                "body": (
                    "Tipp für alle mit demselben Fehler: Unter **System → Ereignisse → "
                    "Telefonie** steht der genaue Grund. `403 Forbidden` heißt fast immer "
                    "falsches Kennwort, `Timeout` eher Netzwerkproblem oder falscher "
                    "Registrar."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 8,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "julia_f",
        "kind": "question",
        "title": "Altbauwohnung in Leipzig: Ich finde keine TAE-Dose für den DSL-Anschluss",
        "body": (
            "Ich bin gerade in eine Altbauwohnung in Leipzig-Connewitz gezogen, der "
            "DSL-Anschluss soll nächsten Dienstag geschaltet werden. Jetzt habe ich alle "
            "Wände abgesucht und finde keine Telefondose. Nur im Flur kommt ein graues "
            "Kabel aus der Wand, das einfach abgeschnitten ist.\n\n"
            "Muss ich jetzt selbst einen Elektriker holen oder macht das der Techniker?"
        ),
        "tags": ["dsl", "tae-dose", "umzug"],
        "days_ago": 201,
        "views": 410,
        "votes": 2,
        "answers": [
            {
                "author": "tim_k",
                "body": (
                    "Aus Hausverwaltersicht: Das graue Kabel ist sehr wahrscheinlich die "
                    "alte Telefonleitung. Die führt zum **APL** (Abschlusspunkt "
                    "Linientechnik), meist im Keller oder im Treppenhaus hinter einer "
                    "kleinen grauen Klappe.\n\n"
                    "Frag kurz bei deiner Hausverwaltung nach, welche Leitung zu deiner "
                    "Wohnung gehört, und sag beim Schalttermin Bescheid, dass keine Dose "
                    "vorhanden ist. Dann bringt der Techniker eine neue TAE-Dose mit und "
                    "setzt sie. Bei uns war das kostenlos, weil die Leitung bis in die "
                    "Wohnung zum Anschluss dazugehört."
                ),
                "votes": 8,
                "accepted": True,
                "official": False,
                "hours_after": 6,
                "comments": [
                    {
                        "author": "julia_f",
                        "body": (
                            "Der APL war tatsächlich im Keller, die Verwaltung hat mir die "
                            "Nummer genannt. Termin ist bestätigt."
                        ),
                    },
                ],
            },
            {
                "author": "sabine_k",
                "body": (
                    "Kleiner Tipp noch: Die erste Dose in der Wohnung gehört an die "
                    "Stelle, an der der Router stehen soll. Überleg dir das vorher, dann "
                    "musst du später keine langen Kabel durch den Flur legen."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [],
            },
            {
                "author": "julia_f",
                "body": (
                    "Kurzes Feedback: Der Techniker hat die Dose im Flur gesetzt, nach 40 "
                    "Minuten lief der Anschluss. Kosten: keine. Danke nochmal für den Tipp "
                    "mit dem APL!"
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 170,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "sabine_k",
        "kind": "question",
        "title": (
            "Eigener Router (OPNsense) am Glasfaseranschluss: Welche VLAN-ID und PPPoE-Daten?"
        ),
        "body": (
            "Ich möchte am Glasfaseranschluss statt der FRITZ!Box meine OPNsense-Firewall "
            "direkt hinter das Glasfasermodem hängen. Die PPPoE-Zugangsdaten habe ich aus "
            "Mein Konto, aber die Einwahl klappt nicht, im Log steht nur:\n\n"
            "```\n"
            "ppp: PADI timeout, no PADO received\n"
            "```\n\n"
            "Muss auf dem WAN-Interface ein VLAN getaggt werden? Wenn ja, welche ID? In "
            "der Hilfe finde ich dazu nur Infos für DSL."
        ),
        "tags": ["glasfaser", "pppoe", "vlan", "routerfreiheit"],
        "days_ago": 172,
        "views": 1890,
        "votes": 15,
        "answers": [
            {
                "author": "stefan_b",
                "body": (
                    "Ja, auch bei Glasfaser muss auf dem WAN getaggt werden, bei mir ist "
                    "es **VLAN 7**, genau wie bei DSL. Ohne VLAN bekommst du genau diesen "
                    "PADI-Timeout.\n\n"
                    "In OPNsense: unter **Interfaces → Other Types → VLAN** ein VLAN mit "
                    "Tag 7 auf dem physischen WAN-Port anlegen und dann das "
                    "PPPoE-Interface auf dieses VLAN legen, nicht auf den Port selbst. MTU "
                    "für PPPoE auf 1492 lassen."
                ),
                "votes": 19,
                "accepted": True,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "sabine_k",
                        "body": (
                            "Genau das war es, ich hatte PPPoE direkt auf igb0 gelegt. "
                            "Läuft jetzt mit IPv4 und /56 IPv6-Präfix."
                        ),
                    },
                ],
            },
            {
                "author": "lukas_m",
                "body": (
                    "Ergänzung für IPv6: Bei mir musste ich auf dem WAN „DHCPv6“ mit "
                    "„Request only an IPv6 prefix“ und Präfixgröße 56 einstellen, sonst "
                    "kam nur eine Adresse ohne Präfix für das LAN."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
            {
                "author": "anna_b",
                "body": (
                    "Danke für den Thread! Hat bei mir mit einem Unifi-Gateway auf Anhieb "
                    "geklappt. Dort heißt die Einstellung im Internet-Profil einfach "
                    "**VLAN ID** und muss ebenfalls auf 7 stehen."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 70,
                "comments": [],
            },
        ],
        "comments": [
            {"author": "jonas_h", "body": "Bin gespannt, hab dasselbe mit pfSense vor."},
        ],
    },
    {
        "category": "internet-telefonie",
        "author": "nina_l",
        "kind": "question",
        "title": "Abends nur noch 20 statt 100 Mbit/s – liegt das an der Leitung?",
        "body": (
            "Tagsüber habe ich beim Speedtest um die 95 Mbit/s, ab etwa 19 Uhr sinkt es "
            "auf 15–25 Mbit/s. Streaming ruckelt dann, Serien laden ewig. Ich messe am "
            "Laptop im Wohnzimmer, der Router steht im Arbeitszimmer.\n\n"
            "Ist das eine Überlastung bei euch im Netz? Ich zahle schließlich für 100."
        ),
        "tags": ["geschwindigkeit", "wlan", "speedtest"],
        "days_ago": 14,
        "views": 720,
        "votes": 3,
        "answers": [
            {
                "author": "lukas_m",
                "body": (
                    "Bevor du die Leitung verdächtigst: Miss mal abends per **LAN-Kabel** "
                    "direkt am Router. Wenn da die vollen 100 ankommen, ist es das WLAN "
                    "und nicht der Anschluss."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 1,
                "comments": [],
            },
            {
                "author": "sabine_k",
                "body": (
                    "Typisch für Wohnhäuser: Abends sind alle Nachbarn zu Hause und im "
                    "**2,4-GHz-Band** funken dann zwanzig Netze auf denselben drei "
                    "Kanälen. Das sieht aus wie eine langsame Leitung, ist aber Funk-Stau.\n\n"
                    "- Laptop ins **5-GHz-Netz** bringen (eigener WLAN-Name hilft beim "
                    "Testen)\n"
                    "- In der FRITZ!Box unter **WLAN → Funkkanal** die Kanalbelegung "
                    "ansehen\n"
                    "- Router nicht in den Schrank, sondern frei und erhöht aufstellen"
                ),
                "votes": 10,
                "accepted": True,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "ole_j",
                "body": (
                    "Und falls es per Kabel doch mal dauerhaft zu langsam ist: Mit der "
                    "offiziellen Breitbandmessung der Bundesnetzagentur kannst du ein "
                    "Messprotokoll erstellen. Damit hast du bei erheblichen Abweichungen "
                    "ein Recht auf Minderung oder Sonderkündigung."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 8,
                "comments": [],
            },
            {
                "author": "nina_l",
                "body": (
                    "Ihr hattet recht: Mit Kabel um 20:30 Uhr 97 Mbit/s. Der Laptop hing "
                    "tatsächlich im 2,4-GHz-Netz. Jetzt mit 5 GHz im Wohnzimmer abends um "
                    "die 80, das reicht locker."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [
                    {"author": "lukas_m", "body": "👍 Klassiker."},
                ],
            },
        ],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "petra_s",
        "kind": "question",
        "title": "Rufnummer vom alten Anbieter mitnehmen – wann wird die Nummer portiert?",
        "body": (
            "Mein neuer Anschluss läuft seit Montag, aber meine alte Festnetznummer ist "
            "noch beim alten Anbieter. Bei der Bestellung habe ich die Rufnummernmitnahme "
            "angekreuzt. In Mein Konto steht bei Telefonie nur „Portierung in "
            "Bearbeitung“.\n\n"
            "Wie lange dauert das üblicherweise? Meine Arztpraxen haben nur diese Nummer."
        ),
        "tags": ["portierung", "rufnummer", "anbieterwechsel"],
        "days_ago": 36,
        "views": 530,
        "votes": 2,
        "answers": [
            {
                "author": "jonas_h",
                "body": (
                    "Bei mir hat es elf Tage gedauert. Die Nummer wird erst zum "
                    "Vertragsende beim alten Anbieter umgeschaltet, nicht zum Start des "
                    "neuen Anschlusses."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Die Portierung läuft immer zum **Kündigungstermin** des alten "
                    "Vertrags. Schau in die Kündigungsbestätigung des alten Anbieters, "
                    "dort steht das Datum. Am Umschalttag kann die Nummer ein paar Stunden "
                    "nicht erreichbar sein, das ist normal.\n\n"
                    "Bis dahin bist du unter der alten Nummer weiter am alten Anschluss "
                    "erreichbar, falls der noch eingesteckt ist. Bei mir 2019 hat das "
                    "genau so funktioniert."
                ),
                "votes": 7,
                "accepted": True,
                "official": False,
                "hours_after": 6,
                "comments": [
                    {
                        "author": "petra_s",
                        "body": (
                            "Laut Bestätigung ist der 30. das Ende. Dann warte ich bis "
                            "dahin, danke."
                        ),
                    },
                ],
            },
            {
                "author": "petra_s",
                "body": (
                    "Nachtrag: Am 30. gegen 11 Uhr war die Nummer umgeschaltet. Ich habe "
                    "mich gleich von der Nachbarin anrufen lassen, klingelt am neuen "
                    "Anschluss. Alles gut!"
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 400,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "carla_n",
        "kind": "question",
        "title": (
            "Muss ich den gemieteten Speedport behalten oder darf ich eine eigene FRITZ!Box nutzen?"
        ),
        "body": (
            "Ich zahle seit zwei Jahren 4,99 € im Monat Miete für einen Speedport. Ein "
            "Bekannter meint, ich könnte auch einfach eine gebrauchte FRITZ!Box nehmen. "
            "Geht das ohne Probleme, und wie werde ich die Miete los?"
        ),
        "tags": ["router", "routerfreiheit", "speedport"],
        "days_ago": 248,
        "views": 1560,
        "votes": 8,
        "answers": [
            {
                "author": "sabine_k",
                "body": (
                    "In Deutschland gilt **Routerfreiheit**: Du darfst jedes passende "
                    "Gerät nutzen. Achte nur darauf, dass die Box zu deinem Anschluss "
                    "passt (DSL → z. B. 7530/7590, Glasfaser → Modell mit Glasfaser-Port "
                    "oder hinter dem Modem).\n\n"
                    "Ablauf:\n\n"
                    "1. Zugangsdaten aus **Mein Konto → Internet → Zugangsdaten** notieren\n"
                    "2. FRITZ!Box auf Werkseinstellungen zurücksetzen und mit dem "
                    "Assistenten einrichten\n"
                    "3. Telefonie-Zugangsdaten eintragen\n"
                    "4. Mietgerät in Mein Konto kündigen und zurückschicken (Retourenlabel "
                    "gibt es dort)"
                ),
                "votes": 13,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "jonas_h",
                "body": (
                    "Rechne mal: 4,99 € × 24 Monate sind fast 120 €. Eine gebrauchte 7530 "
                    "bekommst du für 50–70 €. Hat sich nach einem Jahr bezahlt gemacht."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 7,
                "comments": [
                    {"author": "carla_n", "body": "Überzeugt. Gebrauchte 7530 ist bestellt."},
                ],
            },
            {
                "author": "stefan_b",
                "body": (
                    "Achtung beim Zurückschicken: Netzteil und Kabel gehören mit ins "
                    "Paket, sonst wird manchmal eine Pauschale für fehlendes Zubehör "
                    "berechnet. Und vorher das Gerät auf Werkseinstellungen zurücksetzen."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [],
            },
            {
                "author": "carla_n",
                "body": (
                    "Die 7530 läuft seit einer Woche ohne Probleme, der Speedport ist "
                    "zurückgeschickt und die Miete taucht auf der neuen Rechnung nicht "
                    "mehr auf. Danke, hat geklappt!"
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 200,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "ole_j",
        "kind": "question",
        "title": "DSL-Resync jede Nacht gegen 3 Uhr – CRC-Fehler steigen, wer kann helfen?",
        "body": (
            "Seit etwa zwei Wochen verliert meine FRITZ!Box 7590 jede Nacht zwischen 2:50 "
            "und 3:10 Uhr die DSL-Synchronisation. Tagsüber läuft alles stabil.\n\n"
            "| Wert | vorher | jetzt |\n"
            "|---|---|---|\n"
            "| Sync down | 109 Mbit/s | 92 Mbit/s |\n"
            "| Störabstandsmarge | 9 dB | 6 dB |\n"
            "| CRC-Fehler/Tag | < 10 | ca. 3.500 |\n\n"
            "Router und Kabel habe ich schon getauscht. Kennt jemand so ein Muster?"
        ),
        "tags": ["dsl", "resync", "fritzbox"],
        "days_ago": 9,
        "views": 390,
        "votes": 7,
        "answers": [
            {
                "author": "sabine_k",
                "body": (
                    "Erster Gedanke: die **Zwangstrennung**. Die ist aber kein Resync, "
                    "sondern nur eine neue PPPoE-Einwahl. Dass die Sync-Rate sinkt und die "
                    "CRC-Fehler steigen, passt eher zu einem Störer auf der Leitung, z. B. "
                    "einem Gerät, das nachts anspringt (Heizungspumpe, Ladegerät, "
                    "Straßenbeleuchtung)."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "ole_j",
                        "body": (
                            "Zwangstrennung steht bei mir auf 4 Uhr, das ist im Log klar "
                            "getrennt. Der Resync kommt vorher."
                        ),
                    },
                ],
            },
            {
                "author": "stefan_b",
                "body": (
                    "Ich würde das als Störung melden und die Spektrum-Screenshots aus "
                    "**DSL-Informationen → Spektrum** einmal tagsüber und einmal kurz vor "
                    "3 Uhr anhängen. Damit kann der Service deutlich mehr anfangen als mit "
                    "einem Speedtest."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 8,
                "comments": [],
            },
            {
                "author": "ole_j",
                "body": (
                    "Störung ist gemeldet, Screenshots hängen dran. Ich habe außerdem "
                    "testweise alles im Haushalt über Nacht abgeschaltet: Resync kam "
                    "trotzdem. Ich melde mich, wenn der Techniker etwas findet."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 50,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "markus_t",
        "kind": "question",
        "title": (
            "Glasfaser-Ausbau im Ort: Hausbegehung verpasst – bekomme ich trotzdem einen Anschluss?"
        ),
        "body": (
            "Bei uns im Ort wird gerade Glasfaser verlegt. Ich hatte vor Monaten einen "
            "Vorvertrag abgeschlossen, aber den Termin zur Hausbegehung habe ich verpasst, "
            "weil die Karte im Urlaub im Briefkasten lag. Jetzt sind die Bautrupps schon "
            "zwei Straßen weiter.\n\n"
            "Wird mein Haus einfach übersprungen? Kann ich den Termin noch nachholen und "
            "fallen dann Extrakosten für den Hausanschluss an?"
        ),
        "tags": ["glasfaser", "ausbau", "hausanschluss"],
        "days_ago": 33,
        "views": 460,
        "votes": 3,
        "answers": [
            {
                "author": "tim_k",
                "body": (
                    "Bei einem unserer Objekte war es ähnlich. Die Begehung konnten wir "
                    "nachholen, der Hausanschluss wurde dann aber erst in einer zweiten "
                    "Runde gebaut, etwa vier Monate später. Kosten sind keine angefallen, "
                    "weil der Vorvertrag lief."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "julia_f",
                "body": (
                    "Ruf am besten beim Ausbau-Team an, die Nummer steht meistens auf der "
                    "Karte. Solange die Straße offen ist, lohnt es sich, schnell zu sein."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 11,
                "comments": [
                    {
                        "author": "markus_t",
                        "body": (
                            "Die Karte habe ich leider nicht mehr. Ich versuche es über "
                            "den Kundenservice."
                        ),
                    },
                ],
            },
            {
                "author": "stefan_b",
                "body": (
                    "In unserem Ausbaugebiet konnte man den Begehungstermin online im "
                    "Ausbauportal neu buchen, nur mit Auftragsnummer und Postleitzahl. "
                    "Vielleicht gibt es das bei euch auch."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
            {
                "author": "markus_t",
                "body": (
                    "Zwischenstand: Der Kundenservice hat mir einen neuen Begehungstermin "
                    "in drei Wochen gegeben. Ob der Hausanschluss dann noch mit dieser "
                    "Bauphase gebaut wird, konnte mir aber niemand sagen."
                ),
                "votes": 1,
                "accepted": False,
                "official": False,
                "hours_after": 60,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "dieter_r",
        "kind": "question",
        "title": "FRITZ!Fon C6 verliert mehrmals am Tag die Verbindung zur Basis",
        "body": (
            "Mein FRITZ!Fon C6 zeigt seit ein paar Tagen immer wieder „Keine Basis“ an, "
            "obwohl es nur zwei Räume von der FRITZ!Box 7590 entfernt liegt. Nach ein paar "
            "Minuten ist es wieder da. Akku ist neu, Firmware auf beiden Geräten aktuell. "
            "DECT-Eco habe ich schon ausgeschaltet. Hat jemand eine Idee, was ich noch "
            "prüfen kann?"
        ),
        "tags": ["dect", "fritzfon", "telefonie"],
        "days_ago": 1,
        "views": 38,
        "votes": 1,
        "answers": [],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "jonas_h",
        "kind": "question",
        "title": (
            "Lohnt sich das Upgrade von 100 auf 250 Mbit/s, wenn die Leitung nur 175 schafft?"
        ),
        "body": (
            "In der App wird mir ein Upgrade auf **250 Mbit/s** für 10 € mehr im Monat "
            "angeboten. Laut Verfügbarkeitsprüfung sind an meiner Adresse aber nur „bis zu "
            "175 Mbit/s“ möglich.\n\n"
            "Zahle ich dann den vollen Preis für 250 und bekomme nur 175? Oder gibt es "
            "einen passenden Tarif dazwischen? Ich wohne in einer WG, wir sind zu viert."
        ),
        "tags": ["tarif", "vdsl", "geschwindigkeit"],
        "days_ago": 3,
        "views": 64,
        "votes": 0,
        "answers": [],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "mod_jana",
        "kind": "discussion",
        "title": "Störung melden: So helft ihr uns (und euch selbst) bei der Fehlersuche",
        "body": (
            "Hallo zusammen, hier eine kurze Checkliste, mit der wir Störungen deutlich "
            "schneller eingrenzen können. Bitte nennt in eurem Beitrag oder in der "
            "Störungsmeldung:\n\n"
            "- **Anschlussart** (DSL, Glasfaser, Kabel) und Router-Modell\n"
            "- Seit wann das Problem besteht und ob es zu bestimmten Uhrzeiten auftritt\n"
            "- Speedtest **per LAN-Kabel**, nicht über WLAN\n"
            "- Bei DSL: Screenshot der **DSL-Informationen** aus der FRITZ!Box\n"
            "- Was ihr schon probiert habt (Neustart, anderes Kabel …)\n\n"
            "Bitte postet **keine** Kundennummern, Passwörter oder Adressen öffentlich. "
            "Persönliche Daten klären wir per Privatnachricht. Eine ausführliche Version "
            "gibt es in der [Anleitung zur "
            "Störungsmeldung](https://example.org/hilfe/stoerung-melden)."
        ),
        "tags": ["stoerung", "anleitung"],
        "days_ago": 305,
        "views": 4870,
        "votes": 24,
        "answers": [
            {
                "author": "sabine_k",
                "body": (
                    "Sehr gut, danke Jana! Ergänzung von mir: Bei WLAN-Problemen hilft ein "
                    "Screenshot der **Umgebungsnetze** aus der FRITZ!Box enorm. Dann sieht "
                    "man sofort, ob der Kanal überfüllt ist."
                ),
                "votes": 11,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Für uns Ältere wäre schön, wenn die Störungsmeldung auch weiterhin "
                    "telefonisch möglich bleibt. Nicht jeder kann Screenshots machen."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [
                    {
                        "author": "mod_jana",
                        "body": (
                            "Natürlich, Klaus, die Hotline bleibt. Die Liste ist ein "
                            "Angebot, keine Pflicht."
                        ),
                    },
                ],
            },
            {
                "author": "lukas_m",
                "body": (
                    "Könnte man die Liste irgendwo oben anpinnen? Die Hälfte der Beiträge "
                    "hier wäre mit einem LAN-Speedtest schon erledigt 😄"
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 26,
                "comments": [],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Danke, sehr hilfreich! Wäre schön, wenn die App bei der "
                    "Störungsmeldung genau diese Punkte Schritt für Schritt abfragt."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 40,
                "comments": [],
            },
            {
                "author": "stefan_b",
                "body": (
                    "Aus eigener Erfahrung kann ich bestätigen: Mit LAN-Speedtest und "
                    "Screenshots war meine Glasfaserstörung innerhalb eines Tages behoben."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 90,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "internet-telefonie",
        "author": "sabine_k",
        "kind": "idea",
        "title": "Idee: Zeitpunkt der Zwangstrennung in Mein Konto selbst festlegen",
        "body": (
            "Die tägliche Zwangstrennung kann man in der FRITZ!Box zwar in die Nacht "
            "verschieben, bei eigenen Routern (OPNsense, Unifi) ist das aber oft fummelig. "
            "Mein Vorschlag: In **Mein Konto → Internet** ein Feld, in dem man die Uhrzeit "
            "der Trennung wählt, oder sie für Kunden mit Homeoffice ganz abschaltet.\n\n"
            "Wer nachts Backups in die Cloud schiebt, würde sich freuen."
        ),
        "tags": ["idee", "zwangstrennung", "mein-konto"],
        "days_ago": 76,
        "views": 780,
        "votes": 19,
        "answers": [
            {
                "author": "ole_j",
                "body": (
                    "+1. Meine Messstation lädt nachts Daten hoch und hat jeden Tag eine "
                    "Lücke um 4 Uhr."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "stefan_b",
                "body": (
                    "Ganz abschalten fände ich super. Für Homeoffice mit VPN ist jede "
                    "Trennung ärgerlich, auch wenn sie nur ein paar Sekunden dauert."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 10,
                "comments": [],
            },
            {
                "author": "brand_lena",
                "body": (
                    "Danke für den Vorschlag und die vielen Stimmen! Ich habe die Idee an "
                    "das Produktteam weitergegeben. Versprechen kann ich noch nichts, aber "
                    "wir melden uns hier, sobald es eine Einschätzung gibt."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 52,
                "comments": [
                    {"author": "sabine_k", "body": "Danke Lena, bin gespannt!"},
                ],
            },
            {
                "author": "lukas_m",
                "body": (
                    "Auch für Onlinespiele wichtig: Ranked-Match um Mitternacht, Trennung, "
                    "Strafe wegen Verbindungsabbruch. Wählbare Uhrzeit wäre top."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 60,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # ---------------------------------------------------------------- mobilfunk
    {
        "category": "mobilfunk",
        "author": "sophie_w",
        "kind": "question",
        "title": "eSIM auf neues iPhone 15 übertragen – alter QR-Code funktioniert nicht mehr",
        "body": (
            "Ich habe mir ein iPhone 15 gekauft und wollte meine eSIM vom alten iPhone 12 "
            "übertragen. Die Schnellübertragung von Apple bricht mit „Mobilfunktarif kann "
            "nicht übertragen werden“ ab. Danach habe ich den QR-Code aus der "
            "Begrüßungsmail gescannt, da kommt nur „Dieser Code ist nicht mehr gültig“.\n\n"
            "Jetzt habe ich auf keinem der beiden Geräte Netz. Was nun?"
        ),
        "tags": ["esim", "iphone", "sim-tausch"],
        "days_ago": 40,
        "views": 2210,
        "votes": 9,
        "answers": [
            {
                "author": "jonas_h",
                "body": (
                    "Ein eSIM-QR-Code kann nur **einmal** verwendet werden. Sobald das "
                    "Profil installiert war, ist der Code verbraucht. Du brauchst ein "
                    "neues eSIM-Profil."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 1,
                "comments": [],
            },
            {
                "author": "mod_tom",
                "body": (
                    "Hi Sophie, Jonas hat recht. So kommst du schnell wieder ins Netz:\n\n"
                    "1. In der App oder in **Mein Konto → SIM & eSIM** auf „eSIM neu "
                    "anfordern“ tippen\n"
                    "2. Bestätigung per SMS-Code an deine hinterlegte Ausweichnummer oder "
                    "per E-Mail\n"
                    "3. Den neuen QR-Code direkt mit dem iPhone 15 scannen (Einstellungen "
                    "→ Mobilfunk → eSIM hinzufügen)\n\n"
                    "Das alte Profil wird dabei automatisch deaktiviert. Der Tausch ist "
                    "über Mein Konto kostenlos, nur über die Hotline berechnen wir die "
                    "Tauschgebühr."
                ),
                "votes": 18,
                "accepted": True,
                "official": True,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "sophie_w",
                        "body": ("Hat keine zehn Minuten gedauert. Netz ist wieder da, danke Tom!"),
                    },
                ],
            },
            {
                "author": "nina_l",
                "body": (
                    "Tipp für das nächste Mal: Vor dem Umzug aufs neue Handy im alten "
                    "Gerät nichts löschen, bevor das neue wirklich Netz hat. Dann hast du "
                    "immer noch einen Rückweg."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 7,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "mobilfunk",
        "author": "fatma_o",
        "kind": "question",
        "title": "Sommerurlaub in der Türkei: Was kostet mich mobiles Internet dort?",
        "body": (
            "Wir fliegen im Juli für drei Wochen zur Familie nach Izmir. Innerhalb der EU "
            "weiß ich, dass alles im Tarif drin ist. Aber die Türkei ist ja nicht in der "
            "EU.\n\n"
            "Was kostet 1 GB dort und kann ich irgendwie verhindern, dass die Kinder mit "
            "ihren Handys eine riesige Rechnung produzieren?"
        ),
        "tags": ["roaming", "ausland", "kostenkontrolle"],
        "days_ago": 112,
        "views": 1430,
        "votes": 5,
        "answers": [
            {
                "author": "ole_j",
                "body": (
                    "Die Türkei ist bei fast allen Tarifen in einer **Weltzone**, nicht im "
                    "EU-Roaming. Die genauen Preise stehen in der App unter **Tarif → "
                    "Ausland**, je nach Tarif sind das mehrere Euro pro 100 MB.\n\n"
                    "Zur Sicherheit:\n\n"
                    "- Bei den Kinderhandys **Datenroaming ausschalten**\n"
                    "- In Mein Konto ein **Kostenlimit** für Auslandsverbindungen setzen\n"
                    "- Vor Ort ein Reisepaket buchen oder eine lokale SIM/eSIM kaufen"
                ),
                "votes": 9,
                "accepted": True,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "fatma_o",
                        "body": (
                            "Das Kostenlimit kannte ich nicht, habe es gleich für alle "
                            "drei Karten gesetzt."
                        ),
                    },
                ],
            },
            {
                "author": "jonas_h",
                "body": (
                    "Wir hatten letztes Jahr eine Reise-eSIM für 20 GB, deutlich günstiger "
                    "als jedes Roaming-Paket. Geht aber nur, wenn das Handy eSIM kann und "
                    "entsperrt ist."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 8,
                "comments": [],
            },
            {
                "author": "dieter_r",
                "body": (
                    "Noch ein Hinweis: Auf Fähren und im Flugzeug bucht sich das Handy "
                    "manchmal in Schiffs- oder Satellitennetze ein. Die sind selbst "
                    "innerhalb der EU nicht vom Roaming abgedeckt und extrem teuer. Auf "
                    "der Überfahrt also lieber Flugmodus."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 15,
                "comments": [],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Zurück aus Izmir: Für meinen Mann und mich gab es eine Reise-eSIM, "
                    "bei den Kindern war Datenroaming aus. Die Rechnung war ganz normal. "
                    "Danke für eure Tipps!"
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 600,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "mobilfunk",
        "author": "ole_j",
        "kind": "question",
        "title": "Im Haus kein Netz, draußen volle Balken – hilft WLAN Call?",
        "body": (
            "Wir wohnen in einem Klinkerhaus mit neuen Dreifachfenstern. Draußen im Garten "
            "habe ich LTE mit vollen Balken, im Wohnzimmer ist nach zwei Sekunden Schluss. "
            "Telefonate brechen ständig ab.\n\n"
            "Würde WLAN Call das lösen, und muss ich das irgendwo buchen?"
        ),
        "tags": ["wlan-call", "empfang", "telefonie"],
        "days_ago": 66,
        "views": 870,
        "votes": 4,
        "answers": [
            {
                "author": "sophie_w",
                "body": (
                    "Ja, genau dafür ist **WLAN Call** gedacht, und es ist in allen "
                    "aktuellen Tarifen ohne Aufpreis enthalten. Du musst es nur auf dem "
                    "Handy einschalten:\n\n"
                    "- iPhone: **Einstellungen → Mobilfunk → WLAN-Anrufe**\n"
                    "- Android: meist **Einstellungen → Verbindungen → WLAN-Anrufe**\n\n"
                    "Die Telefonate laufen dann über dein Heim-WLAN, du bist unter deiner "
                    "normalen Handynummer erreichbar. Klinker plus beschichtete Fenster "
                    "dämpfen Mobilfunk übrigens extrem, das ist ein bekanntes Problem."
                ),
                "votes": 10,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "ole_j",
                "body": (
                    "Aktiviert und getestet: Im Wohnzimmer jetzt glasklare Gespräche, in "
                    "der Statusleiste steht „WLAN“ neben dem Netznamen. Danke, hat "
                    "geklappt!"
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
            {
                "author": "markus_t",
                "body": (
                    "Falls WLAN Call mal nicht klappt: Manche Router oder Firewalls "
                    "blockieren die nötigen VPN-Ports (UDP 500 und 4500). Mit einer "
                    "FRITZ!Box im Auslieferungszustand funktioniert es aber ohne "
                    "Änderungen."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 26,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "mobilfunk",
        "author": "heike_p",
        "kind": "question",
        "title": ("SMS „Ihr Paket konnte nicht zugestellt werden“ mit Link – ist das gefährlich?"),
        "body": (
            "Ich habe heute eine SMS bekommen: *„Ihr Paket konnte nicht zugestellt werden. "
            "Bitte bestätigen Sie Ihre Adresse: [komischer Link]“*. Ich erwarte "
            "tatsächlich ein Paket. Den Link habe ich **nicht** angeklickt.\n\n"
            "Woher haben die meine Nummer? Muss ich jetzt etwas tun?"
        ),
        "tags": ["smishing", "sicherheit", "sms"],
        "days_ago": 18,
        "views": 1950,
        "votes": 11,
        "answers": [
            {
                "author": "klaus_w",
                "body": (
                    "Gut gemacht, dass Sie nicht geklickt haben! Das ist eine bekannte "
                    "Betrugsmasche, sogenanntes Smishing. Die Nummern werden oft einfach "
                    "durchprobiert. Einfach löschen."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 1,
                "comments": [],
            },
            {
                "author": "mod_jana",
                "body": (
                    "Hallo Heike, Klaus hat völlig recht: nicht klicken, nicht antworten, "
                    "löschen. Echte Paketdienste schicken keine SMS mit Links auf fremde "
                    "Seiten.\n\n"
                    "Was du zusätzlich tun kannst:\n\n"
                    "- Die SMS an die Spam-Meldestelle weiterleiten (Nummer steht in der "
                    "[Sicherheitsinfo](https://example.org/hilfe/sicherheit-sms))\n"
                    "- In **Mein Konto → Sicherheit** die **Drittanbietersperre** "
                    "aktivieren, dann kann auch bei einem versehentlichen Klick nichts "
                    "über deine Handyrechnung abgebucht werden\n\n"
                    "Falls du doch einmal auf so einen Link tippst und eine App "
                    "installieren sollst: Flugmodus an und bei uns melden."
                ),
                "votes": 16,
                "accepted": True,
                "official": True,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "heike_p",
                        "body": "Drittanbietersperre ist jetzt an. Vielen Dank euch beiden!",
                    },
                ],
            },
            {
                "author": "nina_l",
                "body": (
                    "Ich bekomme davon gerade zwei pro Woche. Wer Android hat: In der "
                    "Nachrichten-App kann man den Absender als Spam melden, dann landen "
                    "ähnliche SMS automatisch im Spam-Ordner."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 6,
                "comments": [],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Falls jemand doch geklickt hat: Meine Tochter hat letztes Jahr so "
                    "eine angebliche Tracking-App installiert. Wir haben sofort den "
                    "Flugmodus eingeschaltet, die App gelöscht, Passwörter geändert und "
                    "den Kundenservice informiert. Ist glimpflich ausgegangen, aber "
                    "schnell handeln hilft."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 10,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "mobilfunk",
        "author": "jonas_h",
        "kind": "question",
        "title": "20 GB Datenvolumen nach 10 Tagen weg – wie finde ich heraus, wer das frisst?",
        "body": (
            "Mein Tarif hat 20 GB, die sind sonst immer locker bis Monatsende gereicht. "
            "Diesen Monat war ich am 10. schon bei 100 % und wurde gedrosselt. Ich habe "
            "nichts anders gemacht als sonst, eher weniger gestreamt. Android 14, Pixel 7."
        ),
        "tags": ["datenvolumen", "android", "drosselung"],
        "days_ago": 84,
        "views": 1010,
        "votes": 3,
        "answers": [
            {
                "author": "lukas_m",
                "body": (
                    "Unter **Einstellungen → Netzwerk & Internet → SIMs → "
                    "App-Datennutzung** siehst du pro App, was verbraucht wurde. Häufige "
                    "Übeltäter:\n\n"
                    "- Foto-Backup in die Cloud, das plötzlich über Mobilfunk läuft\n"
                    "- App-Updates ohne „nur über WLAN“\n"
                    "- Hotspot für Laptop/Konsole, das zählt als „Tethering“\n\n"
                    "Und „Adaptive Konnektivität“ bzw. WLAN-Assistent kann bei schwachem "
                    "WLAN heimlich auf Mobilfunk umschalten."
                ),
                "votes": 9,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "jonas_h",
                "body": (
                    "Gefunden: Google Fotos hat nach einem Update die Einstellung „Backup "
                    "über mobile Daten“ wieder eingeschaltet und 14 GB Urlaubsvideos "
                    "hochgeladen. Großartig. Danke für die Anleitung!"
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [
                    {
                        "author": "sophie_w",
                        "body": "Autsch. Ist mir mit iCloud auch schon passiert.",
                    },
                ],
            },
            {
                "author": "sophie_w",
                "body": (
                    "Tipp für die Zukunft: In der App unter **Verbrauch → "
                    "Benachrichtigungen** kann man sich bei 50 % und 80 % des "
                    "Datenvolumens eine Push-Nachricht schicken lassen. So merkt man so "
                    "etwas, bevor gedrosselt wird."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 8,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "mobilfunk",
        "author": "klaus_w",
        "kind": "question",
        "title": "PIN dreimal falsch eingegeben – wo bekomme ich die PUK her?",
        "body": (
            "Mein Handy wollte nach einem Neustart die PIN, und ich habe mich leider "
            "dreimal vertippt. Jetzt will es eine PUK. Die Karte mit den Nummern habe ich "
            "vor Jahren weggeworfen. Wie komme ich ohne Handy an die PUK?"
        ),
        "tags": ["puk", "sim", "pin"],
        "days_ago": 152,
        "views": 2780,
        "votes": 6,
        "answers": [
            {
                "author": "petra_s",
                "body": (
                    "Die PUK stand auf der großen Plastikkarte, aus der die SIM "
                    "herausgebrochen wurde. Wenn die weg ist, bekommt man sie beim "
                    "Kundenservice."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 1,
                "comments": [],
            },
            {
                "author": "sophie_w",
                "body": (
                    "Schneller geht es über **Mein Konto** am PC: unter **SIM & eSIM** die "
                    "Karte auswählen und „PUK anzeigen“ anklicken. Dafür musst du dich nur "
                    "mit deinem Passwort anmelden, das Handy brauchst du nicht.\n\n"
                    "Wichtig: Die PUK **genau** eintippen, nach zehn Fehlversuchen ist die "
                    "SIM endgültig gesperrt und du brauchst eine neue."
                ),
                "votes": 12,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "klaus_w",
                        "body": (
                            "Gefunden, eingetippt, Handy geht wieder. Die PUK steht jetzt "
                            "in meinem Adressbuch auf Papier."
                        ),
                    },
                ],
            },
        ],
        "comments": [],
    },
    {
        "category": "mobilfunk",
        "author": "nina_l",
        "kind": "question",
        "title": "Apple Watch mit eigener Mobilfunkverbindung: Geht das mit meinem Tarif?",
        "body": (
            "Ich möchte beim Joggen das iPhone zu Hause lassen und trotzdem erreichbar "
            "sein. Meine Apple Watch Series 9 hat LTE. Brauche ich dafür einen extra "
            "Vertrag oder eine MultiSIM? Und bekommt die Uhr dann eine eigene Nummer?"
        ),
        "tags": ["smartwatch", "multisim", "esim"],
        "days_ago": 206,
        "views": 940,
        "votes": 4,
        "answers": [
            {
                "author": "sophie_w",
                "body": (
                    "Du brauchst eine **eSIM-MultiSIM** für die Uhr. Die läuft unter "
                    "deiner normalen Handynummer, also keine eigene Nummer, und nutzt dein "
                    "Datenvolumen mit.\n\n"
                    "Buchen kannst du sie in der App unter **Tarif → Optionen → MultiSIM "
                    "für Smartwatch**. Danach in der Watch-App auf dem iPhone **Mobilfunk "
                    "→ Mobilfunk einrichten** antippen. Je nach Tarif kostet sie ein paar "
                    "Euro im Monat, in den großen Tarifen ist sie drin."
                ),
                "votes": 8,
                "accepted": True,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "markus_t",
                "body": (
                    "Kleiner Erfahrungswert: Beim Laufen mit LTE hält der Akku meiner "
                    "Series 8 nur noch gut halb so lange. Für eine Stunde Joggen reicht es "
                    "aber locker."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 12,
                "comments": [],
            },
            {
                "author": "nina_l",
                "body": (
                    "Gebucht und eingerichtet, hat keine zehn Minuten gedauert. Heute beim "
                    "Laufen kam ein Anruf direkt auf die Uhr, ganz ohne iPhone. Danke!"
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 48,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "mobilfunk",
        "author": "stefan_b",
        "kind": "question",
        "title": "5G-Symbol wird angezeigt, aber nur 15 Mbit/s – ist das „echtes“ 5G?",
        "body": (
            "Seit dem Tarifwechsel zeigt mein Galaxy S23 in der Innenstadt fast überall "
            "**5G** an. Die Speedtests sind aber schlechter als früher mit LTE: meist "
            "10–20 Mbit/s, Ping über 40 ms. Wenn ich auf „nur LTE“ stelle, habe ich 60–80 "
            "Mbit/s.\n\n"
            "Kann man irgendwie sehen, welche 5G-Variante das ist?"
        ),
        "tags": ["5g", "netz", "geschwindigkeit"],
        "days_ago": 27,
        "views": 610,
        "votes": 5,
        "answers": [
            {
                "author": "ole_j",
                "body": (
                    "Sehr wahrscheinlich hängst du an 5G auf einer niedrigen Frequenz (700 "
                    "MHz oder per DSS mit LTE geteilt). Das bringt Reichweite, aber wenig "
                    "Kapazität. Mit dem Service-Menü (`*#0011#` bei Samsung) siehst du das "
                    "Band, z. B. **n28** oder **n78**. Richtig schnell wird es erst auf "
                    "n78 (3,6 GHz)."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "stefan_b",
                        "body": "Service-Menü sagt n28. Das erklärt einiges.",
                    },
                ],
            },
            {
                "author": "lukas_m",
                "body": (
                    "Ich lasse mein Handy deshalb in der Stadt auf LTE/5G-Auto, aber mit "
                    "deaktiviertem 5G, wenn ich merke, dass es lahm ist. Nicht schön, aber "
                    "funktioniert."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [],
            },
            {
                "author": "sophie_w",
                "body": (
                    "Meine Erfahrung: n78 hat man in der Innenstadt oft nur draußen. "
                    "Drinnen fällt das Handy auf n28 zurück und zeigt trotzdem stolz „5G“ "
                    "an."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
        ],
        "comments": [
            {
                "author": "ole_j",
                "body": ("In welcher Stadt und welcher Ecke ungefähr? Dann kann ich vergleichen."),
            },
        ],
    },
    {
        "category": "mobilfunk",
        "author": "petra_s",
        "kind": "question",
        "title": "Telefonate brechen nach genau zwei Minuten ab (Android, VoLTE)",
        "body": (
            "Seit ungefähr einer Woche bricht fast jedes Telefonat nach ziemlich genau 2 "
            "Minuten ab. Es ist egal, ob ich anrufe oder angerufen werde. Handy: Xiaomi "
            "Redmi Note 12, Android 14, VoLTE ist eingeschaltet. Mit dem Handy meines "
            "Mannes (andere Marke, gleicher Tarif) passiert das nicht."
        ),
        "tags": ["volte", "android", "gespraechsabbruch"],
        "days_ago": 6,
        "views": 175,
        "votes": 2,
        "answers": [
            {
                "author": "sophie_w",
                "body": (
                    "Zum Testen: Schalte mal **VoLTE aus** (Einstellungen → SIM-Karten & "
                    "Mobilfunknetze → deine SIM). Wenn die Gespräche dann über "
                    "3G/2G-Fallback stabil sind, liegt es am VoLTE-Profil des Handys, das "
                    "kommt bei manchen Xiaomi-Updates vor."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [
                    {
                        "author": "petra_s",
                        "body": (
                            "Ohne VoLTE hält das Gespräch, aber der Ton ist schlechter und "
                            "mobiles Internet ist während des Anrufs weg."
                        ),
                    },
                ],
            },
            {
                "author": "ole_j",
                "body": (
                    "Das klingt stark nach einem Software-Fehler nach dem letzten Update. "
                    "Prüf mal, ob es schon ein neueres Update gibt, und probier testweise "
                    "die SIM im Handy deines Mannes. Wenn es dort auch abbricht, ist es "
                    "die Karte."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 14,
                "comments": [],
            },
            {
                "author": "petra_s",
                "body": (
                    "Zwischenstand: Gestern kam ein neues Systemupdate, seitdem hatte ich "
                    "zwei längere Telefonate mit VoLTE ohne Abbruch. Ich beobachte es noch "
                    "ein paar Tage, bevor ich mich freue."
                ),
                "votes": 1,
                "accepted": False,
                "official": False,
                "hours_after": 40,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "mobilfunk",
        "author": "carla_n",
        "kind": "question",
        "title": (
            "Prepaid-Nummer in den Laufzeitvertrag mitnehmen – was passiert mit dem Guthaben?"
        ),
        "body": (
            "Ich habe noch eine Prepaid-Karte bei einem anderen Anbieter mit ca. 23 € "
            "Guthaben und möchte zu euch in einen Vertrag wechseln, aber meine Nummer "
            "behalten. Verfällt das Guthaben bei der Portierung? Und muss ich die "
            "Prepaid-Karte vorher kündigen oder läuft das automatisch?"
        ),
        "tags": ["portierung", "prepaid", "guthaben"],
        "days_ago": 2,
        "views": 41,
        "votes": 1,
        "answers": [],
        "comments": [],
    },
    {
        "category": "mobilfunk",
        "author": "ole_j",
        "kind": "discussion",
        "title": "Netzabdeckung an der Nordseeküste: Meine Messungen aus dem Sommer",
        "body": (
            "Ich war im Sommer mit Messhandy und Fahrrad zwischen Husum und Dagebüll "
            "unterwegs. Kurze Zusammenfassung, gemessen jeweils fünf Minuten am Ort:\n\n"
            "| Ort | Technik | Down (Mbit/s) | Bemerkung |\n"
            "|---|---|---|---|\n"
            "| Husum Hafen | 5G n78 | 310 | sehr gut |\n"
            "| Bredstedt | LTE 800 | 28 | ok |\n"
            "| Deich bei Ockholm | LTE 800 | 3 | oft Abbrüche |\n"
            "| Dagebüll Mole | 5G n28 | 45 | abends voll |\n\n"
            "Wie sieht es bei euch an der Küste aus? Besonders die Deichstrecken "
            "interessieren mich."
        ),
        "tags": ["netzabdeckung", "messung", "schleswig-holstein"],
        "days_ago": 121,
        "views": 1340,
        "votes": 17,
        "answers": [
            {
                "author": "dieter_r",
                "body": (
                    "Danke für die Mühe! Auf Pellworm hatten wir im August tagsüber "
                    "brauchbares LTE, abends mit den ganzen Urlaubern aber kaum noch "
                    "Datenverkehr möglich."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 6,
                "comments": [],
            },
            {
                "author": "markus_t",
                "body": (
                    "Zwischen Büsum und Friedrichskoog genau dasselbe Muster: auf dem "
                    "Deich fast nichts, 100 Meter landeinwärts plötzlich volle Balken. "
                    "Vermutlich sind die Masten eher für die Ortschaften ausgerichtet."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
            {
                "author": "mod_tom",
                "body": (
                    "Hi Ole, sehr wertvolle Daten, danke! Ich habe die Tabelle an unsere "
                    "Netzplanung weitergeleitet. Für die Deichstrecken ist laut Planung "
                    "ein zusätzlicher Standort bei Ockholm im Genehmigungsverfahren, ein "
                    "Datum kann ich aber noch nicht nennen."
                ),
                "votes": 9,
                "accepted": False,
                "official": False,
                "hours_after": 48,
                "comments": [
                    {
                        "author": "ole_j",
                        "body": "Super, dann messe ich nächsten Sommer nach 🙂",
                    },
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Auf Sylt hatten wir im Mai im Ort überall gutes Netz, nur am "
                    "Ellenbogen war es mau. Danke für die schöne Tabelle!"
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 70,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "mobilfunk",
        "author": "sophie_w",
        "kind": "idea",
        "title": "Idee: eSIM-Umzug aufs neue Handy direkt in der App, ganz ohne QR-Code",
        "body": (
            "Ich wechsle öfter das Handy und jedes Mal läuft es gleich: neuen QR-Code in "
            "Mein Konto anfordern, am Laptop anzeigen, mit dem neuen Handy "
            "abfotografieren. Wer keinen zweiten Bildschirm hat, ist aufgeschmissen.\n\n"
            "Vorschlag: In der App einen Button **„eSIM auf dieses Gerät übertragen“**, "
            "der das Profil direkt installiert (die Betriebssysteme unterstützen das "
            "inzwischen). Gern mit Bestätigung per Face-ID oder SMS an die alte Karte."
        ),
        "tags": ["idee", "esim", "app"],
        "days_ago": 55,
        "views": 690,
        "votes": 21,
        "answers": [
            {
                "author": "jonas_h",
                "body": (
                    "Unbedingt. Meine Mutter hat beim letzten Handywechsel drei Anläufe "
                    "gebraucht, nur wegen des QR-Codes."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "brand_lena",
                "body": (
                    "Danke Sophie! Gute Nachricht: Die direkte Übertragung ist tatsächlich "
                    "schon in Arbeit und soll mit einem der nächsten App-Updates für iOS "
                    "kommen, Android folgt danach. Ich sage hier Bescheid, sobald es eine "
                    "Beta gibt."
                ),
                "votes": 14,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [
                    {
                        "author": "sophie_w",
                        "body": "Sehr cool, für die Beta melde ich mich freiwillig!",
                    },
                    {"author": "nina_l", "body": "Ich auch, gern mit Android."},
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Gern, aber bitte den Weg mit QR-Code oder Versand einer Plastik-SIM "
                    "trotzdem behalten. Nicht jeder hat das neueste Telefon."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 50,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # ---------------------------------------------------------------- rechnung-vertrag
    {
        "category": "rechnung-vertrag",
        "author": "klaus_w",
        "kind": "question",
        "title": "Handyrechnung 12,47 € höher als sonst – Posten „Leistungen Dritter“",
        "body": (
            "Auf meiner letzten Mobilfunkrechnung steht ein Posten **„Leistungen Dritter: "
            "12,47 €“** mit einem Firmennamen, den ich nicht kenne. Ich habe kein Abo "
            "abgeschlossen, ich nutze das Handy fast nur zum Telefonieren und für WhatsApp "
            "mit den Enkeln.\n\n"
            "Wie bekomme ich das Geld zurück und wie verhindere ich das in Zukunft?"
        ),
        "tags": ["drittanbieter", "rechnung", "erstattung"],
        "days_ago": 70,
        "views": 1680,
        "votes": 10,
        "answers": [
            {
                "author": "frank_d",
                "body": (
                    "Das ist fast immer ein sogenanntes WAP-Abo, das man sich durch einen "
                    "unbemerkten Tipp auf eine Werbeanzeige einfängt. In der "
                    "Rechnungsdetailansicht in Mein Konto steht meist eine Kontakt-Hotline "
                    "des Drittanbieters."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "mod_jana",
                "body": (
                    "Hallo Klaus, das tut mir leid. So gehst du vor:\n\n"
                    "1. In **Mein Konto → Rechnungen** beim Posten auf „Beanstanden“ "
                    "klicken. Wir kümmern uns dann um die Erstattung, du musst nicht "
                    "selbst beim Drittanbieter anrufen.\n"
                    "2. Unter **Mein Konto → Sicherheit** die **Drittanbietersperre** "
                    "aktivieren. Danach kann nichts mehr über die Handyrechnung "
                    "abgerechnet werden.\n\n"
                    "Ich habe mir deinen Fall angesehen: Das Abo ist bereits gekündigt und "
                    "die 12,47 € werden dir auf der nächsten Rechnung gutgeschrieben."
                ),
                "votes": 15,
                "accepted": True,
                "official": True,
                "hours_after": 5,
                "comments": [
                    {
                        "author": "klaus_w",
                        "body": "Sehr freundlich, vielen Dank. Sperre ist aktiviert.",
                    },
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Nachtrag für alle, die das finden: Die Gutschrift stand tatsächlich "
                    "auf der nächsten Rechnung. Ich würde jedem raten, die "
                    "Drittanbietersperre gleich beim Vertragsabschluss einzuschalten."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 740,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "rechnung-vertrag",
        "author": "julia_f",
        "kind": "question",
        "title": (
            "Umzug nach Leipzig: Internetvertrag mitnehmen oder kündigen und neu abschließen?"
        ),
        "body": (
            "Ich ziehe Ende des Monats von Kassel nach Leipzig. Mein Internetvertrag läuft "
            "noch 14 Monate. Kann ich ihn einfach mitnehmen? Der Vermieter sagt, in der "
            "neuen Wohnung gibt es nur VDSL 50, ich habe aktuell 100. Zahle ich dann "
            "weiter für 100?"
        ),
        "tags": ["umzug", "vertrag", "kuendigung"],
        "days_ago": 214,
        "views": 1320,
        "votes": 7,
        "answers": [
            {
                "author": "tim_k",
                "body": (
                    "Nach dem Telekommunikationsgesetz musst du den Vertrag mitnehmen, "
                    "wenn der Anbieter die Leistung am neuen Ort erbringen kann. Kann er "
                    "das nicht in gleicher Form, hast du ein Sonderkündigungsrecht mit "
                    "einem Monat Frist."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "mod_tom",
                "body": (
                    "Hallo Julia, bitte melde den Umzug in **Mein Konto → Vertrag → "
                    "Umzug** am besten sechs Wochen vorher, dann prüfen wir die neue "
                    "Adresse.\n\n"
                    "- Gibt es dort **100 Mbit/s**, zieht der Vertrag einfach mit um.\n"
                    "- Gibt es nur **50 Mbit/s**, bieten wir dir den passenden, "
                    "günstigeren Tarif an. Du zahlst also nicht weiter für 100. Wenn du "
                    "das Angebot nicht möchtest, kannst du mit einem Monat Frist kündigen.\n\n"
                    "Die Umzugspauschale fällt nur an, wenn ein Technikertermin nötig ist."
                ),
                "votes": 12,
                "accepted": True,
                "official": True,
                "hours_after": 6,
                "comments": [
                    {
                        "author": "julia_f",
                        "body": (
                            "Danke! Umzug ist gemeldet, Angebot für 50 Mbit/s kam zwei Tage später."
                        ),
                    },
                ],
            },
            {
                "author": "julia_f",
                "body": (
                    "Kleiner Abschluss: Der Anschluss in Leipzig lief am Einzugstag, der "
                    "Tarif mit 50 Mbit/s ist 8 € günstiger. Danke, hat geklappt!"
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 600,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "rechnung-vertrag",
        "author": "jonas_h",
        "kind": "question",
        "title": "Mindestlaufzeit von 24 Monaten vorbei – kann ich jetzt jederzeit kündigen?",
        "body": (
            "Mein Handyvertrag ist seit März über die 24 Monate Mindestlaufzeit hinaus. "
            "Früher hieß es immer, der verlängert sich dann automatisch um ein Jahr. Ich "
            "habe irgendwo gelesen, dass das nicht mehr so ist. Stimmt das, und wie "
            "kündige ich am besten?"
        ),
        "tags": ["kuendigung", "laufzeit", "mobilfunk"],
        "days_ago": 141,
        "views": 1740,
        "votes": 8,
        "answers": [
            {
                "author": "klaus_w",
                "body": (
                    "Stimmt. Seit der Gesetzesänderung Ende 2021 gilt: Nach Ablauf der "
                    "Mindestlaufzeit verlängert sich der Vertrag auf **unbestimmte Zeit** "
                    "und ist **monatlich kündbar**, mit einem Monat Frist.\n\n"
                    "Kündigen kannst du in Mein Konto über den Button **„Vertrag "
                    "kündigen“**. Du bekommst sofort eine Eingangsbestätigung per E-Mail, "
                    "die würde ich aufheben."
                ),
                "votes": 11,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "dieter_r",
                "body": (
                    "Vor dem Kündigen kurz in der App schauen, ob es ein Angebot für "
                    "Bestandskunden gibt. Bei mir kam nach der Kündigung ein "
                    "Rückgewinnungsangebot, das günstiger war als alles auf dem Markt."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 10,
                "comments": [
                    {
                        "author": "jonas_h",
                        "body": "Genau darauf spekuliere ich ehrlich gesagt 😅",
                    },
                ],
            },
            {
                "author": "sophie_w",
                "body": (
                    "Falls du die Nummer mitnehmen willst: Die Portierung beim **neuen** "
                    "Anbieter beauftragen, der kündigt dann in der Regel auch gleich den "
                    "alten Vertrag. Sonst kann es passieren, dass die Nummer mit der "
                    "Kündigung weg ist."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 14,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "rechnung-vertrag",
        "author": "petra_s",
        "kind": "question",
        "title": ("Rücklastschrift wegen Kontowechsel: Warum werden mir 7,50 € Gebühr berechnet?"),
        "body": (
            "Ich habe im Oktober das Konto gewechselt und vergessen, die neue IBAN bei "
            "euch einzutragen. Das alte Konto war schon aufgelöst, die Lastschrift ging "
            "zurück. Jetzt steht auf der Rechnung zusätzlich **7,50 € "
            "Rücklastschriftgebühr**.\n\n"
            "Ist das rechtens? Und wo ändere ich die Bankverbindung?"
        ),
        "tags": ["lastschrift", "iban", "gebuehr"],
        "days_ago": 45,
        "views": 760,
        "votes": 3,
        "answers": [
            {
                "author": "frank_d",
                "body": (
                    "Die Bank berechnet dem Unternehmen für jede geplatzte Lastschrift "
                    "selbst eine Gebühr, die darf weitergegeben werden. Pauschal hohe "
                    "Beträge sind aber nicht erlaubt, 7,50 € liegen im üblichen Rahmen."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "mod_jana",
                "body": (
                    "Hallo Petra, die neue IBAN trägst du in **Mein Konto → Zahlungen → "
                    "Bankverbindung** ein. Dort bestätigst du auch gleich das neue "
                    "SEPA-Mandat.\n\n"
                    "Da es bei dir die erste Rücklastschrift seit Vertragsbeginn ist, habe "
                    "ich die Gebühr von 7,50 € **einmalig storniert**. Den offenen "
                    "Rechnungsbetrag buchen wir in etwa fünf Werktagen vom neuen Konto ab, "
                    "du musst nichts überweisen."
                ),
                "votes": 9,
                "accepted": True,
                "official": True,
                "hours_after": 4,
                "comments": [
                    {
                        "author": "petra_s",
                        "body": "Das ist sehr kulant, danke! Neue IBAN ist eingetragen.",
                    },
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Beim nächsten Kontowechsel lohnt sich der Kontowechselservice der "
                    "Bank. Der informiert alle, die per Lastschrift abbuchen, automatisch "
                    "über die neue IBAN."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "rechnung-vertrag",
        "author": "tim_k",
        "kind": "question",
        "title": "Rechnungen für 40 Stromzähler gesammelt herunterladen statt einzeln?",
        "body": (
            "Ich verwalte die Allgemeinstrom-Verträge für mehrere Häuser, insgesamt 40 "
            "Zähler. Für die Nebenkostenabrechnung brauche ich jedes Jahr alle Rechnungen "
            "als PDF. Aktuell klicke ich mich in Mein Konto durch jeden Vertrag einzeln.\n\n"
            "Gibt es eine Sammelfunktion oder einen Export?"
        ),
        "tags": ["rechnung", "pdf", "hausverwaltung"],
        "days_ago": 232,
        "views": 420,
        "votes": 5,
        "answers": [
            {
                "author": "frank_d",
                "body": (
                    "Es gibt eine, sie ist nur gut versteckt: **Mein Konto → Rechnungen → "
                    "Archiv**, oben rechts auf „Mehrere herunterladen“. Dort kannst du "
                    "einen Zeitraum und alle Verträge auswählen und bekommst eine "
                    "**ZIP-Datei** mit allen PDFs.\n\n"
                    "Die Dateinamen enthalten Vertragsnummer und Rechnungsdatum, z. B. "
                    "`2024-01-15_V12345678.pdf`, lässt sich also gut sortieren."
                ),
                "votes": 9,
                "accepted": True,
                "official": False,
                "hours_after": 5,
                "comments": [
                    {
                        "author": "tim_k",
                        "body": (
                            "Wahnsinn, das hätte mir letztes Jahr einen ganzen Nachmittag "
                            "gespart. Danke!"
                        ),
                    },
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Für so viele Verträge lohnt sich vielleicht auch eine Sammelrechnung. "
                    "Das kann man beim Kundenservice beantragen, dann kommt nur noch eine "
                    "Rechnung pro Monat."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 22,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "rechnung-vertrag",
        "author": "heike_p",
        "kind": "question",
        "title": (
            "Brief wegen Preisanpassung bekommen – habe ich jetzt ein Sonderkündigungsrecht?"
        ),
        "body": (
            "Heute kam ein Brief, dass mein Festnetz- und Internettarif ab dem "
            "übernächsten Monat 3 € teurer wird. Darin steht etwas von einem "
            "Sonderkündigungsrecht, aber ich verstehe nicht ganz, bis wann ich mich "
            "entscheiden muss und ob mir dann Kosten entstehen."
        ),
        "tags": ["preiserhoehung", "sonderkuendigung", "vertrag"],
        "days_ago": 99,
        "views": 1190,
        "votes": 6,
        "answers": [
            {
                "author": "dieter_r",
                "body": (
                    "Bei einer einseitigen Preiserhöhung darfst du den Vertrag **ohne "
                    "Kosten** kündigen, auch wenn die Mindestlaufzeit noch läuft. Die "
                    "Frist beträgt in der Regel **drei Monate** ab Zugang der Mitteilung, "
                    "das genaue Datum steht im Brief, meist fett gedruckt.\n\n"
                    "Die Kündigung wirkt dann frühestens zu dem Tag, an dem der neue Preis "
                    "gelten würde. Du zahlst also bis dahin nur den alten Preis. Wenn du "
                    "nichts tust, läuft der Vertrag zum neuen Preis weiter."
                ),
                "votes": 10,
                "accepted": True,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "heike_p",
                        "body": (
                            "Danke, das ist verständlich erklärt. Ich vergleiche jetzt in Ruhe."
                        ),
                    },
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Ich habe den Brief auch bekommen und bleibe trotzdem. Für 3 € mehr "
                    "lohnt sich für mich der Aufwand eines Wechsels nicht, zumal die "
                    "Leitung stabil läuft."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 8,
                "comments": [],
            },
            {
                "author": "heike_p",
                "body": (
                    "Ich habe jetzt verglichen und bleibe auch. Die anderen Angebote waren "
                    "im ersten Jahr günstiger, danach aber teurer, und dazu kam eine "
                    "Einrichtungsgebühr."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 100,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "rechnung-vertrag",
        "author": "nina_l",
        "kind": "question",
        "title": "Stromvertrag nach Trennung auf meinen Ex-Partner umschreiben lassen",
        "body": (
            "Mein Ex-Partner bleibt in unserer gemeinsamen Wohnung, ich ziehe aus. Der "
            "Stromvertrag läuft aber auf meinen Namen. Ich möchte nicht weiter für seinen "
            "Verbrauch haften. Kann er den Vertrag einfach übernehmen, oder muss ich "
            "kündigen und er schließt neu ab?"
        ),
        "tags": ["vertragsuebernahme", "strom", "umzug"],
        "days_ago": 163,
        "views": 580,
        "votes": 4,
        "answers": [
            {
                "author": "julia_f",
                "body": (
                    "Bei mir ging das mit einer Vertragsübernahme: Beide haben ein "
                    "Formular unterschrieben, fertig. Dauerte ungefähr zwei Wochen."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "carla_n",
                "body": (
                    "Das Formular heißt **Vertragsübernahme** und liegt in Mein Konto "
                    "unter **Vertrag → Inhaberwechsel**. Wichtig ist der Stichtag:\n\n"
                    "- Am Stichtag den **Zählerstand** ablesen und fotografieren\n"
                    "- Beide unterschreiben, er hinterlegt seine eigene Bankverbindung\n"
                    "- Du bekommst eine Schlussrechnung bis zum Stichtag, er ab dann die "
                    "Abschläge\n\n"
                    "Falls er nicht mitmacht, kannst du wegen Auszug auch einfach "
                    "kündigen. Dann muss er sich selbst um Strom kümmern."
                ),
                "votes": 8,
                "accepted": True,
                "official": False,
                "hours_after": 7,
                "comments": [
                    {
                        "author": "nina_l",
                        "body": (
                            "Formular gefunden, er hat unterschrieben. Danke für die Liste "
                            "mit dem Zählerstand!"
                        ),
                    },
                ],
            },
            {
                "author": "tim_k",
                "body": (
                    "Aus Verwaltersicht noch: Bitte auch der Hausverwaltung den Auszug und "
                    "den Zählerstand mitteilen. Dann gibt es bei der nächsten "
                    "Nebenkostenabrechnung keine Verwirrung, wer wofür zuständig ist."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "rechnung-vertrag",
        "author": "carla_n",
        "kind": "question",
        "title": "Wechselbonus von 100 € nach drei Monaten immer noch nicht gutgeschrieben",
        "body": (
            "Ich bin im Sommer mit Strom zu euch gewechselt, beworben wurde ein "
            "**Neukundenbonus von 100 €**. Inzwischen sind drei Monatsrechnungen da, aber "
            "vom Bonus sehe ich nichts. Habe ich etwas übersehen oder muss ich den "
            "irgendwo beantragen?"
        ),
        "tags": ["bonus", "strom", "gutschrift"],
        "days_ago": 58,
        "views": 990,
        "votes": 5,
        "answers": [
            {
                "author": "jonas_h",
                "body": (
                    "Bei den meisten Anbietern kommt der Bonus erst mit der **ersten "
                    "Jahresabrechnung**, nicht auf den Abschlagsrechnungen. War bei mir "
                    "auch so."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "frank_d",
                "body": (
                    "Schau in deine Auftragsbestätigung, dort steht die Bonusbedingung. "
                    "Üblich ist: **Sofortbonus** nach 60 Tagen Belieferung als Gutschrift, "
                    "**Neukundenbonus** mit der ersten Jahresabrechnung, wenn du dann noch "
                    "Kunde bist.\n\n"
                    "In Mein Konto unter **Vertrag → Boni** siehst du auch den Status, bei "
                    "mir stand dort „vorgemerkt, Auszahlung mit Jahresabrechnung“."
                ),
                "votes": 9,
                "accepted": True,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "carla_n",
                "body": (
                    "Tatsächlich, unter Boni steht „vorgemerkt“. Dann warte ich auf die "
                    "Jahresabrechnung. Danke euch!"
                ),
                "votes": 1,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "rechnung-vertrag",
        "author": "stefan_b",
        "kind": "question",
        "title": "Kündigungsbestätigung nennt einen Monat später als erwartet – wer hat recht?",
        "body": (
            "Ich habe am **3. Mai** meinen Mobilfunkvertrag (Mindestlaufzeit seit Januar "
            "vorbei) gekündigt. Ich bin davon ausgegangen, dass er Anfang Juni endet. In "
            "der Bestätigung steht aber **30. Juni**. Ein Monat Frist heißt doch ab dem "
            "Eingang der Kündigung, oder wird das auf Monatsende gerechnet?"
        ),
        "tags": ["kuendigung", "frist", "mobilfunk"],
        "days_ago": 12,
        "views": 330,
        "votes": 2,
        "answers": [
            {
                "author": "klaus_w",
                "body": (
                    "Soweit ich weiß, läuft die Frist von einem Monat taggenau ab Zugang, "
                    "also wäre der 3. Juni das Ende. Es sei denn, dein Abrechnungszeitraum "
                    "endet immer am Monatsende und sie runden auf. Ich würde nachfragen."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "jonas_h",
                "body": (
                    "Bei mir stand auch erst das Monatsende drin. Nach einem freundlichen "
                    "Hinweis an den Kundenservice kam eine korrigierte Bestätigung. Lohnt "
                    "sich, das schriftlich über das Kontaktformular zu machen, damit du "
                    "einen Nachweis hast."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 7,
                "comments": [
                    {
                        "author": "stefan_b",
                        "body": "Habe das Kontaktformular genutzt und warte auf Antwort.",
                    },
                ],
            },
            {
                "author": "stefan_b",
                "body": (
                    "Update nach fünf Tagen: noch keine Antwort auf das Kontaktformular. "
                    "Ich hake nächste Woche telefonisch nach und berichte."
                ),
                "votes": 1,
                "accepted": False,
                "official": False,
                "hours_after": 120,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "rechnung-vertrag",
        "author": "dieter_r",
        "kind": "question",
        "title": ("Verträge meiner verstorbenen Mutter kündigen – welche Unterlagen braucht ihr?"),
        "body": (
            "Meine Mutter ist im letzten Monat verstorben. Sie hatte bei euch Festnetz mit "
            "Internet und einen Stromvertrag. Ich bin als Erbe eingetragen, einen "
            "Erbschein haben wir aber noch nicht, das dauert beim Nachlassgericht.\n\n"
            "Reicht die Sterbeurkunde? Und läuft der Stromvertrag bis zur "
            "Wohnungsauflösung weiter?"
        ),
        "tags": ["todesfall", "kuendigung", "strom"],
        "days_ago": 38,
        "views": 510,
        "votes": 9,
        "answers": [
            {
                "author": "tim_k",
                "body": (
                    "Mein Beileid. Aus der Hausverwaltung kenne ich das leider oft: Für "
                    "die Kündigung von Telefon und Internet hat bisher immer eine Kopie "
                    "der **Sterbeurkunde** gereicht. Den Strom würde ich bis zur Übergabe "
                    "der Wohnung laufen lassen, sonst steht ihr beim Ausräumen im Dunkeln."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "petra_s",
                "body": (
                    "Herzliches Beileid auch von mir. Bei meinem Vater ging das "
                    "Sonderkündigungsrecht für Telefon mit der Sterbeurkunde ohne "
                    "Probleme. Beim Strom wurde der Vertrag auf mich umgeschrieben, bis "
                    "die Wohnung leer war, und dann mit Zählerstand beendet."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [
                    {"author": "dieter_r", "body": "Danke euch beiden, das hilft mir sehr."},
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Mein herzliches Beileid. Falls es eine Vorsorgevollmacht gibt, die "
                    "über den Tod hinaus gilt: Die wurde bei uns zusammen mit der "
                    "Sterbeurkunde überall akzeptiert, auch ohne Erbschein."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "rechnung-vertrag",
        "author": "lukas_m",
        "kind": "question",
        "title": ("Tarifwechsel von DSL auf Glasfaser: Startet die 24-monatige Laufzeit dann neu?"),
        "body": (
            "Bei uns ist Glasfaser endlich verfügbar. Mein DSL-Vertrag läuft noch acht "
            "Monate. Wenn ich jetzt auf den Glasfasertarif upgrade, fange ich dann wieder "
            "bei 24 Monaten an? Und zahle ich die acht Monate DSL doppelt, bis der "
            "Glasfaseranschluss aktiv ist?"
        ),
        "tags": ["glasfaser", "tarifwechsel", "laufzeit"],
        "days_ago": 0,
        "views": 19,
        "votes": 0,
        "answers": [],
        "comments": [],
    },
    {
        "category": "rechnung-vertrag",
        "author": "frank_d",
        "kind": "idea",
        "title": "Idee: Rechnungsdaten und Verbrauch als CSV-Export in Mein Konto",
        "body": (
            "Ich pflege seit Jahren eine Excel-Tabelle mit allen Rechnungsbeträgen und "
            "Zählerständen. Aktuell tippe ich jeden Monat alles aus den PDFs ab.\n\n"
            "Wunsch: ein **CSV-Export** in Mein Konto mit diesen Spalten:\n\n"
            "```\n"
            "datum;vertrag;betrag_brutto;abschlag;verbrauch_kwh;zaehlerstand\n"
            "2024-03-01;Strom;89,00;89,00;231;45873\n"
            "```\n\n"
            "Das würde auch Hausverwaltungen und allen mit Balkonkraftwerk helfen, die "
            "ihren Verbrauch vergleichen wollen."
        ),
        "tags": ["idee", "export", "mein-konto"],
        "days_ago": 88,
        "views": 610,
        "votes": 22,
        "answers": [
            {
                "author": "klaus_w",
                "body": (
                    "Das wäre großartig. Ich lese zwar jede Rechnung zweimal, aber "
                    "abtippen möchte ich sie nicht mehr."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "tim_k",
                "body": (
                    "Bitte mit Vertragsnummer und Lieferadresse als Spalte, dann kann ich "
                    "es direkt in unsere Verwaltungssoftware importieren. Für 40 Zähler "
                    "wäre das ein Traum."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 14,
                "comments": [],
            },
            {
                "author": "sabine_k",
                "body": (
                    "Und wenn man schon dabei ist: eine kleine API mit Token, dann kann "
                    "Home Assistant die Zahlen direkt abholen. CSV wäre aber schon ein "
                    "riesiger Fortschritt."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
            {
                "author": "brand_lena",
                "body": (
                    "Danke Frank, und danke für das Beispiel mit den Spalten, das macht es "
                    "dem Team leicht! Die Idee ist jetzt auf der Liste für die nächste "
                    "Planungsrunde von Mein Konto. Ich halte euch hier auf dem Laufenden."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 40,
                "comments": [
                    {
                        "author": "frank_d",
                        "body": "Danke Lena! Ich teste gern eine Vorabversion.",
                    },
                ],
            },
        ],
        "comments": [],
    },
    # ---------------------------------------------------------------- strom-gas
    {
        "category": "strom-gas",
        "author": "frank_d",
        "kind": "question",
        "title": ("Zählerstand per App gemeldet, trotzdem wurde in der Jahresabrechnung geschätzt"),
        "body": (
            "Ich habe am 31.12. meinen Stromzähler abgelesen und den Stand **45.873 kWh** "
            "mit Foto in der App gemeldet. Die Bestätigung habe ich noch als Screenshot. "
            "In der Jahresabrechnung steht jetzt aber „Zählerstand geschätzt: 46.310 kWh“.\n\n"
            "Das sind gut 430 kWh zu viel, also über 130 €. Wie lasse ich das korrigieren?"
        ),
        "tags": ["zaehlerstand", "jahresabrechnung", "schaetzung"],
        "days_ago": 25,
        "views": 870,
        "votes": 7,
        "answers": [
            {
                "author": "dieter_r",
                "body": (
                    "Das passiert, wenn der Netzbetreiber seinen eigenen (geschätzten) "
                    "Wert schneller übermittelt als eure Meldung verarbeitet wird. Mit dem "
                    "Screenshot und dem Foto hast du alles, was du brauchst, um Einspruch "
                    "einzulegen."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "mod_jana",
                "body": (
                    "Hallo Frank, danke für die genauen Angaben. Deine Meldung vom 31.12. "
                    "ist bei uns angekommen, wurde aber wegen eines Übertragungsfehlers "
                    "nicht an die Abrechnung weitergegeben. Das tut mir leid.\n\n"
                    "Ich habe die Korrektur veranlasst: Du bekommst in den nächsten Tagen "
                    "eine **korrigierte Jahresabrechnung** mit 45.873 kWh. Der neue "
                    "Abschlag wird dabei ebenfalls neu berechnet. Du musst nichts weiter "
                    "tun, auch keinen Widerspruch schicken."
                ),
                "votes": 12,
                "accepted": True,
                "official": True,
                "hours_after": 6,
                "comments": [
                    {
                        "author": "frank_d",
                        "body": "Korrigierte Abrechnung ist da, 132,40 € weniger. Danke, Jana!",
                    },
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Das mit dem Foto mache ich auch immer. Wichtig ist, dass Zählernummer "
                    "und Stand auf demselben Bild zu sehen sind, dann gibt es keine "
                    "Diskussion."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 12,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "strom-gas",
        "author": "julia_f",
        "kind": "question",
        "title": (
            "Einzug in neue Wohnung: Welche Zählernummer und welchen Zählerstand brauche ich?"
        ),
        "body": (
            "Ich ziehe nächste Woche ein und will den Strom bei euch anmelden. Im Formular "
            "wird die **Zählernummer** und der **Zählerstand bei Einzug** abgefragt. Im "
            "Keller hängen aber zwölf Zähler nebeneinander. Woran erkenne ich meinen, und "
            "welche der vielen Zahlen auf dem Gerät ist die Zählernummer?"
        ),
        "tags": ["zaehlernummer", "einzug", "anmeldung"],
        "days_ago": 196,
        "views": 1460,
        "votes": 6,
        "answers": [
            {
                "author": "tim_k",
                "body": (
                    "Welcher Zähler zu deiner Wohnung gehört, muss dir der Vermieter oder "
                    "die Hausverwaltung sagen, meistens steht auch die Wohnungsnummer oder "
                    "„EG links“ auf dem Zählerplatz.\n\n"
                    "Die **Zählernummer** steht auf dem Typenschild, oft mit Barcode und "
                    "einem Kürzel davor, z. B. `1ESY1161234567`. Bei neuen digitalen "
                    "Zählern beginnt sie oft mit `1`. Der **Zählerstand** ist die große "
                    "Zahl im Display bzw. auf dem Rollenzählwerk, Nachkommastellen lässt "
                    "du weg.\n\n"
                    "Ganz wichtig: Am Tag der Schlüsselübergabe ein Foto vom Zähler "
                    "machen, auf dem Nummer und Stand gleichzeitig zu sehen sind."
                ),
                "votes": 14,
                "accepted": True,
                "official": False,
                "hours_after": 4,
                "comments": [
                    {
                        "author": "julia_f",
                        "body": (
                            "Der Zähler hatte sogar einen Aufkleber mit „2. OG rechts“. "
                            "Foto ist gemacht, danke!"
                        ),
                    },
                ],
            },
            {
                "author": "frank_d",
                "body": (
                    "Ergänzend: Der Stand sollte im Übergabeprotokoll mit dem Vermieter "
                    "stehen. Dann gibt es später keinen Streit, ab wann du zahlst."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 8,
                "comments": [],
            },
            {
                "author": "nina_l",
                "body": (
                    "Praktisch: In der App kann man die Zählernummer auch per Kamera "
                    "scannen, dann gibt es keine Tippfehler bei den langen Nummern."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "strom-gas",
        "author": "klaus_w",
        "kind": "question",
        "title": "Gasabrechnung: Wie wird aus Kubikmetern auf dem Zähler die Kilowattstunde?",
        "body": (
            "Mein Gaszähler zeigt einen Verbrauch von **1.250 m³** im Abrechnungsjahr. Auf "
            "der Rechnung stehen aber **13.318 kWh**. Ich möchte gern nachrechnen, ob das "
            "stimmt. Welche Werte brauche ich dafür, und wo stehen die?"
        ),
        "tags": ["gas", "brennwert", "jahresabrechnung"],
        "days_ago": 80,
        "views": 1230,
        "votes": 9,
        "answers": [
            {
                "author": "dieter_r",
                "body": (
                    "Die Formel lautet: **kWh = m³ × Zustandszahl × Brennwert**. Beide "
                    "Faktoren stehen auf der Rückseite der Jahresabrechnung im Abschnitt "
                    "zur Verbrauchsermittlung.\n\n"
                    "- Die **Zustandszahl** rechnet Temperatur und Druck am Zähler auf "
                    "Normbedingungen um (typisch 0,93 bis 0,97).\n"
                    "- Der **Brennwert** gibt an, wie viel Energie in einem Kubikmeter "
                    "steckt (typisch 10 bis 11,5 kWh/m³).\n\n"
                    "Beispiel mit Ihren Zahlen:\n\n"
                    "```\n"
                    "1.250 m³ × 0,9513 × 11,2 kWh/m³ = 13.318 kWh\n"
                    "```"
                ),
                "votes": 18,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "klaus_w",
                        "body": (
                            "Genau diese beiden Werte stehen auf meiner Rechnung. Es "
                            "stimmt auf die Kilowattstunde. Danke!"
                        ),
                    },
                ],
            },
            {
                "author": "frank_d",
                "body": (
                    "Der Brennwert ändert sich leicht von Jahr zu Jahr, je nach "
                    "Gasherkunft. Deshalb in der eigenen Tabelle immer den Wert aus der "
                    "jeweiligen Abrechnung nehmen und nicht einen festen."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 6,
                "comments": [],
            },
            {
                "author": "petra_s",
                "body": (
                    "Interessant, danke! Bei meiner Schwester im Allgäu ist die "
                    "Zustandszahl deutlich kleiner als bei mir in Hannover. Das liegt am "
                    "geringeren Luftdruck in der Höhe, hat mir der Netzbetreiber mal "
                    "erklärt."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "strom-gas",
        "author": "petra_s",
        "kind": "question",
        "title": "Abschlag von 89 € auf 142 € erhöht – kann ich den selbst wieder senken?",
        "body": (
            "Nach der Jahresabrechnung wurde mein monatlicher Stromabschlag von 89 € auf "
            "**142 €** angehoben. Wir hatten letztes Jahr aber einen Sonderfall: Mein Sohn "
            "hat drei Monate mit Heizlüfter im Gästezimmer gewohnt, der ist inzwischen "
            "ausgezogen.\n\n"
            "Muss ich den hohen Abschlag zahlen, oder kann ich ihn anpassen?"
        ),
        "tags": ["abschlag", "strom", "mein-konto"],
        "days_ago": 15,
        "views": 540,
        "votes": 4,
        "answers": [
            {
                "author": "dieter_r",
                "body": (
                    "Rechne vorher grob nach: Verbrauch ohne die drei Heizlüfter-Monate "
                    "hochgerechnet aufs Jahr, mal Arbeitspreis, plus Grundpreis, geteilt "
                    "durch 12. Sonst gibt es nächstes Jahr eine Nachzahlung. Ein "
                    "Heizlüfter mit 2 kW frisst schnell 500 kWh im Monat."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "mod_tom",
                "body": (
                    "Hallo Petra, du kannst den Abschlag in **Mein Konto → Strom → "
                    "Abschlag** selbst anpassen. Die App schlägt einen Bereich vor, der "
                    "auf deinem Verbrauch basiert. Wenn sich wie bei dir der Haushalt "
                    "verändert hat, gib bitte die erwartete Jahresmenge an, dann wird der "
                    "Vorschlag passender.\n\n"
                    "Für eine Senkung unter den vorgeschlagenen Bereich hilft ein "
                    "aktueller Zählerstand. Der neue Abschlag gilt ab der nächsten "
                    "Fälligkeit."
                ),
                "votes": 10,
                "accepted": True,
                "official": True,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "petra_s",
                "body": (
                    "Hat funktioniert: Zählerstand gemeldet, 2.600 kWh als Jahresmenge "
                    "angegeben, jetzt 98 € Abschlag. Danke für die schnelle Hilfe!"
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 26,
                "comments": [
                    {
                        "author": "dieter_r",
                        "body": (
                            "Klingt realistisch. Im Herbst einfach nochmal den Zähler prüfen."
                        ),
                    },
                ],
            },
        ],
        "comments": [],
    },
    {
        "category": "strom-gas",
        "author": "markus_t",
        "kind": "question",
        "title": (
            "Smart Meter (iMSys) wird eingebaut – muss ich dann auf einen dynamischen "
            "Tarif wechseln?"
        ),
        "body": (
            "Unser Messstellenbetreiber hat angekündigt, dass im nächsten Monat ein "
            "intelligentes Messsystem eingebaut wird (wegen PV-Anlage und Wallbox). Ich "
            "habe einen normalen Festpreistarif bei euch und bin damit zufrieden.\n\n"
            "Ändert sich durch den Einbau etwas an meinem Vertrag? Und was kostet das "
            "Smart Meter?"
        ),
        "tags": ["smart-meter", "imsys", "tarif"],
        "days_ago": 128,
        "views": 980,
        "votes": 8,
        "answers": [
            {
                "author": "dieter_r",
                "body": (
                    "Nein, dein Tarif bleibt, wie er ist. Zähler und Tarif sind zwei "
                    "getrennte Dinge: Das iMSys gehört dem **Messstellenbetreiber**, dein "
                    "Vertrag läuft mit dem **Lieferanten**. Ein dynamischer Tarif ist ein "
                    "Angebot, keine Pflicht.\n\n"
                    "Die Kosten für das Messsystem sind gesetzlich gedeckelt und werden "
                    "vom Messstellenbetreiber abgerechnet, die genaue Preisobergrenze "
                    "hängt von deinem Verbrauch und der Anlagengröße ab. Steht auch in der "
                    "Einbauankündigung."
                ),
                "votes": 11,
                "accepted": True,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "markus_t",
                        "body": (
                            "Gut, dann bleibe ich erst mal beim Festpreis und schaue mir "
                            "die Lastkurven ein Jahr lang an."
                        ),
                    },
                ],
            },
            {
                "author": "anna_b",
                "body": (
                    "Nettes Extra: Über die lokale Schnittstelle (HAN) kannst du die "
                    "Messwerte bei manchen Gateways auch selbst auslesen, z. B. in Home "
                    "Assistant. Frag beim Einbau, ob das freigeschaltet werden kann."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 10,
                "comments": [],
            },
            {
                "author": "frank_d",
                "body": (
                    "Bei mir hat sich nach dem Einbau vor allem eines geändert: Das "
                    "Ablesen entfällt, die Werte kommen automatisch. Meine Excel-Tabelle "
                    "fülle ich trotzdem weiter, jetzt eben mit Daten aus Mein Konto."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [],
            },
            {
                "author": "markus_t",
                "body": (
                    "Kurzes Update: Das iMSys ist eingebaut, die HAN-Schnittstelle wurde "
                    "nach einer formlosen Anfrage beim Messstellenbetreiber "
                    "freigeschaltet. Am Tarif hat sich wie erwartet nichts geändert."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 800,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "strom-gas",
        "author": "nina_l",
        "kind": "question",
        "title": ("Ökostromtarif: Woran erkenne ich, dass das mehr als gekaufte Zertifikate sind?"),
        "body": (
            "Ich habe euren Ökostromtarif und frage mich, was da eigentlich "
            "dahintersteckt. Eine Freundin meint, jeder Anbieter kauft einfach "
            "Herkunftsnachweise aus Norwegen und nennt es dann Ökostrom. Wo sehe ich, "
            "woher mein Strom wirklich kommt?"
        ),
        "tags": ["oekostrom", "herkunftsnachweis", "strommix"],
        "days_ago": 262,
        "views": 830,
        "votes": 7,
        "answers": [
            {
                "author": "dieter_r",
                "body": (
                    "Deine Freundin hat teilweise recht: Physikalisch kommt aus deiner "
                    "Steckdose immer der Strommix aus dem Netz. Ökostrom heißt, dass für "
                    "deine Menge **Herkunftsnachweise** entwertet werden.\n\n"
                    "Qualität erkennst du an:\n\n"
                    "- Angaben zur **Herkunft** (Land, Anlage) in der Stromkennzeichnung "
                    "auf der Rechnung\n"
                    "- Einem Anteil **Neuanlagen**, also Kraftwerken, die nicht älter als "
                    "ein paar Jahre sind\n"
                    "- Einem Gütesiegel, das Investitionen in neue Anlagen verlangt\n\n"
                    "Die Stromkennzeichnung muss jeder Lieferant einmal im Jahr "
                    "veröffentlichen."
                ),
                "votes": 12,
                "accepted": True,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "markus_t",
                "body": (
                    "Wer es ganz genau will: Die beste Ökostrom-Kilowattstunde ist die vom "
                    "eigenen Dach oder Balkon 😉 Aber im Ernst, Dieters Liste ist ein guter "
                    "Maßstab."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 12,
                "comments": [
                    {
                        "author": "nina_l",
                        "body": "Für den Balkon spare ich gerade, danke euch!",
                    },
                ],
            },
        ],
        "comments": [],
    },
    {
        "category": "strom-gas",
        "author": "anna_b",
        "kind": "question",
        "title": ("Dynamischer Stromtarif mit Wärmepumpe: Rechnet sich das bei 6.500 kWh im Jahr?"),
        "body": (
            "Wir haben seit letztem Herbst eine Luft-Wasser-Wärmepumpe und verbrauchen "
            "insgesamt etwa **6.500 kWh** im Jahr, davon ca. 4.000 kWh für die Wärmepumpe. "
            "Ein Smart Meter ist verbaut, Home Assistant steuert schon einiges.\n\n"
            "Lohnt sich ein dynamischer Tarif, wenn die Wärmepumpe im Winter eher tagsüber "
            "läuft? Hat jemand echte Zahlen?"
        ),
        "tags": ["dynamischer-tarif", "waermepumpe", "smart-meter"],
        "days_ago": 20,
        "views": 690,
        "votes": 10,
        "answers": [
            {
                "author": "dieter_r",
                "body": (
                    "Im Winter bringt ein dynamischer Tarif bei Wärmepumpen oft weniger "
                    "als erhofft, weil gerade an kalten, windstillen Tagen die "
                    "Börsenpreise hoch sind und die Pumpe trotzdem laufen muss. Der "
                    "Vorteil liegt im Verschieben: Pufferspeicher und Warmwasser in die "
                    "günstigen Stunden legen. Ohne großen Puffer ist die Ersparnis meist "
                    "klein."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "markus_t",
                "body": (
                    "Unsere Zahlen aus einem Jahr (Wärmepumpe, "
                    "300-Liter-Warmwasserspeicher, kein Puffer):\n\n"
                    "| Zeitraum | Ø Preis dynamisch | Festpreis |\n"
                    "|---|---|---|\n"
                    "| Nov–Feb | 31,8 ct | 30,9 ct |\n"
                    "| Mär–Okt | 22,4 ct | 30,9 ct |\n\n"
                    "Unterm Strich rund 140 € gespart, fast alles im Sommer durch "
                    "Warmwasser und Auto."
                ),
                "votes": 13,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [
                    {
                        "author": "anna_b",
                        "body": (
                            "Danke, genau so was habe ich gesucht! Ohne Auto wäre es bei "
                            "uns wohl noch weniger."
                        ),
                    },
                ],
            },
            {
                "author": "anna_b",
                "body": (
                    "Ich teste jetzt drei Monate mit einem Warmwasser-Zeitfenster nach "
                    "Börsenpreis und vergleiche danach mit dem Vorjahr. Ergebnisse poste "
                    "ich hier."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 50,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "strom-gas",
        "author": "fatma_o",
        "kind": "question",
        "title": "640 € Nachzahlung – Stromverbrauch angeblich doppelt so hoch wie im Vorjahr",
        "body": (
            "Unsere Jahresabrechnung ist gekommen: **5.820 kWh** statt 2.950 kWh im "
            "Vorjahr, Nachzahlung 640 €. Wir sind fünf Personen, aber an unserem Alltag "
            "hat sich nichts geändert, keine neuen Geräte, kein Heizlüfter.\n\n"
            "Im Juni wurde allerdings der Zähler getauscht. Kann da etwas schiefgelaufen "
            "sein?"
        ),
        "tags": ["nachzahlung", "zaehlerwechsel", "jahresabrechnung"],
        "days_ago": 4,
        "views": 230,
        "votes": 5,
        "answers": [
            {
                "author": "frank_d",
                "body": (
                    "Beim Zählerwechsel passiert tatsächlich oft ein Fehler. Schau auf der "
                    "Abrechnung, ob **zwei Zähler** mit Ausbau- bzw. Einbaustand "
                    "aufgeführt sind. Typische Fehler:\n\n"
                    "- Der neue Zähler startet nicht bei 0, wird aber so gerechnet\n"
                    "- Der Ausbaustand des alten Zählers fehlt und wurde geschätzt\n\n"
                    "Das Wechselprotokoll des Monteurs (meist ein Zettel im Briefkasten) "
                    "hilft beim Vergleich."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "dieter_r",
                "body": (
                    "Zusätzlich: Lies den neuen Zähler eine Woche lang jeden Abend ab. "
                    "Fünf Personen verbrauchen grob 10–14 kWh am Tag. Liegt ihr deutlich "
                    "darüber, lohnt sich die Suche nach einem Dauerverbraucher, sonst "
                    "spricht alles für einen Abrechnungsfehler."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 6,
                "comments": [],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Danke! Auf der Abrechnung steht nur ein Zähler, und das Protokoll "
                    "habe ich gefunden: Ausbaustand 31.204 kWh. Der taucht in der Rechnung "
                    "gar nicht auf. Ich habe Widerspruch mit Foto vom Protokoll eingelegt "
                    "und warte jetzt."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [
                    {
                        "author": "frank_d",
                        "body": (
                            "Sehr gut. Und den Abschlag erst mal nicht erhöhen lassen, bis "
                            "das geklärt ist."
                        ),
                    },
                ],
            },
        ],
        "comments": [],
    },
    {
        "category": "strom-gas",
        "author": "carla_n",
        "kind": "question",
        "title": "Wo steht die Zählernummer auf dem neuen digitalen Stromzähler?",
        "body": (
            "Bei uns wurde letzte Woche ein neuer digitaler Zähler eingebaut. In der App "
            "soll ich den Zähler neu zuordnen, aber auf dem Gerät stehen mehrere lange "
            "Nummern und ein QR-Code. Das Display wechselt ständig zwischen verschiedenen "
            "Werten. Welche Nummer ist die Zählernummer, und welcher Wert im Display ist "
            "der richtige Stand?"
        ),
        "tags": ["zaehlernummer", "moderne-messeinrichtung", "app"],
        "days_ago": 1,
        "views": 27,
        "votes": 0,
        "answers": [],
        "comments": [],
    },
    {
        "category": "strom-gas",
        "author": "dieter_r",
        "kind": "discussion",
        "title": "Stromverbrauch im Winter senken: Was hat bei euch wirklich etwas gebracht?",
        "body": (
            "Als Energieberater habe ich viele Tipps gehört, die in der Praxis kaum etwas "
            "bringen. Mich interessieren eure **gemessenen** Erfahrungen. Bei uns (2 "
            "Personen, Einfamilienhaus) waren es vor allem:\n\n"
            "1. Alte Umwälzpumpe der Heizung gegen Hocheffizienzpumpe getauscht: ca. 350 "
            "kWh/Jahr\n"
            "2. Zweiter Kühlschrank im Keller abgeschafft: ca. 220 kWh/Jahr\n"
            "3. Standby von Fernseher, Receiver und Soundbar per Steckdosenleiste: ca. 90 "
            "kWh/Jahr\n\n"
            "Was waren bei euch die großen Brocken?"
        ),
        "tags": ["energiesparen", "verbrauch", "erfahrungen"],
        "days_ago": 143,
        "views": 2120,
        "votes": 18,
        "answers": [
            {
                "author": "frank_d",
                "body": (
                    "Laut meiner Tabelle: Gefriertruhe von 2004 gegen ein neues Gerät "
                    "getauscht, minus 310 kWh im Jahr. Hat sich nach gut vier Jahren "
                    "bezahlt gemacht."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Bei fünf Personen: Wäschetrockner nur noch im Winter und dann immer "
                    "voll beladen. Allein das hat uns geschätzt 400 kWh gespart. Die "
                    "Kinder finden das Wäscheaufhängen natürlich weniger toll."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 11,
                "comments": [],
            },
            {
                "author": "anna_b",
                "body": (
                    "Ich habe mit Zwischensteckern mit Messfunktion eine Woche lang alles "
                    "gemessen. Größte Überraschung: Das NAS mit vier alten Festplatten "
                    "lief dauerhaft mit 45 W, also knapp 400 kWh im Jahr. Jetzt fährt es "
                    "nachts herunter."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [
                    {
                        "author": "dieter_r",
                        "body": (
                            "Sehr gutes Beispiel: Dauerläufer sind fast immer die größten "
                            "Sparposten."
                        ),
                    },
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Bei uns war es der alte Aquarium-Heizstab. Meine Frau liebt ihre "
                    "Fische, aber ein neuer, gut geregelter Heizstab und eine Abdeckung "
                    "haben den Verbrauch sichtbar gesenkt."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 34,
                "comments": [],
            },
            {
                "author": "mehmet_y",
                "body": (
                    "Aus Elektrikersicht: Alte Durchlauferhitzer und Boiler ohne "
                    "Temperaturbegrenzung sind oft die heimlichen Spitzenreiter. Ein "
                    "elektronischer Durchlauferhitzer mit genauer Temperaturwahl spart "
                    "spürbar, weil man nicht mehr mit kaltem Wasser nachmischt."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 50,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # ---------------------------------------------------------------- smart-home
    {
        "category": "smart-home",
        "author": "anna_b",
        "kind": "question",
        "title": "Tado-Thermostate in Home Assistant: über die Cloud oder lokal per HomeKit?",
        "body": (
            "Ich habe acht Tado-Heizkörperthermostate (V3+) mit Bridge und möchte sie in "
            "Home Assistant einbinden. Die normale Tado-Integration geht über die Cloud, "
            "und seit den neuen API-Limits kommen die Werte bei mir nur noch sehr "
            "verzögert an.\n\n"
            "Hat jemand Erfahrung mit der lokalen Einbindung über **HomeKit Controller**? "
            "Verliere ich dann Funktionen in der Tado-App?"
        ),
        "tags": ["tado", "home-assistant", "homekit"],
        "days_ago": 91,
        "views": 1520,
        "votes": 11,
        "answers": [
            {
                "author": "stefan_b",
                "body": (
                    "Läuft bei mir seit einem halben Jahr stabil. Vorgehen:\n\n"
                    "1. Bridge in der Apple-Home-App entfernen, falls sie dort eingebunden "
                    "ist (eine Bridge kann nur einen HomeKit-Controller haben)\n"
                    "2. In Home Assistant die Integration **HomeKit Device** hinzufügen, "
                    "die Bridge wird automatisch gefunden\n"
                    "3. Den HomeKit-Code von der Rückseite der Bridge eingeben\n\n"
                    "Temperaturen und Zieltemperatur kommen dann lokal und sofort. Die "
                    "Tado-App funktioniert weiterhin, Zeitpläne und Geofencing bleiben "
                    "dort. Ich nutze beide Integrationen parallel: lokal für Steuerung, "
                    "Cloud nur für Batteriestatus."
                ),
                "votes": 16,
                "accepted": True,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "anna_b",
                        "body": (
                            "Perfekt, genau so umgesetzt. Reaktionszeit jetzt unter einer Sekunde."
                        ),
                    },
                ],
            },
            {
                "author": "sabine_k",
                "body": (
                    "Falls die Bridge in einem separaten IoT-VLAN hängt: HomeKit braucht "
                    "mDNS. Ohne mDNS-Repeater zwischen den Netzen findet Home Assistant "
                    "sie nicht."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 6,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "smart-home",
        "author": "heike_p",
        "kind": "question",
        "title": "Smart-Home-App zeigt nach dem Routertausch alle Geräte als „offline“ an",
        "body": (
            "Mein Sohn hat mir einen neuen Router eingerichtet. Seitdem zeigt die "
            "Smart-Home-App bei allen Geräten „offline“ an: zwei Zwischenstecker, drei "
            "Thermostate und die Zentrale. Die Heizung läuft zum Glück noch nach dem alten "
            "Zeitplan. Muss ich jetzt alles neu kaufen?"
        ),
        "tags": ["app", "router", "offline"],
        "days_ago": 54,
        "views": 760,
        "votes": 3,
        "answers": [
            {
                "author": "anna_b",
                "body": (
                    "Keine Sorge, nichts ist kaputt. Die Zentrale kennt nur das alte WLAN "
                    "(Name und Passwort). Wenn der neue Router anders heißt, findet sie "
                    "nicht mehr ins Netz. Die Thermostate selbst funken nur mit der "
                    "Zentrale, deshalb läuft der Zeitplan weiter."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "mod_jana",
                "body": (
                    "Hallo Heike, Anna hat es richtig erklärt. Am einfachsten:\n\n"
                    "1. Die Zentrale per **LAN-Kabel** direkt an den neuen Router stecken. "
                    "Dann ist sie nach ein bis zwei Minuten wieder online, ganz ohne "
                    "WLAN-Einstellung.\n"
                    "2. Falls das nicht geht: In der App **Einstellungen → Zentrale → WLAN "
                    "ändern** wählen und den neuen WLAN-Namen und das Passwort eingeben "
                    "(stehen meist auf der Unterseite des Routers).\n\n"
                    "Die Thermostate und Zwischenstecker kommen danach von selbst zurück, "
                    "du musst nichts neu anlernen."
                ),
                "votes": 11,
                "accepted": True,
                "official": True,
                "hours_after": 4,
                "comments": [
                    {
                        "author": "heike_p",
                        "body": (
                            "Kabel eingesteckt, alles wieder grün. Das hätte ich mir nicht "
                            "zugetraut. Danke!"
                        ),
                    },
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Hatte ich auch. Der einfachste Trick: Beim neuen Router denselben "
                    "WLAN-Namen und dasselbe Passwort wie beim alten vergeben. Dann finden "
                    "alle Geräte von selbst zurück."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 10,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "smart-home",
        "author": "fatma_o",
        "kind": "question",
        "title": "Shelly Plug S an der Waschmaschine: Sind 2.100 W beim Waschen normal?",
        "body": (
            "Ich habe einen **Shelly Plug S** zwischen Waschmaschine und Steckdose "
            "gesteckt, um zu sehen, was eine Wäsche kostet. Am Anfang zeigt er über 2.000 "
            "W, danach lange nur 100–200 W. Ist das normal? Und darf der kleine Stecker "
            "überhaupt so viel Leistung schalten?"
        ),
        "tags": ["shelly", "verbrauch", "zwischenstecker"],
        "days_ago": 35,
        "views": 690,
        "votes": 4,
        "answers": [
            {
                "author": "anna_b",
                "body": (
                    "Völlig normal: Die ersten 15–20 Minuten heizt die Maschine das Wasser "
                    "auf, das braucht die volle Heizleistung von rund 2 kW. Danach laufen "
                    "nur Motor und Pumpe.\n\n"
                    "Für die Kosten pro Wäsche schaust du am besten auf den "
                    "**Energiezähler** in der Shelly-App (Wh pro Zeitraum) statt auf die "
                    "Momentanleistung. Eine 40-Grad-Wäsche liegt meist bei 0,5–0,9 kWh, "
                    "eine 60-Grad-Wäsche eher bei 1,0–1,4 kWh."
                ),
                "votes": 9,
                "accepted": True,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "fatma_o",
                        "body": (
                            "40 Grad Buntwäsche: 0,72 kWh. Das sind keine 30 Cent, besser "
                            "als gedacht."
                        ),
                    },
                ],
            },
            {
                "author": "mehmet_y",
                "body": (
                    "Zur zweiten Frage: Der Plug S ist für **bis zu 2.500 W** ausgelegt, "
                    "die Waschmaschine passt also. Trotzdem bitte nicht hinter eine "
                    "Mehrfachsteckdose oder Kabeltrommel stecken, und für Trockner plus "
                    "Waschmaschine gleichzeitig ist er nicht gedacht."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "frank_d",
                "body": (
                    "Ich messe so alle Großgeräte der Reihe nach. Spülmaschine im "
                    "Eco-Programm: 0,78 kWh, im Intensivprogramm 1,6 kWh. Das Eco-Programm "
                    "dauert zwar ewig, lohnt sich aber."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "smart-home",
        "author": "tim_k",
        "kind": "question",
        "title": (
            "Rauchmelder in 40 Mietwohnungen vernetzen – Funkmelder oder über das Smart Home?"
        ),
        "body": (
            "Für unsere Häuser steht der Austausch der Rauchmelder an (die zehn Jahre sind "
            "um). Einige Mieter fragen, ob man die Melder vernetzen kann, damit man im "
            "Urlaub eine Benachrichtigung bekommt. Lohnt sich das über die Smart-Home-App "
            "oder lieber klassische Funkrauchmelder? Die Wartungspflicht muss natürlich "
            "weiterhin erfüllt werden."
        ),
        "tags": ["rauchmelder", "vernetzung", "vermietung"],
        "days_ago": 217,
        "views": 480,
        "votes": 5,
        "answers": [
            {
                "author": "mehmet_y",
                "body": (
                    "Aus der Praxis würde ich für den Vermieterbestand **Funkmelder mit "
                    "Ferninspektion** nehmen. Die prüfen sich selbst (Rauchkammer, "
                    "Batterie, Hindernisse vor dem Melder) und melden das an ein "
                    "Auslesegerät, das erleichtert die jährliche Wartung enorm.\n\n"
                    "Smart-Home-Melder in der App sind toll für Mieter, die es wollen, "
                    "aber als Vermieter möchte ich meine Wartungspflicht nicht davon "
                    "abhängig machen, ob jemand sein WLAN wechselt. Beides lässt sich "
                    "übrigens kombinieren: Mieter können zusätzliche Smart-Melder auf "
                    "eigene Kosten aufstellen."
                ),
                "votes": 10,
                "accepted": True,
                "official": False,
                "hours_after": 6,
                "comments": [
                    {
                        "author": "tim_k",
                        "body": (
                            "Sehr einleuchtend. Die Ferninspektion spart uns 40 "
                            "Wohnungsbegehungen pro Jahr."
                        ),
                    },
                ],
            },
            {
                "author": "anna_b",
                "body": (
                    "Als Mieterin fände ich gut, wenn der Vermieter-Melder zumindest per "
                    "Funk an einen eigenen Smart-Home-Sensor „weiterklingeln“ könnte. "
                    "Manche Hersteller bieten dafür ein Relaismodul an."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 15,
                "comments": [],
            },
            {
                "author": "tim_k",
                "body": (
                    "Rückmeldung: Wir haben uns für Funkmelder mit Ferninspektion "
                    "entschieden. Mieter, die es möchten, dürfen zusätzlich eigene "
                    "Smart-Home-Melder aufstellen. Danke für die Einschätzungen!"
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 300,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "smart-home",
        "author": "stefan_b",
        "kind": "question",
        "title": (
            "Shelly Plus 1PM hinter dem Lichtschalter: Welcher Draht kommt an welche Klemme?"
        ),
        "body": (
            "Ich möchte das Deckenlicht im Arbeitszimmer smart machen und einen **Shelly "
            "Plus 1PM** in die Schalterdose setzen. In der Dose sind drei Drähte: schwarz, "
            "braun und blau. Der Schalter ist ein einfacher Ausschalter.\n\n"
            "Wie verdrahte ich das richtig? (Sicherung ist natürlich aus.)"
        ),
        "tags": ["shelly", "verkabelung", "licht"],
        "days_ago": 104,
        "views": 1370,
        "votes": 6,
        "answers": [
            {
                "author": "mehmet_y",
                "body": (
                    "Vorweg als Elektriker: Arbeiten am 230-V-Netz dürfen nur "
                    "Elektrofachkräfte machen, und blau muss in der Dose nicht zwingend "
                    "Neutralleiter sein. **Messen, nicht raten.** Wenn die Farben "
                    "normgerecht sind, sieht es typisch so aus:\n\n"
                    "```\n"
                    "Phase L (vom Verteiler)  -> Klemme L am Shelly + ein Schalterkontakt\n"
                    "Neutralleiter N (blau)   -> Klemme N\n"
                    "Ausgang O                -> Draht zur Lampe\n"
                    "Eingang SW               -> zweiter Schalterkontakt\n"
                    "```\n\n"
                    "Der Schalter schaltet dann nicht mehr die Lampe direkt, sondern gibt "
                    "nur das Signal an den Shelly. In der App den Schaltertyp auf "
                    "„Kippschalter“ oder „Taster“ stellen."
                ),
                "votes": 15,
                "accepted": True,
                "official": False,
                "hours_after": 4,
                "comments": [
                    {
                        "author": "stefan_b",
                        "body": (
                            "Ich lasse das dann doch von einem Elektriker machen, aber "
                            "jetzt weiß ich, was er tut. Danke!"
                        ),
                    },
                ],
            },
            {
                "author": "sabine_k",
                "body": (
                    "Achte auch darauf, dass in der Schalterdose überhaupt ein "
                    "Neutralleiter ankommt. In vielen Altbauten fehlt er dort, dann "
                    "brauchst du ein Modell, das ohne N auskommt. Shelly hat dafür eigene "
                    "Varianten, z. B. den Shelly 1L."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [],
            },
            {
                "author": "anna_b",
                "body": (
                    "Software-Tipp für danach: Wenn du das Licht per Automation steuern "
                    "willst, stell den Eingang in der Shelly-App auf **„Detached“**. Dann "
                    "schaltet der Schalter das Relais nicht direkt, sondern nur noch deine "
                    "Automation."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 14,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "smart-home",
        "author": "sabine_k",
        "kind": "question",
        "title": ("Matter-over-Thread im eigenen IoT-VLAN: Border Router findet die Geräte nicht"),
        "body": (
            "Setup: FRITZ!Box als Modem, dahinter OPNsense mit VLAN 30 für IoT. Home "
            "Assistant läuft im VLAN 10, dazu ein Thread Border Router (SkyConnect) am "
            "Home-Assistant-Host.\n\n"
            "Matter-Geräte über WLAN im VLAN 30 klappen inzwischen, aber zwei "
            "Thread-Thermostate lassen sich nicht anlernen. Im Log:\n\n"
            "```\n"
            "CHIP: Discovery timed out, no commissionable nodes found\n"
            "```\n\n"
            "mDNS-Repeater zwischen VLAN 10 und 30 ist aktiv. Fehlt mir noch eine Regel "
            "für IPv6?"
        ),
        "tags": ["matter", "thread", "vlan", "ipv6"],
        "days_ago": 11,
        "views": 350,
        "votes": 8,
        "answers": [
            {
                "author": "anna_b",
                "body": (
                    "Thread braucht zwingend **IPv6** und der Border Router verteilt seine "
                    "Routen per **Router Advertisements**. Die werden zwischen VLANs nicht "
                    "geroutet. Bei mir lief es erst, als das Handy zum Anlernen im selben "
                    "VLAN wie der Border Router war."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [
                    {
                        "author": "sabine_k",
                        "body": "Handy war im IoT-VLAN. Ich teste heute Abend im VLAN 10.",
                    },
                ],
            },
            {
                "author": "stefan_b",
                "body": (
                    "Außerdem prüfen, ob OPNsense ICMPv6 zwischen den Netzen blockt. Ohne "
                    "Neighbor Discovery und Router Advertisements klappt bei Thread "
                    "praktisch nichts."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 12,
                "comments": [],
            },
            {
                "author": "sabine_k",
                "body": (
                    "Zwischenstand: Mit dem Handy im VLAN 10 wurde ein Thermostat "
                    "angelernt, das zweite bricht weiter mit Timeout ab. Ich vermute jetzt "
                    "die Firmware des Thermostats und melde mich, sobald ich mehr weiß."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 34,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "smart-home",
        "author": "klaus_w",
        "kind": "question",
        "title": "Heizkörperthermostat klackt nachts laut – ist das ein Defekt?",
        "body": (
            "Seit ich im Schlafzimmer ein smartes Heizkörperthermostat habe, höre ich "
            "nachts immer wieder ein Klacken und leises Surren, ungefähr alle 20 Minuten. "
            "Meine Frau schläft dadurch schlecht. Das Thermostat ist erst drei Monate alt. "
            "Kann man das leiser stellen?"
        ),
        "tags": ["thermostat", "heizung", "geraeusche"],
        "days_ago": 52,
        "views": 430,
        "votes": 2,
        "answers": [
            {
                "author": "anna_b",
                "body": (
                    "Das Surren ist der Stellmotor, der das Ventil ein Stück öffnet oder "
                    "schließt. Viele Thermostate regeln ständig nach. Oft hilft es, in der "
                    "App die **Nachtabsenkung** für das Schlafzimmer so einzustellen, dass "
                    "das Thermostat nachts einfach geschlossen bleibt."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "dieter_r",
                "body": (
                    "Wenn es richtig klackt, kann auch das Ventil selbst schwergängig "
                    "sein. Dann arbeitet der Motor gegen Widerstand. Thermostat abnehmen, "
                    "den Ventilstift ein paarmal vorsichtig reindrücken und mit etwas "
                    "Silikonfett gangbar machen. Hat bei mir geholfen."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 10,
                "comments": [
                    {
                        "author": "klaus_w",
                        "body": (
                            "Das mit dem Stift probiere ich am Wochenende. Die "
                            "Nachtabsenkung ist schon aktiv."
                        ),
                    },
                ],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Bei unseren Thermostaten gibt es in der App einen Punkt **„Leiser "
                    "Modus“** bzw. langsamere Ventilbewegung. Damit war das Surren bei uns "
                    "im Kinderzimmer deutlich weniger."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Das Ventil ging tatsächlich schwer, nach dem Fetten ist es deutlich "
                    "leiser geworden. Ganz weg ist das Klacken aber nicht. Den leisen "
                    "Modus finde ich in meiner App leider nicht."
                ),
                "votes": 1,
                "accepted": False,
                "official": False,
                "hours_after": 100,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "smart-home",
        "author": "lukas_m",
        "kind": "question",
        "title": "Zwischenstecker schaltet sich seit dem Firmware-Update nachts von selbst aus",
        "body": (
            "Seit dem Firmware-Update letzte Woche geht mein Zwischenstecker (der aus dem "
            "Smart-Home-Set) jede Nacht gegen 2 Uhr aus. Dran hängt mein Aquarium-Filter, "
            "das ist also nicht ganz egal. In der App gibt es keine Zeitregel und keine "
            "Automation dafür. Im Ereignisprotokoll steht nur „Ausgeschaltet (System)“. "
            "Hat das noch jemand?"
        ),
        "tags": ["zwischenstecker", "firmware", "app"],
        "days_ago": 2,
        "views": 52,
        "votes": 2,
        "answers": [],
        "comments": [
            {
                "author": "anna_b",
                "body": (
                    "Welche Firmware-Version steht in der App? Dann kann ich bei mir vergleichen."
                ),
            },
        ],
    },
    {
        "category": "smart-home",
        "author": "anna_b",
        "kind": "discussion",
        "title": "Zeigt her eure Automationen: Was spart bei euch wirklich Energie?",
        "body": (
            "Ich sammle Automationen, die nicht nur cool sind, sondern messbar etwas "
            "bringen. Meine Top 3 aus Home Assistant:\n\n"
            "1. **Fenster auf → Thermostat aus** (Kontaktsensor, 30 Sekunden Verzögerung)\n"
            "2. **Niemand zu Hause → alle Räume auf 17 °C** (Geofencing beider Handys)\n"
            "3. **Fernseher aus → Steckdosenleiste nach 10 Minuten aus** (Leistung unter 5 "
            "W)\n\n"
            "Und ihr? Gern mit ungefähren Zahlen."
        ),
        "tags": ["automation", "energiesparen", "home-assistant"],
        "days_ago": 178,
        "views": 1850,
        "votes": 16,
        "answers": [
            {
                "author": "markus_t",
                "body": (
                    "Bei uns: Geschirrspüler und Waschmaschine starten automatisch, wenn "
                    "die PV-Anlage mehr als 1,5 kW Überschuss meldet. Eigenverbrauch ist "
                    "von 31 % auf 44 % gestiegen."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Ganz simpel, aber wirksam: Im Kinderbad schaltet ein Bewegungsmelder "
                    "das Licht nach fünf Minuten ohne Bewegung aus. Bei drei Kindern, die "
                    "nie das Licht ausmachen, merkt man das wirklich."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [
                    {
                        "author": "anna_b",
                        "body": "Die Kinder-Automation ist meine Lieblingskategorie 😄",
                    },
                ],
            },
            {
                "author": "sabine_k",
                "body": (
                    "Bei mir schaltet das Homelab nachts zwei von drei Servern ab und "
                    "weckt sie per Wake-on-LAN morgens wieder auf. Spart etwa 60 W im "
                    "Dauerbetrieb, also gut 250 kWh im Jahr."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 21,
                "comments": [],
            },
            {
                "author": "frank_d",
                "body": (
                    "Ich habe keine Automation, sondern eine Benachrichtigung: Wenn der "
                    "Grundverbrauch nachts über 150 W steigt, bekomme ich eine Nachricht. "
                    "So habe ich einen defekten Kühlschrank gefunden, dessen Kompressor "
                    "durchlief."
                ),
                "votes": 9,
                "accepted": False,
                "official": False,
                "hours_after": 40,
                "comments": [],
            },
            {
                "author": "dieter_r",
                "body": (
                    "Bei uns: Die Heizung bekommt den Wetterbericht und fährt bei "
                    "angekündigter Sonne am Vormittag früher herunter, weil die Südfenster "
                    "den Rest erledigen. Schwer zu messen, geschätzt 5 % weniger Gas."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 60,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "smart-home",
        "author": "markus_t",
        "kind": "idea",
        "title": "Idee: Zwischenstecker in der Smart-Home-App nach PV-Überschuss schalten",
        "body": (
            "Viele hier haben inzwischen ein Balkonkraftwerk oder eine PV-Anlage. Die "
            "Smart-Home-App kann Zwischenstecker bisher nur nach Zeitplan schalten.\n\n"
            "Vorschlag: eine Regel **„Einschalten, wenn Einspeisung > X Watt“**, z. B. mit "
            "den Daten vom Smart Meter oder einem Shelly am Zählerschrank. Damit könnte "
            "man Akkus, Boiler oder Entfeuchter genau dann laufen lassen, wenn Strom übrig "
            "ist."
        ),
        "tags": ["idee", "pv-ueberschuss", "zwischenstecker"],
        "days_ago": 64,
        "views": 720,
        "votes": 20,
        "answers": [
            {
                "author": "anna_b",
                "body": (
                    "Sehr gern! In Home Assistant mache ich das längst, aber für alle ohne "
                    "Bastellust wäre das direkt in der App genau richtig."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "mehmet_y",
                "body": (
                    "Bitte mit einer Mindestlaufzeit oder Hysterese, sonst schaltet der "
                    "Stecker bei jeder Wolke an und aus. Das mögen Kompressoren in "
                    "Entfeuchtern gar nicht."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 7,
                "comments": [
                    {
                        "author": "markus_t",
                        "body": "Guter Punkt, z. B. „mindestens 10 Minuten an“.",
                    },
                ],
            },
            {
                "author": "brand_lena",
                "body": (
                    "Toller Vorschlag, der passt perfekt zu unserer Themenwoche "
                    "Balkonkraftwerk! Ich habe ihn mit den Hinweisen zur Hysterese an das "
                    "App-Team gegeben."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 26,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # ---------------------------------------------------------------- balkonkraftwerk
    {
        "category": "balkonkraftwerk",
        "author": "petra_s",
        "kind": "question",
        "title": (
            "Balkonkraftwerk anmelden: Reicht das Marktstammdatenregister oder muss ich "
            "auch zu euch?"
        ),
        "body": (
            "Ich habe mir ein Balkonkraftwerk mit zwei Modulen (2 × 425 Wp) und einem "
            "800-W-Wechselrichter gekauft. Jetzt lese ich überall Unterschiedliches: "
            "Manche sagen, man muss es beim Netzbetreiber anmelden, andere sagen, das "
            "**Marktstammdatenregister** reicht.\n\n"
            "Muss ich euch als Stromlieferanten auch Bescheid geben? Und was ist mit "
            "meinem alten Zähler?"
        ),
        "tags": ["anmeldung", "marktstammdatenregister", "zaehler"],
        "days_ago": 28,
        "views": 1980,
        "votes": 13,
        "answers": [
            {
                "author": "mehmet_y",
                "body": (
                    "Seit dem Solarpaket im Mai 2024 ist es deutlich einfacher geworden: "
                    "Es reicht die Registrierung im **Marktstammdatenregister** innerhalb "
                    "eines Monats nach Inbetriebnahme. Die separate Anmeldung beim "
                    "Netzbetreiber ist entfallen."
                ),
                "votes": 9,
                "accepted": False,
                "official": False,
                "hours_after": 1,
                "comments": [],
            },
            {
                "author": "mod_jana",
                "body": (
                    "Hallo Petra, Mehmet hat recht. Zusammengefasst:\n\n"
                    "| Wer | Was du tun musst |\n"
                    "|---|---|\n"
                    "| Marktstammdatenregister | Anlage registrieren (ca. 15 Minuten) |\n"
                    "| Netzbetreiber | nichts, er bekommt die Daten aus dem Register |\n"
                    "| Wir als Lieferant | nichts, dein Vertrag bleibt unverändert |\n\n"
                    "Falls bei dir noch ein alter Zähler ohne Rücklaufsperre hängt, "
                    "tauscht der Netzbetreiber ihn nach der Registrierung aus. Bis dahin "
                    "darfst du die Anlage schon betreiben. Eine Schritt-für-Schritt-Hilfe "
                    "gibt es in unserer [Anleitung zum "
                    "Marktstammdatenregister](https://example.org/hilfe/balkonkraftwerk-anmelden)."
                ),
                "votes": 17,
                "accepted": True,
                "official": True,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "petra_s",
                        "body": (
                            "Danke, die Tabelle habe ich mir ausgedruckt. Registrierung "
                            "ist erledigt!"
                        ),
                    },
                ],
            },
            {
                "author": "markus_t",
                "body": (
                    "Tipp für die Registrierung: Die **Nettonennleistung** ist die "
                    "Leistung des Wechselrichters (hier 800 W), die **Bruttoleistung** die "
                    "Summe der Module (850 Wp). Das verwechseln viele."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 6,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "balkonkraftwerk",
        "author": "markus_t",
        "kind": "question",
        "title": "Hoymiles HMS-800W-2T mit OpenDTU: Drosselung auf 600 W jetzt aufheben?",
        "body": (
            "Mein Hoymiles HMS-800W-2T ist seit 2023 per **OpenDTU** auf 600 W gedrosselt, "
            "weil das damals die Grenze war. Inzwischen sind 800 W erlaubt. Kann ich das "
            "Limit einfach in OpenDTU hochsetzen? Im Marktstammdatenregister steht noch "
            "600 W.\n\n"
            "Aktuelle Einstellung:\n\n"
            "```\n"
            "Limit persistent: 75 %  (= 600 W)\n"
            "```"
        ),
        "tags": ["hoymiles", "opendtu", "wechselrichter", "800-watt"],
        "days_ago": 240,
        "views": 2650,
        "votes": 14,
        "answers": [
            {
                "author": "mehmet_y",
                "body": (
                    "Technisch ja: In OpenDTU unter **Limit** das persistente Limit auf "
                    "100 % setzen, dann läuft der Wechselrichter mit 800 W.\n\n"
                    "Formell solltest du vorher oder gleichzeitig den Eintrag im "
                    "**Marktstammdatenregister** anpassen: Anlage aufrufen, „Daten "
                    "ändern“, Nettonennleistung auf 0,8 kW. Der Netzbetreiber sieht die "
                    "Änderung dann automatisch. Mehr ist nicht nötig, solange an deinem "
                    "Stromkreis sonst nichts Großes hängt."
                ),
                "votes": 16,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "markus_t",
                        "body": (
                            "Register angepasst, Limit auf 100 %. Heute Mittag 786 W "
                            "Spitze gesehen 🌞"
                        ),
                    },
                ],
            },
            {
                "author": "sabine_k",
                "body": (
                    "Hinweis zu OpenDTU: Nicht das **nicht-persistente** Limit im "
                    "Sekundentakt ändern, wenn du später eine Nulleinspeisung baust. Das "
                    "persistente Limit wird im Flash gespeichert, zu viele Schreibvorgänge "
                    "mögen die Wechselrichter nicht."
                ),
                "votes": 9,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "balkonkraftwerk",
        "author": "fatma_o",
        "kind": "question",
        "title": (
            "Mein alter schwarzer Ferraris-Zähler läuft mittags rückwärts – muss ich etwas tun?"
        ),
        "body": (
            "Seit unser Balkonkraftwerk läuft, dreht sich die Scheibe im alten Stromzähler "
            "mittags rückwärts, wenn wenig im Haus läuft. Die Kinder finden es lustig, ich "
            "habe eher Angst, dass ich Ärger bekomme. Die Anlage ist im "
            "Marktstammdatenregister eingetragen."
        ),
        "tags": ["ferraris-zaehler", "zaehlerwechsel", "einspeisung"],
        "days_ago": 118,
        "views": 1740,
        "votes": 9,
        "answers": [
            {
                "author": "mehmet_y",
                "body": (
                    "Keine Sorge, das ist seit dem Solarpaket ausdrücklich **geduldet**, "
                    "bis der Netzbetreiber den Zähler tauscht. Du musst nichts tun und "
                    "auch nichts zurückzahlen.\n\n"
                    "Durch deine Registrierung weiß der Netzbetreiber Bescheid und baut in "
                    "den nächsten Monaten einen modernen Zweirichtungszähler ein. Einfach "
                    "den Termin wahrnehmen und vorher den alten Zählerstand fotografieren."
                ),
                "votes": 13,
                "accepted": True,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "fatma_o",
                        "body": (
                            "Puh, danke! Dann dürfen die Kinder weiter zuschauen, bis der "
                            "Neue kommt 😄"
                        ),
                    },
                ],
            },
            {
                "author": "dieter_r",
                "body": (
                    "Bei uns hat der Tausch nach der Registrierung knapp fünf Monate "
                    "gedauert. Der Termin kam per Brief, Kosten fielen keine an."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Nachtrag: Heute wurde der Zähler getauscht. Der neue zeigt Bezug und "
                    "Einspeisung getrennt an, die Kinder vermissen die rückwärts drehende "
                    "Scheibe 😄"
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 2200,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "balkonkraftwerk",
        "author": "tim_k",
        "kind": "question",
        "title": ("Als Hausverwaltung: Was dürfen wir von Mietern mit Balkonkraftwerk verlangen?"),
        "body": (
            "In unseren Häusern wollen inzwischen sieben Mietparteien ein Balkonkraftwerk. "
            "Früher haben wir das oft abgelehnt, seit der Gesetzesänderung geht das wohl "
            "nicht mehr so einfach.\n\n"
            "Welche Auflagen sind zulässig? Ich denke an Befestigung am Geländer, "
            "Haftpflicht und den Zustand der alten Elektroinstallation in den "
            "Sechzigerjahre-Bauten."
        ),
        "tags": ["vermietung", "mietrecht", "montage"],
        "days_ago": 160,
        "views": 1280,
        "votes": 12,
        "answers": [
            {
                "author": "mehmet_y",
                "body": (
                    "Seit Herbst 2024 sind Balkonkraftwerke eine **privilegierte "
                    "Maßnahme**: Mieter haben grundsätzlich Anspruch auf Zustimmung, ihr "
                    "dürft aber über das **Wie** mitreden. Üblich und aus meiner Sicht "
                    "fair:\n\n"
                    "- Befestigung ohne Bohren in die Fassade, Module nicht über die "
                    "Brüstung hinausragend oder mit geprüfter Halterung\n"
                    "- Nachweis einer **Privathaftpflicht**, die Balkonkraftwerke "
                    "einschließt\n"
                    "- Bei alten Installationen eine kurze **Anschlussbescheinigung** "
                    "eines Elektrikers, dass Stromkreis und Absicherung passen\n\n"
                    "Pauschale Verbote oder teure Sondergutachten für jede Anlage dürften "
                    "nicht halten."
                ),
                "votes": 15,
                "accepted": True,
                "official": False,
                "hours_after": 5,
                "comments": [
                    {
                        "author": "tim_k",
                        "body": (
                            "Danke, daraus mache ich ein einheitliches Merkblatt für alle Häuser."
                        ),
                    },
                ],
            },
            {
                "author": "dieter_r",
                "body": (
                    "Sinnvoll ist auch, einen Ansprechpartner im Haus festzulegen und die "
                    "Standorte zu dokumentieren. Bei einem späteren Zählerplatzumbau weiß "
                    "man dann sofort, wo Anlagen einspeisen."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 12,
                "comments": [],
            },
            {
                "author": "markus_t",
                "body": (
                    "Als Mieter kann ich sagen: Ein klares Merkblatt ist Gold wert. Bei "
                    "uns hat die Verwaltung ein halbes Jahr gebraucht, um überhaupt zu "
                    "antworten."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "balkonkraftwerk",
        "author": "jonas_h",
        "kind": "question",
        "title": "EcoFlow PowerStream mit Akku: Nulleinspeisung ohne Smart Meter möglich?",
        "body": (
            "Ich habe ein EcoFlow PowerStream mit 1 kWh-Akku und zwei Modulen. Tagsüber "
            "lädt der Akku, abends soll er genau so viel einspeisen, wie die Wohnung "
            "gerade braucht (Grundlast ca. 120 W). Momentan stelle ich in der App einfach "
            "feste 150 W ein, dann verschenke ich nachts Strom ins Netz.\n\n"
            "Geht das auch automatisch, ohne dass ich ein Smart Meter vom Netzbetreiber "
            "habe?"
        ),
        "tags": ["ecoflow", "speicher", "nulleinspeisung"],
        "days_ago": 73,
        "views": 1630,
        "votes": 8,
        "answers": [
            {
                "author": "markus_t",
                "body": (
                    "Ja, du brauchst dafür nur eine eigene Messung. Zwei Varianten:\n\n"
                    "1. **EcoFlow Smart Plugs** an den größten Verbrauchern. Einfach, "
                    "misst aber nur die Geräte, die dranhängen.\n"
                    "2. Ein **Shelly Pro 3EM** im Zählerschrank (vom Elektriker einbauen "
                    "lassen). Der misst den Gesamtverbrauch der Wohnung, und je nach "
                    "Firmware kann das PowerStream die Werte direkt übernehmen und regelt "
                    "dann auf ungefähr null.\n\n"
                    "Variante 2 ist deutlich genauer, bei mir liegt die Einspeisung danach "
                    "meist unter 10 W."
                ),
                "votes": 12,
                "accepted": True,
                "official": False,
                "hours_after": 4,
                "comments": [
                    {
                        "author": "jonas_h",
                        "body": (
                            "Als Student in der Mietwohnung wird es wohl erst mal Variante "
                            "1. Danke!"
                        ),
                    },
                ],
            },
            {
                "author": "anna_b",
                "body": (
                    "Falls dein Zähler eine Infrarot-Schnittstelle hat: Ein IR-Lesekopf "
                    "(z. B. mit Tasmota) kann den Gesamtverbrauch auch ohne Elektriker "
                    "auslesen. Dafür muss der Netzbetreiber allerdings die PIN für die "
                    "erweiterte Datenanzeige herausgeben."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 8,
                "comments": [],
            },
            {
                "author": "jonas_h",
                "body": (
                    "Update: Zwei Smart Plugs an Kühlschrank und PC, der Rest läuft als "
                    "feste Grundlast. Die Nachteinspeisung ist von rund 40 W auf unter 10 "
                    "W gesunken. Für eine Mietwohnung reicht mir das."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 200,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "balkonkraftwerk",
        "author": "nina_l",
        "kind": "question",
        "title": "Ertrag viel zu niedrig: 2 × 430 Wp, aber nur 1,1 kWh an sonnigen Tagen",
        "body": (
            "Meine Module hängen senkrecht am Balkongeländer, Ausrichtung Südwest, 3. OG. "
            "An wolkenlosen Tagen im Mai komme ich laut App nur auf **1,1 kWh** am Tag, "
            "die Spitze liegt bei 310 W. Nachbarn mit ähnlicher Anlage erzählen von 3–4 "
            "kWh.\n\n"
            "Gegenüber steht ein hoher Baum, der ab etwa 15 Uhr Schatten wirft. Kann das "
            "so viel ausmachen?"
        ),
        "tags": ["ertrag", "verschattung", "montage"],
        "days_ago": 8,
        "views": 290,
        "votes": 4,
        "answers": [
            {
                "author": "markus_t",
                "body": (
                    "Senkrechte Montage kostet im Sommer schon einiges, weil die Sonne "
                    "mittags hoch steht. Rechne grob mit 30 % weniger als bei 30° Neigung. "
                    "Der Baum ab 15 Uhr trifft bei Südwest aber genau die besten Stunden. "
                    "Das dürfte der größere Anteil sein."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "mehmet_y",
                "body": (
                    "Prüf mal, ob beide Module einzeln ans Gerät gehen (zwei "
                    "MPPT-Eingänge) oder in Reihe. In Reihe zieht ein teilverschattetes "
                    "Modul das andere mit runter. Und schau in der App, ob beide Eingänge "
                    "ähnliche Werte liefern. Wenn einer fast nichts bringt, kann auch ein "
                    "Stecker nicht richtig eingerastet sein."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 7,
                "comments": [
                    {
                        "author": "nina_l",
                        "body": (
                            "Eingang 1: 0,8 kWh, Eingang 2: 0,3 kWh. Das schaue ich mir am "
                            "Wochenende genauer an."
                        ),
                    },
                ],
            },
            {
                "author": "nina_l",
                "body": (
                    "Habe nachgesehen: Stecker sitzen fest, beide Module gehen einzeln an "
                    "den Wechselrichter. Eingang 2 hängt am Rand und bekommt den "
                    "Baumschatten zuerst ab. Ich überlege jetzt, das Modul an die "
                    "Seitenwand zu versetzen."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 60,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "balkonkraftwerk",
        "author": "ole_j",
        "kind": "question",
        "title": "Module am Balkongeländer an der Küste: Reicht die Halterung bei Sturm?",
        "body": (
            "Ich wohne in Eckernförde im 4. Stock, direkt zur Förde raus. Bei Westwind "
            "pfeift es hier ordentlich, letzten Winter hatten wir Böen über 100 km/h. Ich "
            "möchte zwei Module mit einer handelsüblichen Geländerhalterung anbringen.\n\n"
            "Hat jemand Erfahrung, welche Halterungen für solche Windlasten geeignet sind? "
            "Oder sollte ich die Module lieber flach auf dem Balkonboden aufstellen?"
        ),
        "tags": ["montage", "windlast", "halterung"],
        "days_ago": 0,
        "views": 14,
        "votes": 1,
        "answers": [],
        "comments": [],
    },
    {
        "category": "balkonkraftwerk",
        "author": "klaus_w",
        "kind": "question",
        "title": "Bekomme ich Geld für den Strom, den mein Balkonkraftwerk ins Netz einspeist?",
        "body": (
            "Meine Frau und ich haben seit letzter Woche ein kleines Balkonkraftwerk. "
            "Mittags, wenn wir unterwegs sind, geht ja einiges ins Netz. Zahlt ihr als "
            "Stromlieferant dafür etwas, oder der Netzbetreiber? Muss ich dafür irgendwo "
            "einen Antrag stellen? Auf meiner Rechnung sehe ich dazu nichts."
        ),
        "tags": ["einspeiseverguetung", "einspeisung", "rechnung"],
        "days_ago": 3,
        "views": 58,
        "votes": 2,
        "answers": [],
        "comments": [
            {
                "author": "frank_d",
                "body": (
                    "Gute Frage, die wird hier sicher bald beantwortet. Haben Sie schon "
                    "einen Zweirichtungszähler?"
                ),
            },
        ],
    },
    {
        "category": "balkonkraftwerk",
        "author": "brand_lena",
        "kind": "discussion",
        "title": "Themenwoche Balkonkraftwerk: Stellt eure Anlage vor! 🌞",
        "body": (
            "Hallo zusammen, diese Woche dreht sich in der Community alles ums "
            "Balkonkraftwerk! Erzählt uns von eurer Anlage:\n\n"
            "- Wie viele Module, welcher Wechselrichter, mit oder ohne Speicher?\n"
            "- Wie habt ihr montiert (Geländer, Wand, Boden)?\n"
            "- Was war die größte Überraschung, positiv oder negativ?\n\n"
            "Unter allen Beiträgen bis Sonntag verlosen wir drei Shelly Plug S zum Messen. "
            "Die Teilnahmebedingungen stehen "
            "[hier](https://example.org/community/themenwoche-balkonkraftwerk)."
        ),
        "tags": ["themenwoche", "erfahrungen", "gewinnspiel"],
        "days_ago": 68,
        "views": 3920,
        "votes": 23,
        "answers": [
            {
                "author": "markus_t",
                "body": (
                    "Dann fange ich an:\n\n"
                    "| Teil | Modell |\n"
                    "|---|---|\n"
                    "| Module | 2 × 430 Wp, bifazial |\n"
                    "| Wechselrichter | Hoymiles HMS-800W-2T mit OpenDTU |\n"
                    "| Montage | Aufständerung 30° auf dem Flachdach der Garage |\n"
                    "| Ertrag 2023 | 812 kWh |\n\n"
                    "Größte Überraschung: Wie viel selbst im Dezember noch zusammenkommt."
                ),
                "votes": 12,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "mehmet_y",
                "body": (
                    "Zwei Module senkrecht am Geländer, Südost, 600-W-Wechselrichter noch "
                    "aus der alten Zeit. Größte Überraschung negativ: Die erste Halterung "
                    "aus dem Baumarkt war nach einem Winter an den Schrauben angerostet. "
                    "Edelstahl lohnt sich."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "ahmed_s",
                "body": (
                    "Sorry für mein Deutsch, ich lerne noch 🙂 Zwei Module an der Wand in "
                    "Frankfurt, EcoFlow mit Akku. Größte Überraschung: Die Anmeldung im "
                    "Marktstammdatenregister war viel einfacher als gedacht, nur 15 "
                    "Minuten."
                ),
                "votes": 10,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [
                    {
                        "author": "brand_lena",
                        "body": "Dein Deutsch ist super, Ahmed! Danke fürs Mitmachen.",
                    },
                ],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Unsere Anlage läuft seit April. Größte positive Überraschung: Die "
                    "Kinder schauen jetzt morgens in die App, ob die Sonne „genug Strom "
                    "macht“, bevor sie die Konsole anwerfen."
                ),
                "votes": 9,
                "accepted": False,
                "official": False,
                "hours_after": 22,
                "comments": [],
            },
            {
                "author": "nina_l",
                "body": (
                    "Meine: 2 × 430 Wp senkrecht am Geländer, Südwest, ohne Speicher, seit "
                    "zwei Wochen in Betrieb. Größte Überraschung: wie einfach der "
                    "Anschluss war, Stecker rein und es läuft."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [],
            },
            {
                "author": "stefan_b",
                "body": (
                    "Homeoffice-Setup: ein Modul mit 440 Wp auf dem Balkonboden, 30° "
                    "aufgeständert. Tagsüber deckt es fast komplett den Rechner, Monitor "
                    "und Router. Überraschung: Der kleine Wechselrichter summt hörbar, er "
                    "hängt jetzt außen an der Wand."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 48,
                "comments": [],
            },
        ],
        "comments": [],
    },
    {
        "category": "balkonkraftwerk",
        "author": "dieter_r",
        "kind": "discussion",
        "title": "Rechnet sich ein Balkonkraftwerk mit Speicher überhaupt? Meine Kalkulation",
        "body": (
            "Ich werde oft gefragt, ob sich ein Speicher lohnt. Hier meine nüchterne "
            "Rechnung für einen 2-Personen-Haushalt mit 800-W-Anlage und 30 ct/kWh:\n\n"
            "| Variante | Kosten | Eigenverbrauch/Jahr | Ersparnis/Jahr | Amortisation |\n"
            "|---|---|---|---|---|\n"
            "| ohne Speicher | 450 € | 380 kWh | 114 € | ca. 4 Jahre |\n"
            "| mit 2-kWh-Speicher | 1.450 € | 640 kWh | 192 € | ca. 7,5 Jahre |\n\n"
            "Der Speicher selbst holt also 1.000 € mit 78 € im Jahr herein, knapp 13 "
            "Jahre. Wie sind eure Erfahrungen, gerade mit höherer Grundlast?"
        ),
        "tags": ["speicher", "wirtschaftlichkeit", "kalkulation"],
        "days_ago": 148,
        "views": 2460,
        "votes": 19,
        "answers": [
            {
                "author": "markus_t",
                "body": (
                    "Deckt sich mit meinen Zahlen. Bei höherer Grundlast (Homeoffice, "
                    "Aquarium, Server) verschiebt sich das Bild aber stark: Bei 200 W "
                    "Grundlast nutzen wir ohne Speicher schon über 80 % selbst, da bringt "
                    "ein Akku kaum noch etwas."
                ),
                "votes": 9,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "jonas_h",
                "body": (
                    "Ehrlicher Einwand aus der Studentenecke: Bei mir ist der Speicher "
                    "eher Hobby als Rechnung. Aber es macht Spaß zu sehen, dass der Laptop "
                    "abends mit Sonnenstrom lädt."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 10,
                "comments": [
                    {
                        "author": "dieter_r",
                        "body": (
                            "Völlig legitim! Nur sollte man es dann nicht als Sparmaßnahme "
                            "verkaufen 😉"
                        ),
                    },
                ],
            },
            {
                "author": "mehmet_y",
                "body": (
                    "Nicht vergessen: Akkus altern. Nach 8–10 Jahren haben viele nur noch "
                    "70–80 % Kapazität. Damit wird die Amortisation mit Speicher noch "
                    "knapper."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 18,
                "comments": [],
            },
            {
                "author": "anna_b",
                "body": (
                    "Bei uns deckt der Akku nachts die Grundlast von rund 90 W fast "
                    "komplett ab, im Sommer geht kaum noch etwas ins Netz. Im Winter ist "
                    "er dafür oft wochenlang leer. Über das Jahr gerechnet landen wir "
                    "ziemlich genau bei Dieters Zahlen."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [],
            },
            {
                "author": "frank_d",
                "body": (
                    "Meine gemessenen Zahlen ohne Speicher, 600-W-Anlage: 2022 wurden 312 "
                    "kWh selbst verbraucht, 2023 waren es 341 kWh. Das passt gut zu deiner "
                    "Kalkulation ohne Speicher."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 48,
                "comments": [],
            },
        ],
        "comments": [],
    },
]
