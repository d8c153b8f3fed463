<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
  <context>
    <name>AttachmentsBox</name>
    <message>
      <source>&amp;Fjern valgt vedlegg</source>
      <translation>&amp;Fjern valt vedlegg</translation>
    </message>
    <message>
      <source>Fjern det valgte vedlegget (Delete i listen)</source>
      <translation>Fjern det valde vedlegget (Delete i lista)</translation>
    </message>
    <message>
      <source>Kartlegginger som kan legges ved</source>
      <translation>Kartleggingar som kan leggjast ved</translation>
    </message>
    <message>
      <source>Klienten har ingen kartlegginger (AUDIT/DUDIT).</source>
      <translation>Klienten har ingen kartleggingar (AUDIT/DUDIT).</translation>
    </message>
    <message>
      <source>Lagt ved</source>
      <translation>Lagt ved</translation>
    </message>
    <message>
      <source>Legg til &amp;vedlegg</source>
      <translation>Legg til &amp;vedlegg</translation>
    </message>
    <message>
      <source>Legg til vedlegget (Enter i feltet)</source>
      <translation>Legg til vedlegget (Enter i feltet)</translation>
    </message>
    <message>
      <source>Legg ved</source>
      <translation>Legg ved</translation>
    </message>
    <message>
      <source>Legg ved {what}</source>
      <translation>Legg ved {what}</translation>
    </message>
    <message>
      <source>N&amp;ytt vedlegg:</source>
      <translation>N&amp;ytt vedlegg:</translation>
    </message>
    <message>
      <source>Navn på nytt vedlegg</source>
      <translation>Namn på nytt vedlegg</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <source>&amp;Eksporter…</source>
      <translation>&amp;Eksporter…</translation>
    </message>
    <message>
      <source>&amp;Fra:</source>
      <translation>&amp;Frå:</translation>
    </message>
    <message>
      <source>&amp;Handling:</source>
      <translation>&amp;Handling:</translation>
    </message>
    <message>
      <source>&amp;Til:</source>
      <translation>&amp;Til:</translation>
    </message>
    <message>
      <source>1 hendelse</source>
      <translation>1 hending</translation>
    </message>
    <message>
      <source>Alle handlinger</source>
      <translation>Alle handlingar</translation>
    </message>
    <message>
      <source>CSV-fil for Excel (*.csv)</source>
      <translation>CSV-fil for Excel (*.csv)</translation>
    </message>
    <message>
      <source>Eksporter loggen over innsyn</source>
      <translation>Eksporter loggen over innsyn</translation>
    </message>
    <message>
      <source>Fra dato</source>
      <translation>Frå dato</translation>
    </message>
    <message>
      <source>Handling</source>
      <translation>Handling</translation>
    </message>
    <message>
      <source>Hendelser i loggen</source>
      <translation>Hendingar i loggen</translation>
    </message>
    <message>
      <source>Hvem som har sett, opprettet, endret, slettet, eksportert eller skrevet ut opplysninger, og når. Loggen kan ikke endres.</source>
      <translation>Kven som har sett, oppretta, endra, sletta, eksportert eller skrive ut opplysningar, og når. Loggen kan ikkje endrast.</translation>
    </message>
    <message>
      <source>Kan ikke lese loggen</source>
      <translation>Kan ikkje lese loggen</translation>
    </message>
    <message>
      <source>Kan ikke åpne loggen over innsyn</source>
      <translation>Kan ikkje opne loggen over innsyn</translation>
    </message>
    <message>
      <source>Lagre klientens logg som CSV-fil (for Excel), for eksempel til klienten</source>
      <translation>Lagre loggen for klienten som CSV-fil (for Excel), til dømes til klienten</translation>
    </message>
    <message>
      <source>Logg over innsyn – hele databasen</source>
      <translation>Logg over innsyn – heile databasen</translation>
    </message>
    <message>
      <source>Logg over innsyn – klient nr. {id}</source>
      <translation>Logg over innsyn – klient nr. {id}</translation>
    </message>
    <message>
      <source>Loggen ble ikke eksportert</source>
      <translation>Loggen vart ikkje eksportert</translation>
    </message>
    <message>
      <source>Loggen ble ikke lagret</source>
      <translation>Loggen vart ikkje lagra</translation>
    </message>
    <message>
      <source>Loggen er lagret i {path}.</source>
      <translation>Loggen er lagra i {path}.</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Til dato</source>
      <translation>Til dato</translation>
    </message>
    <message>
      <source>Til dato er før fra dato.</source>
      <translation>Til dato er før frå dato.</translation>
    </message>
    <message>
      <source>ansvarsgruppemøte</source>
      <translation>ansvarsgruppemøte</translation>
    </message>
    <message>
      <source>avtale</source>
      <translation>avtale</translation>
    </message>
    <message>
      <source>barn</source>
      <translation>barn</translation>
    </message>
    <message>
      <source>dd.mm.åååå</source>
      <translation>dd.mm.åååå</translation>
    </message>
    <message>
      <source>eksportert</source>
      <translation>eksportert</translation>
    </message>
    <message>
      <source>endret</source>
      <translation>endra</translation>
    </message>
    <message>
      <source>henvisning</source>
      <translation>tilvising</translation>
    </message>
    <message>
      <source>individuell plan</source>
      <translation>individuell plan</translation>
    </message>
    <message>
      <source>kartlegging</source>
      <translation>kartlegging</translation>
    </message>
    <message>
      <source>klient</source>
      <translation>klient</translation>
    </message>
    <message>
      <source>logg over innsyn</source>
      <translation>logg over innsyn</translation>
    </message>
    <message>
      <source>medlem av ansvarsgruppen</source>
      <translation>medlem av ansvarsgruppa</translation>
    </message>
    <message>
      <source>nettverksperson</source>
      <translation>nettverksperson</translation>
    </message>
    <message>
      <source>oppgave fra ansvarsgruppen</source>
      <translation>oppgåve frå ansvarsgruppa</translation>
    </message>
    <message>
      <source>opprettet</source>
      <translation>oppretta</translation>
    </message>
    <message>
      <source>samtykke</source>
      <translation>samtykke</translation>
    </message>
    <message>
      <source>skrevet ut</source>
      <translation>skrive ut</translation>
    </message>
    <message>
      <source>slettet</source>
      <translation>sletta</translation>
    </message>
    <message>
      <source>versjon av individuell plan</source>
      <translation>versjon av individuell plan</translation>
    </message>
    <message>
      <source>vist</source>
      <translation>vist</translation>
    </message>
    <message>
      <source>{field}: Er ikke en gyldig dato (dd.mm.åååå).</source>
      <translation>{field}: Er ikkje ein gyldig dato (dd.mm.åååå).</translation>
    </message>
    <message>
      <source>{n} hendelser</source>
      <translation>{n} hendingar</translation>
    </message>
  </context>
  <context>
    <name>AuditLogModel</name>
    <message>
      <source>Bruker</source>
      <translation>Brukar</translation>
    </message>
    <message>
      <source>Detaljer</source>
      <translation>Detaljar</translation>
    </message>
    <message>
      <source>Gjelder</source>
      <translation>Gjeld</translation>
    </message>
    <message>
      <source>Handling</source>
      <translation>Handling</translation>
    </message>
    <message>
      <source>Klientnr.</source>
      <translation>Klientnr.</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Tidspunkt</source>
      <translation>Tidspunkt</translation>
    </message>
  </context>
  <context>
    <name>CaseDialogs</name>
    <message>
      <source>Avslutt saken for {client}</source>
      <translation>Avslutt saka for {client}</translation>
    </message>
    <message>
      <source>Ikke slett</source>
      <translation>Ikkje slett</translation>
    </message>
    <message>
      <source>Slett permanent</source>
      <translation>Slett permanent</translation>
    </message>
    <message>
      <source>Slette klient</source>
      <translation>Slette klient</translation>
    </message>
    <message>
      <source>Slette {client} permanent?

Klienten og alt i journalen (nettverk, barn, samtykker, avtaler) slettes for godt. Loggen beholder bare at en sletting skjedde. Dette kan ikke angres.</source>
      <translation>Slette {client} permanent?

Klienten og alt i journalen (nettverk, barn, samtykke, avtalar) blir sletta for godt. Loggen tek berre vare på at ei sletting skjedde. Dette kan ikkje angrast.</translation>
    </message>
    <message>
      <source>{name} (f. {date})</source>
      <translation>{name} (f. {date})</translation>
    </message>
  </context>
  <context>
    <name>ClientDialog</name>
    <message>
      <source>11 sifre</source>
      <translation>11 siffer</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Avbryt (Esc)</translation>
    </message>
    <message>
      <source>D-nummer</source>
      <translation>D-nummer</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.ÅÅÅÅ TT:MM</translation>
    </message>
    <message>
      <source>Endre klient – {name}</source>
      <translation>Endre klient – {name}</translation>
    </message>
    <message>
      <source>Fastlege og NAV</source>
      <translation>Fastlege og NAV</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Felt merkte med * må fyllast ut.</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Forkast endringane</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Forkaste endringane?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i dette vinduet blir ikke lagret.</source>
      <translation>Forkaste endringane?

Det du har skrive i dette vindauget, blir ikkje lagra.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Hald fram med å redigere</translation>
    </message>
    <message>
      <source>Født {date} ({kind})</source>
      <translation>Fødd {date} ({kind})</translation>
    </message>
    <message>
      <source>H-nummer</source>
      <translation>H-nummer</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Ikkje lagra</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Ikkje lagra. Rett det som er merkt.</translation>
    </message>
    <message>
      <source>Kontakt</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Lagre (Ctrl+S)</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Må fyllast ut.</translation>
    </message>
    <message>
      <source>Notater</source>
      <translation>Notat</translation>
    </message>
    <message>
      <source>Ny klient</source>
      <translation>Ny klient</translation>
    </message>
    <message>
      <source>Personalia</source>
      <translation>Personalia</translation>
    </message>
    <message>
      <source>Språk</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>fødselsnummer</source>
      <translation>fødselsnummer</translation>
    </message>
    <message>
      <source>syntetisk D-nummer</source>
      <translation>syntetisk D-nummer</translation>
    </message>
    <message>
      <source>syntetisk testnummer</source>
      <translation>syntetisk testnummer</translation>
    </message>
  </context>
  <context>
    <name>ClientListModel</name>
    <message>
      <source>Fødselsdato</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <source>Fødselsnummer</source>
      <translation>Fødselsnummer</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Telefon</translation>
    </message>
  </context>
  <context>
    <name>ClientView</name>
    <message>
      <source>&amp;Avslutt saken…</source>
      <translation>&amp;Avslutt saka…</translation>
    </message>
    <message>
      <source>&amp;Endre klient…</source>
      <translation>&amp;Endre klient…</translation>
    </message>
    <message>
      <source>&amp;Gjenåpne saken</source>
      <translation>&amp;Gjenopne saka</translation>
    </message>
    <message>
      <source>&amp;Logg over innsyn for klienten…</source>
      <translation>&amp;Logg over innsyn for klienten…</translation>
    </message>
    <message>
      <source>&amp;Slett klienten permanent…</source>
      <translation>&amp;Slett klienten permanent…</translation>
    </message>
    <message>
      <source>Alder</source>
      <translation>Alder</translation>
    </message>
    <message>
      <source>Ansvarsgruppe</source>
      <translation>Ansvarsgruppe</translation>
    </message>
    <message>
      <source>Avsluttet {date}</source>
      <translation>Avslutta {date}</translation>
    </message>
    <message>
      <source>Avtaler</source>
      <translation>Avtalar</translation>
    </message>
    <message>
      <source>Barn</source>
      <translation>Barn</translation>
    </message>
    <message>
      <source>Fastlege</source>
      <translation>Fastlege</translation>
    </message>
    <message>
      <source>Henvisninger</source>
      <translation>Tilvisingar</translation>
    </message>
    <message>
      <source>I kraft</source>
      <translation>I kraft</translation>
    </message>
    <message>
      <source>IP</source>
      <translation>IP</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Ikkje lagra</translation>
    </message>
    <message>
      <source>Individuell plan</source>
      <translation>Individuell plan</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Kan ikke åpne klienten</source>
      <translation>Kan ikkje opne klienten</translation>
    </message>
    <message>
      <source>Kartlegging</source>
      <translation>Kartlegging</translation>
    </message>
    <message>
      <source>Klienten ble ikke slettet</source>
      <translation>Klienten vart ikkje sletta</translation>
    </message>
    <message>
      <source>Merk som &amp;gjennomført</source>
      <translation>Merk som &amp;gjennomført</translation>
    </message>
    <message>
      <source>NAV</source>
      <translation>NAV</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Nei</source>
      <translation>Nei</translation>
    </message>
    <message>
      <source>Nettverk</source>
      <translation>Nettverk</translation>
    </message>
    <message>
      <source>Notater</source>
      <translation>Notat</translation>
    </message>
    <message>
      <source>Omfang</source>
      <translation>Omfang</translation>
    </message>
    <message>
      <source>Oversikt</source>
      <translation>Oversikt</translation>
    </message>
    <message>
      <source>Personalia</source>
      <translation>Personalia</translation>
    </message>
    <message>
      <source>Saken ble ikke gjenåpnet</source>
      <translation>Saka vart ikkje gjenopna</translation>
    </message>
    <message>
      <source>Samtykker</source>
      <translation>Samtykke</translation>
    </message>
    <message>
      <source>Språk og tolk</source>
      <translation>Språk og tolk</translation>
    </message>
    <message>
      <source>Uten fødselsnummer</source>
      <translation>Utan fødselsnummer</translation>
    </message>
    <message>
      <source>Utløper snart</source>
      <translation>Går snart ut</translation>
    </message>
    <message>
      <source>Velg en klient i listen</source>
      <translation>Vel ein klient i lista</translation>
    </message>
    <message>
      <source>avtalen {when} ({kind})</source>
      <translation>avtalen {when} ({kind})</translation>
    </message>
    <message>
      <source>født {date}</source>
      <translation>fødd {date}</translation>
    </message>
    <message>
      <source>samtykket «{kind}» gitt {date}</source>
      <translation>samtykket «{kind}» gitt {date}</translation>
    </message>
    <message>
      <source>{years} år</source>
      <translation>{years} år</translation>
    </message>
  </context>
  <context>
    <name>CriteriaBox</name>
    <message>
      <source>Antall kriterier</source>
      <translation>Tal på kriterium</translation>
    </message>
    <message>
      <source>{count} av {total} kriterier</source>
      <translation>{count} av {total} kriterium</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>1 dag over fristen</source>
      <translation>1 dag over fristen</translation>
    </message>
    <message>
      <source>Akutt fare for liv: ring 113. Legevakt: 116 117.</source>
      <translation>Akutt fare for liv: ring 113. Legevakt: 116 117.</translation>
    </message>
    <message>
      <source>Dagens oversikt</source>
      <translation>Dagsoversikt</translation>
    </message>
    <message>
      <source>Forfalt</source>
      <translation>Over fristen</translation>
    </message>
    <message>
      <source>I dag, {weekday} {date}</source>
      <translation>I dag, {weekday} {date}</translation>
    </message>
    <message>
      <source>Ingenting haster i dag.</source>
      <translation>Ingenting hastar i dag.</translation>
    </message>
    <message>
      <source>Snart</source>
      <translation>Snart</translation>
    </message>
    <message>
      <source>Til orientering</source>
      <translation>Til orientering</translation>
    </message>
    <message>
      <source>ansvarsgruppemøte avtalt til {weekday} {date} kl. {time} ({when}), men ikke planlagt som møte ennå.</source>
      <translation>ansvarsgruppemøte avtalt til {weekday} {date} kl. {time} ({when}), men ikkje planlagt som møte enno.</translation>
    </message>
    <message>
      <source>ansvarsgruppemøte {weekday} {date} kl. {time} ({when}).</source>
      <translation>ansvarsgruppemøte {weekday} {date} kl. {time} ({when}).</translation>
    </message>
    <message>
      <source>bindende frist for behandlingsstart {date} er passert uten at behandling har startet.</source>
      <translation>bindande frist for behandlingsstart {date} er passert utan at behandling har starta.</translation>
    </message>
    <message>
      <source>fredag</source>
      <translation>fredag</translation>
    </message>
    <message>
      <source>i dag</source>
      <translation>i dag</translation>
    </message>
    <message>
      <source>i morgen</source>
      <translation>i morgen</translation>
    </message>
    <message>
      <source>individuell plan skal revideres {date} ({when}).</source>
      <translation>individuell plan skal reviderast {date} ({when}).</translation>
    </message>
    <message>
      <source>klagefrist {date} på avslaget ({when}).</source>
      <translation>klagefrist {date} på avslaget ({when}).</translation>
    </message>
    <message>
      <source>lørdag</source>
      <translation>laurdag</translation>
    </message>
    <message>
      <source>mandag</source>
      <translation>måndag</translation>
    </message>
    <message>
      <source>om 1 virkedag</source>
      <translation>om 1 verkedag</translation>
    </message>
    <message>
      <source>om {count} dager</source>
      <translation>om {count} dagar</translation>
    </message>
    <message>
      <source>om {count} virkedager</source>
      <translation>om {count} verkedagar</translation>
    </message>
    <message>
      <source>onsdag</source>
      <translation>onsdag</translation>
    </message>
    <message>
      <source>oppgave fra ansvarsgruppen {task} hadde frist {date} og er ikke markert som gjort ({late}).</source>
      <translation>oppgåve frå ansvarsgruppa {task} hadde frist {date} og er ikkje merkt som gjord ({late}).</translation>
    </message>
    <message>
      <source>oppgave fra ansvarsgruppen {task} har frist {date} ({when}).</source>
      <translation>oppgåve frå ansvarsgruppa {task} har frist {date} ({when}).</translation>
    </message>
    <message>
      <source>revisjon av individuell plan var satt til {date} og er forfalt ({late}).</source>
      <translation>revisjon av individuell plan var sett til {date} og er forseinka ({late}).</translation>
    </message>
    <message>
      <source>svar fra vurderingsinstansen er forfalt (frist {date}). Klienten har krav på svar innen {days} virkedager.</source>
      <translation>svar frå vurderingsinstansen er forseinka (frist {date}). Klienten har krav på svar innan {days} verkedagar.</translation>
    </message>
    <message>
      <source>svarfrist fra vurderingsinstansen {date} ({when}).</source>
      <translation>svarfrist frå vurderingsinstansen {date} ({when}).</translation>
    </message>
    <message>
      <source>søndag</source>
      <translation>søndag</translation>
    </message>
    <message>
      <source>tirsdag</source>
      <translation>tysdag</translation>
    </message>
    <message>
      <source>torsdag</source>
      <translation>torsdag</translation>
    </message>
    <message>
      <source>utkast ikke endret siden {date}.</source>
      <translation>utkast ikkje endra sidan {date}.</translation>
    </message>
    <message>
      <source>utskrevet {date} uten avtalt oppfølging. Overdosefaren er svært høy de første ukene etter utskrivning – avtal time (time i hånden).</source>
      <translation>utskriven {date} utan avtalt oppfølging. Overdosefaren er svært høg dei første vekene etter utskriving – avtal time (time i handa).</translation>
    </message>
    <message>
      <source>{count} dager over fristen</source>
      <translation>{count} dagar over fristen</translation>
    </message>
    <message>
      <source>{name} – samtykke utløper {date}.</source>
      <translation>{name} – samtykke går ut {date}.</translation>
    </message>
    <message>
      <source>… og {count} til. Finn klientene i listen til venstre.</source>
      <translation>… og {count} til. Finn klientane i lista til venstre.</translation>
    </message>
    <message>
      <source>⚠ Haster</source>
      <translation>⚠ Hastar</translation>
    </message>
  </context>
  <context>
    <name>DraftChoiceDialog</name>
    <message>
      <source>&amp;Legg ved {screening} i utkastet:</source>
      <translation>&amp;Legg ved {screening} i utkastet:</translation>
    </message>
    <message>
      <source>Legg ved</source>
      <translation>Legg ved</translation>
    </message>
    <message>
      <source>Legg ved henvisning</source>
      <translation>Legg ved tilvising</translation>
    </message>
    <message>
      <source>Utkast til henvisning</source>
      <translation>Utkast til tilvising</translation>
    </message>
  </context>
  <context>
    <name>FieldEditor</name>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
  </context>
  <context>
    <name>FirstStartWizard</name>
    <message>
      <source>&amp;Adresse:</source>
      <translation>&amp;Adresse:</translation>
    </message>
    <message>
      <source>&amp;Fullfør</source>
      <translation>&amp;Fullfør</translation>
    </message>
    <message>
      <source>&amp;Gjenta passordfrasen:</source>
      <translation>&amp;Gjenta passordfrasen:</translation>
    </message>
    <message>
      <source>&amp;Kommune:</source>
      <translation>&amp;Kommune:</translation>
    </message>
    <message>
      <source>&amp;Legg inn demodata</source>
      <translation>&amp;Legg inn demodata</translation>
    </message>
    <message>
      <source>&amp;Neste &gt;</source>
      <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
      <source>&amp;Språk:</source>
      <translation>&amp;Språk:</translation>
    </message>
    <message>
      <source>(Tomt – ingen brevhode.)</source>
      <translation>(Tomt – ikkje noko brevhovud.)</translation>
    </message>
    <message>
      <source>&lt; &amp;Tilbake</source>
      <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
      <source>Antall &amp;klienter:</source>
      <translation>Tal på &amp;klientar:</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Avbryt oppsettet</source>
      <translation>Avbryt oppsettet</translation>
    </message>
    <message>
      <source>Avbryt oppsettet (Esc)</source>
      <translation>Avbryt oppsettet (Esc)</translation>
    </message>
    <message>
      <source>Avbryte oppsettet?</source>
      <translation>Avbryte oppsettet?</translation>
    </message>
    <message>
      <source>Brevhode</source>
      <translation>Brevhovud</translation>
    </message>
    <message>
      <source>Brevhode:</source>
      <translation>Brevhovud:</translation>
    </message>
    <message>
      <source>Dataene dine krypteres på denne maskinen. Du blir spurt om passordfrasen hver gang rustool starter. Bruk gjerne flere ord.</source>
      <translation>Opplysningane dine blir krypterte på denne maskina. Du blir spurd om passordfrasen kvar gong rustool startar. Bruk gjerne fleire ord.</translation>
    </message>
    <message>
      <source>Demodata</source>
      <translation>Demodata</translation>
    </message>
    <message>
      <source>Demodata ble ikke lagt inn</source>
      <translation>Demodata vart ikkje lagt inn</translation>
    </message>
    <message>
      <source>Demodata:</source>
      <translation>Demodata:</translation>
    </message>
    <message>
      <source>Dette står øverst på henvisninger, referater og planer du skriver ut. Alt kan stå tomt og fylles ut senere.</source>
      <translation>Dette står øvst på tilvisingar, referat og planar du skriv ut. Alt kan stå tomt og fyllast ut seinare.</translation>
    </message>
    <message>
      <source>Din t&amp;ittel:</source>
      <translation>T&amp;ittelen din:</translation>
    </message>
    <message>
      <source>Ditt n&amp;avn (må fylles ut):</source>
      <translation>N&amp;amnet ditt (må fyllast ut):</translation>
    </message>
    <message>
      <source>Du:</source>
      <translation>Du:</translation>
    </message>
    <message>
      <source>E-&amp;post:</source>
      <translation>E-&amp;post:</translation>
    </message>
    <message>
      <source>Forhåndsvisning av brevhodet</source>
      <translation>Førehandsvising av brevhovudet</translation>
    </message>
    <message>
      <source>Forrige side (Alt+T)</source>
      <translation>Førre side (Alt+T)</translation>
    </message>
    <message>
      <source>Fortsett</source>
      <translation>Hald fram</translation>
    </message>
    <message>
      <source>Før du begynner, setter vi opp rustool: språket, navnet ditt, brevhodet på dokumentene, passordfrasen som krypterer dataene, og om du vil prøve rustool med oppdiktede klienter. Navn og brevhode kan du endre senere under Innstillinger.</source>
      <translation>Før du byrjar, set vi opp rustool: språket, namnet ditt, brevhovudet på dokumenta, passordfrasen som krypterer opplysningane, og om du vil prøve rustool med oppdikta klientar. Namn og brevhovud kan du endre seinare under Innstillingar.</translation>
    </message>
    <message>
      <source>Ingenting er lagret, og rustool avsluttes. Du kommer tilbake hit neste gang du starter rustool.</source>
      <translation>Ingenting er lagra, og rustool blir avslutta. Du kjem tilbake hit neste gong du startar rustool.</translation>
    </message>
    <message>
      <source>Innstillingene ble ikke lagret</source>
      <translation>Innstillingane vart ikkje lagra</translation>
    </message>
    <message>
      <source>Innstillingene er lagret, men demoklientene kunne ikke legges inn. Ingen av dem er lagt inn.

{reason}</source>
      <translation>Innstillingane er lagra, men demoklientane kunne ikkje leggjast inn. Ingen av dei er lagde inn.

