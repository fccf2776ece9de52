"""English demo topics: expats in Germany asking about internet, mobile, energy and paperwork."""

TOPICS = [
    # 1 ------------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "raj_p",
        "kind": "question",
        "title": "Moving to a new flat in Berlin: can I take my internet contract with me?",
        "body": (
            "I'm moving from Friedrichshain to Neukölln on the 1st of next month. My DSL "
            "contract still has 9 months of minimum term left.\n\n"
            "- Do I have to cancel and sign a new contract at the new address?\n"
            "- What happens if the new building only has fibre, or a slower line?\n"
            "- Is there a fee for the move?\n\n"
            'My new landlord says the flat has a "Glasfaser-Dose", but I\'m not sure what '
            "that means for me."
        ),
        "tags": ["moving", "contract", "internet"],
        "days_ago": 142,
        "views": 1240,
        "votes": 9,
        "answers": [
            {
                "author": "sabine_k",
                "body": (
                    "You don't have to cancel. Under the German telecom law (TKG) your provider "
                    "continues the contract at the new address if the same product is available "
                    "there. If they **can't** deliver it, you get a special right to cancel with "
                    "one month's notice (*Sonderkündigungsrecht*).\n\n"
                    "The Glasfaser-Dose is the fibre socket in your flat, so fibre is probably "
                    "possible, but that would be a tariff change, not just a move."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "raj_p",
                        "body": "Thanks, that already takes a lot of stress out of it.",
                    },
                ],
            },
            {
                "author": "mod_tom",
                "body": (
                    "Hi Raj, Sabine is right. Please report the move in **My Account → Contract "
                    "→ Moving** at least six weeks ahead, then we check availability at the new "
                    "address and book a switch-over date.\n\n"
                    "- Same DSL product available: the contract moves with you, the remaining "
                    "term stays as it is.\n"
                    "- Only fibre available: you get an offer and decide.\n\n"
                    "Your FRITZ!Box 7530 works at the new address for DSL. For fibre you'd need "
                    "a fibre-capable model, we'd include that in the offer."
                ),
                "votes": 14,
                "accepted": True,
                "official": True,
                "hours_after": 5,
                "comments": [
                    {
                        "author": "raj_p",
                        "body": "Done, the move is booked for the 30th. The form even had an "
                        "English option.",
                    },
                ],
            },
            {
                "author": "raj_p",
                "body": (
                    "Update for anyone finding this later: the switch-over happened on the day "
                    "and the line was up by 2 pm. The remaining contract term did **not** "
                    "restart, which was my main worry."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 720,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 2 ------------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "emily_r",
        "kind": "question",
        "title": "A letter asks me for 55.08 EUR 'Rundfunkbeitrag' – is this from you or a scam?",
        "body": (
            "I got a letter from something called *ARD ZDF Deutschlandradio Beitragsservice* "
            "with a 'Beitragsnummer' and a request for **55.08 EUR**. I already pay for internet "
            "and a TV streaming add-on through you, so I assumed TV was covered.\n\n"
            "Is this part of my contract, a scam, or something I actually have to pay? My German "
            'colleagues just laughed and said "ah, GEZ".'
        ),
        "tags": ["rundfunkbeitrag", "gez", "letters"],
        "days_ago": 298,
        "views": 3890,
        "votes": 21,
        "answers": [
            {
                "author": "klaus_w",
                "body": (
                    "It's not a scam, and it has nothing to do with your telecom contract. The "
                    "*Rundfunkbeitrag* (people still call it GEZ, the old name) is the licence "
                    "fee for public broadcasting. Every household pays it once: **18.36 EUR a "
                    "month**, usually billed quarterly, so 55.08 EUR is exactly three months.\n\n"
                    "It doesn't matter whether you own a TV. In a shared flat only one person "
                    "pays; the others register with the payer's Beitragsnummer."
                ),
                "votes": 25,
                "accepted": True,
                "official": False,
                "hours_after": 1,
                "comments": [
                    {
                        "author": "emily_r",
                        "body": "Thank you Klaus, very clear. Off to pay it, grudgingly.",
                    },
                    {
                        "author": "maria_g",
                        "body": "The flat-share tip saved me from paying twice, thank you!",
                    },
                ],
            },
            {
                "author": "david_c",
                "body": (
                    "To add: you can set up SEPA direct debit with them online and register your "
                    "flatmates so they stop getting letters too. Students receiving BAföG can "
                    "apply for an exemption. Just don't ignore the letters, late fees add up."
                ),
                "votes": 9,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "jonas_h",
                "body": "Honestly, just ignore it. They give up eventually.",
                "votes": -3,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [
                    {
                        "author": "klaus_w",
                        "body": "Please don't. They can enforce it like a tax, bailiff included. "
                        "Bad advice.",
                    },
                ],
            },
            {
                "author": "maria_g",
                "body": (
                    "In Spain this is paid through taxes, so it surprised me too. Their website "
                    "has an English section where you can register, change your address or "
                    "deregister when you move out."
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
    # 3 ------------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "chen_l",
        "kind": "question",
        "title": "Contract rejected after credit check – I just arrived and have no SCHUFA history",
        "body": (
            "I'm a new PhD student in Aachen and arrived 5 weeks ago. I tried to order a mobile "
            "contract with a phone in the app and got rejected after the *Bonitätsprüfung*. I "
            "have a job contract with the university and a German bank account, so I guess the "
            "problem is that I have no SCHUFA record at all.\n\n"
            "What are my options? I don't want to pay 800 EUR for the phone upfront, but I need "
            "a German number for everything."
        ),
        "tags": ["schufa", "students", "contract"],
        "days_ago": 210,
        "views": 1560,
        "votes": 12,
        "answers": [
            {
                "author": "jonas_h",
                "body": (
                    "Classic newcomer problem. What worked for me and my friends:\n\n"
                    "1. Take a **SIM-only** tariff or prepaid first, they have a much lighter "
                    "check.\n"
                    "2. Buy the phone separately, or keep your current one.\n"
                    "3. After 6–12 months of paying on time, try again.\n\n"
                    "You can also request your free SCHUFA copy (*Datenkopie nach Art. 15 "
                    "DSGVO*) to see what they have on you."
                ),
                "votes": 11,
                "accepted": True,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "chen_l",
                        "body": "Went with SIM-only, activated the next day. Thanks!",
                    },
                ],
            },
            {
                "author": "raj_p",
                "body": (
                    "Same happened to me in Berlin. A monthly SIM-only plan is totally fine for "
                    "the first year, and you can port the number to a contract later, so you "
                    "won't have to change it on all those forms."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [],
            },
            {
                "author": "david_c",
                "body": (
                    "One more thing to check: the address in your order must match your "
                    "Anmeldung exactly, including the *c/o* name if you sublet. My first "
                    "rejection was only an address mismatch, the second try went through."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 22,
                "comments": [],
            },
        ],
        "comments": [
            {"author": "maria_g", "body": "Same situation here in Hamburg, following this."},
        ],
    },
    # 4 ------------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "olga_v",
        "kind": "question",
        "title": "VideoIdent fails: my passport has no German address, what else do they need?",
        "body": (
            "I'm trying to activate a prepaid SIM. The VideoIdent agent said my passport alone "
            "isn't enough because it doesn't show my address, and then the call ended. I have "
            "my Anmeldung (*Meldebescheinigung*) from the Bürgeramt as a paper sheet. Do I show "
            "both in the video call? Or is there another way, for example in a shop?"
        ),
        "tags": ["videoident", "anmeldung", "identification"],
        "days_ago": 175,
        "views": 820,
        "votes": 5,
        "answers": [
            {
                "author": "sophie_w",
                "body": (
                    "Yes, with a non-German passport you usually need the passport **plus** the "
                    "Meldebescheinigung. Have both on the table before the call starts and sit "
                    "somewhere bright; they are picky about reflections on the photo page."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 6,
                "comments": [],
            },
            {
                "author": "emily_r",
                "body": (
                    "I had exactly this last year. Start the VideoIdent again and tell the agent "
                    'right at the beginning: *"I have a foreign passport and a '
                    'Meldebescheinigung."* They then asked me to hold the Meldebescheinigung to '
                    "the camera after the passport. Took 12 minutes.\n\n"
                    "If your residence permit card (eAT) has arrived, that's even easier, the "
                    "address is on a sticker on the back."
                ),
                "votes": 9,
                "accepted": True,
                "official": False,
                "hours_after": 8,
                "comments": [
                    {
                        "author": "olga_v",
                        "body": "Worked on the second try, thank you! My permit card came last "
                        "week, so I used that.",
                    },
                ],
            },
            {
                "author": "chen_l",
                "body": (
                    "For me it kept failing because of my laptop camera, the agent couldn't read "
                    "the security features. On the phone app it worked first time."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 14,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 5 ------------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "maria_g",
        "kind": "question",
        "title": "My Warmmiete includes 'Heizkosten' – do I still need my own gas contract?",
        "body": (
            "My rental contract in Hamburg says **Warmmiete 1,150 EUR**, including "
            "*Nebenkosten* and *Heizkosten*. But there is a gas boiler in the kitchen, and a "
            "friend told me I must sign a gas contract or they'll cut it off. Who is right?\n\n"
            "I also don't know if electricity is included, the contract just says "
            '"Strom: Mieter".'
        ),
        "tags": ["gas", "rent", "nebenkosten"],
        "days_ago": 260,
        "views": 1130,
        "votes": 7,
        "answers": [
            {
                "author": "dieter_r",
                "body": (
                    "Look at the boiler. A *Gastherme* in your flat that only heats your flat "
                    "(and maybe your hot water) normally has its own gas meter, and then you "
                    "need your own contract. If the building has central heating in the "
                    "basement, the landlord buys the gas and you pay via Heizkosten. "
                    '"Strom: Mieter" means electricity is definitely your job.'
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "tim_k",
                "body": (
                    "Property manager here. Two quick checks:\n\n"
                    "- Is there a gas meter with your flat number in the basement or next to "
                    "the boiler?\n"
                    "- Does your Nebenkosten breakdown list *Heizung* as a separate item?\n\n"
                    "If the meter exists and heating isn't in the breakdown, you need a contract. "
                    "If you don't sign one, you're automatically in the *Grundversorgung* "
                    "(default supply). That's more expensive, but nothing gets cut off. Ask the "
                    "landlord for the meter number."
                ),
                "votes": 12,
                "accepted": True,
                "official": False,
                "hours_after": 7,
                "comments": [
                    {
                        "author": "maria_g",
                        "body": "Found the meter in the basement, labelled 'WE 3'. So I need a "
                        "contract. Thanks Tim!",
                    },
                    {
                        "author": "dieter_r",
                        "body": "And write down the reading from your move-in day, with a photo.",
                    },
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Also, the Heizkosten in your rent may only be for the water heating or the "
                    "hallway. At the end of the year the landlord sends a *Nebenkostenabrechnung*; "
                    "read it carefully, that's where you see what you actually paid for."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 19,
                "comments": [],
            },
        ],
        "comments": [
            {
                "author": "raj_p",
                "body": "Good question, my Nebenkosten letter is just as confusing.",
            },
        ],
    },
    # 6 ------------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "ahmed_s",
        "kind": "discussion",
        "title": "What I wish I had known about German utility contracts in my first year",
        "body": (
            "I've been in Frankfurt for two years now, so here is my list for anyone who just "
            "arrived:\n\n"
            "1. **Anmeldung first.** Almost every contract and ID check needs it.\n"
            "2. **Write down your Zählerstand** on move-in day, with a photo.\n"
            "3. Contracts renew automatically, but after the minimum term you can cancel "
            "monthly.\n"
            "4. The *Rundfunkbeitrag* letter is real, one payment per flat.\n"
            "5. Letters matter more than emails. Keep a folder.\n\n"
            "What would you add?"
        ),
        "tags": ["newcomers", "tips", "contract"],
        "days_ago": 95,
        "views": 2650,
        "votes": 24,
        "answers": [
            {
                "author": "emily_r",
                "body": (
                    "**Always get a cancellation confirmation** (*Kündigungsbestätigung*) and "
                    "save it. A gym once 'forgot' my cancellation. Websites must now have a "
                    "cancellation button by law, in My Account it's under Contract."
                ),
                "votes": 10,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "raj_p",
                "body": (
                    "Use SEPA direct debit for everything recurring. With bank transfers you "
                    "have to type the exact reference every time, and one typo means a reminder "
                    "letter."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [],
            },
            {
                "author": "klaus_w",
                "body": (
                    "From the German side: read the *Jahresabrechnung* (annual energy bill) "
                    "properly. If your Abschlag was too high you get money back, if too low you "
                    "pay the difference in one go. You can adjust the Abschlag during the year, "
                    "you don't have to wait."
                ),
                "votes": 14,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [
                    {
                        "author": "ahmed_s",
                        "body": "Good one. I got a 340 EUR Nachzahlung in year one because of that.",
                    },
                ],
            },
            {
                "author": "chen_l",
                "body": (
                    "Get a *Haftpflichtversicherung* (personal liability insurance). Not a "
                    "utility, but every German asked me in week one whether I had one."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 48,
                "comments": [],
            },
            {
                "author": "maria_g",
                "body": (
                    "Learn the word *Einschreiben* (registered mail). For anything important, "
                    "like cancelling a flat, an *Einschreiben mit Rückschein* is the gold "
                    "standard because you get proof of delivery."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 75,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 7 ------------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "david_c",
        "kind": "idea",
        "title": "Idea: an English version of the monthly invoice PDF",
        "body": (
            "The app and My Account are already available in English, but the invoice PDF is "
            "German only. Terms like *Gutschrift*, *anteilig* or *Einmalige Beträge* confuse a "
            "lot of people here. Suggestion:\n\n"
            "- Offer an **English invoice** option in My Account (language setting).\n"
            "- Or at least a short legend on the last page explaining the line items.\n\n"
            "The German version can stay the legally binding one, that's fine."
        ),
        "tags": ["invoice", "english", "feature-request"],
        "days_ago": 120,
        "views": 940,
        "votes": 19,
        "answers": [
            {
                "author": "olga_v",
                "body": (
                    "+1. I translate my bill with the phone camera every month, and 'anteilig' "
                    "always comes out as something strange."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "mod_tom",
                "body": (
                    "Thanks David, good suggestion. I've passed it on to the billing team with a "
                    "link to this thread; I can't promise a date yet. In the meantime there's an "
                    "English explanation of every invoice line in the help centre: "
                    "[Understanding your invoice](https://example.org/help/invoice-explained). "
                    "Please keep voting, it helps us prioritise."
                ),
                "votes": 15,
                "accepted": False,
                "official": True,
                "hours_after": 26,
                "comments": [
                    {
                        "author": "david_c",
                        "body": "Thanks Tom, that help page is a good start. Bookmarked.",
                    },
                ],
            },
            {
                "author": "raj_p",
                "body": (
                    "A legend would already help a lot. Please include the energy bill too, the "
                    "*Jahresabrechnung* is six pages of German."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 50,
                "comments": [],
            },
            {
                "author": "sabine_k",
                "body": (
                    "As a German I'd like the legend as well, honestly. 'Einmalige Beträge' "
                    "confuses my parents every time."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 70,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 8 ------------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "raj_p",
        "kind": "idea",
        "title": "Idea: a pinned glossary of German contract words for the English corner",
        "body": (
            "Half the questions here start with 'what does this German word mean'. How about a "
            "pinned glossary we all maintain? I'd start with:\n\n"
            "| German | English | Where you see it |\n"
            "|---|---|---|\n"
            "| Kündigung | cancellation | contracts |\n"
            "| Abschlag | monthly instalment | energy bills |\n"
            "| Widerruf | withdrawal (14 days) | new contracts |\n"
            "| Zählerstand | meter reading | energy |\n\n"
            "Add your words below and I'll collect them."
        ),
        "tags": ["glossary", "german", "newcomers"],
        "days_ago": 60,
        "views": 1410,
        "votes": 16,
        "answers": [
            {
                "author": "maria_g",
                "body": (
                    "Great idea! Some more:\n\n"
                    "- *Mahnung*: payment reminder\n"
                    "- *Rücklastschrift*: returned direct debit\n"
                    "- *Nachzahlung* / *Guthaben*: extra payment / credit in the annual bill\n"
                    "- *Bereitstellung*: activation of your line"
                ),
                "votes": 9,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "klaus_w",
                "body": (
                    "*Mindestvertragslaufzeit*: minimum contract term. *Sonderkündigungsrecht*: "
                    "special right to cancel, e.g. after a price increase. And my favourite, "
                    "*Zustellung*: delivery, the word on every parcel notice you'll ever get."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 6,
                "comments": [
                    {
                        "author": "raj_p",
                        "body": "Ha, Mindestvertragslaufzeit deserves a prize. Added.",
                    },
                ],
            },
            {
                "author": "chen_l",
                "body": (
                    "*Tarifwechsel*: tariff change. *Rufnummernmitnahme*: number porting. That "
                    "second one took me ages to find in the app."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [],
            },
            {
                "author": "emily_r",
                "body": (
                    "*Kaution*: deposit. *Hausverwaltung*: property management. And please add "
                    "*Zählernummer* vs *Zählerstand* (meter number vs meter reading), I mixed "
                    "them up on my first form."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 55,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 9 ------------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "emily_r",
        "kind": "question",
        "title": "How do I switch the FRITZ!Box 7530 menu to English?",
        "body": (
            "The router I got with my DSL contract is a FRITZ!Box 7530, and the whole interface "
            "at `http://fritz.box` is in German. I can get by with a translator, but for Wi-Fi "
            "and parental controls I'd rather understand exactly what I'm clicking. Is there an "
            "English option somewhere, or do I need different firmware?"
        ),
        "tags": ["fritzbox", "language", "router"],
        "days_ago": 330,
        "views": 2210,
        "votes": 10,
        "answers": [
            {
                "author": "david_c",
                "body": (
                    "No firmware change needed. In the menu go to **System → Region und Sprache "
                    "→ Sprache**, pick *English* and click *Übernehmen*. The box reloads and "
                    "everything is in English, including the help pages. Check you're on a "
                    "current FRITZ!OS first (**System → Update**)."
                ),
                "votes": 17,
                "accepted": True,
                "official": False,
                "hours_after": 1,
                "comments": [
                    {"author": "emily_r", "body": "Found it, that was easy. Thank you!"},
                ],
            },
            {
                "author": "sabine_k",
                "body": (
                    "While you're in there: set Wi-Fi security to **WPA2 + WPA3** and change the "
                    "guest network password. If you ever lock yourself out, the default password "
                    "is on the sticker under the box."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "lukas_m",
                "body": (
                    "Bonus: the MyFRITZ!App on your phone follows the phone's language, so it's "
                    "in English automatically."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 11,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 10 -----------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "chen_l",
        "kind": "question",
        "title": "Can I still withdraw from a contract I signed online 10 days ago?",
        "body": (
            "I ordered a fibre contract online 10 days ago, but now my landlord says the "
            "building only gets connected next year, and I found a cheaper option anyway. I "
            "read about a 14-day *Widerrufsrecht*. Does it start from the order, from the "
            "confirmation email, or from when the router arrives? The router hasn't been "
            "delivered yet."
        ),
        "tags": ["widerruf", "cancellation", "contract"],
        "days_ago": 48,
        "views": 610,
        "votes": 3,
        "answers": [
            {
                "author": "jonas_h",
                "body": (
                    "For online contracts the 14 days start when you receive the confirmation "
                    "with the withdrawal instructions (*Widerrufsbelehrung*); with hardware it's "
                    "often only when the goods arrive. Either way you're within the period, so "
                    "send it **today** in writing. Email is fine, keep the sent mail."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "klaus_w",
                "body": (
                    "Use the word *Widerruf* explicitly, not *Kündigung*. They are different "
                    "things: a Kündigung would only end the contract after the minimum term. "
                    "The Widerrufsbelehrung you received contains a template, you can copy it "
                    "word for word."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 8,
                "comments": [
                    {
                        "author": "chen_l",
                        "body": "Sent the Widerruf by email and through My Account. Will update "
                        "once I hear back.",
                    },
                ],
            },
            {
                "author": "raj_p",
                "body": (
                    "When I did this, the confirmation came after 3 days and a return label for "
                    "the router a week later. If the router arrives in the meantime, leave the "
                    "box sealed, it makes the return easier."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 27,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 11 -----------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "olga_v",
        "kind": "question",
        "title": "Do I need to update My Account when my residence permit is renewed?",
        "body": (
            "My residence permit was renewed last week and I have a new card with a new "
            "document number. When I signed my mobile contract they took the details of the "
            "old permit. Do I have to send the new one somewhere? I can't find a field for it "
            "in My Account, only for address and bank details."
        ),
        "tags": ["residence-permit", "my-account"],
        "days_ago": 1,
        "views": 18,
        "votes": 1,
        "answers": [],
        "comments": [],
    },
    # 12 -----------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "emily_r",
        "kind": "question",
        "title": "Why is my first 'Abschlag' for electricity so high for a one-bedroom flat?",
        "body": (
            "Just got my welcome letter for electricity: **Abschlag 96 EUR/month** for a 48 m² "
            "flat where I live alone. The letter says it's based on an *estimated annual "
            "consumption of 2,400 kWh*. I work from home, but I don't even have a dishwasher.\n\n"
            "Can I change this, and what happens if I'm paying too much?"
        ),
        "tags": ["abschlag", "strom", "billing"],
        "days_ago": 185,
        "views": 1780,
        "votes": 8,
        "answers": [
            {
                "author": "frank_d",
                "body": (
                    "2,400 kWh is a typical estimate for two people; alone in a small flat "
                    "1,500–1,800 kWh is more realistic. Read your meter now and again in a "
                    "month:\n\n"
                    "```\n"
                    "month_kwh  = reading_today - reading_last_month\n"
                    "year_guess = month_kwh * 12\n"
                    "```\n\n"
                    "Winter months are higher, so add a small buffer."
                ),
                "votes": 9,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "mod_tom",
                "body": (
                    "Hi Emily, you can adjust your Abschlag yourself in **My Account → Energy → "
                    "Instalments**. Changes within a reasonable range of the forecast go through "
                    "straight away; for bigger cuts we may ask for a meter reading. If you "
                    "overpay, the difference comes back as *Guthaben* with your annual bill. If "
                    "you underpay, you pay the rest then, so don't go too low."
                ),
                "votes": 13,
                "accepted": True,
                "official": True,
                "hours_after": 6,
                "comments": [
                    {
                        "author": "emily_r",
                        "body": "Set it to 68 EUR with two meter readings, accepted straight "
                        "away. Thanks!",
                    },
                ],
            },
            {
                "author": "chen_l",
                "body": (
                    "Same story in Aachen. I asked my landlord roughly what the previous tenant "
                    "used, and that was a much better starting point than the default estimate."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 31,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 13 -----------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "ahmed_s",
        "kind": "question",
        "title": "Can I pay by SEPA direct debit from a non-German IBAN?",
        "body": (
            "I still use my French bank account (IBAN starting with `FR76`). When I enter it "
            "in My Account under payment details, the form says **IBAN ungültig**. Is a German "
            "bank account required? I'd rather not open one just for this."
        ),
        "tags": ["sepa", "iban", "payment"],
        "days_ago": 230,
        "views": 970,
        "votes": 6,
        "answers": [
            {
                "author": "raj_p",
                "body": (
                    "They can't refuse an IBAN from another SEPA country, that's EU law "
                    "('IBAN discrimination' is not allowed). In my case the form just had a "
                    "validation quirk: it worked when I entered the IBAN **without spaces** and "
                    "in capital letters. If it still fails, ask them via the contact form to add "
                    "the mandate manually."
                ),
                "votes": 10,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "ahmed_s",
                        "body": "Without spaces worked. Slightly embarrassing, thanks Raj!",
                    },
                ],
            },
            {
                "author": "maria_g",
                "body": (
                    "Worked for me with a Spanish IBAN too, so it's definitely possible. Check "
                    "that the BIC field is empty or correct, some browsers auto-fill an old "
                    "German BIC."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "olga_v",
                "body": (
                    "Heads-up for later: some foreign banks block direct debits from new "
                    "creditors by default. Mine required me to allow the creditor ID "
                    "(*Gläubiger-ID*) in the banking app before the first debit went through."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 12,
                "comments": [],
            },
        ],
        "comments": [
            {
                "author": "david_c",
                "body": "If it keeps failing, a screenshot of the exact error helps the team.",
            },
        ],
    },
    # 14 -----------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "david_c",
        "kind": "discussion",
        "title": "Share your Wi-Fi setup: FRITZ!Box and mesh in an old Altbau flat",
        "body": (
            "My Altbau flat in Leipzig has 60 cm brick walls, and the Wi-Fi dies two rooms away "
            "from the FRITZ!Box 7590. Currently testing:\n\n"
            "- a FRITZ!Repeater 1200 AX connected by LAN cable in the bedroom\n"
            "- powerline adapters as a backup\n\n"
            "What works in your old buildings? Cable runs, repeaters, powerline, something "
            "else? Bonus points for creative cable routing your landlord never noticed."
        ),
        "tags": ["mesh", "wifi", "altbau"],
        "days_ago": 75,
        "views": 1860,
        "votes": 13,
        "answers": [
            {
                "author": "sabine_k",
                "body": (
                    "LAN backhaul is king. A flat cable under the door seal gets you 1 Gbit/s to "
                    "the next room without drilling. Add the repeater to the **Mesh** by "
                    "pressing the Connect/WPS button on both devices; the box then manages "
                    "channels for you."
                ),
                "votes": 12,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "david_c",
                        "body": "Flat cable ordered. The door seal trick is genius.",
                    },
                ],
            },
            {
                "author": "fatma_o",
                "body": (
                    "Powerline in our 1920s house was a disappointment: 80 Mbit/s at most, "
                    "because the rooms are on different circuits. Two repeaters with wireless "
                    "mesh worked better for us."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 6,
                "comments": [],
            },
            {
                "author": "lukas_m",
                "body": (
                    "For a gaming PC I'd always use a cable, even if it's 15 m along the "
                    "skirting board. Wi-Fi through Altbau walls will never give you a stable "
                    "ping."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 11,
                "comments": [],
            },
            {
                "author": "emily_r",
                "body": (
                    "Munich Altbau here, same walls. One repeater in the hallway, exactly halfway, "
                    "now covers everything. Placement made more difference than the model."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 40,
                "comments": [],
            },
            {
                "author": "anna_b",
                "body": (
                    "Check for old TV coax sockets! Our flat had one in every room, unused. "
                    "Ethernet-over-coax adapters gave us a stable 500 Mbit/s backhaul."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 66,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 15 -----------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "raj_p",
        "kind": "question",
        "title": "Spam calls on the landline that came with my internet – how do I stop them?",
        "body": (
            "I never use the landline number that came with my internet package, but there's a "
            "cheap DECT phone connected to the FRITZ!Box and it rings 3–4 times a day: silence, "
            "then a recorded voice in German. The numbers change every time. Can I block them, "
            "or switch the number off completely?"
        ),
        "tags": ["landline", "spam-calls", "fritzbox"],
        "days_ago": 33,
        "views": 540,
        "votes": 5,
        "answers": [
            {
                "author": "sabine_k",
                "body": (
                    "In the FRITZ!Box: **Telephony → Call Handling → Call Blocking**. You can "
                    "block calls without caller ID and whole prefixes, e.g. `00` if you never "
                    "expect calls from abroad. If you really don't need the landline, unplug the "
                    "DECT base or set the handset to not ring at all."
                ),
                "votes": 9,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "raj_p",
                        "body": "Blocked hidden and foreign numbers. The recorded ones use German "
                        "mobile numbers though, let's see.",
                    },
                ],
            },
            {
                "author": "klaus_w",
                "body": (
                    "You can report the numbers to the Bundesnetzagentur, they have an online "
                    "form for unwanted calls. It feels pointless, but they do shut numbers down."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 20,
                "comments": [],
            },
            {
                "author": "david_c",
                "body": (
                    "Silence first, then a recording, is a typical autodialer. Once they notice "
                    "nobody ever answers, the calls usually drop off within a few weeks."
                ),
                "votes": 1,
                "accepted": False,
                "official": False,
                "hours_after": 44,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 16 -----------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "olga_v",
        "kind": "question",
        "title": "Shared flat (WG): can the internet contract be moved into my name?",
        "body": (
            "I'm moving into a WG with two flatmates in Cologne. The internet contract is in "
            "the name of a flatmate who moves out in March. Can it be transferred to me, or can "
            "two people be on the contract so this doesn't happen again? Right now we split the "
            "cost with a spreadsheet and pay her by bank transfer."
        ),
        "tags": ["wg", "shared-flat", "contract"],
        "days_ago": 150,
        "views": 720,
        "votes": 4,
        "answers": [
            {
                "author": "jonas_h",
                "body": (
                    "Lived in WGs for six years. Only one person can be the contract holder, but "
                    "the contract can be **transferred** (*Vertragsübernahme*): both of you sign "
                    "a transfer form, she leaves, you take over the remaining term and the "
                    "router. Much easier than cancelling, a new line at the same address can "
                    "take weeks. Start about a month before she moves out."
                ),
                "votes": 8,
                "accepted": True,
                "official": False,
                "hours_after": 4,
                "comments": [
                    {
                        "author": "olga_v",
                        "body": "Found the form in My Account under contract documents, thanks!",
                    },
                ],
            },
            {
                "author": "tim_k",
                "body": (
                    "From the landlord side: please don't let the line be cancelled in between. "
                    "I've had WGs without internet for six weeks because of a gap."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [],
            },
            {
                "author": "raj_p",
                "body": (
                    "Tip from my old WG: everyone sets up a standing order (*Dauerauftrag*) to "
                    "the contract holder. No more spreadsheet arguments."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 16,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 17 -----------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "chen_l",
        "kind": "question",
        "title": "Is there a student discount for mobile tariffs, and can I add it after signing?",
        "body": (
            "I signed a SIM-only contract in September and only now noticed there are student "
            "tariffs with more data for the same price. I have a valid "
            "*Immatrikulationsbescheinigung* from RWTH.\n\n"
            "- Can the discount be added to an existing contract, or only to new ones?\n"
            "- Do I need to upload the certificate every semester?"
        ),
        "tags": ["students", "discount", "mobile"],
        "days_ago": 0,
        "views": 9,
        "votes": 0,
        "answers": [],
        "comments": [],
    },
    # 18 -----------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "olga_v",
        "kind": "question",
        "title": "Fibre installation appointment: does someone have to be home, and what do "
        "they drill?",
        "body": (
            "I got a letter with a technician appointment for the fibre installation, window "
            "8:00–13:00. Before I take half a day off:\n\n"
            "- Does the contract holder have to be there, or can my neighbour let them in?\n"
            "- Do they need access to the basement?\n"
            "- Will they drill through walls? I'm renting.\n\n"
            "The letter mentions *HÜP* and *Glasfaser-Teilnehmeranschlussdose*, which I can't "
            "find in any dictionary."
        ),
        "tags": ["glasfaser", "technician", "appointment"],
        "days_ago": 115,
        "views": 1320,
        "votes": 9,
        "answers": [
            {
                "author": "stefan_b",
                "body": (
                    "Had mine last year. The **HÜP** (*Hausübergabepunkt*) is the box in the "
                    "basement where the fibre enters the building. The **Gf-TA** is the small "
                    "fibre socket they put in your flat. They need access to both, so have the "
                    "basement key ready.\n\n"
                    "Any adult can let them in, but they should know where you want the socket. "
                    "Mine needed one small hole through the hallway wall; the landlord had "
                    "already agreed to the building works. It took about two hours."
                ),
                "votes": 14,
                "accepted": True,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "olga_v",
                        "body": "Exactly what I needed. The HÜP is next to the meters in the "
                        "basement. Thanks Stefan!",
                    },
                ],
            },
            {
                "author": "david_c",
                "body": (
                    "Decide beforehand where the router will sit. The fibre modem or fibre "
                    "FRITZ!Box has to be near the Gf-TA, and the fibre patch cable is short; "
                    "you can't just extend it like a LAN cable."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 6,
                "comments": [],
            },
            {
                "author": "sabine_k",
                "body": (
                    "And make sure there's a power socket near the spot you choose. Our "
                    "technician mounted the socket by the front door, two metres from any power."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 13,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 19 -----------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "maria_g",
        "kind": "question",
        "title": "My router was delivered to a Packstation I never chose – how do I get it?",
        "body": (
            "The tracking says my router was delivered to a Packstation 2 km away, but I never "
            "registered for one and I didn't get a pickup code. My line gets activated on "
            "Friday. Who do I contact, you or the parcel service? The tracking number starts "
            "with `00340`."
        ),
        "tags": ["delivery", "router", "packstation"],
        "days_ago": 12,
        "views": 160,
        "votes": 2,
        "answers": [
            {
                "author": "julia_f",
                "body": (
                    "Happened to me when I moved to Leipzig. Without the parcel app, the pickup "
                    "code goes to the email address from the order. Check your spam folder for "
                    "a mail with *abholbereit* in the subject."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "mod_tom",
                "body": (
                    "Hi María, sorry about that. Please send us your order number through "
                    "**My Account → Contact** and mention this thread, then I'll look into the "
                    "shipment. Parcels wait 7 days at the Packstation before they come back to "
                    "us. If that happens we'll send a new router free of charge, and your "
                    "activation date stays the same."
                ),
                "votes": 6,
                "accepted": False,
                "official": True,
                "hours_after": 5,
                "comments": [
                    {
                        "author": "maria_g",
                        "body": "Sent it. Nothing in spam so far, I'll keep checking.",
                    },
                ],
            },
            {
                "author": "olga_v",
                "body": (
                    "You can also call the parcel service's hotline with the tracking number "
                    "and ask them to send the code to your phone. Worked for me in about five "
                    "minutes."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 8,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 20 -----------------------------------------------------------------------------------
    {
        "category": "english-corner",
        "author": "ahmed_s",
        "kind": "question",
        "title": "A letter says a smart meter will be installed – do I have to let them in?",
        "body": (
            "I got a letter from the *Messstellenbetreiber* saying they will replace my "
            "electricity meter with an *intelligentes Messsystem* and proposing a date. I didn't "
            "order this. Is it mandatory, will it cost me extra (the letter mentions up to "
            "**30 EUR a year**), and does it change anything for my balcony solar kit?"
        ),
        "tags": ["smart-meter", "letters", "strom"],
        "days_ago": 3,
        "views": 37,
        "votes": 2,
        "answers": [],
        "comments": [],
    },
    # 21 -----------------------------------------------------------------------------------
    {
        "category": "internet-telefonie",
        "author": "chen_l",
        "kind": "question",
        "title": "New DSL line: every website redirects to a German activation page",
        "body": (
            "My line was supposed to be active since yesterday. The FRITZ!Box shows the DSL "
            "light on, but every website I open shows the same page. I saved the source:\n\n"
            "```html\n"
            '<div class="activation-notice">\n'
            "  <h1>Ihr Anschluss ist bereit</h1>\n"
            "  <p>Bitte geben Sie Ihre persönlichen Zugangsdaten ein.</p>\n"
            '  <form action="/activate" method="post">\n'
            '    <input type="text" name="zugangsnummer">\n'
            '    <input type="password" name="kennwort">\n'
            '    <button type="submit">Weiter</button>\n'
            "  </form>\n"
            "</div>\n"
            "```\n\n"
            "Is this legit? I don't want to type my password into some random page."
        ),
        "tags": ["dsl", "activation", "fritzbox"],
        "days_ago": 90,
        "views": 1040,
        "votes": 6,
        "answers": [
            {
                "author": "sabine_k",
                "body": (
                    "That's the normal activation page you get as long as the router has no "
                    "login data. Easier and safer: put the credentials straight into the router. "
                    "In the FRITZ!Box go to **Internet → Account Information**, pick your "
                    "provider from the list and enter the access number and password from the "
                    "letter *Ihre Zugangsdaten*. After saving, the redirect disappears within a "
                    "minute."
                ),
                "votes": 11,
                "accepted": True,
                "official": False,
                "hours_after": 1,
                "comments": [
                    {
                        "author": "chen_l",
                        "body": "Found the letter in a pile of advertising. Internet works now, "
                        "thank you!",
                    },
                ],
            },
            {
                "author": "david_c",
                "body": (
                    "Good instinct to check. A quick sanity test: the page only appears on your "
                    "own line, and it never asks for bank or card details. If anything does, "
                    "close it and call your customer service."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "emily_r",
                "body": (
                    "The access letter is often sent separately from the router, a few days "
                    "earlier. Mine was stuck between two pizza flyers for a week."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 10,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 22 -----------------------------------------------------------------------------------
    {
        "category": "internet-telefonie",
        "author": "raj_p",
        "kind": "question",
        "title": "Ping spikes every evening on fibre with a FRITZ!Box 5530 – video calls freeze",
        "body": (
            "For two weeks my video calls have been freezing between 19:00 and 22:00. "
            "Speedtests look fine (~480 Mbit/s), but the ping jumps around. A short run from my "
            "laptop on Wi-Fi:\n\n"
            "```\n"
            "64 bytes from 1.1.1.1: icmp_seq=12 ttl=57 time=9.8 ms\n"
            "64 bytes from 1.1.1.1: icmp_seq=13 ttl=57 time=212.4 ms\n"
            "64 bytes from 1.1.1.1: icmp_seq=14 ttl=57 time=11.2 ms\n"
            "64 bytes from 1.1.1.1: icmp_seq=15 ttl=57 time=387.0 ms\n"
            "```\n\n"
            "Is the fibre network overloaded in the evening?"
        ),
        "tags": ["glasfaser", "latency", "wifi"],
        "days_ago": 40,
        "views": 880,
        "votes": 7,
        "answers": [
            {
                "author": "lukas_m",
                "body": (
                    "First test with a LAN cable at the same time of day. If the spikes are gone "
                    "on cable, it's your Wi-Fi, not the fibre. In an apartment building every "
                    "neighbour's Wi-Fi is busy in the evening. Put the laptop on **5 GHz** and "
                    "check under **Wi-Fi → Radio Channel** how crowded your channel is."
                ),
                "votes": 13,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "raj_p",
                        "body": "On cable: 9–11 ms all evening. So it's Wi-Fi. Laptop is on 5 GHz "
                        "only now and calls are fine.",
                    },
                ],
            },
            {
                "author": "sabine_k",
                "body": (
                    "Also open **Internet → Online Monitor** during a spike. If the upload is "
                    "maxed out (cloud backup, a flatmate streaming), latency goes up on every "
                    "device. You can prioritise your work laptop under **Internet → Filters → "
                    "Prioritization**."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "david_c",
                "body": (
                    "With lots of neighbours, try a 5 GHz channel above 100. Fewer routers use "
                    "them, and the FRITZ!Box shows a usage graph for each channel."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 23 -----------------------------------------------------------------------------------
    {
        "category": "internet-telefonie",
        "author": "david_c",
        "kind": "question",
        "title": "Own router on fibre: which VLAN ID and PPPoE settings do I need?",
        "body": (
            "Thanks to *Routerfreiheit* I want to run my OPNsense box directly behind the fibre "
            "modem instead of the provided router. The access letter gives me a username and "
            "password, but says nothing about a VLAN. What I have so far:\n\n"
            "```\n"
            "interface:  igb0\n"
            "vlan:       ???\n"
            "pppoe user: (from the access letter)\n"
            "mtu:        1492\n"
            "```\n\n"
            "Does anyone here run their own router on this network and know the VLAN tag? And "
            "does IPv6 come via DHCPv6 prefix delegation?"
        ),
        "tags": ["vlan", "pppoe", "router-freedom"],
        "days_ago": 2,
        "views": 24,
        "votes": 3,
        "answers": [],
        "comments": [],
    },
    # 24 -----------------------------------------------------------------------------------
    {
        "category": "mobilfunk",
        "author": "emily_r",
        "kind": "question",
        "title": "eSIM on iPhone 15: 'Cellular Plan Cannot Be Added' when scanning the QR code",
        "body": (
            "I switched from a physical SIM to eSIM in the app and got the QR code by email. "
            'When I scan it on my iPhone 15 it loads for a minute and then says **"Cellular '
            'Plan Cannot Be Added – This code is no longer valid"**. Earlier I had scanned it '
            "on my old phone by mistake, just to see what happens. Did I break it?"
        ),
        "tags": ["esim", "iphone", "activation"],
        "days_ago": 22,
        "views": 690,
        "votes": 6,
        "answers": [
            {
                "author": "sophie_w",
                "body": (
                    "Yes, unfortunately: an eSIM QR code works **once**. Scanning it on the old "
                    "phone used it up, even if you cancelled halfway. In the app go to **SIM & "
                    "eSIM → Order new eSIM profile** and you'll get a fresh code. Be on Wi-Fi "
                    "when you scan, and keep the old SIM until the new profile shows as active."
                ),
                "votes": 12,
                "accepted": True,
                "official": False,
                "hours_after": 1,
                "comments": [
                    {
                        "author": "emily_r",
                        "body": "New profile ordered, took 10 minutes and it works. Lesson learned!",
                    },
                ],
            },
            {
                "author": "ole_j",
                "body": (
                    "For next time: on iPhone the app can often install the profile directly "
                    "(an *Add to iPhone* button), no QR code at all. That avoids this problem."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "raj_p",
                "body": (
                    "If anyone else lands here with the same error but never scanned twice: "
                    "check that your iPhone isn't carrier-locked. Phones bought abroad on a "
                    "contract can show almost the same message."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 18,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 25 -----------------------------------------------------------------------------------
    {
        "category": "mobilfunk",
        "author": "maria_g",
        "kind": "question",
        "title": "Roaming in Switzerland: why was I charged for data when I'm still in Europe?",
        "body": (
            "Weekend trip to Zurich, and now my bill has an extra **59.50 EUR** line for "
            "*Roaming Daten*. I thought roaming was free in Europe? I got an SMS when I crossed "
            "the border, but it was in German and I ignored it (my mistake, I know). Is there "
            "anything I can do now?"
        ),
        "tags": ["roaming", "switzerland", "billing"],
        "days_ago": 68,
        "views": 1490,
        "votes": 11,
        "answers": [
            {
                "author": "ole_j",
                "body": (
                    "Switzerland is in Europe but not in the EU/EEA, so 'roam like at home' "
                    "doesn't apply there. 59.50 EUR is the standard cost cap (50 EUR plus VAT): "
                    "mobile data was blocked once you reached it. The SMS at the border was the "
                    "price information."
                ),
                "votes": 9,
                "accepted": False,
                "official": False,
                "hours_after": 2,
                "comments": [],
            },
            {
                "author": "mod_tom",
                "body": (
                    "Hi María, Ole explained it well. The cut-off at 59.50 EUR protects you "
                    "from higher costs, and a second SMS should have arrived when data was "
                    "stopped. Please contact us via **My Account → Contact → Billing** and "
                    "mention this thread, we'll check whether a goodwill credit is possible. "
                    "For next time, the app has travel data passes for Switzerland that cost a "
                    "fraction of that. You can also set SMS notifications to English there."
                ),
                "votes": 15,
                "accepted": True,
                "official": True,
                "hours_after": 7,
                "comments": [
                    {
                        "author": "maria_g",
                        "body": "Got half of it credited. And all my SMS are in English now, "
                        "thanks Tom!",
                    },
                ],
            },
            {
                "author": "emily_r",
                "body": (
                    "Same trap for the UK since Brexit, depending on the tariff. I always check "
                    "the country list in the app before I book flights now."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 15,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 26 -----------------------------------------------------------------------------------
    {
        "category": "mobilfunk",
        "author": "ahmed_s",
        "kind": "question",
        "title": "Barely any signal inside my flat – is Wi-Fi Calling supported on my tariff?",
        "body": (
            "Ground-floor flat in Frankfurt-Bockenheim with thick walls: one bar of 4G at best, "
            "and calls drop constantly. Outside the building it's fine. I have a Samsung Galaxy "
            "S23 bought in Germany. Is **Wi-Fi Calling** supported, and where do I switch it "
            "on? Our home internet is fibre, so that would solve everything."
        ),
        "tags": ["wifi-calling", "coverage", "samsung"],
        "days_ago": 2,
        "views": 58,
        "votes": 4,
        "answers": [
            {
                "author": "ole_j",
                "body": (
                    "As far as I know it's included in all current contract tariffs. On Samsung: "
                    "**Settings → Connections → Wi-Fi Calling**. If the toggle is missing, the "
                    "phone hasn't received the carrier settings yet; a restart with the SIM "
                    "inserted usually fixes that."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "david_c",
                "body": (
                    "Also make sure VoLTE is on, some phones need it for Wi-Fi Calling. When it "
                    "works you'll see a small phone-with-Wi-Fi icon in the status bar."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 9,
                "comments": [
                    {
                        "author": "ahmed_s",
                        "body": "The toggle is there but greyed out. Restarting tonight, will "
                        "report back.",
                    },
                ],
            },
            {
                "author": "sophie_w",
                "body": (
                    "If it stays greyed out: on some older tariffs Wi-Fi Calling has to be "
                    "enabled for the SIM first. Look under the tariff options in My Account, "
                    "it's free to add."
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
    # 27 -----------------------------------------------------------------------------------
    {
        "category": "rechnung-vertrag",
        "author": "olga_v",
        "kind": "question",
        "title": "Got a 'Mahnung' with a 5 EUR fee although I pay by SEPA direct debit",
        "body": (
            "Today I got a letter titled **Zahlungserinnerung** for 42.99 EUR plus a 5 EUR "
            "fee. I set up SEPA direct debit when I signed up, and my bank app shows no debit "
            "for last month. What went wrong, and do I have to pay the fee?"
        ),
        "tags": ["sepa", "mahnung", "billing"],
        "days_ago": 160,
        "views": 1150,
        "votes": 8,
        "answers": [
            {
                "author": "klaus_w",
                "body": (
                    "Check your bank app for a *Rücklastschrift* (returned debit), for example "
                    "because the account was briefly empty. If there was no debit attempt at "
                    "all, the mandate wasn't active, and then the fee shouldn't be your problem."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 3,
                "comments": [],
            },
            {
                "author": "mod_tom",
                "body": (
                    "Hi Olga, this usually happens when a mandate is stored but not yet active, "
                    "e.g. after an IBAN change shortly before the billing date.\n\n"
                    "1. Check **My Account → Payment → Direct debit mandate**. If it says "
                    "*pending*, confirm it there.\n"
                    "2. Pay the 42.99 EUR by transfer this once, with the invoice number as the "
                    "reference.\n"
                    "3. Ask us via the contact form to remove the fee. If the debit wasn't "
                    "attempted, we take it off."
                ),
                "votes": 12,
                "accepted": True,
                "official": True,
                "hours_after": 6,
                "comments": [
                    {
                        "author": "olga_v",
                        "body": "It said pending! Confirmed it, paid by transfer, and the fee was "
                        "removed two days later.",
                    },
                ],
            },
            {
                "author": "raj_p",
                "body": (
                    "Another classic: I switched banks and closed the old account a week too "
                    "early. The debit bounced and I got exactly this letter, plus a fee from "
                    "the bank."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 12,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 28 -----------------------------------------------------------------------------------
    {
        "category": "rechnung-vertrag",
        "author": "chen_l",
        "kind": "question",
        "title": "Leaving Germany after my PhD: how do I cancel internet, mobile and electricity?",
        "body": (
            "I finish my PhD in Aachen in June and move back to Shanghai. I have three "
            "contracts:\n\n"
            "| Contract | Signed | Term |\n"
            "|---|---|---|\n"
            "| Internet | 14 months ago | 24 months |\n"
            "| Mobile (SIM-only) | last year | monthly |\n"
            "| Electricity | with the flat | 12 months, then monthly |\n\n"
            "Can I cancel the internet early because I'm leaving the country? And how does the "
            "final electricity bill work without a German address?"
        ),
        "tags": ["cancellation", "leaving-germany", "contract"],
        "days_ago": 27,
        "views": 380,
        "votes": 6,
        "answers": [
            {
                "author": "klaus_w",
                "body": (
                    "Whether a move abroad counts under the moving rule of the telecom law is a "
                    "grey area, but ask: with your *Abmeldung* certificate many providers let "
                    "you out early. Mobile: cancel with one month's notice. Electricity: cancel "
                    "for your move-out date, send a final meter reading with a photo and give "
                    "them an IBAN for the refund."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "raj_p",
                "body": (
                    "Keep one email address you'll still read, final bills come months later. "
                    "And don't close your German bank account until the last energy bill is "
                    "settled."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 10,
                "comments": [],
            },
            {
                "author": "david_c",
                "body": (
                    "For the internet you could also look for a successor, e.g. the next tenant "
                    "of your flat, and transfer the contract to them (*Vertragsübernahme*). "
                    "Then you're out without paying the remaining months."
                ),
                "votes": 5,
                "accepted": False,
                "official": False,
                "hours_after": 21,
                "comments": [
                    {
                        "author": "chen_l",
                        "body": "Good idea, my landlord already has a new tenant. I'll ask her.",
                    },
                ],
            },
        ],
        "comments": [],
    },
    # 29 -----------------------------------------------------------------------------------
    {
        "category": "strom-gas",
        "author": "maria_g",
        "kind": "question",
        "title": "My meter shows 1.8.0 and 2.8.0 – which Zählerstand do I submit?",
        "body": (
            "The app asks for my *Zählerstand*. My digital meter cycles through several "
            "values:\n\n"
            "```\n"
            "1.8.0   004213.7 kWh\n"
            "2.8.0   000186.2 kWh\n"
            "```\n\n"
            "Which one is mine? I've had a small balcony solar kit since spring, if that "
            "matters."
        ),
        "tags": ["zaehlerstand", "meter", "strom"],
        "days_ago": 55,
        "views": 1270,
        "votes": 9,
        "answers": [
            {
                "author": "frank_d",
                "body": (
                    "**1.8.0** is what you took from the grid (consumption), that's your "
                    "Zählerstand. **2.8.0** is what went *into* the grid, i.e. solar surplus you "
                    "didn't use yourself. Submit 1.8.0, digits before the decimal point. If the "
                    "app asks for a second register (two-way meter), 2.8.0 goes there."
                ),
                "votes": 11,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "maria_g",
                        "body": "Thanks! 186 kWh given away for free, I should run the washing "
                        "machine at noon.",
                    },
                    {
                        "author": "markus_t",
                        "body": "Exactly, shift loads to midday. A cheap timer plug does the job.",
                    },
                ],
            },
            {
                "author": "markus_t",
                "body": (
                    "If the values cycle too fast, film the display for 20 seconds and pause the "
                    "video. Also note the meter number (*Zählernummer*) on the device, the app "
                    "checks that it matches."
                ),
                "votes": 4,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "dieter_r",
                "body": (
                    "Some meters also show 1.8.1 and 1.8.2 (high and low tariff). Without a "
                    "two-tariff contract those stay at zero or just mirror 1.8.0, ignore them."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 11,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 30 -----------------------------------------------------------------------------------
    {
        "category": "strom-gas",
        "author": "raj_p",
        "kind": "discussion",
        "title": "Dynamic electricity tariffs: worth it for a small flat without an EV?",
        "body": (
            "Suppliers now have to offer a dynamic tariff if you have a smart meter, with "
            "prices changing every hour along with the exchange price. I live in a 55 m² flat: "
            "no car, no heat pump, about 1,700 kWh a year.\n\n"
            "Is it worth it, or only for people with EVs and home batteries? Curious to hear "
            "from anyone who has tried it."
        ),
        "tags": ["dynamic-tariff", "smart-meter", "strom"],
        "days_ago": 18,
        "views": 520,
        "votes": 5,
        "answers": [
            {
                "author": "dieter_r",
                "body": (
                    "At 1,700 kWh with no big flexible loads the savings are small, maybe 20–50 "
                    "EUR a year, and you carry the risk of price spikes in a cold, windless "
                    "week. It pays off when you can shift several kWh a day into cheap hours: "
                    "EV, heat pump, battery."
                ),
                "votes": 8,
                "accepted": False,
                "official": False,
                "hours_after": 4,
                "comments": [],
            },
            {
                "author": "anna_b",
                "body": (
                    "I'm on one with Home Assistant. Dishwasher and washing machine start via a "
                    "Shelly Plug when the price is lowest, and the Tado lowers the target "
                    "temperature by 1 °C in expensive hours. Saved about 8% last year, but "
                    "honestly it's more hobby than savings."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 7,
                "comments": [
                    {
                        "author": "raj_p",
                        "body": "Would you share the automation? Curious how you get the prices.",
                    },
                    {
                        "author": "anna_b",
                        "body": "Sure, I'll post it in the Smart Home category this weekend.",
                    },
                ],
            },
            {
                "author": "frank_d",
                "body": (
                    "Keep in mind you need a real smart meter (*intelligentes Messsystem*) "
                    "first. A 'modern' digital meter without the gateway isn't enough."
                ),
                "votes": 3,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [],
            },
            {
                "author": "raj_p",
                "body": (
                    "Thanks all. Sounds like I'll wait until I have something worth shifting "
                    "and stay on the fixed price for now."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 52,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 31 -----------------------------------------------------------------------------------
    {
        "category": "balkonkraftwerk",
        "author": "ahmed_s",
        "kind": "question",
        "title": "800 W balcony kit: is the Marktstammdatenregister entry enough, or do I also "
        "need the grid operator?",
        "body": (
            "I just installed two 430 Wp modules with an 800 W inverter on my balcony in "
            "Frankfurt. Older guides say you have to register with the *Netzbetreiber* **and** "
            "in the *Marktstammdatenregister*. Is that still true?\n\n"
            "Also, my meter is an old Ferraris one with the spinning disc. Will it run "
            "backwards?"
        ),
        "tags": ["marktstammdatenregister", "registration", "800w"],
        "days_ago": 100,
        "views": 2140,
        "votes": 14,
        "answers": [
            {
                "author": "mehmet_y",
                "body": (
                    "Since the 2024 law changes, the **Marktstammdatenregister** entry is enough "
                    "for plug-in solar up to 800 W inverter output; the grid operator gets the "
                    "data from there. It takes ten minutes, see this "
                    "[step-by-step guide](https://example.org/guides/mastr-balcony-solar). You "
                    "need the inverter model and the commissioning date.\n\n"
                    "The old Ferraris meter may run backwards for now, that's tolerated. It "
                    "will be swapped for a two-way meter at some point, at no cost to you."
                ),
                "votes": 16,
                "accepted": True,
                "official": False,
                "hours_after": 3,
                "comments": [
                    {
                        "author": "ahmed_s",
                        "body": "Registered and got my SEE number. 15 minutes, most of it finding "
                        "the inverter serial.",
                    },
                ],
            },
            {
                "author": "markus_t",
                "body": (
                    "Register within one month of commissioning, people forget that. And keep "
                    "the module datasheets: 2,000 Wp is the limit on the module side."
                ),
                "votes": 6,
                "accepted": False,
                "official": False,
                "hours_after": 8,
                "comments": [],
            },
            {
                "author": "brand_lena",
                "body": (
                    "Thanks for sharing your setup, Ahmed! We're planning a balcony solar theme "
                    "week next month, with a live Q&A with an electrician. Questions like this "
                    "one are exactly what we want to cover."
                ),
                "votes": 2,
                "accepted": False,
                "official": False,
                "hours_after": 30,
                "comments": [],
            },
        ],
        "comments": [],
    },
    # 32 -----------------------------------------------------------------------------------
    {
        "category": "balkonkraftwerk",
        "author": "david_c",
        "kind": "question",
        "title": "Can I put a Shelly Plug between my 800 W inverter and the socket to measure "
        "output?",
        "body": (
            "I'd like to see the real output of my balcony kit in Home Assistant. The "
            "inverter's own app only updates every 5 minutes and needs their cloud. Is it safe "
            "to plug the inverter into a **Shelly Plus Plug S** and the Shelly into the wall "
            "socket? 800 W is about 3.5 A, so it should be within limits, but I'm not sure "
            "whether power flowing *backwards* through a smart plug is a problem."
        ),
        "tags": ["shelly", "balcony-solar", "home-assistant"],
        "days_ago": 8,
        "views": 310,
        "votes": 6,
        "answers": [
            {
                "author": "anna_b",
                "body": (
                    "I've run this for a year. The Shelly is rated for 10 A / 2,500 W, so 800 W "
                    "is fine, and the relay doesn't care about the direction. Two settings:\n\n"
                    "- **Power on default: ON**, so the kit comes back after a power cut\n"
                    "- no auto-off timers copied over from other plugs\n\n"
                    "Home Assistant's energy dashboard accepts it as a solar source."
                ),
                "votes": 9,
                "accepted": True,
                "official": False,
                "hours_after": 2,
                "comments": [
                    {
                        "author": "david_c",
                        "body": "Running since Sunday, numbers match the inverter app within 2%. "
                        "Thanks!",
                    },
                ],
            },
            {
                "author": "mehmet_y",
                "body": (
                    "Electrician's view: fine with a quality plug, but no cheap no-name plugs "
                    "and no multi-socket strips. Your inverter must switch off within a "
                    "fraction of a second when it loses the grid, so the plug pins are dead "
                    "when you unplug. Every certified 800 W inverter does that."
                ),
                "votes": 7,
                "accepted": False,
                "official": False,
                "hours_after": 5,
                "comments": [],
            },
            {
                "author": "markus_t",
                "body": (
                    "I use a Shelly Pro 3EM at the fuse box instead. More work to install (by "
                    "an electrician), but you also see grid import and export, and therefore "
                    "your real self-consumption."
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
]
