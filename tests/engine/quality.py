"""Quality of the engine on the labelled Flemish sets, with and without the trained classifier.

    .venv/bin/python -m tests.engine.quality [--set dev|test|holdout|holdout2|...|holdout6|all]
        [--show] [--no-classifier]

Prints, per set: abusive comments acted on (hide/delete) and at least reviewed, legitimate comments
removed and reviewed, per label. ``--show`` lists the misses (use it on dev only: the test and
holdout sets are for measuring, not for tuning). ``holdout.jsonl`` was written separately from the
dev set and after the engine's lexicons, so it measures how the engine does on comments nobody
tuned it on. ``holdout2.jsonl`` is a second such set, written by someone who had not read the
engine's word lists, detectors, corpus templates or the other sets, so its misses show what
generalises and what was fitted to the earlier sets. ``holdout3.jsonl`` and ``holdout4.jsonl``
(400 comments, 2026-12-04) were written the same way; only their legitimate comments that were
removed have been read (to fix those as general rules), their missed abuse has not.
``holdout5.jsonl`` and ``holdout6.jsonl`` (400 comments each) were written the same way on
2026-12-04; nothing in the engine was decided on holdout5's figures, and of holdout6 only the five
legitimate comments it removed were read (and fixed as general rules). ``holdout7.jsonl`` (400,
written blind on 2026-12-04 while the eighth corpus round was written) was measured once after that
round was accepted; only its three legitimate comments that were removed were read and fixed.
``holdout8.jsonl`` (400, written blind the same day) was measured once at the end of that session
(70.0% removed, 86.7% at least reviewed, one legitimate comment removed, then fixed as a rule).
``writers9.jsonl`` (1,226) is a ninth corpus round written blind to the engine in settings and
voices the corpus lacked (subtle threats, hate without slurs, insults in dialect, each beside near
pairs): rejected as training data (the retrained classifier sent more than 10% of the dev set's
legitimate comments to review and removed one), kept as a hard test; its legitimate comments that
were removed were read and fixed; its abuse was read on 2026-12-04 (fourth session), so it is a
development set now. ``holdout9.jsonl`` and ``holdout10.jsonl`` (400 each) were written blind by
two helpers who never opened the engine or the other sets, while that session worked only on the
development sets; each was measured once at its end (holdout9 76.1% removed / 90.6% at least
reviewed, one legitimate comment removed; holdout10 80.6% / 87.2%, two removed). Only those three
legitimate comments were read: two had been hidden by the classifier alone at 0.90-0.95 under a
lowered model threshold for hate and threats, which was then taken back, and the third family
("zijn jullie nu helemaal zot geworden") was fixed as a rule. Their abuse misses were read after
that (they are development sets now). ``holdout11.jsonl`` and ``holdout12.jsonl`` (400 each) were
written blind the same evening by two more helpers and measured once after the rules taken from
holdout9 and holdout10 (holdout11 70.6% / 90.6%, one legitimate comment removed, which the engine
of the start of the session removed too; holdout12 69.4% / 88.9%, none). Only that legitimate
comment was read and fixed ("een bestuur dat ons als vee behandelt"); their misses were read
after that. ``holdout13.jsonl`` and ``holdout14.jsonl`` (400 each, two more blind helpers) were
measured once after the rules taken from holdout11 and holdout12 (holdout13 68.3% / 83.3%, none
removed; holdout14 74.4% / 86.7%, two legitimate comments removed, which the engine of the start
of the session removed too). Only those two were read and fixed (an animal saying, a local
business's discount); their misses were read after that. ``holdout15.jsonl`` and
``holdout16.jsonl`` (400 each, two more blind helpers) were measured once at the end of that
session's engine work (holdout15 69.4% / 86.1%, one legitimate comment removed; holdout16 68.9% /
87.8%, none; the engine of the start of the session: 65.0% / 83.3% with none, 63.9% / 83.9% with
one). Only that legitimate comment was read and fixed ("een kind wordt gebeten door een hond":
the copula and the word with a participle and a preposition between them); their misses were
read after that. ``holdout17.jsonl`` and ``holdout18.jsonl`` (400 each, two more blind helpers)
were measured once at the very end of that session's engine work (holdout17 75.0% / 86.1%, none
removed; holdout18 70.0% / 83.9%, two legitimate comments removed, the same two the engine of the
start of the session removed; that engine: 71.7% / 84.4% and 66.7% / 80.6%). Only those two were
read and fixed (a sentence of curses alone, "een grote hond" on a photo); their misses were read
after that. ``holdout19.jsonl`` and ``holdout20.jsonl`` (400 each, two more blind helpers) were
measured once at the very end of that session (holdout19 67.8% / 85.0%, one legitimate comment
removed, as by the engine of the start of the session; holdout20 69.4% / 87.2%, none; that
engine: 64.4% / 81.7% and 64.4% / 83.9%, one removed on each). Only that legitimate comment was
read and fixed ("stop met ons te behandelen als idioten"); their misses were read in the fifth
session. That session also trained the classifier on the written sets whose misses had been read
(holdout3, 4, 6, 7, writers9, holdout9-18; see ``training.train.WRITTEN_SETS``), so those are
training data of the model now; holdout, holdout2, holdout5, holdout8 and holdout19 onwards are
not. ``holdout21.jsonl`` and ``holdout22.jsonl`` (400 each, two more blind helpers) were measured
once at the end of that session (holdout21 81.7% / 97.2%, one legitimate comment removed, which
the engine of the start of the session removed too; holdout22 84.4% / 97.2%, none; that engine:
73.9% / 88.3% and 77.2% / 92.8%). Only that legitimate comment was read and fixed ("ge neemt de
mensen in de zak": an idiom); their misses were read after that, and holdout19-22 joined the
classifier's training data. ``holdout23.jsonl`` and ``holdout24.jsonl`` (400 each, two more
blind helpers) were measured once after that (holdout23 76.7% / 93.9%, none removed; holdout24
81.1% / 93.3%, one legitimate comment removed, as by the engine of the start of the session;
that engine: 71.1% / 87.8% and 68.3% / 87.8%; the model trained without holdout19-22: 76.1% /
92.8% and 80.0% / 92.8%). Only that legitimate comment was read and fixed ("'n*gers'" quoted:
the quotation mark before a starred word is no contraction); their misses were read after that
and both joined the classifier's training data. ``holdout25.jsonl`` and ``holdout26.jsonl`` (400
each, two more blind helpers; holdout26 asked for implied threats and hate and heavy dialect)
were measured once after that (holdout25 76.7% / 91.7%, one legitimate comment removed; holdout26
68.3% / 89.4%, one removed; the engine of the start of the session: 68.9% / 86.7% with two
removed, 62.2% / 80.6% with one). Only those two legitimate comments were read and fixed ("hoe
kut is het dat ...", "ge kut" misspelt for "ge kunt"); their misses were read after that and
both joined the classifier's training data. ``holdout27.jsonl`` and ``holdout28.jsonl`` (400
each, two more blind helpers) were measured once at the very end of that session (holdout27
76.1% / 91.7%, two legitimate comments removed, as by the engine of the start of the session;
holdout28 74.4% / 90.0%, none; that engine: 67.8% / 87.2% and 70.0% / 83.3%). Only those two
were read and fixed ("ge kunt er vergif op innemen", "een man die zijn hond ..."); their misses
were read after that and both joined the classifier's training data. ``holdout29.jsonl`` and
``holdout30.jsonl`` (400 each, two more blind helpers) were measured once at the very end of that
session (holdout29 76.7% / 92.8%, none removed, none reviewed; holdout30 81.1% / 93.3%, two
legitimate comments removed, as by the engine of the start of the session; that engine: 68.3% /
85.0% and 73.3% / 87.2%). Only those two were read and fixed ("Kut weer.", "een vuilzak die te
vroeg buiten staat"); their misses were read in the sixth session (2026-12-05) and both joined
the classifier's training data. ``holdout31.jsonl`` and ``holdout32.jsonl`` (400 each, two more
blind helpers) were measured once after that session's first round of rules and retraining
(holdout31 87.8% / 95.6%, two legitimate comments removed; holdout32 87.8% / 94.4%, two removed;
the engine of the start of the session: 86.7% / 96.7% and 86.7% / 94.4%, the same four removed).
Only those four were read and fixed (a police zone's and a service's phone number, "om uwe kop
tegen de muur te slaan", "nul komma nul"); their misses were read and both joined the
classifier's training data. ``holdout33.jsonl`` and ``holdout34.jsonl`` (400 each, two more blind
helpers, written from the same brief) were measured once after the rules taken from holdout31/32
and the retrain (holdout33 87.8% / 96.1%, one legitimate comment removed; holdout34 89.4% /
95.6%, two removed; the engine of the start of the session: 86.7% / 96.1% and 89.4% / 96.7%, the
same three removed). Only those three were read and fixed ("compleet idioot plan", a school
cross-country race, a brasserie's phone number); their misses were read and both joined the
classifier's training data. ``holdout35.jsonl`` and ``holdout36.jsonl`` (400 each, two more blind
helpers, the same brief) were measured once at the very end of the session (holdout35 86.7% /
98.3%, one legitimate comment removed; holdout36 88.3% / 97.8%, four removed; the engine of the
start of the session: 80.6% / 95.6% and 84.4% / 97.8%, the same five removed). Only those five
were read and fixed (a slur quoted inside a rejection, a mild word for the writer of a quoted
line, "gek op", a district office's number); their misses were read in the seventh session and
both joined the classifier's training data. ``holdout37.jsonl`` and ``holdout38.jsonl`` (400
each, two more blind helpers, the brief rewritten once more) were measured once after the rules
taken from holdout35/36, the policy's ``model_act_hate`` and the retrain (holdout37 92.2% /
98.3%, three legitimate comments removed; holdout38 85.6% / 92.2%, one removed; the engine of
the start of that session: 90.6% / 97.8% and 85.6% / 92.2%, the same four removed). Only those
four were read and fixed ("ge de vuilbakken weggehaald", "op zijn kop gezet", a social house's
general number); their misses were read after that and both joined the classifier's training
data. ``holdout39.jsonl`` and ``holdout40.jsonl`` (400 each, two more blind helpers, the same
brief) were measured once after the rules taken from holdout37/38 and the retrain (holdout39
91.7% / 98.3%, holdout40 87.8% / 96.1%, no legitimate comment removed on either; the engine of the
start of that session: 90.0% / 97.2% and 86.7% / 96.7%, one legitimate comment removed on
holdout40, which no longer is); their misses were read after that and both joined the
classifier's training data. ``holdout41.jsonl`` and ``holdout42.jsonl`` (400 each, two more
blind helpers, the same brief) were measured once at the very end of that session's engine work
(holdout41 87.2% / 94.4%, four legitimate comments removed; holdout42 91.1% / 97.2%, one removed;
the engine of the start of the session: 85.6% / 94.4% and 88.9% / 96.7%, the same five removed).
Only those five were read and fixed ("het asielcentrum is walgelijk" said of a quoted comment, a
bin bag "die te vroeg buiten stond", Gentinfo's number with its opening hours, "de kous op uw
kop", "Idioot plan" at the start of a sentence); their misses were read after that and both
joined the classifier's training data. ``holdout43.jsonl`` and ``holdout44.jsonl`` (400 each, two
more blind helpers, the same brief) were measured once at the very end of the seventh session
(holdout43 84.4% / 95.0%, holdout44 91.1% / 97.2%, no legitimate comment removed on either; the
engine of the start of the session: 81.7% / 92.8% and 90.0% / 96.7%, one legitimate comment
removed on each). Their misses were read in the eighth session and both joined the classifier's
training data. That session ran the same cycle four times with eight more sets written blind from
``BLIND_BRIEF.md``, each pair measured once after the cycle that read the pair before it:
``holdout45.jsonl``/``holdout46.jsonl`` (88.9% / 96.1% with one legitimate comment removed, 86.7%
/ 95.0% with none), ``holdout47.jsonl``/``holdout48.jsonl`` (89.4% / 96.1% with one, 87.8% /
94.4%), ``holdout49.jsonl``/``holdout50.jsonl`` (90.6% / 96.7% with one, 88.3% / 95.6%); the
engine of the start of that session removed the same three legitimate comments, which were fixed
as rules before the misses were read; each pair then joined the classifier's training data.
``holdout51.jsonl`` and ``holdout52.jsonl`` were measured once after the fourth cycle (87.8% /
93.9% and 87.8% / 94.4%, one legitimate comment removed on each, the same two the engine of the
start of the session removed); those two were fixed, their misses read and both joined the
classifier's training data. ``holdout53.jsonl`` and ``holdout54.jsonl`` were measured once at the
very end of the eighth session (holdout53 87.8% / 96.7%, none removed; holdout54 90.0% / 96.7%,
two legitimate comments removed, the same two the engine of the start of the session removed: it
gave 87.2% / 95.6% and 89.4% / 95.6%). Only those two were read and fixed; their misses were
read in the ninth session and both joined the classifier's training data. ``holdout55.jsonl`` and
``holdout56.jsonl`` (two more blind helpers) were measured once after that cycle and retrain
(holdout55 87.8% / 95.6%, one legitimate comment removed; holdout56 86.1% / 96.7%, two removed;
the engine of the start of the session: 88.3% / 95.6% and 85.0% / 96.1%, the same three removed).
Only those three were read and fixed (a council that "laat ons creperen", "de koe bij de hoorns",
a city's call centre number in a complaint about its queue); their misses were read in the same
session and both joined the classifier's training data. ``holdout57.jsonl`` and
``holdout58.jsonl`` (two more blind helpers) were measured once after that second cycle and
retrain (holdout57 88.3% / 94.4%, none removed; holdout58 90.0% / 96.1%, one removed; the engine
of the start of the session: 88.3% / 92.8% and 89.4% / 96.1%, the same one removed). Only that one
was read and fixed ("ge kon over de koppen lopen": a crowd, not a "kop"); their misses were read
in the same session and both joined the classifier's training data. ``holdout59.jsonl`` and
``holdout60.jsonl`` (two more blind helpers) were measured once at the very end of the ninth
session, after its third cycle and retrain (holdout59 87.2% / 96.1%, three legitimate comments
removed; holdout60 82.2% / 94.4%, one removed; the engine of the start of the session: 85.6% /
95.6% and 80.0% / 93.9%, the same four removed). Only those four were read and fixed ("jullie zijn
een schande" said to the organisation, two businesses' own numbers, "wie niet met de bakfiets kan,
mag oprotten blijkbaar"); their misses were read in the same session and both joined the
classifier's training data. ``holdout61.jsonl`` and ``holdout62.jsonl`` (two more blind helpers)
were measured once after that fourth cycle and retrain (holdout61 91.1% / 98.9%, none removed;
holdout62 87.8% / 97.8%, one removed; the engine of the start of the session: 90.6% / 97.8% and
87.2% / 97.2%, the same one removed). Only that one was read and fixed ("de handelaars laten
creperen": left to suffer); their misses were read in the same session and both joined the
classifier's training data. ``holdout63.jsonl`` and ``holdout64.jsonl`` (two more blind helpers)
were measured once at the very end of the ninth session, after its fifth cycle and retrain
(holdout63 87.2% / 95.0%, three legitimate comments removed; holdout64 87.2% / 95.0%, none; the
engine of the start of the session: 85.6% / 94.4% with the same three, 87.2% / 94.4% with one).
Only those three were read and fixed ("jullie zijn onnozel bezig": conduct; "wat een bende gekken,
ik heb genoten"; "Brandveiligheid nul": a thing rated zero); their misses were read in the tenth
session and both joined the classifier's training data. The tenth session measured four more
pairs from the same brief, each once at the end of the cycle that read the pair before it:
``holdout65``/``66`` (94.4% / 98.9% with one legitimate comment removed, 88.9% / 96.7% with two),
``holdout67``/``68`` (92.8% / 98.9% with one, 91.7% / 98.9% with none), ``holdout69``/``70``
(90.6% / 97.2%, 95.0% / 96.1%, none), ``holdout71``/``72`` (90.6% / 97.2% with one, 91.1% / 98.3%
with none), ``holdout73``/``74`` (88.9% / 97.8% with one, 92.8% / 97.8% with none); the engine of
the start of that session removed the same six. Only those six were read and fixed before the
pair's misses were read; holdout65-72 joined the training data. The eleventh session read the
misses of holdout73/74, made general rules of them, retrained with both, and then measured
``holdout75``/``76`` once (92.8% / 97.8% with none removed; 91.1% / 98.3% with one, "hoe krijgt
ge het in uw kop", which the engine of the start of that session removed too and which was then
fixed; that engine: 91.7% / 97.8% and 90.6% / 97.8%). Its second cycle read holdout75/76's
misses, made rules of them, retrained with both and measured ``holdout77``/``78`` once (90.6% /
98.9% with one legitimate comment removed; 94.4% / 99.4% with three; the engine of the start of
the session: 91.1% / 98.3% and 92.8% / 98.9%, the same four removed). Only those four were read
and fixed (an idiom, a curse at gulls, a quoted statement that "hoort hier niet", "welke idioot
heeft die planning gemaakt?" now reviewed). Its third cycle read holdout77/78's misses and made
rules of them; a retrain with holdout77/78 was rejected (its classifier alone removed two
legitimate comments of the dev split and it moved more abuse down than up), so the classifier
stayed trained on holdout9-76 in that session. Then ``holdout79``/``80`` were measured once (88.3% / 98.3% with one
legitimate comment removed; 90.6% / 96.7% with one; the engine of the start of the session:
87.8% / 96.7% and 88.9% / 96.7%, the same two removed). Only those two were read and fixed (a
question mark after a link read as part of its host, a café's number in a call to support the
shops). Its fourth cycle read holdout79/80's misses and made rules of them (no retrain), then
``holdout81``/``82`` were measured once (90.6% / 97.2% with none removed; 91.1% / 98.3% with one,
a shop in the town's own campaign, since reviewed; the engine of the start of the session scored
the same and removed the same one). The twelfth session's first cycle read holdout81/82's misses
and made rules of them, then ``holdout83``/``84`` were measured once (96.7% / 99.4% with one
legitimate comment removed; 90.0% / 97.8% with two; the engine of the start of the session: 96.7% /
99.4% and 89.4% / 97.8%, the same three removed). Only those three were read and fixed (a degrading
word quoted back as a question, a brass band that "threw a bomb" on the fair, a smear put in the
mouth of whoever believes it and answered). Its second cycle read holdout83/84's misses and made
rules of them, after the classifier was retrained with holdout77-82 (see
``training.train.WRITTEN_SETS``); then ``holdout85``/``86`` were measured once (91.1% / 98.3% with
one legitimate comment removed; 95.0% / 100.0% with none; the engine of the start of the session:
91.7% / 98.3% and 95.6% / 100.0%, the same one removed). Only that one was read and fixed ("uit
Schoten", a town after "uit", had been joined into a split slur). Its third cycle read
holdout85/86's misses and made rules of them; ``holdout87``/``88`` were measured once (95.6% / 98.3%
and 90.6% / 97.2%, none removed; the engine of the start of the session: 96.1% / 98.3% and 91.7% /
96.7%, none removed). Its fourth cycle read holdout87/88's misses; ``holdout89``/``90`` were then
measured once (91.1% / 96.7% with one legitimate comment removed; 93.9% / 97.8% with none; the
engine of the start of the session: 90.0% / 96.7% and 93.3% / 97.8%, the same one removed). Only
that one was read and fixed ("de organisatie verdient een dikke nul": a mark given). Its fifth
cycle read holdout89/90's misses and made rules of them; ``holdout91``/``92`` were then measured
once (92.2% / 98.9% and 92.8% / 97.8%, no legitimate comment removed; the engine of the start of the
session: 92.8% / 98.9% and 92.8% / 98.3%, none removed: three of its decisions moved down with the
retrained classifier, one up with the rules). Its sixth cycle read holdout91/92's misses and made
rules of them; ``holdout93``/``94`` were then measured once (92.8% / 97.2% and 93.3% / 97.2%, no
legitimate comment removed; the engine of the start of the session: 92.2% / 96.7% and 91.7% /
96.7%, none removed). Its seventh cycle read holdout93/94's misses and made rules of them;
``holdout95``/``96`` were then measured once (94.4% / 98.3% with one legitimate comment removed;
96.1% / 98.9% with none; the engine of the start of the session: 93.9% / 98.3% and 96.1% / 98.3%,
the same one removed). Only that one was read and fixed (a repair shop's number in a tip). Its
eighth cycle read holdout95/96's misses and made rules of them; ``holdout97``/``98`` were then
measured once (92.8% / 97.8%, none removed; 90.0% / 97.8%, one legitimate comment removed, which
the engine of the start of the session only reviewed: "1 zak" read as a handle's digits by a rule of
the third cycle; the start engine: 92.2% / 96.7% and 90.0% / 97.8%). Only that one was read and
fixed. The thirteenth session read holdout97/98's misses and made rules of them (no retrain);
``holdout99``/``100`` were then measured once (91.1% / 98.9%, none removed; 89.4% / 96.7%, one,
"voor één zak", as by the start engine; fixed). Its second cycle read holdout99/100's misses;
``holdout101``/``102`` were measured once (86.7% / 98.9% and 91.7% / 98.9%, one legitimate comment
removed on each, the same two the start engine removed; fixed). Its third cycle read
holdout101/102's misses; ``holdout103``/``104`` were measured once (90.6% / 97.2% and 92.2% / 97.2%,
one removed on each, as by the start engine; fixed). Its fourth cycle read holdout103/104's misses;
``holdout105``/``106`` were measured once (93.3% / 96.1%, none removed; 93.9% / 96.7%, one, as by
the start engine; fixed). The start engine scored the same on all eight sets. ``holdout107``/``108``
were then measured once with the same engine (90.0% / 95.6%, one legitimate comment removed, as by
the start engine: "Kzen echt een sukkel soms", the writer's own dialect, since fixed; 91.1% /
98.9%, none; the start engine 90.0% / 95.6% and 90.6% / 98.3%). A retrain with holdout83-104 was
tried and rejected (three legitimate comments of the labelled texts newly removed, test macro F1
0.921 -> 0.918). The fourteenth session lowered the classifier's bars for review (chosen on
holdout5, 8, 83-104, the aggregate of holdout105-108 and the corpus's test split; the misses of
holdout105-108 were read after that, and two rules came of them); ``holdout109``/``110`` were then
measured once (95.0% / 98.9% and 93.9% / 98.9%; one legitimate comment removed on holdout109, as
by the start engine: "met zijn rug tegen de muur met die begroting", since fixed). After the
session's speed work ``holdout111``/``112`` were measured once (93.3% / 100.0% and 95.0% / 98.3%;
one legitimate comment removed on holdout111, as by the start engine: a service's mailbox
"omgeving@stad.be", since fixed). The fifteenth session read typing errors back ("idoiot",
"paraiet", "nikkerals"; chosen on perturbed copies of holdout5, 8 and 105-112 and on all labelled
texts, where no legitimate comment changed); ``holdout113``/``114`` were then measured once
(93.3% / 98.3% and 93.9% / 98.9%, as the start engine; one legitimate comment removed on holdout113,
as by the start engine: "een boete als uw vuilzak 'te zwaar' is", since fixed). After the
session's other changes (no removal by the model alone of short comments naming a group without
a word against it, violence said of things) ``holdout115``/``116`` were measured once (92.2% /
98.9% both; the start engine 92.2% / 98.9% and 92.8% / 98.9%; two legitimate comments removed on
holdout115: "een file te creëren" read as a typing error of "creperen", new, and rats drawn by a
full container, as by the start engine; both fixed, and the one exclusion of holdout116 that the
group rule had moved to review, "laat ze in hun eigen wijk zwemmen", is a rule now). The sixteenth
session asked the model about a sentence naming a group with the group's name put back to
"mensen", read disgust at a group as hate, and measured two blind sets of group mentions,
``groupmentions1`` (read since: a development set) and ``groupmentions2`` (measured once; only the
three legitimate comments it removed, as the start engine did, were read and fixed); then
``groupmentions4`` (hard near pairs, read: a development set) and ``groupmentions3`` (measured once
at the end, 60.0% / 86.5% against the start engine's 57.5% / 86.5%; only its two legitimate
removals, also by the start engine, were read and fixed); ``groupmentions5``, written blind while
those were fixed, was measured once last (66.5% / 89.0% against the start engine's 64.0% /
89.5%; five legitimate comments removed by both engines, read: four fixed, one known); and
``groupmentions6``, written while groupmentions5's misses were read, measured once at the very end
(71.5% / 91.5% against 68.5% / 91.0%; four legitimate comments removed by both engines, read
and fixed). After that
``holdout117``/``118`` were measured once (92.2% / 99.4% and 92.8% / 98.9%, no legitimate
comment removed, 2.3% reviewed; the start engine the same). Their misses, and those of
holdout113-116, are unread: the freshest measure of the engine. The seventeenth session read
the misses of groupmentions2, 3, 5 and 6 (development sets now) and measured two new blind sets,
``groupmentions7`` and ``groupmentions8``, with the start engine and near the end (only their
legitimate removals read). The eighteenth session read the misses of groupmentions7 and 8, wrote
four more blind sets and read two of them after measuring them (``groupmentions9`` and ``10``);
``groupmentions11`` and ``12`` were measured with the start engine and once at the end, and only
their legitimate removals were read. The nineteenth session trained the group model on
groupmentions1-12 (``sereen.engine.training.train_group``: they are its training data now) and
measured two new blind sets, ``groupmentions13`` and ``14``, with the start engine and after the
group model; only their legitimate removals were read, and both then joined the group model's
training data. Two more, ``groupmentions15`` and ``16``, were measured with the start engine and
once at the end of that session; only their one legitimate removal was read. The twenty-first
session read them, wrote four more blind sets (``groupmentions17``-``20``) and measured them with
its start engine; 15-18 are the group model's training data since, and ``groupmentions19`` and
``20`` were measured once more at the end (only their legitimate removals read). The
twenty-second session wrote ``groupmentions21``-``24`` and two sets of hard legitimate comments,
``legitgroups01``/``02``; the twenty-third wrote ``groupmentions25``/``26`` and ``legitgroups03``,
measured them with its start engine and during and at the end of the session (figures only), and
read only their legitimate removals. The twenty-fifth session read 25 and 26, wrote four more blind
sets, ``groupmentions27``/``28``, ``legitgroups04`` and ``legitgroups05`` (400 short comments that
defend a group), measured them with its start engine and once at the end (figures only) and read
only their legitimate removals. The twenty-sixth session made groupmentions19-28 but 21 and 24
training data of the group model (with eight training sets written that session,
``groupmentions31``-``34`` and ``grouppairs1``-``4``), read the misses of 21 and 24 (which no
model trains on, to measure how a retrained one carries), wrote three more blind sets,
``groupmentions29``/``30`` and ``legitgroups06`` (400 short legitimate comments), measured them
with its start engine and during the session (figures only) and read only their legitimate
removals. The twenty-seventh session read the misses of groupmentions29/30 and made them training
data of the group model (with ``groupmentions37``/``38`` and ``grouppairs5``/``6``, written that
session), wrote three more blind sets, ``groupmentions35``/``36`` and ``legitgroups07``, measured
them with its start engine and during the session (figures only) and read only their legitimate
removals. The twenty-eighth session read the misses of groupmentions35/36 and made them training
data (with ``groupmentions41``/``42`` and ``grouppairs7``/``8``; the group sets are now the main
classifier's training data too), wrote three more blind sets, ``groupmentions39``/``40`` and
``legitgroups08``, measured them with its start engine and during the session (figures only) and
read only their legitimate removals. The twenty-ninth session wrote three more blind sets,
``holdout119`` (the realistic brief), ``groupmentions43`` and ``legitgroups09``, measured them
with its start engine and during the session (figures only) and read only their legitimate
removals. The thirtieth session read the misses of groupmentions39/40/43 and 21/24, wrote four
blind sets, ``groupmentions44``/``45`` (measured with the start engine, then their misses read),
``legitgroups10`` and ``holdout120`` (measured with the start engine and during the session,
figures only; only their legitimate removals read). The thirty-first session wrote four more:
``groupmentions46`` (measured with the start engine, then its misses read),
``groupmentions47``, ``legitgroups11`` and ``holdout121`` (measured with the start engine and at
the end of the session's engine work, figures only; only their legitimate removals read). The
thirty-second session wrote four more: ``groupmentions49`` and ``legitgroups12`` (measured with
the start engine, then read), ``groupmentions48`` and ``holdout122`` (measured with the start
engine and at the end of the session's engine work, figures only; only their legitimate removals
read).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from sereen.engine import moderate
from sereen.engine.engine import compile_policy
from sereen.engine.policy import Action, Policy

DATA = Path(__file__).parent / "data"
REMOVED = (Action.HIDE, Action.DELETE)
HELD_OUT = (
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "writers9",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
    "holdout34",
    "holdout35",
    "holdout36",
    "holdout37",
    "holdout38",
    "holdout39",
    "holdout40",
    "holdout41",
    "holdout42",
    "holdout43",
    "holdout44",
    "holdout45",
    "holdout46",
    "holdout47",
    "holdout48",
    "holdout49",
    "holdout50",
    "holdout51",
    "holdout52",
    "holdout53",
    "holdout54",
    "holdout55",
    "holdout56",
    "holdout57",
    "holdout58",
    "holdout59",
    "holdout60",
    "holdout61",
    "holdout62",
    "holdout63",
    "holdout64",
    "holdout65",
    "holdout66",
    "holdout67",
    "holdout68",
    "holdout69",
    "holdout70",
    "holdout71",
    "holdout72",
    "holdout73",
    "holdout74",
    "holdout75",
    "holdout76",
    "holdout77",
    "holdout78",
    "holdout79",
    "holdout80",
    "holdout81",
    "holdout82",
    "holdout83",
    "holdout84",
    "holdout85",
    "holdout86",
    "holdout87",
    "holdout88",
    "holdout89",
    "holdout90",
    "holdout91",
    "holdout92",
    "holdout93",
    "holdout94",
    "holdout95",
    "holdout96",
    "holdout97",
    "holdout98",
    "holdout99",
    "holdout100",
    "holdout101",
    "holdout102",
    "holdout103",
    "holdout104",
    "holdout105",
    "holdout106",
    "holdout107",
    "holdout108",
    "holdout109",
    "holdout110",
    "holdout111",
    "holdout112",
    "holdout113",
    "holdout114",
    "holdout115",
    "holdout116",
    "holdout117",
    "holdout118",
    "groupmentions1",
    "groupmentions2",
    "groupmentions3",
    "groupmentions4",
    "groupmentions5",
    "groupmentions6",
    "groupmentions7",
    "groupmentions8",
    "groupmentions9",
    "groupmentions10",
    "groupmentions11",
    "groupmentions12",
    "groupmentions13",
    "groupmentions14",
    "groupmentions15",
    "groupmentions16",
    "groupmentions17",
    "groupmentions18",
    "groupmentions19",
    "groupmentions20",
    "groupmentions21",
    "groupmentions22",
    "groupmentions23",
    "groupmentions24",
    "legitgroups01",
    "legitgroups02",
    "groupmentions25",
    "groupmentions26",
    "legitgroups03",
    "groupmentions27",
    "groupmentions28",
    "legitgroups04",
    "legitgroups05",
    "groupmentions29",
    "groupmentions30",
    "legitgroups06",
    "groupmentions35",
    "groupmentions36",
    "legitgroups07",
    "groupmentions39",
    "groupmentions40",
    "legitgroups08",
    "holdout119",
    "groupmentions43",
    "legitgroups09",
    "groupmentions44",
    "groupmentions45",
    "legitgroups10",
    "holdout120",
    "groupmentions46",
    "groupmentions47",
    "legitgroups11",
    "holdout121",
    "groupmentions48",
    "groupmentions49",
    "legitgroups12",
    "holdout122",
)
SETS = ("dev", "test", *HELD_OUT)


def load(name: str) -> list[dict]:
    """The examples of ``flemish_<name>.jsonl`` (``<name>.jsonl`` for the held-out sets)."""
    path = DATA / (f"{name}.jsonl" if name in HELD_OUT else f"flemish_{name}.jsonl")
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def evaluate(items: list[dict], policy: Policy) -> dict:
    """Counts per label and the misses: abusive not removed, legitimate removed or reviewed."""
    compiled = compile_policy(policy)
    stats: dict[str, Counter] = {}
    misses: list[tuple[str, str, str]] = []
    for item in items:
        action = moderate(item["text"], compiled).action
        c = stats.setdefault(item["label"], Counter())
        c["n"] += 1
        c[action.value] += 1
        legit = item["label"] == "legit"
        if (legit and action != Action.KEEP and action != Action.REPLY) or (
            not legit and action not in REMOVED
        ):
            misses.append((item["label"], action.value, item["text"]))
    abuse = Counter()
    for label, c in stats.items():
        if label != "legit":
            abuse.update(c)
    legit = stats.get("legit", Counter())
    return {"per_label": stats, "abuse": abuse, "legit": legit, "misses": misses}


def summary(result: dict) -> str:
    a, lg = result["abuse"], result["legit"]
    n, m = a["n"] or 1, lg["n"] or 1
    removed = a["hide"] + a["delete"]
    lines = [
        f"  abusive {a['n']}: removed {removed / n:.1%}, at least reviewed "
        f"{(removed + a['review']) / n:.1%}",
        f"  legit   {lg['n']}: removed {lg['hide'] + lg['delete']}, reviewed "
        f"{lg['review'] / m:.1%} ({lg['review']})",
    ]
    for label, c in sorted(result["per_label"].items()):
        lines.append(
            f"    {label:14} n={c['n']:4} keep={c['keep'] + c['reply']:4} review={c['review']:4} "
            f"hide={c['hide']:4} delete={c['delete']:4}"
        )
    return "\n".join(lines)


def main() -> int:
    from sereen.engine import decide
    from tests.engine.conftest import make_policy

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="all", choices=[*SETS, "all"])
    parser.add_argument("--show", action="store_true", help="list the misses")
    parser.add_argument("--no-classifier", action="store_true")
    parser.add_argument("--policy", help="policy YAML file (default: the packaged starter policy)")
    parser.add_argument(
        "--test-policy", action="store_true", help="use the in-code policy of conftest instead"
    )
    args = parser.parse_args()
    if args.test_policy:
        policy = make_policy()
    else:
        from sereen.engine.policyfile import PolicyFileError, load_policy, starter_policy

        try:
            policy = load_policy(args.policy) if args.policy else starter_policy()
        except PolicyFileError as exc:
            print(exc)
            return 2
    print(f"policy: {policy.organisation} {policy.version}")
    modes = [False] if args.no_classifier else [False, True]
    for with_clf in modes:
        for slot in decide.MODEL_SLOTS:
            slot.forget()
        if not with_clf:
            decide.set_classifier(None)
            decide.set_group_classifier(None)
        clf = decide.get_classifier()
        if with_clf and clf is None:
            print("(no classifier available)")
            continue
        for name in SETS if args.set == "all" else [args.set]:
            result = evaluate(load(name), policy)
            print(f"{name} {'with' if with_clf else 'without'} classifier")
            print(summary(result))
            if args.show:
                for label, act, text in result["misses"]:
                    print(f"    MISS {label:13} -> {act:7} {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
