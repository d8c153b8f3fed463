<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
  <context>
    <name>AttachmentsBox</name>
    <message>
      <source>&amp;Fjern valgt vedlegg</source>
      <translation>&amp;Remove selected attachment</translation>
    </message>
    <message>
      <source>Fjern det valgte vedlegget (Delete i listen)</source>
      <translation>Remove the selected attachment (Delete in the list)</translation>
    </message>
    <message>
      <source>Kartlegginger som kan legges ved</source>
      <translation>Screenings that can be attached</translation>
    </message>
    <message>
      <source>Klienten har ingen kartlegginger (AUDIT/DUDIT).</source>
      <translation>The client has no screenings (AUDIT/DUDIT).</translation>
    </message>
    <message>
      <source>Lagt ved</source>
      <translation>Attached</translation>
    </message>
    <message>
      <source>Legg til &amp;vedlegg</source>
      <translation>Add &amp;attachment</translation>
    </message>
    <message>
      <source>Legg til vedlegget (Enter i feltet)</source>
      <translation>Add the attachment (Enter in the field)</translation>
    </message>
    <message>
      <source>Legg ved</source>
      <translation>Attach</translation>
    </message>
    <message>
      <source>Legg ved {what}</source>
      <translation>Attach {what}</translation>
    </message>
    <message>
      <source>N&amp;ytt vedlegg:</source>
      <translation>Ne&amp;w attachment:</translation>
    </message>
    <message>
      <source>Navn på nytt vedlegg</source>
      <translation>Name of new attachment</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <source>&amp;Eksporter…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <source>&amp;Fra:</source>
      <translation>&amp;From:</translation>
    </message>
    <message>
      <source>&amp;Handling:</source>
      <translation>&amp;Action:</translation>
    </message>
    <message>
      <source>&amp;Til:</source>
      <translation>&amp;To:</translation>
    </message>
    <message>
      <source>1 hendelse</source>
      <translation>1 event</translation>
    </message>
    <message>
      <source>Alle handlinger</source>
      <translation>All actions</translation>
    </message>
    <message>
      <source>CSV-fil for Excel (*.csv)</source>
      <translation>CSV file for Excel (*.csv)</translation>
    </message>
    <message>
      <source>Eksporter loggen over innsyn</source>
      <translation>Export the access log</translation>
    </message>
    <message>
      <source>Fra dato</source>
      <translation>From date</translation>
    </message>
    <message>
      <source>Handling</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Hendelser i loggen</source>
      <translation>Log events</translation>
    </message>
    <message>
      <source>Hvem som har sett, opprettet, endret, slettet, eksportert eller skrevet ut opplysninger, og når. Loggen kan ikke endres.</source>
      <translation>Who has viewed, created, changed, deleted, exported or printed information, and when. The log cannot be changed.</translation>
    </message>
    <message>
      <source>Kan ikke lese loggen</source>
      <translation>Cannot read the log</translation>
    </message>
    <message>
      <source>Kan ikke åpne loggen over innsyn</source>
      <translation>Cannot open the access log</translation>
    </message>
    <message>
      <source>Lagre klientens logg som CSV-fil (for Excel), for eksempel til klienten</source>
      <translation>Save the client's log as a CSV file (for Excel), for example for the client</translation>
    </message>
    <message>
      <source>Logg over innsyn – hele databasen</source>
      <translation>Access log – whole database</translation>
    </message>
    <message>
      <source>Logg over innsyn – klient nr. {id}</source>
      <translation>Access log – client no. {id}</translation>
    </message>
    <message>
      <source>Loggen ble ikke eksportert</source>
      <translation>The log was not exported</translation>
    </message>
    <message>
      <source>Loggen ble ikke lagret</source>
      <translation>The log was not saved</translation>
    </message>
    <message>
      <source>Loggen er lagret i {path}.</source>
      <translation>The log has been saved to {path}.</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Til dato</source>
      <translation>To date</translation>
    </message>
    <message>
      <source>Til dato er før fra dato.</source>
      <translation>The to date is before the from date.</translation>
    </message>
    <message>
      <source>ansvarsgruppemøte</source>
      <translation>responsibility group meeting</translation>
    </message>
    <message>
      <source>avtale</source>
      <translation>appointment</translation>
    </message>
    <message>
      <source>barn</source>
      <translation>child</translation>
    </message>
    <message>
      <source>dd.mm.åååå</source>
      <translation>dd.mm.yyyy</translation>
    </message>
    <message>
      <source>eksportert</source>
      <translation>exported</translation>
    </message>
    <message>
      <source>endret</source>
      <translation>changed</translation>
    </message>
    <message>
      <source>henvisning</source>
      <translation>referral</translation>
    </message>
    <message>
      <source>individuell plan</source>
      <translation>individual plan</translation>
    </message>
    <message>
      <source>kartlegging</source>
      <translation>screening</translation>
    </message>
    <message>
      <source>klient</source>
      <translation>client</translation>
    </message>
    <message>
      <source>logg over innsyn</source>
      <translation>access log</translation>
    </message>
    <message>
      <source>medlem av ansvarsgruppen</source>
      <translation>responsibility group member</translation>
    </message>
    <message>
      <source>nettverksperson</source>
      <translation>network person</translation>
    </message>
    <message>
      <source>oppgave fra ansvarsgruppen</source>
      <translation>responsibility group action item</translation>
    </message>
    <message>
      <source>opprettet</source>
      <translation>created</translation>
    </message>
    <message>
      <source>samtykke</source>
      <translation>consent</translation>
    </message>
    <message>
      <source>skrevet ut</source>
      <translation>printed</translation>
    </message>
    <message>
      <source>slettet</source>
      <translation>deleted</translation>
    </message>
    <message>
      <source>versjon av individuell plan</source>
      <translation>individual plan version</translation>
    </message>
    <message>
      <source>vist</source>
      <translation>viewed</translation>
    </message>
    <message>
      <source>{field}: Er ikke en gyldig dato (dd.mm.åååå).</source>
      <translation>{field}: Not a valid date (dd.mm.yyyy).</translation>
    </message>
    <message>
      <source>{n} hendelser</source>
      <translation>{n} events</translation>
    </message>
  </context>
  <context>
    <name>AuditLogModel</name>
    <message>
      <source>Bruker</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Detaljer</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Gjelder</source>
      <translation>Regarding</translation>
    </message>
    <message>
      <source>Handling</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Klientnr.</source>
      <translation>Client no.</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Tidspunkt</source>
      <translation>Time</translation>
    </message>
  </context>
  <context>
    <name>CaseDialogs</name>
    <message>
      <source>Avslutt saken for {client}</source>
      <translation>Close the case for {client}</translation>
    </message>
    <message>
      <source>Ikke slett</source>
      <translation>Don't delete</translation>
    </message>
    <message>
      <source>Slett permanent</source>
      <translation>Delete permanently</translation>
    </message>
    <message>
      <source>Slette klient</source>
      <translation>Delete client</translation>
    </message>
    <message>
      <source>Slette {client} permanent?

Klienten og alt i journalen (nettverk, barn, samtykker, avtaler) slettes for godt. Loggen beholder bare at en sletting skjedde. Dette kan ikke angres.</source>
      <translation>Delete {client} permanently?

The client and everything in the record (network, children, consents, appointments) will be deleted for good. The log keeps only the fact that a deletion took place. This cannot be undone.</translation>
    </message>
    <message>
      <source>{name} (f. {date})</source>
      <translation>{name} (b. {date})</translation>
    </message>
  </context>
  <context>
    <name>ClientDialog</name>
    <message>
      <source>11 sifre</source>
      <translation>11 digits</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <source>D-nummer</source>
      <translation>D number</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.YYYY</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
      <source>Endre klient – {name}</source>
      <translation>Edit client – {name}</translation>
    </message>
    <message>
      <source>Fastlege og NAV</source>
      <translation>GP and NAV</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Fields marked * are required.</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i dette vinduet blir ikke lagret.</source>
      <translation>Discard changes?

What you have written in this window will not be saved.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <source>Født {date} ({kind})</source>
      <translation>Born {date} ({kind})</translation>
    </message>
    <message>
      <source>H-nummer</source>
      <translation>H number</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Not saved. Correct what is marked.</translation>
    </message>
    <message>
      <source>Kontakt</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Required.</translation>
    </message>
    <message>
      <source>Notater</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Ny klient</source>
      <translation>New client</translation>
    </message>
    <message>
      <source>Personalia</source>
      <translation>Personal details</translation>
    </message>
    <message>
      <source>Språk</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>fødselsnummer</source>
      <translation>national identity number</translation>
    </message>
    <message>
      <source>syntetisk D-nummer</source>
      <translation>synthetic D number</translation>
    </message>
    <message>
      <source>syntetisk testnummer</source>
      <translation>synthetic test number</translation>
    </message>
  </context>
  <context>
    <name>ClientListModel</name>
    <message>
      <source>Fødselsdato</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Fødselsnummer</source>
      <translation>National identity number</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>ClientView</name>
    <message>
      <source>&amp;Avslutt saken…</source>
      <translation>&amp;Close case…</translation>
    </message>
    <message>
      <source>&amp;Endre klient…</source>
      <translation>&amp;Edit client…</translation>
    </message>
    <message>
      <source>&amp;Gjenåpne saken</source>
      <translation>&amp;Reopen case</translation>
    </message>
    <message>
      <source>&amp;Logg over innsyn for klienten…</source>
      <translation>Access &amp;log for the client…</translation>
    </message>
    <message>
      <source>&amp;Slett klienten permanent…</source>
      <translation>&amp;Delete client permanently…</translation>
    </message>
    <message>
      <source>Alder</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>Ansvarsgruppe</source>
      <translation>Responsibility group</translation>
    </message>
    <message>
      <source>Avsluttet {date}</source>
      <translation>Closed {date}</translation>
    </message>
    <message>
      <source>Avtaler</source>
      <translation>Appointments</translation>
    </message>
    <message>
      <source>Barn</source>
      <translation>Children</translation>
    </message>
    <message>
      <source>Fastlege</source>
      <translation>GP</translation>
    </message>
    <message>
      <source>Henvisninger</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <source>I kraft</source>
      <translation>In force</translation>
    </message>
    <message>
      <source>IP</source>
      <translation>IP</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Individuell plan</source>
      <translation>Individual plan</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Kan ikke åpne klienten</source>
      <translation>Cannot open the client</translation>
    </message>
    <message>
      <source>Kartlegging</source>
      <translation>Screening</translation>
    </message>
    <message>
      <source>Klienten ble ikke slettet</source>
      <translation>The client was not deleted</translation>
    </message>
    <message>
      <source>Merk som &amp;gjennomført</source>
      <translation>Mark as &amp;done</translation>
    </message>
    <message>
      <source>NAV</source>
      <translation>NAV</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nei</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Nettverk</source>
      <translation>Network</translation>
    </message>
    <message>
      <source>Notater</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Omfang</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>Oversikt</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>Personalia</source>
      <translation>Personal details</translation>
    </message>
    <message>
      <source>Saken ble ikke gjenåpnet</source>
      <translation>The case was not reopened</translation>
    </message>
    <message>
      <source>Samtykker</source>
      <translation>Consents</translation>
    </message>
    <message>
      <source>Språk og tolk</source>
      <translation>Language and interpreter</translation>
    </message>
    <message>
      <source>Uten fødselsnummer</source>
      <translation>No national identity number</translation>
    </message>
    <message>
      <source>Utløper snart</source>
      <translation>Expires soon</translation>
    </message>
    <message>
      <source>Velg en klient i listen</source>
      <translation>Choose a client in the list</translation>
    </message>
    <message>
      <source>avtalen {when} ({kind})</source>
      <translation>the appointment on {when} ({kind})</translation>
    </message>
    <message>
      <source>født {date}</source>
      <translation>born {date}</translation>
    </message>
    <message>
      <source>samtykket «{kind}» gitt {date}</source>
      <translation>the consent «{kind}» given {date}</translation>
    </message>
    <message>
      <source>{years} år</source>
      <translation>{years} y</translation>
    </message>
  </context>
  <context>
    <name>CriteriaBox</name>
    <message>
      <source>Antall kriterier</source>
      <translation>Number of criteria</translation>
    </message>
    <message>
      <source>{count} av {total} kriterier</source>
      <translation>{count} of {total} criteria</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>1 dag over fristen</source>
      <translation>1 day past the deadline</translation>
    </message>
    <message>
      <source>Akutt fare for liv: ring 113. Legevakt: 116 117.</source>
      <translation>Danger to life: call 113. Out-of-hours medical service (legevakt): 116 117.</translation>
    </message>
    <message>
      <source>Dagens oversikt</source>
      <translation>Today's overview</translation>
    </message>
    <message>
      <source>Forfalt</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>I dag, {weekday} {date}</source>
      <translation>Today, {weekday} {date}</translation>
    </message>
    <message>
      <source>Ingenting haster i dag.</source>
      <translation>Nothing urgent today.</translation>
    </message>
    <message>
      <source>Snart</source>
      <translation>Due soon</translation>
    </message>
    <message>
      <source>Til orientering</source>
      <translation>For information</translation>
    </message>
    <message>
      <source>ansvarsgruppemøte avtalt til {weekday} {date} kl. {time} ({when}), men ikke planlagt som møte ennå.</source>
      <translation>responsibility group meeting agreed for {weekday} {date} at {time} ({when}), but not yet scheduled as a meeting.</translation>
    </message>
    <message>
      <source>ansvarsgruppemøte {weekday} {date} kl. {time} ({when}).</source>
      <translation>responsibility group meeting on {weekday} {date} at {time} ({when}).</translation>
    </message>
    <message>
      <source>bindende frist for behandlingsstart {date} er passert uten at behandling har startet.</source>
      <translation>the binding latest start date {date} has passed without treatment having started.</translation>
    </message>
    <message>
      <source>fredag</source>
      <translation>Friday</translation>
    </message>
    <message>
      <source>i dag</source>
      <translation>today</translation>
    </message>
    <message>
      <source>i morgen</source>
      <translation>tomorrow</translation>
    </message>
    <message>
      <source>individuell plan skal revideres {date} ({when}).</source>
      <translation>individual plan is due for revision {date} ({when}).</translation>
    </message>
    <message>
      <source>klagefrist {date} på avslaget ({when}).</source>
      <translation>complaint deadline for the rejection {date} ({when}).</translation>
    </message>
    <message>
      <source>lørdag</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <source>mandag</source>
      <translation>Monday</translation>
    </message>
    <message>
      <source>om 1 virkedag</source>
      <translation>in 1 working day</translation>
    </message>
    <message>
      <source>om {count} dager</source>
      <translation>in {count} days</translation>
    </message>
    <message>
      <source>om {count} virkedager</source>
      <translation>in {count} working days</translation>
    </message>
    <message>
      <source>onsdag</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <source>oppgave fra ansvarsgruppen {task} hadde frist {date} og er ikke markert som gjort ({late}).</source>
      <translation>responsibility group action item {task} was due {date} and is not marked as done ({late}).</translation>
    </message>
    <message>
      <source>oppgave fra ansvarsgruppen {task} har frist {date} ({when}).</source>
      <translation>responsibility group action item {task} is due {date} ({when}).</translation>
    </message>
    <message>
      <source>revisjon av individuell plan var satt til {date} og er forfalt ({late}).</source>
      <translation>individual plan revision was set for {date} and is overdue ({late}).</translation>
    </message>
    <message>
      <source>svar fra vurderingsinstansen er forfalt (frist {date}). Klienten har krav på svar innen {days} virkedager.</source>
      <translation>response from the assessment unit is overdue (deadline {date}). The client is entitled to a response within {days} working days.</translation>
    </message>
    <message>
      <source>svarfrist fra vurderingsinstansen {date} ({when}).</source>
      <translation>response deadline from the assessment unit {date} ({when}).</translation>
    </message>
    <message>
      <source>søndag</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <source>tirsdag</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <source>torsdag</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <source>utkast ikke endret siden {date}.</source>
      <translation>draft not changed since {date}.</translation>
    </message>
    <message>
      <source>utskrevet {date} uten avtalt oppfølging. Overdosefaren er svært høy de første ukene etter utskrivning – avtal time (time i hånden).</source>
      <translation>discharged {date} with no follow-up booked. The overdose risk is very high in the first weeks after discharge – book an appointment (time i hånden).</translation>
    </message>
    <message>
      <source>{count} dager over fristen</source>
      <translation>{count} days past the deadline</translation>
    </message>
    <message>
      <source>{name} – samtykke utløper {date}.</source>
      <translation>{name} – consent expires {date}.</translation>
    </message>
    <message>
      <source>… og {count} til. Finn klientene i listen til venstre.</source>
      <translation>… and {count} more. Find the clients in the list on the left.</translation>
    </message>
    <message>
      <source>⚠ Haster</source>
      <translation>⚠ Urgent</translation>
    </message>
  </context>
  <context>
    <name>DraftChoiceDialog</name>
    <message>
      <source>&amp;Legg ved {screening} i utkastet:</source>
      <translation>&amp;Attach {screening} to the draft:</translation>
    </message>
    <message>
      <source>Legg ved</source>
      <translation>Attach</translation>
    </message>
    <message>
      <source>Legg ved henvisning</source>
      <translation>Attach to referral</translation>
    </message>
    <message>
      <source>Utkast til henvisning</source>
      <translation>Draft referrals</translation>
    </message>
  </context>
  <context>
    <name>FieldEditor</name>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.YYYY</translation>
    </message>
  </context>
  <context>
    <name>FirstStartWizard</name>
    <message>
      <source>&amp;Adresse:</source>
      <translation>&amp;Address:</translation>
    </message>
    <message>
      <source>&amp;Fullfør</source>
      <translation>&amp;Finish</translation>
    </message>
    <message>
      <source>&amp;Gjenta passordfrasen:</source>
      <translation>&amp;Repeat the passphrase:</translation>
    </message>
    <message>
      <source>&amp;Kommune:</source>
      <translation>&amp;Municipality:</translation>
    </message>
    <message>
      <source>&amp;Legg inn demodata</source>
      <translation>&amp;Add demo data</translation>
    </message>
    <message>
      <source>&amp;Neste &gt;</source>
      <translation>&amp;Next &gt;</translation>
    </message>
    <message>
      <source>&amp;Språk:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <source>(Tomt – ingen brevhode.)</source>
      <translation>(Empty – no letterhead.)</translation>
    </message>
    <message>
      <source>&lt; &amp;Tilbake</source>
      <translation>&lt; &amp;Back</translation>
    </message>
    <message>
      <source>Antall &amp;klienter:</source>
      <translation>Number of &amp;clients:</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Avbryt oppsettet</source>
      <translation>Cancel setup</translation>
    </message>
    <message>
      <source>Avbryt oppsettet (Esc)</source>
      <translation>Cancel setup (Esc)</translation>
    </message>
    <message>
      <source>Avbryte oppsettet?</source>
      <translation>Cancel setup?</translation>
    </message>
    <message>
      <source>Brevhode</source>
      <translation>Letterhead</translation>
    </message>
    <message>
      <source>Brevhode:</source>
      <translation>Letterhead:</translation>
    </message>
    <message>
      <source>Dataene dine krypteres på denne maskinen. Du blir spurt om passordfrasen hver gang rustool starter. Bruk gjerne flere ord.</source>
      <translation>Your data is encrypted on this computer. You will be asked for the passphrase every time rustool starts. Feel free to use several words.</translation>
    </message>
    <message>
      <source>Demodata</source>
      <translation>Demo data</translation>
    </message>
    <message>
      <source>Demodata ble ikke lagt inn</source>
      <translation>Demo data was not added</translation>
    </message>
    <message>
      <source>Demodata:</source>
      <translation>Demo data:</translation>
    </message>
    <message>
      <source>Dette står øverst på henvisninger, referater og planer du skriver ut. Alt kan stå tomt og fylles ut senere.</source>
      <translation>This appears at the top of referrals, minutes and plans you print. Everything can be left empty and filled in later.</translation>
    </message>
    <message>
      <source>Din t&amp;ittel:</source>
      <translation>Your t&amp;itle:</translation>
    </message>
    <message>
      <source>Ditt n&amp;avn (må fylles ut):</source>
      <translation>Your na&amp;me (required):</translation>
    </message>
    <message>
      <source>Du:</source>
      <translation>You:</translation>
    </message>
    <message>
      <source>E-&amp;post:</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <source>Forhåndsvisning av brevhodet</source>
      <translation>Letterhead preview</translation>
    </message>
    <message>
      <source>Forrige side (Alt+T)</source>
      <translation>Previous page (Alt+B)</translation>
    </message>
    <message>
      <source>Fortsett</source>
      <translation>Continue</translation>
    </message>
    <message>
      <source>Før du begynner, setter vi opp rustool: språket, navnet ditt, brevhodet på dokumentene, passordfrasen som krypterer dataene, og om du vil prøve rustool med oppdiktede klienter. Navn og brevhode kan du endre senere under Innstillinger.</source>
      <translation>Before you begin, we will set up rustool: the language, your name, the letterhead on documents, the passphrase that encrypts the data, and whether you want to try rustool with fictitious clients. You can change your name and letterhead later under Settings.</translation>
    </message>
    <message>
      <source>Ingenting er lagret, og rustool avsluttes. Du kommer tilbake hit neste gang du starter rustool.</source>
      <translation>Nothing has been saved, and rustool will close. You will come back here the next time you start rustool.</translation>
    </message>
    <message>
      <source>Innstillingene ble ikke lagret</source>
      <translation>The settings were not saved</translation>
    </message>
    <message>
      <source>Innstillingene er lagret, men demoklientene kunne ikke legges inn. Ingen av dem er lagt inn.

{reason}</source>
      <translation>The settings have been saved, but the demo clients could not be added. None of them have been added.