{reason}</translation>
    </message>
    <message>
      <source>Jeg har &amp;skrevet ned passordfrasen og oppbevarer den trygt</source>
      <translation>Eg har &amp;skrive ned passordfrasen og oppbevarer den trygt</translation>
    </message>
    <message>
      <source>Kryss av for at du har skrevet ned passordfrasen.</source>
      <translation>Kryss av for at du har skrive ned passordfrasen.</translation>
    </message>
    <message>
      <source>Lag databasen og start rustool (Alt+F)</source>
      <translation>Lag databasen og start rustool (Alt+F)</translation>
    </message>
    <message>
      <source>N&amp;y passordfrase:</source>
      <translation>N&amp;y passordfrase:</translation>
    </message>
    <message>
      <source>Navnet ditt står i loggen over hvem som har gjort hva. Navn og tittel (for eksempel «Ruskonsulent») fylles inn for deg som henviser i henvisninger og som medlem i ansvarsgrupper.</source>
      <translation>Namnet ditt står i loggen over kven som har gjort kva. Namn og tittel (til dømes «Ruskonsulent») blir fylte inn for deg som tilvisar i tilvisingar og som medlem i ansvarsgrupper.</translation>
    </message>
    <message>
      <source>Nei</source>
      <translation>Nei</translation>
    </message>
    <message>
      <source>Neste side (Alt+N)</source>
      <translation>Neste side (Alt+N)</translation>
    </message>
    <message>
      <source>Om deg</source>
      <translation>Om deg</translation>
    </message>
    <message>
      <source>Oppsummering</source>
      <translation>Oppsummering</translation>
    </message>
    <message>
      <source>Passordfrase</source>
      <translation>Passordfrase</translation>
    </message>
    <message>
      <source>Passordfrase:</source>
      <translation>Passordfrase:</translation>
    </message>
    <message>
      <source>Passordfrasen kan ikke hentes fram igjen. Glemmer du den, kommer ingen til dataene, heller ikke fra sikkerhetskopiene.</source>
      <translation>Passordfrasen kan ikkje hentast fram att. Gløymer du den, kjem ingen til opplysningane, heller ikkje frå sikkerheitskopiane.</translation>
    </message>
    <message>
      <source>Sett opp rustool</source>
      <translation>Set opp rustool</translation>
    </message>
    <message>
      <source>Slik blir brevhodet:</source>
      <translation>Slik blir brevhovudet:</translation>
    </message>
    <message>
      <source>Språk:</source>
      <translation>Språk:</translation>
    </message>
    <message>
      <source>Steg {number} av {total}</source>
      <translation>Steg {number} av {total}</translation>
    </message>
    <message>
      <source>Styrke</source>
      <translation>Styrke</translation>
    </message>
    <message>
      <source>Styrke:</source>
      <translation>Styrke:</translation>
    </message>
    <message>
      <source>Tele&amp;fon:</source>
      <translation>Tele&amp;fon:</translation>
    </message>
    <message>
      <source>Tjene&amp;ste:</source>
      <translation>Tene&amp;ste:</translation>
    </message>
    <message>
      <source>Valgt ({strength}). Den vises ikke her.</source>
      <translation>Vald ({strength}). Den blir ikkje vist her.</translation>
    </message>
    <message>
      <source>Velg Fullfør for å lage den krypterte databasen med dette og starte rustool. Gå tilbake for å endre noe.</source>
      <translation>Vel Fullfør for å lage den krypterte databasen med dette og starte rustool. Gå tilbake for å endre noko.</translation>
    </message>
    <message>
      <source>Velkommen til rustool</source>
      <translation>Velkomen til rustool</translation>
    </message>
    <message>
      <source>Vil du prøve rustool før du legger inn ekte klienter, kan du få oppdiktede klienter med henvisninger, ansvarsgrupper og planer. Alle navn og fødselsnumre er oppdiktet; ingen av dem tilhører virkelige personer. Demoklientene blir liggende i databasen sammen med klientene du legger inn senere, så velg dette bare hvis du vil prøve.</source>
      <translation>Vil du prøve rustool før du legg inn ekte klientar, kan du få oppdikta klientar med tilvisingar, ansvarsgrupper og planar. Alle namn og fødselsnummer er oppdikta; ingen av dei høyrer til verkelege personar. Demoklientane blir liggjande i databasen saman med klientane du legg inn seinare, så vel dette berre om du vil prøve.</translation>
    </message>
    <message>
      <source>{count} oppdiktede klienter</source>
      <translation>{count} oppdikta klientar</translation>
    </message>
    <message>
      <source>{strength} – for svak.</source>
      <translation>{strength} – for svak.</translation>
    </message>
    <message>
      <source>{strength} – godt nok.</source>
      <translation>{strength} – godt nok.</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Avbryt (Esc)</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.ÅÅÅÅ TT:MM</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Felt merkte med * må fyllast ut.</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Forkast endringane</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Forkaste endringane?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i dette vinduet blir ikke lagret.</source>
      <translation>Forkaste endringane?

Det du har skrive i dette vindauget, blir ikkje lagra.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Hald fram med å redigere</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Ikkje lagra</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Ikkje lagra. Rett det som er merkt.</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Lagre (Ctrl+S)</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Må fyllast ut.</translation>
    </message>
  </context>
  <context>
    <name>GoalChoiceDialog</name>
    <message>
      <source>Gjør til tiltak</source>
      <translation>Gjer til tiltak</translation>
    </message>
    <message>
      <source>Gjør til tiltak i IP</source>
      <translation>Gjer til tiltak i IP</translation>
    </message>
    <message>
      <source>Gjør {what} til tiltak under &amp;målet:</source>
      <translation>Gjer {what} til tiltak under &amp;målet:</translation>
    </message>
    <message>
      <source>Mål i planen</source>
      <translation>Mål i planen</translation>
    </message>
  </context>
  <context>
    <name>GroupTab</name>
    <message>
      <source>&amp;Endre medlem…</source>
      <translation>&amp;Endre medlem…</translation>
    </message>
    <message>
      <source>Advarsel om samtykke</source>
      <translation>Åtvaring om samtykke</translation>
    </message>
    <message>
      <source>Ansvarlig</source>
      <translation>Ansvarleg</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Eksporter &amp;invitasjon (.ics)…</source>
      <translation>Eksporter &amp;invitasjon (.ics)…</translation>
    </message>
    <message>
      <source>Eksporter likevel</source>
      <translation>Eksporter likevel</translation>
    </message>
    <message>
      <source>Endre det valgte medlemmet (Enter i tabellen)</source>
      <translation>Endre det valde medlemmet (Enter i tabellen)</translation>
    </message>
    <message>
      <source>Fjer&amp;n medlem…</source>
      <translation>Fjer&amp;n medlem…</translation>
    </message>
    <message>
      <source>Fjern</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <source>Fjern det valgte medlemmet (Delete i tabellen)</source>
      <translation>Fjern det valde medlemmet (Delete i tabellen)</translation>
    </message>
    <message>
      <source>Fjerne medlemmet?</source>
      <translation>Fjerne medlemmet?</translation>
    </message>
    <message>
      <source>Fjerne {name} fra ansvarsgruppen?

Er {name} nevnt i et møte, blir {name} stående som tidligere medlem, så referatene er hele. Ellers slettes {name} fra gruppen.</source>
      <translation>Fjerne {name} frå ansvarsgruppa?

Er {name} nemnd i eit møte, blir {name} ståande som tidlegare medlem, så referata er heile. Elles blir {name} sletta frå gruppa.</translation>
    </message>
    <message>
      <source>Fra møtet</source>
      <translation>Frå møtet</translation>
    </message>
    <message>
      <source>Frist</source>
      <translation>Frist</translation>
    </message>
    <message>
      <source>Gi koordinatorrollen til det valgte medlemmet</source>
      <translation>Gi koordinatorrolla til det valde medlemmet</translation>
    </message>
    <message>
      <source>Gjør den valgte oppgaven til et tiltak i klientens individuelle plan</source>
      <translation>Gjer den valde oppgåva til eit tiltak i den individuelle planen til klienten</translation>
    </message>
    <message>
      <source>Gjør til &amp;tiltak i IP…</source>
      <translation>Gjer til &amp;tiltak i IP…</translation>
    </message>
    <message>
      <source>Gjør til koo&amp;rdinator</source>
      <translation>Gjer til koo&amp;rdinator</translation>
    </message>
    <message>
      <source>Ikke fjern</source>
      <translation>Ikkje fjern</translation>
    </message>
    <message>
      <source>Ikke fjernet</source>
      <translation>Ikkje fjerna</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Ikkje lagra</translation>
    </message>
    <message>
      <source>Ikke slett</source>
      <translation>Ikkje slett</translation>
    </message>
    <message>
      <source>Ingen medlemmer ennå. Velg «Nytt medlem…»; den første blir koordinator.</source>
      <translation>Ingen medlemmer enno. Vel «Nytt medlem…»; den første blir koordinator.</translation>
    </message>
    <message>
      <source>Ingen møter ennå. Velg «Nytt møte…».</source>
      <translation>Ingen møte enno. Vel «Nytt møte…».</translation>
    </message>
    <message>
      <source>Ingen åpne oppgaver.</source>
      <translation>Ingen opne oppgåver.</translation>
    </message>
    <message>
      <source>Invitasjonen ble ikke laget</source>
      <translation>Invitasjonen vart ikkje laga</translation>
    </message>
    <message>
      <source>Invitasjonen ble ikke lagret</source>
      <translation>Invitasjonen vart ikkje lagra</translation>
    </message>
    <message>
      <source>Invitasjonen er lagret i {path}. Åpne den i Outlook eller en annen kalender for å sende den til medlemmene.</source>
      <translation>Invitasjonen er lagra i {path}. Opne den i Outlook eller ein annan kalender for å sende den til medlemmene.</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Kalenderfil (*.ics)</source>
      <translation>Kalenderfil (*.ics)</translation>
    </message>
    <message>
      <source>Kan ikke åpne medlemmet</source>
      <translation>Kan ikkje opne medlemmet</translation>
    </message>
    <message>
      <source>Kan ikke åpne møtet</source>
      <translation>Kan ikkje opne møtet</translation>
    </message>
    <message>
      <source>Klientens navn i invitasjonen?</source>
      <translation>Klientnamnet i invitasjonen?</translation>
    </message>
    <message>
      <source>Lagre invitasjonen</source>
      <translation>Lagre invitasjonen</translation>
    </message>
    <message>
      <source>Lagre møtet som kalenderinvitasjon for Outlook og andre kalendere</source>
      <translation>Lagre møtet som kalenderinvitasjon for Outlook og andre kalendrar</translation>
    </message>
    <message>
      <source>Medlemmer</source>
      <translation>Medlemmer</translation>
    </message>
    <message>
      <source>Merk den valgte oppgaven som utført i dag</source>
      <translation>Merk den valde oppgåva som utført i dag</translation>
    </message>
    <message>
      <source>Merk som &amp;utført</source>
      <translation>Merk som &amp;utført</translation>
    </message>
    <message>
      <source>Møter</source>
      <translation>Møte</translation>
    </message>
    <message>
      <source>Møtet ble ikke slettet</source>
      <translation>Møtet vart ikkje sletta</translation>
    </message>
    <message>
      <source>Møtet {when} er slettet.</source>
      <translation>Møtet {when} er sletta.</translation>
    </message>
    <message>
      <source>Neste møte</source>
      <translation>Neste møte</translation>
    </message>
    <message>
      <source>Neste møte er avtalt til {when} (i møtet {day}). «Nytt møte…» planlegger det.</source>
      <translation>Neste møte er avtalt til {when} (i møtet {day}). «Nytt møte…» planlegg det.</translation>
    </message>
    <message>
      <source>Nytt &amp;medlem…</source>
      <translation>Nytt &amp;medlem…</translation>
    </message>
    <message>
      <source>Nytt m&amp;øte…</source>
      <translation>Nytt m&amp;øte…</translation>
    </message>
    <message>
      <source>Nytt medlem, også fra nettverket eller andre grupper (Insert i tabellen)</source>
      <translation>Nytt medlem, også frå nettverket eller andre grupper (Insert i tabellen)</translation>
    </message>
    <message>
      <source>Nytt møte; åpne oppgaver fra forrige møte står på sakslisten (Insert)</source>
      <translation>Nytt møte; opne oppgåver frå førre møte står på sakslista (Insert)</translation>
    </message>
    <message>
      <source>Oppgave</source>
      <translation>Oppgåve</translation>
    </message>
    <message>
      <source>Referat som P&amp;DF…</source>
      <translation>Referat som P&amp;DF…</translation>
    </message>
    <message>
      <source>Referatet fra det valgte møtet, til å skrive ut eller lagre (Ctrl+P i tabellen)</source>
      <translation>Referatet frå det valde møtet, til å skrive ut eller lagre (Ctrl+P i tabellen)</translation>
    </message>
    <message>
      <source>S&amp;lett møte…</source>
      <translation>S&amp;lett møte…</translation>
    </message>
    <message>
      <source>Slett det valgte møtet (Delete i tabellen)</source>
      <translation>Slett det valde møtet (Delete i tabellen)</translation>
    </message>
    <message>
      <source>Slett møtet</source>
      <translation>Slett møtet</translation>
    </message>
    <message>
      <source>Slette møtet {when}?

Sakslisten, referatet og oppgavene fra møtet blir borte. Dette kan ikke angres.</source>
      <translation>Slette møtet {when}?

Sakslista, referatet og oppgåvene frå møtet blir borte. Dette kan ikkje angrast.</translation>
    </message>
    <message>
      <source>Slette møtet?</source>
      <translation>Slette møtet?</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Stad</translation>
    </message>
    <message>
      <source>Stedet «{place}» ser ut til å inneholde klientens navn. Invitasjonen havner i alle medlemmenes kalendere og skal ikke vise hvem gruppen gjelder. Eksportere likevel?</source>
      <translation>Staden «{place}» ser ut til å innehalde namnet til klienten. Invitasjonen hamnar i kalendrane til alle medlemmene og skal ikkje vise kven gruppa gjeld. Eksportere likevel?</translation>
    </message>
    <message>
      <source>Tidspunkt</source>
      <translation>Tidspunkt</translation>
    </message>
    <message>
      <source>Tiltak i IP</source>
      <translation>Tiltak i IP</translation>
    </message>
    <message>
      <source>Tiltakene i den individuelle planen som kom fra møtet, blir stående i planen.</source>
      <translation>Tiltaka i den individuelle planen som kom frå møtet, blir ståande i planen.</translation>
    </message>
    <message>
      <source>Uten e-post, ikke invitert: {names}.</source>
      <translation>Utan e-post, ikkje invitert: {names}.</translation>
    </message>
    <message>
      <source>forfalt</source>
      <translation>over fristen</translation>
    </message>
    <message>
      <source>{name} (sluttet {date})</source>
      <translation>{name} (slutta {date})</translation>
    </message>
    <message>
      <source>{name} er ansvarlig for oppgaver som ikke er utført: {items}. Gi dem til en annen eller merk dem som utført først.</source>
      <translation>{name} er ansvarleg for oppgåver som ikkje er utførte: {items}. Gi dei til ein annan eller merk dei som utførte først.</translation>
    </message>
    <message>
      <source>{name} er koordinator, og gruppen har andre medlemmer. Gjør en annen til koordinator først.</source>
      <translation>{name} er koordinator, og gruppa har andre medlemmer. Gjer ein annan til koordinator først.</translation>
    </message>
    <message>
      <source>{name} er lagret i ansvarsgruppen.</source>
      <translation>{name} er lagra i ansvarsgruppa.</translation>
    </message>
    <message>
      <source>{name} er nevnt i møtereferater og står nå som tidligere medlem (sluttet {date}).</source>
      <translation>{name} er nemnd i møtereferat og står no som tidlegare medlem (slutta {date}).</translation>
    </message>
    <message>
      <source>{name} er nå koordinator.</source>
      <translation>{name} er no koordinator.</translation>
    </message>
    <message>
      <source>{name} er slettet fra ansvarsgruppen.</source>
      <translation>{name} er sletta frå ansvarsgruppa.</translation>
    </message>
    <message>
      <source>{name} har allerede sluttet i gruppen og står i møtereferatene.</source>
      <translation>{name} har allereie slutta i gruppa og står i møtereferata.</translation>
    </message>
    <message>
      <source>«{item}» er merket som utført.</source>
      <translation>«{item}» er merkt som utført.</translation>
    </message>
    <message>
      <source>«{item}» er nå et tiltak i den individuelle planen.</source>
      <translation>«{item}» er no eit tiltak i den individuelle planen.</translation>
    </message>
    <message>
      <source>Å&amp;pne møte…</source>
      <translation>O&amp;pne møte…</translation>
    </message>
    <message>
      <source>Åpne det valgte møtet: referat, oppgaver og tiltak (Enter i tabellen)</source>
      <translation>Opne det valde møtet: referat, oppgåver og tiltak (Enter i tabellen)</translation>
    </message>
    <message>
      <source>Åpne oppgaver</source>
      <translation>Opne oppgåver</translation>
    </message>
    <message>
      <source>Åpne oppgaver fra møtene</source>
      <translation>Opne oppgåver frå møta</translation>
    </message>
    <message>
      <source>→ tiltak i IP</source>
      <translation>→ tiltak i IP</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <source>&amp;Emner:</source>
      <translation>&amp;Emne:</translation>
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
      <translation>Alt+T</translation>
    </message>
    <message>
      <source>Ansvarsgruppe og individuell plan</source>
      <translation>Ansvarsgruppe og individuell plan</translation>
    </message>
    <message>
      <source>Denne hjelpesiden mangler i installasjonen.</source>
      <translation>Denne hjelpesida manglar i installasjonen.</translation>
    </message>
    <message>
      <source>Emner i hjelpen</source>
      <translation>Emne i hjelpa</translation>
    </message>
    <message>
      <source>Forrige side (også fra et tekstfelt)</source>
      <translation>Førre side (også frå eit tekstfelt)</translation>
    </message>
    <message>
      <source>Fra søkefeltet ned i klientlisten</source>
      <translation>Frå søkjefeltet ned i klientlista</translation>
    </message>
    <message>
      <source>Henvisningsforløpet</source>
      <translation>Tilvisingsforløpet</translation>
    </message>
    <message>
      <source>Henvisningsveiviseren</source>
      <translation>Tilvisingsvegvisaren</translation>
    </message>
    <message>
      <source>Hjelp – {topic}</source>
      <translation>Hjelp – {topic}</translation>
    </message>
    <message>
      <source>Hjelpetekst</source>
      <translation>Hjelpetekst</translation>
    </message>
    <message>
      <source>Hurtigtaster</source>
      <translation>Hurtigtastar</translation>
    </message>
    <message>
      <source>Hva</source>
      <translation>Kva</translation>
    </message>
    <message>
      <source>I henvisningsveiviseren</source>
      <translation>I tilvisingsvegvisaren</translation>
    </message>
    <message>
      <source>I hjelpen</source>
      <translation>I hjelpa</translation>
    </message>
    <message>
      <source>I hovedvinduet</source>
      <translation>I hovudvindauget</translation>
    </message>
    <message>
      <source>I lister og skjemaer</source>
      <translation>I lister og skjema</translation>
    </message>
    <message>
      <source>Lagre skjemaet</source>
      <translation>Lagre skjemaet</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Lukk hjelpen</source>
      <translation>Lukk hjelpa</translation>
    </message>
    <message>
      <source>Lukk – det du har skrevet, er lagret som utkast</source>
      <translation>Lukk – det du har skrive, er lagra som utkast</translation>
    </message>
    <message>
      <source>Lukke skjemaet (spør først hvis noe er endret)</source>
      <translation>Lukke skjemaet (spør først om noko er endra)</translation>
    </message>
    <message>
      <source>Neste fane i klientvisningen</source>
      <translation>Neste fane i klientvisinga</translation>
    </message>
    <message>
      <source>Neste felt / forrige felt, også ut av et tekstfelt</source>
      <translation>Neste felt / førre felt, også ut av eit tekstfelt</translation>
    </message>
    <message>
      <source>Neste side (også fra et tekstfelt)</source>
      <translation>Neste side (også frå eit tekstfelt)</translation>
    </message>
    <message>
      <source>Neste side (siste side: send), utenom i tekstfelt med flere linjer</source>
      <translation>Neste side (siste side: send), utanom i tekstfelt med fleire linjer</translation>
    </message>
    <message>
      <source>Ny rad / fjern rad i tabellen i en fane</source>
      <translation>Ny rad / fjern rad i tabellen i ein fane</translation>
    </message>
    <message>
      <source>Nødnumre</source>
      <translation>Naudnummer</translation>
    </message>
    <message>
      <source>Personvern og sikkerhet</source>
      <translation>Personvern og sikkerheit</translation>
    </message>
    <message>
      <source>Send henvisningen (på siste side)</source>
      <translation>Send tilvisinga (på siste side)</translation>
    </message>
    <message>
      <source>Større / mindre tekst</source>
      <translation>Større / mindre tekst</translation>
    </message>
    <message>
      <source>Taster</source>
      <translation>Tastar</translation>
    </message>
    <message>
      <source>Ved fare for liv: ring 113. Legevakt: ring 116 117.</source>
      <translation>Ved fare for liv: ring 113. Legevakt: ring 116 117.</translation>
    </message>
    <message>
      <source>Åpne klienten eller raden som er valgt</source>
      <translation>Opne klienten eller rada som er vald</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>&amp;Avslutt rustool</source>
      <translation>&amp;Avslutt rustool</translation>
    </message>
    <message>
      <source>&amp;Passordfrase</source>
      <translation>&amp;Passordfrase</translation>
    </message>
    <message>
      <source>Avslutt rustool</source>
      <translation>Avslutt rustool</translation>
    </message>
    <message>
      <source>Avslutte rustool?</source>
      <translation>Avslutte rustool?</translation>
    </message>
    <message>
      <source>Avslutte uten å låse opp? Det du ikke har lagret, går tapt.</source>
      <translation>Avslutte utan å låse opp? Det du ikkje har lagra, går tapt.</translation>
    </message>
    <message>
      <source>Fortsett låst</source>
      <translation>Bli verande låst</translation>
    </message>
    <message>
      <source>Lås &amp;opp</source>
      <translation>Lås &amp;opp</translation>
    </message>
    <message>
      <source>Passordfrase</source>
      <translation>Passordfrase</translation>
    </message>
    <message>
      <source>rustool er låst</source>
      <translation>rustool er låst</translation>
    </message>
    <message>
      <source>rustool er låst.</source>
      <translation>rustool er låst.</translation>
    </message>
    <message>
      <source>rustool er låst. Skriv passordfrasen for å låse opp.</source>
      <translation>rustool er låst. Skriv passordfrasen for å låse opp.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Ansvarsgruppe og individuell plan</source>
      <translation>&amp;Ansvarsgruppe og individuell plan</translation>
    </message>
    <message>
      <source>&amp;Avslutt</source>
      <translation>&amp;Avslutt</translation>
    </message>
    <message>
      <source>&amp;Dagens oversikt</source>
      <translation>&amp;Dagsoversikt</translation>
    </message>
    <message>
      <source>&amp;Endre passordfrase…</source>
      <translation>&amp;Endre passordfrase…</translation>
    </message>
    <message>
      <source>&amp;Fil</source>
      <translation>&amp;Fil</translation>
    </message>
    <message>
      <source>&amp;Finn klient</source>
      <translation>&amp;Finn klient</translation>
    </message>
    <message>
      <source>&amp;Gjenopprett fra sikkerhetskopi…</source>
      <translation>&amp;Gjenopprett frå sikkerheitskopi…</translation>
    </message>
    <message>
      <source>&amp;Henvisningsforløpet</source>
      <translation>&amp;Tilvisingsforløpet</translation>
    </message>
    <message>
      <source>&amp;Hjelp</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <source>&amp;Innstillinger…</source>
      <translation>&amp;Innstillingar…</translation>
    </message>
    <message>
      <source>&amp;Klient</source>
      <translation>&amp;Klient</translation>
    </message>
    <message>
      <source>&amp;Lås</source>
      <translation>&amp;Lås</translation>
    </message>
    <message>
      <source>&amp;Ny klient…</source>
      <translation>&amp;Ny klient…</translation>
    </message>
    <message>
      <source>&amp;Nødnumre</source>
      <translation>&amp;Naudnummer</translation>
    </message>
    <message>
      <source>&amp;Personvern og sikkerhet</source>
      <translation>&amp;Personvern og sikkerheit</translation>
    </message>
    <message>
      <source>&amp;Søk:</source>
      <translation>&amp;Søk:</translation>
    </message>
    <message>
      <source>&amp;Vis:</source>
      <translation>&amp;Vis:</translation>
    </message>
    <message>
      <source>1 klient</source>
      <translation>1 klient</translation>
    </message>
    <message>
      <source>Aktive</source>
      <translation>Aktive</translation>
    </message>
    <message>
      <source>Alle</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>Antall klienter</source>
      <translation>Tal på klientar</translation>
    </message>
    <message>
      <source>Avsluttede</source>
      <translation>Avslutta</translation>
    </message>
    <message>
      <source>Henvisnings&amp;veiviseren</source>
      <translation>Tilvisings&amp;vegvisaren</translation>
    </message>
    <message>
      <source>Hurtig&amp;taster</source>
      <translation>&amp;Hurtigtastar</translation>
    </message>
    <message>
      <source>Kan ikke åpne innstillingene</source>
      <translation>Kan ikkje opne innstillingane</translation>
    </message>
    <message>
      <source>Klientliste</source>
      <translation>Klientliste</translation>
    </message>
    <message>
      <source>Logg &amp;over innsyn…</source>
      <translation>Logg &amp;over innsyn…</translation>
    </message>
    <message>
      <source>Søk etter klient</source>
      <translation>Søk etter klient</translation>
    </message>
    <message>
      <source>Søk på navn, fødselsnummer eller telefon</source>
      <translation>Søk på namn, fødselsnummer eller telefon</translation>
    </message>
    <message>
      <source>Ta &amp;sikkerhetskopi…</source>
      <translation>Ta &amp;sikkerheitskopi…</translation>
    </message>
    <message>
      <source>Til oversikten</source>
      <translation>Til oversikten</translation>
    </message>
    <message>
      <source>Tilbake til dagens oversikt (Ctrl+D)</source>
      <translation>Tilbake til dagsoversikten (Ctrl+D)</translation>
    </message>
    <message>
      <source>Vis klienter</source>
      <translation>Vis klientar</translation>
    </message>
    <message>
      <source>{count} klienter</source>
      <translation>{count} klientar</translation>
    </message>
    <message>
      <source>← Til oversikten</source>
      <translation>← Til oversikten</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <source>&amp;Neste møte</source>
      <translation>&amp;Neste møte</translation>
    </message>
    <message>
      <source>&amp;Referat som PDF…</source>
      <translation>&amp;Referat som PDF…</translation>
    </message>
    <message>
      <source>&amp;Start</source>
      <translation>&amp;Start</translation>
    </message>
    <message>
      <source>&amp;Vedtak</source>
      <translation>&amp;Vedtak</translation>
    </message>
    <message>
      <source>(ingen valgt)</source>
      <translation>(ingen vald)</translation>
    </message>
    <message>
      <source>(sluttet)</source>
      <translation>(slutta)</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Behold oppgaven</source>
      <translation>Behald oppgåva</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.ÅÅÅÅ TT:MM</translation>
    </message>
    <message>
      <source>Det er ikke et samtykke til individuell plan som gjelder i dag.</source>
      <translation>Det er ikkje noko samtykke til individuell plan som gjeld i dag.</translation>
    </message>
    <message>
      <source>Dette er allerede et tiltak i planen.</source>
      <translation>Dette er allereie eit tiltak i planen.</translation>
    </message>
    <message>
      <source>Er allerede registrert i oppmøtet.</source>
      <translation>Er allereie registrert i oppmøtet.</translation>
    </message>
    <message>
      <source>Er ikke medlem av gruppen.</source>
      <translation>Er ikkje medlem av gruppa.</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Felt merkte med * må fyllast ut.</translation>
    </message>
    <message>
      <source>Fjern oppgaven</source>
      <translation>Fjern oppgåva</translation>
    </message>
    <message>
      <source>Fjern punktet</source>
      <translation>Fjern punktet</translation>
    </message>
    <message>
      <source>Fjerne oppgaven?</source>
      <translation>Fjerne oppgåva?</translation>
    </message>
    <message>
      <source>Flytt ned</source>
      <translation>Flytt ned</translation>
    </message>
    <message>
      <source>Flytt opp</source>
      <translation>Flytt opp</translation>
    </message>
    <message>
      <source>Flytt punktet ned (Alt+Pil ned)</source>
      <translation>Flytt punktet ned (Alt+Pil ned)</translation>
    </message>
    <message>
      <source>Flytt punktet opp (Alt+Pil opp)</source>
      <translation>Flytt punktet opp (Alt+Pil opp)</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Forkast endringane</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Forkaste endringane?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i møtet siden det sist ble lagret, blir ikke lagret.</source>
      <translation>Forkaste endringane?

