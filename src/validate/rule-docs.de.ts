/**
 * Why each built-in rule exists (Begründung), in German: the counterpart of
 * the English `why` in the rules' *.docs.ts files, for the command's German
 * SARIF rule table (`curricula validate --format sarif --locale de`), so a
 * German run shows no English paragraph. Like rule-docs.ts, only the
 * command and the tests read it; the library bundle does not carry it.
 * tests/validate/docs-snippets.test.ts checks that every rule with docs has
 * a German reason here and that it keeps the English one's code spans.
 */
export const germanRuleReasons: ReadonlyMap<string, string> = new Map([
  ['syntax', 'In einer Datei, die sich nicht parsen lässt, kann nichts anderes geprüft werden; die Position zeigt auf das erste fehlerhafte Zeichen.'],
  ['empty', 'Eine leere Datei in einem Curriculum-Repository ist meist eine Datei, deren Inhalt bei einem Merge oder einem fehlgeschlagenen Export verloren ging.'],
  ['limit/size', 'Schützt CI und Anwendungen vor versehentlich oder böswillig riesigen Eingaben.'],
  ['limit/depth', 'Schützt vor einem Stapelüberlauf durch krankhaft tiefe Verschachtelung; echte Curricula sind wenige Ebenen tief.'],
  ['limit/aliases', 'Wenige Zeilen verschachtelter Aliase („Billion Laughs“) können sich auf Gigabytes ausdehnen; solche Dateien werden abgelehnt, bevor sie ausgeschrieben werden.'],
  ['schema/forbidden-key', 'Solche Schlüssel können in jedem Werkzeug, das die Datei liest, das Verhalten von JavaScript-Objekten verändern (Prototype Pollution); sie werden entfernt und gemeldet.'],
  ['schema/unknown-key', 'Einen falsch geschriebenen Schlüssel („titel“, „requirs“) übergehen nachsichtige Leseprogramme stillschweigend, sodass sein Inhalt verloren geht; hier wird er an seiner Stelle gemeldet, mit dem ähnlichsten bekannten Namen.'],
  ['schema/missing', 'Ohne sie kann nichts auf ein Dokument verweisen, und es lässt sich weder auflisten noch planen.'],
  ['schema/type', 'Eine Liste, wo ein einzelner Wert erwartet wird, oder eine Zuordnung, wo eine Liste hingehört, bedeutet meist eine falsche Einrückung.'],
  ['schema/value', 'Ein frei gewähltes Wort, wo das Format eine von wenigen Auswahlmöglichkeiten erwartet, lässt sich nicht deuten; die Meldung zählt die Auswahlmöglichkeiten auf.'],
  ['schema/range', 'Zahlen außerhalb ihres Bereichs sind Tippfehler („20222“) oder Platzhalter, die nie ausgefüllt wurden.'],
  ['schema/format', 'Kennungen landen in Dateinamen, URLs und Kalender-UIDs; Daten und Uhrzeiten müssen eindeutig lesbar sein.'],
  ['duration/invalid', 'Stunden werden genau summiert; eine Angabe, die keine Dauer ist („2 Tage“ oder „2 2/7 UE“, was keine ganze Zahl von Minuten ist), lässt sich nicht zählen.'],
  [
    'date/invalid',
    'Ein unmögliches Datum ist ein Tippfehler, den der Kalender nicht einordnen kann; ebenso ein Jahr weit außerhalb jedes Kurses (0207, 9027): Daten reichen von 1900-01-01 bis 2200-12-31, dem Bereich, den der Feiertagskalender, die Zeitzonenregeln und jeder Export beherrschen.',
  ],
  ['time/reversed', 'Ein umgekehrtes Zeitfenster ist ein vertauschtes Paar von Uhrzeiten; seine Unterrichtszeit wäre negativ.'],
  ['time-zone/unknown', 'Termine sind Ortszeiten; eine unbekannte Zeitzone würde jeden exportierten Kalendereintrag verschieben.'],
  [
    'document/unchecked',
    'Wer `schema` auf `warn` herabsetzt, soll damit kein fehlerhaftes Programm unbemerkt durch CI bringen: Lässt sich eine Datei nicht als Programm oder Durchführung lesen (ein Pflichtschlüssel fehlt, ein Wert hat den falschen Typ), kann keine der anderen Regeln sie prüfen.',
  ],
  [
    'document/without-kind',
    '`curricula validate` ohne Pfad prüft jede YAML- und JSON-Datei, deren oberste Ebene `kind: program` oder `kind: offering` sagt, und lässt anderes YAML (Workflows, Konfigurationen) in Ruhe. Ein Programm, in dem `kind` vergessen wurde, würde übersprungen, und CI würde mit einer fehlerhaften Datei grün. ' +
      'Eine Datei ohne `kind`, deren oberste Ebene wie ein Programm oder eine Durchführung aussieht (eine `id` mit `modules`, `hours` oder `sessions`), wird stattdessen gemeldet, als Warnung; ein `kind`, das knapp danebenliegt (`programm`, `Program`, `offer`), wird geprüft und als `schema/value` mit der wahrscheinlich gemeinten Art gemeldet. ' +
      'Eine Datei, die sich nicht parsen lässt, wird nach ihren Zeilen beurteilt: Ein (knapp danebenliegendes) `kind` lässt sie prüfen, sodass ihr Syntaxfehler gemeldet wird; kein `kind`, aber eine `id` und einer dieser Schlüssel ergeben diese Warnung. ' +
      'Der Befehl meldet das, wenn er Ordner durchsucht; eine auf der Befehlszeile genannte Datei wird so geprüft, wie sie ist (ein fehlendes `kind` ist dann `schema/missing`).',
  ],
  [
    'directive/invalid',
    'Ein Kurs, der absichtlich am Karfreitag stattfindet, soll nicht ewig warnen und auch nicht die Feiertagsregel für alle Dateien abschalten. Eine Anweisung in einem YAML-Kommentar schaltet genannte Codes dort ab, wo die Ausnahme ist, und sagt nach `--`, warum, damit alle, die die Datei später lesen, wissen, dass es so vereinbart war. ' +
      'Eine Anweisung ohne Grund, ohne Codes oder mit einem Code, den es nicht gibt, täte unbemerkt nichts oder zu viel: Sie ist ein Fehler und schaltet nichts ab.',
  ],
  [
    'directive/unused',
    'Eine Anweisung überlebt ihren Grund: Der Termin wird vom Feiertag weg verlegt, die Anweisung bleibt, und eines Tages verdeckt sie einen Befund, dem niemand zugestimmt hat. ' +
      'Auf Wunsch (`--report-unused-disable-directives`, `reportUnusedDisableDirectives` in der API oder eine `rules`-Einstellung für diesen Code) wird jeder Code gemeldet, den eine Anweisung zum Abschalten nennt, ohne dass er etwas abgeschaltet hat, damit veraltete Ausnahmen entfernt werden. ' +
      'Der Befehl meldet sie standardmäßig als Warnungen, wenn er einen Bericht für CI schreibt (`--format github`, `sarif` oder `junit`).',
  ],
  [
    'ids/duplicate',
    'Verweise (`requires`, die `modules` eines Termins, das `program` einer Durchführung) treffen zufällig eine der beiden Stellen; ein kopiertes Modul, das seine Kennung behalten hat, macht die Stundenprüfung und den Zeitplan unbemerkt falsch. Beide Stellen werden genannt.',
  ],
  ['refs/unresolved', 'Eine falsch geschriebene Kennung in `requires` oder in den `modules` eines Termins lässt unbemerkt eine Voraussetzung wegfallen oder ein Modul unabgedeckt. Der Hinweis nennt die ähnlichste vorhandene Kennung.'],
  ['prerequisites/cycle', 'Ein Kreis macht es unmöglich, irgendein Modul darauf zu beginnen, und kein Zeitplan kann sie ordnen. Lange Ketten verbergen den Kreis, deshalb wird der ganze Weg gezeigt.'],
  ['prerequisites/optional', 'Teilnehmende dürfen ein optionales Modul auslassen; ein Pflichtmodul, das es voraussetzt, macht das optionale in der Praxis verpflichtend oder blockiert sie.'],
  [
    'hours/total',
    'Die Gesamtzahl steht in Zertifikaten, Förderanträgen und Flyern. Ein geänderter Modulumfang, den niemand in die Gesamtzahl übernommen hat, ist der häufigste Fehler in Curricula. Beide Zahlen erscheinen genau in der Einheit des Dokuments (ohne Rundung).',
  ],
  ['hours/track', 'Ein Zweig (eine Variante eines Programms für eine Zielgruppe) wird mit eigener Gesamtzahl beworben; sie entfernt sich von seinen Modulen genau wie die Gesamtzahl eines Programms.'],
  [
    'hours/nested',
    'Verschachtelte Module (ein zweitägiger Workshop, in seine Tage aufgeteilt) tragen den wirklichen Stundenumfang; eine abweichende Zahl beim übergeordneten Modul bringt zwei verschiedene Summen in Zertifikate und Zeitpläne.',
  ],
  ['hours/topics', 'Die Stunden der Themen sind der feinste Stundenumfang eines Curriculums; sie werden am häufigsten geändert und am seltensten geprüft.'],
  [
    'credits/workload',
    'ECTS bindet einen Punkt an 25 bis 30 Stunden Arbeitsaufwand; ein Wert weit außerhalb bedeutet meist eine falsche Punktzahl oder Stunden in der falschen Einheit. Es ist eine Warnung, weil Stunden auch nur die Präsenzzeit sein können: Stellen Sie `creditHours` auf das Verhältnis Ihrer Einrichtung ein.',
  ],
  [
    'offering/coverage',
    'Eine Durchführung, die ein Modul auslässt oder ihm weniger Zeit gibt, als sein Umfang verlangt, kann das versprochene Zertifikat nicht vergeben. Unterrichtszeit wird genau gezählt: das Zeitfenster eines Termins abzüglich seiner Pausen, zu gleichen Teilen auf die Module verteilt, die er nennt, sofern `{ module, hours }` nichts anderes sagt.',
  ],
  [
    'offering/session-count',
    'Konzepte legen die Form eines Moduls fest („ein Auftakttag und ein bis zwei Folgetermine“); eine Durchführung mit einem dritten Folgetermin oder ganz ohne ist nicht das Programm, das bewilligt wurde.',
  ],
  ['offering/overbooked', 'Stunden, die Modulen zugesagt sind, die der Tag aber nicht hat, zählen als abgedeckt, werden aber nie unterrichtet.'],
  [
    'offering/session-cap',
    'Manche Formate sind bewusst kurz („ein halber Tag, höchstens 3 Stunden“ Beratung); ein ganztägiger Termin bricht dieses Versprechen gegenüber Teilnehmenden und Fördernden.',
  ],
  [
    'offering/order',
    'Voraussetzungen gibt es, weil das spätere Modul auf dem früheren aufbaut; ein Zeitplan, der sie vertauscht (oft nach dem Verschieben eines Termins), unterrichtet in der falschen Reihenfolge.',
  ],
  ['offering/overlap', 'Teilnehmende können nicht in zwei Terminen zugleich sein; eine Überschneidung ist fast immer ein kopierter Termin, dessen Datum oder Uhrzeit nicht geändert wurde.'],
  [
    'offering/break-outside',
    'Eine Pause außerhalb des Zeitfensters ist ein Tippfehler in einer der beiden Uhrzeiten (oft „12:30“ statt „13:30“), und die daraus berechnete Unterrichtszeit ist falsch.',
  ],
  ['offering/time-window', 'Ein Termin, dessen Pausen sein ganzes Zeitfenster füllen, unterrichtet nichts; ein umgekehrtes Zeitfenster („16:30-09:30“) ist ein vertauschtes Paar von Uhrzeiten.'],
  [
    'offering/to-be-agreed',
    'Offene Termine sind normal („Termine nach Vereinbarung“), aber jemand muss sie festlegen, bevor die Durchführung beginnt; die Liste hält sie sichtbar, ohne CI scheitern zu lassen.',
  ],
  [
    'offering/session-ids',
    'Ein Kalender erkennt einen Eintrag an seiner UID, und ein Termin ohne `id` bekommt die UID seiner Stelle in der Liste (s01, s02, …). Wird davor ein Termin eingefügt, wandert die UID zu einem anderen Datum: Der Kalender zeigt den falschen Eintrag oder einen doppelten. ' +
      'Kennungen halten jeden Eintrag bei seinem Termin, wie auch immer sich die Liste ändert; `curricula fix --add-session-ids` schreibt die Kennungen, die die Einträge jetzt haben, sodass sich nichts bereits Veröffentlichtes ändert.',
  ],
  [
    'offering/outlier-date',
    'Ein falsches Jahr („2026“ statt „2027“) ist der klassische Kopierfehler in datierten Zeitplänen; es ergibt ein gültiges Datum, aber der Termin läge ein Jahr daneben.',
  ],
  [
    'offering/holiday',
    'Feiertage unterscheiden sich je Bundesland (Heilige Drei Könige in Baden-Württemberg, Reformationstag in Niedersachsen) und werden leicht übersehen, wenn ein Zeitplan aus einem anderen Bundesland oder Jahr kopiert wird. ' +
      'Ohne Bundesland (weder in der Durchführung noch als Option) werden trotzdem die bundesweiten Feiertage geprüft: Weihnachten oder Ostermontag ist in jedem Bundesland ein Feiertag. Eine Warnung, weil manche Veranstaltungen an Feiertagen stattfinden.',
  ],
  [
    'offering/region',
    'Manche Feiertage gelten nur örtlich: Augsburg hat am 8. August sein Friedensfest, überwiegend katholische Gemeinden in Bayern haben Mariä Himmelfahrt. Der Feiertagskalender kennt sie an einem Regionscode innerhalb des Bundeslandes; ' +
      'eine Region, die er nicht kennt, würde sonst stillschweigend übergangen und die Termine nur gegen die Feiertage des Bundeslandes geprüft.',
  ],
  [
    'admission/team-size',
    'Ein Team aus einer Person ist eine falsch geschriebene Rollenvoraussetzung, meist weil das zweite Mitglied (die oder der Ehrenamtliche eines Tandems aus Haupt- und Ehrenamt) vergessen wurde.',
  ],
  [
    'admission/completed',
    '„Modul 1 abgeschlossen“ gehört in `requires`; „dieses Programm abgeschlossen“ lässt sich nie erfüllen; die Kennung einer Durchführung bindet die Teilnahmevoraussetzung an einen Durchlauf statt an das Konzept.',
  ],
  [
    'offering/agenda',
    'Anerkennungsstellen (Niedersachsen, Berlin, Hamburg) verlangen jeden Tag in Programmpunkte mit Uhrzeiten aufgeteilt, und Teilnehmende planen ihren Tag nach dem Ablauf. ' +
      'Ein Programmpunkt, der vor dem Termin beginnt oder in der Mittagspause liegt, ist ein Tippfehler, der den Antrag nachlässig wirken lässt; ein Programmpunkt, der ein Modul oder Thema nennt, das das Programm nicht hat, ist veraltet, seit sich das Programm geändert hat.',
  ],
  [
    'recognition/profile',
    'Eine beanspruchte Anerkennung mit falsch geschriebener Profilkennung würde gegen nichts geprüft, und der Kurs sähe anerkennungsfähig aus, obwohl er es nicht ist. Die Kennung nennt ein eingebautes Profil (siehe docs/recognition.md) oder eines der `profiles` der Konfigurationsdatei.',
  ],
  [
    'recognition/in-force',
    'Anerkennungsregeln ändern sich (die Juleica in Niedersachsen verlangt ab 2026 40 statt 50 Stunden). Eine Durchführung wird gegen die Fassung geprüft, die an ihrem ersten Tag gilt; diese Regel sagt, welche, wenn es darauf ankommt: ' +
      'wenn sich das Profil geändert hat und eine spätere Fassung verwendet wurde (Hinweis), wenn die Durchführung über eine Änderung hinweg läuft oder wenn an ihren Terminen keine Fassung gilt (Warnung: die nächstgelegene Fassung wurde verwendet).',
  ],
  [
    'recognition/days',
    'Die meisten Bildungsurlaubsgesetze setzen eine Mindestdauer: Hessen und Rheinland-Pfalz nie unter 3 Tagen, Niedersachsen 3 Tage oder mehr. Ein zweitägiger Kurs wird abgelehnt, wie gut er auch ist.',
  ],
  [
    'recognition/consecutive',
    'Niedersachsen erkennt nur Kurse an aufeinanderfolgenden Tagen an, Nordrhein-Westfalen auch einen Tag pro Woche in aufeinanderfolgenden Wochen. Ein Kurs, der über ein Wochenende pausiert, ist für die Anerkennungsstelle zwei Kurse.',
  ],
  [
    'recognition/blocks',
    'Hessen akzeptiert einen Kurs in zwei Blöcken von je mindestens zwei Tagen, beide innerhalb von acht Wochen; ein dritter Block, ein eintägiger Block oder Blöcke im Abstand von zehn Wochen werden abgelehnt.',
  ],
  [
    'recognition/total',
    'Manche Anerkennungen zählen die Stunden insgesamt: Die Juleica verlangt mindestens 30 Zeitstunden Ausbildung, die DOSB-Lizenz C 120 LE, ein Blockkurs in Rheinland-Pfalz 18 UE. Ein Programm, dem dafür ein Modul fehlt, führt nicht zur Karte oder Lizenz.',
  ],
  [
    'recognition/per-day',
    'Auf das Tagesprogramm schauen Anerkennungsstellen zuerst: Hessen verlangt im Durchschnitt 6 Zeitstunden am Tag und keinen Tag unter 4, Niedersachsen 8 UE am Tag und 4 an An- und Abreisetagen, Rheinland-Pfalz im Durchschnitt 6 UE. ' +
      'Ein kurzer letzter Tag oder eine lange Mittagspause ist der häufigste Grund für eine Ablehnung.',
  ],
  [
    'recognition/before-time',
    'Rheinland-Pfalz erkennt Abendkurse nur an, wenn jeder Tag mindestens 4 UE vor 20:00 Uhr hat: Ein Unterrichtstag von 17:00 bis 22:00 Uhr liegt größtenteils danach.',
  ],
  [
    'recognition/in-person',
    'Online-Anteile sind erlaubt, aber nicht unbegrenzt: Die Juleica verlangt mindestens 15 ihrer 30 Stunden in Präsenz, Baden-Württemberg mehr als die Hälfte der Unterrichtszeit. Ein Kurs, der einen Tag zu viel online abhält, verliert seine Anerkennung.',
  ],
  [
    'recognition/participants',
    'Niedersachsen erkennt in der Regel Kurse mit einer festen Gruppe von höchstens 50 Personen an; eine Vortragsreihe für 80 ist dort kein Bildungsurlaub.',
  ],
  [
    'recognition/admission',
    'Die Juleica und die DOSB-Lizenz werden erst ab 16 Jahren und mit einem Erste-Hilfe-Nachweis ausgestellt (für die Lizenz: 9 UE, nicht älter als 2 Jahre). Ein Programm, das das nicht sagt, nimmt Teilnehmende auf, die am Ende die Karte nicht bekommen können.',
  ],
  [
    'recognition/certificate',
    'Eine Karte oder Lizenz gilt eine feste Zeit (Juleica 3 Jahre, DOSB-Lizenz C 4 Jahre) und wird mit einer Fortbildung verlängert (8 Std., 15 LE). Ein Programm, das eine längere Gültigkeit oder eine kürzere Verlängerung verspricht, verspricht, was die ausstellende Stelle nicht gewährt.',
  ],
  [
    'recognition/seminar-days',
    'Der Bundesfreiwilligendienst verlangt für zwölf Dienstmonate 25 Seminartage (für jeden weiteren Monat einen mehr, für jeden Monat weniger zwei weniger), darunter ein fünftägiges Seminar zur politischen Bildung. Ein Seminarplan eines Jahrgangs, der darunter bleibt, verletzt die Vereinbarung über den Dienst.',
  ],
]);