{reason}</translation>
    </message>
    <message>
      <source>Jeg har &amp;skrevet ned passordfrasen og oppbevarer den trygt</source>
      <translation>I have &amp;written down the passphrase and keep it safe</translation>
    </message>
    <message>
      <source>Kryss av for at du har skrevet ned passordfrasen.</source>
      <translation>Tick the box to confirm that you have written down the passphrase.</translation>
    </message>
    <message>
      <source>Lag databasen og start rustool (Alt+F)</source>
      <translation>Create the database and start rustool (Alt+F)</translation>
    </message>
    <message>
      <source>N&amp;y passordfrase:</source>
      <translation>New &amp;passphrase:</translation>
    </message>
    <message>
      <source>Navnet ditt står i loggen over hvem som har gjort hva. Navn og tittel (for eksempel «Ruskonsulent») fylles inn for deg som henviser i henvisninger og som medlem i ansvarsgrupper.</source>
      <translation>Your name appears in the log of who did what. Your name and title (for example «Substance abuse consultant») are filled in for you as the referrer in referrals and as a member of responsibility groups.</translation>
    </message>
    <message>
      <source>Nei</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Neste side (Alt+N)</source>
      <translation>Next page (Alt+N)</translation>
    </message>
    <message>
      <source>Om deg</source>
      <translation>About you</translation>
    </message>
    <message>
      <source>Oppsummering</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Passordfrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Passordfrase:</source>
      <translation>Passphrase:</translation>
    </message>
    <message>
      <source>Passordfrasen kan ikke hentes fram igjen. Glemmer du den, kommer ingen til dataene, heller ikke fra sikkerhetskopiene.</source>
      <translation>The passphrase cannot be recovered. If you forget it, no one can get to the data, not even from the backups.</translation>
    </message>
    <message>
      <source>Sett opp rustool</source>
      <translation>Set up rustool</translation>
    </message>
    <message>
      <source>Slik blir brevhodet:</source>
      <translation>The letterhead will look like this:</translation>
    </message>
    <message>
      <source>Språk:</source>
      <translation>Language:</translation>
    </message>
    <message>
      <source>Steg {number} av {total}</source>
      <translation>Step {number} of {total}</translation>
    </message>
    <message>
      <source>Styrke</source>
      <translation>Strength</translation>
    </message>
    <message>
      <source>Styrke:</source>
      <translation>Strength:</translation>
    </message>
    <message>
      <source>Tele&amp;fon:</source>
      <translation>&amp;Phone:</translation>
    </message>
    <message>
      <source>Tjene&amp;ste:</source>
      <translation>&amp;Service:</translation>
    </message>
    <message>
      <source>Valgt ({strength}). Den vises ikke her.</source>
      <translation>Chosen ({strength}). It is not shown here.</translation>
    </message>
    <message>
      <source>Velg Fullfør for å lage den krypterte databasen med dette og starte rustool. Gå tilbake for å endre noe.</source>
      <translation>Choose Finish to create the encrypted database with these settings and start rustool. Go back to change anything.</translation>
    </message>
    <message>
      <source>Velkommen til rustool</source>
      <translation>Welcome to rustool</translation>
    </message>
    <message>
      <source>Vil du prøve rustool før du legger inn ekte klienter, kan du få oppdiktede klienter med henvisninger, ansvarsgrupper og planer. Alle navn og fødselsnumre er oppdiktet; ingen av dem tilhører virkelige personer. Demoklientene blir liggende i databasen sammen med klientene du legger inn senere, så velg dette bare hvis du vil prøve.</source>
      <translation>If you want to try rustool before entering real clients, you can get fictitious clients with referrals, responsibility groups and plans. All names and national identity numbers are made up; none of them belong to real people. The demo clients stay in the database together with the clients you enter later, so only choose this if you want to try the program.</translation>
    </message>
    <message>
      <source>{count} oppdiktede klienter</source>
      <translation>{count} fictitious clients</translation>
    </message>
    <message>
      <source>{strength} – for svak.</source>
      <translation>{strength} – too weak.</translation>
    </message>
    <message>
      <source>{strength} – godt nok.</source>
      <translation>{strength} – good enough.</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.YYYY</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Fields marked * are required.</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i dette vinduet blir ikke lagret.</source>
      <translation>Discard changes?

What you have written in this window will not be saved.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Not saved. Correct what is marked.</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Required.</translation>
    </message>
  </context>
  <context>
    <name>GoalChoiceDialog</name>
    <message>
      <source>Gjør til tiltak</source>
      <translation>Turn into measure</translation>
    </message>
    <message>
      <source>Gjør til tiltak i IP</source>
      <translation>Turn into IP measure</translation>
    </message>
    <message>
      <source>Gjør {what} til tiltak under &amp;målet:</source>
      <translation>Turn {what} into a measure under the &amp;goal:</translation>
    </message>
    <message>
      <source>Mål i planen</source>
      <translation>Goals in the plan</translation>
    </message>
  </context>
  <context>
    <name>GroupTab</name>
    <message>
      <source>&amp;Endre medlem…</source>
      <translation>&amp;Edit member…</translation>
    </message>
    <message>
      <source>Advarsel om samtykke</source>
      <translation>Consent warning</translation>
    </message>
    <message>
      <source>Ansvarlig</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Eksporter &amp;invitasjon (.ics)…</source>
      <translation>Export &amp;invitation (.ics)…</translation>
    </message>
    <message>
      <source>Eksporter likevel</source>
      <translation>Export anyway</translation>
    </message>
    <message>
      <source>Endre det valgte medlemmet (Enter i tabellen)</source>
      <translation>Edit the selected member (Enter in the table)</translation>
    </message>
    <message>
      <source>Fjer&amp;n medlem…</source>
      <translation>&amp;Remove member…</translation>
    </message>
    <message>
      <source>Fjern</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Fjern det valgte medlemmet (Delete i tabellen)</source>
      <translation>Remove the selected member (Delete in the table)</translation>
    </message>
    <message>
      <source>Fjerne medlemmet?</source>
      <translation>Remove the member?</translation>
    </message>
    <message>
      <source>Fjerne {name} fra ansvarsgruppen?

Er {name} nevnt i et møte, blir {name} stående som tidligere medlem, så referatene er hele. Ellers slettes {name} fra gruppen.</source>
      <translation>Remove {name} from the responsibility group?

If {name} is mentioned in a meeting, {name} stays on as a former member, so the minutes remain complete. Otherwise {name} is deleted from the group.</translation>
    </message>
    <message>
      <source>Fra møtet</source>
      <translation>From meeting</translation>
    </message>
    <message>
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Gi koordinatorrollen til det valgte medlemmet</source>
      <translation>Give the coordinator role to the selected member</translation>
    </message>
    <message>
      <source>Gjør den valgte oppgaven til et tiltak i klientens individuelle plan</source>
      <translation>Turn the selected action item into a measure in the client's individual plan</translation>
    </message>
    <message>
      <source>Gjør til &amp;tiltak i IP…</source>
      <translation>&amp;Turn into IP measure…</translation>
    </message>
    <message>
      <source>Gjør til koo&amp;rdinator</source>
      <translation>Make &amp;coordinator</translation>
    </message>
    <message>
      <source>Ikke fjern</source>
      <translation>Don't remove</translation>
    </message>
    <message>
      <source>Ikke fjernet</source>
      <translation>Not removed</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Ikke slett</source>
      <translation>Don't delete</translation>
    </message>
    <message>
      <source>Ingen medlemmer ennå. Velg «Nytt medlem…»; den første blir koordinator.</source>
      <translation>No members yet. Choose «New member…»; the first one becomes coordinator.</translation>
    </message>
    <message>
      <source>Ingen møter ennå. Velg «Nytt møte…».</source>
      <translation>No meetings yet. Choose «New meeting…».</translation>
    </message>
    <message>
      <source>Ingen åpne oppgaver.</source>
      <translation>No open action items.</translation>
    </message>
    <message>
      <source>Invitasjonen ble ikke laget</source>
      <translation>The invitation was not created</translation>
    </message>
    <message>
      <source>Invitasjonen ble ikke lagret</source>
      <translation>The invitation was not saved</translation>
    </message>
    <message>
      <source>Invitasjonen er lagret i {path}. Åpne den i Outlook eller en annen kalender for å sende den til medlemmene.</source>
      <translation>The invitation has been saved to {path}. Open it in Outlook or another calendar to send it to the members.</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Kalenderfil (*.ics)</source>
      <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
      <source>Kan ikke åpne medlemmet</source>
      <translation>Cannot open the member</translation>
    </message>
    <message>
      <source>Kan ikke åpne møtet</source>
      <translation>Cannot open the meeting</translation>
    </message>
    <message>
      <source>Klientens navn i invitasjonen?</source>
      <translation>The client's name in the invitation?</translation>
    </message>
    <message>
      <source>Lagre invitasjonen</source>
      <translation>Save the invitation</translation>
    </message>
    <message>
      <source>Lagre møtet som kalenderinvitasjon for Outlook og andre kalendere</source>
      <translation>Save the meeting as a calendar invitation for Outlook and other calendars</translation>
    </message>
    <message>
      <source>Medlemmer</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>Merk den valgte oppgaven som utført i dag</source>
      <translation>Mark the selected action item as done today</translation>
    </message>
    <message>
      <source>Merk som &amp;utført</source>
      <translation>Mar&amp;k as done</translation>
    </message>
    <message>
      <source>Møter</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>Møtet ble ikke slettet</source>
      <translation>The meeting was not deleted</translation>
    </message>
    <message>
      <source>Møtet {when} er slettet.</source>
      <translation>The meeting {when} has been deleted.</translation>
    </message>
    <message>
      <source>Neste møte</source>
      <translation>Next meeting</translation>
    </message>
    <message>
      <source>Neste møte er avtalt til {when} (i møtet {day}). «Nytt møte…» planlegger det.</source>
      <translation>The next meeting is agreed for {when} (at the meeting on {day}). «New meeting…» schedules it.</translation>
    </message>
    <message>
      <source>Nytt &amp;medlem…</source>
      <translation>&amp;New member…</translation>
    </message>
    <message>
      <source>Nytt m&amp;øte…</source>
      <translation>New &amp;meeting…</translation>
    </message>
    <message>
      <source>Nytt medlem, også fra nettverket eller andre grupper (Insert i tabellen)</source>
      <translation>New member, also from the network or other groups (Insert in the table)</translation>
    </message>
    <message>
      <source>Nytt møte; åpne oppgaver fra forrige møte står på sakslisten (Insert)</source>
      <translation>New meeting; open action items from the previous meeting are put on the agenda (Insert)</translation>
    </message>
    <message>
      <source>Oppgave</source>
      <translation>Action item</translation>
    </message>
    <message>
      <source>Referat som P&amp;DF…</source>
      <translation>Minutes as &amp;PDF…</translation>
    </message>
    <message>
      <source>Referatet fra det valgte møtet, til å skrive ut eller lagre (Ctrl+P i tabellen)</source>
      <translation>The minutes of the selected meeting, to print or save (Ctrl+P in the table)</translation>
    </message>
    <message>
      <source>S&amp;lett møte…</source>
      <translation>&amp;Delete meeting…</translation>
    </message>
    <message>
      <source>Slett det valgte møtet (Delete i tabellen)</source>
      <translation>Delete the selected meeting (Delete in the table)</translation>
    </message>
    <message>
      <source>Slett møtet</source>
      <translation>Delete the meeting</translation>
    </message>
    <message>
      <source>Slette møtet {when}?

Sakslisten, referatet og oppgavene fra møtet blir borte. Dette kan ikke angres.</source>
      <translation>Delete the meeting {when}?

The agenda, the minutes and the action items from the meeting will be gone. This cannot be undone.</translation>
    </message>
    <message>
      <source>Slette møtet?</source>
      <translation>Delete the meeting?</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Stedet «{place}» ser ut til å inneholde klientens navn. Invitasjonen havner i alle medlemmenes kalendere og skal ikke vise hvem gruppen gjelder. Eksportere likevel?</source>
      <translation>The location «{place}» seems to contain the client's name. The invitation ends up in all the members' calendars and must not show who the group is for. Export anyway?</translation>
    </message>
    <message>
      <source>Tidspunkt</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Tiltak i IP</source>
      <translation>Measure in IP</translation>
    </message>
    <message>
      <source>Tiltakene i den individuelle planen som kom fra møtet, blir stående i planen.</source>
      <translation>The measures in the individual plan that came from the meeting stay in the plan.</translation>
    </message>
    <message>
      <source>Uten e-post, ikke invitert: {names}.</source>
      <translation>No e-mail, not invited: {names}.</translation>
    </message>
    <message>
      <source>forfalt</source>
      <translation>overdue</translation>
    </message>
    <message>
      <source>{name} (sluttet {date})</source>
      <translation>{name} (left {date})</translation>
    </message>
    <message>
      <source>{name} er ansvarlig for oppgaver som ikke er utført: {items}. Gi dem til en annen eller merk dem som utført først.</source>
      <translation>{name} is responsible for action items that are not done: {items}. Give them to someone else or mark them as done first.</translation>
    </message>
    <message>
      <source>{name} er koordinator, og gruppen har andre medlemmer. Gjør en annen til koordinator først.</source>
      <translation>{name} is coordinator, and the group has other members. Make someone else coordinator first.</translation>
    </message>
    <message>
      <source>{name} er lagret i ansvarsgruppen.</source>
      <translation>{name} has been saved in the responsibility group.</translation>
    </message>
    <message>
      <source>{name} er nevnt i møtereferater og står nå som tidligere medlem (sluttet {date}).</source>
      <translation>{name} is mentioned in meeting minutes and is now listed as a former member (left {date}).</translation>
    </message>
    <message>
      <source>{name} er nå koordinator.</source>
      <translation>{name} is now coordinator.</translation>
    </message>
    <message>
      <source>{name} er slettet fra ansvarsgruppen.</source>
      <translation>{name} has been deleted from the responsibility group.</translation>
    </message>
    <message>
      <source>{name} har allerede sluttet i gruppen og står i møtereferatene.</source>
      <translation>{name} has already left the group and is listed in the meeting minutes.</translation>
    </message>
    <message>
      <source>«{item}» er merket som utført.</source>
      <translation>«{item}» is marked as done.</translation>
    </message>
    <message>
      <source>«{item}» er nå et tiltak i den individuelle planen.</source>
      <translation>«{item}» is now a measure in the individual plan.</translation>
    </message>
    <message>
      <source>Å&amp;pne møte…</source>
      <translation>&amp;Open meeting…</translation>
    </message>
    <message>
      <source>Åpne det valgte møtet: referat, oppgaver og tiltak (Enter i tabellen)</source>
      <translation>Open the selected meeting: minutes, action items and measures (Enter in the table)</translation>
    </message>
    <message>
      <source>Åpne oppgaver</source>
      <translation>Open action items</translation>
    </message>
    <message>
      <source>Åpne oppgaver fra møtene</source>
      <translation>Open action items from the meetings</translation>
    </message>
    <message>
      <source>→ tiltak i IP</source>
      <translation>→ measure in IP</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <source>&amp;Emner:</source>
      <translation>&amp;Topics:</translation>
    </message>
    <message>
      <source>Alt+N</source>
      <translation>Alt+N</translation>
    </message>
    <message>
      <source>Alt+S</source>
      <translation>Alt+S</translation>
    </message>
    <message>
      <source>Alt+T</source>
      <translation>Alt+B</translation>
    </message>
    <message>
      <source>Ansvarsgruppe og individuell plan</source>
      <translation>Responsibility group and individual plan</translation>
    </message>
    <message>
      <source>Denne hjelpesiden mangler i installasjonen.</source>
      <translation>This help page is missing from the installation.</translation>
    </message>
    <message>
      <source>Emner i hjelpen</source>
      <translation>Help topics</translation>
    </message>
    <message>
      <source>Forrige side (også fra et tekstfelt)</source>
      <translation>Previous page (also from a text field)</translation>
    </message>
    <message>
      <source>Fra søkefeltet ned i klientlisten</source>
      <translation>From the search field down into the client list</translation>
    </message>
    <message>
      <source>Henvisningsforløpet</source>
      <translation>The referral path</translation>
    </message>
    <message>
      <source>Henvisningsveiviseren</source>
      <translation>The referral wizard</translation>
    </message>
    <message>
      <source>Hjelp – {topic}</source>
      <translation>Help – {topic}</translation>
    </message>
    <message>
      <source>Hjelpetekst</source>
      <translation>Help text</translation>
    </message>
    <message>
      <source>Hurtigtaster</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <source>Hva</source>
      <translation>What</translation>
    </message>
    <message>
      <source>I henvisningsveiviseren</source>
      <translation>In the referral wizard</translation>
    </message>
    <message>
      <source>I hjelpen</source>
      <translation>In the help</translation>
    </message>
    <message>
      <source>I hovedvinduet</source>
      <translation>In the main window</translation>
    </message>
    <message>
      <source>I lister og skjemaer</source>
      <translation>In lists and forms</translation>
    </message>
    <message>
      <source>Lagre skjemaet</source>
      <translation>Save the form</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Lukk hjelpen</source>
      <translation>Close the help</translation>
    </message>
    <message>
      <source>Lukk – det du har skrevet, er lagret som utkast</source>
      <translation>Close – what you have written is saved as a draft</translation>
    </message>
    <message>
      <source>Lukke skjemaet (spør først hvis noe er endret)</source>
      <translation>Close the form (asks first if anything has changed)</translation>
    </message>
    <message>
      <source>Neste fane i klientvisningen</source>
      <translation>Next tab in the client view</translation>
    </message>
    <message>
      <source>Neste felt / forrige felt, også ut av et tekstfelt</source>
      <translation>Next field / previous field, also out of a text field</translation>
    </message>
    <message>
      <source>Neste side (også fra et tekstfelt)</source>
      <translation>Next page (also from a text field)</translation>
    </message>
    <message>
      <source>Neste side (siste side: send), utenom i tekstfelt med flere linjer</source>
      <translation>Next page (last page: send), except in multi-line text fields</translation>
    </message>
    <message>
      <source>Ny rad / fjern rad i tabellen i en fane</source>
      <translation>New row / remove row in the table on a tab</translation>
    </message>
    <message>
      <source>Nødnumre</source>
      <translation>Emergency numbers</translation>
    </message>
    <message>
      <source>Personvern og sikkerhet</source>
      <translation>Privacy and security</translation>
    </message>
    <message>
      <source>Send henvisningen (på siste side)</source>
      <translation>Send the referral (on the last page)</translation>
    </message>
    <message>
      <source>Større / mindre tekst</source>
      <translation>Larger / smaller text</translation>
    </message>
    <message>
      <source>Taster</source>
      <translation>Keys</translation>
    </message>
    <message>
      <source>Ved fare for liv: ring 113. Legevakt: ring 116 117.</source>
      <translation>If life is in danger: call 113. Out-of-hours medical service (legevakt): call 116 117.</translation>
    </message>
    <message>
      <source>Åpne klienten eller raden som er valgt</source>
      <translation>Open the selected client or row</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>&amp;Avslutt rustool</source>
      <translation>&amp;Quit rustool</translation>
    </message>
    <message>
      <source>&amp;Passordfrase</source>
      <translation>&amp;Passphrase</translation>
    </message>
    <message>
      <source>Avslutt rustool</source>
      <translation>Quit rustool</translation>
    </message>
    <message>
      <source>Avslutte rustool?</source>
      <translation>Quit rustool?</translation>
    </message>
    <message>
      <source>Avslutte uten å låse opp? Det du ikke har lagret, går tapt.</source>
      <translation>Quit without unlocking? Anything you have not saved will be lost.</translation>
    </message>
    <message>
      <source>Fortsett låst</source>
      <translation>Stay locked</translation>
    </message>
    <message>
      <source>Lås &amp;opp</source>
      <translation>&amp;Unlock</translation>
    </message>
    <message>
      <source>Passordfrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>rustool er låst</source>
      <translation>rustool is locked</translation>
    </message>
    <message>
      <source>rustool er låst.</source>
      <translation>rustool is locked.</translation>
    </message>
    <message>
      <source>rustool er låst. Skriv passordfrasen for å låse opp.</source>
      <translation>rustool is locked. Enter the passphrase to unlock.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Ansvarsgruppe og individuell plan</source>
      <translation>Responsibility &amp;group and individual plan</translation>
    </message>
    <message>
      <source>&amp;Avslutt</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Dagens oversikt</source>
      <translation>&amp;Today's overview</translation>
    </message>
    <message>
      <source>&amp;Endre passordfrase…</source>
      <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
      <source>&amp;Fil</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Finn klient</source>
      <translation>&amp;Find client</translation>
    </message>
    <message>
      <source>&amp;Gjenopprett fra sikkerhetskopi…</source>
      <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
      <source>&amp;Henvisningsforløpet</source>
      <translation>The &amp;referral path</translation>
    </message>
    <message>
      <source>&amp;Hjelp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Innstillinger…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <source>&amp;Klient</source>
      <translation>&amp;Client</translation>
    </message>
    <message>
      <source>&amp;Lås</source>
      <translation>&amp;Lock</translation>
    </message>
    <message>
      <source>&amp;Ny klient…</source>
      <translation>&amp;New client…</translation>
    </message>
    <message>
      <source>&amp;Nødnumre</source>
      <translation>&amp;Emergency numbers</translation>
    </message>
    <message>
      <source>&amp;Personvern og sikkerhet</source>
      <translation>&amp;Privacy and security</translation>
    </message>
    <message>
      <source>&amp;Søk:</source>
      <translation>&amp;Search:</translation>
    </message>
    <message>
      <source>&amp;Vis:</source>
      <translation>Sho&amp;w:</translation>
    </message>
    <message>
      <source>1 klient</source>
      <translation>1 client</translation>
    </message>
    <message>
      <source>Aktive</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Alle</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Antall klienter</source>
      <translation>Number of clients</translation>
    </message>
    <message>
      <source>Avsluttede</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Henvisnings&amp;veiviseren</source>
      <translation>The referral &amp;wizard</translation>
    </message>
    <message>
      <source>Hurtig&amp;taster</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <source>Kan ikke åpne innstillingene</source>
      <translation>Cannot open the settings</translation>
    </message>
    <message>
      <source>Klientliste</source>
      <translation>Client list</translation>
    </message>
    <message>
      <source>Logg &amp;over innsyn…</source>
      <translation>&amp;Access log…</translation>
    </message>
    <message>
      <source>Søk etter klient</source>
      <translation>Search for client</translation>
    </message>
    <message>
      <source>Søk på navn, fødselsnummer eller telefon</source>
      <translation>Search by name, national identity number or phone</translation>
    </message>
    <message>
      <source>Ta &amp;sikkerhetskopi…</source>
      <translation>Take &amp;backup…</translation>
    </message>
    <message>
      <source>Til oversikten</source>
      <translation>To the overview</translation>
    </message>
    <message>
      <source>Tilbake til dagens oversikt (Ctrl+D)</source>
      <translation>Back to today's overview (Ctrl+D)</translation>
    </message>
    <message>
      <source>Vis klienter</source>
      <translation>Show clients</translation>
    </message>
    <message>
      <source>{count} klienter</source>
      <translation>{count} clients</translation>
    </message>
    <message>
      <source>← Til oversikten</source>
      <translation>← To the overview</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <source>&amp;Neste møte</source>
      <translation>&amp;Next meeting</translation>
    </message>
    <message>
      <source>&amp;Referat som PDF…</source>
      <translation>&amp;Minutes as PDF…</translation>
    </message>
    <message>
      <source>&amp;Start</source>
      <translation>&amp;Start</translation>
    </message>
    <message>
      <source>&amp;Vedtak</source>
      <translation>&amp;Decisions</translation>
    </message>
    <message>
      <source>(ingen valgt)</source>
      <translation>(none selected)</translation>
    </message>
    <message>
      <source>(sluttet)</source>
      <translation>(left)</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Behold oppgaven</source>
      <translation>Keep the action item</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.YYYY</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
      <source>Det er ikke et samtykke til individuell plan som gjelder i dag.</source>
      <translation>There is no consent to an individual plan in force today.</translation>
    </message>
    <message>
      <source>Dette er allerede et tiltak i planen.</source>
      <translation>This is already a measure in the plan.</translation>
    </message>
    <message>
      <source>Er allerede registrert i oppmøtet.</source>
      <translation>Already recorded in the attendance.</translation>
    </message>
    <message>
      <source>Er ikke medlem av gruppen.</source>
      <translation>Not a member of the group.</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Fields marked * are required.</translation>
    </message>
    <message>
      <source>Fjern oppgaven</source>
      <translation>Remove the action item</translation>
    </message>
    <message>
      <source>Fjern punktet</source>
      <translation>Remove the item</translation>
    </message>
    <message>
      <source>Fjerne oppgaven?</source>
      <translation>Remove the action item?</translation>
    </message>
    <message>
      <source>Flytt ned</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Flytt opp</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Flytt punktet ned (Alt+Pil ned)</source>
      <translation>Move the item down (Alt+Down arrow)</translation>
    </message>
    <message>
      <source>Flytt punktet opp (Alt+Pil opp)</source>
      <translation>Move the item up (Alt+Up arrow)</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i møtet siden det sist ble lagret, blir ikke lagret.</source>
      <translation>Discard changes?