Det du har skrive i møtet sidan det sist vart lagra, blir ikkje lagra.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Hald fram med å redigere</translation>
    </message>
    <message>
      <source>Frist</source>
      <translation>Frist</translation>
    </message>
    <message>
      <source>Gjør den merkede teksten i vedtakene (eller alt, når ingenting er merket) til et tiltak i klientens individuelle plan</source>
      <translation>Gjer den merkte teksten i vedtaka (eller alt, når ingenting er merkt) til eit tiltak i den individuelle planen til klienten</translation>
    </message>
    <message>
      <source>Gjør oppgaven til et tiltak under et av målene i klientens individuelle plan</source>
      <translation>Gjer oppgåva til eit tiltak under eitt av måla i den individuelle planen til klienten</translation>
    </message>
    <message>
      <source>Gjør til tiltak i IP…</source>
      <translation>Gjer til tiltak i IP…</translation>
    </message>
    <message>
      <source>Gjør vedtak til tiltak i &amp;IP…</source>
      <translation>Gjer vedtak til tiltak i &amp;IP…</translation>
    </message>
    <message>
      <source>Gruppen har ingen medlemmer ennå.</source>
      <translation>Gruppa har ingen medlemmer enno.</translation>
    </message>
    <message>
      <source>Hva</source>
      <translation>Kva</translation>
    </message>
    <message>
      <source>Hvem</source>
      <translation>Kven</translation>
    </message>
    <message>
      <source>Ikke gjort til tiltak</source>
      <translation>Ikkje gjort til tiltak</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Ikkje lagra</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket:</source>
      <translation>Ikkje lagra. Rett det som er merkt:</translation>
    </message>
    <message>
      <source>Ingen tiltak i IP fra dette møtet ennå.</source>
      <translation>Ingen tiltak i IP frå dette møtet enno.</translation>
    </message>
    <message>
      <source>Ingen vedtak</source>
      <translation>Ingen vedtak</translation>
    </message>
    <message>
      <source>Kan ikke være før møtedagen.</source>
      <translation>Kan ikkje vere før møtedagen.</translation>
    </message>
    <message>
      <source>Klienten har ikke et samtykke til individuell plan som gjelder i dag. Registrer samtykket i fanen «Samtykker» først.</source>
      <translation>Klienten har ikkje noko samtykke til individuell plan som gjeld i dag. Registrer samtykket i fanen «Samtykke» først.</translation>
    </message>
    <message>
      <source>Klienten har ingen individuell plan ennå. Lag planen først; da kan oppgaver og vedtak fra møtene bli tiltak i den.</source>
      <translation>Klienten har ingen individuell plan enno. Lag planen først; då kan oppgåver og vedtak frå møta bli tiltak i den.</translation>
    </message>
    <message>
      <source>Klienten har ingen individuell plan.</source>
      <translation>Klienten har ingen individuell plan.</translation>
    </message>
    <message>
      <source>Klienten har takket nei til individuell plan, så planen kan ikke få tiltak.</source>
      <translation>Klienten har takka nei til individuell plan, så planen kan ikkje få tiltak.</translation>
    </message>
    <message>
      <source>Klienten har takket nei til individuell plan.</source>
      <translation>Klienten har takka nei til individuell plan.</translation>
    </message>
    <message>
      <source>Kunne ikke lese møtet</source>
      <translation>Kunne ikkje lese møtet</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>Lagre møtet først?</source>
      <translation>Lagre møtet først?</translation>
    </message>
    <message>
      <source>Lagre og fortsett</source>
      <translation>Lagre og hald fram</translation>
    </message>
    <message>
      <source>Lagre og fortsett å skrive (Ctrl+S)</source>
      <translation>Lagre og hald fram med å skrive (Ctrl+S)</translation>
    </message>
    <message>
      <source>Lagre og lukk</source>
      <translation>Lagre og lukk</translation>
    </message>
    <message>
      <source>Lagre og lukk (Ctrl+Enter)</source>
      <translation>Lagre og lukk (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Lagre, og se referatet som PDF for å skrive det ut eller lagre det (Ctrl+P)</source>
      <translation>Lagre, og sjå referatet som PDF for å skrive det ut eller lagre det (Ctrl+P)</translation>
    </message>
    <message>
      <source>Lagres ikke automatisk lenger: {reason}</source>
      <translation>Blir ikkje lagra automatisk lenger: {reason}</translation>
    </message>
    <message>
      <source>Lagret</source>
      <translation>Lagra</translation>
    </message>
    <message>
      <source>Lagret automatisk kl. {time}.</source>
      <translation>Lagra automatisk kl. {time}.</translation>
    </message>
    <message>
      <source>Lagret kl. {time}.</source>
      <translation>Lagra kl. {time}.</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Lukk (Esc); spør først om endringer som ikke er lagret</source>
      <translation>Lukk (Esc); spør først om endringar som ikkje er lagra</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Må fyllast ut.</translation>
    </message>
    <message>
      <source>Må være etter starttidspunktet.</source>
      <translation>Må vere etter starttidspunktet.</translation>
    </message>
    <message>
      <source>Mål {goal}, tiltak {measure}: {description} ({source})</source>
      <translation>Mål {goal}, tiltak {measure}: {description} ({source})</translation>
    </message>
    <message>
      <source>Mål {number} ({area}): {description}</source>
      <translation>Mål {number} ({area}): {description}</translation>
    </message>
    <message>
      <source>Målet finnes ikke lenger i planen.</source>
      <translation>Målet finst ikkje lenger i planen.</translation>
    </message>
    <message>
      <source>Møte i ansvarsgruppen {when}</source>
      <translation>Møte i ansvarsgruppa {when}</translation>
    </message>
    <message>
      <source>Møtet må lagres før noe i det kan bli et tiltak i planen.

Lagre møtet nå?</source>
      <translation>Møtet må lagrast før noko i det kan bli eit tiltak i planen.

Lagre møtet no?</translation>
    </message>
    <message>
      <source>Neste møte</source>
      <translation>Neste møte</translation>
    </message>
    <message>
      <source>Ny &amp;oppgave</source>
      <translation>Ny &amp;oppgåve</translation>
    </message>
    <message>
      <source>Nytt &amp;punkt på sakslisten</source>
      <translation>Nytt &amp;punkt på sakslista</translation>
    </message>
    <message>
      <source>Nytt møte i ansvarsgruppen</source>
      <translation>Nytt møte i ansvarsgruppa</translation>
    </message>
    <message>
      <source>Oppgave {number}</source>
      <translation>Oppgåve {number}</translation>
    </message>
    <message>
      <source>Oppgaven er blitt et tiltak i den individuelle planen. Tiltaket blir stående i planen, men lenken til oppgaven forsvinner når møtet lagres.

Fjerne oppgaven?</source>
      <translation>Oppgåva har blitt eit tiltak i den individuelle planen. Tiltaket blir ståande i planen, men lenka til oppgåva forsvinn når møtet blir lagra.

Fjerne oppgåva?</translation>
    </message>
    <message>
      <source>Oppgaver</source>
      <translation>Oppgåver</translation>
    </message>
    <message>
      <source>Oppmøte</source>
      <translation>Oppmøte</translation>
    </message>
    <message>
      <source>Oppmøte for {name}</source>
      <translation>Oppmøte for {name}</translation>
    </message>
    <message>
      <source>Planen har ingen mål ennå. Et tiltak hører til et mål: legg til målet først.</source>
      <translation>Planen har ingen mål enno. Eit tiltak høyrer til eit mål: legg til målet først.</translation>
    </message>
    <message>
      <source>Punkt {number}</source>
      <translation>Punkt {number}</translation>
    </message>
    <message>
      <source>Referat</source>
      <translation>Referat</translation>
    </message>
    <message>
      <source>Referat, punkt {number}</source>
      <translation>Referat, punkt {number}</translation>
    </message>
    <message>
      <source>S&amp;lutt</source>
      <translation>S&amp;lutt</translation>
    </message>
    <message>
      <source>S&amp;ted</source>
      <translation>S&amp;tad</translation>
    </message>
    <message>
      <source>Saksliste og referat</source>
      <translation>Saksliste og referat</translation>
    </message>
    <message>
      <source>Skriv vedtaket først, og merk teksten som skal bli tiltaket.</source>
      <translation>Skriv vedtaket først, og merk teksten som skal bli tiltaket.</translation>
    </message>
    <message>
      <source>Slutt</source>
      <translation>Slutt</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Stad</translation>
    </message>
    <message>
      <source>Tid og sted</source>
      <translation>Tid og stad</translation>
    </message>
    <message>
      <source>Tiltak i IP</source>
      <translation>Tiltak i IP</translation>
    </message>
    <message>
      <source>Tiltak i IP fra dette møtet</source>
      <translation>Tiltak i IP frå dette møtet</translation>
    </message>
    <message>
      <source>Tittel</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <source>Tittel, punkt {number}</source>
      <translation>Tittel, punkt {number}</translation>
    </message>
    <message>
      <source>Utført</source>
      <translation>Utført</translation>
    </message>
    <message>
      <source>Vedtak</source>
      <translation>Vedtak</translation>
    </message>
    <message>
      <source>fra en oppgave som er fjernet</source>
      <translation>frå ei oppgåve som er fjerna</translation>
    </message>
    <message>
      <source>fra oppgave {number}</source>
      <translation>frå oppgåve {number}</translation>
    </message>
    <message>
      <source>fra vedtak</source>
      <translation>frå vedtak</translation>
    </message>
    <message>
      <source>fraværende</source>
      <translation>fråverande</translation>
    </message>
    <message>
      <source>ikke registrert</source>
      <translation>ikkje registrert</translation>
    </message>
    <message>
      <source>meldt forfall</source>
      <translation>meldt forfall</translation>
    </message>
    <message>
      <source>til stede</source>
      <translation>til stades</translation>
    </message>
    <message>
      <source>{field}, oppgave {number}</source>
      <translation>{field}, oppgåve {number}</translation>
    </message>
    <message>
      <source>{name} (ikke lenger medlem)</source>
      <translation>{name} (ikkje lenger medlem)</translation>
    </message>
    <message>
      <source>→ tiltak i IP (ikke lenger i planen)</source>
      <translation>→ tiltak i IP (ikkje lenger i planen)</translation>
    </message>
    <message>
      <source>→ tiltak under mål {number}</source>
      <translation>→ tiltak under mål {number}</translation>
    </message>
  </context>
  <context>
    <name>MemberChoiceDialog</name>
    <message>
      <source>&amp;Velg medlemmene som skal delta i planen (Ctrl+klikk for flere):</source>
      <translation>&amp;Vel medlemmene som skal delta i planen (Ctrl+klikk for fleire):</translation>
    </message>
    <message>
      <source>Deltakere fra ansvarsgruppen</source>
      <translation>Deltakarar frå ansvarsgruppa</translation>
    </message>
    <message>
      <source>Legg til</source>
      <translation>Legg til</translation>
    </message>
    <message>
      <source>Medlemmer i ansvarsgruppen</source>
      <translation>Medlemmer i ansvarsgruppa</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <source>&amp;Velg fra nettverket eller tidligere grupper:</source>
      <translation>&amp;Vel frå nettverket eller tidlegare grupper:</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Avbryt (Esc)</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.ÅÅÅÅ TT:MM</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>E-post</translation>
    </message>
    <message>
      <source>Endre medlem</source>
      <translation>Endre medlem</translation>
    </message>
    <message>
      <source>Er allerede medlem av gruppen.</source>
      <translation>Er allereie medlem av gruppa.</translation>
    </message>
    <message>
      <source>Et tidligere medlem kan ikke være koordinator.</source>
      <translation>Eit tidlegare medlem kan ikkje vere koordinator.</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Felt merkte med * må fyllast ut.</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Forkast endringane</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Forkaste endringane?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i dette vinduet blir ikke lagret.</source>
      <translation>Forkaste endringane?

Det du har skrive i dette vindauget, blir ikkje lagra.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Hald fram med å redigere</translation>
    </message>
    <message>
      <source>Gruppen har allerede en koordinator ({name}). Det kan bare være én; bruk «Gjør til koordinator» i medlemslisten for å gi rollen videre.</source>
      <translation>Gruppa har allereie ein koordinator ({name}). Det kan berre vere éin; bruk «Gjer til koordinator» i medlemslista for å gi rolla vidare.</translation>
    </message>
    <message>
      <source>Gruppen har ingen koordinator ennå: én må være det.</source>
      <translation>Gruppa har ingen koordinator enno: éin må vere det.</translation>
    </message>
    <message>
      <source>Gruppen må ha én koordinator. Gi rollen til et annet medlem med «Gjør til koordinator» i medlemslisten.</source>
      <translation>Gruppa må ha éin koordinator. Gi rolla til eit anna medlem med «Gjer til koordinator» i medlemslista.</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Ikkje lagra</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Ikkje lagra. Rett det som er merkt.</translation>
    </message>
    <message>
      <source>Ingen – skriv inn en ny person</source>
      <translation>Ingen – skriv inn ein ny person</translation>
    </message>
    <message>
      <source>Koordinator</source>
      <translation>Koordinator</translation>
    </message>
    <message>
      <source>Koordinator nå: {name}. Bruk «Gjør til koordinator» i medlemslisten for å gi rollen videre.</source>
      <translation>Koordinator no: {name}. Bruk «Gjer til koordinator» i medlemslista for å gi rolla vidare.</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Lagre (Ctrl+S)</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Må fyllast ut.</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Nytt medlem i ansvarsgruppen</source>
      <translation>Nytt medlem i ansvarsgruppa</translation>
    </message>
    <message>
      <source>Organisasjon</source>
      <translation>Organisasjon</translation>
    </message>
    <message>
      <source>Rolle</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Velg fra nettverket eller tidligere grupper</source>
      <translation>Vel frå nettverket eller tidlegare grupper</translation>
    </message>
    <message>
      <source>annen gruppe</source>
      <translation>anna gruppe</translation>
    </message>
    <message>
      <source>fra {where}</source>
      <translation>frå {where}</translation>
    </message>
    <message>
      <source>nettverket</source>
      <translation>nettverket</translation>
    </message>
  </context>
  <context>
    <name>PartDialog</name>
    <message>
      <source>Endre avtale</source>
      <translation>Endre avtale</translation>
    </message>
    <message>
      <source>Endre barn eller søsken</source>
      <translation>Endre barn eller sysken</translation>
    </message>
    <message>
      <source>Endre person i nettverket</source>
      <translation>Endre person i nettverket</translation>
    </message>
    <message>
      <source>Endre samtykke</source>
      <translation>Endre samtykke</translation>
    </message>
    <message>
      <source>Ny avtale</source>
      <translation>Ny avtale</translation>
    </message>
    <message>
      <source>Ny person i nettverket</source>
      <translation>Ny person i nettverket</translation>
    </message>
    <message>
      <source>Nytt barn eller søsken</source>
      <translation>Nytt barn eller sysken</translation>
    </message>
    <message>
      <source>Nytt samtykke</source>
      <translation>Nytt samtykke</translation>
    </message>
  </context>
  <context>
    <name>PartTab</name>
    <message>
      <source>E&amp;ndre…</source>
      <translation>E&amp;ndre…</translation>
    </message>
    <message>
      <source>Endre den valgte (Enter i tabellen)</source>
      <translation>Endre den valde (Enter i tabellen)</translation>
    </message>
    <message>
      <source>F&amp;jern…</source>
      <translation>F&amp;jern…</translation>
    </message>
    <message>
      <source>Fjern</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <source>Fjern den valgte (Delete i tabellen)</source>
      <translation>Fjern den valde (Delete i tabellen)</translation>
    </message>
    <message>
      <source>Fjerne {row} fra journalen til {client}?

Dette kan ikke angres.</source>
      <translation>Fjerne {row} frå journalen til {client}?

Dette kan ikkje angrast.</translation>
    </message>
    <message>
      <source>Fjerne?</source>
      <translation>Fjerne?</translation>
    </message>
    <message>
      <source>Ikke fjern</source>
      <translation>Ikkje fjern</translation>
    </message>
    <message>
      <source>Ikke fjernet</source>
      <translation>Ikkje fjerna</translation>
    </message>
    <message>
      <source>Ingenting registrert her ennå. Velg «Legg til…».</source>
      <translation>Ingenting registrert her enno. Vel «Legg til…».</translation>
    </message>
    <message>
      <source>Legg &amp;til…</source>
      <translation>Legg &amp;til…</translation>
    </message>
    <message>
      <source>Legg til (Insert i tabellen)</source>
      <translation>Legg til (Insert i tabellen)</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <source>&amp;Lagre som PDF…</source>
      <translation>&amp;Lagre som PDF…</translation>
    </message>
    <message>
      <source>Dokumentet ble ikke laget: {reason}</source>
      <translation>Dokumentet vart ikkje laga: {reason}</translation>
    </message>
    <message>
      <source>Dokumentet er lukket.</source>
      <translation>Dokumentet er lukka.</translation>
    </message>
    <message>
      <source>Dokumentet er skrevet ut eller lagret, men det ble ikke registrert i loggen:
{reason}</source>
      <translation>Dokumentet er skrive ut eller lagra, men det vart ikkje registrert i loggen:
{reason}</translation>
    </message>
    <message>
      <source>For&amp;minsk</source>
      <translation>For&amp;minsk</translation>
    </message>
    <message>
      <source>For&amp;størr</source>
      <translation>For&amp;størr</translation>
    </message>
    <message>
      <source>Forhåndsvisning</source>
      <translation>Førehandsvising</translation>
    </message>
    <message>
      <source>Forhåndsvisning av sidene</source>
      <translation>Førehandsvising av sidene</translation>
    </message>
    <message>
      <source>Forminsk (Ctrl+-)</source>
      <translation>Forminsk (Ctrl+-)</translation>
    </message>
    <message>
      <source>Forstørr (Ctrl++)</source>
      <translation>Forstørr (Ctrl++)</translation>
    </message>
    <message>
      <source>Forstørrelse</source>
      <translation>Forstørring</translation>
    </message>
    <message>
      <source>Hele sidebredden i vinduet (Ctrl+0)</source>
      <translation>Heile sidebreidda i vindauget (Ctrl+0)</translation>
    </message>
    <message>
      <source>Ikke loggført</source>
      <translation>Ikkje loggført</translation>
    </message>
    <message>
      <source>Ikke skrevet ut</source>
      <translation>Ikkje skrive ut</translation>
    </message>
    <message>
      <source>Lager forhåndsvisning…</source>
      <translation>Lagar førehandsvising…</translation>
    </message>
    <message>
      <source>Lagre dokumentet som PDF-fil der du velger (Ctrl+S)</source>
      <translation>Lagre dokumentet som PDF-fil der du vel (Ctrl+S)</translation>
    </message>
    <message>
      <source>Lagre som PDF</source>
      <translation>Lagre som PDF</translation>
    </message>
    <message>
      <source>Lagret i {path}.</source>
      <translation>Lagra i {path}.</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Lukk (Esc)</source>
      <translation>Lukk (Esc)</translation>
    </message>
    <message>
      <source>PDF-dokument (*.pdf)</source>
      <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
      <source>PDF-en ble ikke lagret</source>
      <translation>PDF-en vart ikkje lagra</translation>
    </message>
    <message>
      <source>Sendt til skriveren: 1 side.</source>
      <translation>Sendt til skrivaren: 1 side.</translation>
    </message>
    <message>
      <source>Sendt til skriveren: {count} sider.</source>
      <translation>Sendt til skrivaren: {count} sider.</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Side</translation>
    </message>
    <message>
      <source>Side {page} av {count}</source>
      <translation>Side {page} av {count}</translation>
    </message>
    <message>
      <source>Sidene</source>
      <translation>Sidene</translation>
    </message>
    <message>
      <source>Sidene kan ikke vises: {reason}</source>
      <translation>Sidene kan ikkje visast: {reason}</translation>
    </message>
    <message>
      <source>Skriv &amp;ut…</source>
      <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
      <source>Skriv ut</source>
      <translation>Skriv ut</translation>
    </message>
    <message>
      <source>Skriv ut dokumentet (Ctrl+P)</source>
      <translation>Skriv ut dokumentet (Ctrl+P)</translation>
    </message>
    <message>
      <source>Skriver ut side {page} av {count}…</source>
      <translation>Utskrift: side {page} av {count}…</translation>
    </message>
    <message>
      <source>Skriveren tok ikke imot en ny side.</source>
      <translation>Skrivaren tok ikkje imot ei ny side.</translation>
    </message>
    <message>
      <source>Skriveren «{printer}» kan ikke brukes nå.</source>
      <translation>Skrivaren «{printer}» kan ikkje brukast no.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Tilpass &amp;bredden</source>
      <translation>Tilpass &amp;breidda</translation>
    </message>
    <message>
      <source>Utskriften ble avbrutt: {reason}</source>
      <translation>Utskrifta vart avbroten: {reason}</translation>
    </message>
    <message>
      <source>Utskriften ble ikke fullført.</source>
      <translation>Utskrifta vart ikkje fullført.</translation>
    </message>
    <message>
      <source>en uventet feil i dokumentet (detaljene står i loggen).</source>
      <translation>ein uventa feil i dokumentet (detaljane står i loggen).</translation>
    </message>
    <message>
      <source>{title} – forhåndsvisning</source>
      <translation>{title} – førehandsvising</translation>
    </message>
  </context>
  <context>
    <name>PlanDialogs</name>
    <message>
      <source>        Mål {number}: {note}</source>
      <translation>        Mål {number}: {note}</translation>
    </message>
    <message>
      <source>        Tiltak {number}: {measure} – {details}, {status}</source>
      <translation>        Tiltak {number}: {measure} – {details}, {status}</translation>
    </message>
    <message>
      <source>    Mål {number}: {goal} – {details}, {status}</source>
      <translation>    Mål {number}: {goal} – {details}, {status}</translation>
    </message>
    <message>
      <source>(ikke satt)</source>
      <translation>(ikkje sett)</translation>
    </message>
    <message>
      <source>Ansvarlig: {name}</source>
      <translation>Ansvarleg: {name}</translation>
    </message>
    <message>
      <source>Ansvarsgruppen: {names} (skriv for å velge).</source>
      <translation>Ansvarsgruppa: {names} (skriv for å velje).</translation>
    </message>
    <message>
      <source>Deltaker {n}</source>
      <translation>Deltakar {n}</translation>
    </message>
    <message>
      <source>Deltakere:</source>
      <translation>Deltakarar:</translation>
    </message>
    <message>
      <source>En evaluering kan ikke være før planen startet ({date}).</source>
      <translation>Ei evaluering kan ikkje vere før planen starta ({date}).</translation>
    </message>
    <message>
      <source>Endre evaluering</source>
      <translation>Endre evaluering</translation>
    </message>
    <message>
      <source>Endre mål {number}</source>
      <translation>Endre mål {number}</translation>
    </message>
    <message>
      <source>Endre planen</source>
      <translation>Endre planen</translation>
    </message>
    <message>
      <source>Endre tiltak under mål {number} {goal}</source>
      <translation>Endre tiltak under mål {number} {goal}</translation>
    </message>
    <message>
      <source>Er ikke et av valgene.</source>
      <translation>Er ikkje eitt av vala.</translation>
    </message>
    <message>
      <source>Evaluering {n}</source>
      <translation>Evaluering {n}</translation>
    </message>
    <message>
      <source>Evalueringer:</source>
      <translation>Evalueringar:</translation>
    </message>
    <message>
      <source>Individuell plan</source>
      <translation>Individuell plan</translation>
    </message>
    <message>
      <source>Individuell plan krever et samtykke av typen «Individuell plan» som er i kraft. Registrer samtykket først.</source>
      <translation>Individuell plan krev eit samtykke av typen «Individuell plan» som er i kraft. Registrer samtykket først.</translation>
    </message>
    <message>
      <source>Kan ikke være før planperioden starter ({start}).</source>
      <translation>Kan ikkje vere før planperioden startar ({start}).</translation>
    </message>
    <message>
      <source>Kan ikke være før «{field}» ({date}).</source>
      <translation>Kan ikkje vere før «{field}» ({date}).</translation>
    </message>
    <message>
      <source>Klienten takket nei til individuell plan</source>
      <translation>Klienten takka nei til individuell plan</translation>
    </message>
    <message>
      <source>Klienten takket nei til planen {date}.</source>
      <translation>Klienten takka nei til planen {date}.</translation>
    </message>
    <message>
      <source>Klientens egen beskrivelse av situasjonen og målene.</source>
      <translation>Klienten si eiga skildring av situasjonen og måla.</translation>
    </message>
    <message>
      <source>Må ligge innenfor planperioden ({start} – {end}).</source>
      <translation>Må liggje innanfor planperioden ({start} – {end}).</translation>
    </message>
    <message>
      <source>Mål og tiltak:</source>
      <translation>Mål og tiltak:</translation>
    </message>
    <message>
      <source>Mål {number} {goal}</source>
      <translation>Mål {number} {goal}</translation>
    </message>
    <message>
      <source>Mål {n}</source>
      <translation>Mål {n}</translation>
    </message>
    <message>
      <source>Målet finnes ikke i planen.</source>
      <translation>Målet finst ikkje i planen.</translation>
    </message>
    <message>
      <source>Målet har allerede et notat i denne evalueringen.</source>
      <translation>Målet har allereie eit notat i denne evalueringa.</translation>
    </message>
    <message>
      <source>Notat per mål</source>
      <translation>Notat per mål</translation>
    </message>
    <message>
      <source>Ny deltaker i planen</source>
      <translation>Ny deltakar i planen</translation>
    </message>
    <message>
      <source>Ny evaluering</source>
      <translation>Ny evaluering</translation>
    </message>
    <message>
      <source>Nytt mål</source>
      <translation>Nytt mål</translation>
    </message>
    <message>
      <source>Nytt tiltak under mål {number} {goal}</source>
      <translation>Nytt tiltak under mål {number} {goal}</translation>
    </message>
    <message>
      <source>Omfang: {scope}</source>
      <translation>Omfang: {scope}</translation>
    </message>
    <message>
      <source>Opprett individuell plan</source>
      <translation>Opprett individuell plan</translation>
    </message>
    <message>
      <source>Skriv målet med klientens egne ord.</source>
      <translation>Skriv målet med klienten sine eigne ord.</translation>
    </message>
    <message>
      <source>Takket nei dato</source>
      <translation>Takka nei dato</translation>
    </message>
    <message>
      <source>Tjeneste og person, for eksempel «NAV, Per Hansen».</source>
      <translation>Teneste og person, til dømes «NAV, Per Hansen».</translation>
    </message>
    <message>
      <source>Tjeneste og person. Deltakere og ansvarsgruppen: {names} (skriv for å velge).</source>
      <translation>Teneste og person. Deltakarar og ansvarsgruppa: {names} (skriv for å velje).</translation>
    </message>
    <message>
      <source>fra et møte i ansvarsgruppen</source>
      <translation>frå eit møte i ansvarsgruppa</translation>
    </message>
    <message>
      <source>fra møte {date}</source>
      <translation>frå møte {date}</translation>
    </message>
    <message>
      <source>ingen ansvarlig</source>
      <translation>ingen ansvarleg</translation>
    </message>
    <message>
      <source>måldato {date}</source>
      <translation>måldato {date}</translation>
    </message>
    <message>
      <source>notat {n}</source>
      <translation>notat {n}</translation>
    </message>
    <message>
      <source>start</source>
      <translation>start</translation>
    </message>
    <message>
      <source>tiltak {n}</source>
      <translation>tiltak {n}</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>&amp;Endre planen…</source>
      <translation>&amp;Endre planen…</translation>
    </message>
    <message>
      <source>&amp;Endre…</source>
      <translation>&amp;Endre…</translation>
    </message>
    <message>
      <source>&amp;Mål og tiltak</source>
      <translation>&amp;Mål og tiltak</translation>
    </message>
    <message>
      <source>&amp;Opprett plan…</source>
      <translation>&amp;Opprett plan…</translation>
    </message>
    <message>
      <source>&amp;Planen</source>
      <translation>&amp;Planen</translation>
    </message>
    <message>
      <source>&amp;Revisjoner</source>
      <translation>&amp;Revisjonar</translation>
    </message>
    <message>
      <source>Av</source>
      <translation>Av</translation>
    </message>
    <message>
      <source>De&amp;ltakere:</source>
      <translation>De&amp;ltakarar:</translation>
    </message>
    <message>
      <source>Deltakere</source>
      <translation>Deltakarar</translation>
    </message>
    <message>
      <source>Den lagrede planen kan ikke leses:</source>
      <translation>Den lagra planen kan ikkje lesast:</translation>
    </message>
    <message>
      <source>Detaljer</source>
      <translation>Detaljar</translation>
    </message>
    <message>
      <source>E&amp;ndre koordinator og notater…</source>
      <translation>E&amp;ndre koordinator og notat…</translation>
    </message>
    <message>
      <source>En&amp;dre evaluering…</source>
      <translation>En&amp;dre evaluering…</translation>
    </message>
    <message>
      <source>Endre den valgte evalueringen (Enter i tabellen)</source>
      <translation>Endre den valde evalueringa (Enter i tabellen)</translation>
    </message>
    <message>
      <source>Endre det valgte målet eller tiltaket (Enter i listen)</source>
      <translation>Endre det valde målet eller tiltaket (Enter i lista)</translation>
    </message>
    <message>
      <source>Endring</source>
      <translation>Endring</translation>
    </message>
    <message>
      <source>Eval&amp;ueringer</source>
      <translation>Eval&amp;ueringar</translation>
    </message>
    <message>
      <source>Evalueringer</source>
      <translation>Evalueringar</translation>
    </message>
    <message>
      <source>F&amp;jern deltaker…</source>
      <translation>F&amp;jern deltakar…</translation>
    </message>
    <message>
      <source>F&amp;jern…</source>
      <translation>F&amp;jern…</translation>
    </message>
    <message>
      <source>Fjern</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <source>Fjern den valgte (Delete i tabellen)</source>
      <translation>Fjern den valde (Delete i tabellen)</translation>
    </message>
    <message>
      <source>Fjern det valgte målet eller tiltaket (Delete i listen)</source>
      <translation>Fjern det valde målet eller tiltaket (Delete i lista)</translation>
    </message>
    <message>
      <source>Fjerne deltakeren?</source>
      <translation>Fjerne deltakaren?</translation>
    </message>
    <message>
      <source>Fjerne mål {number} «{goal}» med {measures} tiltak og notatene om målet i evalueringene?

Et mål som er fulgt opp, bør heller få status «avsluttet uten å nås». Planens tidligere revisjoner beholder målet.</source>
      <translation>Fjerne mål {number} «{goal}» med {measures} tiltak og notata om målet i evalueringane?

Eit mål som er følgt opp, bør heller få status «avslutta utan å nåast». Tidlegare revisjonar av planen beheld målet.</translation>
    </message>
    <message>
      <source>Fjerne tiltak {number} «{measure}» under mål {goal}?

Planens tidligere revisjoner beholder tiltaket.</source>
      <translation>Fjerne tiltak {number} «{measure}» under mål {goal}?

Tidlegare revisjonar av planen beheld tiltaket.</translation>
    </message>
    <message>
      <source>Fjerne {name} fra deltakerne i planen?</source>
      <translation>Fjerne {name} frå deltakarane i planen?</translation>
    </message>
    <message>
      <source>Fjerne?</source>
      <translation>Fjerne?</translation>
    </message>
    <message>
      <source>Ikke fjern</source>
      <translation>Ikkje fjern</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Ikkje lagra</translation>
    </message>
    <message>
      <source>Individuell plan</source>
      <translation>Individuell plan</translation>
    </message>
    <message>
      <source>Individuell plan krever samtykke fra klienten (et samtykke av typen «Individuell plan» som er i kraft), og klienten har ikke et slikt samtykke nå. Registrer samtykket når klienten har gitt det. Takker klienten nei, registrer det: klienten skal få tilbud om koordinator likevel.</source>
      <translation>Individuell plan krev samtykke frå klienten (eit samtykke av typen «Individuell plan» som er i kraft), og klienten har ikkje noko slikt samtykke no. Registrer samtykket når klienten har gitt det. Takkar klienten nei, registrer det: klienten skal få tilbod om koordinator likevel.</translation>
    </message>
    <message>
      <source>Ingen deltakere registrert ennå.</source>
      <translation>Ingen deltakarar registrerte enno.</translation>
    </message>
    <message>
      <source>Ingen evalueringer ennå.</source>
      <translation>Ingen evalueringar enno.</translation>
    </message>
    <message>
      <source>Ingen mål ennå. Velg «Nytt mål…».</source>
      <translation>Ingen mål enno. Vel «Nytt mål…».</translation>
    </message>
    <message>
      <source>Kan ikke vise revisjonen</source>
      <translation>Kan ikkje vise revisjonen</translation>
    </message>
    <message>
      <source>Klienten har samtykket til individuell plan. Planen er ikke opprettet ennå: velg «Opprett plan…».</source>
      <translation>Klienten har samtykt til individuell plan. Planen er ikkje oppretta enno: vel «Opprett plan…».</translation>
    </message>
    <message>
      <source>Klienten takket &amp;nei – registrer koordinator…</source>
      <translation>Klienten takka &amp;nei – registrer koordinator…</translation>
    </message>
    <message>
      <source>Klienten takket nei til individuell plan {date}.</source>
      <translation>Klienten takka nei til individuell plan {date}.</translation>
    </message>
    <message>
      <source>Koordinator, periode, neste revisjon, klientens egne ord, ressurser</source>
      <translation>Koordinator, periode, neste revisjon, klienten sine eigne ord, ressursar</translation>
    </message>
    <message>
      <source>Koordinator: {name}</source>
      <translation>Koordinator: {name}</translation>
    </message>
    <message>
      <source>Krever et samtykke til individuell plan som er i kraft</source>
      <translation>Krev eit samtykke til individuell plan som er i kraft</translation>
    </message>
    <message>
      <source>Lagret</source>
      <translation>Lagra</translation>
    </message>
    <message>
      <source>Legg til &amp;deltaker…</source>
      <translation>Legg til &amp;deltakar…</translation>
    </message>
    <message>
      <source>Legg til en deltaker som ikke er i gruppen</source>
      <translation>Legg til ein deltakar som ikkje er i gruppa</translation>
    </message>
    <message>
      <source>Legg til fra &amp;ansvarsgruppen…</source>
      <translation>Legg til frå &amp;ansvarsgruppa…</translation>
    </message>
    <message>
      <source>Les den valgte revisjonen slik planen var (Enter i tabellen)</source>
      <translation>Les den valde revisjonen slik planen var (Enter i tabellen)</translation>
    </message>
    <message>
      <source>Mål og tiltak</source>
      <translation>Mål og tiltak</translation>
    </message>
    <message>
      <source>Mål {number}: {text}</source>
      <translation>Mål {number}: {text}</translation>
    </message>
    <message>
      <source>N&amp;ytt mål…</source>
      <translation>N&amp;ytt mål…</translation>
    </message>
    <message>
      <source>Notater per mål</source>
      <translation>Notat per mål</translation>
    </message>
    <message>
      <source>Notater: {notes}</source>
      <translation>Notat: {notes}</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Ny &amp;evaluering…</source>
      <translation>Ny &amp;evaluering…</translation>
    </message>
    <message>
      <source>Nytt &amp;tiltak…</source>
      <translation>Nytt &amp;tiltak…</translation>
    </message>
    <message>
      <source>Nytt mål (Insert i listen)</source>
      <translation>Nytt mål (Insert i lista)</translation>
    </message>
    <message>
      <source>Nytt tiltak under det valgte målet</source>
      <translation>Nytt tiltak under det valde målet</translation>
    </message>
    <message>
      <source>Opprett klientens individuelle plan</source>
      <translation>Opprett den individuelle planen til klienten</translation>
    </message>
    <message>
      <source>Pla&amp;nkvalitet (Enter går til stedet):</source>
      <translation>Pla&amp;nkvalitet (Enter går til staden):</translation>
    </message>
    <message>
      <source>Planen har mål, tiltak, ansvarlige og revisjonsdato.</source>
      <translation>Planen har mål, tiltak, ansvarlege og revisjonsdato.</translation>
    </message>
    <message>
      <source>Planen som PDF…</source>
      <translation>Planen som PDF…</translation>
    </message>
    <message>
      <source>Planens fel&amp;t:</source>
      <translation>Fel&amp;ta i planen:</translation>
    </message>
    <message>
      <source>Plankvalitet</source>
      <translation>Plankvalitet</translation>
    </message>
    <message>
      <source>Re&amp;gistrer samtykke…</source>
      <translation>Re&amp;gistrer samtykke…</translation>
    </message>
    <message>
      <source>Registrer klientens samtykke til individuell plan</source>
      <translation>Registrer samtykke frå klienten til individuell plan</translation>
    </message>
    <message>
      <source>Revisjoner</source>
      <translation>Revisjonar</translation>
    </message>
    <message>
      <source>Samtykket til individuell plan er ikke i kraft. Planen kan leses og avsluttes («Endre planen…», status avsluttet), men ikke endres ellers før et nytt samtykke er registrert.</source>
      <translation>Samtykket til individuell plan er ikkje i kraft. Planen kan lesast og avsluttast («Endre planen…», status avslutta), men ikkje endrast elles før eit nytt samtykke er registrert.</translation>
    </message>
    <message>
      <source>Se planen slik klienten får den, skriv den ut eller lagre den (Ctrl+P)</source>
      <translation>Sjå planen slik klienten får den, skriv den ut eller lagre den (Ctrl+P)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Tiltak {number}: {text}</source>
      <translation>Tiltak {number}: {text}</translation>
    </message>
    <message>
      <source>V&amp;is revisjonen…</source>
      <translation>V&amp;is revisjonen…</translation>
    </message>
    <message>
      <source>ingen tiltak</source>
      <translation>ingen tiltak</translation>
    </message>
    <message>
      <source>{change} (og {more} til)</source>
      <translation>{change} (og {more} til)</translation>
    </message>
  </context>
  <context>
    <name>ReferralEventDialog</name>
    <message>
      <source>(velg)</source>
      <translation>(vel)</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Avbryt (Esc)</translation>
    </message>
    <message>
      <source>Behandling kan bare starte når retten til helsehjelp er innvilget.</source>
      <translation>Behandling kan berre starte når retten til helsehjelp er innvilga.</translation>
    </message>
    <message>
      <source>Behandlingen har startet; registrer utskrivning i stedet.</source>
      <translation>Behandlinga har starta; registrer utskriving i staden.</translation>
    </message>
    <message>
      <source>Behandlingsnivå</source>
      <translation>Behandlingsnivå</translation>
    </message>
    <message>
      <source>Behandlingssted</source>
      <translation>Behandlingsstad</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.ÅÅÅÅ TT:MM</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Dato</translation>
    </message>
    <message>
      <source>Denne hendelsen er allerede registrert.</source>
      <translation>Denne hendinga er allereie registrert.</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Felt merkte med * må fyllast ut.</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Forkast endringane</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Forkaste endringane?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i dette vinduet blir ikke lagret.</source>
      <translation>Forkaste endringane?

Det du har skrive i dette vindauget, blir ikkje lagra.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Hald fram med å redigere</translation>
    </message>
    <message>
      <source>Frist for oppstart (bindende)</source>
      <translation>Frist for oppstart (bindande)</translation>
    </message>
    <message>
      <source>Hendelse</source>
      <translation>Hending</translation>
    </message>
    <message>
      <source>Henvisningen er trukket tilbake; ingenting kan registreres etter det.</source>
      <translation>Tilvisinga er trekt tilbake; ingenting kan registrerast etter det.</translation>
    </message>
    <message>
      <source>Henvisningen må være registrert som mottatt først.</source>
      <translation>Tilvisinga må vere registrert som motteken først.</translation>
    </message>
    <message>
      <source>Henvisningen må være registrert som sendt først.</source>
      <translation>Tilvisinga må vere registrert som sendt først.</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Ikkje lagra</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Ikkje lagra. Rett det som er merkt.</translation>
    </message>
    <message>
      <source>Kan ikke være før {what} ({date}).</source>
      <translation>Kan ikkje vere før {what} ({date}).</translation>
    </message>
    <message>
      <source>Klage kan bare registreres etter et avslag.</source>
      <translation>Klage kan berre registrerast etter eit avslag.</translation>
    </message>
    <message>
      <source>Klagefrist: {date} (fire uker etter vurderingen).</source>
      <translation>Klagefrist: {date} (fire veker etter vurderinga).</translation>
    </message>
    <message>
      <source>Klagefristen vises når vurderingsdatoen er fylt ut.</source>
      <translation>Klagefristen blir vist når vurderingsdatoen er fylt ut.</translation>
    </message>
    <message>
      <source>Klienten er allerede utskrevet; henvisningen er avsluttet.</source>
      <translation>Klienten er allereie utskriven; tilvisinga er avslutta.</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Lagre (Ctrl+S)</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Må fyllast ut.</translation>
    </message>
    <message>
      <source>Registrer hendelse – {kind}</source>
      <translation>Registrer hending – {kind}</translation>
    </message>
    <message>
      <source>Skal stå tomt ved avslag.</source>
      <translation>Skal stå tomt ved avslag.</translation>
    </message>
    <message>
      <source>Utfall</source>
      <translation>Utfall</translation>
    </message>
    <message>
      <source>Utskrivning kan bare registreres etter at behandlingen har startet.</source>
      <translation>Utskriving kan berre registrerast etter at behandlinga har starta.</translation>
    </message>
    <message>
      <source>behandlingsstart</source>
      <translation>behandlingsstart</translation>
    </message>
    <message>
      <source>datoen den ble mottatt</source>
      <translation>datoen den vart motteken</translation>
    </message>
    <message>
      <source>datoen den ble sendt</source>
      <translation>datoen den vart sendt</translation>
    </message>
    <message>
      <source>datoen klagen ble sendt</source>
      <translation>datoen klagen vart sendt</translation>
    </message>
    <message>
      <source>utskrivningsdatoen</source>
      <translation>utskrivingsdatoen</translation>
    </message>
    <message>
      <source>vurderingsdatoen</source>
      <translation>vurderingsdatoen</translation>
    </message>
  </context>
  <context>
    <name>ReferralWizard</name>
    <message>
      <source>&amp;Neste &gt;</source>
      <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
      <source>&amp;Send henvisningen</source>
      <translation>&amp;Send tilvisinga</translation>
    </message>
    <message>
      <source>(sendt – kan ikke endres)</source>
      <translation>(sendt – kan ikkje endrast)</translation>
    </message>
    <message>
      <source>, bor med klienten</source>
      <translation>, bur med klienten</translation>
    </message>
    <message>
      <source>, født {day}</source>
      <translation>, fødd {day}</translation>
    </message>
    <message>
      <source>&lt; &amp;Tilbake</source>
      <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
      <source>Adresse (mottaker)</source>
      <translation>Adresse (mottakar)</translation>
    </message>
    <message>
      <source>Avdeling</source>
      <translation>Avdeling</translation>
    </message>
    <message>
      <source>Barn og søsken:</source>
      <translation>Barn og sysken:</translation>
    </message>
    <message>
      <source>Behold</source>
      <translation>Behald</translation>
    </message>
    <message>
      <source>Den vurderingsinstansen kan kontakte om henvisningen.</source>
      <translation>Den vurderingsinstansen kan kontakte om tilvisinga.</translation>
    </message>
    <message>
      <source>Denne mottakeren finnes allerede i katalogen.</source>
      <translation>Denne mottakaren finst allereie i katalogen.</translation>
    </message>
    <message>
      <source>Det er for mange – fjern noen.</source>
      <translation>Det er for mange – fjern nokre.</translation>
    </message>
    <message>
      <source>Endres i klientens journal, ikke her.</source>
      <translation>Blir endra i journalen til klienten, ikkje her.</translation>
    </message>
    <message>
      <source>Enheten som vurderer henvisningen.</source>
      <translation>Eininga som vurderer tilvisinga.</translation>
    </message>
    <message>
      <source>Er ikke en gyldig dato.</source>
      <translation>Er ikkje ein gyldig dato.</translation>
    </message>
    <message>
      <source>Erstatt</source>
      <translation>Erstatt</translation>
    </message>
    <message>
      <source>Erstatte svaret?</source>
      <translation>Erstatte svaret?</translation>
    </message>
    <message>
      <source>Fastlegen får kopi av henvisningen.</source>
      <translation>Fastlegen får kopi av tilvisinga.</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut før sending.</source>
      <translation>Felt merkte med * må fyllast ut før sending.</translation>
    </message>
    <message>
      <source>Feltet har allerede tekst. Erstatte den med:

{text}</source>
      <translation>Feltet har allereie tekst. Erstatte den med:

{text}</translation>
    </message>
    <message>
      <source>Forrige side (Alt+T)</source>
      <translation>Førre side (Alt+T)</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Hald fram med å redigere</translation>
    </message>
    <message>
      <source>Fra klientens journal</source>
      <translation>Frå journalen til klienten</translation>
    </message>
    <message>
      <source>Hent fra &amp;individuell plan og ansvarsgruppe</source>
      <translation>Hent frå &amp;individuell plan og ansvarsgruppe</translation>
    </message>
    <message>
      <source>Henviser</source>
      <translation>Tilvisar</translation>
    </message>
    <message>
      <source>Henviserens e-post</source>
      <translation>E-post til tilvisaren</translation>
    </message>
    <message>
      <source>Henviserens navn</source>
      <translation>Namnet til tilvisaren</translation>
    </message>
    <message>
      <source>Henviserens telefon</source>
      <translation>Telefon til tilvisaren</translation>
    </message>
    <message>
      <source>Henviserens tittel</source>
      <translation>Tittelen til tilvisaren</translation>
    </message>
    <message>
      <source>Henvisningen er ikke sendt. Se listen over hva som mangler.</source>
      <translation>Tilvisinga er ikkje sendt. Sjå lista over kva som manglar.</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Ikkje lagra</translation>
    </message>
    <message>
      <source>Ikke lagret – {field}: {reason}</source>
      <translation>Ikkje lagra – {field}: {reason}</translation>
    </message>
    <message>
      <source>Ikke lagt til</source>
      <translation>Ikkje lagt til</translation>
    </message>
    <message>
      <source>Ikke lagt til i katalogen. Rett det som er merket.</source>
      <translation>Ikkje lagt til i katalogen. Rett det som er merkt.</translation>
    </message>
    <message>
      <source>Ikke lagt ved</source>
      <translation>Ikkje lagt ved</translation>
    </message>
    <message>
      <source>Ikke sendt</source>
      <translation>Ikkje sendt</translation>
    </message>
    <message>
      <source>Ingen registrert</source>
      <translation>Ingen registrerte</translation>
    </message>
    <message>
      <source>Kan ikke kontrollere</source>
      <translation>Kan ikkje kontrollere</translation>
    </message>
    <message>
      <source>Kan ikke være tom.</source>
      <translation>Kan ikkje vere tom.</translation>
    </message>
    <message>
      <source>Kan ikke åpne henvisningen</source>
      <translation>Kan ikkje opne tilvisinga</translation>
    </message>
    <message>
      <source>Klienten har ikke et samtykke til henvisning som gjelder på sendedatoen. Registrer samtykket under Samtykker i klientens journal.</source>
      <translation>Klienten har ikkje noko samtykke til tilvising som gjeld på sendedatoen. Registrer samtykket under Samtykke i journalen til klienten.</translation>
    </message>
    <message>
      <source>Klienten har verken individuell plan eller ansvarsgruppe.</source>
      <translation>Klienten har korkje individuell plan eller ansvarsgruppe.</translation>
    </message>
    <message>
      <source>Kontaktperson i kommunen</source>
      <translation>Kontaktperson i kommunen</translation>
    </message>
    <message>
      <source>Kunne ikke hente</source>
      <translation>Kunne ikkje hente</translation>
    </message>
    <message>
      <source>Legg mottakeren slik den er skrevet inn til i katalogen (Alt+G)</source>
      <translation>Legg mottakaren slik den er skriven inn, til i katalogen (Alt+G)</translation>
    </message>
    <message>
      <source>Legg til i katalo&amp;gen</source>
      <translation>Legg til i katalo&amp;gen</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Lukk likevel</source>
      <translation>Lukk likevel</translation>
    </message>
    <message>
      <source>Lukk – det du har skrevet er lagret som utkast (Esc)</source>
      <translation>Lukk – det du har skrive, er lagra som utkast (Esc)</translation>
    </message>
    <message>
      <source>Lukke uten å lagre alt?</source>
      <translation>Lukke utan å lagre alt?</translation>
    </message>
    <message>
      <source>Marker henvisningen som sendt (Alt+S)</source>
      <translation>Merk tilvisinga som sendt (Alt+S)</translation>
    </message>
    <message>
      <source>Mottaker (vurderingsinstans)</source>
      <translation>Mottakar (vurderingsinstans)</translation>
    </message>
    <message>
      <source>Mottaker og henviser</source>
      <translation>Mottakar og tilvisar</translation>
    </message>
    <message>
      <source>Må være et helt tall (alder i år).</source>
      <translation>Må vere eit heilt tal (alder i år).</translation>
    </message>
    <message>
      <source>Må være mellom 0 og {max}.</source>
      <translation>Må vere mellom 0 og {max}.</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Neste side (Alt+N)</source>
      <translation>Neste side (Alt+N)</translation>
    </message>
    <message>
      <source>Noe av det du har skrevet er ikke gyldig og blir ikke lagret:

{details}

Det som sist ble lagret, beholdes.</source>
      <translation>Noko av det du har skrive, er ikkje gyldig og blir ikkje lagra:

{details}

Det som sist vart lagra, blir behalde.</translation>
    </message>
    <message>
      <source>Postnummer (mottaker)</source>
      <translation>Postnummer (mottakar)</translation>
    </message>
    <message>
      <source>Poststed (mottaker)</source>
      <translation>Poststad (mottakar)</translation>
    </message>
    <message>
      <source>Rusmiddelbruk</source>
      <translation>Rusmiddelbruk</translation>
    </message>
    <message>
      <source>Send kopi til fastlegen</source>
      <translation>Send kopi til fastlegen</translation>
    </message>
    <message>
      <source>Skriv svaret på nytt ut fra planen og ansvarsgruppen som er registrert</source>
      <translation>Skriv svaret på nytt ut frå planen og ansvarsgruppa som er registrert</translation>
    </message>
    <message>
      <source>Steg {number} av {total}</source>
      <translation>Steg {number} av {total}</translation>
    </message>
    <message>
      <source>Telefon (mottaker)</source>
      <translation>Telefon (mottakar)</translation>
    </message>
    <message>
      <source>Velg eller skriv inn vurderingsinstansen.</source>
      <translation>Vel eller skriv inn vurderingsinstansen.</translation>
    </message>
    <message>
      <source>Velg fra &amp;katalogen:</source>
      <translation>Vel frå &amp;katalogen:</translation>
    </message>
    <message>
      <source>Velg fra katalogen</source>
      <translation>Vel frå katalogen</translation>
    </message>
    <message>
      <source>Virksomhet</source>
      <translation>Verksemd</translation>
    </message>
    <message>
      <source>Vurderingsinstans</source>
      <translation>Vurderingsinstans</translation>
    </message>
    <message>
      <source>{instrument} {day}: {score} poeng – {zone}</source>
      <translation>{instrument} {day}: {score} poeng – {zone}</translation>
    </message>
    <message>
      <source>{kind} – {name}</source>
      <translation>{kind} – {name}</translation>
    </message>
    <message>
      <source>«{field}» må fylles ut før sending.</source>
      <translation>«{field}» må fyllast ut før sending.</translation>
    </message>
    <message>
      <source>«{name}» er lagt til i katalogen.</source>
      <translation>«{name}» er lagt til i katalogen.</translation>
    </message>
    <message>
      <source>— skriv inn selv —</source>
      <translation>— skriv inn sjølv —</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <source>&amp;Registrer hendelse…</source>
      <translation>&amp;Registrer hending…</translation>
    </message>
    <message>
      <source>Behandling startet {date}.</source>
      <translation>Behandling starta {date}.</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Dato</translation>
    </message>
    <message>
      <source>Datoer og frister</source>
      <translation>Datoar og fristar</translation>
    </message>
    <message>
      <source>Etter utskrivning</source>
      <translation>Etter utskriving</translation>
    </message>
    <message>
      <source>Forfalt: vurderingen skulle vært klar.</source>
      <translation>Over fristen: vurderinga skulle ha vore klar.</translation>
    </message>
    <message>
      <source>Fortsett &amp;utkast…</source>
      <translation>Hald fram med &amp;utkast…</translation>
    </message>
    <message>
      <source>Fortsett det valgte utkastet (Enter i tabellen)</source>
      <translation>Hald fram med det valde utkastet (Enter i tabellen)</translation>
    </message>
    <message>
      <source>Frist for oppstart</source>
      <translation>Frist for oppstart</translation>
    </message>
    <message>
      <source>Fristen er passert uten at behandling startet.</source>
      <translation>Fristen er passert utan at behandling starta.</translation>
    </message>
    <message>
      <source>H&amp;istorikk:</source>
      <translation>H&amp;istorikk:</translation>
    </message>
    <message>
      <source>Hendelse</source>
      <translation>Hending</translation>
    </message>
    <message>
      <source>Henvisningen ble ikke opprettet</source>
      <translation>Tilvisinga vart ikkje oppretta</translation>
    </message>
    <message>
      <source>Henvisninger</source>
      <translation>Tilvisingar</translation>
    </message>
    <message>
      <source>Historikk</source>
      <translation>Historikk</translation>
    </message>
    <message>
      <source>Ikke sendt. Velg «Fortsett utkast…» for å fylle ut og sende.</source>
      <translation>Ikkje sendt. Vel «Hald fram med utkast…» for å fylle ut og sende.</translation>
    </message>
    <message>
      <source>Ikke slett</source>
      <translation>Ikkje slett</translation>
    </message>
    <message>
      <source>Ingen henvisninger ennå. Velg «Ny TSB-henvisning…» eller «Ny LAR-henvisning…».</source>
      <translation>Ingen tilvisingar enno. Vel «Ny TSB-tilvising…» eller «Ny LAR-tilvising…».</translation>
    </message>
    <message>
      <source>Klage sendt {date}.</source>
      <translation>Klage sendt {date}.</translation>
    </message>
    <message>
      <source>Klagefrist</source>
      <translation>Klagefrist</translation>
    </message>
    <message>
      <source>Klagefrist {date} (fire uker etter vurderingen).</source>
      <translation>Klagefrist {date} (fire veker etter vurderinga).</translation>
    </message>
    <message>
      <source>Mottatt</source>
      <translation>Motteke</translation>
    </message>
    <message>
      <source>Mottatt {date}. Svarfrist {due} (10 virkedager).</source>
      <translation>Motteke {date}. Svarfrist {due} (10 verkedagar).</translation>
    </message>
    <message>
      <source>Ny &amp;LAR-henvisning…</source>
      <translation>Ny &amp;LAR-tilvising…</translation>
    </message>
    <message>
      <source>Ny &amp;TSB-henvisning…</source>
      <translation>Ny &amp;TSB-tilvising…</translation>
    </message>
    <message>
      <source>Ny henvisning til legemiddelassistert rehabilitering</source>
      <translation>Ny tilvising til legemiddelassistert rehabilitering</translation>
    </message>
    <message>
      <source>Ny henvisning til tverrfaglig spesialisert rusbehandling (Insert i tabellen)</source>
      <translation>Ny tilvising til tverrfagleg spesialisert rusbehandling (Insert i tabellen)</translation>
    </message>
    <message>
      <source>Opprettet</source>
      <translation>Oppretta</translation>
    </message>
    <message>
      <source>Registrer neste steg for den valgte henvisningen (Enter i tabellen)</source>
      <translation>Registrer neste steg for den valde tilvisinga (Enter i tabellen)</translation>
    </message>
    <message>
      <source>Registrert av</source>
      <translation>Registrert av</translation>
    </message>
    <message>
      <source>Se den valgte henvisningen slik den skrives ut (Ctrl+P i tabellen)</source>
      <translation>Sjå den valde tilvisinga slik den blir skriven ut (Ctrl+P i tabellen)</translation>
    </message>
    <message>
      <source>Sendt</source>
      <translation>Sendt</translation>
    </message>
    <message>
      <source>Sendt {date} ({method}).</source>
      <translation>Sendt {date} ({method}).</translation>
    </message>
    <message>
      <source>Skriv ut / lagre som &amp;PDF…</source>
      <translation>Skriv ut / lagre som &amp;PDF…</translation>
    </message>
    <message>
      <source>Sl&amp;ett utkast…</source>
      <translation>Sl&amp;ett utkast…</translation>
    </message>
    <message>
      <source>Slett det valgte utkastet (Delete i tabellen)</source>
      <translation>Slett det valde utkastet (Delete i tabellen)</translation>
    </message>
    <message>
      <source>Slett utkastet</source>
      <translation>Slett utkastet</translation>
    </message>
    <message>
      <source>Slette utkastet til {kind}, opprettet {created}?

Det som er skrevet i utkastet, blir borte. Dette kan ikke angres.</source>
      <translation>Slette utkastet til {kind}, oppretta {created}?

Det som er skrive i utkastet, blir borte. Dette kan ikkje angrast.</translation>
    </message>
    <message>
      <source>Slette utkastet?</source>
      <translation>Slette utkastet?</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Svarfrist</source>
      <translation>Svarfrist</translation>
    </message>
    <message>
      <source>Til: {name}</source>
      <translation>Til: {name}</translation>
    </message>
    <message>
      <source>Trukket tilbake {date}.</source>
      <translation>Trekt tilbake {date}.</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Utfall</source>
      <translation>Utfall</translation>
    </message>
    <message>
      <source>Utkastet ble ikke slettet</source>
      <translation>Utkastet vart ikkje sletta</translation>
    </message>
    <message>
      <source>Utskrevet {date}.</source>
      <translation>Utskriven {date}.</translation>
    </message>
    <message>
      <source>Valgt henvisning</source>
      <translation>Vald tilvising</translation>
    </message>
    <message>
      <source>Vedlegg: {names}</source>
      <translation>Vedlegg: {names}</translation>
    </message>
    <message>
      <source>Velg en henvisning i tabellen for å se detaljene.</source>
      <translation>Vel ei tilvising i tabellen for å sjå detaljane.</translation>
    </message>
    <message>
      <source>Vurdert {date}: {outcome}.</source>
      <translation>Vurdert {date}: {outcome}.</translation>
    </message>
    <message>
      <source>forfalt</source>
      <translation>over fristen</translation>
    </message>
    <message>
      <source>frist passert</source>
      <translation>frist passert</translation>
    </message>
    <message>
      <source>overdosefare til {date}</source>
      <translation>overdosefare til {date}</translation>
    </message>
    <message>
      <source>{kind} – {status}. Opprettet {created}, sist endret {updated}.</source>
      <translation>{kind} – {status}. Oppretta {created}, sist endra {updated}.</translation>
    </message>
    <message>
      <source>{level}{place}. Frist for oppstart {deadline}.</source>
      <translation>{level}{place}. Frist for oppstart {deadline}.</translation>
    </message>
    <message>
      <source>{sign} Utskrevet {discharged}. Risikoen for overdose er høy de første 28 dagene etter utskrivning, fordi toleransen er lavere: sørg for oppfølging til {end}.</source>
      <translation>{sign} Utskriven {discharged}. Risikoen for overdose er høg dei første 28 dagane etter utskriving, fordi toleransen er lågare: sørg for oppfølging til {end}.</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>&amp;Gjenopprett</source>
      <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
      <source>&amp;Sikkerhetskopier i {folder}:</source>
      <translation>&amp;Sikkerheitskopiar i {folder}:</translation>
    </message>
    <message>
      <source>&amp;Velg fil…</source>
      <translation>&amp;Vel fil…</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Det er ingen sikkerhetskopier her ennå.</source>
      <translation>Det er ingen sikkerheitskopiar her enno.</translation>
    </message>
    <message>
      <source>Gjenopprett fra sikkerhetskopi</source>
      <translation>Gjenopprett frå sikkerheitskopi</translation>
    </message>
    <message>
      <source>Sikkerhetskopier</source>
      <translation>Sikkerheitskopiar</translation>
    </message>
    <message>
      <source>Størrelse</source>
      <translation>Storleik</translation>
    </message>
    <message>
      <source>Tatt</source>
      <translation>Teke</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Velg sikkerhetskopi</source>
      <translation>Vel sikkerheitskopi</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>Alle feltene er beskrevet.</source>
      <translation>Alle felta er skildra.</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
      <source>Dette må være på plass før sending</source>
      <translation>Dette må vere på plass før sending</translation>
    </message>
    <message>
      <source>Disse feltene er tomme. Du kan gå tilbake og fylle dem ut, eller bevisst la dem stå tomme – vurderingsinstansen ser da at de ikke er beskrevet.</source>
      <translation>Desse felta er tomme. Du kan gå tilbake og fylle dei ut, eller medvite la dei stå tomme – vurderingsinstansen ser då at dei ikkje er skildra.</translation>
    </message>
    <message>
      <source>Gå til</source>
      <translation>Gå til</translation>
    </message>
    <message>
      <source>Gå til {field}</source>
      <translation>Gå til {field}</translation>
    </message>
    <message>
      <source>Ikke beskrevet</source>
      <translation>Ikkje skildra</translation>
    </message>
    <message>
      <source>Ingenting hindrer sending.</source>
      <translation>Ingenting hindrar sending.</translation>
    </message>
    <message>
      <source>Kontroll og sending</source>
      <translation>Kontroll og sending</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Sending</translation>
    </message>
    <message>
      <source>Sendt &amp;dato:</source>
      <translation>Sendt &amp;dato:</translation>
    </message>
    <message>
      <source>Sendt dato</source>
      <translation>Sendt dato</translation>
    </message>
    <message>
      <source>Sendt so&amp;m:</source>
      <translation>Sendt so&amp;m:</translation>
    </message>
    <message>
      <source>Sendt som</source>
      <translation>Sendt som</translation>
    </message>
  </context>
  <context>
    <name>RevisionDialog</name>
    <message>
      <source>&amp;Endringer:</source>
      <translation>&amp;Endringar:</translation>
    </message>
    <message>
      <source>&amp;Planen slik den var:</source>
      <translation>&amp;Planen slik den var:</translation>
    </message>
    <message>
      <source>Endringer i denne revisjonen</source>
      <translation>Endringar i denne revisjonen</translation>
    </message>
    <message>
      <source>Ingen endringer registrert.</source>
      <translation>Ingen endringar registrerte.</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Planen slik den var</source>
      <translation>Planen slik den var</translation>
    </message>
    <message>
      <source>Revisjon {number} av planen</source>
      <translation>Revisjon {number} av planen</translation>
    </message>
    <message>
      <source>Revisjon {number}, lagret {when} av {who}.</source>
      <translation>Revisjon {number}, lagra {when} av {who}.</translation>
    </message>
  </context>
  <context>
    <name>ScreeningDialog</name>
    <message>
      <source>&amp;Dato *</source>
      <translation>&amp;Dato *</translation>
    </message>
    <message>
      <source>&amp;Kjønn</source>
      <translation>&amp;Kjønn</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Avbryt (Esc)</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Dato</translation>
    </message>
    <message>
      <source>Forkast svarene</source>
      <translation>Forkast svara</translation>
    </message>
    <message>
      <source>Forkaste svarene?</source>
      <translation>Forkaste svara?</translation>
    </message>
    <message>
      <source>Forkaste svarene?

Svarene i dette skjemaet blir ikke lagret.</source>
      <translation>Forkaste svara?

Svara i dette skjemaet blir ikkje lagra.</translation>
    </message>
    <message>
      <source>Fortsett å fylle ut</source>
      <translation>Hald fram med å fylle ut</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Ikkje lagra</translation>
    </message>
    <message>
      <source>Ikke lagret. Disse spørsmålene er ikke besvart: {numbers}.</source>
      <translation>Ikkje lagra. Desse spørsmåla manglar svar: {numbers}.</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Ikkje lagra. Rett det som er merkt.</translation>
    </message>
    <message>
      <source>Kjønn</source>
      <translation>Kjønn</translation>
    </message>
    <message>
      <source>Kjønn er ukjent: den forsiktigste grensen brukes (kvinners, som er lavest), så ingen i risiko blir vurdert som lav risiko.</source>
      <translation>Kjønn er ukjend: den mest varsame grensa blir brukt (grensa for kvinner, som er lågast), så ingen i risiko blir vurdert som låg risiko.</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Lagre (Ctrl+S)</translation>
    </message>
    <message>
      <source>Ny {instrument} – {name}</source>
      <translation>Ny {instrument} – {name}</translation>
    </message>
    <message>
      <source>Ordlyden i {instrument} er en arbeidsoversettelse.</source>
      <translation>Ordlyden i {instrument} er ei arbeidsomsetjing.</translation>
    </message>
    <message>
      <source>Sone: {zone}.</source>
      <translation>Sone: {zone}.</translation>
    </message>
    <message>
      <source>Sonen vises når alle spørsmålene er besvart.</source>
      <translation>Sona blir vist når alle spørsmåla har svar.</translation>
    </message>
    <message>
      <source>Spørsmål {number}</source>
      <translation>Spørsmål {number}</translation>
    </message>
    <message>
      <source>Sum og sone</source>
      <translation>Sum og sone</translation>
    </message>
    <message>
      <source>Sum: {total} av {most} poeng ({answered} av {count} besvart).</source>
      <translation>Sum: {total} av {most} poeng ({answered} av {count} med svar).</translation>
    </message>
    <message>
      <source>kvinne</source>
      <translation>kvinne</translation>
    </message>
    <message>
      <source>mann</source>
      <translation>mann</translation>
    </message>
    <message>
      <source>ukjent</source>
      <translation>ukjend</translation>
    </message>
    <message>
      <source>{sex} (fra fødselsnummeret)</source>
      <translation>{sex} (frå fødselsnummeret)</translation>
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
      <translation>&amp;Legg ved tilvising…</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Dato</translation>
    </message>
    <message>
      <source>Ikke lagt ved</source>
      <translation>Ikkje lagt ved</translation>
    </message>
    <message>
      <source>Ingen kartlegging ennå. Velg «Ny AUDIT…» eller «Ny DUDIT…».</source>
      <translation>Inga kartlegging enno. Vel «Ny AUDIT…» eller «Ny DUDIT…».</translation>
    </message>
    <message>
      <source>Ingen utkast</source>
      <translation>Ingen utkast</translation>
    </message>
    <message>
      <source>Kartlegging</source>
      <translation>Kartlegging</translation>
    </message>
    <message>
      <source>Klienten har ingen utkast til henvisning å legge resultatet ved. Lag en henvisning under «Henvisninger» først. En sendt henvisning kan ikke endres.</source>
      <translation>Klienten har ingen utkast til tilvising å leggje resultatet ved. Lag ei tilvising under «Tilvisingar» først. Ei tilvising som er sendt, kan ikkje endrast.</translation>
    </message>
    <message>
      <source>Legg det valgte resultatet ved et utkast til henvisning (Enter i tabellen)</source>
      <translation>Legg det valde resultatet ved eit utkast til tilvising (Enter i tabellen)</translation>
    </message>
    <message>
      <source>Ny &amp;AUDIT…</source>
      <translation>Ny &amp;AUDIT…</translation>
    </message>
    <message>
      <source>Ny &amp;DUDIT…</source>
      <translation>Ny &amp;DUDIT…</translation>
    </message>
    <message>
      <source>Poeng</source>
      <translation>Poeng</translation>
    </message>
    <message>
      <source>Skjema</source>
      <translation>Skjema</translation>
    </message>
    <message>
      <source>Sone</source>
      <translation>Sone</translation>
    </message>
    <message>
      <source>Ta AUDIT (alkohol) med klienten</source>
      <translation>Ta AUDIT (alkohol) med klienten</translation>
    </message>
    <message>
      <source>Ta DUDIT (andre rusmidler) med klienten</source>
      <translation>Ta DUDIT (andre rusmiddel) med klienten</translation>
    </message>
    <message>
      <source>{kind}, utkast opprettet {date}</source>
      <translation>{kind}, utkast oppretta {date}</translation>
    </message>
    <message>
      <source>{screening} er lagret: {score} poeng, {zone}.</source>
      <translation>{screening} er lagra: {score} poeng, {zone}.</translation>
    </message>
    <message>
      <source>{screening} er lagt ved {referral}.</source>
      <translation>{screening} er lagt ved {referral}.</translation>
    </message>
  </context>
  <context>
    <name>SessionLock</name>
    <message>
      <source>Feil passordfrase.</source>
      <translation>Feil passordfrase.</translation>
    </message>
    <message>
      <source>rustool er låst</source>
      <translation>rustool er låst</translation>
    </message>
    <message>
      <source>rustool er låst.</source>
      <translation>rustool er låst.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Antall automatiske sikkerhetskopier</source>
      <translation>Tal på automatiske sikkerheitskopiar</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Avbryt (Esc)</source>
      <translation>Avbryt (Esc)</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ TT:MM</source>
      <translation>DD.MM.ÅÅÅÅ TT:MM</translation>
    </message>
    <message>
      <source>Daglige kopier og kopier før oppgradering og gjenoppretting, i {folder}. De eldste slettes når det blir flere. Kopier du tar selv, slettes aldri.</source>
      <translation>Daglege kopiar og kopiar før oppgradering og gjenoppretting, i {folder}. Dei eldste blir sletta når det blir fleire. Kopiar du tek sjølv, blir aldri sletta.</translation>
    </message>
    <message>
      <source>Deg som bruker</source>
      <translation>Deg som brukar</translation>
    </message>
    <message>
      <source>Du kan også låse med Ctrl+L. På Linux låses rustool også når skjermen låses eller maskinen går i dvale.</source>
      <translation>Du kan også låse med Ctrl+L. På Linux blir rustool også låst når skjermen blir låst eller maskina går i dvale.</translation>
    </message>
    <message>
      <source>Felt merket med * må fylles ut.</source>
      <translation>Felt merkte med * må fyllast ut.</translation>
    </message>
    <message>
      <source>Forkast endringene</source>
      <translation>Forkast endringane</translation>
    </message>
    <message>
      <source>Forkaste endringene?</source>
      <translation>Forkaste endringane?</translation>
    </message>
    <message>
      <source>Forkaste endringene?

Det du har skrevet i dette vinduet blir ikke lagret.</source>
      <translation>Forkaste endringane?

Det du har skrive i dette vindauget, blir ikkje lagra.</translation>
    </message>
    <message>
      <source>Fortsett å redigere</source>
      <translation>Hald fram med å redigere</translation>
    </message>
    <message>
      <source>Ikke lagret</source>
      <translation>Ikkje lagra</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett det som er merket.</source>
      <translation>Ikkje lagra. Rett det som er merkt.</translation>
    </message>
    <message>
      <source>Innstillinger</source>
      <translation>Innstillingar</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>Lagre (Ctrl+S)</source>
      <translation>Lagre (Ctrl+S)</translation>
    </message>
    <message>
      <source>Lås etter så mange minutter uten bruk</source>
      <translation>Lås etter så mange minutt utan bruk</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Må fyllast ut.</translation>
    </message>
    <message>
      <source>Må være et helt tall fra 1 til {max}.</source>
      <translation>Må vere eit heilt tal frå 1 til {max}.</translation>
    </message>
    <message>
      <source>Nye vinduer og dokumenter bruker det nye språket nå, hovedvinduet neste gang rustool starter.</source>
      <translation>Nye vindauge og dokument brukar det nye språket no, hovudvindauget neste gong rustool startar.</translation>
    </message>
    <message>
      <source>Organisasjon (brevhode på dokumenter)</source>
      <translation>Organisasjon (brevhovud på dokument)</translation>
    </message>
    <message>
      <source>Sikkerhet</source>
      <translation>Sikkerheit</translation>
    </message>
    <message>
      <source>Sikkerhetskopier</source>
      <translation>Sikkerheitskopiar</translation>
    </message>
    <message>
      <source>Språk</source>
      <translation>Språk</translation>
    </message>
  </context>
  <context>
    <name>SubstanceTable</name>
    <message>
      <source>&amp;Legg til rusmiddel</source>
      <translation>&amp;Legg til rusmiddel</translation>
    </message>
    <message>
      <source>DD.MM.ÅÅÅÅ</source>
      <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
      <source>Debutalder</source>
      <translation>Debutalder</translation>
    </message>
    <message>
      <source>Fjern</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <source>Fjern rad {number}</source>
      <translation>Fjern rad {number}</translation>
    </message>
    <message>
      <source>Hyppighet</source>
      <translation>Kor ofte</translation>
    </message>
    <message>
      <source>Ingen rusmidler registrert.</source>
      <translation>Ingen rusmiddel registrerte.</translation>
    </message>
    <message>
      <source>Inntak</source>
      <translation>Inntak</translation>
    </message>
    <message>
      <source>Legg til en rad i tabellen (Alt+L)</source>
      <translation>Legg til ei rad i tabellen (Alt+L)</translation>
    </message>
    <message>
      <source>Mengde</source>
      <translation>Mengd</translation>
    </message>
    <message>
      <source>Rad {number}, {column}: {reason}</source>
      <translation>Rad {number}, {column}: {reason}</translation>
    </message>
    <message>
      <source>Rad {number}: {column}</source>
      <translation>Rad {number}: {column}</translation>
    </message>
    <message>
      <source>Rusmiddel</source>
      <translation>Rusmiddel</translation>
    </message>
    <message>
      <source>Sist brukt</source>
      <translation>Sist brukt</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Kunne ikke skrive {path}:
{reason}</source>
      <translation>Kunne ikkje skrive {path}:
{reason}</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Avslutt</source>
      <translation>Avslutt</translation>
    </message>
    <message>
      <source>Databasen ble laget av en tidligere versjon av rustool og er ikke kryptert. Den må krypteres før den kan brukes. Først tas en sikkerhetskopi; den krypterte filen sammenlignes med den gamle før den gamle fjernes, og sikkerhetskopiene krypteres også.

{path}</source>
      <translation>Databasen vart laga av ein tidlegare versjon av rustool og er ikkje kryptert. Den må krypterast før den kan brukast. Først blir det teke ein sikkerheitskopi; den krypterte fila blir samanlikna med den gamle før den gamle blir fjerna, og sikkerheitskopiane blir også krypterte.

{path}</translation>
    </message>
    <message>
      <source>Databasen er ikke kryptert</source>
      <translation>Databasen er ikkje kryptert</translation>
    </message>
    <message>
      <source>Databasen og 1 sikkerhetskopi er kryptert.</source>
      <translation>Databasen og 1 sikkerheitskopi er krypterte.</translation>
    </message>
    <message>
      <source>Databasen og {count} sikkerhetskopier er kryptert.</source>
      <translation>Databasen og {count} sikkerheitskopiar er krypterte.</translation>
    </message>
    <message>
      <source>Det finnes ingen hel sikkerhetskopi å hente dataene fra. Filen er ikke endret.</source>
      <translation>Det finst ingen heil sikkerheitskopi å hente opplysningane frå. Fila er ikkje endra.</translation>
    </message>
    <message>
      <source>Disse sikkerhetskopiene er skadet og kunne ikke krypteres. De er fortsatt ukrypterte; slett dem når du ikke trenger dem:
{files}</source>
      <translation>Desse sikkerheitskopiane er skadde og kunne ikkje krypterast. Dei er framleis ukrypterte; slett dei når du ikkje treng dei:
{files}</translation>
    </message>
    <message>
      <source>Feil passordfrase. Ingenting er endret; prøv igjen.</source>
      <translation>Feil passordfrase. Ingenting er endra; prøv igjen.</translation>
    </message>
    <message>
      <source>Krypter</source>
      <translation>Krypter</translation>
    </message>
    <message>
      <source>Kryptert</source>
      <translation>Kryptert</translation>
    </message>
    <message>
      <source>Sikkerhetskopien er tatt i bruk</source>
      <translation>Sikkerheitskopien er teken i bruk</translation>
    </message>
    <message>
      <source>Velg passordfrase</source>
      <translation>Vel passordfrase</translation>
    </message>
    <message>
      <source>Velg passordfrasen databasen skal krypteres med.</source>
      <translation>Vel passordfrasen databasen skal krypterast med.</translation>
    </message>
    <message>
      <source>rustool bruker nå sikkerhetskopien fra {taken} ({reason}).

Den skadede filen er tatt vare på som
{aside}</source>
      <translation>rustool brukar no sikkerheitskopien frå {taken} ({reason}).

Den skadde fila er teken vare på som
{aside}</translation>
    </message>
    <message>
      <source>rustool er allerede åpent med denne databasen, i et annet vindu eller i en kommando som kjører. Bruk det vinduet, eller lukk det og start rustool på nytt.</source>
      <translation>rustool er allereie ope med denne databasen, i eit anna vindauge eller i ein kommando som køyrer. Bruk det vindauget, eller lukk det og start rustool på nytt.</translation>
    </message>
    <message>
      <source>rustool kan ikke starte</source>
      <translation>rustool kan ikkje starte</translation>
    </message>
  </context>
  <context>
    <name>audit</name>
    <message>
      <source>Bruker</source>
      <translation>Brukar</translation>
    </message>
    <message>
      <source>Detaljer</source>
      <translation>Detaljar</translation>
    </message>
    <message>
      <source>Gjelder</source>
      <translation>Gjeld</translation>
    </message>
    <message>
      <source>Handling</source>
      <translation>Handling</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Tidspunkt</source>
      <translation>Tidspunkt</translation>
    </message>
  </context>
  <context>
    <name>backups</name>
    <message>
      <source>Alt som er i databasen nå, erstattes med innholdet i
{file}

Det som er der nå, tas først vare på som en ny sikkerhetskopi, så du kan gå tilbake.</source>
      <translation>Alt som er i databasen no, blir erstatta med innhaldet i
{file}

Det som er der no, blir først teke vare på som ein ny sikkerheitskopi, så du kan gå tilbake.</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Avslutt</source>
      <translation>Avslutt</translation>
    </message>
    <message>
      <source>Bruk sikkerhetskopien</source>
      <translation>Bruk sikkerheitskopien</translation>
    </message>
    <message>
      <source>Dagens sikkerhetskopi ble ikke tatt. Dataene dine er ikke endret.</source>
      <translation>Sikkerheitskopien for i dag vart ikkje teken. Opplysningane dine er ikkje endra.</translation>
    </message>
    <message>
      <source>Daglig</source>
      <translation>Dagleg</translation>
    </message>
    <message>
      <source>Databasen er skadet</source>
      <translation>Databasen er skadd</translation>
    </message>
    <message>
      <source>Dataene er hentet fra sikkerhetskopien.

Det som ble erstattet, er tatt vare på i
{kept}</source>
      <translation>Opplysningane er henta frå sikkerheitskopien.

Det som vart erstatta, er teke vare på i
{kept}</translation>
    </message>
    <message>
      <source>Det er databasen som er i bruk nå.</source>
      <translation>Det er databasen som er i bruk no.</translation>
    </message>
    <message>
      <source>Det er databasen som er i bruk nå; velg en annen fil.</source>
      <translation>Det er databasen som er i bruk no; vel ei anna fil.</translation>
    </message>
    <message>
      <source>Disken er full.</source>
      <translation>Disken er full.</translation>
    </message>
    <message>
      <source>Filen blir ikke endret. Den nyeste hele sikkerhetskopien er fra {taken} ({reason}). Vil du bruke den? Den skadede filen tas vare på under et annet navn. Det som ble lagt inn etter sikkerhetskopien, er ikke med.</source>
      <translation>Fila blir ikkje endra. Den nyaste heile sikkerheitskopien er frå {taken} ({reason}). Vil du bruke den? Den skadde fila blir teken vare på under eit anna namn. Det som vart lagt inn etter sikkerheitskopien, er ikkje med.</translation>
    </message>
    <message>
      <source>Filen er en SQLite-fil, men ikke en rustool-database.</source>
      <translation>Fila er ei SQLite-fil, men ikkje ein rustool-database.</translation>
    </message>
    <message>
      <source>Filen er ikke en rustool-database.</source>
      <translation>Fila er ikkje ein rustool-database.</translation>
    </message>
    <message>
      <source>Filen er ikke kryptert, og kan ikke tas inn i en kryptert database.</source>
      <translation>Fila er ikkje kryptert, og kan ikkje takast inn i ein kryptert database.</translation>
    </message>
    <message>
      <source>Filen er laget av en nyere versjon av rustool.</source>
      <translation>Fila er laga av ein nyare versjon av rustool.</translation>
    </message>
    <message>
      <source>Filen er skadet.</source>
      <translation>Fila er skadd.</translation>
    </message>
    <message>
      <source>Filen finnes ikke.</source>
      <translation>Fila finst ikkje.</translation>
    </message>
    <message>
      <source>Før gjenoppretting</source>
      <translation>Før gjenoppretting</translation>
    </message>
    <message>
      <source>Før kryptering</source>
      <translation>Før kryptering</translation>
    </message>
    <message>
      <source>Før oppgradering</source>
      <translation>Før oppgradering</translation>
    </message>
    <message>
      <source>Gjenopprett</source>
      <translation>Gjenopprett</translation>
    </message>
    <message>
      <source>Gjenopprette fra sikkerhetskopi?</source>
      <translation>Gjenopprette frå sikkerheitskopi?</translation>
    </message>
    <message>
      <source>Gjenopprettet</source>
      <translation>Gjenoppretta</translation>
    </message>
    <message>
      <source>Ikke gjenopprettet</source>
      <translation>Ikkje gjenoppretta</translation>
    </message>
    <message>
      <source>Ingen sikkerhetskopi</source>
      <translation>Ingen sikkerheitskopi</translation>
    </message>
    <message>
      <source>Ingen sikkerhetskopi i dag</source>
      <translation>Ingen sikkerheitskopi i dag</translation>
    </message>
    <message>
      <source>Ingenting er endret.</source>
      <translation>Ingenting er endra.</translation>
    </message>
    <message>
      <source>Mappen eller filen er skrivebeskyttet.</source>
      <translation>Mappa eller fila er skriveverna.</translation>
    </message>
    <message>
      <source>Mappen finnes ikke eller kan ikke brukes.</source>
      <translation>Mappa finst ikkje eller kan ikkje brukast.</translation>
    </message>
    <message>
      <source>Passordfrasen åpner ikke filen.</source>
      <translation>Passordfrasen opnar ikkje fila.</translation>
    </message>
    <message>
      <source>Sikkerhetskopi tatt</source>
      <translation>Sikkerheitskopi teken</translation>
    </message>
    <message>
      <source>Sikkerhetskopien ble ikke lagret.</source>
      <translation>Sikkerheitskopien vart ikkje lagra.</translation>
    </message>
    <message>
      <source>Sikkerhetskopien er lagret i
{path}</source>
      <translation>Sikkerheitskopien er lagra i
{path}</translation>
    </message>
    <message>
      <source>Ta sikkerhetskopi</source>
      <translation>Ta sikkerheitskopi</translation>
    </message>
    <message>
      <source>Tatt av deg</source>
      <translation>Teken av deg</translation>
    </message>
    <message>
      <source>rustool-database (*.sqlite3);;Alle filer (*)</source>
      <translation>rustool-database (*.sqlite3);;Alle filer (*)</translation>
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
      <translation>Barn</translation>
    </message>
    <message>
      <source>Søsken</source>
      <translation>Sysken</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>Det har oppstått {count} feil til mens denne meldingen var åpen.</source>
      <translation>Det har oppstått {count} feil til medan denne meldinga var open.</translation>
    </message>
    <message>
      <source>Det har oppstått én feil til mens denne meldingen var åpen.</source>
      <translation>Det har oppstått éin feil til medan denne meldinga var open.</translation>
    </message>
    <message>
      <source>Det oppstod en uventet feil i rustool. Det du har lagret, er trygt, og utkast lagres mens du skriver.</source>
      <translation>Det oppstod ein uventa feil i rustool. Det du har lagra, er trygt, og utkast blir lagra medan du skriv.</translation>
    </message>
    <message>
      <source>Det oppstod en uventet feil, og rustool må avslutte. Det du har lagret, er trygt.</source>
      <translation>Det oppstod ein uventa feil, og rustool må avslutte. Det du har lagra, er trygt.</translation>
    </message>
    <message>
      <source>Du kan fortsette å arbeide. Lukk rustool og start det på nytt hvis noe ikke virker som det skal.</source>
      <translation>Du kan halde fram med å arbeide. Lukk rustool og start det på nytt om noko ikkje verkar som det skal.</translation>
    </message>
    <message>
      <source>En feilrapport er lagret her:
{paths}</source>
      <translation>Ein feilrapport er lagra her:
{paths}</translation>
    </message>
    <message>
      <source>En feilrapport er lagret her:
{path}

Rapporten inneholder ingen personopplysninger.</source>
      <translation>Ein feilrapport er lagra her:
{path}

Rapporten inneheld ingen personopplysningar.</translation>
    </message>
    <message>
      <source>Feilrapporten kunne ikke lagres (disken kan være full, eller mappen kan ikke skrives til):
{folder}</source>
      <translation>Feilrapporten kunne ikkje lagrast (disken kan vere full, eller mappa kan ikkje skrivast til):
{folder}</translation>
    </message>
    <message>
      <source>Fortsett å arbeide</source>
      <translation>Hald fram med å arbeide</translation>
    </message>
    <message>
      <source>Lukk rustool</source>
      <translation>Lukk rustool</translation>
    </message>
    <message>
      <source>Rapporten inneholder ingen personopplysninger.</source>
      <translation>Rapporten inneheld ingen personopplysningar.</translation>
    </message>
    <message>
      <source>rustool stoppet uventet</source>
      <translation>rustool stoppa uventa</translation>
    </message>
    <message>
      <source>rustool stoppet uventet forrige gang det ble brukt. Det du hadde lagret, er trygt, og utkast lagres mens du skriver.</source>
      <translation>rustool stoppa uventa førre gong det vart brukt. Det du hadde lagra, er trygt, og utkast blir lagra medan du skriv.</translation>
    </message>
    <message>
      <source>rustool – uventet feil</source>
      <translation>rustool – uventa feil</translation>
    </message>
  </context>
  <context>
    <name>group_rules</name>
    <message>
      <source>Klienten har ikke samtykket til ansvarsgruppe. Registrer samtykket før opplysninger deles i gruppen.</source>
      <translation>Klienten har ikkje samtykt til ansvarsgruppe. Registrer samtykket før opplysningar blir delte i gruppa.</translation>
    </message>
    <message>
      <source>Oppfølging: {description}</source>
      <translation>Oppfølging: {description}</translation>
    </message>
    <message>
      <source>Samtykket til ansvarsgruppe gjelder ikke per {date} (utløpt, trukket tilbake eller ikke gitt ennå). Registrer et nytt samtykke før opplysninger deles i gruppen.</source>
      <translation>Samtykket til ansvarsgruppe gjeld ikkje per {date} (gått ut, trekt tilbake eller ikkje gitt enno). Registrer eit nytt samtykke før opplysningar blir delte i gruppa.</translation>
    </message>
    <message>
      <source>frist {date}</source>
      <translation>frist {date}</translation>
    </message>
  </context>
  <context>
    <name>groups</name>
    <message>
      <source>Møte i ansvarsgruppen.</source>
      <translation>Møte i ansvarsgruppa.</translation>
    </message>
  </context>
  <context>
    <name>invitation</name>
    <message>
      <source>Ansvarsgruppemøte</source>
      <translation>Ansvarsgruppemøte</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Adresse</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Aktiv</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>Annet</source>
      <translation>Anna</translation>
    </message>
    <message>
      <source>Ansvarsgruppe</source>
      <translation>Ansvarsgruppe</translation>
    </message>
    <message>
      <source>Avsluttet</source>
      <translation>Avslutta</translation>
    </message>
    <message>
      <source>Avsluttet dato</source>
      <translation>Avslutta dato</translation>
    </message>
    <message>
      <source>Barn</source>
      <translation>Barn</translation>
    </message>
    <message>
      <source>Bor sammen med klienten</source>
      <translation>Bur saman med klienten</translation>
    </message>
    <message>
      <source>Din tittel</source>
      <translation>Tittelen din</translation>
    </message>
    <message>
      <source>Ditt navn</source>
      <translation>Namnet ditt</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>E-post</translation>
    </message>
    <message>
      <source>Etternavn</source>
      <translation>Etternamn</translation>
    </message>
    <message>
      <source>Fastlege</source>
      <translation>Fastlege</translation>
    </message>
    <message>
      <source>Foretrukket språk</source>
      <translation>Føretrekt språk</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Fornavn</source>
      <translation>Førenamn</translation>
    </message>
    <message>
      <source>Fulgt opp av</source>
      <translation>Følgt opp av</translation>
    </message>
    <message>
      <source>Fødselsdato</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <source>Fødselsnummer</source>
      <translation>Fødselsnummer</translation>
    </message>
    <message>
      <source>Gitt dato</source>
      <translation>Gitt dato</translation>
    </message>
    <message>
      <source>Gjennomført</source>
      <translation>Gjennomført</translation>
    </message>
    <message>
      <source>Grunn til avslutning</source>
      <translation>Grunn til avslutting</translation>
    </message>
    <message>
      <source>Henvisning</source>
      <translation>Tilvising</translation>
    </message>
    <message>
      <source>Hjemmebesøk</source>
      <translation>Heimebesøk</translation>
    </message>
    <message>
      <source>Individuell plan</source>
      <translation>Individuell plan</translation>
    </message>
    <message>
      <source>Informasjon til pårørende</source>
      <translation>Informasjon til pårørande</translation>
    </message>
    <message>
      <source>Informasjonsutveksling</source>
      <translation>Informasjonsutveksling</translation>
    </message>
    <message>
      <source>Kan få informasjon (samtykke)</source>
      <translation>Kan få informasjon (samtykke)</translation>
    </message>
    <message>
      <source>Kommune</source>
      <translation>Kommune</translation>
    </message>
    <message>
      <source>Kontaktperson i NAV</source>
      <translation>Kontaktperson i NAV</translation>
    </message>
    <message>
      <source>Legekontor</source>
      <translation>Legekontor</translation>
    </message>
    <message>
      <source>Med hvem</source>
      <translation>Med kven</translation>
    </message>
    <message>
      <source>Muntlig</source>
      <translation>Munnleg</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Notater</source>
      <translation>Notat</translation>
    </message>
    <message>
      <source>Nærmeste pårørende</source>
      <translation>Nærmaste pårørande</translation>
    </message>
    <message>
      <source>Omfang (hva kan deles med hvem)</source>
      <translation>Omfang (kva kan delast med kven)</translation>
    </message>
    <message>
      <source>Omsorgsperson</source>
      <translation>Omsorgsperson</translation>
    </message>
    <message>
      <source>Oppfølging</source>
      <translation>Oppfølging</translation>
    </message>
    <message>
      <source>Postnummer</source>
      <translation>Postnummer</translation>
    </message>
    <message>
      <source>Poststed</source>
      <translation>Poststad</translation>
    </message>
    <message>
      <source>Registrert av</source>
      <translation>Registrert av</translation>
    </message>
    <message>
      <source>Relasjon</source>
      <translation>Relasjon</translation>
    </message>
    <message>
      <source>Samtale</source>
      <translation>Samtale</translation>
    </message>
    <message>
      <source>Skriftlig</source>
      <translation>Skriftleg</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Stad</translation>
    </message>
    <message>
      <source>Søsken</source>
      <translation>Sysken</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Telefon fastlege</source>
      <translation>Telefon fastlege</translation>
    </message>
    <message>
      <source>Tidspunkt</source>
      <translation>Tidspunkt</translation>
    </message>
    <message>
      <source>Tjeneste</source>
      <translation>Teneste</translation>
    </message>
    <message>
      <source>Trenger tolk</source>
      <translation>Treng tolk</translation>
    </message>
    <message>
      <source>Trukket tilbake</source>
      <translation>Trekt tilbake</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Utløper</source>
      <translation>Går ut</translation>
    </message>
  </context>
  <context>
    <name>layout</name>
    <message>
      <source>E-post {email}</source>
      <translation>E-post {email}</translation>
    </message>
    <message>
      <source>Ikke beskrevet</source>
      <translation>Ikkje skildra</translation>
    </message>
    <message>
      <source>Side {page} av {total}</source>
      <translation>Side {page} av {total}</translation>
    </message>
    <message>
      <source>Telefon {phone}</source>
      <translation>Telefon {phone}</translation>
    </message>
    <message>
      <source>Unntatt offentlighet, jf. offl. § 13, jf. fvl. § 13</source>
      <translation>Unnateke offentlegheit, jf. offl. § 13, jf. fvl. § 13</translation>
    </message>
    <message>
      <source>nb-NO</source>
      <translation>nn-NO</translation>
    </message>
    <message>
      <source>utskrevet {date}</source>
      <translation>skriven ut {date}</translation>
    </message>
    <message>
      <source>{name}, f. {date}</source>
      <translation>{name}, f. {date}</translation>
    </message>
    <message>
      <source>{name}, f.nr. {national_id}</source>
      <translation>{name}, f.nr. {national_id}</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>Databasefilen er skadet.</source>
      <translation>Databasefila er skadd.</translation>
    </message>
    <message>
      <source>Databasen er i bruk i et annet rustool-vindu eller en kommando.</source>
      <translation>Databasen er i bruk i eit anna rustool-vindauge eller ein kommando.</translation>
    </message>
    <message>
      <source>Databasen er ikke kryptert.</source>
      <translation>Databasen er ikkje kryptert.</translation>
    </message>
    <message>
      <source>Databasen er laget av en nyere versjon av rustool. Filen er ikke endret.</source>
      <translation>Databasen er laga av ein nyare versjon av rustool. Fila er ikkje endra.</translation>
    </message>
    <message>
      <source>Databasen er opptatt i et annet program. Prøv igjen.</source>
      <translation>Databasen er oppteken i eit anna program. Prøv igjen.</translation>
    </message>
    <message>
      <source>Den krypterte kopien ble ikke lik originalen. Databasen er ikke endret.</source>
      <translation>Den krypterte kopien vart ikkje lik originalen. Databasen er ikkje endra.</translation>
    </message>
    <message>
      <source>Det er databasen som er i bruk nå.</source>
      <translation>Det er databasen som er i bruk no.</translation>
    </message>
    <message>
      <source>Det er for mange oppføringer.</source>
      <translation>Det er for mange oppføringar.</translation>
    </message>
    <message>
      <source>Disken er full. Ingenting ble lagret.</source>
      <translation>Disken er full. Ingenting vart lagra.</translation>
    </message>
    <message>
      <source>Er allerede registrert på {client}.</source>
      <translation>Er allereie registrert på {client}.</translation>
    </message>
    <message>
      <source>Er ikke en gyldig dato.</source>
      <translation>Er ikkje ein gyldig dato.</translation>
    </message>
    <message>
      <source>Er ikke en gyldig e-postadresse.</source>
      <translation>Er ikkje ei gyldig e-postadresse.</translation>
    </message>
    <message>
      <source>Er ikke et gyldig tidspunkt.</source>
      <translation>Er ikkje eit gyldig tidspunkt.</translation>
    </message>
    <message>
      <source>Er ikke medlem av ansvarsgruppen.</source>
      <translation>Er ikkje medlem av ansvarsgruppa.</translation>
    </message>
    <message>
      <source>Er utenfor det tillatte området.</source>
      <translation>Er utanfor det tillatne området.</translation>
    </message>
    <message>
      <source>Filen er en SQLite-fil, men ikke en rustool-database.</source>
      <translation>Fila er ei SQLite-fil, men ikkje ein rustool-database.</translation>
    </message>
    <message>
      <source>Filen er ikke en rustool-database.</source>
      <translation>Fila er ikkje ein rustool-database.</translation>
    </message>
    <message>
      <source>Filen finnes ikke.</source>
      <translation>Fila finst ikkje.</translation>
    </message>
    <message>
      <source>Ingen passordfrase er gitt.</source>
      <translation>Ingen passordfrase er gitt.</translation>
    </message>
    <message>
      <source>Inneholder ugyldige tegn.</source>
      <translation>Inneheld ugyldige teikn.</translation>
    </message>
    <message>
      <source>Kan bare inneholde sifre.</source>
      <translation>Kan berre innehalde siffer.</translation>
    </message>
    <message>
      <source>Kan ikke lagre: mappen eller filen er skrivebeskyttet.</source>
      <translation>Kan ikkje lagre: mappa eller fila er skriveverna.</translation>
    </message>
    <message>
      <source>Kan ikke være fram i tid.</source>
      <translation>Kan ikkje vere fram i tid.</translation>
    </message>
    <message>
      <source>Kan ikke være før møtedagen.</source>
      <translation>Kan ikkje vere før møtedagen.</translation>
    </message>
    <message>
      <source>Kan ikke være før samtykket ble gitt.</source>
      <translation>Kan ikkje vere før samtykket vart gitt.</translation>
    </message>
    <message>
      <source>Kan ikke være tom.</source>
      <translation>Kan ikkje vere tom.</translation>
    </message>
    <message>
      <source>Kan ikke åpne databasen: mappen mangler eller er ikke tilgjengelig.</source>
      <translation>Kan ikkje opne databasen: mappa manglar eller er ikkje tilgjengeleg.</translation>
    </message>
    <message>
      <source>Kontrollsifferet stemmer ikke.</source>
      <translation>Kontrollsifferet stemmer ikkje.</translation>
    </message>
    <message>
      <source>Lagringsfeil.</source>
      <translation>Lagringsfeil.</translation>
    </message>
    <message>
      <source>Må fylles ut.</source>
      <translation>Må fyllast ut.</translation>
    </message>
    <message>
      <source>Må ha 11 sifre.</source>
      <translation>Må ha 11 siffer.</translation>
    </message>
    <message>
      <source>Må stå på én linje.</source>
      <translation>Må stå på éi linje.</translation>
    </message>
    <message>
      <source>Noen andre har endret dette mens du hadde det åpent. Det du skrev er beholdt; lukk og åpne på nytt for å se endringen.</source>
      <translation>Nokon andre har endra dette medan du hadde det ope. Det du skreiv, er teke vare på; lukk og opne på nytt for å sjå endringa.</translation>
    </message>
    <message>
      <source>Oppføringen finnes ikke lenger (den er slettet).</source>
      <translation>Oppføringa finst ikkje lenger (den er sletta).</translation>
    </message>
    <message>
      <source>Passordfrasen åpner ikke filen. Ingenting er endret.</source>
      <translation>Passordfrasen opnar ikkje fila. Ingenting er endra.</translation>
    </message>
    <message>
      <source>Stemmer ikke med fødselsnummeret.</source>
      <translation>Stemmer ikkje med fødselsnummeret.</translation>
    </message>
    <message>
      <source>Teksten er for lang.</source>
      <translation>Teksten er for lang.</translation>
    </message>
  </context>
  <context>
    <name>minutes_pdf</name>
    <message>
      <source>Fraværende</source>
      <translation>Fråverande</translation>
    </message>
    <message>
      <source>Frist</source>
      <translation>Frist</translation>
    </message>
    <message>
      <source>Hva</source>
      <translation>Kva</translation>
    </message>
    <message>
      <source>Hvem</source>
      <translation>Kven</translation>
    </message>
    <message>
      <source>Ikke avklart</source>
      <translation>Ikkje avklart</translation>
    </message>
    <message>
      <source>Ikke avtalt</source>
      <translation>Ikkje avtalt</translation>
    </message>
    <message>
      <source>Ikke oppgitt</source>
      <translation>Ikkje oppgitt</translation>
    </message>
    <message>
      <source>Ingen</source>
      <translation>Ingen</translation>
    </message>
    <message>
      <source>Ingen frist</source>
      <translation>Ingen frist</translation>
    </message>
    <message>
      <source>Ingen notater</source>
      <translation>Ingen notat</translation>
    </message>
    <message>
      <source>Ingen oppgaver</source>
      <translation>Ingen oppgåver</translation>
    </message>
    <message>
      <source>Ingen saker på sakslisten</source>
      <translation>Ingen saker på sakslista</translation>
    </message>
    <message>
      <source>Ingen vedtak</source>
      <translation>Ingen vedtak</translation>
    </message>
    <message>
      <source>Meldt forfall</source>
      <translation>Meldt forfall</translation>
    </message>
    <message>
      <source>Neste møte</source>
      <translation>Neste møte</translation>
    </message>
    <message>
      <source>Oppgaver</source>
      <translation>Oppgåver</translation>
    </message>
    <message>
      <source>Oppmøte</source>
      <translation>Oppmøte</translation>
    </message>
    <message>
      <source>Referat fra ansvarsgruppemøte</source>
      <translation>Referat frå ansvarsgruppemøte</translation>
    </message>
    <message>
      <source>Referat fra møte i ansvarsgruppen {date}</source>
      <translation>Referat frå møte i ansvarsgruppa {date}</translation>
    </message>
    <message>
      <source>Saksliste og referat</source>
      <translation>Saksliste og referat</translation>
    </message>
    <message>
      <source>Sted</source>
      <translation>Stad</translation>
    </message>
    <message>
      <source>Tid</source>
      <translation>Tid</translation>
    </message>
    <message>
      <source>Tid og sted</source>
      <translation>Tid og stad</translation>
    </message>
    <message>
      <source>Til stede</source>
      <translation>Til stades</translation>
    </message>
    <message>
      <source>Utført</source>
      <translation>Utført</translation>
    </message>
    <message>
      <source>Vedtak</source>
      <translation>Vedtak</translation>
    </message>
    <message>
      <source>fredag</source>
      <translation>fredag</translation>
    </message>
    <message>
      <source>kl. {time}</source>
      <translation>kl. {time}</translation>
    </message>
    <message>
      <source>lørdag</source>
      <translation>laurdag</translation>
    </message>
    <message>
      <source>mandag</source>
      <translation>måndag</translation>
    </message>
    <message>
      <source>onsdag</source>
      <translation>onsdag</translation>
    </message>
    <message>
      <source>søndag</source>
      <translation>søndag</translation>
    </message>
    <message>
      <source>tirsdag</source>
      <translation>tysdag</translation>
    </message>
    <message>
      <source>torsdag</source>
      <translation>torsdag</translation>
    </message>
  </context>
  <context>
    <name>passphrase</name>
    <message>
      <source>&amp;Gjenta passordfrasen:</source>
      <translation>&amp;Gjenta passordfrasen:</translation>
    </message>
    <message>
      <source>&amp;Ny passordfrase:</source>
      <translation>&amp;Ny passordfrase:</translation>
    </message>
    <message>
      <source>&amp;Passordfrase:</source>
      <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
      <source>&amp;Åpne</source>
      <translation>&amp;Opne</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Databasen er ikke kryptert (utviklervalg), så den har ingen passordfrase.</source>
      <translation>Databasen er ikkje kryptert (utviklarval), så den har ingen passordfrase.</translation>
    </message>
    <message>
      <source>Databasen er kryptert med den nye passordfrasen. Sikkerhetskopier som ble tatt før nå, åpnes fortsatt med den gamle.</source>
      <translation>Databasen er kryptert med den nye passordfrasen. Sikkerheitskopiar som vart tekne før no, blir framleis opna med den gamle.</translation>
    </message>
    <message>
      <source>Databasen er kryptert. Skriv passordfrasen for å åpne den.</source>
      <translation>Databasen er kryptert. Skriv passordfrasen for å opne den.</translation>
    </message>
    <message>
      <source>Databasen krypteres på nytt med den nye passordfrasen.</source>
      <translation>Databasen blir kryptert på nytt med den nye passordfrasen.</translation>
    </message>
    <message>
      <source>De to passordfrasene er ikke like.</source>
      <translation>Dei to passordfrasane er ikkje like.</translation>
    </message>
    <message>
      <source>Den nåværende passordfrasen er feil.</source>
      <translation>Den noverande passordfrasen er feil.</translation>
    </message>
    <message>
      <source>Endre passordfrase</source>
      <translation>Endre passordfrase</translation>
    </message>
    <message>
      <source>Gjenta passordfrasen</source>
      <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
      <source>God</source>
      <translation>God</translation>
    </message>
    <message>
      <source>Ingen passordfrase</source>
      <translation>Ingen passordfrase</translation>
    </message>
    <message>
      <source>Melding</source>
      <translation>Melding</translation>
    </message>
    <message>
      <source>Middels</source>
      <translation>Middels</translation>
    </message>
    <message>
      <source>Ny passordfrase</source>
      <translation>Ny passordfrase</translation>
    </message>
    <message>
      <source>Nåværende &amp;passordfrase:</source>
      <translation>Noverande &amp;passordfrase:</translation>
    </message>
    <message>
      <source>Nåværende passordfrase</source>
      <translation>Noverande passordfrase</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Passordfrase</source>
      <translation>Passordfrase</translation>
    </message>
    <message>
      <source>Passordfrasen du bruker nå, åpner ikke denne filen. Er den en sikkerhetskopi tatt med en tidligere passordfrase, skriv den passordfrasen; dataene krypteres med den du bruker nå når de hentes inn. Er filen ikke en sikkerhetskopi fra rustool, velg Avbryt.</source>
      <translation>Passordfrasen du brukar no, opnar ikkje denne fila. Er fila ein sikkerheitskopi teken med ein tidlegare passordfrase, skriv den passordfrasen; opplysningane blir krypterte med den du brukar no, når dei blir henta inn. Er fila ikkje ein sikkerheitskopi frå rustool, vel Avbryt.</translation>
    </message>
    <message>
      <source>Passordfrasen er endret</source>
      <translation>Passordfrasen er endra</translation>
    </message>
    <message>
      <source>Passordfrasen er for lett å gjette. Bruk flere eller sjeldnere ord.</source>
      <translation>Passordfrasen er for lett å gjette. Bruk fleire eller sjeldnare ord.</translation>
    </message>
    <message>
      <source>Passordfrasen er ikke endret</source>
      <translation>Passordfrasen er ikkje endra</translation>
    </message>
    <message>
      <source>Passordfrasen kan ikke hentes fram igjen. Glemmer du den, kommer ingen til dataene, heller ikke fra sikkerhetskopiene. Skriv den ned og oppbevar den trygt.</source>
      <translation>Passordfrasen kan ikkje hentast fram att. Gløymer du den, kjem ingen til opplysningane, heller ikkje frå sikkerheitskopiane. Skriv den ned og oppbevar den trygt.</translation>
    </message>
    <message>
      <source>Passordfrasen må ha minst {n} tegn.</source>
      <translation>Passordfrasen må ha minst {n} teikn.</translation>
    </message>
    <message>
      <source>Passordfrasen åpner ikke denne filen. Prøv igjen.</source>
      <translation>Passordfrasen opnar ikkje denne fila. Prøv igjen.</translation>
    </message>
    <message>
      <source>Sterk</source>
      <translation>Sterk</translation>
    </message>
    <message>
      <source>Styrke</source>
      <translation>Styrke</translation>
    </message>
    <message>
      <source>Styrke:</source>
      <translation>Styrke:</translation>
    </message>
    <message>
      <source>Svak</source>
      <translation>Svak</translation>
    </message>
    <message>
      <source>Svært svak</source>
      <translation>Svært svak</translation>
    </message>
    <message>
      <source>{strength} – for svak.</source>
      <translation>{strength} – for svak.</translation>
    </message>
    <message>
      <source>{strength} – godt nok.</source>
      <translation>{strength} – godt nok.</translation>
    </message>
  </context>
  <context>
    <name>plan_pdf</name>
    <message>
      <source>Det er ikke registrert noe samtykke til planen som gjelder nå.</source>
      <translation>Det er ikkje registrert noko samtykke til planen som gjeld no.</translation>
    </message>
    <message>
      <source>Dette er planen din. Den viser hva du ønsker å få til, hva som skal gjøres for at du skal nå målene dine, og hvem som har ansvaret for hva.</source>
      <translation>Dette er planen din. Den viser kva du ønskjer å få til, kva som skal gjerast for at du skal nå måla dine, og kven som har ansvaret for kva.</translation>
    </message>
    <message>
      <source>Du ga samtykke til planen {date}.</source>
      <translation>Du gav samtykke til planen {date}.</translation>
    </message>
    <message>
      <source>Evaluering {date}</source>
      <translation>Evaluering {date}</translation>
    </message>
    <message>
      <source>Hva som skal gjøres, og hvem som har ansvaret</source>
      <translation>Kva som skal gjerast, og kven som har ansvaret</translation>
    </message>
    <message>
      <source>Hvem er med</source>
      <translation>Kven er med</translation>
    </message>
    <message>
      <source>Hvem har ansvaret</source>
      <translation>Kven har ansvaret</translation>
    </message>
    <message>
      <source>Ikke avklart ennå</source>
      <translation>Ikkje avklart enno</translation>
    </message>
    <message>
      <source>Ikke bestemt ennå</source>
      <translation>Ikkje bestemt enno</translation>
    </message>
    <message>
      <source>Ikke evaluert ennå</source>
      <translation>Ikkje evaluert enno</translation>
    </message>
    <message>
      <source>Individuell plan</source>
      <translation>Individuell plan</translation>
    </message>
    <message>
      <source>Individuell plan: mål, tiltak og hvem som har ansvaret</source>
      <translation>Individuell plan: mål, tiltak og kven som har ansvaret</translation>
    </message>
    <message>
      <source>Ingen deltakere er skrevet ned ennå.</source>
      <translation>Ingen deltakarar er skrivne ned enno.</translation>
    </message>
    <message>
      <source>Ingen koordinator ennå</source>
      <translation>Ingen koordinator enno</translation>
    </message>
    <message>
      <source>Ingen mål er skrevet ned ennå.</source>
      <translation>Ingen mål er skrivne ned enno.</translation>
    </message>
    <message>
      <source>Ingen tiltak er satt opp ennå.</source>
      <translation>Ingen tiltak er sette opp enno.</translation>
    </message>
    <message>
      <source>Med mine egne ord</source>
      <translation>Med mine eigne ord</translation>
    </message>
    <message>
      <source>Mine mål</source>
      <translation>Måla mine</translation>
    </message>
    <message>
      <source>Mine ressurser</source>
      <translation>Ressursane mine</translation>
    </message>
    <message>
      <source>Mål {number}</source>
      <translation>Mål {number}</translation>
    </message>
    <message>
      <source>Mål {number} ({area})</source>
      <translation>Mål {number} ({area})</translation>
    </message>
    <message>
      <source>Neste gjennomgang av planen</source>
      <translation>Neste gjennomgang av planen</translation>
    </message>
    <message>
      <source>Når</source>
      <translation>Når</translation>
    </message>
    <message>
      <source>Om planen</source>
      <translation>Om planen</translation>
    </message>
    <message>
      <source>Planen er ikke evaluert ennå.</source>
      <translation>Planen er ikkje evaluert enno.</translation>
    </message>
    <message>
      <source>Planperiode</source>
      <translation>Planperiode</translation>
    </message>
    <message>
      <source>Samarbeid med andre tjenester</source>
      <translation>Samarbeid med andre tenester</translation>
    </message>
    <message>
      <source>Samtykke</source>
      <translation>Samtykke</translation>
    </message>
    <message>
      <source>Sist evaluert</source>
      <translation>Sist evaluert</translation>
    </message>
    <message>
      <source>Slik har det gått</source>
      <translation>Slik har det gått</translation>
    </message>
    <message>
      <source>Tiltak {number}</source>
      <translation>Tiltak {number}</translation>
    </message>
    <message>
      <source>fra {date}</source>
      <translation>frå {date}</translation>
    </message>
    <message>
      <source>innen {date}</source>
      <translation>innan {date}</translation>
    </message>
    <message>
      <source>på {horizon}</source>
      <translation>på {horizon}</translation>
    </message>
    <message>
      <source>til {date}</source>
      <translation>til {date}</translation>
    </message>
  </context>
  <context>
    <name>plan_rules</name>
    <message>
      <source>Annet</source>
      <translation>Anna</translation>
    </message>
    <message>
      <source>Ansvarlig</source>
      <translation>Ansvarleg</translation>
    </message>
    <message>
      <source>Arbeid og aktivitet</source>
      <translation>Arbeid og aktivitet</translation>
    </message>
    <message>
      <source>Beskrivelse</source>
      <translation>Skildring</translation>
    </message>
    <message>
      <source>Bolig</source>
      <translation>Bustad</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Dato</translation>
    </message>
    <message>
      <source>Familie</source>
      <translation>Familie</translation>
    </message>
    <message>
      <source>Fritid</source>
      <translation>Fritid</translation>
    </message>
    <message>
      <source>Fysisk helse</source>
      <translation>Fysisk helse</translation>
    </message>
    <message>
      <source>Klientens egne ord</source>
      <translation>Klienten sine eigne ord</translation>
    </message>
    <message>
      <source>Koordinator</source>
      <translation>Koordinator</translation>
    </message>
    <message>
      <source>Livsområde</source>
      <translation>Livsområde</translation>
    </message>
    <message>
      <source>Mål {number} {description} har ingen tiltak.</source>
      <translation>Mål {number} {description} har ingen tiltak.</translation>
    </message>
    <message>
      <source>Mål {number} {description} skulle vært nådd {date}, men er fortsatt åpent.</source>
      <translation>Mål {number} {description} skulle ha vore nådd {date}, men er framleis ope.</translation>
    </message>
    <message>
      <source>Måldato</source>
      <translation>Måldato</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Neste revisjon</source>
      <translation>Neste revisjon</translation>
    </message>
    <message>
      <source>Omfang</source>
      <translation>Omfang</translation>
    </message>
    <message>
      <source>Oppsummering</source>
      <translation>Oppsummering</translation>
    </message>
    <message>
      <source>Organisasjon</source>
      <translation>Organisasjon</translation>
    </message>
    <message>
      <source>Periode fra</source>
      <translation>Periode frå</translation>
    </message>
    <message>
      <source>Periode til</source>
      <translation>Periode til</translation>
    </message>
    <message>
      <source>Planen har ingen dato for neste revisjon.</source>
      <translation>Planen har ingen dato for neste revisjon.</translation>
    </message>
    <message>
      <source>Planen har ingen koordinator.</source>
      <translation>Planen har ingen koordinator.</translation>
    </message>
    <message>
      <source>Planen har ingen mål.</source>
      <translation>Planen har ingen mål.</translation>
    </message>
    <message>
      <source>Psykisk helse</source>
      <translation>Psykisk helse</translation>
    </message>
    <message>
      <source>Ressurser</source>
      <translation>Ressursar</translation>
    </message>
    <message>
      <source>Revisjonen av planen var satt til {date} og er forfalt.</source>
      <translation>Revisjonen av planen var sett til {date} og er forseinka.</translation>
    </message>
    <message>
      <source>Rolle</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <source>Rusmiddelbruk</source>
      <translation>Rusmiddelbruk</translation>
    </message>
    <message>
      <source>Samarbeid med andre instanser</source>
      <translation>Samarbeid med andre instansar</translation>
    </message>
    <message>
      <source>Slutt</source>
      <translation>Slutt</translation>
    </message>
    <message>
      <source>Sosialt nettverk</source>
      <translation>Sosialt nettverk</translation>
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
      <translation>Tidsperspektiv</translation>
    </message>
    <message>
      <source>Tiltak {measure} {description} under mål {goal} har ingen ansvarlig.</source>
      <translation>Tiltak {measure} {description} under mål {goal} har ingen ansvarleg.</translation>
    </message>
    <message>
      <source>aktiv</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>avbrutt</source>
      <translation>avbrote</translation>
    </message>
    <message>
      <source>avsluttet</source>
      <translation>avslutta</translation>
    </message>
    <message>
      <source>avsluttet uten å nås</source>
      <translation>avslutta utan å nåast</translation>
    </message>
    <message>
      <source>gjennomført</source>
      <translation>gjennomført</translation>
    </message>
    <message>
      <source>kort sikt</source>
      <translation>kort sikt</translation>
    </message>
    <message>
      <source>lang sikt</source>
      <translation>lang sikt</translation>
    </message>
    <message>
      <source>nådd</source>
      <translation>nådd</translation>
    </message>
    <message>
      <source>planlagt</source>
      <translation>planlagt</translation>
    </message>
    <message>
      <source>pågår</source>
      <translation>pågår</translation>
    </message>
    <message>
      <source>Økonomi</source>
      <translation>Økonomi</translation>
    </message>
    <message>
      <source>åpent</source>
      <translation>ope</translation>
    </message>
  </context>
  <context>
    <name>plans</name>
    <message>
      <source>Ansvarsgruppe: {members}.</source>
      <translation>Ansvarsgruppe: {members}.</translation>
    </message>
    <message>
      <source>Individuell plan: {status} (periode {period}).</source>
      <translation>Individuell plan: {status} (periode {period}).</translation>
    </message>
    <message>
      <source>Individuell plan: {status} {period}, neste revisjon {date} (forfalt).</source>
      <translation>Individuell plan: {status} {period}, neste revisjon {date} (over fristen).</translation>
    </message>
    <message>
      <source>Individuell plan: {status} {period}, neste revisjon {date}.</source>
      <translation>Individuell plan: {status} {period}, neste revisjon {date}.</translation>
    </message>
    <message>
      <source>Individuell plan: {status} {period}.</source>
      <translation>Individuell plan: {status} {period}.</translation>
    </message>
    <message>
      <source>Ingen individuell plan er registrert.</source>
      <translation>Ingen individuell plan er registrert.</translation>
    </message>
    <message>
      <source>Klienten har takket nei til individuell plan ({date}).</source>
      <translation>Klienten har takka nei til individuell plan ({date}).</translation>
    </message>
    <message>
      <source>Koordinator: {name}.</source>
      <translation>Koordinator: {name}.</translation>
    </message>
    <message>
      <source>fra {start}</source>
      <translation>frå {start}</translation>
    </message>
    <message>
      <source>fra {start} til {end}</source>
      <translation>frå {start} til {end}</translation>
    </message>
  </context>
  <context>
    <name>referral_labels</name>
    <message>
      <source>Abstinens</source>
      <translation>Abstinens</translation>
    </message>
    <message>
      <source>Alkohol</source>
      <translation>Alkohol</translation>
    </message>
    <message>
      <source>Anabole steroider</source>
      <translation>Anabole steroid</translation>
    </message>
    <message>
      <source>Andre legemidler</source>
      <translation>Andre legemiddel</translation>
    </message>
    <message>
      <source>Annet</source>
      <translation>Anna</translation>
    </message>
    <message>
      <source>Avslag</source>
      <translation>Avslag</translation>
    </message>
    <message>
      <source>Avsluttet</source>
      <translation>Avslutta</translation>
    </message>
    <message>
      <source>Behandling startet</source>
      <translation>Behandling starta</translation>
    </message>
    <message>
      <source>Benzodiazepiner</source>
      <translation>Benzodiazepin</translation>
    </message>
    <message>
      <source>Cannabis</source>
      <translation>Cannabis</translation>
    </message>
    <message>
      <source>Dagbehandling</source>
      <translation>Dagbehandling</translation>
    </message>
    <message>
      <source>Døgnbehandling</source>
      <translation>Døgnbehandling</translation>
    </message>
    <message>
      <source>Elektronisk</source>
      <translation>Elektronisk</translation>
    </message>
    <message>
      <source>Forsømmer andre interesser</source>
      <translation>Forsømer andre interesser</translation>
    </message>
    <message>
      <source>Fortsatt bruk tross skade</source>
      <translation>Vidare bruk trass i skade</translation>
    </message>
    <message>
      <source>GHB</source>
      <translation>GHB</translation>
    </message>
    <message>
      <source>Hallusinogener</source>
      <translation>Hallusinogen</translation>
    </message>
    <message>
      <source>Høy</source>
      <translation>Høg</translation>
    </message>
    <message>
      <source>Injisert</source>
      <translation>Injisert</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Klage sendt</source>
      <translation>Klage sendt</translation>
    </message>
    <message>
      <source>LAR-henvisning</source>
      <translation>LAR-tilvising</translation>
    </message>
    <message>
      <source>Lav</source>
      <translation>Låg</translation>
    </message>
    <message>
      <source>Levert personlig</source>
      <translation>Levert personleg</translation>
    </message>
    <message>
      <source>Moderat</source>
      <translation>Moderat</translation>
    </message>
    <message>
      <source>Mottatt</source>
      <translation>Motteke</translation>
    </message>
    <message>
      <source>Nei</source>
      <translation>Nei</translation>
    </message>
    <message>
      <source>Opioider</source>
      <translation>Opioid</translation>
    </message>
    <message>
      <source>Pengespill</source>
      <translation>Pengespel</translation>
    </message>
    <message>
      <source>Poliklinikk</source>
      <translation>Poliklinikk</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>Rett til nødvendig helsehjelp</source>
      <translation>Rett til nødvendig helsehjelp</translation>
    </message>
    <message>
      <source>Rusfrihet</source>
      <translation>Rusfridom</translation>
    </message>
    <message>
      <source>Røykt</source>
      <translation>Røykt</translation>
    </message>
    <message>
      <source>Sendt</source>
      <translation>Sendt</translation>
    </message>
    <message>
      <source>Sentralstimulerende</source>
      <translation>Sentralstimulerande</translation>
    </message>
    <message>
      <source>Skadereduksjon</source>
      <translation>Skadereduksjon</translation>
    </message>
    <message>
      <source>Sniffet</source>
      <translation>Sniffa</translation>
    </message>
    <message>
      <source>Stabilisering</source>
      <translation>Stabilisering</translation>
    </message>
    <message>
      <source>Sterk lyst eller trang</source>
      <translation>Sterk lyst eller trong</translation>
    </message>
    <message>
      <source>Svekket kontroll</source>
      <translation>Svekt kontroll</translation>
    </message>
    <message>
      <source>Svelget</source>
      <translation>Svelgt</translation>
    </message>
    <message>
      <source>TSB-henvisning</source>
      <translation>TSB-tilvising</translation>
    </message>
    <message>
      <source>Toleranseøkning</source>
      <translation>Toleranseauke</translation>
    </message>
    <message>
      <source>Trukket tilbake</source>
      <translation>Trekt tilbake</translation>
    </message>
    <message>
      <source>Ukjent</source>
      <translation>Ukjend</translation>
    </message>
    <message>
      <source>Utkast</source>
      <translation>Utkast</translation>
    </message>
    <message>
      <source>Utskrevet</source>
      <translation>Utskriven</translation>
    </message>
    <message>
      <source>Vurdert</source>
      <translation>Vurdert</translation>
    </message>
  </context>
  <context>
    <name>referral_pdf</name>
    <message>
      <source>Adresse</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Barn og søsken under 18 år</source>
      <translation>Barn og sysken under 18 år</translation>
    </message>
    <message>
      <source>Bor med klienten</source>
      <translation>Bur med klienten</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Dato</translation>
    </message>
    <message>
      <source>Debutalder</source>
      <translation>Debutalder</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>E-post</translation>
    </message>
    <message>
      <source>Fastlege</source>
      <translation>Fastlege</translation>
    </message>
    <message>
      <source>Fulgt opp av</source>
      <translation>Følgt opp av</translation>
    </message>
    <message>
      <source>Fødselsdato</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <source>Fødselsnummer</source>
      <translation>Fødselsnummer</translation>
    </message>
    <message>
      <source>Født</source>
      <translation>Fødd</translation>
    </message>
    <message>
      <source>Gjelder til</source>
      <translation>Gjeld til</translation>
    </message>
    <message>
      <source>Henviser</source>
      <translation>Tilvisar</translation>
    </message>
    <message>
      <source>Henvisning til LAR</source>
      <translation>Tilvising til LAR</translation>
    </message>
    <message>
      <source>Henvisning til TSB</source>
      <translation>Tilvising til TSB</translation>
    </message>
    <message>
      <source>Henvisning til legemiddelassistert rehabilitering (LAR)</source>
      <translation>Tilvising til legemiddelassistert rehabilitering (LAR)</translation>
    </message>
    <message>
      <source>Henvisning til tverrfaglig spesialisert rusbehandling (TSB)</source>
      <translation>Tilvising til tverrfagleg spesialisert rusbehandling (TSB)</translation>
    </message>
    <message>
      <source>Hyppighet</source>
      <translation>Kor ofte</translation>
    </message>
    <message>
      <source>Ikke registrert</source>
      <translation>Ikkje registrert</translation>
    </message>
    <message>
      <source>Ingen kartlegging vedlagt</source>
      <translation>Inga kartlegging vedlagd</translation>
    </message>
    <message>
      <source>Ingen registrert</source>
      <translation>Ingen registrerte</translation>
    </message>
    <message>
      <source>Ingen rusmidler registrert</source>
      <translation>Ingen rusmiddel registrerte</translation>
    </message>
    <message>
      <source>Inntak</source>
      <translation>Inntak</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Instrument</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Kartlegging (AUDIT og DUDIT)</source>
      <translation>Kartlegging (AUDIT og DUDIT)</translation>
    </message>
    <message>
      <source>Klient</source>
      <translation>Klient</translation>
    </message>
    <message>
      <source>Kopi til fastlege</source>
      <translation>Kopi til fastlege</translation>
    </message>
    <message>
      <source>Mengde</source>
      <translation>Mengd</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Nei</source>
      <translation>Nei</translation>
    </message>
    <message>
      <source>Omfang</source>
      <translation>Omfang</translation>
    </message>
    <message>
      <source>Omsorgsperson</source>
      <translation>Omsorgsperson</translation>
    </message>
    <message>
      <source>Oppfølging i kommunen</source>
      <translation>Oppfølging i kommunen</translation>
    </message>
    <message>
      <source>Poengsum</source>
      <translation>Poengsum</translation>
    </message>
    <message>
      <source>Relasjon</source>
      <translation>Relasjon</translation>
    </message>
    <message>
      <source>Rusmiddel</source>
      <translation>Rusmiddel</translation>
    </message>
    <message>
      <source>Rusmiddelbruk</source>
      <translation>Rusmiddelbruk</translation>
    </message>
    <message>
      <source>Samtykke</source>
      <translation>Samtykke</translation>
    </message>
    <message>
      <source>Samtykke til henvisning gitt</source>
      <translation>Samtykke til tilvising gitt</translation>
    </message>
    <message>
      <source>Samtykke til henvisning ikke registrert</source>
      <translation>Samtykke til tilvising ikkje registrert</translation>
    </message>
    <message>
      <source>Sendt</source>
      <translation>Sendt</translation>
    </message>
    <message>
      <source>Sist brukt</source>
      <translation>Sist brukt</translation>
    </message>
    <message>
      <source>Sone</source>
      <translation>Sone</translation>
    </message>
    <message>
      <source>Sted og dato ______________________   Underskrift ______________________</source>
      <translation>Stad og dato ______________________   Underskrift ______________________</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Tittel</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <source>UTKAST – ikke sendt</source>
      <translation>UTKAST – ikkje sendt</translation>
    </message>
    <message>
      <source>Virksomhet</source>
      <translation>Verksemd</translation>
    </message>
    <message>
      <source>telefon {phone}</source>
      <translation>telefon {phone}</translation>
    </message>
    <message>
      <source>{score} av {highest}</source>
      <translation>{score} av {highest}</translation>
    </message>
    <message>
      <source>{title}: {count} av {total}</source>
      <translation>{title}: {count} av {total}</translation>
    </message>
  </context>
  <context>
    <name>referral_rules</name>
    <message>
      <source>Abstinens</source>
      <translation>Abstinens</translation>
    </message>
    <message>
      <source>Aktuelt</source>
      <translation>Aktuelt</translation>
    </message>
    <message>
      <source>Alkohol</source>
      <translation>Alkohol</translation>
    </message>
    <message>
      <source>Allergier</source>
      <translation>Allergiar</translation>
    </message>
    <message>
      <source>Allergier, også mot legemidler.</source>
      <translation>Allergiar, også mot legemiddel.</translation>
    </message>
    <message>
      <source>Anabole steroider</source>
      <translation>Anabole steroid</translation>
    </message>
    <message>
      <source>Andre forhold</source>
      <translation>Andre forhold</translation>
    </message>
    <message>
      <source>Andre legemidler</source>
      <translation>Andre legemiddel</translation>
    </message>
    <message>
      <source>Andre tjenester klienten har kontakt med, også statlig NAV.</source>
      <translation>Andre tenester klienten har kontakt med, også statleg NAV.</translation>
    </message>
    <message>
      <source>Annet</source>
      <translation>Anna</translation>
    </message>
    <message>
      <source>Arbeid eller utdanning (også sykmelding), økonomi, gjeld, nettverk.</source>
      <translation>Arbeid eller utdanning (også sjukmelding), økonomi, gjeld, nettverk.</translation>
    </message>
    <message>
      <source>Arbeid, utdanning og økonomi</source>
      <translation>Arbeid, utdanning og økonomi</translation>
    </message>
    <message>
      <source>Avhengighetskriterier (ICD-10) siste år</source>
      <translation>Avhengnadskriterium (ICD-10) siste år</translation>
    </message>
    <message>
      <source>Begrunnelse</source>
      <translation>Grunngiving</translation>
    </message>
    <message>
      <source>Begrunnelse for henvisningen</source>
      <translation>Grunngiving for tilvisinga</translation>
    </message>
    <message>
      <source>Behov for avrusning</source>
      <translation>Behov for avrusing</translation>
    </message>
    <message>
      <source>Benzodiazepiner</source>
      <translation>Benzodiazepin</translation>
    </message>
    <message>
      <source>Boforhold nå og om boligen er trygg under og etter behandling.</source>
      <translation>Buforhold no og om bustaden er trygg under og etter behandlinga.</translation>
    </message>
    <message>
      <source>Bolig</source>
      <translation>Bustad</translation>
    </message>
    <message>
      <source>Cannabis</source>
      <translation>Cannabis</translation>
    </message>
    <message>
      <source>Datoen den kommunale tjenesten var med.</source>
      <translation>Datoen den kommunale tenesta var med.</translation>
    </message>
    <message>
      <source>Datoen fastlegen var med.</source>
      <translation>Datoen fastlegen var med.</translation>
    </message>
    <message>
      <source>Datoen klienten var med på å skrive henvisningen.</source>
      <translation>Datoen klienten var med på å skrive tilvisinga.</translation>
    </message>
    <message>
      <source>Det tabellen ikke får fram: mønster, utvikling og perioder uten rus.</source>
      <translation>Det tabellen ikkje får fram: mønster, utvikling og periodar utan rus.</translation>
    </message>
    <message>
      <source>Dokumentasjon av avhengigheten</source>
      <translation>Dokumentasjon av avhengnaden</translation>
    </message>
    <message>
      <source>Dokumentasjon og prøver</source>
      <translation>Dokumentasjon og prøver</translation>
    </message>
    <message>
      <source>EKG vedlagt</source>
      <translation>EKG vedlagt</translation>
    </message>
    <message>
      <source>Familie og sosialt</source>
      <translation>Familie og sosialt</translation>
    </message>
    <message>
      <source>Familiesituasjon</source>
      <translation>Familiesituasjon</translation>
    </message>
    <message>
      <source>Familiesituasjonen; barn og søsken under 18 år skrives ut fra barnelisten.</source>
      <translation>Familiesituasjonen; barn og sysken under 18 år blir skrivne ut frå barnelista.</translation>
    </message>
    <message>
      <source>Fastlege – deltaker</source>
      <translation>Fastlege – deltakar</translation>
    </message>
    <message>
      <source>Fastlegen deltok (dato)</source>
      <translation>Fastlegen deltok (dato)</translation>
    </message>
    <message>
      <source>Fastlegen som var med på å skrive henvisningen.</source>
      <translation>Fastlegen som var med på å skrive tilvisinga.</translation>
    </message>
    <message>
      <source>Forslag til utleveringssted</source>
      <translation>Forslag til utleveringsstad</translation>
    </message>
    <message>
      <source>Forsømmer andre interesser</source>
      <translation>Forsømer andre interesser</translation>
    </message>
    <message>
      <source>Fortsatt bruk tross skade</source>
      <translation>Vidare bruk trass i skade</translation>
    </message>
    <message>
      <source>Førerkort</source>
      <translation>Førarkort</translation>
    </message>
    <message>
      <source>GHB</source>
      <translation>GHB</translation>
    </message>
    <message>
      <source>Hallusinogener</source>
      <translation>Hallusinogen</translation>
    </message>
    <message>
      <source>Hepatitt, hiv, lever, nyrer og blodstatus.</source>
      <translation>Hepatitt, hiv, lever, nyrer og blodstatus.</translation>
    </message>
    <message>
      <source>Hva klienten ønsker hjelp til</source>
      <translation>Kva klienten ønskjer hjelp til</translation>
    </message>
    <message>
      <source>Hva klienten ønsker hjelp til – helst med klientens egne ord.</source>
      <translation>Kva klienten ønskjer hjelp til – helst med klienten sine eigne ord.</translation>
    </message>
    <message>
      <source>Hva som motiverer klienten for behandling nå.</source>
      <translation>Kva som motiverer klienten for behandling no.</translation>
    </message>
    <message>
      <source>Hvem i kommunen som var med på å skrive henvisningen.</source>
      <translation>Kven i kommunen som var med på å skrive tilvisinga.</translation>
    </message>
    <message>
      <source>Hvor legemidlet kan utleveres, for eksempel apotek eller kommunen.</source>
      <translation>Kvar legemiddelet kan leverast ut, til dømes apotek eller kommunen.</translation>
    </message>
    <message>
      <source>Hvorfor henvisningen sendes nå, og hva som forventes av spesialisthelsetjenesten.</source>
      <translation>Kvifor tilvisinga blir sendt no, og kva ein ventar av spesialisthelsetenesta.</translation>
    </message>
    <message>
      <source>Høy</source>
      <translation>Høg</translation>
    </message>
    <message>
      <source>ICD-10-kriteriene oppfylt siste år; avhengighet krever minst 3.</source>
      <translation>ICD-10-kriteria som er oppfylte siste år; avhengnad krev minst 3.</translation>
    </message>
    <message>
      <source>Individuell plan, koordinator og ansvarsgruppe</source>
      <translation>Individuell plan, koordinator og ansvarsgruppe</translation>
    </message>
    <message>
      <source>Injiserer</source>
      <translation>Injiserer</translation>
    </message>
    <message>
      <source>Injisert</source>
      <translation>Injisert</translation>
    </message>
    <message>
      <source>Interesser og nære personer som støtter klienten.</source>
      <translation>Interesser og nære personar som støttar klienten.</translation>
    </message>
    <message>
      <source>Interesser og nære støttepersoner</source>
      <translation>Interesser og nære støttepersonar</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Journaler, epikriser og prøvesvar som dokumenterer avhengigheten.</source>
      <translation>Journalar, epikriser og prøvesvar som dokumenterer avhengnaden.</translation>
    </message>
    <message>
      <source>Juridiske forhold</source>
      <translation>Juridiske forhold</translation>
    </message>
    <message>
      <source>Klienten deltok (dato)</source>
      <translation>Klienten deltok (dato)</translation>
    </message>
    <message>
      <source>Klientens egen søknad vedlagt</source>
      <translation>Klienten sin eigen søknad vedlagt</translation>
    </message>
    <message>
      <source>Klientens mål med LAR</source>
      <translation>Målet klienten har med LAR</translation>
    </message>
    <message>
      <source>Klientens mål: rusfrihet, stabilisering eller skadereduksjon.</source>
      <translation>Målet til klienten: rusfridom, stabilisering eller skadereduksjon.</translation>
    </message>
    <message>
      <source>Klientens ressurser og sterke sider – det behandlingen kan bygge på.</source>
      <translation>Ressursane og dei sterke sidene til klienten – det behandlinga kan byggje på.</translation>
    </message>
    <message>
      <source>Klientens ønske om legemiddel – retningslinjen legger vekt på det.</source>
      <translation>Klienten sitt ønske om legemiddel – retningslinja legg vekt på det.</translation>
    </message>
    <message>
      <source>Klientens ønsker om type og sted for behandling, og hvorfor.</source>
      <translation>Klienten sine ønske om type og stad for behandling, og kvifor.</translation>
    </message>
    <message>
      <source>Kommunal tjeneste deltok (dato)</source>
      <translation>Kommunal teneste deltok (dato)</translation>
    </message>
    <message>
      <source>Kommunal tjeneste – deltaker</source>
      <translation>Kommunal teneste – deltakar</translation>
    </message>
    <message>
      <source>Komplikasjoner av injisering</source>
      <translation>Komplikasjonar av injisering</translation>
    </message>
    <message>
      <source>Komplikasjoner som abscesser, hepatitt, sepsis eller endokarditt.</source>
      <translation>Komplikasjonar som abscessar, hepatitt, sepsis eller endokarditt.</translation>
    </message>
    <message>
      <source>Kryss av hvis klienten har skrevet dette selv.</source>
      <translation>Kryss av om klienten har skrive dette sjølv.</translation>
    </message>
    <message>
      <source>Kryss av hvis klienten injiserer rusmidler.</source>
      <translation>Kryss av om klienten injiserer rusmiddel.</translation>
    </message>
    <message>
      <source>Kryss av når EKG er tatt og følger med.</source>
      <translation>Kryss av når EKG er teke og følgjer med.</translation>
    </message>
    <message>
      <source>Kryss av når fastlegen har beskrevet somatisk og psykisk helse.</source>
      <translation>Kryss av når fastlegen har skildra somatisk og psykisk helse.</translation>
    </message>
    <message>
      <source>Kryss av når klientens egen søknad følger med.</source>
      <translation>Kryss av når klienten sin eigen søknad følgjer med.</translation>
    </message>
    <message>
      <source>Lav</source>
      <translation>Låg</translation>
    </message>
    <message>
      <source>Legemidler</source>
      <translation>Legemiddel</translation>
    </message>
    <message>
      <source>Legemidler klienten bruker nå, og relevante tidligere legemidler.</source>
      <translation>Legemiddel klienten brukar no, og relevante tidlegare legemiddel.</translation>
    </message>
    <message>
      <source>Moderat</source>
      <translation>Moderat</translation>
    </message>
    <message>
      <source>Motivasjon</source>
      <translation>Motivasjon</translation>
    </message>
    <message>
      <source>Mål og medisinering</source>
      <translation>Mål og medisinering</translation>
    </message>
    <message>
      <source>Målet med klientens egne ord</source>
      <translation>Målet med klienten sine eigne ord</translation>
    </message>
    <message>
      <source>Målet med klientens egne ord.</source>
      <translation>Målet med klienten sine eigne ord.</translation>
    </message>
    <message>
      <source>Navn på dokumentene som følger med, for eksempel «Skriv fra fastlege».</source>
      <translation>Namn på dokumenta som følgjer med, til dømes «Skriv frå fastlege».</translation>
    </message>
    <message>
      <source>Nei</source>
      <translation>Nei</translation>
    </message>
    <message>
      <source>Om klienten har førerkort.</source>
      <translation>Om klienten har førarkort.</translation>
    </message>
    <message>
      <source>Om klienten har individuell plan, koordinator og ansvarsgruppe, og hvem.</source>
      <translation>Om klienten har individuell plan, koordinator og ansvarsgruppe, og kven.</translation>
    </message>
    <message>
      <source>Om klienten trenger avrusning før eller i starten av behandlingen.</source>
      <translation>Om klienten treng avrusing før eller i starten av behandlinga.</translation>
    </message>
    <message>
      <source>Om mulige somatiske årsaker er vurdert, blodprøver der det passer.</source>
      <translation>Om moglege somatiske årsaker er vurderte, blodprøver der det passar.</translation>
    </message>
    <message>
      <source>Opioidavhengighet</source>
      <translation>Opioidavhengnad</translation>
    </message>
    <message>
      <source>Opioidavhengighet – historikk</source>
      <translation>Opioidavhengnad – historikk</translation>
    </message>
    <message>
      <source>Opioiddominert avhengighet: varighet, omfang, stoffer, debut, forløp.</source>
      <translation>Opioiddominert avhengnad: varigheit, omfang, stoff, debut, forløp.</translation>
    </message>
    <message>
      <source>Opioider</source>
      <translation>Opioid</translation>
    </message>
    <message>
      <source>Overdosefare</source>
      <translation>Overdosefare</translation>
    </message>
    <message>
      <source>Overdosefare – vurdert nivå</source>
      <translation>Overdosefare – vurdert nivå</translation>
    </message>
    <message>
      <source>Pengespill</source>
      <translation>Pengespel</translation>
    </message>
    <message>
      <source>Prøvesvar</source>
      <translation>Prøvesvar</translation>
    </message>
    <message>
      <source>Psykisk helse</source>
      <translation>Psykisk helse</translation>
    </message>
    <message>
      <source>Psykiske plager og diagnoser, og hvem som følger dem opp.</source>
      <translation>Psykiske plager og diagnosar, og kven som følgjer dei opp.</translation>
    </message>
    <message>
      <source>Ressurser</source>
      <translation>Ressursar</translation>
    </message>
    <message>
      <source>Rusfrihet</source>
      <translation>Rusfridom</translation>
    </message>
    <message>
      <source>Rusmiddelbruk – utdyping</source>
      <translation>Rusmiddelbruk – utdjuping</translation>
    </message>
    <message>
      <source>Røykt</source>
      <translation>Røykt</translation>
    </message>
    <message>
      <source>Samarbeidspartnere</source>
      <translation>Samarbeidspartnarar</translation>
    </message>
    <message>
      <source>Samlet vurdering av overdosefaren.</source>
      <translation>Samla vurdering av overdosefaren.</translation>
    </message>
    <message>
      <source>Samlet vurdering av selvmordsfaren.</source>
      <translation>Samla vurdering av sjølvmordsfaren.</translation>
    </message>
    <message>
      <source>Selvmordsfare</source>
      <translation>Sjølvmordsfare</translation>
    </message>
    <message>
      <source>Selvmordsfare – vurdert nivå</source>
      <translation>Sjølvmordsfare – vurdert nivå</translation>
    </message>
    <message>
      <source>Sentralstimulerende</source>
      <translation>Sentralstimulerande</translation>
    </message>
    <message>
      <source>Skadereduksjon</source>
      <translation>Skadereduksjon</translation>
    </message>
    <message>
      <source>Skrevet av klienten selv</source>
      <translation>Skrive av klienten sjølv</translation>
    </message>
    <message>
      <source>Skriv fra fastlege vedlagt</source>
      <translation>Skriv frå fastlege vedlagt</translation>
    </message>
    <message>
      <source>Sniffet</source>
      <translation>Sniffa</translation>
    </message>
    <message>
      <source>Somatisk helse</source>
      <translation>Somatisk helse</translation>
    </message>
    <message>
      <source>Somatisk helse, også tannhelse og livsstil; helst med skriv fra fastlege.</source>
      <translation>Somatisk helse, også tannhelse og livsstil; helst med skriv frå fastlege.</translation>
    </message>
    <message>
      <source>Somatiske årsaker vurdert</source>
      <translation>Somatiske årsaker vurderte</translation>
    </message>
    <message>
      <source>Språk og kultur</source>
      <translation>Språk og kultur</translation>
    </message>
    <message>
      <source>Språk og kulturelle hensyn, migrasjonsbakgrunn.</source>
      <translation>Språk og kulturelle omsyn, migrasjonsbakgrunn.</translation>
    </message>
    <message>
      <source>Stabilisering</source>
      <translation>Stabilisering</translation>
    </message>
    <message>
      <source>Sterk lyst eller trang</source>
      <translation>Sterk lyst eller trong</translation>
    </message>
    <message>
      <source>Svekket kontroll</source>
      <translation>Svekt kontroll</translation>
    </message>
    <message>
      <source>Svelget</source>
      <translation>Svelgt</translation>
    </message>
    <message>
      <source>Særlige behov</source>
      <translation>Særlege behov</translation>
    </message>
    <message>
      <source>Tidligere og nåværende behandling og oppfølging</source>
      <translation>Tidlegare og noverande behandling og oppfølging</translation>
    </message>
    <message>
      <source>Tidligere og nåværende behandling og oppfølging, med tid og sted.</source>
      <translation>Tidlegare og noverande behandling og oppfølging, med tid og stad.</translation>
    </message>
    <message>
      <source>Tidligere overdoser</source>
      <translation>Tidlegare overdosar</translation>
    </message>
    <message>
      <source>Tidligere overdoser: når, hva og hvordan de ble håndtert.</source>
      <translation>Tidlegare overdosar: når, kva og korleis dei vart handterte.</translation>
    </message>
    <message>
      <source>Toleranseøkning</source>
      <translation>Toleranseauke</translation>
    </message>
    <message>
      <source>Tolk, møtested, tilrettelegging, ønske om kjønnsdelt behandling.</source>
      <translation>Tolk, møtestad, tilrettelegging, ønske om kjønnsdelt behandling.</translation>
    </message>
    <message>
      <source>Trepartssamarbeid</source>
      <translation>Trepartssamarbeid</translation>
    </message>
    <message>
      <source>Ukjent</source>
      <translation>Ukjend</translation>
    </message>
    <message>
      <source>Vedlegg</source>
      <translation>Vedlegg</translation>
    </message>
    <message>
      <source>Verserende saker og ikke sonede dommer.</source>
      <translation>Verserande saker og dommar som ikkje er sona.</translation>
    </message>
    <message>
      <source>Vold og trusler</source>
      <translation>Vald og truslar</translation>
    </message>
    <message>
      <source>Vold og trusler – utsatt for og/eller utøvd, nå og tidligere.</source>
      <translation>Vald og truslar – utsett for og/eller utøvd, no og tidlegare.</translation>
    </message>
    <message>
      <source>Vurdering av overdosefare og hva den bygger på.</source>
      <translation>Vurdering av overdosefare og kva den byggjer på.</translation>
    </message>
    <message>
      <source>Vurdering av selvmordsfare og hva den bygger på.</source>
      <translation>Vurdering av sjølvmordsfare og kva den byggjer på.</translation>
    </message>
    <message>
      <source>Ønske om legemiddel</source>
      <translation>Ønske om legemiddel</translation>
    </message>
    <message>
      <source>Ønsker for behandling</source>
      <translation>Ønske for behandling</translation>
    </message>
  </context>
  <context>
    <name>screening</name>
    <message>
      <source>Høy risiko</source>
      <translation>Høg risiko</translation>
    </message>
    <message>
      <source>Lav risiko</source>
      <translation>Låg risiko</translation>
    </message>
    <message>
      <source>Mulig avhengighet</source>
      <translation>Mogleg avhengnad</translation>
    </message>
    <message>
      <source>Problematisk bruk</source>
      <translation>Problematisk bruk</translation>
    </message>
    <message>
      <source>Risikofylt bruk</source>
      <translation>Risikofylt bruk</translation>
    </message>
    <message>
      <source>Sannsynlig avhengighet</source>
      <translation>Sannsynleg avhengnad</translation>
    </message>
  </context>
</TS>