What you have written in the meeting since it was last saved will not be saved.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Gjør den merkede teksten i vedtakene (eller alt, når ingenting er merket) til et tiltak i klientens individuelle plan</source>
      <translation>Turn the selected text in the decisions (or all of it, when nothing is selected) into a measure in the client's individual plan</translation>
    </message>
    <message>
      <source>Gjør oppgaven til et tiltak under et av målene i klientens individuelle plan</source>
      <translation>Turn the action item into a measure under one of the goals in the client's individual plan</translation>
    </message>
    <message>
      <source>Gjør til tiltak i IP…</source>
      <translation>Turn into IP measure…</translation>
    </message>
    <message>
      <source>Gjør vedtak til tiltak i &amp;IP…</source>
      <translation>Turn decision into &amp;IP measure…</translation>
    </message>
    <message>
      <source>Gruppen har ingen medlemmer ennå.</source>
      <translation>The group has no members yet.</translation>
    </message>
    <message>
      <source>Hva</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Hvem</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>Ikke gjort til tiltak</source>
      <translation>Not turned into a measure</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket:</source>
      <translation>Not saved. Correct what is marked:</translation>
    </message>
    <message>
      <source>Ingen tiltak i IP fra dette møtet ennå.</source>
      <translation>No IP measures from this meeting yet.</translation>
    </message>
    <message>
      <source>Ingen vedtak</source>
      <translation>No decisions</translation>
    </message>
    <message>
      <source>Kan ikke være før møtedagen.</source>
      <translation>Cannot be before the day of the meeting.</translation>
    </message>
    <message>
      <source>Klienten har ikke et samtykke til individuell plan som gjelder i dag. Registrer samtykket i fanen «Samtykker» først.</source>
      <translation>The client has no consent to an individual plan in force today. Record the consent in the «Consents» tab first.</translation>
    </message>
    <message>
      <source>Klienten har ingen individuell plan ennå. Lag planen først; da kan oppgaver og vedtak fra møtene bli tiltak i den.</source>
      <translation>The client has no individual plan yet. Create the plan first; then action items and decisions from the meetings can become measures in it.</translation>
    </message>
    <message>
      <source>Klienten har ingen individuell plan.</source>
      <translation>The client has no individual plan.</translation>
    </message>
    <message>
      <source>Klienten har takket nei til individuell plan, så planen kan ikke få tiltak.</source>
      <translation>The client has declined an individual plan, so the plan cannot have measures.</translation>
    </message>
    <message>
      <source>Klienten har takket nei til individuell plan.</source>
      <translation>The client has declined an individual plan.</translation>
    </message>
    <message>
      <source>Kunne ikke lese møtet</source>
      <translation>Could not read the meeting</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Lagre møtet først?</source>
      <translation>Save the meeting first?</translation>
    </message>
    <message>
      <source>Lagre og fortsett</source>
      <translation>Save and continue</translation>
    </message>
    <message>
      <source>Lagre og fortsett å skrive (Ctrl+S)</source>
      <translation>Save and keep writing (Ctrl+S)</translation>
    </message>
    <message>
      <source>Lagre og lukk</source>
      <translation>Save and close</translation>
    </message>
    <message>
      <source>Lagre og lukk (Ctrl+Enter)</source>
      <translation>Save and close (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Lagre, og se referatet som PDF for å skrive det ut eller lagre det (Ctrl+P)</source>
      <translation>Save, and view the minutes as a PDF to print or save them (Ctrl+P)</translation>
    </message>
    <message>
      <source>Lagres ikke automatisk lenger: {reason}</source>
      <translation>No longer saved automatically: {reason}</translation>
    </message>
    <message>
      <source>Lagret</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>Lagret automatisk kl. {time}.</source>
      <translation>Saved automatically at {time}.</translation>
    </message>
    <message>
      <source>Lagret kl. {time}.</source>
      <translation>Saved at {time}.</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Lukk (Esc); spør først om endringer som ikke er lagret</source>
      <translation>Close (Esc); asks first about unsaved changes</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Required.</translation>
    </message>
    <message>
      <source>Må være etter starttidspunktet.</source>
      <translation>Must be after the start time.</translation>
    </message>
    <message>
      <source>Mål {goal}, tiltak {measure}: {description} ({source})</source>
      <translation>Goal {goal}, measure {measure}: {description} ({source})</translation>
    </message>
    <message>
      <source>Mål {number} ({area}): {description}</source>
      <translation>Goal {number} ({area}): {description}</translation>
    </message>
    <message>
      <source>Målet finnes ikke lenger i planen.</source>
      <translation>The goal no longer exists in the plan.</translation>
    </message>
    <message>
      <source>Møte i ansvarsgruppen {when}</source>
      <translation>Responsibility group meeting {when}</translation>
    </message>
    <message>
      <source>Møtet må lagres før noe i det kan bli et tiltak i planen.

Lagre møtet nå?</source>
      <translation>The meeting must be saved before anything in it can become a measure in the plan.

Save the meeting now?</translation>
    </message>
    <message>
      <source>Neste møte</source>
      <translation>Next meeting</translation>
    </message>
    <message>
      <source>Ny &amp;oppgave</source>
      <translation>New ac&amp;tion item</translation>
    </message>
    <message>
      <source>Nytt &amp;punkt på sakslisten</source>
      <translation>New &amp;agenda item</translation>
    </message>
    <message>
      <source>Nytt møte i ansvarsgruppen</source>
      <translation>New responsibility group meeting</translation>
    </message>
    <message>
      <source>Oppgave {number}</source>
      <translation>Action item {number}</translation>
    </message>
    <message>
      <source>Oppgaven er blitt et tiltak i den individuelle planen. Tiltaket blir stående i planen, men lenken til oppgaven forsvinner når møtet lagres.

Fjerne oppgaven?</source>
      <translation>The action item has become a measure in the individual plan. The measure stays in the plan, but the link to the action item disappears when the meeting is saved.

Remove the action item?</translation>
    </message>
    <message>
      <source>Oppgaver</source>
      <translation>Action items</translation>
    </message>
    <message>
      <source>Oppmøte</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Oppmøte for {name}</source>
      <translation>Attendance for {name}</translation>
    </message>
    <message>
      <source>Planen har ingen mål ennå. Et tiltak hører til et mål: legg til målet først.</source>
      <translation>The plan has no goals yet. A measure belongs to a goal: add the goal first.</translation>
    </message>
    <message>
      <source>Punkt {number}</source>
      <translation>Item {number}</translation>
    </message>
    <message>
      <source>Referat</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Referat, punkt {number}</source>
      <translation>Minutes, item {number}</translation>
    </message>
    <message>
      <source>S&amp;lutt</source>
      <translation>&amp;End</translation>
    </message>
    <message>
      <source>S&amp;ted</source>
      <translation>&amp;Location</translation>
    </message>
    <message>
      <source>Saksliste og referat</source>
      <translation>Agenda and minutes</translation>
    </message>
    <message>
      <source>Skriv vedtaket først, og merk teksten som skal bli tiltaket.</source>
      <translation>Write the decision first, and select the text that is to become the measure.</translation>
    </message>
    <message>
      <source>Slutt</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Tid og sted</source>
      <translation>Time and location</translation>
    </message>
    <message>
      <source>Tiltak i IP</source>
      <translation>Measure in IP</translation>
    </message>
    <message>
      <source>Tiltak i IP fra dette møtet</source>
      <translation>IP measures from this meeting</translation>
    </message>
    <message>
      <source>Tittel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Tittel, punkt {number}</source>
      <translation>Title, item {number}</translation>
    </message>
    <message>
      <source>Utført</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Vedtak</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <source>fra en oppgave som er fjernet</source>
      <translation>from an action item that has been removed</translation>
    </message>
    <message>
      <source>fra oppgave {number}</source>
      <translation>from action item {number}</translation>
    </message>
    <message>
      <source>fra vedtak</source>
      <translation>from the decisions</translation>
    </message>
    <message>
      <source>fraværende</source>
      <translation>absent</translation>
    </message>
    <message>
      <source>ikke registrert</source>
      <translation>not recorded</translation>
    </message>
    <message>
      <source>meldt forfall</source>
      <translation>excused</translation>
    </message>
    <message>
      <source>til stede</source>
      <translation>present</translation>
    </message>
    <message>
      <source>{field}, oppgave {number}</source>
      <translation>{field}, action item {number}</translation>
    </message>
    <message>
      <source>{name} (ikke lenger medlem)</source>
      <translation>{name} (no longer a member)</translation>
    </message>
    <message>
      <source>→ tiltak i IP (ikke lenger i planen)</source>
      <translation>→ measure in IP (no longer in the plan)</translation>
    </message>
    <message>
      <source>→ tiltak under mål {number}</source>
      <translation>→ measure under goal {number}</translation>
    </message>
  </context>
  <context>
    <name>MemberChoiceDialog</name>
    <message>
      <source>&amp;Velg medlemmene som skal delta i planen (Ctrl+klikk for flere):</source>
      <translation>&amp;Choose the members who will take part in the plan (Ctrl+click for several):</translation>
    </message>
    <message>
      <source>Deltakere fra ansvarsgruppen</source>
      <translation>Participants from the responsibility group</translation>
    </message>
    <message>
      <source>Legg til</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Medlemmer i ansvarsgruppen</source>
      <translation>Responsibility group members</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <source>&amp;Velg fra nettverket eller tidligere grupper:</source>
      <translation>&amp;Choose from the network or earlier groups:</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.YYYY</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Endre medlem</source>
      <translation>Edit member</translation>
    </message>
    <message>
      <source>Er allerede medlem av gruppen.</source>
      <translation>Already a member of the group.</translation>
    </message>
    <message>
      <source>Et tidligere medlem kan ikke være koordinator.</source>
      <translation>A former member cannot be coordinator.</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Fields marked * are required.</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i dette vinduet blir ikke lagret.</source>
      <translation>Discard changes?

What you have written in this window will not be saved.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <source>Gruppen har allerede en koordinator ({name}). Det kan bare være én; bruk «Gjør til koordinator» i medlemslisten for å gi rollen videre.</source>
      <translation>The group already has a coordinator ({name}). There can only be one; use «Make coordinator» in the member list to hand over the role.</translation>
    </message>
    <message>
      <source>Gruppen har ingen koordinator ennå: én må være det.</source>
      <translation>The group has no coordinator yet: one member must be.</translation>
    </message>
    <message>
      <source>Gruppen må ha én koordinator. Gi rollen til et annet medlem med «Gjør til koordinator» i medlemslisten.</source>
      <translation>The group must have one coordinator. Give the role to another member with «Make coordinator» in the member list.</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Not saved. Correct what is marked.</translation>
    </message>
    <message>
      <source>Ingen – skriv inn en ny person</source>
      <translation>None – enter a new person</translation>
    </message>
    <message>
      <source>Koordinator</source>
      <translation>Coordinator</translation>
    </message>
    <message>
      <source>Koordinator nå: {name}. Bruk «Gjør til koordinator» i medlemslisten for å gi rollen videre.</source>
      <translation>Current coordinator: {name}. Use «Make coordinator» in the member list to hand over the role.</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Required.</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nytt medlem i ansvarsgruppen</source>
      <translation>New responsibility group member</translation>
    </message>
    <message>
      <source>Organisasjon</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Rolle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Velg fra nettverket eller tidligere grupper</source>
      <translation>Choose from the network or earlier groups</translation>
    </message>
    <message>
      <source>annen gruppe</source>
      <translation>another group</translation>
    </message>
    <message>
      <source>fra {where}</source>
      <translation>from {where}</translation>
    </message>
    <message>
      <source>nettverket</source>
      <translation>the network</translation>
    </message>
  </context>
  <context>
    <name>PartDialog</name>
    <message>
      <source>Endre avtale</source>
      <translation>Edit appointment</translation>
    </message>
    <message>
      <source>Endre barn eller søsken</source>
      <translation>Edit child or sibling</translation>
    </message>
    <message>
      <source>Endre person i nettverket</source>
      <translation>Edit person in the network</translation>
    </message>
    <message>
      <source>Endre samtykke</source>
      <translation>Edit consent</translation>
    </message>
    <message>
      <source>Ny avtale</source>
      <translation>New appointment</translation>
    </message>
    <message>
      <source>Ny person i nettverket</source>
      <translation>New person in the network</translation>
    </message>
    <message>
      <source>Nytt barn eller søsken</source>
      <translation>New child or sibling</translation>
    </message>
    <message>
      <source>Nytt samtykke</source>
      <translation>New consent</translation>
    </message>
  </context>
  <context>
    <name>PartTab</name>
    <message>
      <source>E&amp;ndre…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <source>Endre den valgte (Enter i tabellen)</source>
      <translation>Edit the selected row (Enter in the table)</translation>
    </message>
    <message>
      <source>F&amp;jern…</source>
      <translation>Re&amp;move…</translation>
    </message>
    <message>
      <source>Fjern</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Fjern den valgte (Delete i tabellen)</source>
      <translation>Remove the selected row (Delete in the table)</translation>
    </message>
    <message>
      <source>Fjerne {row} fra journalen til {client}?

Dette kan ikke angres.</source>
      <translation>Remove {row} from the record of {client}?

This cannot be undone.</translation>
    </message>
    <message>
      <source>Fjerne?</source>
      <translation>Remove?</translation>
    </message>
    <message>
      <source>Ikke fjern</source>
      <translation>Don't remove</translation>
    </message>
    <message>
      <source>Ikke fjernet</source>
      <translation>Not removed</translation>
    </message>
    <message>
      <source>Ingenting registrert her ennå. Velg «Legg til…».</source>
      <translation>Nothing recorded here yet. Choose «Add…».</translation>
    </message>
    <message>
      <source>Legg &amp;til…</source>
      <translation>&amp;Add…</translation>
    </message>
    <message>
      <source>Legg til (Insert i tabellen)</source>
      <translation>Add (Insert in the table)</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <source>&amp;Lagre som PDF…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <source>Dokumentet ble ikke laget: {reason}</source>
      <translation>The document was not created: {reason}</translation>
    </message>
    <message>
      <source>Dokumentet er lukket.</source>
      <translation>The document is closed.</translation>
    </message>
    <message>
      <source>Dokumentet er skrevet ut eller lagret, men det ble ikke registrert i loggen:
{reason}</source>
      <translation>The document has been printed or saved, but it was not recorded in the log:
{reason}</translation>
    </message>
    <message>
      <source>For&amp;minsk</source>
      <translation>Zoom &amp;out</translation>
    </message>
    <message>
      <source>For&amp;størr</source>
      <translation>Zoom &amp;in</translation>
    </message>
    <message>
      <source>Forhåndsvisning</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Forhåndsvisning av sidene</source>
      <translation>Preview of the pages</translation>
    </message>
    <message>
      <source>Forminsk (Ctrl+-)</source>
      <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
      <source>Forstørr (Ctrl++)</source>
      <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
      <source>Forstørrelse</source>
      <translation>Zoom</translation>
    </message>
    <message>
      <source>Hele sidebredden i vinduet (Ctrl+0)</source>
      <translation>Fit the whole page width in the window (Ctrl+0)</translation>
    </message>
    <message>
      <source>Ikke loggført</source>
      <translation>Not logged</translation>
    </message>
    <message>
      <source>Ikke skrevet ut</source>
      <translation>Not printed</translation>
    </message>
    <message>
      <source>Lager forhåndsvisning…</source>
      <translation>Creating preview…</translation>
    </message>
    <message>
      <source>Lagre dokumentet som PDF-fil der du velger (Ctrl+S)</source>
      <translation>Save the document as a PDF file where you choose (Ctrl+S)</translation>
    </message>
    <message>
      <source>Lagre som PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <source>Lagret i {path}.</source>
      <translation>Saved to {path}.</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Lukk (Esc)</source>
      <translation>Close (Esc)</translation>
    </message>
    <message>
      <source>PDF-dokument (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <source>PDF-en ble ikke lagret</source>
      <translation>The PDF was not saved</translation>
    </message>
    <message>
      <source>Sendt til skriveren: 1 side.</source>
      <translation>Sent to the printer: 1 page.</translation>
    </message>
    <message>
      <source>Sendt til skriveren: {count} sider.</source>
      <translation>Sent to the printer: {count} pages.</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Page</translation>
    </message>
    <message>
      <source>Side {page} av {count}</source>
      <translation>Page {page} of {count}</translation>
    </message>
    <message>
      <source>Sidene</source>
      <translation>The pages</translation>
    </message>
    <message>
      <source>Sidene kan ikke vises: {reason}</source>
      <translation>The pages cannot be shown: {reason}</translation>
    </message>
    <message>
      <source>Skriv &amp;ut…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>Skriv ut</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Skriv ut dokumentet (Ctrl+P)</source>
      <translation>Print the document (Ctrl+P)</translation>
    </message>
    <message>
      <source>Skriver ut side {page} av {count}…</source>
      <translation>Printing page {page} of {count}…</translation>
    </message>
    <message>
      <source>Skriveren tok ikke imot en ny side.</source>
      <translation>The printer did not accept a new page.</translation>
    </message>
    <message>
      <source>Skriveren «{printer}» kan ikke brukes nå.</source>
      <translation>The printer «{printer}» cannot be used now.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Tilpass &amp;bredden</source>
      <translation>Fit &amp;width</translation>
    </message>
    <message>
      <source>Utskriften ble avbrutt: {reason}</source>
      <translation>Printing was aborted: {reason}</translation>
    </message>
    <message>
      <source>Utskriften ble ikke fullført.</source>
      <translation>Printing was not completed.</translation>
    </message>
    <message>
      <source>en uventet feil i dokumentet (detaljene står i loggen).</source>
      <translation>an unexpected error in the document (the details are in the log).</translation>
    </message>
    <message>
      <source>{title} – forhåndsvisning</source>
      <translation>{title} – preview</translation>
    </message>
  </context>
  <context>
    <name>PlanDialogs</name>
    <message>
      <source>        Mål {number}: {note}</source>
      <translation>        Goal {number}: {note}</translation>
    </message>
    <message>
      <source>        Tiltak {number}: {measure} – {details}, {status}</source>
      <translation>        Measure {number}: {measure} – {details}, {status}</translation>
    </message>
    <message>
      <source>    Mål {number}: {goal} – {details}, {status}</source>
      <translation>    Goal {number}: {goal} – {details}, {status}</translation>
    </message>
    <message>
      <source>(ikke satt)</source>
      <translation>(not set)</translation>
    </message>
    <message>
      <source>Ansvarlig: {name}</source>
      <translation>Responsible: {name}</translation>
    </message>
    <message>
      <source>Ansvarsgruppen: {names} (skriv for å velge).</source>
      <translation>Responsibility group: {names} (type to choose).</translation>
    </message>
    <message>
      <source>Deltaker {n}</source>
      <translation>Participant {n}</translation>
    </message>
    <message>
      <source>Deltakere:</source>
      <translation>Participants:</translation>
    </message>
    <message>
      <source>En evaluering kan ikke være før planen startet ({date}).</source>
      <translation>An evaluation cannot be before the plan started ({date}).</translation>
    </message>
    <message>
      <source>Endre evaluering</source>
      <translation>Edit evaluation</translation>
    </message>
    <message>
      <source>Endre mål {number}</source>
      <translation>Edit goal {number}</translation>
    </message>
    <message>
      <source>Endre planen</source>
      <translation>Edit the plan</translation>
    </message>
    <message>
      <source>Endre tiltak under mål {number} {goal}</source>
      <translation>Edit measure under goal {number} {goal}</translation>
    </message>
    <message>
      <source>Er ikke et av valgene.</source>
      <translation>Not one of the choices.</translation>
    </message>
    <message>
      <source>Evaluering {n}</source>
      <translation>Evaluation {n}</translation>
    </message>
    <message>
      <source>Evalueringer:</source>
      <translation>Evaluations:</translation>
    </message>
    <message>
      <source>Individuell plan</source>
      <translation>Individual plan</translation>
    </message>
    <message>
      <source>Individuell plan krever et samtykke av typen «Individuell plan» som er i kraft. Registrer samtykket først.</source>
      <translation>An individual plan requires a consent of the kind «Individual plan» that is in force. Record the consent first.</translation>
    </message>
    <message>
      <source>Kan ikke være før planperioden starter ({start}).</source>
      <translation>Cannot be before the plan period starts ({start}).</translation>
    </message>
    <message>
      <source>Kan ikke være før «{field}» ({date}).</source>
      <translation>Cannot be before «{field}» ({date}).</translation>
    </message>
    <message>
      <source>Klienten takket nei til individuell plan</source>
      <translation>The client declined an individual plan</translation>
    </message>
    <message>
      <source>Klienten takket nei til planen {date}.</source>
      <translation>The client declined the plan on {date}.</translation>
    </message>
    <message>
      <source>Klientens egen beskrivelse av situasjonen og målene.</source>
      <translation>The client's own description of the situation and the goals.</translation>
    </message>
    <message>
      <source>Må ligge innenfor planperioden ({start} – {end}).</source>
      <translation>Must be within the plan period ({start} – {end}).</translation>
    </message>
    <message>
      <source>Mål og tiltak:</source>
      <translation>Goals and measures:</translation>
    </message>
    <message>
      <source>Mål {number} {goal}</source>
      <translation>Goal {number} {goal}</translation>
    </message>
    <message>
      <source>Mål {n}</source>
      <translation>Goal {n}</translation>
    </message>
    <message>
      <source>Målet finnes ikke i planen.</source>
      <translation>The goal does not exist in the plan.</translation>
    </message>
    <message>
      <source>Målet har allerede et notat i denne evalueringen.</source>
      <translation>The goal already has a note in this evaluation.</translation>
    </message>
    <message>
      <source>Notat per mål</source>
      <translation>Note per goal</translation>
    </message>
    <message>
      <source>Ny deltaker i planen</source>
      <translation>New participant in the plan</translation>
    </message>
    <message>
      <source>Ny evaluering</source>
      <translation>New evaluation</translation>
    </message>
    <message>
      <source>Nytt mål</source>
      <translation>New goal</translation>
    </message>
    <message>
      <source>Nytt tiltak under mål {number} {goal}</source>
      <translation>New measure under goal {number} {goal}</translation>
    </message>
    <message>
      <source>Omfang: {scope}</source>
      <translation>Scope: {scope}</translation>
    </message>
    <message>
      <source>Opprett individuell plan</source>
      <translation>Create individual plan</translation>
    </message>
    <message>
      <source>Skriv målet med klientens egne ord.</source>
      <translation>Write the goal in the client's own words.</translation>
    </message>
    <message>
      <source>Takket nei dato</source>
      <translation>Date declined</translation>
    </message>
    <message>
      <source>Tjeneste og person, for eksempel «NAV, Per Hansen».</source>
      <translation>Service and person, for example «NAV, Per Hansen».</translation>
    </message>
    <message>
      <source>Tjeneste og person. Deltakere og ansvarsgruppen: {names} (skriv for å velge).</source>
      <translation>Service and person. Participants and the responsibility group: {names} (type to choose).</translation>
    </message>
    <message>
      <source>fra et møte i ansvarsgruppen</source>
      <translation>from a responsibility group meeting</translation>
    </message>
    <message>
      <source>fra møte {date}</source>
      <translation>from the meeting on {date}</translation>
    </message>
    <message>
      <source>ingen ansvarlig</source>
      <translation>no one responsible</translation>
    </message>
    <message>
      <source>måldato {date}</source>
      <translation>target date {date}</translation>
    </message>
    <message>
      <source>notat {n}</source>
      <translation>note {n}</translation>
    </message>
    <message>
      <source>start</source>
      <translation>start</translation>
    </message>
    <message>
      <source>tiltak {n}</source>
      <translation>measure {n}</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>&amp;Endre planen…</source>
      <translation>&amp;Edit the plan…</translation>
    </message>
    <message>
      <source>&amp;Endre…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <source>&amp;Mål og tiltak</source>
      <translation>&amp;Goals and measures</translation>
    </message>
    <message>
      <source>&amp;Opprett plan…</source>
      <translation>Create &amp;plan…</translation>
    </message>
    <message>
      <source>&amp;Planen</source>
      <translation>&amp;Plan</translation>
    </message>
    <message>
      <source>&amp;Revisjoner</source>
      <translation>&amp;Revisions</translation>
    </message>
    <message>
      <source>Av</source>
      <translation>By</translation>
    </message>
    <message>
      <source>De&amp;ltakere:</source>
      <translation>Partic&amp;ipants:</translation>
    </message>
    <message>
      <source>Deltakere</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Den lagrede planen kan ikke leses:</source>
      <translation>The saved plan cannot be read:</translation>
    </message>
    <message>
      <source>Detaljer</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>E&amp;ndre koordinator og notater…</source>
      <translation>&amp;Edit coordinator and notes…</translation>
    </message>
    <message>
      <source>En&amp;dre evaluering…</source>
      <translation>&amp;Edit evaluation…</translation>
    </message>
    <message>
      <source>Endre den valgte evalueringen (Enter i tabellen)</source>
      <translation>Edit the selected evaluation (Enter in the table)</translation>
    </message>
    <message>
      <source>Endre det valgte målet eller tiltaket (Enter i listen)</source>
      <translation>Edit the selected goal or measure (Enter in the list)</translation>
    </message>
    <message>
      <source>Endring</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Eval&amp;ueringer</source>
      <translation>Eval&amp;uations</translation>
    </message>
    <message>
      <source>Evalueringer</source>
      <translation>Evaluations</translation>
    </message>
    <message>
      <source>F&amp;jern deltaker…</source>
      <translation>Re&amp;move participant…</translation>
    </message>
    <message>
      <source>F&amp;jern…</source>
      <translation>Re&amp;move…</translation>
    </message>
    <message>
      <source>Fjern</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Fjern den valgte (Delete i tabellen)</source>
      <translation>Remove the selected row (Delete in the table)</translation>
    </message>
    <message>
      <source>Fjern det valgte målet eller tiltaket (Delete i listen)</source>
      <translation>Remove the selected goal or measure (Delete in the list)</translation>
    </message>
    <message>
      <source>Fjerne deltakeren?</source>
      <translation>Remove the participant?</translation>
    </message>
    <message>
      <source>Fjerne mål {number} «{goal}» med {measures} tiltak og notatene om målet i evalueringene?

Et mål som er fulgt opp, bør heller få status «avsluttet uten å nås». Planens tidligere revisjoner beholder målet.</source>
      <translation>Remove goal {number} «{goal}» with {measures} measure(s) and the notes on the goal in the evaluations?

A goal that has been followed up should rather get the status «ended without being reached». Earlier revisions of the plan keep the goal.</translation>
    </message>
    <message>
      <source>Fjerne tiltak {number} «{measure}» under mål {goal}?

Planens tidligere revisjoner beholder tiltaket.</source>
      <translation>Remove measure {number} «{measure}» under goal {goal}?

Earlier revisions of the plan keep the measure.</translation>
    </message>
    <message>
      <source>Fjerne {name} fra deltakerne i planen?</source>
      <translation>Remove {name} from the participants in the plan?</translation>
    </message>
    <message>
      <source>Fjerne?</source>
      <translation>Remove?</translation>
    </message>
    <message>
      <source>Ikke fjern</source>
      <translation>Don't remove</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Individuell plan</source>
      <translation>Individual plan</translation>
    </message>
    <message>
      <source>Individuell plan krever samtykke fra klienten (et samtykke av typen «Individuell plan» som er i kraft), og klienten har ikke et slikt samtykke nå. Registrer samtykket når klienten har gitt det. Takker klienten nei, registrer det: klienten skal få tilbud om koordinator likevel.</source>
      <translation>An individual plan requires the client's consent (a consent of the kind «Individual plan» that is in force), and the client has no such consent now. Record the consent when the client has given it. If the client declines, record that: the client must still be offered a coordinator.</translation>
    </message>
    <message>
      <source>Ingen deltakere registrert ennå.</source>
      <translation>No participants recorded yet.</translation>
    </message>
    <message>
      <source>Ingen evalueringer ennå.</source>
      <translation>No evaluations yet.</translation>
    </message>
    <message>
      <source>Ingen mål ennå. Velg «Nytt mål…».</source>
      <translation>No goals yet. Choose «New goal…».</translation>
    </message>
    <message>
      <source>Kan ikke vise revisjonen</source>
      <translation>Cannot show the revision</translation>
    </message>
    <message>
      <source>Klienten har samtykket til individuell plan. Planen er ikke opprettet ennå: velg «Opprett plan…».</source>
      <translation>The client has consented to an individual plan. The plan has not been created yet: choose «Create plan…».</translation>
    </message>
    <message>
      <source>Klienten takket &amp;nei – registrer koordinator…</source>
      <translation>Client &amp;declined – record coordinator…</translation>
    </message>
    <message>
      <source>Klienten takket nei til individuell plan {date}.</source>
      <translation>The client declined an individual plan on {date}.</translation>
    </message>
    <message>
      <source>Koordinator, periode, neste revisjon, klientens egne ord, ressurser</source>
      <translation>Coordinator, period, next revision, the client's own words, resources</translation>
    </message>
    <message>
      <source>Koordinator: {name}</source>
      <translation>Coordinator: {name}</translation>
    </message>
    <message>
      <source>Krever et samtykke til individuell plan som er i kraft</source>
      <translation>Requires a consent to an individual plan that is in force</translation>
    </message>
    <message>
      <source>Lagret</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>Legg til &amp;deltaker…</source>
      <translation>Add par&amp;ticipant…</translation>
    </message>
    <message>
      <source>Legg til en deltaker som ikke er i gruppen</source>
      <translation>Add a participant who is not in the group</translation>
    </message>
    <message>
      <source>Legg til fra &amp;ansvarsgruppen…</source>
      <translation>&amp;Add from responsibility group…</translation>
    </message>
    <message>
      <source>Les den valgte revisjonen slik planen var (Enter i tabellen)</source>
      <translation>Read the selected revision as the plan was then (Enter in the table)</translation>
    </message>
    <message>
      <source>Mål og tiltak</source>
      <translation>Goals and measures</translation>
    </message>
    <message>
      <source>Mål {number}: {text}</source>
      <translation>Goal {number}: {text}</translation>
    </message>
    <message>
      <source>N&amp;ytt mål…</source>
      <translation>&amp;New goal…</translation>
    </message>
    <message>
      <source>Notater per mål</source>
      <translation>Notes per goal</translation>
    </message>
    <message>
      <source>Notater: {notes}</source>
      <translation>Notes: {notes}</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Ny &amp;evaluering…</source>
      <translation>&amp;New evaluation…</translation>
    </message>
    <message>
      <source>Nytt &amp;tiltak…</source>
      <translation>New mea&amp;sure…</translation>
    </message>
    <message>
      <source>Nytt mål (Insert i listen)</source>
      <translation>New goal (Insert in the list)</translation>
    </message>
    <message>
      <source>Nytt tiltak under det valgte målet</source>
      <translation>New measure under the selected goal</translation>
    </message>
    <message>
      <source>Opprett klientens individuelle plan</source>
      <translation>Create the client's individual plan</translation>
    </message>
    <message>
      <source>Pla&amp;nkvalitet (Enter går til stedet):</source>
      <translation>Plan &amp;quality (Enter goes to the item):</translation>
    </message>
    <message>
      <source>Planen har mål, tiltak, ansvarlige og revisjonsdato.</source>
      <translation>The plan has goals, measures, people responsible and a revision date.</translation>
    </message>
    <message>
      <source>Planen som PDF…</source>
      <translation>Plan as PDF…</translation>
    </message>
    <message>
      <source>Planens fel&amp;t:</source>
      <translation>Pla&amp;n fields:</translation>
    </message>
    <message>
      <source>Plankvalitet</source>
      <translation>Plan quality</translation>
    </message>
    <message>
      <source>Re&amp;gistrer samtykke…</source>
      <translation>Record c&amp;onsent…</translation>
    </message>
    <message>
      <source>Registrer klientens samtykke til individuell plan</source>
      <translation>Record the client's consent to an individual plan</translation>
    </message>
    <message>
      <source>Revisjoner</source>
      <translation>Revisions</translation>
    </message>
    <message>
      <source>Samtykket til individuell plan er ikke i kraft. Planen kan leses og avsluttes («Endre planen…», status avsluttet), men ikke endres ellers før et nytt samtykke er registrert.</source>
      <translation>The consent to an individual plan is not in force. The plan can be read and closed («Edit the plan…», status closed), but not otherwise changed until a new consent is recorded.</translation>
    </message>
    <message>
      <source>Se planen slik klienten får den, skriv den ut eller lagre den (Ctrl+P)</source>
      <translation>See the plan as the client will get it, print it or save it (Ctrl+P)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Tiltak {number}: {text}</source>
      <translation>Measure {number}: {text}</translation>
    </message>
    <message>
      <source>V&amp;is revisjonen…</source>
      <translation>Vie&amp;w revision…</translation>
    </message>
    <message>
      <source>ingen tiltak</source>
      <translation>no measures</translation>
    </message>
    <message>
      <source>{change} (og {more} til)</source>
      <translation>{change} (and {more} more)</translation>
    </message>
  </context>
  <context>
    <name>ReferralEventDialog</name>
    <message>
      <source>(velg)</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <source>Behandling kan bare starte når retten til helsehjelp er innvilget.</source>
      <translation>Treatment can only start when the right to health care has been granted.</translation>
    </message>
    <message>
      <source>Behandlingen har startet; registrer utskrivning i stedet.</source>
      <translation>Treatment has started; record discharge instead.</translation>
    </message>
    <message>
      <source>Behandlingsnivå</source>
      <translation>Treatment level</translation>
    </message>
    <message>
      <source>Behandlingssted</source>
      <translation>Treatment place</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.YYYY</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Denne hendelsen er allerede registrert.</source>
      <translation>This event has already been recorded.</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Fields marked * are required.</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i dette vinduet blir ikke lagret.</source>
      <translation>Discard changes?

What you have written in this window will not be saved.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <source>Frist for oppstart (bindende)</source>
      <translation>Latest start date (binding)</translation>
    </message>
    <message>
      <source>Hendelse</source>
      <translation>Event</translation>
    </message>
    <message>
      <source>Henvisningen er trukket tilbake; ingenting kan registreres etter det.</source>
      <translation>The referral has been withdrawn; nothing can be recorded after that.</translation>
    </message>
    <message>
      <source>Henvisningen må være registrert som mottatt først.</source>
      <translation>The referral must be recorded as received first.</translation>
    </message>
    <message>
      <source>Henvisningen må være registrert som sendt først.</source>
      <translation>The referral must be recorded as sent first.</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Not saved. Correct what is marked.</translation>
    </message>
    <message>
      <source>Kan ikke være før {what} ({date}).</source>
      <translation>Cannot be before {what} ({date}).</translation>
    </message>
    <message>
      <source>Klage kan bare registreres etter et avslag.</source>
      <translation>A complaint can only be recorded after a rejection.</translation>
    </message>
    <message>
      <source>Klagefrist: {date} (fire uker etter vurderingen).</source>
      <translation>Complaint deadline: {date} (four weeks after the assessment).</translation>
    </message>
    <message>
      <source>Klagefristen vises når vurderingsdatoen er fylt ut.</source>
      <translation>The complaint deadline is shown when the assessment date is filled in.</translation>
    </message>
    <message>
      <source>Klienten er allerede utskrevet; henvisningen er avsluttet.</source>
      <translation>The client has already been discharged; the referral is closed.</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Required.</translation>
    </message>
    <message>
      <source>Registrer hendelse – {kind}</source>
      <translation>Record event – {kind}</translation>
    </message>
    <message>
      <source>Skal stå tomt ved avslag.</source>
      <translation>Must be left empty for a rejection.</translation>
    </message>
    <message>
      <source>Utfall</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>Utskrivning kan bare registreres etter at behandlingen har startet.</source>
      <translation>Discharge can only be recorded after treatment has started.</translation>
    </message>
    <message>
      <source>behandlingsstart</source>
      <translation>the start of treatment</translation>
    </message>
    <message>
      <source>datoen den ble mottatt</source>
      <translation>the date it was received</translation>
    </message>
    <message>
      <source>datoen den ble sendt</source>
      <translation>the date it was sent</translation>
    </message>
    <message>
      <source>datoen klagen ble sendt</source>
      <translation>the date the complaint was filed</translation>
    </message>
    <message>
      <source>utskrivningsdatoen</source>
      <translation>the discharge date</translation>
    </message>
    <message>
      <source>vurderingsdatoen</source>
      <translation>the assessment date</translation>
    </message>
  </context>
  <context>
    <name>ReferralWizard</name>
    <message>
      <source>&amp;Neste &gt;</source>
      <translation>&amp;Next &gt;</translation>
    </message>
    <message>
      <source>&amp;Send henvisningen</source>
      <translation>&amp;Send the referral</translation>
    </message>
    <message>
      <source>(sendt – kan ikke endres)</source>
      <translation>(sent – cannot be changed)</translation>
    </message>
    <message>
      <source>, bor med klienten</source>
      <translation>, lives with the client</translation>
    </message>
    <message>
      <source>, født {day}</source>
      <translation>, born {day}</translation>
    </message>
    <message>
      <source>&lt; &amp;Tilbake</source>
      <translation>&lt; &amp;Back</translation>
    </message>
    <message>
      <source>Adresse (mottaker)</source>
      <translation>Address (recipient)</translation>
    </message>
    <message>
      <source>Avdeling</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Barn og søsken:</source>
      <translation>Children and siblings:</translation>
    </message>
    <message>
      <source>Behold</source>
      <translation>Keep</translation>
    </message>
    <message>
      <source>Den vurderingsinstansen kan kontakte om henvisningen.</source>
      <translation>The person the assessment unit can contact about the referral.</translation>
    </message>
    <message>
      <source>Denne mottakeren finnes allerede i katalogen.</source>
      <translation>This recipient is already in the directory.</translation>
    </message>
    <message>
      <source>Det er for mange – fjern noen.</source>
      <translation>There are too many – remove some.</translation>
    </message>
    <message>
      <source>Endres i klientens journal, ikke her.</source>
      <translation>Changed in the client's record, not here.</translation>
    </message>
    <message>
      <source>Enheten som vurderer henvisningen.</source>
      <translation>The unit that assesses the referral.</translation>
    </message>
    <message>
      <source>Er ikke en gyldig dato.</source>
      <translation>Not a valid date.</translation>
    </message>
    <message>
      <source>Erstatt</source>
      <translation>Replace</translation>
    </message>
    <message>
      <source>Erstatte svaret?</source>
      <translation>Replace the answer?</translation>
    </message>
    <message>
      <source>Fastlegen får kopi av henvisningen.</source>
      <translation>The GP gets a copy of the referral.</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut før sending.</source>
      <translation>Fields marked * must be filled in before sending.</translation>
    </message>
    <message>
      <source>Feltet har allerede tekst. Erstatte den med:

{text}</source>
      <translation>The field already has text. Replace it with:

{text}</translation>
    </message>
    <message>
      <source>Forrige side (Alt+T)</source>
      <translation>Previous page (Alt+B)</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <source>Fra klientens journal</source>
      <translation>From the client's record</translation>
    </message>
    <message>
      <source>Hent fra &amp;individuell plan og ansvarsgruppe</source>
      <translation>Fetch from &amp;individual plan and responsibility group</translation>
    </message>
    <message>
      <source>Henviser</source>
      <translation>Referrer</translation>
    </message>
    <message>
      <source>Henviserens e-post</source>
      <translation>Referrer's e-mail</translation>
    </message>
    <message>
      <source>Henviserens navn</source>
      <translation>Referrer's name</translation>
    </message>
    <message>
      <source>Henviserens telefon</source>
      <translation>Referrer's phone</translation>
    </message>
    <message>
      <source>Henviserens tittel</source>
      <translation>Referrer's title</translation>
    </message>
    <message>
      <source>Henvisningen er ikke sendt. Se listen over hva som mangler.</source>
      <translation>The referral has not been sent. See the list of what is missing.</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Ikke lagret – {field}: {reason}</source>
      <translation>Not saved – {field}: {reason}</translation>
    </message>
    <message>
      <source>Ikke lagt til</source>
      <translation>Not added</translation>
    </message>
    <message>
      <source>Ikke lagt til i katalogen. Rett det som er merket.</source>
      <translation>Not added to the directory. Correct what is marked.</translation>
    </message>
    <message>
      <source>Ikke lagt ved</source>
      <translation>Not attached</translation>
    </message>
    <message>
      <source>Ikke sendt</source>
      <translation>Not sent</translation>
    </message>
    <message>
      <source>Ingen registrert</source>
      <translation>None recorded</translation>
    </message>
    <message>
      <source>Kan ikke kontrollere</source>
      <translation>Cannot check</translation>
    </message>
    <message>
      <source>Kan ikke være tom.</source>
      <translation>Cannot be empty.</translation>
    </message>
    <message>
      <source>Kan ikke åpne henvisningen</source>
      <translation>Cannot open the referral</translation>
    </message>
    <message>
      <source>Klienten har ikke et samtykke til henvisning som gjelder på sendedatoen. Registrer samtykket under Samtykker i klientens journal.</source>
      <translation>The client has no consent to referral in force on the date of sending. Record the consent under Consents in the client's record.</translation>
    </message>
    <message>
      <source>Klienten har verken individuell plan eller ansvarsgruppe.</source>
      <translation>The client has neither an individual plan nor a responsibility group.</translation>
    </message>
    <message>
      <source>Kontaktperson i kommunen</source>
      <translation>Contact person in the municipality</translation>
    </message>
    <message>
      <source>Kunne ikke hente</source>
      <translation>Could not fetch</translation>
    </message>
    <message>
      <source>Legg mottakeren slik den er skrevet inn til i katalogen (Alt+G)</source>
      <translation>Add the recipient as entered to the directory (Alt+D)</translation>
    </message>
    <message>
      <source>Legg til i katalo&amp;gen</source>
      <translation>Add to &amp;directory</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Lukk likevel</source>
      <translation>Close anyway</translation>
    </message>
    <message>
      <source>Lukk – det du har skrevet er lagret som utkast (Esc)</source>
      <translation>Close – what you have written is saved as a draft (Esc)</translation>
    </message>
    <message>
      <source>Lukke uten å lagre alt?</source>
      <translation>Close without saving everything?</translation>
    </message>
    <message>
      <source>Marker henvisningen som sendt (Alt+S)</source>
      <translation>Mark the referral as sent (Alt+S)</translation>
    </message>
    <message>
      <source>Mottaker (vurderingsinstans)</source>
      <translation>Recipient (assessment unit)</translation>
    </message>
    <message>
      <source>Mottaker og henviser</source>
      <translation>Recipient and referrer</translation>
    </message>
    <message>
      <source>Må være et helt tall (alder i år).</source>
      <translation>Must be a whole number (age in years).</translation>
    </message>
    <message>
      <source>Må være mellom 0 og {max}.</source>
      <translation>Must be between 0 and {max}.</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Neste side (Alt+N)</source>
      <translation>Next page (Alt+N)</translation>
    </message>
    <message>
      <source>Noe av det du har skrevet er ikke gyldig og blir ikke lagret:

{details}

Det som sist ble lagret, beholdes.</source>
      <translation>Some of what you have written is not valid and will not be saved:

{details}

What was last saved is kept.</translation>
    </message>
    <message>
      <source>Postnummer (mottaker)</source>
      <translation>Postcode (recipient)</translation>
    </message>
    <message>
      <source>Poststed (mottaker)</source>
      <translation>Post town (recipient)</translation>
    </message>
    <message>
      <source>Rusmiddelbruk</source>
      <translation>Substance use</translation>
    </message>
    <message>
      <source>Send kopi til fastlegen</source>
      <translation>Send a copy to the GP</translation>
    </message>
    <message>
      <source>Skriv svaret på nytt ut fra planen og ansvarsgruppen som er registrert</source>
      <translation>Write the answer again from the plan and responsibility group that are recorded</translation>
    </message>
    <message>
      <source>Steg {number} av {total}</source>
      <translation>Step {number} of {total}</translation>
    </message>
    <message>
      <source>Telefon (mottaker)</source>
      <translation>Phone (recipient)</translation>
    </message>
    <message>
      <source>Velg eller skriv inn vurderingsinstansen.</source>
      <translation>Choose or enter the assessment unit.</translation>
    </message>
    <message>
      <source>Velg fra &amp;katalogen:</source>
      <translation>&amp;Choose from the directory:</translation>
    </message>
    <message>
      <source>Velg fra katalogen</source>
      <translation>Choose from the directory</translation>
    </message>
    <message>
      <source>Virksomhet</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Vurderingsinstans</source>
      <translation>Assessment unit</translation>
    </message>
    <message>
      <source>{instrument} {day}: {score} poeng – {zone}</source>
      <translation>{instrument} {day}: {score} points – {zone}</translation>
    </message>
    <message>
      <source>{kind} – {name}</source>
      <translation>{kind} – {name}</translation>
    </message>
    <message>
      <source>«{field}» må fylles ut før sending.</source>
      <translation>«{field}» must be filled in before sending.</translation>
    </message>
    <message>
      <source>«{name}» er lagt til i katalogen.</source>
      <translation>«{name}» has been added to the directory.</translation>
    </message>
    <message>
      <source>— skriv inn selv —</source>
      <translation>— enter manually —</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <source>&amp;Registrer hendelse…</source>
      <translation>&amp;Record event…</translation>
    </message>
    <message>
      <source>Behandling startet {date}.</source>
      <translation>Treatment started {date}.</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Datoer og frister</source>
      <translation>Dates and deadlines</translation>
    </message>
    <message>
      <source>Etter utskrivning</source>
      <translation>After discharge</translation>
    </message>
    <message>
      <source>Forfalt: vurderingen skulle vært klar.</source>
      <translation>Overdue: the assessment should have been ready.</translation>
    </message>
    <message>
      <source>Fortsett &amp;utkast…</source>
      <translation>Contin&amp;ue draft…</translation>
    </message>
    <message>
      <source>Fortsett det valgte utkastet (Enter i tabellen)</source>
      <translation>Continue the selected draft (Enter in the table)</translation>
    </message>
    <message>
      <source>Frist for oppstart</source>
      <translation>Latest start date</translation>
    </message>
    <message>
      <source>Fristen er passert uten at behandling startet.</source>
      <translation>The deadline has passed without treatment starting.</translation>
    </message>
    <message>
      <source>H&amp;istorikk:</source>
      <translation>H&amp;istory:</translation>
    </message>
    <message>
      <source>Hendelse</source>
      <translation>Event</translation>
    </message>
    <message>
      <source>Henvisningen ble ikke opprettet</source>
      <translation>The referral was not created</translation>
    </message>
    <message>
      <source>Henvisninger</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <source>Historikk</source>
      <translation>History</translation>
    </message>
    <message>
      <source>Ikke sendt. Velg «Fortsett utkast…» for å fylle ut og sende.</source>
      <translation>Not sent. Choose «Continue draft…» to fill in and send.</translation>
    </message>
    <message>
      <source>Ikke slett</source>
      <translation>Don't delete</translation>
    </message>
    <message>
      <source>Ingen henvisninger ennå. Velg «Ny TSB-henvisning…» eller «Ny LAR-henvisning…».</source>
      <translation>No referrals yet. Choose «New TSB referral…» or «New LAR referral…».</translation>
    </message>
    <message>
      <source>Klage sendt {date}.</source>
      <translation>Complaint filed {date}.</translation>
    </message>
    <message>
      <source>Klagefrist</source>
      <translation>Complaint deadline</translation>
    </message>
    <message>
      <source>Klagefrist {date} (fire uker etter vurderingen).</source>
      <translation>Complaint deadline {date} (four weeks after the assessment).</translation>
    </message>
    <message>
      <source>Mottatt</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Mottatt {date}. Svarfrist {due} (10 virkedager).</source>
      <translation>Received {date}. Response deadline {due} (10 working days).</translation>
    </message>
    <message>
      <source>Ny &amp;LAR-henvisning…</source>
      <translation>New &amp;LAR referral…</translation>
    </message>
    <message>
      <source>Ny &amp;TSB-henvisning…</source>
      <translation>New &amp;TSB referral…</translation>
    </message>
    <message>
      <source>Ny henvisning til legemiddelassistert rehabilitering</source>
      <translation>New referral to opioid agonist treatment</translation>
    </message>
    <message>
      <source>Ny henvisning til tverrfaglig spesialisert rusbehandling (Insert i tabellen)</source>
      <translation>New referral to specialised interdisciplinary substance use treatment (Insert in the table)</translation>
    </message>
    <message>
      <source>Opprettet</source>
      <translation>Created</translation>
    </message>
    <message>
      <source>Registrer neste steg for den valgte henvisningen (Enter i tabellen)</source>
      <translation>Record the next step for the selected referral (Enter in the table)</translation>
    </message>
    <message>
      <source>Registrert av</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <source>Se den valgte henvisningen slik den skrives ut (Ctrl+P i tabellen)</source>
      <translation>See the selected referral as it will be printed (Ctrl+P in the table)</translation>
    </message>
    <message>
      <source>Sendt</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Sendt {date} ({method}).</source>
      <translation>Sent {date} ({method}).</translation>
    </message>
    <message>
      <source>Skriv ut / lagre som &amp;PDF…</source>
      <translation>Print / save as &amp;PDF…</translation>
    </message>
    <message>
      <source>Sl&amp;ett utkast…</source>
      <translation>&amp;Delete draft…</translation>
    </message>
    <message>
      <source>Slett det valgte utkastet (Delete i tabellen)</source>
      <translation>Delete the selected draft (Delete in the table)</translation>
    </message>
    <message>
      <source>Slett utkastet</source>
      <translation>Delete the draft</translation>
    </message>
    <message>
      <source>Slette utkastet til {kind}, opprettet {created}?

Det som er skrevet i utkastet, blir borte. Dette kan ikke angres.</source>
      <translation>Delete the draft {kind} created {created}?

What has been written in the draft will be lost. This cannot be undone.</translation>
    </message>
    <message>
      <source>Slette utkastet?</source>
      <translation>Delete the draft?</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Svarfrist</source>
      <translation>Response deadline</translation>
    </message>
    <message>
      <source>Til: {name}</source>
      <translation>To: {name}</translation>
    </message>
    <message>
      <source>Trukket tilbake {date}.</source>
      <translation>Withdrawn {date}.</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Utfall</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>Utkastet ble ikke slettet</source>
      <translation>The draft was not deleted</translation>
    </message>
    <message>
      <source>Utskrevet {date}.</source>
      <translation>Discharged {date}.</translation>
    </message>
    <message>
      <source>Valgt henvisning</source>
      <translation>Selected referral</translation>
    </message>
    <message>
      <source>Vedlegg: {names}</source>
      <translation>Attachments: {names}</translation>
    </message>
    <message>
      <source>Velg en henvisning i tabellen for å se detaljene.</source>
      <translation>Choose a referral in the table to see the details.</translation>
    </message>
    <message>
      <source>Vurdert {date}: {outcome}.</source>
      <translation>Assessed {date}: {outcome}.</translation>
    </message>
    <message>
      <source>forfalt</source>
      <translation>overdue</translation>
    </message>
    <message>
      <source>frist passert</source>
      <translation>deadline passed</translation>
    </message>
    <message>
      <source>overdosefare til {date}</source>
      <translation>overdose risk until {date}</translation>
    </message>
    <message>
      <source>{kind} – {status}. Opprettet {created}, sist endret {updated}.</source>
      <translation>{kind} – {status}. Created {created}, last changed {updated}.</translation>
    </message>
    <message>
      <source>{level}{place}. Frist for oppstart {deadline}.</source>
      <translation>{level}{place}. Latest start date {deadline}.</translation>
    </message>
    <message>
      <source>{sign} Utskrevet {discharged}. Risikoen for overdose er høy de første 28 dagene etter utskrivning, fordi toleransen er lavere: sørg for oppfølging til {end}.</source>
      <translation>{sign} Discharged {discharged}. The risk of overdose is high in the first 28 days after discharge because tolerance is lower: make sure there is follow-up until {end}.</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>&amp;Gjenopprett</source>
      <translation>&amp;Restore</translation>
    </message>
    <message>
      <source>&amp;Sikkerhetskopier i {folder}:</source>
      <translation>&amp;Backups in {folder}:</translation>
    </message>
    <message>
      <source>&amp;Velg fil…</source>
      <translation>&amp;Choose file…</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Det er ingen sikkerhetskopier her ennå.</source>
      <translation>There are no backups here yet.</translation>
    </message>
    <message>
      <source>Gjenopprett fra sikkerhetskopi</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <source>Sikkerhetskopier</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>Størrelse</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Tatt</source>
      <translation>Taken</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Velg sikkerhetskopi</source>
      <translation>Choose backup</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>Alle feltene er beskrevet.</source>
      <translation>All fields are described.</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.YYYY</translation>
    </message>
    <message>
      <source>Dette må være på plass før sending</source>
      <translation>This must be in place before sending</translation>
    </message>
    <message>
      <source>Disse feltene er tomme. Du kan gå tilbake og fylle dem ut, eller bevisst la dem stå tomme – vurderingsinstansen ser da at de ikke er beskrevet.</source>
      <translation>These fields are empty. You can go back and fill them in, or deliberately leave them empty – the assessment unit will then see that they are not described.</translation>
    </message>
    <message>
      <source>Gå til</source>
      <translation>Go to</translation>
    </message>
    <message>
      <source>Gå til {field}</source>
      <translation>Go to {field}</translation>
    </message>
    <message>
      <source>Ikke beskrevet</source>
      <translation>Not described</translation>
    </message>
    <message>
      <source>Ingenting hindrer sending.</source>
      <translation>Nothing prevents sending.</translation>
    </message>
    <message>
      <source>Kontroll og sending</source>
      <translation>Check and send</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Sending</translation>
    </message>
    <message>
      <source>Sendt &amp;dato:</source>
      <translation>&amp;Date sent:</translation>
    </message>
    <message>
      <source>Sendt dato</source>
      <translation>Date sent</translation>
    </message>
    <message>
      <source>Sendt so&amp;m:</source>
      <translation>Sent &amp;via:</translation>
    </message>
    <message>
      <source>Sendt som</source>
      <translation>Sent via</translation>
    </message>
  </context>
  <context>
    <name>RevisionDialog</name>
    <message>
      <source>&amp;Endringer:</source>
      <translation>&amp;Changes:</translation>
    </message>
    <message>
      <source>&amp;Planen slik den var:</source>
      <translation>&amp;The plan as it was:</translation>
    </message>
    <message>
      <source>Endringer i denne revisjonen</source>
      <translation>Changes in this revision</translation>
    </message>
    <message>
      <source>Ingen endringer registrert.</source>
      <translation>No changes recorded.</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Planen slik den var</source>
      <translation>The plan as it was</translation>
    </message>
    <message>
      <source>Revisjon {number} av planen</source>
      <translation>Revision {number} of the plan</translation>
    </message>
    <message>
      <source>Revisjon {number}, lagret {when} av {who}.</source>
      <translation>Revision {number}, saved {when} by {who}.</translation>
    </message>
  </context>
  <context>
    <name>ScreeningDialog</name>
    <message>
      <source>&amp;Dato *</source>
      <translation>&amp;Date *</translation>
    </message>
    <message>
      <source>&amp;Kjønn</source>
      <translation>&amp;Sex</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.YYYY</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Forkast svarene</source>
      <translation>Discard the answers</translation>
    </message>
    <message>
      <source>Forkaste svarene?</source>
      <translation>Discard the answers?</translation>
    </message>
    <message>
      <source>Forkaste svarene?

Svarene i dette skjemaet blir ikke lagret.</source>
      <translation>Discard the answers?

The answers in this form will not be saved.</translation>
    </message>
    <message>
      <source>Fortsett å fylle ut</source>
      <translation>Keep filling in</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Ikke lagret. Disse spørsmålene er ikke besvart: {numbers}.</source>
      <translation>Not saved. These questions have not been answered: {numbers}.</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Not saved. Correct what is marked.</translation>
    </message>
    <message>
      <source>Kjønn</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>Kjønn er ukjent: den forsiktigste grensen brukes (kvinners, som er lavest), så ingen i risiko blir vurdert som lav risiko.</source>
      <translation>Sex is unknown: the most cautious threshold is used (women's, which is the lowest), so no one at risk is assessed as low risk.</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>Ny {instrument} – {name}</source>
      <translation>New {instrument} – {name}</translation>
    </message>
    <message>
      <source>Ordlyden i {instrument} er en arbeidsoversettelse.</source>
      <translation>The wording of {instrument} is a working translation.</translation>
    </message>
    <message>
      <source>Sone: {zone}.</source>
      <translation>Zone: {zone}.</translation>
    </message>
    <message>
      <source>Sonen vises når alle spørsmålene er besvart.</source>
      <translation>The zone is shown when all questions have been answered.</translation>
    </message>
    <message>
      <source>Spørsmål {number}</source>
      <translation>Question {number}</translation>
    </message>
    <message>
      <source>Sum og sone</source>
      <translation>Total and zone</translation>
    </message>
    <message>
      <source>Sum: {total} av {most} poeng ({answered} av {count} besvart).</source>
      <translation>Total: {total} of {most} points ({answered} of {count} answered).</translation>
    </message>
    <message>
      <source>kvinne</source>
      <translation>woman</translation>
    </message>
    <message>
      <source>mann</source>
      <translation>man</translation>
    </message>
    <message>
      <source>ukjent</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>{sex} (fra fødselsnummeret)</source>
      <translation>{sex} (from the national identity number)</translation>
    </message>
    <message>
      <source>{text} ({score} p)</source>
      <translation>{text} ({score} p)</translation>
    </message>
  </context>
  <context>
    <name>ScreeningTab</name>
    <message>
      <source>&amp;Legg ved henvisning…</source>
      <translation>&amp;Attach to referral…</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Ikke lagt ved</source>
      <translation>Not attached</translation>
    </message>
    <message>
      <source>Ingen kartlegging ennå. Velg «Ny AUDIT…» eller «Ny DUDIT…».</source>
      <translation>No screenings yet. Choose «New AUDIT…» or «New DUDIT…».</translation>
    </message>
    <message>
      <source>Ingen utkast</source>
      <translation>No drafts</translation>
    </message>
    <message>
      <source>Kartlegging</source>
      <translation>Screening</translation>
    </message>
    <message>
      <source>Klienten har ingen utkast til henvisning å legge resultatet ved. Lag en henvisning under «Henvisninger» først. En sendt henvisning kan ikke endres.</source>
      <translation>The client has no draft referral to attach the result to. Create a referral under «Referrals» first. A sent referral cannot be changed.</translation>
    </message>
    <message>
      <source>Legg det valgte resultatet ved et utkast til henvisning (Enter i tabellen)</source>
      <translation>Attach the selected result to a draft referral (Enter in the table)</translation>
    </message>
    <message>
      <source>Ny &amp;AUDIT…</source>
      <translation>New &amp;AUDIT…</translation>
    </message>
    <message>
      <source>Ny &amp;DUDIT…</source>
      <translation>New &amp;DUDIT…</translation>
    </message>
    <message>
      <source>Poeng</source>
      <translation>Points</translation>
    </message>
    <message>
      <source>Skjema</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Sone</source>
      <translation>Zone</translation>
    </message>
    <message>
      <source>Ta AUDIT (alkohol) med klienten</source>
      <translation>Take AUDIT (alcohol) with the client</translation>
    </message>
    <message>
      <source>Ta DUDIT (andre rusmidler) med klienten</source>
      <translation>Take DUDIT (other substances) with the client</translation>
    </message>
    <message>
      <source>{kind}, utkast opprettet {date}</source>
      <translation>{kind}, draft created {date}</translation>
    </message>
    <message>
      <source>{screening} er lagret: {score} poeng, {zone}.</source>
      <translation>{screening} has been saved: {score} points, {zone}.</translation>
    </message>
    <message>
      <source>{screening} er lagt ved {referral}.</source>
      <translation>{screening} has been attached to {referral}.</translation>
    </message>
  </context>
  <context>
    <name>SessionLock</name>
    <message>
      <source>Feil passordfrase.</source>
      <translation>Wrong passphrase.</translation>
    </message>
    <message>
      <source>rustool er låst</source>
      <translation>rustool is locked</translation>
    </message>
    <message>
      <source>rustool er låst.</source>
      <translation>rustool is locked.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Antall automatiske sikkerhetskopier</source>
      <translation>Number of automatic backups</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.YYYY</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
      <source>Daglige kopier og kopier før oppgradering og gjenoppretting, i {folder}. De eldste slettes når det blir flere. Kopier du tar selv, slettes aldri.</source>
      <translation>Daily copies and copies before upgrading and restoring, in {folder}. The oldest are deleted when there are more. Copies you take yourself are never deleted.</translation>
    </message>
    <message>
      <source>Deg som bruker</source>
      <translation>You as a user</translation>
    </message>
    <message>
      <source>Du kan også låse med Ctrl+L. På Linux låses rustool også når skjermen låses eller maskinen går i dvale.</source>
      <translation>You can also lock with Ctrl+L. On Linux, rustool also locks when the screen is locked or the computer goes to sleep.</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Fields marked * are required.</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i dette vinduet blir ikke lagret.</source>
      <translation>Discard changes?

What you have written in this window will not be saved.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Not saved. Correct what is marked.</translation>
    </message>
    <message>
      <source>Innstillinger</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>Lås etter så mange minutter uten bruk</source>
      <translation>Lock after this many minutes without use</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Required.</translation>
    </message>
    <message>
      <source>Må være et helt tall fra 1 til {max}.</source>
      <translation>Must be a whole number from 1 to {max}.</translation>
    </message>
    <message>
      <source>Nye vinduer og dokumenter bruker det nye språket nå, hovedvinduet neste gang rustool starter.</source>
      <translation>New windows and documents use the new language now, the main window the next time rustool starts.</translation>
    </message>
    <message>
      <source>Organisasjon (brevhode på dokumenter)</source>
      <translation>Organisation (letterhead on documents)</translation>
    </message>
    <message>
      <source>Sikkerhet</source>
      <translation>Security</translation>
    </message>
    <message>
      <source>Sikkerhetskopier</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>Språk</source>
      <translation>Language</translation>
    </message>
  </context>
  <context>
    <name>SubstanceTable</name>
    <message>
      <source>&amp;Legg til rusmiddel</source>
      <translation>&amp;Add substance</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.YYYY</translation>
    </message>
    <message>
      <source>Debutalder</source>
      <translation>Age at first use</translation>
    </message>
    <message>
      <source>Fjern</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Fjern rad {number}</source>
      <translation>Remove row {number}</translation>
    </message>
    <message>
      <source>Hyppighet</source>
      <translation>Frequency</translation>
    </message>
    <message>
      <source>Ingen rusmidler registrert.</source>
      <translation>No substances recorded.</translation>
    </message>
    <message>
      <source>Inntak</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Legg til en rad i tabellen (Alt+L)</source>
      <translation>Add a row to the table (Alt+A)</translation>
    </message>
    <message>
      <source>Mengde</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Rad {number}, {column}: {reason}</source>
      <translation>Row {number}, {column}: {reason}</translation>
    </message>
    <message>
      <source>Rad {number}: {column}</source>
      <translation>Row {number}: {column}</translation>
    </message>
    <message>
      <source>Rusmiddel</source>
      <translation>Substance</translation>
    </message>
    <message>
      <source>Sist brukt</source>
      <translation>Last used</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Kunne ikke skrive {path}:
{reason}</source>
      <translation>Could not write {path}:
{reason}</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Avslutt</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>Databasen ble laget av en tidligere versjon av rustool og er ikke kryptert. Den må krypteres før den kan brukes. Først tas en sikkerhetskopi; den krypterte filen sammenlignes med den gamle før den gamle fjernes, og sikkerhetskopiene krypteres også.

{path}</source>
      <translation>The database was created by an earlier version of rustool and is not encrypted. It must be encrypted before it can be used. A backup is taken first; the encrypted file is compared with the old one before the old one is removed, and the backups are encrypted too.

{path}</translation>
    </message>
    <message>
      <source>Databasen er ikke kryptert</source>
      <translation>The database is not encrypted</translation>
    </message>
    <message>
      <source>Databasen og 1 sikkerhetskopi er kryptert.</source>
      <translation>The database and 1 backup are encrypted.</translation>
    </message>
    <message>
      <source>Databasen og {count} sikkerhetskopier er kryptert.</source>
      <translation>The database and {count} backups are encrypted.</translation>
    </message>
    <message>
      <source>Det finnes ingen hel sikkerhetskopi å hente dataene fra. Filen er ikke endret.</source>
      <translation>There is no intact backup to recover the data from. The file has not been changed.</translation>
    </message>
    <message>
      <source>Disse sikkerhetskopiene er skadet og kunne ikke krypteres. De er fortsatt ukrypterte; slett dem når du ikke trenger dem:
{files}</source>
      <translation>These backups are damaged and could not be encrypted. They are still unencrypted; delete them when you no longer need them:
{files}</translation>
    </message>
    <message>
      <source>Feil passordfrase. Ingenting er endret; prøv igjen.</source>
      <translation>Wrong passphrase. Nothing has been changed; try again.</translation>
    </message>
    <message>
      <source>Krypter</source>
      <translation>Encrypt</translation>
    </message>
    <message>
      <source>Kryptert</source>
      <translation>Encrypted</translation>
    </message>
    <message>
      <source>Sikkerhetskopien er tatt i bruk</source>
      <translation>The backup is now in use</translation>
    </message>
    <message>
      <source>Velg passordfrase</source>
      <translation>Choose passphrase</translation>
    </message>
    <message>
      <source>Velg passordfrasen databasen skal krypteres med.</source>
      <translation>Choose the passphrase to encrypt the database with.</translation>
    </message>
    <message>
      <source>rustool bruker nå sikkerhetskopien fra {taken} ({reason}).

Den skadede filen er tatt vare på som
{aside}</source>
      <translation>rustool is now using the backup from {taken} ({reason}).

The damaged file has been kept as
{aside}</translation>
    </message>
    <message>
      <source>rustool er allerede åpent med denne databasen, i et annet vindu eller i en kommando som kjører. Bruk det vinduet, eller lukk det og start rustool på nytt.</source>
      <translation>rustool is already open with this database, in another window or in a running command. Use that window, or close it and start rustool again.</translation>
    </message>
    <message>
      <source>rustool kan ikke starte</source>
      <translation>rustool cannot start</translation>
    </message>
  </context>
  <context>
    <name>audit</name>
    <message>
      <source>Bruker</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Detaljer</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Gjelder</source>
      <translation>Regarding</translation>
    </message>
    <message>
      <source>Handling</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Tidspunkt</source>
      <translation>Time</translation>
    </message>
  </context>
  <context>
    <name>backups</name>
    <message>
      <source>Alt som er i databasen nå, erstattes med innholdet i
{file}

Det som er der nå, tas først vare på som en ny sikkerhetskopi, så du kan gå tilbake.</source>
      <translation>Everything now in the database will be replaced with the contents of
{file}

What is there now is first kept as a new backup, so you can go back.</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Avslutt</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>Bruk sikkerhetskopien</source>
      <translation>Use the backup</translation>
    </message>
    <message>
      <source>Dagens sikkerhetskopi ble ikke tatt. Dataene dine er ikke endret.</source>
      <translation>Today's backup was not taken. Your data has not been changed.</translation>
    </message>
    <message>
      <source>Daglig</source>
      <translation>Daily</translation>
    </message>
    <message>
      <source>Databasen er skadet</source>
      <translation>The database is damaged</translation>
    </message>
    <message>
      <source>Dataene er hentet fra sikkerhetskopien.

Det som ble erstattet, er tatt vare på i
{kept}</source>
      <translation>The data has been restored from the backup.

What was replaced has been kept in
{kept}</translation>
    </message>
    <message>
      <source>Det er databasen som er i bruk nå.</source>
      <translation>That is the database currently in use.</translation>
    </message>
    <message>
      <source>Det er databasen som er i bruk nå; velg en annen fil.</source>
      <translation>That is the database currently in use; choose another file.</translation>
    </message>
    <message>
      <source>Disken er full.</source>
      <translation>The disk is full.</translation>
    </message>
    <message>
      <source>Filen blir ikke endret. Den nyeste hele sikkerhetskopien er fra {taken} ({reason}). Vil du bruke den? Den skadede filen tas vare på under et annet navn. Det som ble lagt inn etter sikkerhetskopien, er ikke med.</source>
      <translation>The file will not be changed. The newest intact backup is from {taken} ({reason}). Do you want to use it? The damaged file is kept under another name. Anything entered after the backup is not included.</translation>
    </message>
    <message>
      <source>Filen er en SQLite-fil, men ikke en rustool-database.</source>
      <translation>The file is an SQLite file, but not a rustool database.</translation>
    </message>
    <message>
      <source>Filen er ikke en rustool-database.</source>
      <translation>The file is not a rustool database.</translation>
    </message>
    <message>
      <source>Filen er ikke kryptert, og kan ikke tas inn i en kryptert database.</source>
      <translation>The file is not encrypted and cannot be taken into an encrypted database.</translation>
    </message>
    <message>
      <source>Filen er laget av en nyere versjon av rustool.</source>
      <translation>The file was made by a newer version of rustool.</translation>
    </message>
    <message>
      <source>Filen er skadet.</source>
      <translation>The file is damaged.</translation>
    </message>
    <message>
      <source>Filen finnes ikke.</source>
      <translation>The file does not exist.</translation>
    </message>
    <message>
      <source>Før gjenoppretting</source>
      <translation>Before restore</translation>
    </message>
    <message>
      <source>Før kryptering</source>
      <translation>Before encryption</translation>
    </message>
    <message>
      <source>Før oppgradering</source>
      <translation>Before upgrade</translation>
    </message>
    <message>
      <source>Gjenopprett</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Gjenopprette fra sikkerhetskopi?</source>
      <translation>Restore from backup?</translation>
    </message>
    <message>
      <source>Gjenopprettet</source>
      <translation>Restored</translation>
    </message>
    <message>
      <source>Ikke gjenopprettet</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <source>Ingen sikkerhetskopi</source>
      <translation>No backup</translation>
    </message>
    <message>
      <source>Ingen sikkerhetskopi i dag</source>
      <translation>No backup today</translation>
    </message>
    <message>
      <source>Ingenting er endret.</source>
      <translation>Nothing has been changed.</translation>
    </message>
    <message>
      <source>Mappen eller filen er skrivebeskyttet.</source>
      <translation>The folder or file is read-only.</translation>
    </message>
    <message>
      <source>Mappen finnes ikke eller kan ikke brukes.</source>
      <translation>The folder does not exist or cannot be used.</translation>
    </message>
    <message>
      <source>Passordfrasen åpner ikke filen.</source>
      <translation>The passphrase does not open the file.</translation>
    </message>
    <message>
      <source>Sikkerhetskopi tatt</source>
      <translation>Backup taken</translation>
    </message>
    <message>
      <source>Sikkerhetskopien ble ikke lagret.</source>
      <translation>The backup was not saved.</translation>
    </message>
    <message>
      <source>Sikkerhetskopien er lagret i
{path}</source>
      <translation>The backup has been saved to
{path}</translation>
    </message>
    <message>
      <source>Ta sikkerhetskopi</source>
      <translation>Take backup</translation>
    </message>
    <message>
      <source>Tatt av deg</source>
      <translation>Taken by you</translation>
    </message>
    <message>
      <source>rustool-database (*.sqlite3);;Alle filer (*)</source>
      <translation>rustool database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} MB</translation>
    </message>
    <message>
      <source>{size} kB</source>
      <translation>{size} kB</translation>
    </message>
  </context>
  <context>
    <name>client_rules</name>
    <message>
      <source>Barn</source>
      <translation>Children</translation>
    </message>
    <message>
      <source>Søsken</source>
      <translation>Sibling</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>Det har oppstått {count} feil til mens denne meldingen var åpen.</source>
      <translation>{count} more errors occurred while this message was open.</translation>
    </message>
    <message>
      <source>Det har oppstått én feil til mens denne meldingen var åpen.</source>
      <translation>One more error occurred while this message was open.</translation>
    </message>
    <message>
      <source>Det oppstod en uventet feil i rustool. Det du har lagret, er trygt, og utkast lagres mens du skriver.</source>
      <translation>An unexpected error occurred in rustool. What you have saved is safe, and drafts are saved as you type.</translation>
    </message>
    <message>
      <source>Det oppstod en uventet feil, og rustool må avslutte. Det du har lagret, er trygt.</source>
      <translation>An unexpected error occurred, and rustool must close. What you have saved is safe.</translation>
    </message>
    <message>
      <source>Du kan fortsette å arbeide. Lukk rustool og start det på nytt hvis noe ikke virker som det skal.</source>
      <translation>You can continue working. Close rustool and start it again if something does not work as it should.</translation>
    </message>
    <message>
      <source>En feilrapport er lagret her:
{paths}</source>
      <translation>An error report has been saved here:
{paths}</translation>
    </message>
    <message>
      <source>En feilrapport er lagret her:
{path}

Rapporten inneholder ingen personopplysninger.</source>
      <translation>An error report has been saved here:
{path}

The report contains no personal data.</translation>
    </message>
    <message>
      <source>Feilrapporten kunne ikke lagres (disken kan være full, eller mappen kan ikke skrives til):
{folder}</source>
      <translation>The error report could not be saved (the disk may be full, or the folder cannot be written to):
{folder}</translation>
    </message>
    <message>
      <source>Fortsett å arbeide</source>
      <translation>Continue working</translation>
    </message>
    <message>
      <source>Lukk rustool</source>
      <translation>Close rustool</translation>
    </message>
    <message>
      <source>Rapporten inneholder ingen personopplysninger.</source>
      <translation>The report contains no personal data.</translation>
    </message>
    <message>
      <source>rustool stoppet uventet</source>
      <translation>rustool stopped unexpectedly</translation>
    </message>
    <message>
      <source>rustool stoppet uventet forrige gang det ble brukt. Det du hadde lagret, er trygt, og utkast lagres mens du skriver.</source>
      <translation>rustool stopped unexpectedly the last time it was used. What you had saved is safe, and drafts are saved as you type.</translation>
    </message>
    <message>
      <source>rustool – uventet feil</source>
      <translation>rustool – unexpected error</translation>
    </message>
  </context>
  <context>
    <name>group_rules</name>
    <message>
      <source>Klienten har ikke samtykket til ansvarsgruppe. Registrer samtykket før opplysninger deles i gruppen.</source>
      <translation>The client has not consented to a responsibility group. Record the consent before information is shared in the group.</translation>
    </message>
    <message>
      <source>Oppfølging: {description}</source>
      <translation>Follow-up: {description}</translation>
    </message>
    <message>
      <source>Samtykket til ansvarsgruppe gjelder ikke per {date} (utløpt, trukket tilbake eller ikke gitt ennå). Registrer et nytt samtykke før opplysninger deles i gruppen.</source>
      <translation>The consent to a responsibility group is not in force on {date} (expired, withdrawn or not yet given). Record a new consent before information is shared in the group.</translation>
    </message>
    <message>
      <source>frist {date}</source>
      <translation>due {date}</translation>
    </message>
  </context>
  <context>
    <name>groups</name>
    <message>
      <source>Møte i ansvarsgruppen.</source>
      <translation>Responsibility group meeting.</translation>
    </message>
  </context>
  <context>
    <name>invitation</name>
    <message>
      <source>Ansvarsgruppemøte</source>
      <translation>Responsibility group meeting</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Aktiv</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Annet</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Ansvarsgruppe</source>
      <translation>Responsibility group</translation>
    </message>
    <message>
      <source>Avsluttet</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Avsluttet dato</source>
      <translation>Date closed</translation>
    </message>
    <message>
      <source>Barn</source>
      <translation>Children</translation>
    </message>
    <message>
      <source>Bor sammen med klienten</source>
      <translation>Lives with the client</translation>
    </message>
    <message>
      <source>Din tittel</source>
      <translation>Your title</translation>
    </message>
    <message>
      <source>Ditt navn</source>
      <translation>Your name</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Etternavn</source>
      <translation>Family name</translation>
    </message>
    <message>
      <source>Fastlege</source>
      <translation>GP</translation>
    </message>
    <message>
      <source>Foretrukket språk</source>
      <translation>Preferred language</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Fornavn</source>
      <translation>Given name</translation>
    </message>
    <message>
      <source>Fulgt opp av</source>
      <translation>Followed up by</translation>
    </message>
    <message>
      <source>Fødselsdato</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Fødselsnummer</source>
      <translation>National identity number</translation>
    </message>
    <message>
      <source>Gitt dato</source>
      <translation>Date given</translation>
    </message>
    <message>
      <source>Gjennomført</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Grunn til avslutning</source>
      <translation>Reason for closing</translation>
    </message>
    <message>
      <source>Henvisning</source>
      <translation>Referral</translation>
    </message>
    <message>
      <source>Hjemmebesøk</source>
      <translation>Home visit</translation>
    </message>
    <message>
      <source>Individuell plan</source>
      <translation>Individual plan</translation>
    </message>
    <message>
      <source>Informasjon til pårørende</source>
      <translation>Information to next of kin</translation>
    </message>
    <message>
      <source>Informasjonsutveksling</source>
      <translation>Information exchange</translation>
    </message>
    <message>
      <source>Kan få informasjon (samtykke)</source>
      <translation>May receive information (consent)</translation>
    </message>
    <message>
      <source>Kommune</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <source>Kontaktperson i NAV</source>
      <translation>Contact person at NAV</translation>
    </message>
    <message>
      <source>Legekontor</source>
      <translation>GP practice</translation>
    </message>
    <message>
      <source>Med hvem</source>
      <translation>With whom</translation>
    </message>
    <message>
      <source>Muntlig</source>
      <translation>Oral</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Notater</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Nærmeste pårørende</source>
      <translation>Next of kin</translation>
    </message>
    <message>
      <source>Omfang (hva kan deles med hvem)</source>
      <translation>Scope (what may be shared with whom)</translation>
    </message>
    <message>
      <source>Omsorgsperson</source>
      <translation>Caregiver</translation>
    </message>
    <message>
      <source>Oppfølging</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>Postnummer</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>Poststed</source>
      <translation>Post town</translation>
    </message>
    <message>
      <source>Registrert av</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <source>Relasjon</source>
      <translation>Relationship</translation>
    </message>
    <message>
      <source>Samtale</source>
      <translation>Conversation</translation>
    </message>
    <message>
      <source>Skriftlig</source>
      <translation>Written</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Søsken</source>
      <translation>Sibling</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Telefon fastlege</source>
      <translation>GP phone</translation>
    </message>
    <message>
      <source>Tidspunkt</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Tjeneste</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Trenger tolk</source>
      <translation>Needs interpreter</translation>
    </message>
    <message>
      <source>Trukket tilbake</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Utløper</source>
      <translation>Expires</translation>
    </message>
  </context>
  <context>
    <name>layout</name>
    <message>
      <source>E-post {email}</source>
      <translation>E-mail {email}</translation>
    </message>
    <message>
      <source>Ikke beskrevet</source>
      <translation>Not described</translation>
    </message>
    <message>
      <source>Side {page} av {total}</source>
      <translation>Page {page} of {total}</translation>
    </message>
    <message>
      <source>Telefon {phone}</source>
      <translation>Phone {phone}</translation>
    </message>
    <message>
      <source>Unntatt offentlighet, jf. offl. § 13, jf. fvl. § 13</source>
      <translation>Exempt from public disclosure, cf. offl. § 13, cf. fvl. § 13</translation>
    </message>
    <message>
      <source>nb-NO</source>
      <translation>en-GB</translation>
    </message>
    <message>
      <source>utskrevet {date}</source>
      <translation>printed {date}</translation>
    </message>
    <message>
      <source>{name}, f. {date}</source>
      <translation>{name}, b. {date}</translation>
    </message>
    <message>
      <source>{name}, f.nr. {national_id}</source>
      <translation>{name}, national ID no. {national_id}</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>Databasefilen er skadet.</source>
      <translation>The database file is damaged.</translation>
    </message>
    <message>
      <source>Databasen er i bruk i et annet rustool-vindu eller en kommando.</source>
      <translation>The database is in use in another rustool window or a command.</translation>
    </message>
    <message>
      <source>Databasen er ikke kryptert.</source>
      <translation>The database is not encrypted.</translation>
    </message>
    <message>
      <source>Databasen er laget av en nyere versjon av rustool. Filen er ikke endret.</source>
      <translation>The database was made by a newer version of rustool. The file has not been changed.</translation>
    </message>
    <message>
      <source>Databasen er opptatt i et annet program. Prøv igjen.</source>
      <translation>The database is busy in another program. Try again.</translation>
    </message>
    <message>
      <source>Den krypterte kopien ble ikke lik originalen. Databasen er ikke endret.</source>
      <translation>The encrypted copy did not match the original. The database has not been changed.</translation>
    </message>
    <message>
      <source>Det er databasen som er i bruk nå.</source>
      <translation>That is the database currently in use.</translation>
    </message>
    <message>
      <source>Det er for mange oppføringer.</source>
      <translation>There are too many entries.</translation>
    </message>
    <message>
      <source>Disken er full. Ingenting ble lagret.</source>
      <translation>The disk is full. Nothing was saved.</translation>
    </message>
    <message>
      <source>Er allerede registrert på {client}.</source>
      <translation>Already recorded for {client}.</translation>
    </message>
    <message>
      <source>Er ikke en gyldig dato.</source>
      <translation>Not a valid date.</translation>
    </message>
    <message>
      <source>Er ikke en gyldig e-postadresse.</source>
      <translation>Not a valid e-mail address.</translation>
    </message>
    <message>
      <source>Er ikke et gyldig tidspunkt.</source>
      <translation>Not a valid time.</translation>
    </message>
    <message>
      <source>Er ikke medlem av ansvarsgruppen.</source>
      <translation>Not a member of the responsibility group.</translation>
    </message>
    <message>
      <source>Er utenfor det tillatte området.</source>
      <translation>Outside the allowed range.</translation>
    </message>
    <message>
      <source>Filen er en SQLite-fil, men ikke en rustool-database.</source>
      <translation>The file is an SQLite file, but not a rustool database.</translation>
    </message>
    <message>
      <source>Filen er ikke en rustool-database.</source>
      <translation>The file is not a rustool database.</translation>
    </message>
    <message>
      <source>Filen finnes ikke.</source>
      <translation>The file does not exist.</translation>
    </message>
    <message>
      <source>Ingen passordfrase er gitt.</source>
      <translation>No passphrase was given.</translation>
    </message>
    <message>
      <source>Inneholder ugyldige tegn.</source>
      <translation>Contains invalid characters.</translation>
    </message>
    <message>
      <source>Kan bare inneholde sifre.</source>
      <translation>Can only contain digits.</translation>
    </message>
    <message>
      <source>Kan ikke lagre: mappen eller filen er skrivebeskyttet.</source>
      <translation>Cannot save: the folder or file is read-only.</translation>
    </message>
    <message>
      <source>Kan ikke være fram i tid.</source>
      <translation>Cannot be in the future.</translation>
    </message>
    <message>
      <source>Kan ikke være før møtedagen.</source>
      <translation>Cannot be before the day of the meeting.</translation>
    </message>
    <message>
      <source>Kan ikke være før samtykket ble gitt.</source>
      <translation>Cannot be before the consent was given.</translation>
    </message>
    <message>
      <source>Kan ikke være tom.</source>
      <translation>Cannot be empty.</translation>
    </message>
    <message>
      <source>Kan ikke åpne databasen: mappen mangler eller er ikke tilgjengelig.</source>
      <translation>Cannot open the database: the folder is missing or not accessible.</translation>
    </message>
    <message>
      <source>Kontrollsifferet stemmer ikke.</source>
      <translation>The check digit does not match.</translation>
    </message>
    <message>
      <source>Lagringsfeil.</source>
      <translation>Storage error.</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Required.</translation>
    </message>
    <message>
      <source>Må ha 11 sifre.</source>
      <translation>Must have 11 digits.</translation>
    </message>
    <message>
      <source>Må stå på én linje.</source>
      <translation>Must be on one line.</translation>
    </message>
    <message>
      <source>Noen andre har endret dette mens du hadde det åpent. Det du skrev er beholdt; lukk og åpne på nytt for å se endringen.</source>
      <translation>Someone else changed this while you had it open. What you wrote has been kept; close and open again to see the change.</translation>
    </message>
    <message>
      <source>Oppføringen finnes ikke lenger (den er slettet).</source>
      <translation>The entry no longer exists (it has been deleted).</translation>
    </message>
    <message>
      <source>Passordfrasen åpner ikke filen. Ingenting er endret.</source>
      <translation>The passphrase does not open the file. Nothing has been changed.</translation>
    </message>
    <message>
      <source>Stemmer ikke med fødselsnummeret.</source>
      <translation>Does not match the national identity number.</translation>
    </message>
    <message>
      <source>Teksten er for lang.</source>
      <translation>The text is too long.</translation>
    </message>
  </context>
  <context>
    <name>minutes_pdf</name>
    <message>
      <source>Fraværende</source>
      <translation>Absent</translation>
    </message>
    <message>
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Hva</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Hvem</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>Ikke avklart</source>
      <translation>Not settled</translation>
    </message>
    <message>
      <source>Ikke avtalt</source>
      <translation>Not agreed</translation>
    </message>
    <message>
      <source>Ikke oppgitt</source>
      <translation>Not given</translation>
    </message>
    <message>
      <source>Ingen</source>
      <translation>None</translation>
    </message>
    <message>
      <source>Ingen frist</source>
      <translation>No deadline</translation>
    </message>
    <message>
      <source>Ingen notater</source>
      <translation>No notes</translation>
    </message>
    <message>
      <source>Ingen oppgaver</source>
      <translation>No action items</translation>
    </message>
    <message>
      <source>Ingen saker på sakslisten</source>
      <translation>No items on the agenda</translation>
    </message>
    <message>
      <source>Ingen vedtak</source>
      <translation>No decisions</translation>
    </message>
    <message>
      <source>Meldt forfall</source>
      <translation>Excused</translation>
    </message>
    <message>
      <source>Neste møte</source>
      <translation>Next meeting</translation>
    </message>
    <message>
      <source>Oppgaver</source>
      <translation>Action items</translation>
    </message>
    <message>
      <source>Oppmøte</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Referat fra ansvarsgruppemøte</source>
      <translation>Minutes of responsibility group meeting</translation>
    </message>
    <message>
      <source>Referat fra møte i ansvarsgruppen {date}</source>
      <translation>Minutes of the responsibility group meeting {date}</translation>
    </message>
    <message>
      <source>Saksliste og referat</source>
      <translation>Agenda and minutes</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Tid</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Tid og sted</source>
      <translation>Time and location</translation>
    </message>
    <message>
      <source>Til stede</source>
      <translation>Present</translation>
    </message>
    <message>
      <source>Utført</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Vedtak</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <source>fredag</source>
      <translation>Friday</translation>
    </message>
    <message>
      <source>kl. {time}</source>
      <translation>at {time}</translation>
    </message>
    <message>
      <source>lørdag</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <source>mandag</source>
      <translation>Monday</translation>
    </message>
    <message>
      <source>onsdag</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <source>søndag</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <source>tirsdag</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <source>torsdag</source>
      <translation>Thursday</translation>
    </message>
  </context>
  <context>
    <name>passphrase</name>
    <message>
      <source>&amp;Gjenta passordfrasen:</source>
      <translation>&amp;Repeat the passphrase:</translation>
    </message>
    <message>
      <source>&amp;Ny passordfrase:</source>
      <translation>&amp;New passphrase:</translation>
    </message>
    <message>
      <source>&amp;Passordfrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <source>&amp;Åpne</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Databasen er ikke kryptert (utviklervalg), så den har ingen passordfrase.</source>
      <translation>The database is not encrypted (developer option), so it has no passphrase.</translation>
    </message>
    <message>
      <source>Databasen er kryptert med den nye passordfrasen. Sikkerhetskopier som ble tatt før nå, åpnes fortsatt med den gamle.</source>
      <translation>The database is encrypted with the new passphrase. Backups taken before now still open with the old one.</translation>
    </message>
    <message>
      <source>Databasen er kryptert. Skriv passordfrasen for å åpne den.</source>
      <translation>The database is encrypted. Enter the passphrase to open it.</translation>
    </message>
    <message>
      <source>Databasen krypteres på nytt med den nye passordfrasen.</source>
      <translation>The database will be encrypted again with the new passphrase.</translation>
    </message>
    <message>
      <source>De to passordfrasene er ikke like.</source>
      <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
      <source>Den nåværende passordfrasen er feil.</source>
      <translation>The current passphrase is wrong.</translation>
    </message>
    <message>
      <source>Endre passordfrase</source>
      <translation>Change passphrase</translation>
    </message>
    <message>
      <source>Gjenta passordfrasen</source>
      <translation>Repeat the passphrase</translation>
    </message>
    <message>
      <source>God</source>
      <translation>Good</translation>
    </message>
    <message>
      <source>Ingen passordfrase</source>
      <translation>No passphrase</translation>
    </message>
    <message>
      <source>Melding</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Middels</source>
      <translation>Medium</translation>
    </message>
    <message>
      <source>Ny passordfrase</source>
      <translation>New passphrase</translation>
    </message>
    <message>
      <source>Nåværende &amp;passordfrase:</source>
      <translation>Current &amp;passphrase:</translation>
    </message>
    <message>
      <source>Nåværende passordfrase</source>
      <translation>Current passphrase</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Passordfrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Passordfrasen du bruker nå, åpner ikke denne filen. Er den en sikkerhetskopi tatt med en tidligere passordfrase, skriv den passordfrasen; dataene krypteres med den du bruker nå når de hentes inn. Er filen ikke en sikkerhetskopi fra rustool, velg Avbryt.</source>
      <translation>The passphrase you use now does not open this file. If it is a backup taken with an earlier passphrase, enter that passphrase; the data is encrypted with the one you use now when it is brought in. If the file is not a backup from rustool, choose Cancel.</translation>
    </message>
    <message>
      <source>Passordfrasen er endret</source>
      <translation>The passphrase has been changed</translation>
    </message>
    <message>
      <source>Passordfrasen er for lett å gjette. Bruk flere eller sjeldnere ord.</source>
      <translation>The passphrase is too easy to guess. Use more words or less common ones.</translation>
    </message>
    <message>
      <source>Passordfrasen er ikke endret</source>
      <translation>The passphrase has not been changed</translation>
    </message>
    <message>
      <source>Passordfrasen kan ikke hentes fram igjen. Glemmer du den, kommer ingen til dataene, heller ikke fra sikkerhetskopiene. Skriv den ned og oppbevar den trygt.</source>
      <translation>The passphrase cannot be recovered. If you forget it, no one can get to the data, not even from the backups. Write it down and keep it safe.</translation>
    </message>
    <message>
      <source>Passordfrasen må ha minst {n} tegn.</source>
      <translation>The passphrase must have at least {n} characters.</translation>
    </message>
    <message>
      <source>Passordfrasen åpner ikke denne filen. Prøv igjen.</source>
      <translation>The passphrase does not open this file. Try again.</translation>
    </message>
    <message>
      <source>Sterk</source>
      <translation>Strong</translation>
    </message>
    <message>
      <source>Styrke</source>
      <translation>Strength</translation>
    </message>
    <message>
      <source>Styrke:</source>
      <translation>Strength:</translation>
    </message>
    <message>
      <source>Svak</source>
      <translation>Weak</translation>
    </message>
    <message>
      <source>Svært svak</source>
      <translation>Very weak</translation>
    </message>
    <message>
      <source>{strength} – for svak.</source>
      <translation>{strength} – too weak.</translation>
    </message>
    <message>
      <source>{strength} – godt nok.</source>
      <translation>{strength} – good enough.</translation>
    </message>
  </context>
  <context>
    <name>plan_pdf</name>
    <message>
      <source>Det er ikke registrert noe samtykke til planen som gjelder nå.</source>
      <translation>No consent to the plan that is in force now has been recorded.</translation>
    </message>
    <message>
      <source>Dette er planen din. Den viser hva du ønsker å få til, hva som skal gjøres for at du skal nå målene dine, og hvem som har ansvaret for hva.</source>
      <translation>This is your plan. It shows what you want to achieve, what is to be done so that you can reach your goals, and who is responsible for what.</translation>
    </message>
    <message>
      <source>Du ga samtykke til planen {date}.</source>
      <translation>You gave your consent to the plan on {date}.</translation>
    </message>
    <message>
      <source>Evaluering {date}</source>
      <translation>Evaluation {date}</translation>
    </message>
    <message>
      <source>Hva som skal gjøres, og hvem som har ansvaret</source>
      <translation>What is to be done, and who is responsible</translation>
    </message>
    <message>
      <source>Hvem er med</source>
      <translation>Who is taking part</translation>
    </message>
    <message>
      <source>Hvem har ansvaret</source>
      <translation>Who is responsible</translation>
    </message>
    <message>
      <source>Ikke avklart ennå</source>
      <translation>Not settled yet</translation>
    </message>
    <message>
      <source>Ikke bestemt ennå</source>
      <translation>Not decided yet</translation>
    </message>
    <message>
      <source>Ikke evaluert ennå</source>
      <translation>Not evaluated yet</translation>
    </message>
    <message>
      <source>Individuell plan</source>
      <translation>Individual plan</translation>
    </message>
    <message>
      <source>Individuell plan: mål, tiltak og hvem som har ansvaret</source>
      <translation>Individual plan: goals, measures and who is responsible</translation>
    </message>
    <message>
      <source>Ingen deltakere er skrevet ned ennå.</source>
      <translation>No participants have been written down yet.</translation>
    </message>
    <message>
      <source>Ingen koordinator ennå</source>
      <translation>No coordinator yet</translation>
    </message>
    <message>
      <source>Ingen mål er skrevet ned ennå.</source>
      <translation>No goals have been written down yet.</translation>
    </message>
    <message>
      <source>Ingen tiltak er satt opp ennå.</source>
      <translation>No measures have been set up yet.</translation>
    </message>
    <message>
      <source>Med mine egne ord</source>
      <translation>In my own words</translation>
    </message>
    <message>
      <source>Mine mål</source>
      <translation>My goals</translation>
    </message>
    <message>
      <source>Mine ressurser</source>
      <translation>My resources</translation>
    </message>
    <message>
      <source>Mål {number}</source>
      <translation>Goal {number}</translation>
    </message>
    <message>
      <source>Mål {number} ({area})</source>
      <translation>Goal {number} ({area})</translation>
    </message>
    <message>
      <source>Neste gjennomgang av planen</source>
      <translation>Next review of the plan</translation>
    </message>
    <message>
      <source>Når</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Om planen</source>
      <translation>About the plan</translation>
    </message>
    <message>
      <source>Planen er ikke evaluert ennå.</source>
      <translation>The plan has not been evaluated yet.</translation>
    </message>
    <message>
      <source>Planperiode</source>
      <translation>Plan period</translation>
    </message>
    <message>
      <source>Samarbeid med andre tjenester</source>
      <translation>Collaboration with other services</translation>
    </message>
    <message>
      <source>Samtykke</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Sist evaluert</source>
      <translation>Last evaluated</translation>
    </message>
    <message>
      <source>Slik har det gått</source>
      <translation>How it has gone</translation>
    </message>
    <message>
      <source>Tiltak {number}</source>
      <translation>Measure {number}</translation>
    </message>
    <message>
      <source>fra {date}</source>
      <translation>from {date}</translation>
    </message>
    <message>
      <source>innen {date}</source>
      <translation>by {date}</translation>
    </message>
    <message>
      <source>på {horizon}</source>
      <translation>in the {horizon}</translation>
    </message>
    <message>
      <source>til {date}</source>
      <translation>until {date}</translation>
    </message>
  </context>
  <context>
    <name>plan_rules</name>
    <message>
      <source>Annet</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Ansvarlig</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Arbeid og aktivitet</source>
      <translation>Work and activity</translation>
    </message>
    <message>
      <source>Beskrivelse</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Bolig</source>
      <translation>Housing</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Familie</source>
      <translation>Family</translation>
    </message>
    <message>
      <source>Fritid</source>
      <translation>Leisure</translation>
    </message>
    <message>
      <source>Fysisk helse</source>
      <translation>Physical health</translation>
    </message>
    <message>
      <source>Klientens egne ord</source>
      <translation>Client's own words</translation>
    </message>
    <message>
      <source>Koordinator</source>
      <translation>Coordinator</translation>
    </message>
    <message>
      <source>Livsområde</source>
      <translation>Life area</translation>
    </message>
    <message>
      <source>Mål {number} {description} har ingen tiltak.</source>
      <translation>Goal {number} {description} has no measures.</translation>
    </message>
    <message>
      <source>Mål {number} {description} skulle vært nådd {date}, men er fortsatt åpent.</source>
      <translation>Goal {number} {description} should have been reached by {date}, but is still open.</translation>
    </message>
    <message>
      <source>Måldato</source>
      <translation>Target date</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Neste revisjon</source>
      <translation>Next revision</translation>
    </message>
    <message>
      <source>Omfang</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>Oppsummering</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Organisasjon</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Periode fra</source>
      <translation>Period from</translation>
    </message>
    <message>
      <source>Periode til</source>
      <translation>Period to</translation>
    </message>
    <message>
      <source>Planen har ingen dato for neste revisjon.</source>
      <translation>The plan has no date for the next revision.</translation>
    </message>
    <message>
      <source>Planen har ingen koordinator.</source>
      <translation>The plan has no coordinator.</translation>
    </message>
    <message>
      <source>Planen har ingen mål.</source>
      <translation>The plan has no goals.</translation>
    </message>
    <message>
      <source>Psykisk helse</source>
      <translation>Mental health</translation>
    </message>
    <message>
      <source>Ressurser</source>
      <translation>Resources</translation>
    </message>
    <message>
      <source>Revisjonen av planen var satt til {date} og er forfalt.</source>
      <translation>The plan revision was set for {date} and is overdue.</translation>
    </message>
    <message>
      <source>Rolle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Rusmiddelbruk</source>
      <translation>Substance use</translation>
    </message>
    <message>
      <source>Samarbeid med andre instanser</source>
      <translation>Collaboration with other agencies</translation>
    </message>
    <message>
      <source>Slutt</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Sosialt nettverk</source>
      <translation>Social network</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Tidsperspektiv</source>
      <translation>Time frame</translation>
    </message>
    <message>
      <source>Tiltak {measure} {description} under mål {goal} har ingen ansvarlig.</source>
      <translation>Measure {measure} {description} under goal {goal} has no one responsible.</translation>
    </message>
    <message>
      <source>aktiv</source>
      <translation>active</translation>
    </message>
    <message>
      <source>avbrutt</source>
      <translation>stopped</translation>
    </message>
    <message>
      <source>avsluttet</source>
      <translation>closed</translation>
    </message>
    <message>
      <source>avsluttet uten å nås</source>
      <translation>ended without being reached</translation>
    </message>
    <message>
      <source>gjennomført</source>
      <translation>done</translation>
    </message>
    <message>
      <source>kort sikt</source>
      <translation>short term</translation>
    </message>
    <message>
      <source>lang sikt</source>
      <translation>long term</translation>
    </message>
    <message>
      <source>nådd</source>
      <translation>reached</translation>
    </message>
    <message>
      <source>planlagt</source>
      <translation>planned</translation>
    </message>
    <message>
      <source>pågår</source>
      <translation>ongoing</translation>
    </message>
    <message>
      <source>Økonomi</source>
      <translation>Finances</translation>
    </message>
    <message>
      <source>åpent</source>
      <translation>open</translation>
    </message>
  </context>
  <context>
    <name>plans</name>
    <message>
      <source>Ansvarsgruppe: {members}.</source>
      <translation>Responsibility group: {members}.</translation>
    </message>
    <message>
      <source>Individuell plan: {status} (periode {period}).</source>
      <translation>Individual plan: {status} (period {period}).</translation>
    </message>
    <message>
      <source>Individuell plan: {status} {period}, neste revisjon {date} (forfalt).</source>
      <translation>Individual plan: {status} {period}, next revision {date} (overdue).</translation>
    </message>
    <message>
      <source>Individuell plan: {status} {period}, neste revisjon {date}.</source>
      <translation>Individual plan: {status} {period}, next revision {date}.</translation>
    </message>
    <message>
      <source>Individuell plan: {status} {period}.</source>
      <translation>Individual plan: {status} {period}.</translation>
    </message>
    <message>
      <source>Ingen individuell plan er registrert.</source>
      <translation>No individual plan has been recorded.</translation>
    </message>
    <message>
      <source>Klienten har takket nei til individuell plan ({date}).</source>
      <translation>The client has declined an individual plan ({date}).</translation>
    </message>
    <message>
      <source>Koordinator: {name}.</source>
      <translation>Coordinator: {name}.</translation>
    </message>
    <message>
      <source>fra {start}</source>
      <translation>from {start}</translation>
    </message>
    <message>
      <source>fra {start} til {end}</source>
      <translation>from {start} to {end}</translation>
    </message>
  </context>
  <context>
    <name>referral_labels</name>
    <message>
      <source>Abstinens</source>
      <translation>Withdrawal</translation>
    </message>
    <message>
      <source>Alkohol</source>
      <translation>Alcohol</translation>
    </message>
    <message>
      <source>Anabole steroider</source>
      <translation>Anabolic steroids</translation>
    </message>
    <message>
      <source>Andre legemidler</source>
      <translation>Other medication</translation>
    </message>
    <message>
      <source>Annet</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Avslag</source>
      <translation>Rejection</translation>
    </message>
    <message>
      <source>Avsluttet</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Behandling startet</source>
      <translation>Treatment started</translation>
    </message>
    <message>
      <source>Benzodiazepiner</source>
      <translation>Benzodiazepines</translation>
    </message>
    <message>
      <source>Cannabis</source>
      <translation>Cannabis</translation>
    </message>
    <message>
      <source>Dagbehandling</source>
      <translation>Day treatment</translation>
    </message>
    <message>
      <source>Døgnbehandling</source>
      <translation>Residential treatment</translation>
    </message>
    <message>
      <source>Elektronisk</source>
      <translation>Electronic</translation>
    </message>
    <message>
      <source>Forsømmer andre interesser</source>
      <translation>Neglect of other interests</translation>
    </message>
    <message>
      <source>Fortsatt bruk tross skade</source>
      <translation>Continued use despite harm</translation>
    </message>
    <message>
      <source>GHB</source>
      <translation>GHB</translation>
    </message>
    <message>
      <source>Hallusinogener</source>
      <translation>Hallucinogens</translation>
    </message>
    <message>
      <source>Høy</source>
      <translation>High</translation>
    </message>
    <message>
      <source>Injisert</source>
      <translation>Injected</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Klage sendt</source>
      <translation>Complaint filed</translation>
    </message>
    <message>
      <source>LAR-henvisning</source>
      <translation>LAR referral</translation>
    </message>
    <message>
      <source>Lav</source>
      <translation>Low</translation>
    </message>
    <message>
      <source>Levert personlig</source>
      <translation>Handed over in person</translation>
    </message>
    <message>
      <source>Moderat</source>
      <translation>Moderate</translation>
    </message>
    <message>
      <source>Mottatt</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Nei</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Opioider</source>
      <translation>Opioids</translation>
    </message>
    <message>
      <source>Pengespill</source>
      <translation>Gambling</translation>
    </message>
    <message>
      <source>Poliklinikk</source>
      <translation>Outpatient treatment</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>Rett til nødvendig helsehjelp</source>
      <translation>Right to necessary health care</translation>
    </message>
    <message>
      <source>Rusfrihet</source>
      <translation>Abstinence</translation>
    </message>
    <message>
      <source>Røykt</source>
      <translation>Smoked</translation>
    </message>
    <message>
      <source>Sendt</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Sentralstimulerende</source>
      <translation>Stimulants</translation>
    </message>
    <message>
      <source>Skadereduksjon</source>
      <translation>Harm reduction</translation>
    </message>
    <message>
      <source>Sniffet</source>
      <translation>Snorted</translation>
    </message>
    <message>
      <source>Stabilisering</source>
      <translation>Stabilisation</translation>
    </message>
    <message>
      <source>Sterk lyst eller trang</source>
      <translation>Strong desire or craving</translation>
    </message>
    <message>
      <source>Svekket kontroll</source>
      <translation>Impaired control</translation>
    </message>
    <message>
      <source>Svelget</source>
      <translation>Swallowed</translation>
    </message>
    <message>
      <source>TSB-henvisning</source>
      <translation>TSB referral</translation>
    </message>
    <message>
      <source>Toleranseøkning</source>
      <translation>Increased tolerance</translation>
    </message>
    <message>
      <source>Trukket tilbake</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>Ukjent</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <source>Utkast</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Utskrevet</source>
      <translation>Discharged</translation>
    </message>
    <message>
      <source>Vurdert</source>
      <translation>Assessed</translation>
    </message>
  </context>
  <context>
    <name>referral_pdf</name>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Barn og søsken under 18 år</source>
      <translation>Children and siblings under 18</translation>
    </message>
    <message>
      <source>Bor med klienten</source>
      <translation>Lives with the client</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Debutalder</source>
      <translation>Age at first use</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Fastlege</source>
      <translation>GP</translation>
    </message>
    <message>
      <source>Fulgt opp av</source>
      <translation>Followed up by</translation>
    </message>
    <message>
      <source>Fødselsdato</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Fødselsnummer</source>
      <translation>National identity number</translation>
    </message>
    <message>
      <source>Født</source>
      <translation>Born</translation>
    </message>
    <message>
      <source>Gjelder til</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>Henviser</source>
      <translation>Referrer</translation>
    </message>
    <message>
      <source>Henvisning til LAR</source>
      <translation>Referral to LAR</translation>
    </message>
    <message>
      <source>Henvisning til TSB</source>
      <translation>Referral to TSB</translation>
    </message>
    <message>
      <source>Henvisning til legemiddelassistert rehabilitering (LAR)</source>
      <translation>Referral to opioid agonist treatment (LAR)</translation>
    </message>
    <message>
      <source>Henvisning til tverrfaglig spesialisert rusbehandling (TSB)</source>
      <translation>Referral to specialised interdisciplinary substance use treatment (TSB)</translation>
    </message>
    <message>
      <source>Hyppighet</source>
      <translation>Frequency</translation>
    </message>
    <message>
      <source>Ikke registrert</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <source>Ingen kartlegging vedlagt</source>
      <translation>No screening attached</translation>
    </message>
    <message>
      <source>Ingen registrert</source>
      <translation>None recorded</translation>
    </message>
    <message>
      <source>Ingen rusmidler registrert</source>
      <translation>No substances recorded</translation>
    </message>
    <message>
      <source>Inntak</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Instrument</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Kartlegging (AUDIT og DUDIT)</source>
      <translation>Screening (AUDIT and DUDIT)</translation>
    </message>
    <message>
      <source>Klient</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>Kopi til fastlege</source>
      <translation>Copy to GP</translation>
    </message>
    <message>
      <source>Mengde</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nei</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Omfang</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>Omsorgsperson</source>
      <translation>Caregiver</translation>
    </message>
    <message>
      <source>Oppfølging i kommunen</source>
      <translation>Follow-up in the municipality</translation>
    </message>
    <message>
      <source>Poengsum</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Relasjon</source>
      <translation>Relationship</translation>
    </message>
    <message>
      <source>Rusmiddel</source>
      <translation>Substance</translation>
    </message>
    <message>
      <source>Rusmiddelbruk</source>
      <translation>Substance use</translation>
    </message>
    <message>
      <source>Samtykke</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Samtykke til henvisning gitt</source>
      <translation>Consent to referral given</translation>
    </message>
    <message>
      <source>Samtykke til henvisning ikke registrert</source>
      <translation>Consent to referral not recorded</translation>
    </message>
    <message>
      <source>Sendt</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Sist brukt</source>
      <translation>Last used</translation>
    </message>
    <message>
      <source>Sone</source>
      <translation>Zone</translation>
    </message>
    <message>
      <source>Sted og dato ______________________   Underskrift ______________________</source>
      <translation>Place and date ______________________   Signature ______________________</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Tittel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>UTKAST – ikke sendt</source>
      <translation>DRAFT – not sent</translation>
    </message>
    <message>
      <source>Virksomhet</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>telefon {phone}</source>
      <translation>phone {phone}</translation>
    </message>
    <message>
      <source>{score} av {highest}</source>
      <translation>{score} of {highest}</translation>
    </message>
    <message>
      <source>{title}: {count} av {total}</source>
      <translation>{title}: {count} of {total}</translation>
    </message>
  </context>
  <context>
    <name>referral_rules</name>
    <message>
      <source>Abstinens</source>
      <translation>Withdrawal</translation>
    </message>
    <message>
      <source>Aktuelt</source>
      <translation>Current situation</translation>
    </message>
    <message>
      <source>Alkohol</source>
      <translation>Alcohol</translation>
    </message>
    <message>
      <source>Allergier</source>
      <translation>Allergies</translation>
    </message>
    <message>
      <source>Allergier, også mot legemidler.</source>
      <translation>Allergies, including to medication.</translation>
    </message>
    <message>
      <source>Anabole steroider</source>
      <translation>Anabolic steroids</translation>
    </message>
    <message>
      <source>Andre forhold</source>
      <translation>Other matters</translation>
    </message>
    <message>
      <source>Andre legemidler</source>
      <translation>Other medication</translation>
    </message>
    <message>
      <source>Andre tjenester klienten har kontakt med, også statlig NAV.</source>
      <translation>Other services the client is in contact with, including state NAV.</translation>
    </message>
    <message>
      <source>Annet</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Arbeid eller utdanning (også sykmelding), økonomi, gjeld, nettverk.</source>
      <translation>Work or education (including sick leave), finances, debt, network.</translation>
    </message>
    <message>
      <source>Arbeid, utdanning og økonomi</source>
      <translation>Work, education and finances</translation>
    </message>
    <message>
      <source>Avhengighetskriterier (ICD-10) siste år</source>
      <translation>Dependence criteria (ICD-10) in the past year</translation>
    </message>
    <message>
      <source>Begrunnelse</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Begrunnelse for henvisningen</source>
      <translation>Reason for the referral</translation>
    </message>
    <message>
      <source>Behov for avrusning</source>
      <translation>Need for detoxification</translation>
    </message>
    <message>
      <source>Benzodiazepiner</source>
      <translation>Benzodiazepines</translation>
    </message>
    <message>
      <source>Boforhold nå og om boligen er trygg under og etter behandling.</source>
      <translation>Current housing and whether the home is safe during and after treatment.</translation>
    </message>
    <message>
      <source>Bolig</source>
      <translation>Housing</translation>
    </message>
    <message>
      <source>Cannabis</source>
      <translation>Cannabis</translation>
    </message>
    <message>
      <source>Datoen den kommunale tjenesten var med.</source>
      <translation>The date the municipal service took part.</translation>
    </message>
    <message>
      <source>Datoen fastlegen var med.</source>
      <translation>The date the GP took part.</translation>
    </message>
    <message>
      <source>Datoen klienten var med på å skrive henvisningen.</source>
      <translation>The date the client took part in writing the referral.</translation>
    </message>
    <message>
      <source>Det tabellen ikke får fram: mønster, utvikling og perioder uten rus.</source>
      <translation>What the table does not show: patterns, development and periods without substance use.</translation>
    </message>
    <message>
      <source>Dokumentasjon av avhengigheten</source>
      <translation>Documentation of the dependence</translation>
    </message>
    <message>
      <source>Dokumentasjon og prøver</source>
      <translation>Documentation and tests</translation>
    </message>
    <message>
      <source>EKG vedlagt</source>
      <translation>ECG attached</translation>
    </message>
    <message>
      <source>Familie og sosialt</source>
      <translation>Family and social situation</translation>
    </message>
    <message>
      <source>Familiesituasjon</source>
      <translation>Family situation</translation>
    </message>
    <message>
      <source>Familiesituasjonen; barn og søsken under 18 år skrives ut fra barnelisten.</source>
      <translation>The family situation; children and siblings under 18 are printed from the list of children.</translation>
    </message>
    <message>
      <source>Fastlege – deltaker</source>
      <translation>GP – participant</translation>
    </message>
    <message>
      <source>Fastlegen deltok (dato)</source>
      <translation>GP took part (date)</translation>
    </message>
    <message>
      <source>Fastlegen som var med på å skrive henvisningen.</source>
      <translation>The GP who took part in writing the referral.</translation>
    </message>
    <message>
      <source>Forslag til utleveringssted</source>
      <translation>Proposed dispensing place</translation>
    </message>
    <message>
      <source>Forsømmer andre interesser</source>
      <translation>Neglect of other interests</translation>
    </message>
    <message>
      <source>Fortsatt bruk tross skade</source>
      <translation>Continued use despite harm</translation>
    </message>
    <message>
      <source>Førerkort</source>
      <translation>Driving licence</translation>
    </message>
    <message>
      <source>GHB</source>
      <translation>GHB</translation>
    </message>
    <message>
      <source>Hallusinogener</source>
      <translation>Hallucinogens</translation>
    </message>
    <message>
      <source>Hepatitt, hiv, lever, nyrer og blodstatus.</source>
      <translation>Hepatitis, HIV, liver, kidneys and blood count.</translation>
    </message>
    <message>
      <source>Hva klienten ønsker hjelp til</source>
      <translation>What the client wants help with</translation>
    </message>
    <message>
      <source>Hva klienten ønsker hjelp til – helst med klientens egne ord.</source>
      <translation>What the client wants help with – ideally in the client's own words.</translation>
    </message>
    <message>
      <source>Hva som motiverer klienten for behandling nå.</source>
      <translation>What motivates the client for treatment now.</translation>
    </message>
    <message>
      <source>Hvem i kommunen som var med på å skrive henvisningen.</source>
      <translation>Who in the municipality took part in writing the referral.</translation>
    </message>
    <message>
      <source>Hvor legemidlet kan utleveres, for eksempel apotek eller kommunen.</source>
      <translation>Where the medication can be dispensed, for example a pharmacy or the municipality.</translation>
    </message>
    <message>
      <source>Hvorfor henvisningen sendes nå, og hva som forventes av spesialisthelsetjenesten.</source>
      <translation>Why the referral is being sent now, and what is expected of the specialist health service.</translation>
    </message>
    <message>
      <source>Høy</source>
      <translation>High</translation>
    </message>
    <message>
      <source>ICD-10-kriteriene oppfylt siste år; avhengighet krever minst 3.</source>
      <translation>The ICD-10 criteria met in the past year; dependence requires at least 3.</translation>
    </message>
    <message>
      <source>Individuell plan, koordinator og ansvarsgruppe</source>
      <translation>Individual plan, coordinator and responsibility group</translation>
    </message>
    <message>
      <source>Injiserer</source>
      <translation>Injects</translation>
    </message>
    <message>
      <source>Injisert</source>
      <translation>Injected</translation>
    </message>
    <message>
      <source>Interesser og nære personer som støtter klienten.</source>
      <translation>Interests and close people who support the client.</translation>
    </message>
    <message>
      <source>Interesser og nære støttepersoner</source>
      <translation>Interests and close support persons</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Journaler, epikriser og prøvesvar som dokumenterer avhengigheten.</source>
      <translation>Records, discharge summaries and test results that document the dependence.</translation>
    </message>
    <message>
      <source>Juridiske forhold</source>
      <translation>Legal matters</translation>
    </message>
    <message>
      <source>Klienten deltok (dato)</source>
      <translation>Client took part (date)</translation>
    </message>
    <message>
      <source>Klientens egen søknad vedlagt</source>
      <translation>Client's own application attached</translation>
    </message>
    <message>
      <source>Klientens mål med LAR</source>
      <translation>Client's goal with LAR</translation>
    </message>
    <message>
      <source>Klientens mål: rusfrihet, stabilisering eller skadereduksjon.</source>
      <translation>The client's goal: abstinence, stabilisation or harm reduction.</translation>
    </message>
    <message>
      <source>Klientens ressurser og sterke sider – det behandlingen kan bygge på.</source>
      <translation>The client's resources and strengths – what treatment can build on.</translation>
    </message>
    <message>
      <source>Klientens ønske om legemiddel – retningslinjen legger vekt på det.</source>
      <translation>The client's wish for medication – the guideline gives it weight.</translation>
    </message>
    <message>
      <source>Klientens ønsker om type og sted for behandling, og hvorfor.</source>
      <translation>The client's wishes for type and place of treatment, and why.</translation>
    </message>
    <message>
      <source>Kommunal tjeneste deltok (dato)</source>
      <translation>Municipal service took part (date)</translation>
    </message>
    <message>
      <source>Kommunal tjeneste – deltaker</source>
      <translation>Municipal service – participant</translation>
    </message>
    <message>
      <source>Komplikasjoner av injisering</source>
      <translation>Injection complications</translation>
    </message>
    <message>
      <source>Komplikasjoner som abscesser, hepatitt, sepsis eller endokarditt.</source>
      <translation>Complications such as abscesses, hepatitis, sepsis or endocarditis.</translation>
    </message>
    <message>
      <source>Kryss av hvis klienten har skrevet dette selv.</source>
      <translation>Tick if the client wrote this themselves.</translation>
    </message>
    <message>
      <source>Kryss av hvis klienten injiserer rusmidler.</source>
      <translation>Tick if the client injects drugs.</translation>
    </message>
    <message>
      <source>Kryss av når EKG er tatt og følger med.</source>
      <translation>Tick when an ECG has been taken and is enclosed.</translation>
    </message>
    <message>
      <source>Kryss av når fastlegen har beskrevet somatisk og psykisk helse.</source>
      <translation>Tick when the GP has described physical and mental health.</translation>
    </message>
    <message>
      <source>Kryss av når klientens egen søknad følger med.</source>
      <translation>Tick when the client's own application is enclosed.</translation>
    </message>
    <message>
      <source>Lav</source>
      <translation>Low</translation>
    </message>
    <message>
      <source>Legemidler</source>
      <translation>Medication</translation>
    </message>
    <message>
      <source>Legemidler klienten bruker nå, og relevante tidligere legemidler.</source>
      <translation>Medication the client uses now, and relevant earlier medication.</translation>
    </message>
    <message>
      <source>Moderat</source>
      <translation>Moderate</translation>
    </message>
    <message>
      <source>Motivasjon</source>
      <translation>Motivation</translation>
    </message>
    <message>
      <source>Mål og medisinering</source>
      <translation>Goals and medication</translation>
    </message>
    <message>
      <source>Målet med klientens egne ord</source>
      <translation>The goal in the client's own words</translation>
    </message>
    <message>
      <source>Målet med klientens egne ord.</source>
      <translation>The goal in the client's own words.</translation>
    </message>
    <message>
      <source>Navn på dokumentene som følger med, for eksempel «Skriv fra fastlege».</source>
      <translation>Names of the documents sent along, for example «Statement from GP».</translation>
    </message>
    <message>
      <source>Nei</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Om klienten har førerkort.</source>
      <translation>Whether the client has a driving licence.</translation>
    </message>
    <message>
      <source>Om klienten har individuell plan, koordinator og ansvarsgruppe, og hvem.</source>
      <translation>Whether the client has an individual plan, coordinator and responsibility group, and who.</translation>
    </message>
    <message>
      <source>Om klienten trenger avrusning før eller i starten av behandlingen.</source>
      <translation>Whether the client needs detoxification before or at the start of treatment.</translation>
    </message>
    <message>
      <source>Om mulige somatiske årsaker er vurdert, blodprøver der det passer.</source>
      <translation>Whether possible physical causes have been considered, with blood tests where appropriate.</translation>
    </message>
    <message>
      <source>Opioidavhengighet</source>
      <translation>Opioid dependence</translation>
    </message>
    <message>
      <source>Opioidavhengighet – historikk</source>
      <translation>Opioid dependence – history</translation>
    </message>
    <message>
      <source>Opioiddominert avhengighet: varighet, omfang, stoffer, debut, forløp.</source>
      <translation>Opioid-dominated dependence: duration, extent, substances, first use, course.</translation>
    </message>
    <message>
      <source>Opioider</source>
      <translation>Opioids</translation>
    </message>
    <message>
      <source>Overdosefare</source>
      <translation>Overdose risk</translation>
    </message>
    <message>
      <source>Overdosefare – vurdert nivå</source>
      <translation>Overdose risk – assessed level</translation>
    </message>
    <message>
      <source>Pengespill</source>
      <translation>Gambling</translation>
    </message>
    <message>
      <source>Prøvesvar</source>
      <translation>Test results</translation>
    </message>
    <message>
      <source>Psykisk helse</source>
      <translation>Mental health</translation>
    </message>
    <message>
      <source>Psykiske plager og diagnoser, og hvem som følger dem opp.</source>
      <translation>Mental health problems and diagnoses, and who follows them up.</translation>
    </message>
    <message>
      <source>Ressurser</source>
      <translation>Resources</translation>
    </message>
    <message>
      <source>Rusfrihet</source>
      <translation>Abstinence</translation>
    </message>
    <message>
      <source>Rusmiddelbruk – utdyping</source>
      <translation>Substance use – details</translation>
    </message>
    <message>
      <source>Røykt</source>
      <translation>Smoked</translation>
    </message>
    <message>
      <source>Samarbeidspartnere</source>
      <translation>Collaborating services</translation>
    </message>
    <message>
      <source>Samlet vurdering av overdosefaren.</source>
      <translation>Overall assessment of the overdose risk.</translation>
    </message>
    <message>
      <source>Samlet vurdering av selvmordsfaren.</source>
      <translation>Overall assessment of the suicide risk.</translation>
    </message>
    <message>
      <source>Selvmordsfare</source>
      <translation>Suicide risk</translation>
    </message>
    <message>
      <source>Selvmordsfare – vurdert nivå</source>
      <translation>Suicide risk – assessed level</translation>
    </message>
    <message>
      <source>Sentralstimulerende</source>
      <translation>Stimulants</translation>
    </message>
    <message>
      <source>Skadereduksjon</source>
      <translation>Harm reduction</translation>
    </message>
    <message>
      <source>Skrevet av klienten selv</source>
      <translation>Written by the client</translation>
    </message>
    <message>
      <source>Skriv fra fastlege vedlagt</source>
      <translation>Statement from GP attached</translation>
    </message>
    <message>
      <source>Sniffet</source>
      <translation>Snorted</translation>
    </message>
    <message>
      <source>Somatisk helse</source>
      <translation>Physical health</translation>
    </message>
    <message>
      <source>Somatisk helse, også tannhelse og livsstil; helst med skriv fra fastlege.</source>
      <translation>Physical health, including dental health and lifestyle; ideally with a statement from the GP.</translation>
    </message>
    <message>
      <source>Somatiske årsaker vurdert</source>
      <translation>Physical causes considered</translation>
    </message>
    <message>
      <source>Språk og kultur</source>
      <translation>Language and culture</translation>
    </message>
    <message>
      <source>Språk og kulturelle hensyn, migrasjonsbakgrunn.</source>
      <translation>Language and cultural considerations, migration background.</translation>
    </message>
    <message>
      <source>Stabilisering</source>
      <translation>Stabilisation</translation>
    </message>
    <message>
      <source>Sterk lyst eller trang</source>
      <translation>Strong desire or craving</translation>
    </message>
    <message>
      <source>Svekket kontroll</source>
      <translation>Impaired control</translation>
    </message>
    <message>
      <source>Svelget</source>
      <translation>Swallowed</translation>
    </message>
    <message>
      <source>Særlige behov</source>
      <translation>Special needs</translation>
    </message>
    <message>
      <source>Tidligere og nåværende behandling og oppfølging</source>
      <translation>Earlier and current treatment and follow-up</translation>
    </message>
    <message>
      <source>Tidligere og nåværende behandling og oppfølging, med tid og sted.</source>
      <translation>Earlier and current treatment and follow-up, with time and place.</translation>
    </message>
    <message>
      <source>Tidligere overdoser</source>
      <translation>Earlier overdoses</translation>
    </message>
    <message>
      <source>Tidligere overdoser: når, hva og hvordan de ble håndtert.</source>
      <translation>Earlier overdoses: when, what and how they were handled.</translation>
    </message>
    <message>
      <source>Toleranseøkning</source>
      <translation>Increased tolerance</translation>
    </message>
    <message>
      <source>Tolk, møtested, tilrettelegging, ønske om kjønnsdelt behandling.</source>
      <translation>Interpreter, meeting place, adaptations, wish for gender-separated treatment.</translation>
    </message>
    <message>
      <source>Trepartssamarbeid</source>
      <translation>Three-party collaboration</translation>
    </message>
    <message>
      <source>Ukjent</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <source>Vedlegg</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <source>Verserende saker og ikke sonede dommer.</source>
      <translation>Pending cases and unserved sentences.</translation>
    </message>
    <message>
      <source>Vold og trusler</source>
      <translation>Violence and threats</translation>
    </message>
    <message>
      <source>Vold og trusler – utsatt for og/eller utøvd, nå og tidligere.</source>
      <translation>Violence and threats – suffered and/or committed, now and earlier.</translation>
    </message>
    <message>
      <source>Vurdering av overdosefare og hva den bygger på.</source>
      <translation>Assessment of the overdose risk and what it is based on.</translation>
    </message>
    <message>
      <source>Vurdering av selvmordsfare og hva den bygger på.</source>
      <translation>Assessment of the suicide risk and what it is based on.</translation>
    </message>
    <message>
      <source>Ønske om legemiddel</source>
      <translation>Wish for medication</translation>
    </message>
    <message>
      <source>Ønsker for behandling</source>
      <translation>Wishes for treatment</translation>
    </message>
  </context>
  <context>
    <name>screening</name>
    <message>
      <source>Høy risiko</source>
      <translation>High risk</translation>
    </message>
    <message>
      <source>Lav risiko</source>
      <translation>Low risk</translation>
    </message>
    <message>
      <source>Mulig avhengighet</source>
      <translation>Possible dependence</translation>
    </message>
    <message>
      <source>Problematisk bruk</source>
      <translation>Problematic use</translation>
    </message>
    <message>
      <source>Risikofylt bruk</source>
      <translation>Hazardous use</translation>
    </message>
    <message>
      <source>Sannsynlig avhengighet</source>
      <translation>Probable dependence</translation>
    </message>
  </context>
</TS>
