<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn" sourcelanguage="nb_NO">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Godta overføringen</source>
        <translation>Godta overføringa</translation>
    </message>
    <message>
        <source>&amp;Bekreft mottaket</source>
        <translation>&amp;Stadfest mottaket</translation>
    </message>
    <message>
        <source>&amp;Godta overføringen</source>
        <translation>&amp;Godta overføringa</translation>
    </message>
    <message>
        <source>Overføringen</source>
        <translation>Overføringa</translation>
    </message>
    <message>
        <source>Bekreft at {0} har tatt imot loggen. Loggen avsluttes her, og {0} fører den videre.</source>
        <translation>Stadfest at {0} har teke imot loggen. Loggen blir avslutta her, og {0} fører han vidare.</translation>
    </message>
    <message>
        <source>Ny stafettholder</source>
        <translation>Ny stafetthaldar</translation>
    </message>
    <message>
        <source>Velg ny stafettholder</source>
        <translation>Vel ny stafetthaldar</translation>
    </message>
    <message>
        <source>&amp;Ny stafettholder:</source>
        <translation>&amp;Ny stafetthaldar:</translation>
    </message>
    <message>
        <source>Velg hvem i enheten som blir stafettholder. Bare ansatte som er krysset av som både aktør og stafettholder, kan velges. Fra du godtar, har den nye stafettholderen ansvaret.</source>
        <translation>Vel kven i eininga som blir stafetthaldar. Berre tilsette som er kryssa av som både aktør og stafetthaldar, kan veljast. Frå du godtek, har den nye stafetthaldaren ansvaret.</translation>
    </message>
    <message>
        <source>Ingen i enheten er krysset av som både aktør og stafettholder. Kryss av for noen under «Brukere» først, eller avvis overføringen.</source>
        <translation>Ingen i eininga er kryssa av som både aktør og stafetthaldar. Kryss av for nokon under «Brukarar» først, eller avvis overføringa.</translation>
    </message>
    <message>
        <source>Du blir stafettholder for loggen og har ansvaret fra du godtar.</source>
        <translation>Du blir stafetthaldar for loggen og har ansvaret frå du godtek.</translation>
    </message>
    <message>
        <source>Om å godta</source>
        <translation>Om å godta</translation>
    </message>
    <message>
        <source>Velg hvem som blir ny stafettholder.</source>
        <translation>Vel kven som blir ny stafetthaldar.</translation>
    </message>
</context>
<context>
    <name>AnsattDialog</name>
    <message>
        <source>Legg til ansatt</source>
        <translation>Legg til tilsett</translation>
    </message>
    <message>
        <source>Endre ansatt</source>
        <translation>Endre tilsett</translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>&amp;Lagre endringene</source>
        <translation>&amp;Lagre endringane</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>11 siffer. Mellomrom og punktum går fint.</source>
        <translation>11 siffer. Mellomrom og punktum går fint.</translation>
    </message>
    <message>
        <source>11 siffer</source>
        <translation>11 siffer</translation>
    </message>
    <message>
        <source>Fornavn</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Etternavn</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>For eksempel Pedagogisk leder</source>
        <translation>Til dømes Pedagogisk leiar</translation>
    </message>
    <message>
        <source>&amp;Fødselsnummer:</source>
        <translation>&amp;Fødselsnummer:</translation>
    </message>
    <message>
        <source>F&amp;ornavn:</source>
        <translation>Fø&amp;renamn:</translation>
    </message>
    <message>
        <source>&amp;Etternavn:</source>
        <translation>&amp;Etternamn:</translation>
    </message>
    <message>
        <source>&amp;Stilling:</source>
        <translation>&amp;Stilling:</translation>
    </message>
    <message>
        <source>Hva kan den ansatte gjøre i loggene?</source>
        <translation>Kva kan den tilsette gjere i loggane?</translation>
    </message>
    <message>
        <source>&amp;Aktør – kan ha ansvar for tiltak</source>
        <translation>&amp;Aktør – kan ha ansvar for tiltak</translation>
    </message>
    <message>
        <source>Aktør</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>Stafett&amp;holder – kan koordinere logger</source>
        <translation>Stafett&amp;haldar – kan koordinere loggar</translation>
    </message>
    <message>
        <source>Stafettholder</source>
        <translation>Stafetthaldar</translation>
    </message>
    <message>
        <source>Bare den som er krysset av for begge, kan opprette logger og ta imot overføringer.</source>
        <translation>Berre den som er kryssa av for begge, kan opprette loggar og ta imot overføringar.</translation>
    </message>
    <message>
        <source>Kontaktinformasjon for varsler</source>
        <translation>Kontaktinformasjon for varsel</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>navn@kommune.no</source>
        <translation>namn@kommune.no</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-&amp;post:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Varsler om loggene går til e-post og telefon. Feil kontaktinformasjon er den vanligste grunnen til at varsler ikke kommer fram.</source>
        <translation>Varsel om loggane går til e-post og telefon. Feil kontaktinformasjon er den vanlegaste grunnen til at varsel ikkje kjem fram.</translation>
    </message>
</context>
<context>
    <name>ArenaBox</name>
    <message>
        <source>Nytt tiltak …</source>
        <translation>Nytt tiltak …</translation>
    </message>
    <message>
        <source>Nytt tiltak – {0}</source>
        <translation>Nytt tiltak – {0}</translation>
    </message>
    <message>
        <source>Rett …</source>
        <translation>Rett …</translation>
    </message>
    <message>
        <source>Rett tiltak – {0}</source>
        <translation>Rett tiltak – {0}</translation>
    </message>
    <message>
        <source>Evaluer …</source>
        <translation>Evaluer …</translation>
    </message>
    <message>
        <source>Evaluer tiltak – {0}</source>
        <translation>Evaluer tiltak – {0}</translation>
    </message>
    <message>
        <source>Faktor …</source>
        <translation>Faktor …</translation>
    </message>
    <message>
        <source>Vis faktoren – {0}</source>
        <translation>Vis faktoren – {0}</translation>
    </message>
    <message>
        <source>Vis den opprettholdende faktoren tiltaket er satt inn mot</source>
        <translation>Vis den opprethaldande faktoren tiltaket er sett inn mot</translation>
    </message>
    <message>
        <source>Tiltak – {0}</source>
        <translation>Tiltak – {0}</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>Stafettlogg er låst. Lås opp og prøv igjen; det du skrev, er tatt vare på.</source>
        <translation>Stafettlogg er låst. Lås opp og prøv igjen; det du skreiv, er teke vare på.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Ta sikkerhetskopi</source>
        <translation>Ta tryggingskopi</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er én fil med alt som er lagret på denne PC-en, også endringer som ikke er synkronisert ennå. Lagre den et trygt sted utenfor PC-en, for eksempel på kommunens fellesområde.</source>
        <translation>Tryggingskopien er éi fil med alt som er lagra på denne PC-en, også endringar som ikkje er synkroniserte enno. Lagre henne ein trygg stad utanfor PC-en, til dømes på fellesområdet til kommunen.</translation>
    </message>
    <message>
        <source>Filen krypteres med passordfrasen du velger nå. Uten den kan ingen gjenopprette kopien – heller ikke IT-støtte. Skriv den ned og oppbevar den adskilt fra filen.</source>
        <translation>Fila blir kryptert med passordfrasen du vel no. Utan henne kan ingen gjenopprette kopien – heller ikkje IT-støtta. Skriv henne ned og ta vare på henne åtskilt frå fila.</translation>
    </message>
    <message>
        <source>Passordfrase for sikkerhetskopien</source>
        <translation>Passordfrase for tryggingskopien</translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <source>&amp;Passordfrase (minst {0} tegn):</source>
        <translation>&amp;Passordfrase (minst {0} teikn):</translation>
    </message>
    <message>
        <source>&amp;Gjenta passordfrasen:</source>
        <translation>&amp;Gjenta passordfrasen:</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Lagre sikkerhetskopien …</source>
        <translation>&amp;Lagre tryggingskopien …</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Passordfrasen for sikkerhetskopien må ha minst {0} tegn.</source>
        <translation>Passordfrasen for tryggingskopien må ha minst {0} teikn.</translation>
    </message>
    <message>
        <source>De to passordfrasene er ikke like.</source>
        <translation>Dei to passordfrasane er ikkje like.</translation>
    </message>
    <message>
        <source>Stafettlogg er låst. Lås opp og prøv igjen.</source>
        <translation>Stafettlogg er låst. Lås opp og prøv igjen.</translation>
    </message>
    <message>
        <source>Stafettlogg-sikkerhetskopi-{0}</source>
        <translation>Stafettlogg-tryggingskopi-{0}</translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi …</source>
        <translation>Tek tryggingskopi …</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er lagret i {0}.</source>
        <translation>Tryggingskopien er lagra i {0}.</translation>
    </message>
</context>
<context>
    <name>BrukereTab</name>
    <message>
        <source>Brukere</source>
        <translation>Brukarar</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation type="vanished">Manglar</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Aktør</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>Stafettholder</source>
        <translation>Stafetthaldar</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Logger som stafettholder</source>
        <translation>Loggar som stafetthaldar</translation>
    </message>
    <message>
        <source>Logger som aktør</source>
        <translation>Loggar som aktør</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Siste aktivitet</source>
        <translation>Siste aktivitet</translation>
    </message>
    <message>
        <source>Overføring</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>Om brukere</source>
        <translation>Om brukarar</translation>
    </message>
    <message>
        <source>Logger som trenger ny stafettholder</source>
        <translation>Loggar som treng ny stafetthaldar</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Ansatte</source>
        <translation>Tilsette</translation>
    </message>
    <message>
        <source>Filtrer ansatte</source>
        <translation>Filtrer tilsette</translation>
    </message>
    <message>
        <source>Filtrer på navn, stilling, e-post …</source>
        <translation>Filtrer på namn, stilling, e-post …</translation>
    </message>
    <message>
        <source>F&amp;iltrer:</source>
        <translation>F&amp;iltrer:</translation>
    </message>
    <message>
        <source>&amp;Legg til ansatt …</source>
        <translation>&amp;Legg til tilsett …</translation>
    </message>
    <message>
        <source>Legg til ansatt</source>
        <translation>Legg til tilsett</translation>
    </message>
    <message>
        <source>&amp;Endre …</source>
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <source>Endre ansatt</source>
        <translation>Endre tilsett</translation>
    </message>
    <message>
        <source>&amp;Fjern fra enheten …</source>
        <translation>&amp;Fjern frå eininga …</translation>
    </message>
    <message>
        <source>Fjern fra enheten</source>
        <translation>Fjern frå eininga</translation>
    </message>
    <message>
        <source>Ansatte i enheten</source>
        <translation>Tilsette i eininga</translation>
    </message>
    <message>
        <source>Ingen ansatte passer med filteret.</source>
        <translation>Ingen tilsette passar med filteret.</translation>
    </message>
    <message>
        <source>Logger</source>
        <translation>Loggar</translation>
    </message>
    <message>
        <source>Du ser at loggene finnes og hvordan det står til med dem, men ikke hva som står i dem. Er stafettholderen borte eller har sluttet, overfører du loggen på vegne av vedkommende.</source>
        <translation>Du ser at loggane finst og korleis det står til med dei, men ikkje kva som står i dei. Er stafetthaldaren borte eller har slutta, overfører du loggen på vegner av vedkommande.</translation>
    </message>
    <message>
        <source>Loggene til den ansatte</source>
        <translation>Loggane til den tilsette</translation>
    </message>
    <message>
        <source>Ingen logger</source>
        <translation>Ingen loggar</translation>
    </message>
    <message>
        <source>&amp;Overfør på vegne av …</source>
        <translation>&amp;Overfør på vegner av …</translation>
    </message>
    <message>
        <source>Overfør på vegne av</source>
        <translation>Overfør på vegner av</translation>
    </message>
    <message>
        <source>&amp;Slett loggen …</source>
        <translation>&amp;Slett loggen …</translation>
    </message>
    <message>
        <source>Slett loggen</source>
        <translation>Slett loggen</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <source>{0} (fjernet)</source>
        <translation>{0} (fjerna)</translation>
    </message>
    <message>
        <source>Stafettholder og aktør</source>
        <translation>Stafetthaldar og aktør</translation>
    </message>
    <message>
        <source>Venter på svar fra {0} (sendt {1})</source>
        <translation>Ventar på svar frå {0} (sendt {1})</translation>
    </message>
    <message>
        <source>De ansatte i {0}. Kryss av for hvem som kan være aktør og stafettholder, og hold kontaktinformasjonen oppdatert. Velg en ansatt for å se loggene vedkommende har.</source>
        <translation>Dei tilsette i {0}. Kryss av for kven som kan vere aktør og stafetthaldar, og hald kontaktinformasjonen oppdatert. Vel ein tilsett for å sjå loggane vedkommande har.</translation>
    </message>
    <message>
        <source>{0} er fjernet fra enheten, men er fortsatt stafettholder for {1} logg(er).</source>
        <translation>{0} er fjerna frå eininga, men er framleis stafetthaldar for {1} logg(ar).</translation>
    </message>
    <message>
        <source>Velg personen og overfør loggene til en ny stafettholder.</source>
        <translation>Vel personen og overfør loggane til ein ny stafetthaldar.</translation>
    </message>
    <message>
        <source>Velg en ansatt for å se loggene.</source>
        <translation>Vel ein tilsett for å sjå loggane.</translation>
    </message>
    <message>
        <source>Loggene til {0}</source>
        <translation>Loggane til {0}</translation>
    </message>
    <message>
        <source>Henter loggene …</source>
        <translation>Hentar loggane …</translation>
    </message>
    <message>
        <source>{0} har ingen logger i enheten.</source>
        <translation>{0} har ingen loggar i eininga.</translation>
    </message>
    <message>
        <source>Du kan ikke fjerne deg selv.</source>
        <translation>Du kan ikkje fjerne deg sjølv.</translation>
    </message>
    <message>
        <source>Velg en ansatt i listen.</source>
        <translation>Vel ein tilsett i lista.</translation>
    </message>
    <message>
        <source>Velg en logg i listen.</source>
        <translation>Vel ein logg i lista.</translation>
    </message>
    <message>
        <source>Loggen venter allerede på at mottakeren skal svare på en overføring.</source>
        <translation>Loggen ventar allereie på at mottakaren skal svare på ei overføring.</translation>
    </message>
    <message>
        <source>Bare aktive logger kan overføres.</source>
        <translation>Berre aktive loggar kan overførast.</translation>
    </message>
    <message>
        <source>Bare passive logger kan slettes.</source>
        <translation>Berre passive loggar kan slettast.</translation>
    </message>
    <message>
        <source>Fjerne den ansatte?</source>
        <translation>Fjerne den tilsette?</translation>
    </message>
    <message>
        <source>Fjerne {0} fra {1}?</source>
        <translation>Fjerne {0} frå {1}?</translation>
    </message>
    <message>
        <source>{0} kan ikke lenger logge inn eller arbeide i loggene. Navnet blir stående i historikken.</source>
        <translation>{0} kan ikkje lenger logge inn eller arbeide i loggane. Namnet blir ståande i historikken.</translation>
    </message>
    <message>
        <source>{0} er stafettholder for {1} logg(er). De må få en ny stafettholder: du finner dem her, og overfører dem med «Overfør på vegne av …».</source>
        <translation>{0} er stafetthaldar for {1} logg(ar). Dei må få ein ny stafetthaldar: du finn dei her, og overfører dei med «Overfør på vegner av …».</translation>
    </message>
    <message>
        <source>&amp;Fjern fra enheten</source>
        <translation>&amp;Fjern frå eininga</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Slette loggen?</source>
        <translation>Slette loggen?</translation>
    </message>
    <message>
        <source>Slette loggen for {0}?</source>
        <translation>Slette loggen for {0}?</translation>
    </message>
    <message>
        <source>Loggen og alt som står i den blir slettet for alle, og det kan ikke angres. Det signerte samtykket blir liggende i arkivet. Slettingen blir ført i revisjonsloggen.</source>
        <translation>Loggen og alt som står i han, blir sletta for alle, og det kan ikkje angrast. Det signerte samtykket blir liggjande i arkivet. Slettinga blir ført i revisjonsloggen.</translation>
    </message>
    <message>
        <source>&amp;Slett loggen for godt</source>
        <translation>&amp;Slett loggen for godt</translation>
    </message>
    <message>
        <source>Slett loggen for godt</source>
        <translation>Slett loggen for godt</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Endre lesetilgang</source>
        <translation>Endre lesetilgang</translation>
    </message>
    <message>
        <source>&amp;Lagre endringen</source>
        <translation>&amp;Lagre endringa</translation>
    </message>
    <message>
        <source>Endre hva &lt;b&gt;{0}&lt;/b&gt; kan lese. Tilgangen hviler på det samme samtykket som før.</source>
        <translation>Endre kva &lt;b&gt;{0}&lt;/b&gt; kan lese. Tilgangen byggjer på det same samtykket som før.</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <source>mor</source>
        <translation>mor</translation>
    </message>
    <message>
        <source>far</source>
        <translation>far</translation>
    </message>
    <message>
        <source>medmor</source>
        <translation>medmor</translation>
    </message>
    <message>
        <source>verge</source>
        <translation>verje</translation>
    </message>
    <message>
        <source>fosterforelder</source>
        <translation>fosterforelder</translation>
    </message>
    <message>
        <source>steforelder</source>
        <translation>steforelder</translation>
    </message>
    <message>
        <source>besteforelder</source>
        <translation>besteforelder</translation>
    </message>
    <message>
        <source>Barnet og foresatte</source>
        <translation>Barnet og føresette</translation>
    </message>
    <message>
        <source>Skriv inn barnet og de foresatte før loggen opprettes. Felt merket * må fylles ut.</source>
        <translation>Skriv inn barnet og dei føresette før loggen blir oppretta. Felt merkte med * må fyllast ut.</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>Barnet</translation>
    </message>
    <message>
        <source>Barnets fornavn</source>
        <translation>Førenamnet til barnet</translation>
    </message>
    <message>
        <source>Barnets etternavn</source>
        <translation>Etternamnet til barnet</translation>
    </message>
    <message>
        <source>Barnets fødselsnummer</source>
        <translation>Fødselsnummeret til barnet</translation>
    </message>
    <message>
        <source>11 siffer. Mellomrom og punktum er tillatt.</source>
        <translation>11 siffer. Mellomrom og punktum er tillate.</translation>
    </message>
    <message>
        <source>11 siffer (ddmmåå + 5)</source>
        <translation>11 siffer (ddmmåå + 5)</translation>
    </message>
    <message>
        <source>Feil i barnets fornavn</source>
        <translation>Feil i førenamnet til barnet</translation>
    </message>
    <message>
        <source>Feil i barnets etternavn</source>
        <translation>Feil i etternamnet til barnet</translation>
    </message>
    <message>
        <source>Feil i barnets fødselsnummer</source>
        <translation>Feil i fødselsnummeret til barnet</translation>
    </message>
    <message>
        <source>Barnets fødselsdato og alder</source>
        <translation>Fødselsdatoen og alderen til barnet</translation>
    </message>
    <message>
        <source>&amp;Fornavn *</source>
        <translation>&amp;Førenamn *</translation>
    </message>
    <message>
        <source>&amp;Etternavn *</source>
        <translation>&amp;Etternamn *</translation>
    </message>
    <message>
        <source>Fø&amp;dselsnummer *</source>
        <translation>Fø&amp;dselsnummer *</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Føresette</translation>
    </message>
    <message>
        <source>De med foreldreansvar samtykker til loggen, får tilgang til den og får e-post om den.</source>
        <translation>Dei med foreldreansvar samtykkjer til loggen, får tilgang til han og får e-post om han.</translation>
    </message>
    <message>
        <source>F&amp;oresatte (velg én for å endre den)</source>
        <translation>F&amp;øresette (vel éin for å endre)</translation>
    </message>
    <message>
        <source>Le&amp;gg til foresatt</source>
        <translation>Le&amp;gg til føresett</translation>
    </message>
    <message>
        <source>Legg til foresatt</source>
        <translation>Legg til føresett</translation>
    </message>
    <message>
        <source>F&amp;jern valgt foresatt</source>
        <translation>F&amp;jern vald føresett</translation>
    </message>
    <message>
        <source>Fjern valgt foresatt</source>
        <translation>Fjern vald føresett</translation>
    </message>
    <message>
        <source>Foresattes fornavn</source>
        <translation>Førenamnet til den føresette</translation>
    </message>
    <message>
        <source>Foresattes etternavn</source>
        <translation>Etternamnet til den føresette</translation>
    </message>
    <message>
        <source>Relasjon til barnet</source>
        <translation>Relasjon til barnet</translation>
    </message>
    <message>
        <source>For eksempel mor eller far</source>
        <translation>Til dømes mor eller far</translation>
    </message>
    <message>
        <source>Har foreldrean&amp;svar</source>
        <translation>Har foreldrean&amp;svar</translation>
    </message>
    <message>
        <source>Har foreldreansvar</source>
        <translation>Har foreldreansvar</translation>
    </message>
    <message>
        <source>Foresattes e-post</source>
        <translation>E-posten til den føresette</translation>
    </message>
    <message>
        <source>Foresattes telefon</source>
        <translation>Telefonen til den føresette</translation>
    </message>
    <message>
        <source>Foresattes fødselsnummer</source>
        <translation>Fødselsnummeret til den føresette</translation>
    </message>
    <message>
        <source>Valgfritt. 11 siffer.</source>
        <translation>Valfritt. 11 siffer.</translation>
    </message>
    <message>
        <source>Feil i foresattes fødselsnummer</source>
        <translation>Feil i fødselsnummeret til den føresette</translation>
    </message>
    <message>
        <source>Fo&amp;rnavn *</source>
        <translation>Fø&amp;renamn *</translation>
    </message>
    <message>
        <source>Etterna&amp;vn *</source>
        <translation>Etterna&amp;mn *</translation>
    </message>
    <message>
        <source>Rel&amp;asjon</source>
        <translation>Rel&amp;asjon</translation>
    </message>
    <message>
        <source>E-&amp;post</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <source>Te&amp;lefon</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <source>Fødselsn&amp;ummer</source>
        <translation>Fødselsn&amp;ummer</translation>
    </message>
    <message>
        <source>(valgfritt)</source>
        <translation>(valfritt)</translation>
    </message>
    <message>
        <source>Feil i foresatte</source>
        <translation>Feil i føresette</translation>
    </message>
    <message>
        <source>Advarsel om e-post</source>
        <translation>Åtvaring om e-post</translation>
    </message>
    <message>
        <source>Merk: Ingen foresatte med foreldreansvar har e-postadresse, så den faste e-posten om loggen når ikke fram. Legg inn e-postadresse hvis du har den.</source>
        <translation>Merk: Ingen føresette med foreldreansvar har e-postadresse, så den faste e-posten om loggen kjem ikkje fram. Legg inn e-postadresse viss du har ho.</translation>
    </message>
    <message>
        <source>Født {0} · {1} år</source>
        <translation>Fødd {0} · {1} år</translation>
    </message>
    <message>
        <source>Ny foresatt</source>
        <translation>Ny føresett</translation>
    </message>
    <message>
        <source>foreldreansvar</source>
        <translation>foreldreansvar</translation>
    </message>
    <message>
        <source>uten foreldreansvar</source>
        <translation>utan foreldreansvar</translation>
    </message>
    <message>
        <source>ingen e-post</source>
        <translation>ingen e-post</translation>
    </message>
    <message>
        <source>Legg inn minst én foresatt med foreldreansvar.</source>
        <translation>Legg inn minst éin føresett med foreldreansvar.</translation>
    </message>
    <message>
        <source>nummer {0}</source>
        <translation>nummer {0}</translation>
    </message>
    <message>
        <source>Skriv både fornavn og etternavn for foresatt {0}.</source>
        <translation>Skriv både førenamn og etternamn for føresett {0}.</translation>
    </message>
    <message>
        <source>Fødselsnummeret til {0} er ikke gyldig.</source>
        <translation>Fødselsnummeret til {0} er ikkje gyldig.</translation>
    </message>
    <message>
        <source>Minst én foresatt må ha foreldreansvar. Det er de med foreldreansvar som samtykker til loggen.</source>
        <translation>Minst éin føresett må ha foreldreansvar. Det er dei med foreldreansvar som samtykkjer til loggen.</translation>
    </message>
    <message>
        <source>Skriv barnets fornavn.</source>
        <translation>Skriv førenamnet til barnet.</translation>
    </message>
    <message>
        <source>Skriv barnets etternavn.</source>
        <translation>Skriv etternamnet til barnet.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Avslutt loggen</source>
        <translation>Avslutt loggen</translation>
    </message>
    <message>
        <source>&amp;Avslutt loggen</source>
        <translation>&amp;Avslutt loggen</translation>
    </message>
    <message>
        <source>Loggen avsluttes når stafettholder, familien og tjenestene er enige om at tiltakene har virket. Etterpå kan den bare leses. Eksporter den til PDF og legg den i barnets mappe.</source>
        <translation>Loggen blir avslutta når stafetthaldaren, familien og tenestene er samde om at tiltaka har verka. Etterpå kan han berre lesast. Eksporter han til PDF og legg han i mappa til barnet.</translation>
    </message>
    <message>
        <source>Grunnen til at loggen avsluttes</source>
        <translation>Grunnen til at loggen blir avslutta</translation>
    </message>
    <message>
        <source>&amp;Grunn:</source>
        <translation>&amp;Grunn:</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Logg inn på kommunens server</source>
        <translation>Logg inn på tenaren til kommunen</translation>
    </message>
    <message>
        <source>Koble til kommunens server</source>
        <translation>Kople til tenaren til kommunen</translation>
    </message>
    <message>
        <source>Innloggingen til kommunens server er utløpt. Logg inn på nytt for å synkronisere. Det du har gjort i mellomtiden, er lagret på PC-en.</source>
        <translation>Innlogginga di på tenaren til kommunen har gått ut. Logg inn på nytt for å synkronisere. Det du har gjort i mellomtida, er lagra på PC-en.</translation>
    </message>
    <message>
        <source>Koble denne PC-en til kommunens Stafettlogg-server. Du får adressen av kommunens IT-ansvarlige. Loggene du har tilgang til, hentes til PC-en og lagres kryptert, så du kan arbeide uten nett.</source>
        <translation>Kople denne PC-en til Stafettlogg-tenaren til kommunen. Du får adressa av dei IT-ansvarlege i kommunen. Loggane du har tilgang til, blir henta til PC-en og lagra kryptert, så du kan arbeide utan nett.</translation>
    </message>
    <message>
        <source>Serveradresse</source>
        <translation>Tenaradresse</translation>
    </message>
    <message>
        <source>&amp;Serveradresse:</source>
        <translation>&amp;Tenaradresse:</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Kommune:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>&amp;Brukernavn:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Passord:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Logg inn</source>
        <translation>&amp;Logg inn</translation>
    </message>
    <message>
        <source>&amp;Koble til</source>
        <translation>&amp;Kople til</translation>
    </message>
    <message>
        <source>Ser etter serveren …</source>
        <translation>Ser etter tenaren …</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Fant ingen server på denne adressen.</source>
        <translation>Fann ingen tenar på denne adressa.</translation>
    </message>
    <message>
        <source>Fant ikke serveren: {0}</source>
        <translation>Fann ikkje tenaren: {0}</translation>
    </message>
    <message>
        <source>Skriv adressen til kommunens server.</source>
        <translation>Skriv adressa til tenaren til kommunen.</translation>
    </message>
    <message>
        <source>Skriv brukernavnet ditt.</source>
        <translation>Skriv brukarnamnet ditt.</translation>
    </message>
    <message>
        <source>Skriv passordet ditt.</source>
        <translation>Skriv passordet ditt.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Registrer samtykkeskjemaet de foresatte har skrevet under på.</source>
        <translation>Registrer samtykkeskjemaet dei føresette har skrive under på.</translation>
    </message>
    <message>
        <source>Samtykket gjelder</source>
        <translation>Samtykket gjeld</translation>
    </message>
    <message>
        <source>&amp;Opprettelse av stafettlogg (påkrevd)</source>
        <translation>&amp;Oppretting av stafettlogg (påkravd)</translation>
    </message>
    <message>
        <source>Opprettelse av stafettlogg</source>
        <translation>Oppretting av stafettlogg</translation>
    </message>
    <message>
        <source>&amp;Utveksling av opplysninger på tvers av tjenester (påkrevd)</source>
        <translation>&amp;Utveksling av opplysningar på tvers av tenester (påkravd)</translation>
    </message>
    <message>
        <source>Utveksling av opplysninger på tvers av tjenester</source>
        <translation>Utveksling av opplysningar på tvers av tenester</translation>
    </message>
    <message>
        <source>Overføring til annen &amp;enhet i kommunen</source>
        <translation>Overføring til anna &amp;eining i kommunen</translation>
    </message>
    <message>
        <source>Overføring til annen enhet</source>
        <translation>Overføring til anna eining</translation>
    </message>
    <message>
        <source>Overføring til annen &amp;kommune</source>
        <translation>Overføring til anna &amp;kommune</translation>
    </message>
    <message>
        <source>Overføring til annen kommune</source>
        <translation>Overføring til annan kommune</translation>
    </message>
    <message>
        <source>Veilederen sier at det ikke kan opprettes en logg uten samtykke til både opprettelse og utveksling av opplysninger. Overføring til en annen enhet eller kommune krever samtykke til det.</source>
        <translation>Rettleiaren seier at det ikkje kan opprettast ein logg utan samtykke til både oppretting og utveksling av opplysningar. Overføring til ei anna eining eller ein annan kommune krev samtykke til det.</translation>
    </message>
    <message>
        <source>Feil i samtykkets omfang</source>
        <translation>Feil i kva samtykket gjeld</translation>
    </message>
    <message>
        <source>Hvem har skrevet under?</source>
        <translation>Kven har skrive under?</translation>
    </message>
    <message>
        <source>Alle med foreldreansvar må skrive under. Ungdom fra fylte {0} år kan samtykke selv.</source>
        <translation>Alle med foreldreansvar må skrive under. Ungdom frå fylte {0} år kan samtykkje sjølv.</translation>
    </message>
    <message>
        <source>Ungdommen samtykker &amp;selv (fra {0} år)</source>
        <translation>Ungdommen samtykkjer &amp;sjølv (frå {0} år)</translation>
    </message>
    <message>
        <source>Ungdommen samtykker selv</source>
        <translation>Ungdommen samtykkjer sjølv</translation>
    </message>
    <message>
        <source>Om ungdommens samtykke</source>
        <translation>Om samtykket frå ungdommen</translation>
    </message>
    <message>
        <source>Manglende underskrifter</source>
        <translation>Manglande underskrifter</translation>
    </message>
    <message>
        <source>Feil i underskriftene</source>
        <translation>Feil i underskriftene</translation>
    </message>
    <message>
        <source>Skjemaet</source>
        <translation>Skjemaet</translation>
    </message>
    <message>
        <source>Signert dato</source>
        <translation>Signert dato</translation>
    </message>
    <message>
        <source>Datoen skjemaet ble skrevet under</source>
        <translation>Datoen skjemaet vart skrive under</translation>
    </message>
    <message>
        <source>Samtykket &amp;har utløpsdato</source>
        <translation>Samtykket &amp;har utløpsdato</translation>
    </message>
    <message>
        <source>Samtykket har utløpsdato</source>
        <translation>Samtykket har utløpsdato</translation>
    </message>
    <message>
        <source>Utløpsdato</source>
        <translation>Utløpsdato</translation>
    </message>
    <message>
        <source>&amp;Velg PDF …</source>
        <translation>&amp;Vel PDF …</translation>
    </message>
    <message>
        <source>Velg skannet PDF</source>
        <translation>Vel skanna PDF</translation>
    </message>
    <message>
        <source>Ingen fil valgt</source>
        <translation>Inga fil vald</translation>
    </message>
    <message>
        <source>Valgt PDF</source>
        <translation>Vald PDF</translation>
    </message>
    <message>
        <source>F&amp;jern</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>Fjern PDF</source>
        <translation>Fjern PDF</translation>
    </message>
    <message>
        <source>Feil i PDF-filen</source>
        <translation>Feil i PDF-fila</translation>
    </message>
    <message>
        <source>Signert &amp;dato *</source>
        <translation>Signert &amp;dato *</translation>
    </message>
    <message>
        <source>Skannet skjema (PDF, valgfritt)</source>
        <translation>Skanna skjema (PDF, valfritt)</translation>
    </message>
    <message>
        <source>Skriv ut s&amp;kjema …</source>
        <translation>Skriv ut s&amp;kjema …</translation>
    </message>
    <message>
        <source>Skriv ut samtykkeskjema</source>
        <translation>Skriv ut samtykkeskjema</translation>
    </message>
    <message>
        <source>Skjemaet fylt ut med barnet og de foresatte, til å skrive under på</source>
        <translation>Skjemaet fylt ut med barnet og dei føresette, til å skrive under på</translation>
    </message>
    <message>
        <source>Skjema å skrive under på</source>
        <translation>Skjema å skrive under på</translation>
    </message>
    <message>
        <source>{0}{1} har skrevet under</source>
        <translation>{0}{1} har skrive under</translation>
    </message>
    <message>
        <source>{0} har skrevet under</source>
        <translation>{0} har skrive under</translation>
    </message>
    <message>
        <source>Ungdommen var {0} år da skjemaet ble signert.</source>
        <translation>Ungdommen var {0} år då skjemaet vart signert.</translation>
    </message>
    <message>
        <source>Barnet var {0} år da skjemaet ble signert. Barnet kan samtykke selv fra fylte {1} år.</source>
        <translation>Barnet var {0} år då skjemaet vart signert. Barnet kan samtykkje sjølv frå fylte {1} år.</translation>
    </message>
    <message>
        <source>Ungdommen samtykker selv.</source>
        <translation>Ungdommen samtykkjer sjølv.</translation>
    </message>
    <message>
        <source>Mangler underskrift fra: {0}.</source>
        <translation>Manglar underskrift frå: {0}.</translation>
    </message>
    <message>
        <source>Alle med foreldreansvar har skrevet under.</source>
        <translation>Alle med foreldreansvar har skrive under.</translation>
    </message>
    <message>
        <source>Samtykket må gjelde både opprettelse av stafettlogg og utveksling av opplysninger på tvers av tjenester. Uten begge kan det ikke opprettes en logg.</source>
        <translation>Samtykket må gjelde både oppretting av stafettlogg og utveksling av opplysningar på tvers av tenester. Utan begge kan det ikkje opprettast ein logg.</translation>
    </message>
    <message>
        <source>Samtykke mangler fra {0}. Alle med foreldreansvar må skrive under, eller ungdommen selv fra fylte {1} år.</source>
        <translation>Samtykke manglar frå {0}. Alle med foreldreansvar må skrive under, eller ungdommen sjølv frå fylte {1} år.</translation>
    </message>
    <message>
        <source>Leser {0} …</source>
        <translation>Les {0} …</translation>
    </message>
    <message>
        <source>Filen kunne ikke leses: {0}</source>
        <translation>Fila kunne ikkje lesast: {0}</translation>
    </message>
</context>
<context>
    <name>CorrectTiltakDialog</name>
    <message>
        <source>{0} · ansvarlig: {1} · lagt inn {2}</source>
        <translation>{0} · ansvarleg: {1} · lagt inn {2}</translation>
    </message>
    <message>
        <source>Om tiltaket</source>
        <translation>Om tiltaket</translation>
    </message>
    <message>
        <source>Tid igjen til retting</source>
        <translation>Tid att til retting</translation>
    </message>
    <message>
        <source>Om retting</source>
        <translation>Om retting</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>&amp;Tiltak</source>
        <translation>&amp;Tiltak</translation>
    </message>
    <message>
        <source>&amp;Startdato</source>
        <translation>&amp;Startdato</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Sl&amp;uttdato</source>
        <translation>Sl&amp;uttdato</translation>
    </message>
    <message>
        <source>Sluttdato</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <source>&amp;Evalueringsdato</source>
        <translation>&amp;Evalueringsdato</translation>
    </message>
    <message>
        <source>Evalueringsdato</source>
        <translation>Evalueringsdato</translation>
    </message>
    <message>
        <source>Historikk for teksten</source>
        <translation>Historikk for teksten</translation>
    </message>
    <message>
        <source>&amp;Historikk for teksten (nyeste først)</source>
        <translation>&amp;Historikk for teksten (nyaste først)</translation>
    </message>
    <message>
        <source>Henter historikken …</source>
        <translation>Hentar historikken …</translation>
    </message>
    <message>
        <source>Du kan bare rette tiltak du selv har ansvar for.</source>
        <translation>Du kan berre rette tiltak du sjølv har ansvar for.</translation>
    </message>
    <message>
        <source>Tiltaket er avsluttet og kan ikke endres.</source>
        <translation>Tiltaket er avslutta og kan ikkje endrast.</translation>
    </message>
    <message>
        <source>Kan rettes i {0} til (fram til {1}).</source>
        <translation>Kan rettast i {0} til (fram til {1}).</translation>
    </message>
    <message>
        <source>Teksten kan ikke rettes lenger.</source>
        <translation>Teksten kan ikkje rettast lenger.</translation>
    </message>
    <message>
        <source>Et tiltak kan rettes i {0} timer etter at det ble lagt inn, og fristen gikk ut {1}. Teksten og historikken står som de er. Skal tiltaket endres, evaluer det og legg inn et nytt tiltak. Perioden og evalueringsdatoen kan du fortsatt endre.</source>
        <translation>Eit tiltak kan rettast i {0} timar etter at det vart lagt inn, og fristen gjekk ut {1}. Teksten og historikken står som dei er. Skal tiltaket endrast, evaluer det og legg inn eit nytt tiltak. Perioden og evalueringsdatoen kan du framleis endre.</translation>
    </message>
    <message>
        <source>Rett tiltak</source>
        <translation>Rett tiltak</translation>
    </message>
    <message>
        <source>{0}, {1}: «{2}» → «{3}»</source>
        <translation>{0}, {1}: «{2}» → «{3}»</translation>
    </message>
    <message>
        <source>{0}, {1}: lagt inn «{2}»</source>
        <translation>{0}, {1}: lagt inn «{2}»</translation>
    </message>
    <message>
        <source>Ingen endringer.</source>
        <translation>Ingen endringar.</translation>
    </message>
    <message>
        <source>Fristen for å rette teksten er ute, så den nye teksten kan ikke lagres. Kopier den inn i et nytt tiltak.</source>
        <translation>Fristen for å rette teksten er ute, så den nye teksten kan ikkje lagrast. Kopier han inn i eit nytt tiltak.</translation>
    </message>
</context>
<context>
    <name>DiagramEditor</name>
    <message>
        <source>Faktordiagram-redigering</source>
        <translation>Redigering av faktordiagram</translation>
    </message>
    <message>
        <source>Faktordiagram</source>
        <translation>Faktordiagram</translation>
    </message>
    <message>
        <source>Tab går fra faktor til faktor. Piltastene flytter. N: ny faktor. L: koble.</source>
        <translation>Tab går frå faktor til faktor. Piltastane flyttar. N: ny faktor. L: kople.</translation>
    </message>
    <message>
        <source>Faktorene i listeform</source>
        <translation>Faktorane i listeform</translation>
    </message>
    <message>
        <source>Laster diagrammet …</source>
        <translation>Lastar diagrammet …</translation>
    </message>
    <message>
        <source>&amp;Ny faktor …</source>
        <translation>&amp;Ny faktor …</translation>
    </message>
    <message>
        <source>&amp;Koble</source>
        <translation>&amp;Kople</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Gjør om</source>
        <translation>Gjer om</translation>
    </message>
    <message>
        <source>Angre (Ctrl+Z)</source>
        <translation>Angre (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Gjør om (Ctrl+Shift+Z)</source>
        <translation>Gjer om (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Kopi&amp;er</source>
        <translation>K&amp;opier</translation>
    </message>
    <message>
        <source>&amp;Lim inn</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Merk alle</source>
        <translation>Merk alle</translation>
    </message>
    <message>
        <source>&amp;Zoom inn</source>
        <translation>&amp;Zoom inn</translation>
    </message>
    <message>
        <source>Zoom &amp;ut</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <source>Tilp&amp;ass</source>
        <translation>Vis &amp;heile</translation>
    </message>
    <message>
        <source>Tilpass til vinduet</source>
        <translation>Tilpass til vindauget</translation>
    </message>
    <message>
        <source>Fest til rutenett</source>
        <translation>Fest til rutenett</translation>
    </message>
    <message>
        <source>&amp;Ordne i områdene</source>
        <translation>&amp;Ordne i områda</translation>
    </message>
    <message>
        <source>Prioritet {0}</source>
        <translation>Prioritet {0}</translation>
    </message>
    <message>
        <source>Ingen prioritet</source>
        <translation>Ingen prioritet</translation>
    </message>
    <message>
        <source>Ligger i &amp;tjenesten</source>
        <translation>Ligg i &amp;tenesta</translation>
    </message>
    <message>
        <source>Ligger &amp;hjemme</source>
        <translation>Ligg &amp;heime</translation>
    </message>
    <message>
        <source>Ligger hos &amp;barnet</source>
        <translation>Ligg hos &amp;barnet</translation>
    </message>
    <message>
        <source>Sted ikke angitt</source>
        <translation>Stad ikkje oppgitt</translation>
    </message>
    <message>
        <source>Eksporter som &amp;PNG …</source>
        <translation>Eksporter som &amp;PNG …</translation>
    </message>
    <message>
        <source>Eksporter som &amp;SVG …</source>
        <translation>Eksporter som &amp;SVG …</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Verktøy for diagrammet</source>
        <translation>Verktøy for diagrammet</translation>
    </message>
    <message>
        <source>&amp;Prioritet ▾</source>
        <translation>&amp;Prioritet ▾</translation>
    </message>
    <message>
        <source>Li&amp;gger ▾</source>
        <translation>L&amp;igg ▾</translation>
    </message>
    <message>
        <source>&amp;Mer ▾</source>
        <translation>&amp;Meir ▾</translation>
    </message>
    <message>
        <source>Bare lesing</source>
        <translation>Berre lesing</translation>
    </message>
    <message>
        <source>Status for diagrammet</source>
        <translation>Status for diagrammet</translation>
    </message>
    <message>
        <source>Dobbeltklikk i et område eller trykk N for en ny faktor · L kobler · piltastene flytter · Tab går til neste faktor · Delete sletter · Ctrl+Z angrer</source>
        <translation>Dobbeltklikk i eit område eller trykk N for ein ny faktor · L koplar · piltastane flyttar · Tab går til neste faktor · Delete slettar · Ctrl+Z angrar</translation>
    </message>
    <message>
        <source>Faktor og liste</source>
        <translation>Faktor og liste</translation>
    </message>
    <message>
        <source>Valgt &amp;faktor</source>
        <translation>&amp;Vald faktor</translation>
    </message>
    <message>
        <source>Liste o&amp;ver faktorene</source>
        <translation>Liste over &amp;faktorane</translation>
    </message>
    <message>
        <source>Du kan se diagrammet, men ikke endre det.</source>
        <translation>Du kan sjå diagrammet, men ikkje endre det.</translation>
    </message>
    <message>
        <source>Diagrammet er tomt. Dobbeltklikk i et område eller trykk N for den første faktoren.</source>
        <translation>Diagrammet er tomt. Dobbeltklikk i eit område eller trykk N for den første faktoren.</translation>
    </message>
    <message>
        <source>Diagrammet har ingen faktorer ennå.</source>
        <translation>Diagrammet har ingen faktorar enno.</translation>
    </message>
    <message>
        <source>{0} faktorer, {1} koblinger.</source>
        <translation>{0} faktorar, {1} koplingar.</translation>
    </message>
    <message>
        <source>{0} av faktorene står utenfor sitt område i figuren. «Mer ▾ › Ordne i områdene» flytter dem dit.</source>
        <translation>{0} av faktorane står utanfor området sitt i figuren. «Meir ▾ › Ordne i områda» flyttar dei dit.</translation>
    </message>
    <message>
        <source>Diagrammet kan ikke vises: {0}</source>
        <translation>Diagrammet kan ikkje visast: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} faktorer valgt.&lt;/b&gt; Prioritet og «Ligger» i verktøylinjen gjelder alle.</source>
        <translation>&lt;b&gt;{0} faktorar valde.&lt;/b&gt; Prioritet og «Ligg» i verktøylinja gjeld alle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingen faktor valgt.&lt;/b&gt; Velg en faktor i diagrammet eller i listen.</source>
        <translation>&lt;b&gt;Ingen faktor vald.&lt;/b&gt; Vel ein faktor i diagrammet eller i lista.</translation>
    </message>
    <message>
        <source>Oppmerksomheten (midten)</source>
        <translation>Merksemda (midten)</translation>
    </message>
    <message>
        <source>Opprettholder oppmerksomheten</source>
        <translation>Held merksemda ved like</translation>
    </message>
    <message>
        <source>Påvirker: {0}</source>
        <translation>Påverkar: {0}</translation>
    </message>
    <message>
        <source>Påvirkes av: {0}</source>
        <translation>Blir påverka av: {0}</translation>
    </message>
    <message>
        <source> (evaluert)</source>
        <translation> (evaluert)</translation>
    </message>
    <message>
        <source>Ingen tiltak er satt inn her ennå.</source>
        <translation>Ingen tiltak er sette inn her enno.</translation>
    </message>
    <message>
        <source> (nå ved: {0})</source>
        <translation> (no ved: {0})</translation>
    </message>
    <message>
        <source>Endre tekst</source>
        <translation>Endre tekst</translation>
    </message>
    <message>
        <source>Endre område</source>
        <translation>Endre område</translation>
    </message>
    <message>
        <source>Slettet. Angre med Ctrl+Z.</source>
        <translation>Sletta. Angre med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Ordne i områdene</source>
        <translation>Ordne i områda</translation>
    </message>
    <message>
        <source>{0} faktorer flyttet inn i sitt område.</source>
        <translation>{0} faktorar flytta inn i området sitt.</translation>
    </message>
    <message>
        <source>Alle faktorene står allerede i sitt område.</source>
        <translation>Alle faktorane står allereie i området sitt.</translation>
    </message>
    <message>
        <source>Sett prioritet {0}</source>
        <translation>Set prioritet {0}</translation>
    </message>
    <message>
        <source>Fjern prioritet</source>
        <translation>Fjern prioritet</translation>
    </message>
    <message>
        <source>Endre hvor faktoren ligger</source>
        <translation>Endre kvar faktoren ligg</translation>
    </message>
    <message>
        <source>Faktoren ligger i egen tjeneste, og må derfor arbeides med av tjenesten selv.</source>
        <translation>Faktoren ligg i eiga teneste, og tenesta må difor arbeide med han sjølv.</translation>
    </message>
    <message>
        <source>Faktorene er allerede koblet sammen.</source>
        <translation>Faktorane er allereie kopla saman.</translation>
    </message>
    <message>
        <source>Koblet.</source>
        <translation>Kopla.</translation>
    </message>
    <message>
        <source>Koble: klikk på det faktoren påvirker (en faktor eller oppmerksomheten), eller Tab dit og Enter. Esc avbryter.</source>
        <translation>Kople: klikk på det faktoren påverkar (ein faktor eller merksemda), eller Tab dit og Enter. Esc avbryt.</translation>
    </message>
    <message>
        <source>Koble: klikk på faktoren du vil koble fra, så på det den påvirker. Esc avbryter.</source>
        <translation>Kople: klikk på faktoren du vil kople frå, så på det han påverkar. Esc avbryt.</translation>
    </message>
    <message>
        <source>{0} faktorer kopiert.</source>
        <translation>{0} faktorar kopierte.</translation>
    </message>
    <message>
        <source>Faktoren er kopiert.</source>
        <translation>Faktoren er kopiert.</translation>
    </message>
    <message>
        <source>Eksporter faktordiagrammet</source>
        <translation>Eksporter faktordiagrammet</translation>
    </message>
    <message>
        <source>PNG-bilde (*.png)</source>
        <translation>PNG-bilete (*.png)</translation>
    </message>
    <message>
        <source>SVG-tegning (*.svg)</source>
        <translation>SVG-teikning (*.svg)</translation>
    </message>
    <message>
        <source>faktordiagram.{0}</source>
        <translation>faktordiagram.{0}</translation>
    </message>
    <message>
        <source>Diagrammet er lagret i {0}.</source>
        <translation>Diagrammet er lagra i {0}.</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Opprettholdende faktorer for {0}</source>
        <translation>Opprethaldande faktorar for {0}</translation>
    </message>
    <message>
        <source>→ tiltak: {0}</source>
        <translation>→ tiltak: {0}</translation>
    </message>
</context>
<context>
    <name>EksportDialog</name>
    <message>
        <source>Lagre PDF for barnets mappe</source>
        <translation>Lagre PDF for mappa til barnet</translation>
    </message>
    <message>
        <source>Eksporter som PDF</source>
        <translation>Eksporter som PDF</translation>
    </message>
    <message>
        <source>Loggen er avsluttet. Lagre den som PDF, og legg PDF-en i barnets mappe slik veilederen sier.</source>
        <translation>Loggen er avslutta. Lagre han som PDF, og legg PDF-en i mappa til barnet slik rettleiaren seier.</translation>
    </message>
    <message>
        <source>Lag en PDF av loggen til {0}. PDF-en er taushetsbelagt: lagre den bare der den skal være.</source>
        <translation>Lag ein PDF av loggen til {0}. PDF-en er underlagd teieplikt: lagre han berre der han skal vere.</translation>
    </message>
    <message>
        <source>Oppmerksomheter</source>
        <translation>Merksemder</translation>
    </message>
    <message>
        <source>&amp;Alle oppmerksomhetene</source>
        <translation>&amp;Alle merksemdene</translation>
    </message>
    <message>
        <source>Alle oppmerksomhetene</source>
        <translation>Alle merksemdene</translation>
    </message>
    <message>
        <source>&amp;Utvalgte oppmerksomheter</source>
        <translation>&amp;Utvalde merksemder</translation>
    </message>
    <message>
        <source>Utvalgte oppmerksomheter</source>
        <translation>Utvalde merksemder</translation>
    </message>
    <message>
        <source>Oppmerksomheter som tas med</source>
        <translation>Merksemder som blir tekne med</translation>
    </message>
    <message>
        <source>Ta også med</source>
        <translation>Ta også med</translation>
    </message>
    <message>
        <source>&amp;Vedleggene til notatene ({0} PDF), bakerst</source>
        <translation>&amp;Vedlegga til notata ({0} PDF), bakarst</translation>
    </message>
    <message>
        <source>Ta med vedleggene</source>
        <translation>Ta med vedlegga</translation>
    </message>
    <message>
        <source>&amp;Historikken: alle endringer i loggen</source>
        <translation>&amp;Historikken: alle endringar i loggen</translation>
    </message>
    <message>
        <source>Ta med historikken</source>
        <translation>Ta med historikken</translation>
    </message>
    <message>
        <source>&amp;Lagre som PDF …</source>
        <translation>&amp;Lagre som PDF …</translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Alle oppmerksomhetene du har tilgang til</source>
        <translation>&amp;Alle merksemdene du har tilgang til</translation>
    </message>
    <message>
        <source>Du har lesetilgang til utvalgte oppmerksomheter. PDF-en viser bare dem, uten notater, møter og historikk.</source>
        <translation>Du har lesetilgang til utvalde merksemder. PDF-en viser berre dei, utan notat, møte og historikk.</translation>
    </message>
    <message>
        <source>Notater, møter og historikk gjelder hele loggen. De tas bare med når alle oppmerksomhetene er valgt.</source>
        <translation>Notat, møte og historikk gjeld heile loggen. Dei blir berre tekne med når alle merksemdene er valde.</translation>
    </message>
    <message>
        <source>Velg minst én oppmerksomhet, eller velg «Alle oppmerksomhetene».</source>
        <translation>Vel minst éi merksemd, eller vel «Alle merksemdene».</translation>
    </message>
    <message>
        <source>Henter loggen …</source>
        <translation>Hentar loggen …</translation>
    </message>
    <message>
        <source>Lager PDF-en …</source>
        <translation>Lagar PDF-en …</translation>
    </message>
    <message>
        <source>PDF-en er lagret: {0}</source>
        <translation>PDF-en er lagra: {0}</translation>
    </message>
</context>
<context>
    <name>EnhetDialog</name>
    <message>
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <source>&amp;Opprett enheten</source>
        <translation>&amp;Opprett eininga</translation>
    </message>
    <message>
        <source>En enhet er for eksempel én barnehage eller én skole. Den hører til en tjeneste.</source>
        <translation>Ei eining er til dømes éin barnehage eller éin skule. Ho høyrer til ei teneste.</translation>
    </message>
    <message>
        <source>Navnet på enheten</source>
        <translation>Namnet på eininga</translation>
    </message>
    <message>
        <source>For eksempel «Solsikken barnehage»</source>
        <translation>Til dømes «Solsikken barnehage»</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>&amp;Tjeneste:</source>
        <translation>&amp;Teneste:</translation>
    </message>
    <message>
        <source>Legg inn en tjeneste først.</source>
        <translation>Legg inn ei teneste først.</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Evaluer tiltaket</source>
        <translation>Evaluer tiltaket</translation>
    </message>
    <message>
        <source>&amp;Lagre evalueringen</source>
        <translation>&amp;Lagre evalueringa</translation>
    </message>
    <message>
        <source>Tiltaket</source>
        <translation>Tiltaket</translation>
    </message>
    <message>
        <source>{0} · ansvarlig: {1} · periode {2}–{3} · evalueringsdato {4}</source>
        <translation>{0} · ansvarleg: {1} · periode {2}–{3} · evalueringsdato {4}</translation>
    </message>
    <message>
        <source>Om tiltaket</source>
        <translation>Om tiltaket</translation>
    </message>
    <message>
        <source>Evaluer i et møte, fysisk eller på telefon, med aktørene som har aktive tiltak. Et tiltak kan bare evalueres én gang.</source>
        <translation>Evaluer i eit møte, fysisk eller på telefon, med aktørane som har aktive tiltak. Eit tiltak kan berre evaluerast éin gong.</translation>
    </message>
    <message>
        <source>Om evalueringen</source>
        <translation>Om evalueringa</translation>
    </message>
    <message>
        <source>Familiens vurdering</source>
        <translation>Vurderinga til familien</translation>
    </message>
    <message>
        <source>Hva sier barnet, mor og far? For eksempel: Ella sier at hun liker å spise selv.</source>
        <translation>Kva seier barnet, mor og far? Til dømes: Ella seier at ho likar å ete sjølv.</translation>
    </message>
    <message>
        <source>Barnet og familien har siste ord i evalueringen.</source>
        <translation>Barnet og familien har siste ordet i evalueringa.</translation>
    </message>
    <message>
        <source>Familiens &amp;vurdering – barnet og familien har siste ord. Skriv hva de sier, før dere bestemmer:</source>
        <translation>Familien si &amp;vurdering – barnet og familien har siste ordet. Skriv kva dei seier, før de avgjer:</translation>
    </message>
    <message>
        <source>Er målet nådd?</source>
        <translation>Er målet nådd?</translation>
    </message>
    <message>
        <source>&amp;Ja</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Ja, målet er nådd</source>
        <translation>Ja, målet er nådd</translation>
    </message>
    <message>
        <source>&amp;Nei</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>Nei, målet er ikke nådd</source>
        <translation>Nei, målet er ikkje nådd</translation>
    </message>
    <message>
        <source>Hva gjør dere videre?</source>
        <translation>Kva gjer de vidare?</translation>
    </message>
    <message>
        <source>Svar først på om målet er nådd.</source>
        <translation>Svar først på om målet er nådd.</translation>
    </message>
    <message>
        <source>Neste steg</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Sette nye &amp;mål – tiltaket avsluttes</source>
        <translation>Setje nye &amp;mål – tiltaket blir avslutta</translation>
    </message>
    <message>
        <source>Nye mål</source>
        <translation>Nye mål</translation>
    </message>
    <message>
        <source>F&amp;ortsette – samme tiltak i en ny periode, og det evalueres på nytt</source>
        <translation>F&amp;ortsetje – same tiltak i ein ny periode, og det blir evaluert på nytt</translation>
    </message>
    <message>
        <source>Fortsette</source>
        <translation>Fortsetje</translation>
    </message>
    <message>
        <source>Endre mål&amp;settingen – tiltaket avsluttes, og dere setter et nytt mål</source>
        <translation>Endre mål&amp;setjinga – tiltaket blir avslutta, og de set eit nytt mål</translation>
    </message>
    <message>
        <source>Endre målsetting</source>
        <translation>Endre målsetjinga</translation>
    </message>
    <message>
        <source>Endre t&amp;iltaket – tiltaket avsluttes, og dere legger inn et nytt</source>
        <translation>Endre t&amp;iltaket – tiltaket blir avslutta, og de legg inn eit nytt</translation>
    </message>
    <message>
        <source>Endre tiltak</source>
        <translation>Endre tiltaket</translation>
    </message>
    <message>
        <source>&amp;Avslutte tiltaket</source>
        <translation>&amp;Avslutte tiltaket</translation>
    </message>
    <message>
        <source>Avslutte tiltaket</source>
        <translation>Avslutte tiltaket</translation>
    </message>
    <message>
        <source>Ny evalueringsdato</source>
        <translation>Ny evalueringsdato</translation>
    </message>
    <message>
        <source>Ny &amp;evalueringsdato for den nye perioden:</source>
        <translation>Ny &amp;evalueringsdato for den nye perioden:</translation>
    </message>
    <message>
        <source>Tiltaket er &amp;feilregistrert (for eksempel med feil ansvarlig)</source>
        <translation>Tiltaket er &amp;feilregistrert (til dømes med feil ansvarleg)</translation>
    </message>
    <message>
        <source>Feilregistrert</source>
        <translation>Feilregistrert</translation>
    </message>
    <message>
        <source>Et feilregistrert tiltak lukkes uten å vurderes mot målet. Velger du riktig ansvarlig, legges det samme tiltaket inn på nytt med riktig aktør og samme periode, og det nye erstatter det gamle.</source>
        <translation>Eit feilregistrert tiltak blir lukka utan å bli vurdert mot målet. Vel du rett ansvarleg, blir det same tiltaket lagt inn på nytt med rett aktør og same periode, og det nye erstattar det gamle.</translation>
    </message>
    <message>
        <source>Et feilregistrert tiltak lukkes uten å vurderes mot målet. {0} har alltid samme ansvarlig, så det er ingen annen ansvarlig å velge.</source>
        <translation>Eit feilregistrert tiltak blir lukka utan å bli vurdert mot målet. {0} har alltid same ansvarleg, så det er ingen annan ansvarleg å velje.</translation>
    </message>
    <message>
        <source>Om feilregistrering</source>
        <translation>Om feilregistrering</translation>
    </message>
    <message>
        <source>Riktig ansvarlig</source>
        <translation>Rett ansvarleg</translation>
    </message>
    <message>
        <source>Ingen ny ansvarlig – bare marker tiltaket som feilregistrert</source>
        <translation>Ingen ny ansvarleg – berre merk tiltaket som feilregistrert</translation>
    </message>
    <message>
        <source>&amp;Riktig ansvarlig (valgfritt)</source>
        <translation>&amp;Rett ansvarleg (valfritt)</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Kommentar</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Ikke knyttet til et møte</source>
        <translation>Ikkje knytt til eit møte</translation>
    </message>
    <message>
        <source>Mø&amp;te</source>
        <translation>Mø&amp;te</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>&amp;Dato for evalueringen</source>
        <translation>&amp;Dato for evalueringa</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>ikke vurdert (feilregistrert)</source>
        <translation>ikkje vurdert (feilregistrert)</translation>
    </message>
    <message>
        <source>Tiltaket er allerede evaluert.</source>
        <translation>Tiltaket er allereie evaluert.</translation>
    </message>
    <message>
        <source>Det ble evaluert {0} av {1}. Et tiltak kan bare evalueres én gang.</source>
        <translation>Det vart evaluert {0} av {1}. Eit tiltak kan berre evaluerast éin gong.</translation>
    </message>
    <message>
        <source>Målet nådd: {0}</source>
        <translation>Målet nådd: {0}</translation>
    </message>
    <message>
        <source>Beslutning: {0}</source>
        <translation>Avgjerd: {0}</translation>
    </message>
    <message>
        <source>Familiens vurdering: {0}</source>
        <translation>Vurderinga til familien: {0}</translation>
    </message>
    <message>
        <source>Kommentar: {0}</source>
        <translation>Kommentar: {0}</translation>
    </message>
    <message>
        <source>Tiltaket kan ikke evalueres nå.</source>
        <translation>Tiltaket kan ikkje evaluerast no.</translation>
    </message>
    <message>
        <source>Tiltaket er et planlagt trinn i tiltakstrappen. Det kan evalueres når det er blitt aktivt, etter at trinnet før er evaluert.</source>
        <translation>Tiltaket er eit planlagt trinn i tiltakstrappa. Det kan evaluerast når det har vorte aktivt, etter at trinnet før er evaluert.</translation>
    </message>
    <message>
        <source>Tiltaket er avsluttet og kan ikke evalueres.</source>
        <translation>Tiltaket er avslutta og kan ikkje evaluerast.</translation>
    </message>
    <message>
        <source>Bare den ansvarlige og stafettholderen kan evaluere dette tiltaket.</source>
        <translation>Berre den ansvarlege og stafetthaldaren kan evaluere dette tiltaket.</translation>
    </message>
    <message>
        <source>Status for evalueringen</source>
        <translation>Status for evalueringa</translation>
    </message>
    <message>
        <source>Evalueringen</source>
        <translation>Evalueringa</translation>
    </message>
    <message>
        <source>Svar på om målet er nådd: ja eller nei.</source>
        <translation>Svar på om målet er nådd: ja eller nei.</translation>
    </message>
    <message>
        <source>Velg hva dere gjør videre.</source>
        <translation>Vel kva de gjer vidare.</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Eksporter stafettlogg</source>
        <translation>Eksporter stafettlogg</translation>
    </message>
    <message>
        <source>Pakken er kryptert til mottakerkommunens nøkkel og signert med vår. Bare den kommunen kan åpne den, og de ser at den kommer fra oss. Send filen på en trygg måte; du har ansvaret for loggen til de har svart med en kvittering.</source>
        <translation>Pakka er kryptert til nøkkelen til mottakarkommunen og signert med nøkkelen vår. Berre den kommunen kan opne ho, og dei ser at ho kjem frå oss. Send fila på ein trygg måte; du har ansvaret for loggen til dei har svart med ei kvittering.</translation>
    </message>
    <message>
        <source>Barnet:</source>
        <translation>Barnet:</translation>
    </message>
    <message>
        <source>Til:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>Grunn:</source>
        <translation>Grunn:</translation>
    </message>
    <message>
        <source>Mottakerkommunens nøkkel</source>
        <translation>Nøkkelen til mottakarkommunen</translation>
    </message>
    <message>
        <source>&amp;Mottakerens nøkkel:</source>
        <translation>Nøkkelen til &amp;mottakaren:</translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation>Fingeravtrykk</translation>
    </message>
    <message>
        <source>Fingeravtrykk:</source>
        <translation>Fingeravtrykk:</translation>
    </message>
    <message>
        <source>Det skal være fingeravtrykket mottakerkommunen leste for dere på telefon.</source>
        <translation>Det skal vere fingeravtrykket mottakarkommunen las for dykk på telefon.</translation>
    </message>
    <message>
        <source>Dette følger med</source>
        <translation>Dette følgjer med</translation>
    </message>
    <message>
        <source>Oppmerksomheter som følger med</source>
        <translation>Merksemder som følgjer med</translation>
    </message>
    <message>
        <source>Innhold i pakken</source>
        <translation>Innhald i pakka</translation>
    </message>
    <message>
        <source>Oppmerksomhetene familien valgte (de andre blir igjen her):</source>
        <translation>Merksemdene familien valde (dei andre blir att her):</translation>
    </message>
    <message>
        <source>&amp;Lagre pakken …</source>
        <translation>&amp;Lagre pakka …</translation>
    </message>
    <message>
        <source>Lagre pakken</source>
        <translation>Lagre pakka</translation>
    </message>
    <message>
        <source>Kommunen har ingen nøkler ennå. Be kommuneadministratoren åpne «Kommunens nøkler».</source>
        <translation>Kommunen har ingen nøklar enno. Be kommuneadministratoren opne «Nøklane til kommunen».</translation>
    </message>
    <message>
        <source>Kommunen kjenner ingen andre kommuners nøkler. Be kommuneadministratoren lese inn nøkkelfilen til mottakerkommunen under «Kommunens nøkler».</source>
        <translation>Kommunen kjenner ikkje nøklane til nokon andre kommunar. Be kommuneadministratoren lese inn nøkkelfila til mottakarkommunen under «Nøklane til kommunen».</translation>
    </message>
    <message>
        <source>Pakken er lagret som {0}. Send den til {1}. Når de har svart, les inn kvitteringen med Fil → «Les inn kvittering …».</source>
        <translation>Pakka er lagra som {0}. Send ho til {1}. Når dei har svart, les inn kvitteringa med Fil → «Les inn kvittering …».</translation>
    </message>
</context>
<context>
    <name>FaktorPanel</name>
    <message>
        <source>Valgt faktor</source>
        <translation>Vald faktor</translation>
    </message>
    <message>
        <source>Om valgt faktor</source>
        <translation>Om vald faktor</translation>
    </message>
    <message>
        <source>Faktorens tekst</source>
        <translation>Teksten til faktoren</translation>
    </message>
    <message>
        <source>Enter lagrer, Shift+Enter gir ny linje.</source>
        <translation>Enter lagrar, Shift+Enter gir ny linje.</translation>
    </message>
    <message>
        <source>Område for faktoren</source>
        <translation>Område for faktoren</translation>
    </message>
    <message>
        <source>Prioritet for faktoren</source>
        <translation>Prioritet for faktoren</translation>
    </message>
    <message>
        <source>Hvor faktoren ligger</source>
        <translation>Kvar faktoren ligg</translation>
    </message>
    <message>
        <source>Faktoren ligger i egen tjeneste. Tjenesten må selv arbeide med den.</source>
        <translation>Faktoren ligg i eiga teneste. Tenesta må sjølv arbeide med han.</translation>
    </message>
    <message>
        <source>Merknad om egen tjeneste</source>
        <translation>Merknad om eiga teneste</translation>
    </message>
    <message>
        <source>&amp;Tekst:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>&amp;Område:</source>
        <translation>Omr&amp;åde:</translation>
    </message>
    <message>
        <source>P&amp;rioritet:</source>
        <translation>P&amp;rioritet:</translation>
    </message>
    <message>
        <source>L&amp;igger:</source>
        <translation>Ligg kv&amp;ar:</translation>
    </message>
    <message>
        <source>Koblinger</source>
        <translation>Koplingar</translation>
    </message>
    <message>
        <source>Koblinger for faktoren</source>
        <translation>Koplingar for faktoren</translation>
    </message>
    <message>
        <source>Koble til</source>
        <translation>Kople til</translation>
    </message>
    <message>
        <source>Ko&amp;ble</source>
        <translation>Kople &amp;dit</translation>
    </message>
    <message>
        <source>Koble faktoren</source>
        <translation>Kople faktoren</translation>
    </message>
    <message>
        <source>Fjern koblingen</source>
        <translation>Fjern koplinga</translation>
    </message>
    <message>
        <source>Tiltak settes inn her</source>
        <translation>Tiltak blir sette inn her</translation>
    </message>
    <message>
        <source>Tiltak satt inn her</source>
        <translation>Tiltak sette inn her</translation>
    </message>
    <message>
        <source>G&amp;å til tiltaket</source>
        <translation>&amp;Gå til tiltaket</translation>
    </message>
    <message>
        <source>Gå til tiltaket</source>
        <translation>Gå til tiltaket</translation>
    </message>
    <message>
        <source>Fjern fra faktoren</source>
        <translation>Fjern frå faktoren</translation>
    </message>
    <message>
        <source>Ta tiltaket bort fra faktoren</source>
        <translation>Ta tiltaket bort frå faktoren</translation>
    </message>
    <message>
        <source>Tiltak å sette inn her</source>
        <translation>Tiltak å setje inn her</translation>
    </message>
    <message>
        <source>Sett inn &amp;her</source>
        <translation>S&amp;et inn her</translation>
    </message>
    <message>
        <source>Sett tiltaket inn her</source>
        <translation>Set tiltaket inn her</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Gi lesetilgang</source>
        <translation>Gi lesetilgang</translation>
    </message>
    <message>
        <source>&amp;Gi lesetilgang</source>
        <translation>&amp;Gi lesetilgang</translation>
    </message>
    <message>
        <source>Med lesetilgang kan en ansatt lese loggen uten å ha ansvar for et tiltak. Det krever at foreldrene har samtykket til at akkurat denne personen får lese.</source>
        <translation>Med lesetilgang kan ein tilsett lese loggen utan å ha ansvar for eit tiltak. Det krev at foreldra har samtykt til at akkurat denne personen får lese.</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Tilsett</translation>
    </message>
    <message>
        <source>Skriv for å søke på navn, stilling eller enhet</source>
        <translation>Skriv for å søkje på namn, stilling eller eining</translation>
    </message>
    <message>
        <source>Henter ansatte …</source>
        <translation>Hentar tilsette …</translation>
    </message>
    <message>
        <source>&amp;Ansatt:</source>
        <translation>&amp;Tilsett:</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>&amp;Samtykke:</source>
        <translation>&amp;Samtykke:</translation>
    </message>
    <message>
        <source>Om samtykket</source>
        <translation>Om samtykket</translation>
    </message>
    <message>
        <source>&amp;Registrer samtykke til lesetilgang …</source>
        <translation>&amp;Registrer samtykke til lesetilgang …</translation>
    </message>
    <message>
        <source>Registrer samtykke til lesetilgang</source>
        <translation>Registrer samtykke til lesetilgang</translation>
    </message>
    <message>
        <source> (aktør i loggen, leser den allerede)</source>
        <translation> (aktør i loggen, les han allereie)</translation>
    </message>
    <message>
        <source>Velg eller skriv et navn</source>
        <translation>Vel eller skriv eit namn</translation>
    </message>
    <message>
        <source>Foreldrene har ikke samtykket til at {0} kan lese loggen. Alle med foreldreansvar må signere et samtykke først. Når du har det signerte skjemaet, registrerer du det her.</source>
        <translation>Foreldra har ikkje samtykt til at {0} kan lese loggen. Alle med foreldreansvar må signere eit samtykke først. Når du har det signerte skjemaet, registrerer du det her.</translation>
    </message>
    <message>
        <source>skannet skjema er lagret</source>
        <translation>skanna skjema er lagra</translation>
    </message>
    <message>
        <source>uten skannet skjema</source>
        <translation>utan skanna skjema</translation>
    </message>
    <message>
        <source>Signert {0} – {1} ({2})</source>
        <translation>Signert {0} – {1} ({2})</translation>
    </message>
    <message>
        <source>Velg hvem som skal få lesetilgang.</source>
        <translation>Vel kven som skal få lesetilgang.</translation>
    </message>
    <message>
        <source>{0} kan ikke få lesetilgang uten samtykke fra foreldrene. Registrer det signerte samtykket først.</source>
        <translation>{0} kan ikkje få lesetilgang utan samtykke frå foreldra. Registrer det signerte samtykket først.</translation>
    </message>
</context>
<context>
    <name>HistorikkPage</name>
    <message>
        <source>Tekst</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Hvem tiltaket gjelder</source>
        <translation>Kven tiltaket gjeld</translation>
    </message>
    <message>
        <source>Evalueringsdato</source>
        <translation>Evalueringsdato</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>Frå dato</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Trinn i tiltakstrappen</source>
        <translation>Trinn i tiltakstrappa</translation>
    </message>
    <message>
        <source>Lagt inn av</source>
        <translation>Lagt inn av</translation>
    </message>
    <message>
        <source>Skrevet av</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>Evaluert av</source>
        <translation>Evaluert av</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Familiens vurdering</source>
        <translation>Vurderinga til familien</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Målet er nådd</source>
        <translation>Målet er nådd</translation>
    </message>
    <message>
        <source>Erstattet</source>
        <translation>Erstatta</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Plassering (vannrett)</source>
        <translation>Plassering (vassrett)</translation>
    </message>
    <message>
        <source>Plassering (loddrett)</source>
        <translation>Plassering (loddrett)</translation>
    </message>
    <message>
        <source>Mål (A)</source>
        <translation>Mål (A)</translation>
    </message>
    <message>
        <source>Mål (B)</source>
        <translation>Mål (B)</translation>
    </message>
    <message>
        <source>Mål (C)</source>
        <translation>Mål (C)</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Internt</source>
        <translation>Internt</translation>
    </message>
    <message>
        <source>Kjennetegn på måloppnåelse</source>
        <translation>Kjenneteikn på måloppnåing</translation>
    </message>
    <message>
        <source>Rekkefølge</source>
        <translation>Rekkjefølgje</translation>
    </message>
    <message>
        <source>Bekymringen</source>
        <translation>Bekymringa</translation>
    </message>
    <message>
        <source>Opprettholdende faktorer</source>
        <translation>Faktorar som held utfordringa ved like</translation>
    </message>
    <message>
        <source>Barnets stemme</source>
        <translation>Stemma til barnet</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Satt passiv</source>
        <translation>Sett passiv</translation>
    </message>
    <message>
        <source>Grunn til avslutning</source>
        <translation>Grunn til avslutning</translation>
    </message>
    <message>
        <source>Hele loggen</source>
        <translation>Heile loggen</translation>
    </message>
    <message>
        <source>Oppmerksomheter</source>
        <translation>Merksemder</translation>
    </message>
    <message>
        <source>Fjernet</source>
        <translation>Fjerna</translation>
    </message>
    <message>
        <source>Lesetilgang for</source>
        <translation>Lesetilgang for</translation>
    </message>
    <message>
        <source>Signert av</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <source>Signert av ungdommen</source>
        <translation>Signert av ungdommen</translation>
    </message>
    <message>
        <source>Samtykke til å opprette logg</source>
        <translation>Samtykke til å opprette logg</translation>
    </message>
    <message>
        <source>Samtykke til å utveksle opplysninger</source>
        <translation>Samtykke til å utveksle opplysningar</translation>
    </message>
    <message>
        <source>Samtykke til overføring til annen enhet</source>
        <translation>Samtykke til overføring til anna eining</translation>
    </message>
    <message>
        <source>Samtykke til overføring til annen kommune</source>
        <translation>Samtykke til overføring til annan kommune</translation>
    </message>
    <message>
        <source>Signert dato</source>
        <translation>Signert dato</translation>
    </message>
    <message>
        <source>Utløper</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Trukket</source>
        <translation>Trekt</translation>
    </message>
    <message>
        <source>Grunn til at samtykket ble trukket</source>
        <translation>Grunnen til at samtykket vart trekt</translation>
    </message>
    <message>
        <source>Filnavn</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Filtype</source>
        <translation>Filtype</translation>
    </message>
    <message>
        <source>Størrelse (byte)</source>
        <translation>Storleik (byte)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grunn</source>
        <translation>Grunn</translation>
    </message>
    <message>
        <source>Til kommune</source>
        <translation>Til kommune</translation>
    </message>
    <message>
        <source>Begrunnelse for svaret</source>
        <translation>Grunngiving for svaret</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Svart på</translation>
    </message>
    <message>
        <source>Er det målbart, med et sluttpunkt?</source>
        <translation>Er det målbart, med eit sluttpunkt?</translation>
    </message>
    <message>
        <source>Er målet akseptert av barnet og foreldrene?</source>
        <translation>Er målet akseptert av barnet og foreldra?</translation>
    </message>
    <message>
        <source>Er målet realistisk?</source>
        <translation>Er målet realistisk?</translation>
    </message>
    <message>
        <source>Er det satt en tidsperiode for tiltak og evaluering?</source>
        <translation>Er det sett ein tidsperiode for tiltak og evaluering?</translation>
    </message>
    <message>
        <source>Er målet enkelt og forståelig?</source>
        <translation>Er målet enkelt og forståeleg?</translation>
    </message>
    <message>
        <source>(ukjent)</source>
        <translation>(ukjend)</translation>
    </message>
    <message>
        <source>Historikk</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Kort fortalt</source>
        <translation>Kort fortalt</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Alle endringer i loggen: hvem, når og hva – og hva som sto der før. Teksten i et tiltak låses etter 8 timer, men rettelsene som ble gjort før det, står her.</source>
        <translation>Alle endringar i loggen: kven, når og kva – og kva som stod der før. Teksten i eit tiltak blir låst etter 8 timar, men rettingane som vart gjorde før det, står her.</translation>
    </message>
    <message>
        <source>Filtrer historikken</source>
        <translation>Filtrer historikken</translation>
    </message>
    <message>
        <source>Filtrer på hvem, hva eller tekst … (Ctrl+F)</source>
        <translation>Filtrer på kven, kva eller tekst … (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Antall endringer</source>
        <translation>Talet på endringar</translation>
    </message>
    <message>
        <source>Feilmelding om historikken</source>
        <translation>Feilmelding om historikken</translation>
    </message>
    <message>
        <source>Endringer i loggen</source>
        <translation>Endringar i loggen</translation>
    </message>
    <message>
        <source>Valgt endring</source>
        <translation>Vald endring</translation>
    </message>
    <message>
        <source>Endrede felt</source>
        <translation>Endra felt</translation>
    </message>
    <message>
        <source>&amp;Endringer:</source>
        <translation>&amp;Endringar:</translation>
    </message>
    <message>
        <source>&amp;Hva som ble endret:</source>
        <translation>&amp;Kva som vart endra:</translation>
    </message>
    <message>
        <source>Henter historikken …</source>
        <translation>Hentar historikken …</translation>
    </message>
    <message>
        <source>{0} endringer</source>
        <translation>{0} endringar</translation>
    </message>
    <message>
        <source>1 endring</source>
        <translation>1 endring</translation>
    </message>
    <message>
        <source>{0} av {1} endringer</source>
        <translation>{0} av {1} endringar</translation>
    </message>
    <message>
        <source>Ingen endring valgt.</source>
        <translation>Inga endring vald.</translation>
    </message>
    <message>
        <source>{0} – {1}, {2}</source>
        <translation>{0} – {1}, {2}</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>Importer stafettlogg</source>
        <translation>Importer stafettlogg</translation>
    </message>
    <message>
        <source>Avsender</source>
        <translation>Avsendar</translation>
    </message>
    <message>
        <source>Avsenderens fingeravtrykk</source>
        <translation>Fingeravtrykket til avsendaren</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>Barnet</translation>
    </message>
    <message>
        <source>Fra:</source>
        <translation>Frå:</translation>
    </message>
    <message>
        <source>Fingeravtrykk:</source>
        <translation>Fingeravtrykk:</translation>
    </message>
    <message>
        <source>Barnet:</source>
        <translation>Barnet:</translation>
    </message>
    <message>
        <source>Foresatte:</source>
        <translation>Føresette:</translation>
    </message>
    <message>
        <source>Grunn:</source>
        <translation>Grunn:</translation>
    </message>
    <message>
        <source>Oppmerksomheter som følger med</source>
        <translation>Merksemder som følgjer med</translation>
    </message>
    <message>
        <source>Oppmerksomheter i pakken</source>
        <translation>Merksemder i pakka</translation>
    </message>
    <message>
        <source>Godta</source>
        <translation>Godta</translation>
    </message>
    <message>
        <source>Loggen blir en logg i vår kommune med stafettholderen du velger. Tiltak i tjenesten hos avsenderen avsluttes ved importen, fordi de ansvarlige arbeider der. Tiltak i hjemmet og barnets egne tiltak fortsetter.</source>
        <translation>Loggen blir ein logg i kommunen vår med stafetthaldaren du vel. Tiltak i tenesta hos avsendaren blir avslutta ved importen, fordi dei ansvarlege arbeider der. Tiltak i heimen og barnet sine eigne tiltak held fram.</translation>
    </message>
    <message>
        <source>Ny stafettholder</source>
        <translation>Ny stafetthaldar</translation>
    </message>
    <message>
        <source>Ny &amp;stafettholder:</source>
        <translation>Ny &amp;stafetthaldar:</translation>
    </message>
    <message>
        <source>Avvis</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <source>Grunn til å avvise</source>
        <translation>Grunn til å avvise</translation>
    </message>
    <message>
        <source>Skriv grunnen her hvis dere avviser overføringen.</source>
        <translation>Skriv grunnen her viss de avviser overføringa.</translation>
    </message>
    <message>
        <source>G&amp;runn til at dere avviser:</source>
        <translation>G&amp;runn til at de avviser:</translation>
    </message>
    <message>
        <source>Uansett svar lagrer du en kvittering som du sender tilbake til avsenderen.</source>
        <translation>Same kva de svarar, lagrar du ei kvittering som du sender tilbake til avsendaren.</translation>
    </message>
    <message>
        <source>&amp;Godta og importer …</source>
        <translation>&amp;Godta og importer …</translation>
    </message>
    <message>
        <source>Godta og importer</source>
        <translation>Godta og importer</translation>
    </message>
    <message>
        <source>&amp;Avvis …</source>
        <translation>&amp;Avvis …</translation>
    </message>
    <message>
        <source>Dette er en kvittering. Les den inn med Fil → «Les inn kvittering …».</source>
        <translation>Dette er ei kvittering. Les ho inn med Fil → «Les inn kvittering …».</translation>
    </message>
    <message>
        <source>{0}, født {1}</source>
        <translation>{0}, fødd {1}</translation>
    </message>
    <message>
        <source>Med: {0}.</source>
        <translation>Med: {0}.</translation>
    </message>
    <message>
        <source>Ingen her kan bli stafettholder: krysset av som aktør og stafettholder i en enhet.</source>
        <translation>Ingen her kan bli stafetthaldar: kryssa av som aktør og stafetthaldar i ei eining.</translation>
    </message>
    <message>
        <source>Lagre kvitteringen</source>
        <translation>Lagre kvitteringa</translation>
    </message>
    <message>
        <source>Loggen er lest inn. Kvitteringen er lagret som {0}. Send den til {1}.</source>
        <translation>Loggen er lesen inn. Kvitteringa er lagra som {0}. Send ho til {1}.</translation>
    </message>
    <message>
        <source>Skriv grunnen til at dere avviser overføringen.</source>
        <translation>Skriv grunnen til at de avviser overføringa.</translation>
    </message>
    <message>
        <source>Overføringen er avvist. Kvitteringen er lagret som {0}. Send den til {1}.</source>
        <translation>Overføringa er avvist. Kvitteringa er lagra som {0}. Send ho til {1}.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Kommunens nøkler</source>
        <translation>Nøklane til kommunen</translation>
    </message>
    <message>
        <source>Vår nøkkel</source>
        <translation>Nøkkelen vår</translation>
    </message>
    <message>
        <source>Vårt fingeravtrykk</source>
        <translation>Fingeravtrykket vårt</translation>
    </message>
    <message>
        <source>&amp;Lag kommunens nøkler</source>
        <translation>&amp;Lag nøklane til kommunen</translation>
    </message>
    <message>
        <source>Lag kommunens nøkler</source>
        <translation>Lag nøklane til kommunen</translation>
    </message>
    <message>
        <source>&amp;Eksporter nøkkelfil …</source>
        <translation>&amp;Eksporter nøkkelfil …</translation>
    </message>
    <message>
        <source>Eksporter nøkkelfil</source>
        <translation>Eksporter nøkkelfil</translation>
    </message>
    <message>
        <source>Andre kommuner vi kjenner</source>
        <translation>Andre kommunar vi kjenner</translation>
    </message>
    <message>
        <source>Les inn nøkkelfilen fra en annen kommune før dere sender eller tar imot en stafettlogg. Ring kommuneadministratoren der og les fingeravtrykket høyt for hverandre: bare når det stemmer, vet dere at filen kommer fra dem.</source>
        <translation>Les inn nøkkelfila frå ein annan kommune før de sender eller tek imot ein stafettlogg. Ring kommuneadministratoren der og les fingeravtrykket høgt for kvarandre: berre når det stemmer, veit de at fila kjem frå dei.</translation>
    </message>
    <message>
        <source>Kjente kommuner</source>
        <translation>Kjende kommunar</translation>
    </message>
    <message>
        <source>Les &amp;inn nøkkelfil …</source>
        <translation>Les &amp;inn nøkkelfil …</translation>
    </message>
    <message>
        <source>Les inn nøkkelfil</source>
        <translation>Les inn nøkkelfil</translation>
    </message>
    <message>
        <source>&amp;Fjern nøkkelen</source>
        <translation>&amp;Fjern nøkkelen</translation>
    </message>
    <message>
        <source>Fjern nøkkelen</source>
        <translation>Fjern nøkkelen</translation>
    </message>
    <message>
        <source>Sjekk fingeravtrykket</source>
        <translation>Sjekk fingeravtrykket</translation>
    </message>
    <message>
        <source>Fingeravtrykk i filen</source>
        <translation>Fingeravtrykk i fila</translation>
    </message>
    <message>
        <source>Fingeravtrykket &amp;stemmer – legg til</source>
        <translation>Fingeravtrykket &amp;stemmer – legg til</translation>
    </message>
    <message>
        <source>Fingeravtrykket stemmer</source>
        <translation>Fingeravtrykket stemmer</translation>
    </message>
    <message>
        <source>Stemmer ikke – a&amp;vbryt</source>
        <translation>Stemmer ikkje – a&amp;vbryt</translation>
    </message>
    <message>
        <source>Stemmer ikke</source>
        <translation>Stemmer ikkje</translation>
    </message>
    <message>
        <source>De private nøklene ligger kryptert i arbeidsområdet og forlater aldri denne PC-en. Når kommunen kobler PC-ene til en felles server, skal nøklene ligge på serveren.</source>
        <translation>Dei private nøklane ligg krypterte i arbeidsområdet og forlèt aldri denne PC-en. Når kommunen koplar PC-ane til ein felles tenar, skal nøklane liggje på tenaren.</translation>
    </message>
    <message>
        <source>{0} ({1}) har ingen nøkler ennå. Lag dem én gang; de gjelder for hele kommunen.</source>
        <translation>{0} ({1}) har ingen nøklar enno. Lag dei éin gong; dei gjeld for heile kommunen.</translation>
    </message>
    <message>
        <source>Fingeravtrykket til {0} ({1}). Les det for den andre kommunen når de ringer:</source>
        <translation>Fingeravtrykket til {0} ({1}). Les det for den andre kommunen når dei ringjer:</translation>
    </message>
    <message>
        <source>Nøkkelfilen er lagret som {0}. Den er ikke hemmelig og kan sendes med e-post.</source>
        <translation>Nøkkelfila er lagra som {0}. Ho er ikkje hemmeleg og kan sendast med e-post.</translation>
    </message>
    <message>
        <source>Ring kommuneadministratoren i {0} ({1}) på et nummer du finner selv, ikke i e-posten. Be dem lese fingeravtrykket sitt. Stemmer det med dette?</source>
        <translation>Ring kommuneadministratoren i {0} ({1}) på eit nummer du finn sjølv, ikkje i e-posten. Be dei lese fingeravtrykket sitt. Stemmer det med dette?</translation>
    </message>
    <message>
        <source>Nøkkelen til {0} er lagt til.</source>
        <translation>Nøkkelen til {0} er lagd til.</translation>
    </message>
    <message>
        <source>Velg nøkkelen som skal fjernes.</source>
        <translation>Vel nøkkelen som skal fjernast.</translation>
    </message>
</context>
<context>
    <name>KommuneTab</name>
    <message>
        <source>Kommunen</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>Kommunens navn</source>
        <translation>Namnet på kommunen</translation>
    </message>
    <message>
        <source>Deler av kommunesiden</source>
        <translation>Delar av kommunesida</translation>
    </message>
    <message>
        <source>Tjenester og enheter</source>
        <translation>Tenester og einingar</translation>
    </message>
    <message>
        <source>Ledere</source>
        <translation>Leiarar</translation>
    </message>
    <message>
        <source>Eksterne aktører</source>
        <translation>Eksterne aktørar</translation>
    </message>
    <message>
        <source>Hvem kan finnes på hvilket nivå</source>
        <translation>Kven kan finnast på kva nivå</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Feilmelding om kommunen</source>
        <translation>Feilmelding om kommunen</translation>
    </message>
    <message>
        <source>Ingen leder</source>
        <translation>Ingen leiar</translation>
    </message>
    <message>
        <source>En tjeneste er en type virksomhet, som barnehage eller skole. En enhet er én virksomhet i tjenesten, som én barnehage.</source>
        <translation>Ei teneste er ein type verksemd, som barnehage eller skule. Ei eining er éi verksemd i tenesta, som éin barnehage.</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation>Einingar</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Ansatte</source>
        <translation>Tilsette</translation>
    </message>
    <message>
        <source>Tjenester</source>
        <translation>Tenester</translation>
    </message>
    <message>
        <source>Enheter i tjenesten</source>
        <translation>Einingar i tenesta</translation>
    </message>
    <message>
        <source>&amp;Ny tjeneste …</source>
        <translation>&amp;Ny teneste …</translation>
    </message>
    <message>
        <source>Ny tjeneste</source>
        <translation>Ny teneste</translation>
    </message>
    <message>
        <source>&amp;Gi tjenesten nytt navn …</source>
        <translation>&amp;Gi tenesta nytt namn …</translation>
    </message>
    <message>
        <source>Gi tjenesten nytt navn</source>
        <translation>Gi tenesta nytt namn</translation>
    </message>
    <message>
        <source>Ny &amp;enhet …</source>
        <translation>Ny &amp;eining …</translation>
    </message>
    <message>
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <source>Gi enheten nytt n&amp;avn …</source>
        <translation>Gi eininga nytt n&amp;amn …</translation>
    </message>
    <message>
        <source>Gi enheten nytt navn</source>
        <translation>Gi eininga nytt namn</translation>
    </message>
    <message>
        <source>Lederen for en enhet legger inn og fjerner egne ansatte, og overfører logger for ansatte som er borte. En enhet kan ha mer enn én leder.</source>
        <translation>Leiaren for ei eining legg inn og fjernar eigne tilsette, og overfører loggar for tilsette som er borte. Ei eining kan ha meir enn éin leiar.</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation type="vanished">Manglar</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Enheter og ledere</source>
        <translation>Einingar og leiarar</translation>
    </message>
    <message>
        <source>Ledere i enheten</source>
        <translation>Leiarar i eininga</translation>
    </message>
    <message>
        <source>Enheten har ingen leder. Legg inn en ny leder.</source>
        <translation>Eininga har ingen leiar. Legg inn ein ny leiar.</translation>
    </message>
    <message>
        <source>&amp;Ny leder …</source>
        <translation>&amp;Ny leiar …</translation>
    </message>
    <message>
        <source>Ny leder</source>
        <translation>Ny leiar</translation>
    </message>
    <message>
        <source>&amp;Gjør en ansatt til leder …</source>
        <translation>&amp;Gjer ein tilsett til leiar …</translation>
    </message>
    <message>
        <source>Gjør en ansatt til leder</source>
        <translation>Gjer ein tilsett til leiar</translation>
    </message>
    <message>
        <source>Fjern leder&amp;rollen …</source>
        <translation>Fjern leiar&amp;rolla …</translation>
    </message>
    <message>
        <source>Fjern lederrollen</source>
        <translation>Fjern leiarrolla</translation>
    </message>
    <message>
        <source>Eksterne aktører, som fastleger, hører ikke til en enhet i kommunen. Stafettholderen kan knytte dem til en logg på nivå 2 og 3.</source>
        <translation>Eksterne aktørar, som fastlegar, høyrer ikkje til ei eining i kommunen. Stafetthaldaren kan knyte dei til ein logg på nivå 2 og 3.</translation>
    </message>
    <message>
        <source>Eksterne aktører i kommunen</source>
        <translation>Eksterne aktørar i kommunen</translation>
    </message>
    <message>
        <source>Kommunen har ingen eksterne aktører.</source>
        <translation>Kommunen har ingen eksterne aktørar.</translation>
    </message>
    <message>
        <source>Ingen eksterne aktører</source>
        <translation>Ingen eksterne aktørar</translation>
    </message>
    <message>
        <source>&amp;Ny ekstern aktør …</source>
        <translation>&amp;Ny ekstern aktør …</translation>
    </message>
    <message>
        <source>Ny ekstern aktør</source>
        <translation>Ny ekstern aktør</translation>
    </message>
    <message>
        <source>&amp;Endre …</source>
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <source>Endre den eksterne aktøren</source>
        <translation>Endre den eksterne aktøren</translation>
    </message>
    <message>
        <source>Fje&amp;rn …</source>
        <translation>Fje&amp;rn …</translation>
    </message>
    <message>
        <source>Fjern den eksterne aktøren</source>
        <translation>Fjern den eksterne aktøren</translation>
    </message>
    <message>
        <source>På nivå 1 kan en logg bare knytte til seg aktører fra stafettholderens egen enhet; på nivå 2 og 3 også aktører fra andre enheter og eksterne aktører som fastleger.</source>
        <translation>På nivå 1 kan ein logg berre knyte til seg aktørar frå eininga til stafetthaldaren; på nivå 2 og 3 også aktørar frå andre einingar og eksterne aktørar som fastlegar.</translation>
    </message>
    <message>
        <source>Om nivåene</source>
        <translation>Om nivåa</translation>
    </message>
    <message>
        <source>Bare ansatte som lederen har merket som aktør, kan knyttes til en logg.</source>
        <translation>Berre tilsette som leiaren har merkt som aktør, kan knytast til ein logg.</translation>
    </message>
    <message>
        <source>Logger i &amp;enheten:</source>
        <translation>Loggar i &amp;eininga:</translation>
    </message>
    <message>
        <source>Enhet eller stilling</source>
        <translation>Eining eller stilling</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Kan knyttes til på nivå 1</source>
        <translation>Kan knytast til på nivå 1</translation>
    </message>
    <message>
        <source>Kan knyttes til på nivå 2 og 3</source>
        <translation>Kan knytast til på nivå 2 og 3</translation>
    </message>
    <message>
        <source>Nivå 1</source>
        <translation>Nivå 1</translation>
    </message>
    <message>
        <source>Nivå 2 og 3</source>
        <translation>Nivå 2 og 3</translation>
    </message>
    <message>
        <source>Ekstern aktør</source>
        <translation>Ekstern aktør</translation>
    </message>
    <message>
        <source>Egen enhet</source>
        <translation>Eiga eining</translation>
    </message>
    <message>
        <source>Annen enhet</source>
        <translation>Anna eining</translation>
    </message>
    <message>
        <source>{0} – kommuneadministrasjon</source>
        <translation>{0} – kommuneadministrasjon</translation>
    </message>
    <message>
        <source>Enheter i {0}</source>
        <translation>Einingar i {0}</translation>
    </message>
    <message>
        <source>Ledere for {0}</source>
        <translation>Leiarar for {0}</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Navnet på tjenesten</source>
        <translation>Namnet på tenesta</translation>
    </message>
    <message>
        <source>&amp;Opprett tjenesten</source>
        <translation>&amp;Opprett tenesta</translation>
    </message>
    <message>
        <source>&amp;Nytt navn:</source>
        <translation>&amp;Nytt namn:</translation>
    </message>
    <message>
        <source>Nytt navn på tjenesten</source>
        <translation>Nytt namn på tenesta</translation>
    </message>
    <message>
        <source>Nytt navn på enheten</source>
        <translation>Nytt namn på eininga</translation>
    </message>
    <message>
        <source>Fjerne lederrollen til {0}?</source>
        <translation>Fjerne leiarrolla til {0}?</translation>
    </message>
    <message>
        <source>{0} er fortsatt ansatt i enheten og beholder loggene sine.</source>
        <translation>{0} er framleis tilsett i eininga og beheld loggane sine.</translation>
    </message>
    <message>
        <source>&amp;Fjern lederrollen</source>
        <translation>&amp;Fjern leiarrolla</translation>
    </message>
    <message>
        <source>Fjerne {0}?</source>
        <translation>Fjerne {0}?</translation>
    </message>
    <message>
        <source>{0} kan ikke knyttes til nye tiltak. Tiltakene {0} har nå, står til stafettholderen evaluerer dem. Navnet står fortsatt i loggenes historikk.</source>
        <translation>{0} kan ikkje knytast til nye tiltak. Tiltaka {0} har no, står til stafetthaldaren evaluerer dei. Namnet står framleis i historikken til loggane.</translation>
    </message>
    <message>
        <source>&amp;Fjern aktøren</source>
        <translation>&amp;Fjern aktøren</translation>
    </message>
</context>
<context>
    <name>KonfliktDialog</name>
    <message>
        <source>Endringer som ikke er synkronisert</source>
        <translation>Endringar som ikkje er synkroniserte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Når</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <source>Dette er endringene dine som kommunens server ikke har tatt imot ennå. En endring som venter, sendes neste gang PC-en synkroniserer. Er det en konflikt eller en avvisning, velger du hva som skal gjelde – valget ditt synkroniseres også.</source>
        <translation>Dette er endringane dine som tenaren til kommunen ikkje har teke imot enno. Ei endring som ventar, blir sendt neste gong PC-en synkroniserer. Er det ein konflikt eller ei avvising, vel du kva som skal gjelde – valet ditt blir òg synkronisert.</translation>
    </message>
    <message>
        <source>Antall endringer</source>
        <translation>Talet på endringar</translation>
    </message>
    <message>
        <source>&amp;Endringer:</source>
        <translation>&amp;Endringar:</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Ingen endring valgt</source>
        <translation>Inga endring vald</translation>
    </message>
    <message>
        <source>Valgt endring</source>
        <translation>Vald endring</translation>
    </message>
    <message>
        <source>Venter på synkronisering. Endringen er lagret på denne PC-en og sendes til kommunens server neste gang PC-en har kontakt med den.</source>
        <translation>Ventar på synkronisering. Endringa er lagra på denne PC-en og blir sendt til tenaren til kommunen neste gong PC-en har kontakt med han.</translation>
    </message>
    <message>
        <source>Poster endringen gjelder</source>
        <translation>Postar endringa gjeld</translation>
    </message>
    <message>
        <source>Konflikten</source>
        <translation>Konflikten</translation>
    </message>
    <message>
        <source>Hva som skjedde</source>
        <translation>Kva som skjedde</translation>
    </message>
    <message>
        <source>Behold &amp;min</source>
        <translation>Behald &amp;min</translation>
    </message>
    <message>
        <source>Behold min</source>
        <translation>Behald min</translation>
    </message>
    <message>
        <source>Din versjon gjelder; den sendes på nytt til serveren.</source>
        <translation>Versjonen din gjeld og blir sendt på nytt til tenaren.</translation>
    </message>
    <message>
        <source>Behold &amp;serverens</source>
        <translation>Behald den på &amp;tenaren</translation>
    </message>
    <message>
        <source>Behold serverens</source>
        <translation>Behald den på tenaren</translation>
    </message>
    <message>
        <source>Versjonen på serveren gjelder; din blir forkastet.</source>
        <translation>Versjonen på tenaren gjeld; din blir forkasta.</translation>
    </message>
    <message>
        <source>Slå s&amp;ammen …</source>
        <translation>Slå s&amp;aman …</translation>
    </message>
    <message>
        <source>Slå sammen …</source>
        <translation>Slå saman …</translation>
    </message>
    <message>
        <source>Lag én tekst av begge versjonene.</source>
        <translation>Lag éin tekst av begge versjonane.</translation>
    </message>
    <message>
        <source>Den avviste endringen</source>
        <translation>Den avviste endringa</translation>
    </message>
    <message>
        <source>Serverens begrunnelse</source>
        <translation>Grunngivinga frå tenaren</translation>
    </message>
    <message>
        <source>Endringen er bare lagret på denne PC-en. Det du skrev, står under: kopier det du vil ta vare på, før du forkaster endringen.</source>
        <translation>Endringa er berre lagra på denne PC-en. Det du skreiv, står under: kopier det du vil ta vare på, før du forkastar endringa.</translation>
    </message>
    <message>
        <source>&amp;Forkast endringen</source>
        <translation>&amp;Forkast endringa</translation>
    </message>
    <message>
        <source>Forkast endringen</source>
        <translation>Forkast endringa</translation>
    </message>
    <message>
        <source>Fjern endringen fra PC-en; det som er på serveren, gjelder.</source>
        <translation>Fjern endringa frå PC-en; det som er på tenaren, gjeld.</translation>
    </message>
    <message>
        <source>Henter endringene …</source>
        <translation>Hentar endringane …</translation>
    </message>
    <message>
        <source>Alt er synkronisert: ingen endringer venter.</source>
        <translation>Alt er synkronisert: ingen endringar ventar.</translation>
    </message>
    <message>
        <source>{0} må avklares av deg, {1} venter på synkronisering.</source>
        <translation>{0} må avklarast av deg, {1} ventar på synkronisering.</translation>
    </message>
    <message>
        <source>{0} må avklares av deg.</source>
        <translation>{0} må avklarast av deg.</translation>
    </message>
    <message>
        <source>{0} venter på synkronisering.</source>
        <translation>{0} ventar på synkronisering.</translation>
    </message>
    <message>
        <source>{0} – {1}, {2}</source>
        <translation>{0} – {1}, {2}</translation>
    </message>
    <message>
        <source>Alt er synkronisert.</source>
        <translation>Alt er synkronisert.</translation>
    </message>
    <message>
        <source>Ingen endring valgt.</source>
        <translation>Inga endring vald.</translation>
    </message>
    <message>
        <source>Endringen gjelder ingen poster (den avklarer en tidligere endring).</source>
        <translation>Endringa gjeld ingen postar (ho avklarar ei tidlegare endring).</translation>
    </message>
    <message>
        <source>Gjelder:</source>
        <translation>Gjeld:</translation>
    </message>
    <message>
        <source>Konflikt: {0}</source>
        <translation>Konflikt: {0}</translation>
    </message>
    <message>
        <source>Din versjon</source>
        <translation>Versjonen din</translation>
    </message>
    <message>
        <source>Versjonen på serveren</source>
        <translation>Versjonen på tenaren</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Ukjent person</source>
        <translation>Ukjend person</translation>
    </message>
    <message>
        <source>Hvem og når: din versjon</source>
        <translation>Kven og når: versjonen din</translation>
    </message>
    <message>
        <source>Hvem og når: versjonen på serveren</source>
        <translation>Kven og når: versjonen på tenaren</translation>
    </message>
    <message>
        <source>Posten er slettet på serveren.</source>
        <translation>Posten er sletta på tenaren.</translation>
    </message>
    <message>
        <source>(slettet på serveren)</source>
        <translation>(sletta på tenaren)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Din versjon: {0}</source>
        <translation>Versjonen din: {0}</translation>
    </message>
    <message>
        <source>Versjonen på serveren: {0}</source>
        <translation>Versjonen på tenaren: {0}</translation>
    </message>
    <message>
        <source>Ingen felt å sammenligne.</source>
        <translation>Ingen felt å samanlikne.</translation>
    </message>
    <message>
        <source>Denne endringen har ingen tekst som kan slås sammen.</source>
        <translation>Denne endringa har ingen tekst som kan slåast saman.</translation>
    </message>
    <message>
        <source>Avvist: {0}</source>
        <translation>Avvist: {0}</translation>
    </message>
    <message>
        <source>Avvist av serveren: {0}</source>
        <translation>Avvist av tenaren: {0}</translation>
    </message>
    <message>
        <source>Det du skrev: {0}</source>
        <translation>Det du skreiv: {0}</translation>
    </message>
    <message>
        <source>Endringen har ingen tekst å vise.</source>
        <translation>Endringa har ingen tekst å vise.</translation>
    </message>
    <message>
        <source>Behold serverens versjon</source>
        <translation>Behald versjonen på tenaren</translation>
    </message>
    <message>
        <source>Beholde versjonen på serveren?</source>
        <translation>Behalde versjonen på tenaren?</translation>
    </message>
    <message>
        <source>Din versjon blir forkastet. Kopier det du vil ta vare på, før du går videre.</source>
        <translation>Versjonen din blir forkasta. Kopier det du vil ta vare på, før du går vidare.</translation>
    </message>
    <message>
        <source>&amp;Behold serverens</source>
        <translation>&amp;Behald den på tenaren</translation>
    </message>
    <message>
        <source>Ja, behold serverens</source>
        <translation>Ja, behald den på tenaren</translation>
    </message>
    <message>
        <source>Forkaste endringen?</source>
        <translation>Forkaste endringa?</translation>
    </message>
    <message>
        <source>Det du skrev, blir borte fra PC-en. Kopier det du vil ta vare på, før du går videre.</source>
        <translation>Det du skreiv, blir borte frå PC-en. Kopier det du vil ta vare på, før du går vidare.</translation>
    </message>
    <message>
        <source>&amp;Forkast</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>Ja, forkast</source>
        <translation>Ja, forkast</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Kontakt</name>
    <message>
        <source>Mangler</source>
        <translation>Manglar</translation>
    </message>
</context>
<context>
    <name>LevelPage</name>
    <message>
        <source>Nivå</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Nivået styrer hvilke aktører som kan kobles til loggen.</source>
        <translation>Nivået styrer kva aktørar som kan koplast til loggen.</translation>
    </message>
    <message>
        <source>Loggens nivå</source>
        <translation>Nivået til loggen</translation>
    </message>
    <message>
        <source>Bare aktører fra din egen enhet kan kobles til loggen.</source>
        <translation>Berre aktørar frå di eiga eining kan koplast til loggen.</translation>
    </message>
    <message>
        <source>I tillegg til aktører fra egen enhet kan eksterne aktører kobles til.</source>
        <translation>I tillegg til aktørar frå eiga eining kan eksterne aktørar koplast til.</translation>
    </message>
    <message>
        <source>Som nivå 2: også eksterne aktører kan kobles til loggen.</source>
        <translation>Som nivå 2: òg eksterne aktørar kan koplast til loggen.</translation>
    </message>
    <message>
        <source>Nivå &amp;{0}</source>
        <translation>Nivå &amp;{0}</translation>
    </message>
    <message>
        <source>Nivå {0}</source>
        <translation>Nivå {0}</translation>
    </message>
    <message>
        <source>Nivået kan heves eller senkes senere.</source>
        <translation>Nivået kan hevast eller senkast seinare.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&lt;h1&gt;Stafettlogg er låst&lt;/h1&gt;&lt;p&gt;Barnas opplysninger er skjult, og nøkkelen til databasen er fjernet fra minnet.&lt;/p&gt;&lt;p&gt;Logget inn: {0}&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Stafettlogg er låst&lt;/h1&gt;&lt;p&gt;Opplysningane om barna er skjulte, og nøkkelen til databasen er fjerna frå minnet.&lt;/p&gt;&lt;p&gt;Logga inn: {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passordfrase for å låse opp</source>
        <translation>Passordfrase for å låse opp</translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <source>&amp;Lås opp</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <source>Lås opp</source>
        <translation>Lås opp</translation>
    </message>
</context>
<context>
    <name>LogListPage</name>
    <message>
        <source>Mine logger</source>
        <translation>Loggane mine</translation>
    </message>
    <message>
        <source>&amp;Opprett ny logg …</source>
        <translation>&amp;Opprett ny logg …</translation>
    </message>
    <message>
        <source>Opprett ny logg</source>
        <translation>Opprett ny logg</translation>
    </message>
    <message>
        <source>Filtrer loggene</source>
        <translation>Filtrer loggane</translation>
    </message>
    <message>
        <source>Skriv for å filtrere på barn, stafettholder, enhet</source>
        <translation>Skriv for å filtrere på barn, stafetthaldar, eining</translation>
    </message>
    <message>
        <source>Filtrer på barn, stafettholder, enhet eller status … (Ctrl+F)</source>
        <translation>Filtrer på barn, stafetthaldar, eining eller status … (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ingen logger</source>
        <translation>Ingen loggar</translation>
    </message>
    <message>
        <source>&amp;Åpne loggen</source>
        <translation>O&amp;pne loggen</translation>
    </message>
    <message>
        <source>Åpne loggen</source>
        <translation>Opne loggen</translation>
    </message>
    <message>
        <source>1 logg</source>
        <translation>1 logg</translation>
    </message>
    <message>
        <source>{0} logger</source>
        <translation>{0} loggar</translation>
    </message>
    <message>
        <source>Du har ingen logger her ennå. Her står loggene du er stafettholder eller aktør i, og loggene du har fått lesetilgang til.</source>
        <translation>Du har ingen loggar her enno. Her står loggane du er stafetthaldar eller aktør i, og loggane du har fått lesetilgang til.</translation>
    </message>
    <message>
        <source>Lag en ny logg med «Opprett ny logg» (Ctrl+N).</source>
        <translation>Lag ein ny logg med «Opprett ny logg» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Som leder finner du enhetens logger under fanen «Brukere».</source>
        <translation>Som leiar finn du loggane til eininga under fana «Brukarar».</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Loggen</source>
        <translation>Loggen</translation>
    </message>
    <message>
        <source>Laster loggen …</source>
        <translation>Lastar loggen …</translation>
    </message>
    <message>
        <source>Barnet og familien</source>
        <translation>Barnet og familien</translation>
    </message>
    <message>
        <source>Endre &amp;nivå …</source>
        <translation>Endre &amp;nivå …</translation>
    </message>
    <message>
        <source>Endre nivå</source>
        <translation>Endre nivå</translation>
    </message>
    <message>
        <source>Sett &amp;passiv</source>
        <translation>Set &amp;passiv</translation>
    </message>
    <message>
        <source>Sett loggen passiv</source>
        <translation>Set loggen passiv</translation>
    </message>
    <message>
        <source>&amp;Gjenåpne …</source>
        <translation>&amp;Gjenopne …</translation>
    </message>
    <message>
        <source>Gjenåpne loggen</source>
        <translation>Gjenopne loggen</translation>
    </message>
    <message>
        <source>&amp;Avslutt loggen …</source>
        <translation>&amp;Avslutt loggen …</translation>
    </message>
    <message>
        <source>Avslutt loggen</source>
        <translation>Avslutt loggen</translation>
    </message>
    <message>
        <source>Mø&amp;temodus …</source>
        <translation>Mø&amp;temodus …</translation>
    </message>
    <message>
        <source>Start møtemodus</source>
        <translation>Start møtemodus</translation>
    </message>
    <message>
        <source>Vis bare denne loggen på storskjermen i møtet</source>
        <translation>Vis berre denne loggen på storskjermen i møtet</translation>
    </message>
    <message>
        <source>&amp;Eksporter som PDF …</source>
        <translation>&amp;Eksporter som PDF …</translation>
    </message>
    <message>
        <source>Eksporter som PDF</source>
        <translation>Eksporter som PDF</translation>
    </message>
    <message>
        <source>Varsler</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <source>Deler av loggen</source>
        <translation>Delar av loggen</translation>
    </message>
    <message>
        <source>Loggen kan ikke vises</source>
        <translation>Loggen kan ikkje visast</translation>
    </message>
    <message>
        <source>foresatt</source>
        <translation>føresett</translation>
    </message>
    <message>
        <source>, uten foreldreansvar</source>
        <translation>, utan foreldreansvar</translation>
    </message>
    <message>
        <source>{0} år · født {1} · foresatte: {2}</source>
        <translation>{0} år · fødd {1} · føresette: {2}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · nivå {1} · stafettholder {2}, {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · nivå {1} · stafetthaldar {2}, {3}</translation>
    </message>
    <message>
        <source>Du har lesetilgang til utvalgte oppmerksomheter i denne loggen.</source>
        <translation>Du har lesetilgang til utvalde merksemder i denne loggen.</translation>
    </message>
    <message>
        <source>En passiv logg kan bare leses, og kan bare gjenåpnes med nytt samtykke. Sette loggen passiv?</source>
        <translation>Ein passiv logg kan berre lesast, og kan berre gjenopnast med nytt samtykke. Setje loggen passiv?</translation>
    </message>
</context>
<context>
    <name>LoggListModel</name>
    <message>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Passiv</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>venter på overføring</source>
        <translation>ventar på overføring</translation>
    </message>
    <message>
        <source>overføringen ble avvist</source>
        <translation>overføringa vart avvist</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Stafettholder</source>
        <translation>Stafetthaldar</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Neste evaluering</source>
        <translation>Neste evaluering</translation>
    </message>
    <message>
        <source>Lysglimt</source>
        <translation>Lysglimt</translation>
    </message>
    <message>
        <source>Åpne loggen for {0}</source>
        <translation>Opne loggen for {0}</translation>
    </message>
    <message>
        <source>{0} ({1} nye)</source>
        <translation>{0} ({1} nye)</translation>
    </message>
</context>
<context>
    <name>LysglimtDialog</name>
    <message>
        <source>Nytt lysglimt</source>
        <translation>Nytt lysglimt</translation>
    </message>
    <message>
        <source>&amp;Lagre lysglimtet</source>
        <translation>&amp;Lagre lysglimtet</translation>
    </message>
    <message>
        <source>Hva gikk bra?</source>
        <translation>Kva gjekk bra?</translation>
    </message>
    <message>
        <source>Et lysglimt er noe som gikk bra, og som viser at det går framover. Skriv det slik at barnet kan lese det, eller få det lest høyt.</source>
        <translation>Eit lysglimt er noko som gjekk bra, og som viser at det går framover. Skriv det slik at barnet kan lese det, eller få det lese høgt.</translation>
    </message>
    <message>
        <source>Om lysglimt</source>
        <translation>Om lysglimt</translation>
    </message>
    <message>
        <source>For eksempel: Ella spiste hele middagen selv i dag. Hun ville vise far den tomme tallerkenen.</source>
        <translation>Til dømes: Ella åt heile middagen sjølv i dag. Ho ville vise far den tomme tallerkenen.</translation>
    </message>
    <message>
        <source>&amp;Hva gikk bra?</source>
        <translation>&amp;Kva gjekk bra?</translation>
    </message>
    <message>
        <source>Gjelder oppmerksomhet</source>
        <translation>Gjeld merksemd</translation>
    </message>
    <message>
        <source>Ingen bestemt oppmerksomhet</source>
        <translation>Inga bestemd merksemd</translation>
    </message>
    <message>
        <source>&amp;Gjelder (valgfritt)</source>
        <translation>&amp;Gjeld (valfritt)</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
</context>
<context>
    <name>LysglimtPage</name>
    <message>
        <source>Lysglimt</source>
        <translation>Lysglimt</translation>
    </message>
    <message>
        <source>&lt;i&gt;Det du gir oppmerksomhet, får du mer av.&lt;/i&gt; Husk å fortelle barnet om lysglimtene.</source>
        <translation>&lt;i&gt;Det du gir merksemd, får du meir av.&lt;/i&gt; Hugs å fortelje barnet om lysglimta.</translation>
    </message>
    <message>
        <source>Lysglimt i loggen</source>
        <translation>Lysglimt i loggen</translation>
    </message>
    <message>
        <source>Nytt &amp;lysglimt …</source>
        <translation>Nytt &amp;lysglimt …</translation>
    </message>
    <message>
        <source>Nytt lysglimt</source>
        <translation>Nytt lysglimt</translation>
    </message>
    <message>
        <source>{0}. Skrevet av {1}, {2}</source>
        <translation>{0}. Skrive av {1}, {2}</translation>
    </message>
    <message>
        <source>Ingen lysglimt ennå. Skriv det første når noe går bra!</source>
        <translation>Ingen lysglimt enno. Skriv det første når noko går bra!</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ta sikker&amp;hetskopi …</source>
        <translation>Ta &amp;tryggingskopi …</translation>
    </message>
    <message>
        <source>Stafettlogg – {0}</source>
        <translation>Stafettlogg – {0}</translation>
    </message>
    <message>
        <source>Åpne logger</source>
        <translation>Opne loggar</translation>
    </message>
    <message>
        <source>Mine logger</source>
        <translation>Loggane mine</translation>
    </message>
    <message>
        <source>Laster loggene …</source>
        <translation>Lastar loggane …</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Opprett ny logg …</source>
        <translation>&amp;Opprett ny logg …</translation>
    </message>
    <message>
        <source>Skriv ut &amp;samtykkeskjema …</source>
        <translation>Skriv ut &amp;samtykkeskjema …</translation>
    </message>
    <message>
        <source>&amp;Lås nå</source>
        <translation>&amp;Lås no</translation>
    </message>
    <message>
        <source>Lu&amp;kk loggen</source>
        <translation>Lu&amp;kk loggen</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Mine logger</source>
        <translation>Loggane &amp;mine</translation>
    </message>
    <message>
        <source>&amp;Filtrer loggene</source>
        <translation>&amp;Filtrer loggane</translation>
    </message>
    <message>
        <source>&amp;Oppdater</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Kontroller &amp;databasen …</source>
        <translation>Kontroller &amp;databasen …</translation>
    </message>
    <message>
        <source>Kontrollerer databasen …</source>
        <translation>Kontrollerer databasen …</translation>
    </message>
    <message>
        <source>Kontroller databasen</source>
        <translation>Kontroller databasen</translation>
    </message>
    <message>
        <source>Databasen er kontrollert side for side. Ingen skade er funnet.</source>
        <translation>Databasen er kontrollert side for side. Det er ikkje funne nokon skade.</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Laster …</source>
        <translation>Lastar …</translation>
    </message>
    <message>
        <source>Loggen for {0}</source>
        <translation>Loggen for {0}</translation>
    </message>
</context>
<context>
    <name>MakeLederDialog</name>
    <message>
        <source>Gjør en ansatt til leder</source>
        <translation>Gjer ein tilsett til leiar</translation>
    </message>
    <message>
        <source>&amp;Gjør til leder</source>
        <translation>&amp;Gjer til leiar</translation>
    </message>
    <message>
        <source>Velg en ansatt i {0} som skal være leder der.</source>
        <translation>Vel ein tilsett i {0} som skal vere leiar der.</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Tilsett</translation>
    </message>
    <message>
        <source>&amp;Ansatt:</source>
        <translation>&amp;Tilsett:</translation>
    </message>
    <message>
        <source>{0} har ingen ansatte som ikke er ledere. Legg inn en ny leder.</source>
        <translation>{0} har ingen tilsette som ikkje er leiarar. Legg inn ein ny leiar.</translation>
    </message>
    <message>
        <source>Velg en ansatt.</source>
        <translation>Vel ein tilsett.</translation>
    </message>
</context>
<context>
    <name>MalDialog</name>
    <message>
        <source>Er målet &amp;målbart, med et sluttpunkt?</source>
        <translation>Er målet &amp;målbart, med eit sluttpunkt?</translation>
    </message>
    <message>
        <source>Målbart</source>
        <translation>Målbart</translation>
    </message>
    <message>
        <source>Er målet akse&amp;ptert av barnet og foreldrene?</source>
        <translation>Er målet akse&amp;ptert av barnet og foreldra?</translation>
    </message>
    <message>
        <source>Akseptert av barn og foreldre</source>
        <translation>Akseptert av barn og foreldre</translation>
    </message>
    <message>
        <source>Er målet &amp;realistisk?</source>
        <translation>Er målet &amp;realistisk?</translation>
    </message>
    <message>
        <source>Realistisk</source>
        <translation>Realistisk</translation>
    </message>
    <message>
        <source>Er det satt en &amp;tidsperiode for tiltak og evaluering?</source>
        <translation>Er det sett ein &amp;tidsperiode for tiltak og evaluering?</translation>
    </message>
    <message>
        <source>Tidsperiode satt</source>
        <translation>Tidsperiode sett</translation>
    </message>
    <message>
        <source>Er målet &amp;enkelt og forståelig?</source>
        <translation>Er målet &amp;enkelt og forståeleg?</translation>
    </message>
    <message>
        <source>Enkelt og forståelig</source>
        <translation>Enkelt og forståeleg</translation>
    </message>
    <message>
        <source>Mål for oppmerksomheten</source>
        <translation>Mål for merksemda</translation>
    </message>
    <message>
        <source>&amp;Lagre målet</source>
        <translation>&amp;Lagre målet</translation>
    </message>
    <message>
        <source>Oppmerksomhet: «{0}»</source>
        <translation>Merksemd: «{0}»</translation>
    </message>
    <message>
        <source>Oppmerksomheten</source>
        <translation>Merksemda</translation>
    </message>
    <message>
        <source>Nåværende mål: «{0}». Et nytt mål erstatter dette; det gamle blir stående i historikken. Feltene viser det nåværende målet, så du kan bygge videre på det.</source>
        <translation>Noverande mål: «{0}». Eit nytt mål erstattar dette; det gamle blir ståande i historikken. Felta viser det noverande målet, så du kan byggje vidare på det.</translation>
    </message>
    <message>
        <source>Erstatter målet</source>
        <translation>Erstattar målet</translation>
    </message>
    <message>
        <source>Ett konkret mål om gangen. Bygg det opp i tre deler: A – hva barnet gjør, i nåtid («skriver, snakker, går»). B – når og hvor. C – hvordan det nås.</source>
        <translation>Eitt konkret mål om gongen. Byggj det opp i tre delar: A – kva barnet gjer, i notid («skriv, snakkar, går»). B – når og kvar. C – korleis det blir nådd.</translation>
    </message>
    <message>
        <source>Slik bygger du målet</source>
        <translation>Slik byggjer du målet</translation>
    </message>
    <message>
        <source>A – hva barnet gjør</source>
        <translation>A – kva barnet gjer</translation>
    </message>
    <message>
        <source>For eksempel: Ella øver på å spise selv</source>
        <translation>Til dømes: Ella øver på å ete sjølv</translation>
    </message>
    <message>
        <source>Skriv i nåtid: skriver, snakker, går.</source>
        <translation>Skriv i notid: skriv, snakkar, går.</translation>
    </message>
    <message>
        <source>B – når og hvor</source>
        <translation>B – når og kvar</translation>
    </message>
    <message>
        <source>For eksempel: to måltider per dag selv,</source>
        <translation>Til dømes: to måltid per dag sjølv,</translation>
    </message>
    <message>
        <source>C – hvordan det nås</source>
        <translation>C – korleis det blir nådd</translation>
    </message>
    <message>
        <source>For eksempel: og foreldrene følger opp og bistår slik at hun klarer det.</source>
        <translation>Til dømes: og foreldra følgjer opp og hjelper til slik at ho klarer det.</translation>
    </message>
    <message>
        <source>&amp;A – hva barnet gjør (nåtid)</source>
        <translation>&amp;A – kva barnet gjer (notid)</translation>
    </message>
    <message>
        <source>&amp;B – når og hvor</source>
        <translation>&amp;B – når og kvar</translation>
    </message>
    <message>
        <source>&amp;C – hvordan det nås</source>
        <translation>&amp;C – korleis det blir nådd</translation>
    </message>
    <message>
        <source>Forhåndsvisning av målet</source>
        <translation>Førehandsvising av målet</translation>
    </message>
    <message>
        <source>Sjekk målet</source>
        <translation>Sjekk målet</translation>
    </message>
    <message>
        <source>Slik blir målet ({0}):</source>
        <translation>Slik blir målet ({0}):</translation>
    </message>
    <message>
        <source>Slik blir målet:</source>
        <translation>Slik blir målet:</translation>
    </message>
    <message>
        <source>Målet vises her mens du skriver. Eksempel: Ella øver på å spise to måltider per dag selv, og foreldrene følger opp og bistår slik at hun klarer det.</source>
        <translation>Målet blir vist her medan du skriv. Døme: Ella øver på å ete to måltid per dag sjølv, og foreldra følgjer opp og hjelper til slik at ho klarer det.</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Møtemodus</source>
        <translation>Møtemodus</translation>
    </message>
    <message>
        <source>Møtemodus – storskjerm</source>
        <translation>Møtemodus – storskjerm</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>Barnet</translation>
    </message>
    <message>
        <source>Skrives nå</source>
        <translation>Blir skrive no</translation>
    </message>
    <message>
        <source>Del av møtet</source>
        <translation>Del av møtet</translation>
    </message>
    <message>
        <source>{0}, {1} år</source>
        <translation>{0}, {1} år</translation>
    </message>
    <message>
        <source>{0}  ·  {1} av {2}</source>
        <translation>{0}  ·  {1} av {2}</translation>
    </message>
    <message>
        <source>Hva sier {0} selv?</source>
        <translation>Kva seier {0} sjølv?</translation>
    </message>
    <message>
        <source>{0}s stemme</source>
        <translation>Stemma til {0}</translation>
    </message>
    <message>
        <source>Barnets stemme</source>
        <translation>Stemma til barnet</translation>
    </message>
    <message>
        <source>Lysglimt</source>
        <translation>Lysglimt</translation>
    </message>
    <message>
        <source>Det du gir oppmerksomhet, får du mer av.</source>
        <translation>Det du gir merksemd, får du meir av.</translation>
    </message>
    <message>
        <source>Ingen lysglimt ennå. Hva har gått bra for {0}?</source>
        <translation>Ingen lysglimt enno. Kva har gått bra for {0}?</translation>
    </message>
    <message>
        <source>Hva opprettholder: {0}</source>
        <translation>Kva held ved like: {0}</translation>
    </message>
    <message>
        <source>Grønn: ligger i tjenesten   Gul: ligger hjemme   ★1: det vi helst kan endre</source>
        <translation>Grøn: ligg i tenesta   Gul: ligg heime   ★1: det vi helst kan endre</translation>
    </message>
    <message>
        <source>Faktorer – {0}</source>
        <translation>Faktorar – {0}</translation>
    </message>
    <message>
        <source>Evalueringer</source>
        <translation>Evalueringar</translation>
    </message>
    <message>
        <source>Virker det vi gjør? Barnet og familien har siste ordet.</source>
        <translation>Verkar det vi gjer? Barnet og familien har siste ordet.</translation>
    </message>
    <message>
        <source>Ingen tiltak skal evalueres de neste to ukene.</source>
        <translation>Ingen tiltak skal evaluerast dei neste to vekene.</translation>
    </message>
    <message>
        <source>Mål:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>{0} gjør</source>
        <translation>{0} gjer</translation>
    </message>
    <message>
        <source>Ingen aktive tiltak nå.</source>
        <translation>Ingen aktive tiltak no.</translation>
    </message>
    <message>
        <source>▶ gjøres nå   ○ neste trinn i tiltakstrappen</source>
        <translation>▶ blir gjort no   ○ neste trinn i tiltakstrappa</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Slå sammen versjonene</source>
        <translation>Slå saman versjonane</translation>
    </message>
    <message>
        <source>&amp;Lagre sammenslått versjon</source>
        <translation>&amp;Lagre samanslått versjon</translation>
    </message>
    <message>
        <source>Begge versjonene står i feltet: din først, så serverens. Rediger dem til én tekst. Det du lagrer, erstatter begge og synkroniseres som en ny endring.</source>
        <translation>Begge versjonane står i feltet: din først, så den frå tenaren. Rediger dei til éin tekst. Det du lagrar, erstattar begge og blir synkronisert som ei ny endring.</translation>
    </message>
    <message>
        <source>Sammenslått tekst: {0}</source>
        <translation>Samanslått tekst: {0}</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Denne endringen har ingen tekst som kan slås sammen.</source>
        <translation>Denne endringa har ingen tekst som kan slåast saman.</translation>
    </message>
</context>
<context>
    <name>MoteDialog</name>
    <message>
        <source>1. Velkommen, og hvem som gjør hva i stafettloggen.
2. Hva barnet og foreldrene forteller.
3. Bekymringen, oppmerksomheter og mål.
4. Hva holder utfordringen ved like?
5. Tiltak i tjenesten, hjemme og for barnet.
6. Dato for neste møte.</source>
        <translation>1. Velkomen, og kven som gjer kva i stafettloggen.
2. Kva barnet og foreldra fortel.
3. Bekymringa, merksemder og mål.
4. Kva held utfordringa ved like?
5. Tiltak i tenesta, heime og for barnet.
6. Dato for neste møte.</translation>
    </message>
    <message>
        <source>1. Lysglimt siden sist.
2. Evaluering av tiltakene.
3. Nye mål eller tiltak.
4. Dato for neste møte.</source>
        <translation>1. Lysglimt sidan sist.
2. Evaluering av tiltaka.
3. Nye mål eller tiltak.
4. Dato for neste møte.</translation>
    </message>
    <message>
        <source>Kall inn til møte</source>
        <translation>Kall inn til møte</translation>
    </message>
    <message>
        <source>&amp;Kall inn</source>
        <translation>&amp;Kall inn</translation>
    </message>
    <message>
        <source>Stafettholderen setter dagsordenen og leder møtet. Det første møtet er langt; da blir alle kjent med loggen, og dere lager oppmerksomheter, mål og tiltak sammen.</source>
        <translation>Stafetthaldaren set dagsordenen og leier møtet. Det første møtet er langt; då blir alle kjende med loggen, og de lagar merksemder, mål og tiltak saman.</translation>
    </message>
    <message>
        <source>Stafettholderen setter dagsordenen og leder møtet. Senere møter er korte: lysglimt, evaluering av tiltakene og hva som skjer videre.</source>
        <translation>Stafetthaldaren set dagsordenen og leier møtet. Seinare møte er korte: lysglimt, evaluering av tiltaka og kva som skjer vidare.</translation>
    </message>
    <message>
        <source>Råd om møtet</source>
        <translation>Råd om møtet</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>&amp;Tidspunkt:</source>
        <translation>&amp;Tidspunkt:</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>For eksempel møterommet i barnehagen, eller telefon</source>
        <translation>Til dømes møterommet i barnehagen, eller telefon</translation>
    </message>
    <message>
        <source>&amp;Sted:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>&amp;Dagsorden:</source>
        <translation>&amp;Dagsorden:</translation>
    </message>
    <message>
        <source>D&amp;eltakere (kryss av for dem som kalles inn):</source>
        <translation>D&amp;eltakarar (kryss av for dei som blir kalla inn):</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Annen deltaker</source>
        <translation>Annan deltakar</translation>
    </message>
    <message>
        <source>Navn og rolle, for eksempel «Åse Lund, fastlege»</source>
        <translation>Namn og rolle, til dømes «Åse Lund, fastlege»</translation>
    </message>
    <message>
        <source>&amp;Annen deltaker:</source>
        <translation>&amp;Annan deltakar:</translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Legg til deltaker</source>
        <translation>Legg til deltakar</translation>
    </message>
    <message>
        <source>Kryss av for minst én deltaker.</source>
        <translation>Kryss av for minst éin deltakar.</translation>
    </message>
</context>
<context>
    <name>Motemodus</name>
    <message>
        <source>Tjenesten gjør</source>
        <translation>Tenesta gjer</translation>
    </message>
    <message>
        <source>Hjemme gjør vi</source>
        <translation>Heime gjer vi</translation>
    </message>
    <message>
        <source>Møtemodus</source>
        <translation>Møtemodus</translation>
    </message>
</context>
<context>
    <name>MoterPage</name>
    <message>
        <source>Møter</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Stafettholderen kaller inn til tverrfaglige møter, setter dagsordenen og leder møtene. Det første møtet er langt; senere møter er korte.</source>
        <translation>Stafetthaldaren kallar inn til tverrfaglege møte, set dagsordenen og leier møta. Det første møtet er langt; seinare møte er korte.</translation>
    </message>
    <message>
        <source>&amp;Kall inn til møte …</source>
        <translation>&amp;Kall inn til møte …</translation>
    </message>
    <message>
        <source>Kall inn til møte</source>
        <translation>Kall inn til møte</translation>
    </message>
    <message>
        <source>Skriv &amp;referat …</source>
        <translation>Skriv &amp;referat …</translation>
    </message>
    <message>
        <source>Skriv referat</source>
        <translation>Skriv referat</translation>
    </message>
    <message>
        <source>Møter i loggen</source>
        <translation>Møte i loggen</translation>
    </message>
    <message>
        <source>Ingen møter ennå.</source>
        <translation>Ingen møte enno.</translation>
    </message>
    <message>
        <source>Møtet</source>
        <translation>Møtet</translation>
    </message>
    <message>
        <source>&amp;Møter:</source>
        <translation>&amp;Møte:</translation>
    </message>
    <message>
        <source>&amp;Dagsorden og referat:</source>
        <translation>&amp;Dagsorden og referat:</translation>
    </message>
    <message>
        <source>Skrevet</source>
        <translation>Skrive</translation>
    </message>
    <message>
        <source>Ikke holdt ennå</source>
        <translation>Ikkje halde enno</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation>Manglar</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Ingen dagsorden.</source>
        <translation>Ingen dagsorden.</translation>
    </message>
    <message>
        <source>Referatet er ikke skrevet ennå.</source>
        <translation>Referatet er ikkje skrive enno.</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Dagsorden</translation>
    </message>
</context>
<context>
    <name>NewKommuneDialog</name>
    <message>
        <source>Nytt arbeidsområde</source>
        <translation>Nytt arbeidsområde</translation>
    </message>
    <message>
        <source>Kommunens navn</source>
        <translation>Namnet på kommunen</translation>
    </message>
    <message>
        <source>Kommunenummer (fire siffer)</source>
        <translation>Kommunenummer (fire siffer)</translation>
    </message>
    <message>
        <source>Administratorens fornavn</source>
        <translation>Førenamnet til administratoren</translation>
    </message>
    <message>
        <source>Administratorens etternavn</source>
        <translation>Etternamnet til administratoren</translation>
    </message>
    <message>
        <source>Administratorens fødselsnummer</source>
        <translation>Fødselsnummeret til administratoren</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <source>Opprett</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>NewLogWizard</name>
    <message>
        <source>Opprett ny logg</source>
        <translation>Opprett ny logg</translation>
    </message>
    <message>
        <source>&amp;Neste &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>Neste</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>&lt; &amp;Tilbake</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>Tilbake</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Opprett loggen</source>
        <translation>&amp;Opprett loggen</translation>
    </message>
    <message>
        <source>Opprett loggen</source>
        <translation>Opprett loggen</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>Barnet</translation>
    </message>
    <message>
        <source>fødselsnummer</source>
        <translation>fødselsnummer</translation>
    </message>
    <message>
        <source>{0} år</source>
        <translation>{0} år</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Føresette</translation>
    </message>
    <message>
        <source>foreldreansvar</source>
        <translation>foreldreansvar</translation>
    </message>
    <message>
        <source>uten foreldreansvar</source>
        <translation>utan foreldreansvar</translation>
    </message>
    <message>
        <source>ingen e-post</source>
        <translation>ingen e-post</translation>
    </message>
    <message>
        <source>telefon {0}</source>
        <translation>telefon {0}</translation>
    </message>
    <message>
        <source>har skrevet under</source>
        <translation>har skrive under</translation>
    </message>
    <message>
        <source>opprettelse av stafettlogg</source>
        <translation>oppretting av stafettlogg</translation>
    </message>
    <message>
        <source>utveksling av opplysninger på tvers av tjenester</source>
        <translation>utveksling av opplysningar på tvers av tenester</translation>
    </message>
    <message>
        <source>overføring til annen enhet</source>
        <translation>overføring til anna eining</translation>
    </message>
    <message>
        <source>overføring til annen kommune</source>
        <translation>overføring til annan kommune</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Gjelder {0}.</source>
        <translation>Gjeld {0}.</translation>
    </message>
    <message>
        <source>Signert {0}.</source>
        <translation>Signert {0}.</translation>
    </message>
    <message>
        <source>Utløper {0}.</source>
        <translation>Går ut {0}.</translation>
    </message>
    <message>
        <source>Ingen utløpsdato.</source>
        <translation>Ingen utløpsdato.</translation>
    </message>
    <message>
        <source>Ungdommen samtykker selv.</source>
        <translation>Ungdommen samtykkjer sjølv.</translation>
    </message>
    <message>
        <source>Skannet skjema: {0}.</source>
        <translation>Skanna skjema: {0}.</translation>
    </message>
    <message>
        <source>Ikke skannet ennå.</source>
        <translation>Ikkje skanna enno.</translation>
    </message>
    <message>
        <source>Nivå {0}</source>
        <translation>Nivå {0}</translation>
    </message>
    <message>
        <source>Startsiden</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Ikke fylt ut</source>
        <translation>Ikkje fylt ut</translation>
    </message>
    <message>
        <source>Hva er min bekymring?</source>
        <translation>Kva er bekymringa mi?</translation>
    </message>
    <message>
        <source>Hva kjennetegner måloppnåelse?</source>
        <translation>Kva kjenneteiknar måloppnåing?</translation>
    </message>
    <message>
        <source>Hva opprettholder utfordringen?</source>
        <translation>Kva held utfordringa ved like?</translation>
    </message>
    <message>
        <source>Når loggen er opprettet, blir du stafettholder, og de foresatte får e-post om loggen.</source>
        <translation>Når loggen er oppretta, blir du stafetthaldar, og dei føresette får e-post om loggen.</translation>
    </message>
    <message>
        <source>Arbeidsområdet er låst. Lås det opp og prøv igjen.</source>
        <translation>Arbeidsområdet er låst. Lås det opp og prøv igjen.</translation>
    </message>
    <message>
        <source>Loggen er opprettet</source>
        <translation>Loggen er oppretta</translation>
    </message>
    <message>
        <source>Loggen er opprettet. Merk:</source>
        <translation>Loggen er oppretta. Merk:</translation>
    </message>
</context>
<context>
    <name>NivaDialog</name>
    <message>
        <source>Endre nivå</source>
        <translation>Endre nivå</translation>
    </message>
    <message>
        <source>Nivået styrer hvilke aktører som kan knyttes til loggen.</source>
        <translation>Nivået styrer kva aktørar som kan knytast til loggen.</translation>
    </message>
    <message>
        <source>Nivå 1 – bare aktører fra egen enhet</source>
        <translation>Nivå 1 – berre aktørar frå eiga eining</translation>
    </message>
    <message>
        <source>Nivå 2 – også aktører fra andre tjenester</source>
        <translation>Nivå 2 – òg aktørar frå andre tenester</translation>
    </message>
    <message>
        <source>Nivå 3 – også eksterne aktører, som fastlege og spesialisthelsetjeneste</source>
        <translation>Nivå 3 – òg eksterne aktørar, som fastlege og spesialisthelseteneste</translation>
    </message>
    <message>
        <source>Nivå {0}</source>
        <translation>Nivå {0}</translation>
    </message>
</context>
<context>
    <name>NotatDialog</name>
    <message>
        <source>Nytt notat</source>
        <translation>Nytt notat</translation>
    </message>
    <message>
        <source>&amp;Lagre notatet</source>
        <translation>&amp;Lagre notatet</translation>
    </message>
    <message>
        <source>Påminnelse</source>
        <translation>Påminning</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Skriv kort hva som skjedde, og hvem som gjorde hva.</source>
        <translation>Skriv kort kva som skjedde, og kven som gjorde kva.</translation>
    </message>
    <message>
        <source>&amp;Notat:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>&amp;Internt notat</source>
        <translation>&amp;Internt notat</translation>
    </message>
    <message>
        <source>Internt notat</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>Bare ansatte ser et internt notat, og det vises aldri i møtemodus.</source>
        <translation>Berre tilsette ser eit internt notat, og det blir aldri vist i møtemodus.</translation>
    </message>
    <message>
        <source>Et internt notat ser bare ansatte, og det vises aldri i møtemodus.</source>
        <translation>Eit internt notat ser berre tilsette, og det blir aldri vist i møtemodus.</translation>
    </message>
    <message>
        <source>PDF-&amp;vedlegg:</source>
        <translation>PDF-&amp;vedlegg:</translation>
    </message>
    <message>
        <source>Vedlegg til notatet</source>
        <translation>Vedlegg til notatet</translation>
    </message>
    <message>
        <source>Legg ved &amp;PDF …</source>
        <translation>Legg ved &amp;PDF …</translation>
    </message>
    <message>
        <source>Legg ved PDF</source>
        <translation>Legg ved PDF</translation>
    </message>
    <message>
        <source>&amp;Fjern vedlegget</source>
        <translation>&amp;Fjern vedlegget</translation>
    </message>
    <message>
        <source>Fjern vedlegget</source>
        <translation>Fjern vedlegget</translation>
    </message>
    <message>
        <source>Velg en PDF-fil</source>
        <translation>Vel ei PDF-fil</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf);;Alle filer (*)</source>
        <translation>PDF-filer (*.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: {0}</source>
        <translation>Fila kan ikkje lesast: {0}</translation>
    </message>
</context>
<context>
    <name>NotaterPage</name>
    <message>
        <source>Notater</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Skrevet av</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Internt</source>
        <translation>Internt</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>{0} PDF</source>
        <translation>{0} PDF</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>Notater er det som hører til barnets historie uten å være et tiltak, for eksempel bildedokumentasjon av øvelser. {0}</source>
        <translation>Notat er det som høyrer til historia til barnet utan å vere eit tiltak, til dømes biletdokumentasjon av øvingar. {0}</translation>
    </message>
    <message>
        <source>N&amp;ytt notat …</source>
        <translation>N&amp;ytt notat …</translation>
    </message>
    <message>
        <source>Nytt notat</source>
        <translation>Nytt notat</translation>
    </message>
    <message>
        <source>&amp;Legg ved PDF i notatet …</source>
        <translation>&amp;Legg ved PDF i notatet …</translation>
    </message>
    <message>
        <source>Legg ved PDF i notatet</source>
        <translation>Legg ved PDF i notatet</translation>
    </message>
    <message>
        <source>Legg ved en PDF-fil i notatet som er valgt</source>
        <translation>Legg ved ei PDF-fil i notatet som er valt</translation>
    </message>
    <message>
        <source>Feilmelding om notater</source>
        <translation>Feilmelding om notat</translation>
    </message>
    <message>
        <source>Status for notater</source>
        <translation>Status for notat</translation>
    </message>
    <message>
        <source>Notater i loggen</source>
        <translation>Notat i loggen</translation>
    </message>
    <message>
        <source>Ingen notater ennå.</source>
        <translation>Ingen notat enno.</translation>
    </message>
    <message>
        <source>Notatet</source>
        <translation>Notatet</translation>
    </message>
    <message>
        <source>Vedlegg i notatet</source>
        <translation>Vedlegg i notatet</translation>
    </message>
    <message>
        <source>&amp;Vedlegg:</source>
        <translation>&amp;Vedlegg:</translation>
    </message>
    <message>
        <source>Notatet har ingen vedlegg.</source>
        <translation>Notatet har ingen vedlegg.</translation>
    </message>
    <message>
        <source>Notatet har ingen vedlegg</source>
        <translation>Notatet har ingen vedlegg</translation>
    </message>
    <message>
        <source>N&amp;otater:</source>
        <translation>N&amp;otat:</translation>
    </message>
    <message>
        <source>&amp;Hele notatet:</source>
        <translation>&amp;Heile notatet:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forhåndsvisning&lt;/b&gt;</source>
        <translation>&lt;b&gt;Førehandsvising&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vedlegget som vises</source>
        <translation>Vedlegget som blir vist</translation>
    </message>
    <message>
        <source>Forhåndsvisning av vedlegget</source>
        <translation>Førehandsvising av vedlegget</translation>
    </message>
    <message>
        <source>Velg et PDF-vedlegg for å se det her.</source>
        <translation>Vel eit PDF-vedlegg for å sjå det her.</translation>
    </message>
    <message>
        <source>Om forhåndsvisningen</source>
        <translation>Om førehandsvisinga</translation>
    </message>
    <message>
        <source>◀ &amp;Forrige</source>
        <translation>◀ &amp;Førre</translation>
    </message>
    <message>
        <source>Forrige side</source>
        <translation>Førre side</translation>
    </message>
    <message>
        <source>Ne&amp;ste ▶</source>
        <translation>Ne&amp;ste ▶</translation>
    </message>
    <message>
        <source>Neste side</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <source>Sidenummer</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <source>av 0</source>
        <translation>av 0</translation>
    </message>
    <message>
        <source>Sid&amp;e</source>
        <translation>Sid&amp;e</translation>
    </message>
    <message>
        <source>Forminsk</source>
        <translation>Forminsk</translation>
    </message>
    <message>
        <source>Forstørr</source>
        <translation>Forstørr</translation>
    </message>
    <message>
        <source>&amp;Tilpass bredden</source>
        <translation>&amp;Tilpass breidda</translation>
    </message>
    <message>
        <source>Tilpass bredden</source>
        <translation>Tilpass breidda</translation>
    </message>
    <message>
        <source> · &lt;b&gt;Internt&lt;/b&gt; – bare ansatte ser det</source>
        <translation> · &lt;b&gt;Internt&lt;/b&gt; – berre tilsette ser det</translation>
    </message>
    <message>
        <source>Velg en PDF-fil</source>
        <translation>Vel ei PDF-fil</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf);;Alle filer (*)</source>
        <translation>PDF-filer (*.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: {0}</source>
        <translation>Fila kan ikkje lesast: {0}</translation>
    </message>
    <message>
        <source>«{0}» er lagt ved notatet.</source>
        <translation>«{0}» er lagt ved notatet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; – laster …</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; – lastar …</translation>
    </message>
    <message>
        <source>Vedlegget kan ikke vises. PDF-filen kan være skadet.</source>
        <translation>Vedlegget kan ikkje visast. PDF-fila kan vere skadd.</translation>
    </message>
    <message>
        <source>av {0}</source>
        <translation>av {0}</translation>
    </message>
</context>
<context>
    <name>NyFaktorDialog</name>
    <message>
        <source>Ny faktor</source>
        <translation>Ny faktor</translation>
    </message>
    <message>
        <source>Hva opprettholder utfordringen? Skriv det kort og konkret.</source>
        <translation>Kva held utfordringa ved like? Skriv det kort og konkret.</translation>
    </message>
    <message>
        <source>Faktoren</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Ligger</source>
        <translation>Ligg</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>&amp;Koble til oppmerksomheten i midten</source>
        <translation>&amp;Kople til merksemda i midten</translation>
    </message>
    <message>
        <source>Koble til oppmerksomheten</source>
        <translation>Kople til merksemda</translation>
    </message>
    <message>
        <source>&amp;Faktor:</source>
        <translation>&amp;Faktor:</translation>
    </message>
    <message>
        <source>&amp;Område:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>&amp;Ligger:</source>
        <translation>L&amp;igg:</translation>
    </message>
    <message>
        <source>&amp;Prioritet:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <source>Le&amp;gg til</source>
        <translation>&amp;Legg til</translation>
    </message>
</context>
<context>
    <name>OppmerksomhetDialog</name>
    <message>
        <source>Ny oppmerksomhet</source>
        <translation>Ny merksemd</translation>
    </message>
    <message>
        <source>Endre oppmerksomhet</source>
        <translation>Endre merksemd</translation>
    </message>
    <message>
        <source>Skriv én setning som beskriver det dere legger merke til. Den skal være
• med verb heller enn adjektiv: hva barnet gjør, ikke hvordan barnet er
• avgrenset
• gjenkjennelig for alle
• målbar</source>
        <translation>Skriv éi setning som skildrar det de legg merke til. Ho skal vere
• med verb heller enn adjektiv: kva barnet gjer, ikkje korleis barnet er
• avgrensa
• kjenneleg for alle
• målbar</translation>
    </message>
    <message>
        <source>Råd om oppmerksomheten</source>
        <translation>Råd om merksemda</translation>
    </message>
    <message>
        <source>Oppmerksomhet</source>
        <translation>Merksemd</translation>
    </message>
    <message>
        <source>For eksempel: Ella venter på at en voksen skal mate henne, og hun spiser lite ved måltidene.</source>
        <translation>Til dømes: Ella ventar på at ein vaksen skal mate henne, og ho et lite ved måltida.</translation>
    </message>
    <message>
        <source>Kjennetegn på måloppnåelse</source>
        <translation>Kjenneteikn på måloppnåing</translation>
    </message>
    <message>
        <source>For eksempel: Ella spiser selv og blir mett ved to måltider hver dag.</source>
        <translation>Til dømes: Ella et sjølv og blir mett ved to måltid kvar dag.</translation>
    </message>
    <message>
        <source>&amp;Oppmerksomhet – én setning</source>
        <translation>&amp;Merksemd – éi setning</translation>
    </message>
    <message>
        <source>&amp;Kjennetegn på måloppnåelse – hvordan ser det ut når det er nådd?</source>
        <translation>&amp;Kjenneteikn på måloppnåing – korleis ser det ut når det er nådd?</translation>
    </message>
</context>
<context>
    <name>OppmerksomheterPage</name>
    <message>
        <source>Oppmerksomheter</source>
        <translation>Merksemder</translation>
    </message>
    <message>
        <source>Oppmerksomheter i loggen</source>
        <translation>Merksemder i loggen</translation>
    </message>
    <message>
        <source>&amp;Ny oppmerksomhet …</source>
        <translation>&amp;Ny merksemd …</translation>
    </message>
    <message>
        <source>Ny oppmerksomhet</source>
        <translation>Ny merksemd</translation>
    </message>
    <message>
        <source>Valgt oppmerksomhet</source>
        <translation>Vald merksemd</translation>
    </message>
    <message>
        <source>Rediger oppmerksomheten …</source>
        <translation>Rediger merksemda …</translation>
    </message>
    <message>
        <source>Rediger oppmerksomheten</source>
        <translation>Rediger merksemda</translation>
    </message>
    <message>
        <source>Nytt &amp;mål …</source>
        <translation>Nytt &amp;mål …</translation>
    </message>
    <message>
        <source>Nytt mål</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>&amp;Faktordiagram …</source>
        <translation>&amp;Faktordiagram …</translation>
    </message>
    <message>
        <source>Åpne faktordiagrammet</source>
        <translation>Opna faktordiagrammet</translation>
    </message>
    <message>
        <source>Å utvikle gode tiltak: hva opprettholder utfordringen?</source>
        <translation>Å utvikle gode tiltak: kva held utfordringa ved lag?</translation>
    </message>
    <message>
        <source>Varsler for oppmerksomheten</source>
        <translation>Varsel for merksemda</translation>
    </message>
    <message>
        <source> (avsluttet)</source>
        <translation> (avslutta)</translation>
    </message>
    <message>
        <source>Loggen har ingen oppmerksomheter ennå.</source>
        <translation>Loggen har ingen merksemder enno.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mål:&lt;/b&gt; {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mål:&lt;/b&gt; {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mål:&lt;/b&gt; &lt;i&gt;Ikke satt ennå. Velg ett konkret, målbart mål om gangen.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mål:&lt;/b&gt; &lt;i&gt;Ikkje sett enno. Vel eitt konkret, målbart mål om gongen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kjennetegn på måloppnåelse:&lt;/b&gt; {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kjenneteikn på måloppnåing:&lt;/b&gt; {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ingen tiltak her ennå.</source>
        <translation>Ingen tiltak her enno.</translation>
    </message>
    <message>
        <source>{0} har ikke eget tiltak ennå.</source>
        <translation>{0} har ikkje eige tiltak enno.</translation>
    </message>
    <message>
        <source>Faktordiagram – {0}</source>
        <translation>Faktordiagram – {0}</translation>
    </message>
</context>
<context>
    <name>OverforingerTab</name>
    <message>
        <source>Overføringer</source>
        <translation>Overføringar</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Grunn</source>
        <translation>Grunn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Her er stafettlogger som skal overføres til deg eller enheten din. Til du godtar, har avsenderen ansvaret for loggen. Under ser du overføringer du har sendt eller besvart de siste 30 dagene.</source>
        <translation>Her er stafettloggar som skal overførast til deg eller eininga di. Til du godtek, har avsendaren ansvaret for loggen. Under ser du overføringar du har sendt eller svart på dei siste 30 dagane.</translation>
    </message>
    <message>
        <source>Venter på svar fra deg</source>
        <translation>Ventar på svar frå deg</translation>
    </message>
    <message>
        <source>Overføringer som venter på svar</source>
        <translation>Overføringar som ventar på svar</translation>
    </message>
    <message>
        <source>Ingen overføringer venter på svar fra deg.</source>
        <translation>Ingen overføringar ventar på svar frå deg.</translation>
    </message>
    <message>
        <source>Valgt overføring</source>
        <translation>Vald overføring</translation>
    </message>
    <message>
        <source>&amp;Godta …</source>
        <translation>&amp;Godta …</translation>
    </message>
    <message>
        <source>Godta overføringen</source>
        <translation>Godta overføringa</translation>
    </message>
    <message>
        <source>&amp;Avvis …</source>
        <translation>&amp;Avvis …</translation>
    </message>
    <message>
        <source>Avvis overføringen</source>
        <translation>Avvis overføringa</translation>
    </message>
    <message>
        <source>Sendt og besvart siste 30 dager</source>
        <translation>Sendt og svart på siste 30 dagar</translation>
    </message>
    <message>
        <source>Overføringer siste 30 dager</source>
        <translation>Overføringar siste 30 dagar</translation>
    </message>
    <message>
        <source>Ingen overføringer de siste 30 dagene.</source>
        <translation>Ingen overføringar dei siste 30 dagane.</translation>
    </message>
    <message>
        <source>Tre&amp;kk tilbake …</source>
        <translation>Tre&amp;kk tilbake …</translation>
    </message>
    <message>
        <source>Trekk tilbake overføringen</source>
        <translation>Trekk tilbake overføringa</translation>
    </message>
    <message>
        <source>Feilmelding om overføringer</source>
        <translation>Feilmelding om overføringar</translation>
    </message>
    <message>
        <source>Overføringer ({0})</source>
        <translation>Overføringar ({0})</translation>
    </message>
    <message>
        <source>&amp;Bekreft mottak …</source>
        <translation>&amp;Stadfest mottak …</translation>
    </message>
    <message>
        <source>Velg en overføring som venter.</source>
        <translation>Vel ei overføring som ventar.</translation>
    </message>
</context>
<context>
    <name>OversiktPage</name>
    <message>
        <source>Oversikt</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Oversikt over loggen</source>
        <translation>Oversikt over loggen</translation>
    </message>
    <message>
        <source>&amp;Rediger startsiden …</source>
        <translation>&amp;Rediger startsida …</translation>
    </message>
    <message>
        <source>Rediger startsiden</source>
        <translation>Rediger startsida</translation>
    </message>
    <message>
        <source>Ikke fylt ut ennå.</source>
        <translation>Ikkje fylt ut enno.</translation>
    </message>
    <message>
        <source>Neste evalueringer</source>
        <translation>Neste evalueringar</translation>
    </message>
</context>
<context>
    <name>OversiktTab</name>
    <message>
        <source>Oversikt</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nivå {0}</source>
        <translation>Nivå {0}</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Antall</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Overskrift</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Bare tall: oversikten viser aldri navn eller innhold fra loggene. Tallene gjelder slik loggene står på denne PC-en nå.</source>
        <translation>Berre tal: oversikta viser aldri namn eller innhald frå loggane. Tala gjeld slik loggane står på denne PC-en no.</translation>
    </message>
    <message>
        <source>Om oversikten</source>
        <translation>Om oversikta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Logger etter status og nivå&lt;/b&gt;</source>
        <translation>&lt;b&gt;Loggar etter status og nivå&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Logger etter status og nivå</source>
        <translation>Loggar etter status og nivå</translation>
    </message>
    <message>
        <source>&lt;b&gt;Å følge opp&lt;/b&gt;</source>
        <translation>&lt;b&gt;Å følgje opp&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Uker uten aktivitet</source>
        <translation>Veker utan aktivitet</translation>
    </message>
    <message>
        <source>En logg regnes som uten aktivitet når ingenting er skrevet i den på så mange uker.</source>
        <translation>Ein logg blir rekna som utan aktivitet når ingenting er skrive i han på så mange veker.</translation>
    </message>
    <message>
        <source> uker</source>
        <translation> veker</translation>
    </message>
    <message>
        <source>Logger uten &amp;aktivitet på minst:</source>
        <translation>Loggar utan &amp;aktivitet på minst:</translation>
    </message>
    <message>
        <source>Å følge opp</source>
        <translation>Å følgje opp</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <source>Oversikt for {0} per {1}</source>
        <translation>Oversikt for {0} per {1}</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Aktive logger med tiltak som skulle vært evaluert</source>
        <translation>Aktive loggar med tiltak som skulle ha vore evaluerte</translation>
    </message>
    <message>
        <source>Tiltak der evalueringsdatoen er passert</source>
        <translation>Tiltak der evalueringsdatoen er passert</translation>
    </message>
    <message>
        <source>Samtykker som går ut de neste 30 dagene</source>
        <translation>Samtykke som går ut dei neste 30 dagane</translation>
    </message>
    <message>
        <source>Samtykker som har gått ut, i aktive logger</source>
        <translation>Samtykke som har gått ut, i aktive loggar</translation>
    </message>
    <message>
        <source>Aktive logger uten aktivitet på {0} uker</source>
        <translation>Aktive loggar utan aktivitet på {0} veker</translation>
    </message>
    <message>
        <source>Overføringer som venter, innen en enhet</source>
        <translation>Overføringar som ventar, innan ei eining</translation>
    </message>
    <message>
        <source>Overføringer som venter, mellom enheter</source>
        <translation>Overføringar som ventar, mellom einingar</translation>
    </message>
    <message>
        <source>Overføringer som venter, til en annen kommune</source>
        <translation>Overføringar som ventar, til ein annan kommune</translation>
    </message>
    <message>
        <source>Overføringer som venter, innen enheten</source>
        <translation>Overføringar som ventar, innan eininga</translation>
    </message>
    <message>
        <source>Overføringer som venter, til enheten</source>
        <translation>Overføringar som ventar, til eininga</translation>
    </message>
    <message>
        <source>Overføringer som venter, fra enheten</source>
        <translation>Overføringar som ventar, frå eininga</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passordfrase for arbeidsområdet</source>
        <translation>Passordfrase for arbeidsområdet</translation>
    </message>
    <message>
        <source>Maskinen har ingen nøkkelring vi kan bruke. Velg en passordfrase (minst 8 tegn) som beskytter nøkkelen til databasen. Uten den kan ingen åpne arbeidsområdet – heller ikke IT.</source>
        <translation>Maskina har ingen nøkkelring vi kan bruke. Vel ei passordfrase (minst 8 teikn) som vernar nøkkelen til databasen. Utan henne kan ingen opne arbeidsområdet – heller ikkje IT.</translation>
    </message>
    <message>
        <source>Skriv passordfrasen som beskytter arbeidsområdet.</source>
        <translation>Skriv passordfrasen som vernar arbeidsområdet.</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <source>&amp;Gjenta:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Passordfrasen må ha minst 8 tegn.</source>
        <translation>Passordfrasen må ha minst 8 teikn.</translation>
    </message>
    <message>
        <source>De to passordfrasene er ikke like.</source>
        <translation>Dei to passordfrasane er ikkje like.</translation>
    </message>
    <message>
        <source>Skriv passordfrasen.</source>
        <translation>Skriv passordfrasen.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ny leder for {0}</source>
        <translation>Ny leiar for {0}</translation>
    </message>
    <message>
        <source>&amp;Legg inn lederen</source>
        <translation>&amp;Legg inn leiaren</translation>
    </message>
    <message>
        <source>Endre {0}</source>
        <translation>Endre {0}</translation>
    </message>
    <message>
        <source>&amp;Lagre endringene</source>
        <translation>&amp;Lagre endringane</translation>
    </message>
    <message>
        <source>Ny ekstern aktør</source>
        <translation>Ny ekstern aktør</translation>
    </message>
    <message>
        <source>&amp;Legg inn aktøren</source>
        <translation>&amp;Legg inn aktøren</translation>
    </message>
    <message>
        <source>Lederen legger selv inn de ansatte i enheten og merker hvem som kan være aktør og stafettholder.</source>
        <translation>Leiaren legg sjølv inn dei tilsette i eininga og merkjer kven som kan vere aktør og stafetthaldar.</translation>
    </message>
    <message>
        <source>En ekstern aktør, for eksempel en fastlege, hører ikke til en enhet i kommunen. Stafettholderen kan knytte aktøren til en logg på nivå 2 og 3, ikke på nivå 1.</source>
        <translation>Ein ekstern aktør, til dømes ein fastlege, høyrer ikkje til ei eining i kommunen. Stafetthaldaren kan knyte aktøren til ein logg på nivå 2 og 3, ikkje på nivå 1.</translation>
    </message>
    <message>
        <source>Fornavn</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>&amp;Fornavn:</source>
        <translation>&amp;Førenamn:</translation>
    </message>
    <message>
        <source>Etternavn</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>&amp;Etternavn:</source>
        <translation>&amp;Etternamn:</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>11 siffer</source>
        <translation>11 siffer</translation>
    </message>
    <message>
        <source>Fø&amp;dselsnummer:</source>
        <translation>Fø&amp;dselsnummer:</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>For eksempel «Styrer»</source>
        <translation>Til dømes «Styrar»</translation>
    </message>
    <message>
        <source>For eksempel «Fastlege ved Øvingsvik legesenter»</source>
        <translation>Til dømes «Fastlege ved Øvingsvik legesenter»</translation>
    </message>
    <message>
        <source>&amp;Stilling:</source>
        <translation>&amp;Stilling:</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>E-&amp;post:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Kan være &amp;aktør</source>
        <translation>Kan vere &amp;aktør</translation>
    </message>
    <message>
        <source>Kan være aktør</source>
        <translation>Kan vere aktør</translation>
    </message>
    <message>
        <source>Kan være stafett&amp;holder</source>
        <translation>Kan vere stafett&amp;haldar</translation>
    </message>
    <message>
        <source>Kan være stafettholder</source>
        <translation>Kan vere stafetthaldar</translation>
    </message>
    <message>
        <source>Varsler går på e-post. Feil e-postadresse er den vanligste grunnen til at varsler uteblir.</source>
        <translation>Varsel går på e-post. Feil e-postadresse er den vanlegaste grunnen til at varsel ikkje kjem fram.</translation>
    </message>
</context>
<context>
    <name>PlainLanguageEdit</name>
    <message>
        <source>Språkråd</source>
        <translation>Språkråd</translation>
    </message>
    <message>
        <source> ({0} steder)</source>
        <translation> ({0} stader)</translation>
    </message>
    <message>
        <source>… og {0} råd til. Se understrekingene i teksten.</source>
        <translation>… og {0} råd til. Sjå understrekingane i teksten.</translation>
    </message>
</context>
<context>
    <name>PresenterPanel</name>
    <message>
        <source>Møtemodus – styring</source>
        <translation>Møtemodus – styring</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>Noen til stede ser bare utvalgte oppmerksomheter; resten vises ikke.</source>
        <translation>Nokre som er til stades, ser berre utvalde merksemder; resten blir ikkje vist.</translation>
    </message>
    <message>
        <source>Deler av møtet</source>
        <translation>Delar av møtet</translation>
    </message>
    <message>
        <source>◀ &amp;Forrige</source>
        <translation>◀ &amp;Førre</translation>
    </message>
    <message>
        <source>Forrige del</source>
        <translation>Førre del</translation>
    </message>
    <message>
        <source>&amp;Neste ▶</source>
        <translation>&amp;Neste ▶</translation>
    </message>
    <message>
        <source>Neste del</source>
        <translation>Neste del</translation>
    </message>
    <message>
        <source>Nytt &amp;lysglimt …</source>
        <translation>Nytt &amp;lysglimt …</translation>
    </message>
    <message>
        <source>Nytt lysglimt</source>
        <translation>Nytt lysglimt</translation>
    </message>
    <message>
        <source>Tiltak å evaluere</source>
        <translation>Tiltak å evaluere</translation>
    </message>
    <message>
        <source>Registrer &amp;evaluering …</source>
        <translation>Registrer &amp;evaluering …</translation>
    </message>
    <message>
        <source>Registrer evaluering</source>
        <translation>Registrer evaluering</translation>
    </message>
    <message>
        <source>Oppmerksomhet for nytt tiltak</source>
        <translation>Merksemd for nytt tiltak</translation>
    </message>
    <message>
        <source>Nytt &amp;tiltak …</source>
        <translation>Nytt &amp;tiltak …</translation>
    </message>
    <message>
        <source>Nytt tiltak</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>&amp;Avslutt møtet</source>
        <translation>&amp;Avslutt møtet</translation>
    </message>
    <message>
        <source>Avslutt møtet</source>
        <translation>Avslutt møtet</translation>
    </message>
    <message>
        <source>Til stede: {0}</source>
        <translation>Til stades: {0}</translation>
    </message>
    <message>
        <source>evalueres {0}</source>
        <translation>blir evaluert {0}</translation>
    </message>
    <message>
        <source>Avslutte møtet og gå tilbake til loggen?</source>
        <translation>Avslutte møtet og gå tilbake til loggen?</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Les inn kvittering</source>
        <translation>Les inn kvittering</translation>
    </message>
    <message>
        <source>Avsender</source>
        <translation>Avsendar</translation>
    </message>
    <message>
        <source>Svaret</source>
        <translation>Svaret</translation>
    </message>
    <message>
        <source>Fra:</source>
        <translation>Frå:</translation>
    </message>
    <message>
        <source>Fingeravtrykk:</source>
        <translation>Fingeravtrykk:</translation>
    </message>
    <message>
        <source>Barnet:</source>
        <translation>Barnet:</translation>
    </message>
    <message>
        <source>Svar:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <source>Grunn:</source>
        <translation>Grunn:</translation>
    </message>
    <message>
        <source>&amp;Registrer svaret</source>
        <translation>&amp;Registrer svaret</translation>
    </message>
    <message>
        <source>Registrer svaret</source>
        <translation>Registrer svaret</translation>
    </message>
    <message>
        <source>Dette er en stafettlogg, ikke en kvittering. Les den inn med «Importer stafettlogg …».</source>
        <translation>Dette er ein stafettlogg, ikkje ei kvittering. Les han inn med «Importer stafettlogg …».</translation>
    </message>
    <message>
        <source>Godtatt – loggen avsluttes her som overført.</source>
        <translation>Godteke – loggen blir avslutta her som overført.</translation>
    </message>
    <message>
        <source>Avvist – stafettholderen beholder loggen.</source>
        <translation>Avvist – stafetthaldaren beheld loggen.</translation>
    </message>
    <message>
        <source>Svaret er registrert på overføringen.</source>
        <translation>Svaret er registrert på overføringa.</translation>
    </message>
</context>
<context>
    <name>ReferatDialog</name>
    <message>
        <source>Skriv referat</source>
        <translation>Skriv referat</translation>
    </message>
    <message>
        <source>&amp;Lagre referatet</source>
        <translation>&amp;Lagre referatet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Møtet {0}&lt;/b&gt;{1}</source>
        <translation>&lt;b&gt;Møtet {0}&lt;/b&gt;{1}</translation>
    </message>
    <message>
        <source>Dagsorden:&lt;br&gt;{0}</source>
        <translation>Dagsorden:&lt;br&gt;{0}</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Skriv kort hva dere ble enige om, og hvem som gjør hva til når. Bruk navn eller rolle, for eksempel «mor» eller «kontaktlærer».</source>
        <translation>Skriv kort kva de vart samde om, og kven som gjer kva til når. Bruk namn eller rolle, til dømes «mor» eller «kontaktlærar».</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>&amp;Referat:</source>
        <translation>&amp;Referat:</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Avvis overføringen</source>
        <translation>Avvis overføringa</translation>
    </message>
    <message>
        <source>&amp;Avvis overføringen</source>
        <translation>&amp;Avvis overføringa</translation>
    </message>
    <message>
        <source>Overføringen</source>
        <translation>Overføringa</translation>
    </message>
    <message>
        <source>Registrer at {0} ikke tar imot loggen. Du beholder den.</source>
        <translation>Registrer at {0} ikkje tek imot loggen. Du beheld han.</translation>
    </message>
    <message>
        <source>{0} beholder loggen og ser grunnen du skriver.</source>
        <translation>{0} beheld loggen og ser grunnen du skriv.</translation>
    </message>
    <message>
        <source>Grunn til at overføringen avvises</source>
        <translation>Grunn til at overføringa blir avvist</translation>
    </message>
    <message>
        <source>&amp;Grunn (må fylles ut):</source>
        <translation>&amp;Grunn (må fyllast ut):</translation>
    </message>
    <message>
        <source>Skriv hvorfor du avviser overføringen.</source>
        <translation>Skriv kvifor du avviser overføringa.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Gjenåpne loggen</source>
        <translation>Gjenopne loggen</translation>
    </message>
    <message>
        <source>&amp;Gjenåpne</source>
        <translation>&amp;Gjenopne</translation>
    </message>
    <message>
        <source>Loggen kan bare gjenåpnes med et nytt, signert samtykke fra alle med foreldreansvar.</source>
        <translation>Loggen kan berre gjenopnast med eit nytt, signert samtykke frå alle med foreldreansvar.</translation>
    </message>
    <message>
        <source>{0} ({1}) har signert</source>
        <translation>{0} ({1}) har signert</translation>
    </message>
    <message>
        <source>{0} har signert</source>
        <translation>{0} har signert</translation>
    </message>
    <message>
        <source>Signert dato</source>
        <translation>Signert dato</translation>
    </message>
    <message>
        <source>&amp;Signert dato:</source>
        <translation>&amp;Signert dato:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>Velg sikkerhetskopien og skriv passordfrasen som ble valgt da kopien ble tatt. Alt i filen kontrolleres før den tas i bruk. Endringer som ikke var synkronisert, sendes til kommunens server neste gang du logger inn.</source>
        <translation>Vel tryggingskopien og skriv passordfrasen som vart vald då kopien vart teken. Alt i fila blir kontrollert før ho blir teken i bruk. Endringar som ikkje var synkroniserte, blir sende til tenaren til kommunen neste gong du loggar inn.</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Tryggingskopi</translation>
    </message>
    <message>
        <source>Ingen fil valgt</source>
        <translation>Inga fil vald</translation>
    </message>
    <message>
        <source>&amp;Velg fil …</source>
        <translation>&amp;Vel fil …</translation>
    </message>
    <message>
        <source>Velg fil</source>
        <translation>Vel fil</translation>
    </message>
    <message>
        <source>Sikkerhetskopi:</source>
        <translation>Tryggingskopi:</translation>
    </message>
    <message>
        <source>Om sikkerhetskopien</source>
        <translation>Om tryggingskopien</translation>
    </message>
    <message>
        <source>Passordfrase for sikkerhetskopien</source>
        <translation>Passordfrase for tryggingskopien</translation>
    </message>
    <message>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>Det finnes allerede et arbeidsområde på denne PC-en. Det blir ikke slettet, men lagt til side i en egen mappe, og sikkerhetskopien tar plassen. Endringer som bare finnes i det nåværende arbeidsområdet, kommer ikke med.</source>
        <translation>Det finst alt eit arbeidsområde på denne PC-en. Det blir ikkje sletta, men lagt til sides i ei eiga mappe, og tryggingskopien tek plassen. Endringar som berre finst i det noverande arbeidsområdet, kjem ikkje med.</translation>
    </message>
    <message>
        <source>&amp;Legg det nåværende arbeidsområdet til side</source>
        <translation>&amp;Legg det noverande arbeidsområdet til sides</translation>
    </message>
    <message>
        <source>Legg det nåværende arbeidsområdet til side</source>
        <translation>Legg det noverande arbeidsområdet til sides</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>Filen kan ikke leses. Sjekk at den finnes og at du har tilgang til den.</source>
        <translation>Fila kan ikkje lesast. Sjekk at ho finst og at du har tilgang til henne.</translation>
    </message>
    <message>
        <source>Tatt {0} med Stafettlogg {1}.</source>
        <translation>Teken {0} med Stafettlogg {1}.</translation>
    </message>
    <message>
        <source>Velg sikkerhetskopien først.</source>
        <translation>Vel tryggingskopien først.</translation>
    </message>
    <message>
        <source>Skriv passordfrasen for sikkerhetskopien.</source>
        <translation>Skriv passordfrasen for tryggingskopien.</translation>
    </message>
    <message>
        <source>Kryss av for å legge det nåværende arbeidsområdet til side. Ellers kan kopien ikke tas i bruk.</source>
        <translation>Kryss av for å leggje det noverande arbeidsområdet til sides. Elles kan ikkje kopien takast i bruk.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er gjenopprettet.</source>
        <translation>Tryggingskopien er gjenoppretta.</translation>
    </message>
    <message>
        <source>PC-en har ingen nøkkelring, så arbeidsområdet er beskyttet med den samme passordfrasen.</source>
        <translation>PC-en har ingen nøkkelring, så arbeidsområdet er verna med den same passordfrasen.</translation>
    </message>
    <message>
        <source>Det forrige arbeidsområdet ligger i {0}.</source>
        <translation>Det førre arbeidsområdet ligg i {0}.</translation>
    </message>
    <message>
        <source>{0} endringer venter på synkronisering og sendes når du har logget inn.</source>
        <translation>{0} endringar ventar på synkronisering og blir sende når du har logga inn.</translation>
    </message>
</context>
<context>
    <name>SamtykkeDialog</name>
    <message>
        <source>Registrer samtykke til lesetilgang</source>
        <translation>Registrer samtykke til lesetilgang</translation>
    </message>
    <message>
        <source>&amp;Registrer samtykket</source>
        <translation>&amp;Registrer samtykket</translation>
    </message>
    <message>
        <source>Foreldrene samtykker på et signert skjema til at &lt;b&gt;{0}&lt;/b&gt; kan lese loggen. Alle med foreldreansvar må signere. Arkiver skjemaet, gjerne skannet som PDF.</source>
        <translation>Foreldra samtykkjer på eit signert skjema til at &lt;b&gt;{0}&lt;/b&gt; kan lese loggen. Alle med foreldreansvar må signere. Arkiver skjemaet, gjerne skanna som PDF.</translation>
    </message>
    <message>
        <source>Hvem har signert?</source>
        <translation>Kven har signert?</translation>
    </message>
    <message>
        <source>{0} ({1}) har signert</source>
        <translation>{0} ({1}) har signert</translation>
    </message>
    <message>
        <source>{0} har signert</source>
        <translation>{0} har signert</translation>
    </message>
    <message>
        <source>{0} har ikke foreldreansvar og signerer ikke.</source>
        <translation>{0} har ikkje foreldreansvar og signerer ikkje.</translation>
    </message>
    <message>
        <source>Barnet har ingen registrerte foresatte med foreldreansvar.</source>
        <translation>Barnet har ingen registrerte føresette med foreldreansvar.</translation>
    </message>
    <message>
        <source>Signert dato</source>
        <translation>Signert dato</translation>
    </message>
    <message>
        <source>&amp;Signert dato:</source>
        <translation>&amp;Signert dato:</translation>
    </message>
    <message>
        <source>Ingen fil valgt</source>
        <translation>Inga fil vald</translation>
    </message>
    <message>
        <source>Skannet skjema</source>
        <translation>Skanna skjema</translation>
    </message>
    <message>
        <source>&amp;Velg PDF …</source>
        <translation>&amp;Vel PDF …</translation>
    </message>
    <message>
        <source>Legg ved skannet samtykke</source>
        <translation>Legg ved skanna samtykke</translation>
    </message>
    <message>
        <source>&amp;Fjern</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Fjern skannet samtykke</source>
        <translation>Fjern skanna samtykke</translation>
    </message>
    <message>
        <source>Skannet skjema (valgfritt):</source>
        <translation>Skanna skjema (valfritt):</translation>
    </message>
    <message>
        <source>Velg det skannede samtykket</source>
        <translation>Vel det skanna samtykket</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf);;Alle filer (*)</source>
        <translation>PDF-filer (*.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: {0}</source>
        <translation>Fila kan ikkje lesast: {0}</translation>
    </message>
</context>
<context>
    <name>SamtykkeskjemaDialog</name>
    <message>
        <source>Skriv ut samtykkeskjema</source>
        <translation>Skriv ut samtykkeskjema</translation>
    </message>
    <message>
        <source>Skjemaet skrives ut, leses og skrives under av alle med foreldreansvar (eller ungdommen selv fra 15 år). Skann det signerte skjemaet og registrer samtykket i Stafettlogg.</source>
        <translation>Skjemaet blir skrive ut, og alle med foreldreansvar (eller ungdommen sjølv frå 15 år) les det og skriv under. Skann det signerte skjemaet og registrer samtykket i Stafettlogg.</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Innhald</translation>
    </message>
    <message>
        <source>&amp;Fylt ut med {0} og de foresatte</source>
        <translation>&amp;Fylt ut med {0} og dei føresette</translation>
    </message>
    <message>
        <source>&amp;Fylt ut</source>
        <translation>&amp;Fylt ut</translation>
    </message>
    <message>
        <source>Fylt ut</source>
        <translation>Fylt ut</translation>
    </message>
    <message>
        <source>&amp;Blankt skjema</source>
        <translation>&amp;Blankt skjema</translation>
    </message>
    <message>
        <source>Blankt skjema</source>
        <translation>Blankt skjema</translation>
    </message>
    <message>
        <source>&amp;Lagre som PDF …</source>
        <translation>&amp;Lagre som PDF …</translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Henter opplysningene …</source>
        <translation>Hentar opplysningane …</translation>
    </message>
    <message>
        <source>Lager PDF-en …</source>
        <translation>Lagar PDF-en …</translation>
    </message>
    <message>
        <source>Skjemaet er lagret: {0}</source>
        <translation>Skjemaet er lagra: {0}</translation>
    </message>
</context>
<context>
    <name>ScopeBox</name>
    <message>
        <source>Hva kan personen lese?</source>
        <translation>Kva kan personen lese?</translation>
    </message>
    <message>
        <source>&amp;Hele loggen</source>
        <translation>&amp;Heile loggen</translation>
    </message>
    <message>
        <source>Hele loggen</source>
        <translation>Heile loggen</translation>
    </message>
    <message>
        <source>Bare &amp;valgte oppmerksomheter</source>
        <translation>Berre &amp;valde merksemder</translation>
    </message>
    <message>
        <source>Valgte oppmerksomheter</source>
        <translation>Valde merksemder</translation>
    </message>
    <message>
        <source>Loggen har ingen oppmerksomheter ennå.</source>
        <translation>Loggen har ingen merksemder enno.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Logg inn</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Kursløsning: velg hvem du vil være. Alle personer her er oppdiktet.</source>
        <translation>Kursløysing: vel kven du vil vere. Alle personane her er oppdikta.</translation>
    </message>
    <message>
        <source>Velg deg selv i listen.</source>
        <translation>Vel deg sjølv i lista.</translation>
    </message>
    <message>
        <source>Personer du kan logge inn som</source>
        <translation>Personar du kan logge inn som</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>StartMeetingDialog</name>
    <message>
        <source>Start møtemodus</source>
        <translation>Start møtemodus</translation>
    </message>
    <message>
        <source>Møtemodus viser bare denne loggen, på storskjermen. Kryss av for hvem som er til stede: det som vises, er det alle som er til stede, har samtykke til å se.</source>
        <translation>Møtemodus viser berre denne loggen, på storskjermen. Kryss av for kven som er til stades: det som blir vist, er det alle som er til stades, har samtykke til å sjå.</translation>
    </message>
    <message>
        <source>&amp;Start møtet</source>
        <translation>&amp;Start møtet</translation>
    </message>
    <message>
        <source>{0} er til stede</source>
        <translation>{0} er til stades</translation>
    </message>
    <message>
        <source>Kryss av for hvem som er til stede i møtet.</source>
        <translation>Kryss av for kven som er til stades i møtet.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Startsiden</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Tenk gjennom dette før det første møtet med barnet og foreldrene. Du kan endre det senere.</source>
        <translation>Tenk gjennom dette før det første møtet med barnet og foreldra. Du kan endre det seinare.</translation>
    </message>
    <message>
        <source>Hva er min &amp;bekymring?</source>
        <translation>Kva er &amp;bekymringa mi?</translation>
    </message>
    <message>
        <source>Hva er min bekymring?</source>
        <translation>Kva er bekymringa mi?</translation>
    </message>
    <message>
        <source>Hva kjennetegner &amp;måloppnåelse?</source>
        <translation>Kva kjenneteiknar &amp;måloppnåing?</translation>
    </message>
    <message>
        <source>Hva kjennetegner måloppnåelse?</source>
        <translation>Kva kjenneteiknar måloppnåing?</translation>
    </message>
    <message>
        <source>Hva o&amp;pprettholder utfordringen?</source>
        <translation>Kva &amp;held utfordringa ved like?</translation>
    </message>
    <message>
        <source>Hva opprettholder utfordringen?</source>
        <translation>Kva held utfordringa ved like?</translation>
    </message>
    <message>
        <source>Feil i «{0}»</source>
        <translation>Feil i «{0}»</translation>
    </message>
    <message>
        <source>Teksten er for lang ({0} tegn). Maks {1} tegn.</source>
        <translation>Teksten er for lang ({0} teikn). Maks {1} teikn.</translation>
    </message>
</context>
<context>
    <name>StartsideDialog</name>
    <message>
        <source>Hva er bekymringen?</source>
        <translation>Kva er bekymringa?</translation>
    </message>
    <message>
        <source>Hva kjennetegner måloppnåelse?</source>
        <translation>Kva kjenneteiknar måloppnåing?</translation>
    </message>
    <message>
        <source>Hva opprettholder utfordringen?</source>
        <translation>Kva held utfordringa ved like?</translation>
    </message>
    <message>
        <source>Barnets stemme – hva sier barnet selv?</source>
        <translation>Stemma til barnet – kva seier barnet sjølv?</translation>
    </message>
    <message>
        <source>Rediger startsiden</source>
        <translation>Rediger startsida</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Henter personene …</source>
        <translation>Hentar personane …</translation>
    </message>
    <message>
        <source>Lager kursløsningen …</source>
        <translation>Lagar kursløysinga …</translation>
    </message>
    <message>
        <source>Åpner arbeidsområdet …</source>
        <translation>Opnar arbeidsområdet …</translation>
    </message>
    <message>
        <source>Har du en sikkerhetskopi, kan du gjenopprette den nå. Dette arbeidsområdet legges da til side i en egen mappe, slik det er, for IT-støtte.</source>
        <translation>Har du ein tryggingskopi, kan du gjenopprette han no. Dette arbeidsområdet blir då lagt til side i ei eiga mappe, slik det er, for IT-støtte.</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
        <translation>&amp;Gjenopprett frå tryggingskopi …</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Kontrollerer sikkerhetskopien …</source>
        <translation>Kontrollerer tryggingskopien …</translation>
    </message>
    <message>
        <source>Lager arbeidsområdet …</source>
        <translation>Lagar arbeidsområdet …</translation>
    </message>
    <message>
        <source>Logger inn på kommunens server …</source>
        <translation>Loggar inn på tenaren til kommunen …</translation>
    </message>
    <message>
        <source>Henter loggene dine fra kommunens server …</source>
        <translation>Hentar loggane dine frå tenaren til kommunen …</translation>
    </message>
    <message>
        <source>Innloggingen kan ikke lagres trygt på denne PC-en (den har ingen nøkkelring). Du må logge inn på kommunens server på nytt neste gang du starter Stafettlogg.</source>
        <translation>Innlogginga kan ikkje lagrast trygt på denne PC-en (PC-en har ingen nøkkelring). Du må logge inn på tenaren til kommunen på nytt neste gong du startar Stafettlogg.</translation>
    </message>
    <message>
        <source>Du finnes ikke blant de ansatte på denne PC-en. Kontakt kommunens IT-ansvarlige.</source>
        <translation>Du finst ikkje blant dei tilsette på denne PC-en. Kontakt dei IT-ansvarlege i kommunen.</translation>
    </message>
    <message>
        <source>Lagrer kommunen …</source>
        <translation>Lagrar kommunen …</translation>
    </message>
    <message>
        <source>Stafettlogg er låst.</source>
        <translation>Stafettlogg er låst.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Oppsummering</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>Se over før du oppretter loggen. Gå tilbake for å rette.</source>
        <translation>Sjå over før du opprettar loggen. Gå tilbake for å rette.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Oppsummering av loggen</source>
        <translation>Oppsummering av loggen</translation>
    </message>
    <message>
        <source>Oppretter loggen …</source>
        <translation>Opprettar loggen …</translation>
    </message>
    <message>
        <source>Loggen ble ikke opprettet, og ingenting er lagret.
{0}</source>
        <translation>Loggen vart ikkje oppretta, og ingenting er lagra.
{0}</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Synkronisering</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Synkroniseringsstatus</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source>Konflikter og avviste endringer</source>
        <translation>Konfliktar og avviste endringar</translation>
    </message>
    <message>
        <source>Åpner endringene som må avklares</source>
        <translation>Opnar endringane som må avklarast</translation>
    </message>
    <message>
        <source>Logg &amp;inn …</source>
        <translation>Logg &amp;inn …</translation>
    </message>
    <message>
        <source>Logg inn på kommunens server</source>
        <translation>Logg inn på tenaren til kommunen</translation>
    </message>
    <message>
        <source>S&amp;ynkroniser nå</source>
        <translation>S&amp;ynkroniser no</translation>
    </message>
    <message>
        <source>Synkroniser nå</source>
        <translation>Synkroniser no</translation>
    </message>
    <message>
        <source>Sender endringene dine og henter nytt fra kommunens server</source>
        <translation>Sender endringane dine og hentar nytt frå tenaren til kommunen</translation>
    </message>
    <message>
        <source>Lokal kursløsning – synkroniseres ikke</source>
        <translation>Lokal kursløysing – blir ikkje synkronisert</translation>
    </message>
    <message>
        <source>Lokalt arbeidsområde – synkroniseres ikke</source>
        <translation>Lokalt arbeidsområde – blir ikkje synkronisert</translation>
    </message>
    <message>
        <source>Alt lagres bare på denne PC-en.</source>
        <translation>Alt blir berre lagra på denne PC-en.</translation>
    </message>
    <message>
        <source>ingen endringer venter</source>
        <translation>ingen endringar ventar</translation>
    </message>
    <message>
        <source>1 endring venter</source>
        <translation>1 endring ventar</translation>
    </message>
    <message>
        <source>{0} endringer venter</source>
        <translation>{0} endringar ventar</translation>
    </message>
    <message>
        <source>Synkroniserer …</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>(lagret på PC-en)</source>
        <translation>(lagra på PC-en)</translation>
    </message>
    <message>
        <source>Synkronisert {0} · {1}</source>
        <translation>Synkronisert {0} · {1}</translation>
    </message>
    <message>
        <source>Frakoblet – {0} {1}</source>
        <translation>Fråkopla – {0} {1}</translation>
    </message>
    <message>
        <source>Ikke logget inn på kommunens server – {0} {1}</source>
        <translation>Ikkje logga inn på tenaren til kommunen – {0} {1}</translation>
    </message>
    <message>
        <source>Ikke synkronisert: {0} – {1}</source>
        <translation>Ikkje synkronisert: {0} – {1}</translation>
    </message>
    <message>
        <source>Sist synkronisert {0} · {1}</source>
        <translation>Sist synkronisert {0} · {1}</translation>
    </message>
    <message>
        <source>Ikke synkronisert ennå · {0}</source>
        <translation>Ikkje synkronisert enno · {0}</translation>
    </message>
    <message>
        <source>Kommunens server: {0}</source>
        <translation>Tenaren til kommunen: {0}</translation>
    </message>
    <message>
        <source>Sist synkronisert: {0}</source>
        <translation>Sist synkronisert: {0}</translation>
    </message>
    <message>
        <source>Prøver igjen kl. {0}.</source>
        <translation>Prøver igjen kl. {0}.</translation>
    </message>
    <message>
        <source>{0} konflikter og avviste endringer må avklares</source>
        <translation>{0} konfliktar og avviste endringar må avklarast</translation>
    </message>
    <message>
        <source>1 konflikt må avklares</source>
        <translation>1 konflikt må avklarast</translation>
    </message>
    <message>
        <source>{0} konflikter må avklares</source>
        <translation>{0} konfliktar må avklarast</translation>
    </message>
    <message>
        <source>1 endring ble avvist – må avklares</source>
        <translation>1 endring vart avvist – må avklarast</translation>
    </message>
    <message>
        <source>{0} endringer ble avvist – må avklares</source>
        <translation>{0} endringar vart avviste – må avklarast</translation>
    </message>
    <message>
        <source>Logger inn …</source>
        <translation>Loggar inn …</translation>
    </message>
</context>
<context>
    <name>TilgangPage</name>
    <message>
        <source>Aktører og tilgang</source>
        <translation>Aktørar og tilgang</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation type="vanished">Manglar</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Relasjon</source>
        <translation>Relasjon</translation>
    </message>
    <message>
        <source>Foreldreansvar</source>
        <translation>Foreldreansvar</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Kan lese</source>
        <translation>Kan lese</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fjernet</source>
        <translation>Fjerna</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>En aktør er knyttet til loggen ved å ha ansvar for et tiltak. Foreldrene har alltid tilgang til loggen. Andre ansatte kan få lesetilgang – bare med foreldrenes samtykke.</source>
        <translation>Ein aktør er knytt til loggen ved å ha ansvar for eit tiltak. Foreldra har alltid tilgang til loggen. Andre tilsette kan få lesetilgang – berre med samtykke frå foreldra.</translation>
    </message>
    <message>
        <source>Om aktører og tilgang</source>
        <translation>Om aktørar og tilgang</translation>
    </message>
    <message>
        <source>Aktører</source>
        <translation>Aktørar</translation>
    </message>
    <message>
        <source>Aktører i loggen</source>
        <translation>Aktørar i loggen</translation>
    </message>
    <message>
        <source>Ingen aktører ennå. Legg inn et tiltak med en ansvarlig aktør.</source>
        <translation>Ingen aktørar enno. Legg inn eit tiltak med ein ansvarleg aktør.</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Føresette</translation>
    </message>
    <message>
        <source>Foresatte og kontaktinformasjon</source>
        <translation>Føresette og kontaktinformasjon</translation>
    </message>
    <message>
        <source>Sjekk e-post og telefon med foreldrene. Feil kontaktinformasjon er den vanligste grunnen til at varsler ikke kommer fram.</source>
        <translation>Sjekk e-post og telefon med foreldra. Feil kontaktinformasjon er den vanlegaste grunnen til at varsel ikkje kjem fram.</translation>
    </message>
    <message>
        <source>Mangler kontaktinformasjon</source>
        <translation>Manglar kontaktinformasjon</translation>
    </message>
    <message>
        <source>Lesetilgang</source>
        <translation>Lesetilgang</translation>
    </message>
    <message>
        <source>Lesetilgang krever samtykke fra alle med foreldreansvar. Den kan gjelde hele loggen eller utvalgte oppmerksomheter, og den kan utvides, snevres inn eller fjernes.</source>
        <translation>Lesetilgang krev samtykke frå alle med foreldreansvar. Han kan gjelde heile loggen eller utvalde merksemder, og han kan utvidast, snevrast inn eller fjernast.</translation>
    </message>
    <message>
        <source>Lesetilganger</source>
        <translation>Lesetilgangar</translation>
    </message>
    <message>
        <source>Ingen har lesetilgang til loggen.</source>
        <translation>Ingen har lesetilgang til loggen.</translation>
    </message>
    <message>
        <source>Feilmelding om tilgang</source>
        <translation>Feilmelding om tilgang</translation>
    </message>
    <message>
        <source>Gi &amp;lesetilgang …</source>
        <translation>Gi &amp;lesetilgang …</translation>
    </message>
    <message>
        <source>Gi lesetilgang</source>
        <translation>Gi lesetilgang</translation>
    </message>
    <message>
        <source>&amp;Endre …</source>
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <source>Endre lesetilgang</source>
        <translation>Endre lesetilgang</translation>
    </message>
    <message>
        <source>&amp;Fjern …</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <source>Fjern lesetilgang</source>
        <translation>Fjern lesetilgang</translation>
    </message>
    <message>
        <source>Skriv ut &amp;samtykkeskjema …</source>
        <translation>Skriv ut &amp;samtykkeskjema …</translation>
    </message>
    <message>
        <source>Skriv ut samtykkeskjema</source>
        <translation>Skriv ut samtykkeskjema</translation>
    </message>
    <message>
        <source>Et skjema å skrive under på, fylt ut med barnet og de foresatte</source>
        <translation>Eit skjema å skrive under på, fylt ut med barnet og dei føresette</translation>
    </message>
    <message>
        <source>Hele loggen</source>
        <translation>Heile loggen</translation>
    </message>
    <message>
        <source>(oppmerksomhet som ikke finnes lenger)</source>
        <translation>(merksemd som ikkje finst lenger)</translation>
    </message>
    <message>
        <source>e-post</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>telefon</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>{0} mangler {1}.</source>
        <translation>{0} manglar {1}.</translation>
    </message>
    <message>
        <source> og </source>
        <translation> og </translation>
    </message>
    <message>
        <source>Velg en aktiv lesetilgang i listen.</source>
        <translation>Vel ein aktiv lesetilgang i lista.</translation>
    </message>
    <message>
        <source>Fjern lesetilgangen?</source>
        <translation>Fjerne lesetilgangen?</translation>
    </message>
    <message>
        <source>Fjerne lesetilgangen til {0}?</source>
        <translation>Fjerne lesetilgangen til {0}?</translation>
    </message>
    <message>
        <source>{0} kan ikke lese loggen lenger. Tilgangen står i listen som fjernet.</source>
        <translation>{0} kan ikkje lese loggen lenger. Tilgangen står i lista som fjerna.</translation>
    </message>
    <message>
        <source>&amp;Fjern lesetilgangen</source>
        <translation>&amp;Fjern lesetilgangen</translation>
    </message>
    <message>
        <source>Fjern lesetilgangen</source>
        <translation>Fjern lesetilgangen</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>TilgangsloggPage</name>
    <message>
        <source>åpnet loggen</source>
        <translation>opna loggen</translation>
    </message>
    <message>
        <source>eksporterte loggen til PDF</source>
        <translation>eksporterte loggen til PDF</translation>
    </message>
    <message>
        <source>eksporterte faktordiagrammet</source>
        <translation>eksporterte faktordiagrammet</translation>
    </message>
    <message>
        <source>eksporterte loggen</source>
        <translation>eksporterte loggen</translation>
    </message>
    <message>
        <source>skrev ut loggen</source>
        <translation>skreiv ut loggen</translation>
    </message>
    <message>
        <source>viste loggen i møtemodus</source>
        <translation>viste loggen i møtemodus</translation>
    </message>
    <message>
        <source>sendte loggen til overføring</source>
        <translation>sende loggen til overføring</translation>
    </message>
    <message>
        <source>tok imot loggen (overføring)</source>
        <translation>tok imot loggen (overføring)</translation>
    </message>
    <message>
        <source>avviste overføringen av loggen</source>
        <translation>avviste overføringa av loggen</translation>
    </message>
    <message>
        <source>overføring av loggen</source>
        <translation>overføring av loggen</translation>
    </message>
    <message>
        <source>opprettet loggen</source>
        <translation>oppretta loggen</translation>
    </message>
    <message>
        <source>Tilgangslogg</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <source>Når</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Om tilgangsloggen</source>
        <translation>Om tilgangsloggen</translation>
    </message>
    <message>
        <source>Hvor listen kommer fra</source>
        <translation>Kvar lista kjem frå</translation>
    </message>
    <message>
        <source>Vis hendelser for</source>
        <translation>Vis hendingar for</translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Antall hendelser</source>
        <translation>Talet på hendingar</translation>
    </message>
    <message>
        <source>&amp;Oppdater</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Oppdater tilgangsloggen</source>
        <translation>Oppdater tilgangsloggen</translation>
    </message>
    <message>
        <source>Feilmelding om tilgangsloggen</source>
        <translation>Feilmelding om tilgangsloggen</translation>
    </message>
    <message>
        <source>Hvem har åpnet loggen</source>
        <translation>Kven har opna loggen</translation>
    </message>
    <message>
        <source>&amp;Hendelser, de nyeste først:</source>
        <translation>&amp;Hendingar, dei nyaste først:</translation>
    </message>
    <message>
        <source>Her ser du hvem som har åpnet loggen til {0}, og når: hvem som har lest den, skrevet den ut, eksportert den eller vist den i et møte. Flere åpninger av samme person rett etter hverandre står på én linje.
Bare foresatte, stafettholderen og ungdommen selv (fra 15 år) kan se denne listen.</source>
        <translation>Her ser du kven som har opna loggen til {0}, og når: kven som har lese han, skrive han ut, eksportert han eller vist han i eit møte. Fleire opningar av same person rett etter kvarandre står på éi linje.
Berre føresette, stafetthaldaren og ungdommen sjølv (frå 15 år) kan sjå denne lista.</translation>
    </message>
    <message>
        <source>Foresatte, stafettholderen og ungdommen selv (fra 15 år) kan se hvem som har åpnet loggen til {0}, og når. Det gjelder også når du åpner den.</source>
        <translation>Føresette, stafetthaldaren og ungdommen sjølv (frå 15 år) kan sjå kven som har opna loggen til {0}, og når. Det gjeld også når du opnar han.</translation>
    </message>
    <message>
        <source>Henter …</source>
        <translation>Hentar …</translation>
    </message>
    <message>
        <source>Viser åpninger på denne PC-en. Den er ikke koblet til kommunens server.</source>
        <translation>Viser opningar på denne PC-en. PC-en er ikkje kopla til tenaren til kommunen.</translation>
    </message>
    <message>
        <source>Henter åpninger på andre PC-er fra kommunens server …</source>
        <translation>Hentar opningar på andre PC-ar frå tenaren til kommunen …</translation>
    </message>
    <message>
        <source>Oppdatert fra serveren kl. {0}: åpninger på alle PC-er.</source>
        <translation>Oppdatert frå tenaren kl. {0}: opningar på alle PC-ar.</translation>
    </message>
    <message>
        <source>Viser bare åpninger på denne PC-en (frakoblet).</source>
        <translation>Viser berre opningar på denne PC-en (fråkopla).</translation>
    </message>
    <message>
        <source>Viser bare åpninger på denne PC-en. Serveren svarte: {0}</source>
        <translation>Viser berre opningar på denne PC-en. Tenaren svara: {0}</translation>
    </message>
    <message>
        <source>Åpninger på andre PC-er er fra forrige gang listen ble hentet.</source>
        <translation>Opningar på andre PC-ar er frå førre gong lista vart henta.</translation>
    </message>
    <message>
        <source>Alle personer</source>
        <translation>Alle personar</translation>
    </message>
    <message>
        <source>{0} hendelser</source>
        <translation>{0} hendingar</translation>
    </message>
    <message>
        <source>1 hendelse</source>
        <translation>1 hending</translation>
    </message>
    <message>
        <source>{0} av {1} hendelser</source>
        <translation>{0} av {1} hendingar</translation>
    </message>
    <message>
        <source>Første gang {0}, siste gang {1}</source>
        <translation>Første gong {0}, siste gong {1}</translation>
    </message>
</context>
<context>
    <name>TiltakDialog</name>
    <message>
        <source>Nytt tiltak</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>&amp;Lagre tiltaket</source>
        <translation>&amp;Lagre tiltaket</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>Barnet</translation>
    </message>
    <message>
        <source>Oppmerksomhet: «{0}»</source>
        <translation>Merksemd: «{0}»</translation>
    </message>
    <message>
        <source>Mål: «{0}»</source>
        <translation>Mål: «{0}»</translation>
    </message>
    <message>
        <source>Oppmerksomheten</source>
        <translation>Merksemda</translation>
    </message>
    <message>
        <source>Råd om tiltakene</source>
        <translation>Råd om tiltaka</translation>
    </message>
    <message>
        <source>Oppmerksomheten er avsluttet, så det kan ikke legges inn nye tiltak.</source>
        <translation>Merksemda er avslutta, så det kan ikkje leggjast inn nye tiltak.</translation>
    </message>
    <message>
        <source>Oppmerksomheten er avsluttet</source>
        <translation>Merksemda er avslutta</translation>
    </message>
    <message>
        <source>Et tiltak er kort og konkret: hva dere gjør for å nå målet. Det har én ansvarlig; skal flere gjøre det samme, legg inn ett tiltak for hver. Teksten kan rettes i 8 timer etter at den er lagret.</source>
        <translation>Eit tiltak er kort og konkret: kva de gjer for å nå målet. Det har éin ansvarleg; skal fleire gjere det same, legg inn eitt tiltak for kvar. Teksten kan rettast i 8 timar etter at han er lagra.</translation>
    </message>
    <message>
        <source>Om tiltak</source>
        <translation>Om tiltak</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Kort og konkret: hva gjør den ansvarlige, når og hvor? For eksempel: «Ahmed Karimi sitter ved siden av Ella ved lunsjen hver dag.»</source>
        <translation>Kort og konkret: kva gjer den ansvarlege, når og kvar? Til dømes: «Ahmed Karimi sit ved sida av Ella ved lunsjen kvar dag.»</translation>
    </message>
    <message>
        <source>&amp;Tiltak</source>
        <translation>T&amp;iltak</translation>
    </message>
    <message>
        <source>I t&amp;jenesten</source>
        <translation>I &amp;tenesta</translation>
    </message>
    <message>
        <source>I tjenesten</source>
        <translation>I tenesta</translation>
    </message>
    <message>
        <source>I &amp;hjemmet</source>
        <translation>I &amp;heimen</translation>
    </message>
    <message>
        <source>I hjemmet</source>
        <translation>I heimen</translation>
    </message>
    <message>
        <source>&amp;Barnets eget ({0})</source>
        <translation>&amp;Barnet sitt eige ({0})</translation>
    </message>
    <message>
        <source>Barnets eget</source>
        <translation>Barnet sitt eige</translation>
    </message>
    <message>
        <source>Hvem er det for?</source>
        <translation>Kven er det for?</translation>
    </message>
    <message>
        <source>Foresatte legger inn tiltak i hjemmet. Andre tiltak legger stafettholderen inn.</source>
        <translation>Føresette legg inn tiltak i heimen. Andre tiltak legg stafetthaldaren inn.</translation>
    </message>
    <message>
        <source>Om hvem som legger inn tiltak</source>
        <translation>Om kven som legg inn tiltak</translation>
    </message>
    <message>
        <source>Ansvarlig aktør</source>
        <translation>Ansvarleg aktør</translation>
    </message>
    <message>
        <source>Ansvarlig (automatisk)</source>
        <translation>Ansvarleg (automatisk)</translation>
    </message>
    <message>
        <source>&amp;Ansvarlig</source>
        <translation>&amp;Ansvarleg</translation>
    </message>
    <message>
        <source>Om ansvarlig</source>
        <translation>Om ansvarleg</translation>
    </message>
    <message>
        <source>&amp;Startdato</source>
        <translation>&amp;Startdato</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Sl&amp;uttdato</source>
        <translation>Sl&amp;uttdato</translation>
    </message>
    <message>
        <source>Sluttdato</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <source>&amp;Evalueringsdato</source>
        <translation>&amp;Evalueringsdato</translation>
    </message>
    <message>
        <source>Evalueringsdato</source>
        <translation>Evalueringsdato</translation>
    </message>
    <message>
        <source>&amp;Neste trinn i tiltakstrappen</source>
        <translation>&amp;Neste trinn i tiltakstrappa</translation>
    </message>
    <message>
        <source>Neste trinn i tiltakstrappen</source>
        <translation>Neste trinn i tiltakstrappa</translation>
    </message>
    <message>
        <source>Om tiltakstrappen</source>
        <translation>Om tiltakstrappa</translation>
    </message>
    <message>
        <source>Henter aktører …</source>
        <translation>Hentar aktørar …</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Føresette</translation>
    </message>
    <message>
        <source>ekstern aktør</source>
        <translation>ekstern aktør</translation>
    </message>
    <message>
        <source> – har et aktivt tiltak her</source>
        <translation> – har eit aktivt tiltak her</translation>
    </message>
    <message>
        <source>Velg ansvarlig aktør</source>
        <translation>Vel ansvarleg aktør</translation>
    </message>
    <message>
        <source>Velg først hvem tiltaket er for.</source>
        <translation>Vel først kven tiltaket er for.</translation>
    </message>
    <message>
        <source>Foresatte (automatisk)</source>
        <translation>Føresette (automatisk)</translation>
    </message>
    <message>
        <source>Et tiltak i hjemmet er alltid foresattes ansvar. Foresatte former det selv.</source>
        <translation>Eit tiltak i heimen er alltid ansvaret til dei føresette. Dei føresette formar det sjølve.</translation>
    </message>
    <message>
        <source>{0} (automatisk)</source>
        <translation>{0} (automatisk)</translation>
    </message>
    <message>
        <source>{0} har selv ansvaret for dette tiltaket, tilpasset alderen.</source>
        <translation>{0} har sjølv ansvaret for dette tiltaket, tilpassa alderen.</translation>
    </message>
    <message>
        <source>Loggen er på nivå 1, så bare aktører fra {0} kan velges. Hev nivået for å knytte til aktører fra andre tjenester eller eksterne aktører.</source>
        <translation>Loggen er på nivå 1, så berre aktørar frå {0} kan veljast. Hev nivået for å knyte til aktørar frå andre tenester eller eksterne aktørar.</translation>
    </message>
    <message>
        <source>Loggen er på nivå {0}: aktører fra alle tjenester og eksterne aktører kan velges.</source>
        <translation>Loggen er på nivå {0}: aktørar frå alle tenester og eksterne aktørar kan veljast.</translation>
    </message>
    <message>
        <source>Velg ansvarlig først.</source>
        <translation>Vel ansvarleg først.</translation>
    </message>
    <message>
        <source>{0} har allerede et aktivt tiltak her: «{1}». Hver aktør har bare ett aktivt tiltak om gangen. Kryss av for å legge det nye inn som neste trinn; det blir aktivt når det forrige er evaluert.</source>
        <translation>{0} har allereie eit aktivt tiltak her: «{1}». Kvar aktør har berre eitt aktivt tiltak om gongen. Kryss av for å leggje det nye inn som neste trinn; det blir aktivt når det førre er evaluert.</translation>
    </message>
    <message>
        <source>{0} har planlagte trinn her. Kryss av for å legge dette inn etter dem.</source>
        <translation>{0} har planlagde trinn her. Kryss av for å leggje dette inn etter dei.</translation>
    </message>
    <message>
        <source>Dette blir første trinn for {0}.</source>
        <translation>Dette blir første trinn for {0}.</translation>
    </message>
    <message>
        <source>Velg om tiltaket er i tjenesten, i hjemmet eller barnets eget.</source>
        <translation>Vel om tiltaket er i tenesta, i heimen eller barnet sitt eige.</translation>
    </message>
    <message>
        <source>Aktørene er ikke hentet ennå. Prøv igjen om et øyeblikk.</source>
        <translation>Aktørane er ikkje henta enno. Prøv igjen om eit augeblink.</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Overfør …</source>
        <translation>&amp;Overfør …</translation>
    </message>
    <message>
        <source>Overfør loggen</source>
        <translation>Overfør loggen</translation>
    </message>
    <message>
        <source>Overfør loggen til en ny stafettholder</source>
        <translation>Overfør loggen til ein ny stafetthaldar</translation>
    </message>
    <message>
        <source>Tre&amp;kk tilbake overføringen …</source>
        <translation>Tre&amp;kk tilbake overføringa …</translation>
    </message>
    <message>
        <source>Trekk tilbake overføringen</source>
        <translation>Trekk tilbake overføringa</translation>
    </message>
</context>
<context>
    <name>TransferConsentDialog</name>
    <message>
        <source>Registrer samtykke til overføring</source>
        <translation>Registrer samtykke til overføring</translation>
    </message>
    <message>
        <source>&amp;Registrer samtykket</source>
        <translation>&amp;Registrer samtykket</translation>
    </message>
    <message>
        <source>Foreldrene samtykker på et signert skjema til at loggen for &lt;b&gt;{0}&lt;/b&gt; kan overføres. Alle med foreldreansvar må signere. Arkiver skjemaet.</source>
        <translation>Foreldra samtykkjer på eit signert skjema til at loggen for &lt;b&gt;{0}&lt;/b&gt; kan overførast. Alle med foreldreansvar må signere. Arkiver skjemaet.</translation>
    </message>
    <message>
        <source>Samtykket gjelder</source>
        <translation>Samtykket gjeld</translation>
    </message>
    <message>
        <source>Overføring til annen &amp;enhet i kommunen</source>
        <translation>Overføring til anna &amp;eining i kommunen</translation>
    </message>
    <message>
        <source>Til annen enhet</source>
        <translation>Til anna eining</translation>
    </message>
    <message>
        <source>Overføring til annen &amp;kommune</source>
        <translation>Overføring til annan &amp;kommune</translation>
    </message>
    <message>
        <source>Til annen kommune</source>
        <translation>Til annan kommune</translation>
    </message>
    <message>
        <source>Hvem har signert?</source>
        <translation>Kven har signert?</translation>
    </message>
    <message>
        <source>{0} ({1}) har signert</source>
        <translation>{0} ({1}) har signert</translation>
    </message>
    <message>
        <source>foresatt</source>
        <translation>føresett</translation>
    </message>
    <message>
        <source>{0} har signert</source>
        <translation>{0} har signert</translation>
    </message>
    <message>
        <source>Barnet har ingen registrerte foresatte med foreldreansvar.</source>
        <translation>Barnet har ingen registrerte føresette med foreldreansvar.</translation>
    </message>
    <message>
        <source>Signert dato</source>
        <translation>Signert dato</translation>
    </message>
    <message>
        <source>&amp;Signert dato:</source>
        <translation>&amp;Signert dato:</translation>
    </message>
    <message>
        <source>Kryss av for hva samtykket gjelder.</source>
        <translation>Kryss av for kva samtykket gjeld.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Overfør stafettlogg</source>
        <translation>Overfør stafettlogg</translation>
    </message>
    <message>
        <source>&amp;Send overføringen</source>
        <translation>&amp;Send overføringa</translation>
    </message>
    <message>
        <source>Henter loggen …</source>
        <translation>Hentar loggen …</translation>
    </message>
    <message>
        <source>Om overføringen</source>
        <translation>Om overføringa</translation>
    </message>
    <message>
        <source>Hvor skal loggen?</source>
        <translation>Kvar skal loggen?</translation>
    </message>
    <message>
        <source>&amp;Innen enheten</source>
        <translation>&amp;Innan eininga</translation>
    </message>
    <message>
        <source>Innen enheten</source>
        <translation>Innan eininga</translation>
    </message>
    <message>
        <source>En annen stafettholder i enheten tar over loggen.</source>
        <translation>Ein annan stafetthaldar i eininga tek over loggen.</translation>
    </message>
    <message>
        <source>Til annen &amp;enhet i kommunen</source>
        <translation>Til anna &amp;eining i kommunen</translation>
    </message>
    <message>
        <source>Til annen enhet</source>
        <translation>Til anna eining</translation>
    </message>
    <message>
        <source>Lederen der, eller en stafettholder du velger, tar over. Krever samtykke.</source>
        <translation>Leiaren der, eller ein stafetthaldar du vel, tek over. Krev samtykke.</translation>
    </message>
    <message>
        <source>Til annen &amp;kommune</source>
        <translation>Til annan &amp;kommune</translation>
    </message>
    <message>
        <source>Til annen kommune</source>
        <translation>Til annan kommune</translation>
    </message>
    <message>
        <source>Loggen eksporteres, og avsluttes her når kommunen har den. Krever samtykke.</source>
        <translation>Loggen blir eksportert, og blir avslutta her når kommunen har han. Krev samtykke.</translation>
    </message>
    <message>
        <source>Ikke mulig ennå på en PC som er koblet til kommunens server.</source>
        <translation>Ikkje mogleg enno på ein PC som er kopla til serveren i kommunen.</translation>
    </message>
    <message>
        <source>Mottaker</source>
        <translation>Mottakar</translation>
    </message>
    <message>
        <source>Ny stafettholder</source>
        <translation>Ny stafetthaldar</translation>
    </message>
    <message>
        <source>Ny stafett&amp;holder:</source>
        <translation>Ny stafett&amp;haldar:</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>Ei&amp;ning:</translation>
    </message>
    <message>
        <source>Lederen i enheten</source>
        <translation>Leiaren i eininga</translation>
    </message>
    <message>
        <source>En &amp;bestemt stafettholder i enheten:</source>
        <translation>Ein &amp;bestemt stafetthaldar i eininga:</translation>
    </message>
    <message>
        <source>En bestemt stafettholder</source>
        <translation>Ein bestemt stafetthaldar</translation>
    </message>
    <message>
        <source>Ny stafettholder i enheten</source>
        <translation>Ny stafetthaldar i eininga</translation>
    </message>
    <message>
        <source>Hvem godtar:</source>
        <translation>Kven godtek:</translation>
    </message>
    <message>
        <source>Mottakerkommune</source>
        <translation>Mottakarkommune</translation>
    </message>
    <message>
        <source>For eksempel Nabovik kommune</source>
        <translation>Til dømes Nabovik kommune</translation>
    </message>
    <message>
        <source>Ko&amp;mmune:</source>
        <translation>Ko&amp;mmune:</translation>
    </message>
    <message>
        <source>Grunn til overføringen</source>
        <translation>Grunn til overføringa</translation>
    </message>
    <message>
        <source>For eksempel: Tori begynner på skolen i august.</source>
        <translation>Til dømes: Tori byrjar på skulen i august.</translation>
    </message>
    <message>
        <source>&amp;Grunn (må fylles ut):</source>
        <translation>&amp;Grunn (må fyllast ut):</translation>
    </message>
    <message>
        <source>Oppmerksomheter som følger med</source>
        <translation>Merksemder som følgjer med</translation>
    </message>
    <message>
        <source>Velg sammen med familien. Det som ikke følger med, blir stående i historikken.</source>
        <translation>Vel saman med familien. Det som ikkje følgjer med, blir ståande i historikken.</translation>
    </message>
    <message>
        <source>Samtykke til overføringen</source>
        <translation>Samtykke til overføringa</translation>
    </message>
    <message>
        <source>&amp;Registrer samtykke til overføring …</source>
        <translation>&amp;Registrer samtykke til overføring …</translation>
    </message>
    <message>
        <source>Registrer samtykke til overføring</source>
        <translation>Registrer samtykke til overføring</translation>
    </message>
    <message>
        <source>Ansvaret</source>
        <translation>Ansvaret</translation>
    </message>
    <message>
        <source>Overfør loggen for &lt;b&gt;{0}&lt;/b&gt;. Stafettholder nå: {1}, {2}.</source>
        <translation>Overfør loggen for &lt;b&gt;{0}&lt;/b&gt;. Stafetthaldar no: {1}, {2}.</translation>
    </message>
    <message>
        <source>Du sender den på vegne av {0}.</source>
        <translation>Du sender han på vegner av {0}.</translation>
    </message>
    <message>
        <source>En annen stafettholder i {0} tar over loggen.</source>
        <translation>Ein annan stafetthaldar i {0} tek over loggen.</translation>
    </message>
    <message>
        <source>Du kan ikke lese loggen, så oppmerksomhetene står med nummer. Spør familien.</source>
        <translation>Du kan ikkje lese loggen, så merksemdene står med nummer. Spør familien.</translation>
    </message>
    <message>
        <source>Loggen har ingen aktive oppmerksomheter.</source>
        <translation>Loggen har ingen aktive merksemder.</translation>
    </message>
    <message>
        <source>Loggen venter allerede på at en mottaker skal godta en overføring.</source>
        <translation>Loggen ventar allereie på at ein mottakar skal godta ei overføring.</translation>
    </message>
    <message>
        <source>&amp;Lederen i enheten velger ny stafettholder</source>
        <translation>&amp;Leiaren i eininga vel ny stafetthaldar</translation>
    </message>
    <message>
        <source>&amp;Lederen i enheten velger ny stafettholder ({0})</source>
        <translation>&amp;Leiaren i eininga vel ny stafetthaldar ({0})</translation>
    </message>
    <message>
        <source>&amp;Lederen i enheten (enheten har ingen leder registrert)</source>
        <translation>&amp;Leiaren i eininga (eininga har ingen leiar registrert)</translation>
    </message>
    <message>
        <source>Innen enheten trengs ikke et nytt samtykke.</source>
        <translation>Innan eininga trengst det ikkje nytt samtykke.</translation>
    </message>
    <message>
        <source>overføring til annen enhet</source>
        <translation>overføring til anna eining</translation>
    </message>
    <message>
        <source>overføring til annen kommune</source>
        <translation>overføring til annan kommune</translation>
    </message>
    <message>
        <source>, gjelder til {0}</source>
        <translation>, gjeld til {0}</translation>
    </message>
    <message>
        <source>Samtykke til {0}: signert {1}{2}. Det følger med overføringen.</source>
        <translation>Samtykke til {0}: signert {1}{2}. Det følgjer med overføringa.</translation>
    </message>
    <message>
        <source>Ingen signert samtykke dekker {0}. Alle med foreldreansvar må signere et samtykke til det, og du må registrere det før du kan sende loggen.</source>
        <translation>Ikkje noko signert samtykke dekkjer {0}. Alle med foreldreansvar må signere eit samtykke til det, og du må registrere det før du kan sende loggen.</translation>
    </message>
    <message>
        <source>Samtykket signert {0}: {1}</source>
        <translation>Samtykket signert {0}: {1}</translation>
    </message>
    <message>
        <source>lederen i {0}</source>
        <translation>leiaren i {0}</translation>
    </message>
    <message>
        <source>mottakeren</source>
        <translation>mottakaren</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>{0} har ansvaret til {1} har godtatt overføringen.</source>
        <translation>{0} har ansvaret til {1} har godteke overføringa.</translation>
    </message>
    <message>
        <source>Skriv grunnen til overføringen.</source>
        <translation>Skriv grunnen til overføringa.</translation>
    </message>
    <message>
        <source>Velg sammen med familien minst én oppmerksomhet som skal følge med.</source>
        <translation>Vel saman med familien minst éi merksemd som skal følgje med.</translation>
    </message>
    <message>
        <source>Velg den nye stafettholderen.</source>
        <translation>Vel den nye stafetthaldaren.</translation>
    </message>
    <message>
        <source>Velg enheten loggen skal til.</source>
        <translation>Vel eininga loggen skal til.</translation>
    </message>
    <message>
        <source>Velg den nye stafettholderen i {0}.</source>
        <translation>Vel den nye stafetthaldaren i {0}.</translation>
    </message>
    <message>
        <source>Skriv navnet på kommunen loggen skal til.</source>
        <translation>Skriv namnet på kommunen loggen skal til.</translation>
    </message>
    <message>
        <source>Loggen kan ikke sendes uten et signert samtykke til overføringen. Registrer samtykket først.</source>
        <translation>Loggen kan ikkje sendast utan eit signert samtykke til overføringa. Registrer samtykket først.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Velkommen til Stafettlogg</source>
        <translation>Velkomen til Stafettlogg</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Velkommen&lt;/h2&gt;&lt;p&gt;Det finnes ikke noe arbeidsområde på denne maskinen ennå.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kursløsningen&lt;/b&gt; er en oppdiktet øvingskommune med barn, foresatte, ansatte og logger i alle tilstander. Der kan du prøve alt uten å røre ekte opplysninger.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Velkomen&lt;/h2&gt;&lt;p&gt;Det finst ikkje noko arbeidsområde på denne maskina enno.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kursløysinga&lt;/b&gt; er ein oppdikta øvingskommune med barn, føresette, tilsette og loggar i alle tilstandar. Der kan du prøve alt utan å røre ekte opplysningar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Skal PC-en brukes i kommunen, kobler du den til &lt;b&gt;kommunens server&lt;/b&gt;. Da hentes loggene dine hit og holdes i takt med de andre PC-ene.</source>
        <translation>Skal PC-en brukast i kommunen, koplar du han til &lt;b&gt;tenaren til kommunen&lt;/b&gt;. Då blir loggane dine henta hit og haldne i takt med dei andre PC-ane.</translation>
    </message>
    <message>
        <source>Åpne &amp;kursløsningen (øvingskommune)</source>
        <translation>Opne &amp;kursløysinga (øvingskommune)</translation>
    </message>
    <message>
        <source>Åpne kursløsningen</source>
        <translation>Opne kursløysinga</translation>
    </message>
    <message>
        <source>Oppdiktet øvingskommune for opplæring</source>
        <translation>Oppdikta øvingskommune for opplæring</translation>
    </message>
    <message>
        <source>Opprett et &amp;tomt arbeidsområde for kommunen</source>
        <translation>Opprett eit &amp;tomt arbeidsområde for kommunen</translation>
    </message>
    <message>
        <source>Opprett tomt arbeidsområde</source>
        <translation>Opprett tomt arbeidsområde</translation>
    </message>
    <message>
        <source>Koble til kommunens &amp;server …</source>
        <translation>Kople til t&amp;enaren til kommunen …</translation>
    </message>
    <message>
        <source>Koble til kommunens server</source>
        <translation>Kople til tenaren til kommunen</translation>
    </message>
    <message>
        <source>Hent loggene dine fra kommunens server og synkroniser med den</source>
        <translation>Hent loggane dine frå tenaren til kommunen og synkroniser med han</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
        <translation>&amp;Gjenopprett frå tryggingskopi …</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>Ta i bruk en sikkerhetskopi av arbeidsområdet fra en annen PC</source>
        <translation>Ta i bruk ein tryggingskopi av arbeidsområdet frå ein annan PC</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Trekk tilbake overføringen</source>
        <translation>Trekk tilbake overføringa</translation>
    </message>
    <message>
        <source>&amp;Trekk tilbake</source>
        <translation>&amp;Trekk tilbake</translation>
    </message>
    <message>
        <source>Overføringen til {0} trekkes tilbake. Du beholder loggen, og {0} kan ikke godta den lenger.</source>
        <translation>Overføringa til {0} blir trekt tilbake. Du beheld loggen, og {0} kan ikkje godta han lenger.</translation>
    </message>
    <message>
        <source>Om overføringen</source>
        <translation>Om overføringa</translation>
    </message>
    <message>
        <source>Grunn til at overføringen trekkes tilbake</source>
        <translation>Grunn til at overføringa blir trekt tilbake</translation>
    </message>
    <message>
        <source>&amp;Grunn (valgfritt):</source>
        <translation>&amp;Grunn (valfritt):</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Lu&amp;kk</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Steg {0} av {1}. {2}</source>
        <translation>Steg {0} av {1}. {2}</translation>
    </message>
    <message>
        <source>Steg {0}: {1}</source>
        <translation>Steg {0}: {1}</translation>
    </message>
</context>
<context>
    <name>_PdfDialog</name>
    <message>
        <source>Status for PDF-en</source>
        <translation>Status for PDF-en</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Stafettlogg – samtykkebasert plan rundt et barn</source>
        <translation>Stafettlogg – samtykkebasert plan rundt eit barn</translation>
    </message>
    <message>
        <source>mappen arbeidsområdet ligger i (også ${0})</source>
        <translation>mappa arbeidsområdet ligg i (òg ${0})</translation>
    </message>
    <message>
        <source>åpne kursløsningen (oppdiktet øvingskommune); lages ved første start</source>
        <translation>opne kursløysinga (oppdikta øvingskommune); blir laga ved første start</translation>
    </message>
    <message>
        <source>MINUTTER</source>
        <translation>MINUTT</translation>
    </message>
    <message>
        <source>lås etter så mange minutter uten bruk ({0})</source>
        <translation>lås etter så mange minutt utan bruk ({0})</translation>
    </message>
    <message>
        <source>språket i programmet: nb (bokmål), nn (nynorsk) eller en (engelsk); standard: systemets språk</source>
        <translation>språket i programmet: nb (bokmål), nn (nynorsk) eller en (engelsk); standard: språket til systemet</translation>
    </message>
    <message>
        <source>adressen til kommunens server (kobler en ny PC til den, eller endrer adressen)</source>
        <translation>adressa til tenaren til kommunen (koplar ein ny PC til han, eller endrar adressa)</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>gjenopprett arbeidsområdet fra en sikkerhetskopi (et arbeidsområde som finnes, legges til side)</source>
        <translation>gjenopprett arbeidsområdet frå ein tryggingskopi (eit arbeidsområde som finst, blir lagt til sides)</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Det oppstod en feil i programmet. Det du har lagret, er tatt vare på.</source>
        <translation>Det oppstod ein feil i programmet. Det du har lagra, er teke vare på.</translation>
    </message>
    <message>
        <source>Rapporten er lagret i {0}.</source>
        <translation>Rapporten er lagra i {0}.</translation>
    </message>
    <message>
        <source>Send gjerne rapporten til IT-støtte.</source>
        <translation>Send gjerne rapporten til IT-støtte.</translation>
    </message>
    <message>
        <source>Stafettlogg – programfeil</source>
        <translation>Stafettlogg – programfeil</translation>
    </message>
</context>
<context>
    <name>diagram</name>
    <message>
        <source>I tjenesten</source>
        <translation>I tenesta</translation>
    </message>
    <message>
        <source>Hjemme</source>
        <translation>Heime</translation>
    </message>
    <message>
        <source>Hos barnet</source>
        <translation>Hos barnet</translation>
    </message>
    <message>
        <source>Ikke angitt</source>
        <translation>Ikkje oppgitt</translation>
    </message>
    <message>
        <source>Prioritet {0}</source>
        <translation>Prioritet {0}</translation>
    </message>
    <message>
        <source>Ikke prioritert</source>
        <translation>Ikkje prioritert</translation>
    </message>
    <message>
        <source>Tjenesten må selv arbeide med denne faktoren</source>
        <translation>Tenesta må sjølv arbeide med denne faktoren</translation>
    </message>
    <message>
        <source>{0} tiltak</source>
        <translation>{0} tiltak</translation>
    </message>
    <message>
        <source>Ingen tiltak satt inn</source>
        <translation>Ingen tiltak sette inn</translation>
    </message>
    <message>
        <source>Legg til faktor</source>
        <translation>Legg til faktor</translation>
    </message>
    <message>
        <source>Legg til {0} faktorer</source>
        <translation>Legg til {0} faktorar</translation>
    </message>
    <message>
        <source>Lim inn {0} faktorer</source>
        <translation>Lim inn {0} faktorar</translation>
    </message>
    <message>
        <source>Lim inn faktor</source>
        <translation>Lim inn faktor</translation>
    </message>
    <message>
        <source>Slett faktor</source>
        <translation>Slett faktor</translation>
    </message>
    <message>
        <source>Slett {0} faktorer</source>
        <translation>Slett {0} faktorar</translation>
    </message>
    <message>
        <source>Slett kobling</source>
        <translation>Slett kopling</translation>
    </message>
    <message>
        <source>Slett {0} koblinger</source>
        <translation>Slett {0} koplingar</translation>
    </message>
    <message>
        <source>Flytt faktor</source>
        <translation>Flytt faktor</translation>
    </message>
    <message>
        <source>Flytt {0} faktorer</source>
        <translation>Flytt {0} faktorar</translation>
    </message>
    <message>
        <source>Koble til oppmerksomheten</source>
        <translation>Kople til merksemda</translation>
    </message>
    <message>
        <source>Koble faktorer</source>
        <translation>Kople faktorar</translation>
    </message>
    <message>
        <source>Sett inn tiltak</source>
        <translation>Set inn tiltak</translation>
    </message>
    <message>
        <source>Ta bort tiltak fra faktor</source>
        <translation>Ta bort tiltak frå faktor</translation>
    </message>
    <message>
        <source>Diagrammet er lest inn på nytt.</source>
        <translation>Diagrammet er lese inn på nytt.</translation>
    </message>
    <message>
        <source>Faktor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Ligger</source>
        <translation>Ligg</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Koblet til</source>
        <translation>Kopla til</translation>
    </message>
    <message>
        <source>Oppmerksomheten</source>
        <translation>Merksemda</translation>
    </message>
    <message>
        <source>{0} evaluert</source>
        <translation>{0} evaluerte</translation>
    </message>
    <message>
        <source>1 – det vi helst kan endre</source>
        <translation>1 – det vi helst kan endre</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>Skriv hva som opprettholder utfordringen.</source>
        <translation>Skriv kva som held utfordringa ved like.</translation>
    </message>
    <message>
        <source>Faktoren er for lang ({0} tegn). Maks {1} tegn.</source>
        <translation>Faktoren er for lang ({0} teikn). Maks {1} teikn.</translation>
    </message>
    <message>
        <source>Filen kunne ikke lagres: {0}.</source>
        <translation>Fila kunne ikkje lagrast: {0}.</translation>
    </message>
    <message>
        <source>Opprettholdende faktorer</source>
        <translation>Opprethaldande faktorar</translation>
    </message>
    <message>
        <source>Opprettholdende faktorer for: {0}</source>
        <translation>Opprethaldande faktorar for: {0}</translation>
    </message>
    <message>
        <source>Oppmerksomheten: {0}</source>
        <translation>Merksemda: {0}</translation>
    </message>
    <message>
        <source>Oppmerksomheten i midten: {0}</source>
        <translation>Merksemda i midten: {0}</translation>
    </message>
    <message>
        <source>OPPMERKSOMHET</source>
        <translation>MERKSEMD</translation>
    </message>
    <message>
        <source>I tjenesten – vårt ansvar</source>
        <translation>I tenesta – vårt ansvar</translation>
    </message>
    <message>
        <source>→ {0} tiltak</source>
        <translation>→ {0} tiltak</translation>
    </message>
    <message>
        <source>Trenger tiltak</source>
        <translation>Treng tiltak</translation>
    </message>
    <message>
        <source>oppmerksomheten</source>
        <translation>merksemda</translation>
    </message>
    <message>
        <source>Kobling: {0} → {1}</source>
        <translation>Kopling: {0} → {1}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Nye mål</source>
        <translation>Nye mål</translation>
    </message>
    <message>
        <source>Avslutte tiltaket</source>
        <translation>Avslutte tiltaket</translation>
    </message>
    <message>
        <source>Fortsette</source>
        <translation>Fortsetje</translation>
    </message>
    <message>
        <source>Endre målsetting</source>
        <translation>Endre målsetjinga</translation>
    </message>
    <message>
        <source>Endre tiltak</source>
        <translation>Endre tiltaket</translation>
    </message>
    <message>
        <source>Feilregistrert</source>
        <translation>Feilregistrert</translation>
    </message>
    <message>
        <source>I tjenesten</source>
        <translation>I tenesta</translation>
    </message>
    <message>
        <source>I hjemmet</source>
        <translation>I heimen</translation>
    </message>
    <message>
        <source>Barnets eget tiltak</source>
        <translation>Barnet sitt eige tiltak</translation>
    </message>
    <message>
        <source>ikke satt</source>
        <translation>ikkje sett</translation>
    </message>
    <message>
        <source>{0} kl. {1}</source>
        <translation>{0} kl. {1}</translation>
    </message>
    <message>
        <source>{0} t {1} min</source>
        <translation>{0} t {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>under 1 min</translation>
    </message>
    <message>
        <source>Sett {0}</source>
        <translation>Set {0}</translation>
    </message>
    <message>
        <source>Ikke satt</source>
        <translation>Ikkje sett</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>konflikter</name>
    <message>
        <source>Ga lesetilgang</source>
        <translation>Gav lesetilgang</translation>
    </message>
    <message>
        <source>Endret lesetilgang</source>
        <translation>Endra lesetilgang</translation>
    </message>
    <message>
        <source>Fjernet lesetilgang</source>
        <translation>Fjerna lesetilgang</translation>
    </message>
    <message>
        <source>La til oppmerksomhet</source>
        <translation>La til merksemd</translation>
    </message>
    <message>
        <source>Endret oppmerksomhet</source>
        <translation>Endra merksemd</translation>
    </message>
    <message>
        <source>Satte mål</source>
        <translation>Sette mål</translation>
    </message>
    <message>
        <source>La til tiltak</source>
        <translation>La til tiltak</translation>
    </message>
    <message>
        <source>Rettet teksten i et tiltak</source>
        <translation>Retta teksten i eit tiltak</translation>
    </message>
    <message>
        <source>Endret perioden for et tiltak</source>
        <translation>Endra perioden for eit tiltak</translation>
    </message>
    <message>
        <source>Evaluerte et tiltak</source>
        <translation>Evaluerte eit tiltak</translation>
    </message>
    <message>
        <source>Skrev lysglimt</source>
        <translation>Skreiv lysglimt</translation>
    </message>
    <message>
        <source>Skrev notat</source>
        <translation>Skreiv notat</translation>
    </message>
    <message>
        <source>La ved PDF</source>
        <translation>La ved PDF</translation>
    </message>
    <message>
        <source>Kalte inn til møte</source>
        <translation>Kalla inn til møte</translation>
    </message>
    <message>
        <source>Endret møte</source>
        <translation>Endra møte</translation>
    </message>
    <message>
        <source>La til faktor i diagrammet</source>
        <translation>La til faktor i diagrammet</translation>
    </message>
    <message>
        <source>Endret faktor i diagrammet</source>
        <translation>Endra faktor i diagrammet</translation>
    </message>
    <message>
        <source>Slettet faktor i diagrammet</source>
        <translation>Sletta faktor i diagrammet</translation>
    </message>
    <message>
        <source>Koblet faktorer i diagrammet</source>
        <translation>Kopla faktorar i diagrammet</translation>
    </message>
    <message>
        <source>Fjernet kobling i diagrammet</source>
        <translation>Fjerna kopling i diagrammet</translation>
    </message>
    <message>
        <source>Koblet tiltak til faktor</source>
        <translation>Kopla tiltak til faktor</translation>
    </message>
    <message>
        <source>Endret diagrammet</source>
        <translation>Endra diagrammet</translation>
    </message>
    <message>
        <source>Registrerte barn</source>
        <translation>Registrerte barn</translation>
    </message>
    <message>
        <source>La til foresatt</source>
        <translation>La til føresett</translation>
    </message>
    <message>
        <source>Registrerte samtykke</source>
        <translation>Registrerte samtykke</translation>
    </message>
    <message>
        <source>Opprettet stafettlogg</source>
        <translation>Oppretta stafettlogg</translation>
    </message>
    <message>
        <source>Endret nivå</source>
        <translation>Endra nivå</translation>
    </message>
    <message>
        <source>Satte loggen passiv</source>
        <translation>Sette loggen passiv</translation>
    </message>
    <message>
        <source>Gjenåpnet loggen</source>
        <translation>Gjenopna loggen</translation>
    </message>
    <message>
        <source>Avsluttet loggen</source>
        <translation>Avslutta loggen</translation>
    </message>
    <message>
        <source>Trakk samtykke</source>
        <translation>Trekte samtykke</translation>
    </message>
    <message>
        <source>Slettet loggen</source>
        <translation>Sletta loggen</translation>
    </message>
    <message>
        <source>Endret startsiden</source>
        <translation>Endra startsida</translation>
    </message>
    <message>
        <source>Opprettet tjeneste</source>
        <translation>Oppretta teneste</translation>
    </message>
    <message>
        <source>Opprettet enhet</source>
        <translation>Oppretta eining</translation>
    </message>
    <message>
        <source>Ga tjenesten nytt navn</source>
        <translation>Gav tenesta nytt namn</translation>
    </message>
    <message>
        <source>Ga enheten nytt navn</source>
        <translation>Gav eininga nytt namn</translation>
    </message>
    <message>
        <source>La til leder</source>
        <translation>La til leiar</translation>
    </message>
    <message>
        <source>Gjorde en ansatt til leder</source>
        <translation>Gjorde ein tilsett til leiar</translation>
    </message>
    <message>
        <source>Fjernet lederrollen</source>
        <translation>Fjerna leiarrolla</translation>
    </message>
    <message>
        <source>La til ekstern aktør</source>
        <translation>La til ekstern aktør</translation>
    </message>
    <message>
        <source>Endret ekstern aktør</source>
        <translation>Endra ekstern aktør</translation>
    </message>
    <message>
        <source>Fjernet ekstern aktør</source>
        <translation>Fjerna ekstern aktør</translation>
    </message>
    <message>
        <source>La til ansatt</source>
        <translation>La til tilsett</translation>
    </message>
    <message>
        <source>Endret ansatt</source>
        <translation>Endra tilsett</translation>
    </message>
    <message>
        <source>Fjernet ansatt</source>
        <translation>Fjerna tilsett</translation>
    </message>
    <message>
        <source>Ba om overføring</source>
        <translation>Bad om overføring</translation>
    </message>
    <message>
        <source>Godtok overføring</source>
        <translation>Godtok overføring</translation>
    </message>
    <message>
        <source>Avslo overføring</source>
        <translation>Avslo overføring</translation>
    </message>
    <message>
        <source>Trakk tilbake overføring</source>
        <translation>Trekte tilbake overføring</translation>
    </message>
    <message>
        <source>Laget kommunens nøkler</source>
        <translation>Laga nøklane til kommunen</translation>
    </message>
    <message>
        <source>Leste inn en annen kommunes nøkkel</source>
        <translation>Las inn nøkkelen til ein annan kommune</translation>
    </message>
    <message>
        <source>Fjernet en annen kommunes nøkkel</source>
        <translation>Fjerna nøkkelen til ein annan kommune</translation>
    </message>
    <message>
        <source>Leste inn en stafettlogg fra en annen kommune</source>
        <translation>Las inn ein stafettlogg frå ein annan kommune</translation>
    </message>
    <message>
        <source>Avviste en stafettlogg fra en annen kommune</source>
        <translation>Avviste ein stafettlogg frå ein annan kommune</translation>
    </message>
    <message>
        <source>Leste inn kvittering fra en annen kommune</source>
        <translation>Las inn kvittering frå ein annan kommune</translation>
    </message>
    <message>
        <source>Valgte serverens versjon</source>
        <translation>Valde versjonen på tenaren</translation>
    </message>
    <message>
        <source>Forkastet en avvist endring</source>
        <translation>Forkasta ei avvist endring</translation>
    </message>
    <message>
        <source>Valgte min versjon</source>
        <translation>Valde versjonen min</translation>
    </message>
    <message>
        <source>Slo sammen versjonene</source>
        <translation>Slo saman versjonane</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Foresatt</source>
        <translation>Føresett</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Tilsett</translation>
    </message>
    <message>
        <source>Stafettlogg</source>
        <translation>Stafettlogg</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Oppmerksomhet</source>
        <translation>Merksemd</translation>
    </message>
    <message>
        <source>Faktor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Lysglimt</source>
        <translation>Lysglimt</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Kobling i diagrammet</source>
        <translation>Kopling i diagrammet</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Lesetilgang</source>
        <translation>Lesetilgang</translation>
    </message>
    <message>
        <source>Overføring</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>venter</source>
        <translation>ventar</translation>
    </message>
    <message>
        <source>synkronisert</source>
        <translation>synkronisert</translation>
    </message>
    <message>
        <source>avvist</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>konflikt</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <source>avklart</source>
        <translation>avklart</translation>
    </message>
    <message>
        <source>Annen endring ({0})</source>
        <translation>Anna endring ({0})</translation>
    </message>
    <message>
        <source>Endring uten innhold</source>
        <translation>Endring utan innhald</translation>
    </message>
    <message>
        <source>Avvist av serveren: {0}</source>
        <translation>Avvist av tenaren: {0}</translation>
    </message>
    <message>
        <source>Konflikt</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Venter på synkronisering</source>
        <translation>Ventar på synkronisering</translation>
    </message>
    <message>
        <source>ukjent tidspunkt</source>
        <translation>ukjent tidspunkt</translation>
    </message>
    <message>
        <source>{0} kl. {1}</source>
        <translation>{0} kl. {1}</translation>
    </message>
    <message>
        <source> i loggen til {0}</source>
        <translation> i loggen til {0}</translation>
    </message>
    <message>
        <source>{0} og {1} til</source>
        <translation>{0} og {1} til</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>logview</name>
    <message>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Passiv</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>I tjenesten</source>
        <translation>I tenesta</translation>
    </message>
    <message>
        <source>I hjemmet</source>
        <translation>I heimen</translation>
    </message>
    <message>
        <source>Barnets eget tiltak</source>
        <translation>Barnet sitt eige tiltak</translation>
    </message>
    <message>
        <source>Neste trinn</source>
        <translation>Neste trinn</translation>
    </message>
    <message>
        <source>Evaluert</source>
        <translation>Evaluert</translation>
    </message>
    <message>
        <source>Feilregistrert</source>
        <translation>Feilregistrert</translation>
    </message>
    <message>
        <source>fra {0}</source>
        <translation>frå {0}</translation>
    </message>
    <message>
        <source>til {0}</source>
        <translation>til {0}</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>{0} t {1} min</source>
        <translation>{0} t {1} min</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Trinn</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kan rettes</source>
        <translation>Kan rettast</translation>
    </message>
    <message>
        <source>Teksten i et tiltak kan rettes i 8 timer etter at det ble lagt inn.</source>
        <translation>Teksten i eit tiltak kan rettast i 8 timar etter at det vart lagt inn.</translation>
    </message>
</context>
<context>
    <name>moter</name>
    <message>
        <source>{0} kl. {1}</source>
        <translation>{0} kl. {1}</translation>
    </message>
    <message>
        <source>stafettholder</source>
        <translation>stafetthaldar</translation>
    </message>
    <message>
        <source>foresatt</source>
        <translation>føresett</translation>
    </message>
</context>
<context>
    <name>notater</name>
    <message>
        <source>Stafettloggen er ikke en journal — bare det som er relevant for oppmerksomhetene og tiltakene.</source>
        <translation>Stafettloggen er ikkje ein journal — berre det som er relevant for merksemdene og tiltaka.</translation>
    </message>
    <message>
        <source>{0} byte</source>
        <translation>{0} byte</translation>
    </message>
    <message>
        <source>Vedlegget finnes ikke (lenger).</source>
        <translation>Vedlegget finst ikkje (lenger).</translation>
    </message>
    <message>
        <source>Du har ikke tilgang til dette vedlegget.</source>
        <translation>Du har ikkje tilgang til dette vedlegget.</translation>
    </message>
</context>
<context>
    <name>overforing</name>
    <message>
        <source>Innen enheten</source>
        <translation>Innan eininga</translation>
    </message>
    <message>
        <source>Til annen enhet</source>
        <translation>Til anna eining</translation>
    </message>
    <message>
        <source>Til annen kommune</source>
        <translation>Til annan kommune</translation>
    </message>
    <message>
        <source>Venter på svar</source>
        <translation>Ventar på svar</translation>
    </message>
    <message>
        <source>Godtatt</source>
        <translation>Godteke</translation>
    </message>
    <message>
        <source>Avvist</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Trekt tilbake</translation>
    </message>
    <message>
        <source>Fra:</source>
        <translation>Frå:</translation>
    </message>
    <message>
        <source>Til:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>Sendt:</source>
        <translation>Sendt:</translation>
    </message>
    <message>
        <source>Grunn:</source>
        <translation>Grunn:</translation>
    </message>
    <message>
        <source>Oppmerksomheter som følger med:</source>
        <translation>Merksemder som følgjer med:</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>(sendt av {0})</source>
        <translation>(sendt av {0})</translation>
    </message>
    <message>
        <source>Svar:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <source>{0} {1} av {2}.</source>
        <translation>{0} {1} av {2}.</translation>
    </message>
    <message>
        <source>Grunn: {0}</source>
        <translation>Grunn: {0}</translation>
    </message>
    <message>
        <source>Overføring til annen kommune</source>
        <translation>Overføring til annan kommune</translation>
    </message>
    <message>
        <source>Overføringen er registrert. Pakken til den andre kommunen lages fra overføringen senere.</source>
        <translation>Overføringa er registrert. Pakken til den andre kommunen blir laga frå overføringa seinare.</translation>
    </message>
</context>
<context>
    <name>pakke</name>
    <message>
        <source>Stafettlogg-pakke (*.stafettpakke)</source>
        <translation>Stafettlogg-pakke (*.stafettpakke)</translation>
    </message>
    <message>
        <source>Stafettlogg-kvittering (*.stafettkvittering)</source>
        <translation>Stafettlogg-kvittering (*.stafettkvittering)</translation>
    </message>
    <message>
        <source>Nøkkelfil (*.stafettnokkel)</source>
        <translation>Nøkkelfil (*.stafettnokkel)</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation>Fingeravtrykk</translation>
    </message>
    <message>
        <source>Lest inn</source>
        <translation>Lese inn</translation>
    </message>
    <message>
        <source>&amp;Importer stafettlogg …</source>
        <translation>&amp;Importer stafettlogg …</translation>
    </message>
    <message>
        <source>Les inn k&amp;vittering …</source>
        <translation>Les inn k&amp;vittering …</translation>
    </message>
    <message>
        <source>Les inn &amp;kvittering …</source>
        <translation type="vanished">Les inn &amp;kvittering …</translation>
    </message>
    <message>
        <source>Kommunens &amp;nøkler …</source>
        <translation>&amp;Nøklane til kommunen …</translation>
    </message>
    <message>
        <source>Importer stafettlogg</source>
        <translation>Importer stafettlogg</translation>
    </message>
    <message>
        <source>Les inn kvittering</source>
        <translation>Les inn kvittering</translation>
    </message>
    <message>
        <source>Pakker mellom kommuner kan ennå ikke brukes på en PC som er koblet til kommunens server: kommunens nøkler ligger ikke på serveren, så serveren ville avvist endringen. Bruk en PC som ikke er koblet til serveren, eller overfør manuelt med en PDF av loggen. Ingenting er endret.</source>
        <translation>Pakkar mellom kommunar kan enno ikkje brukast på ein PC som er kopla til serveren i kommunen: nøklane til kommunen ligg ikkje på serveren, så serveren ville avvist endringa. Bruk ein PC som ikkje er kopla til serveren, eller overfør manuelt med ein PDF av loggen. Ingenting er endra.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Synkroniseringen stoppet på grunn av en feil i programmet. Endringene er lagret på PC-en.</source>
        <translation>Synkroniseringa stoppa på grunn av ein feil i programmet. Endringane er lagra på PC-en.</translation>
    </message>
    <message>
        <source>Du er ikke logget inn på serveren.</source>
        <translation>Du er ikkje logga inn på tenaren.</translation>
    </message>
    <message>
        <source>Får ikke kontakt med en server på denne adressen. Sjekk adressen og at PC-en er på nett.</source>
        <translation>Får ikkje kontakt med ein tenar på denne adressa. Sjekk adressa og at PC-en er på nett.</translation>
    </message>
    <message>
        <source>Adressen svarer, men er ikke en Stafettlogg-server.</source>
        <translation>Adressa svarar, men er ikkje ein Stafettlogg-tenar.</translation>
    </message>
    <message>
        <source>Stafettlogg på denne PC-en er for gammel for kommunens server. Oppdater programmet.</source>
        <translation>Stafettlogg på denne PC-en er for gammal for tenaren til kommunen. Oppdater programmet.</translation>
    </message>
    <message>
        <source>Kommunens server er eldre enn Stafettlogg på denne PC-en. Kontakt kommunens IT-ansvarlige.</source>
        <translation>Tenaren til kommunen er eldre enn Stafettlogg på denne PC-en. Kontakt dei IT-ansvarlege i kommunen.</translation>
    </message>
    <message>
        <source>Denne serveren bruker innlogging med ID-porten, som denne versjonen av Stafettlogg ikke har ennå.</source>
        <translation>Denne tenaren bruker innlogging med ID-porten, som denne versjonen av Stafettlogg ikkje har enno.</translation>
    </message>
    <message>
        <source>Forbindelsen med serveren ble brutt under den første synkroniseringen. Ingenting er lagret på PC-en. Prøv igjen.</source>
        <translation>Tilkoplinga til tenaren vart broten under den første synkroniseringa. Ingenting er lagra på PC-en. Prøv igjen.</translation>
    </message>
    <message>
        <source>Får ikke kontakt med kommunens server. Prøv igjen når PC-en er på nett.</source>
        <translation>Får ikkje kontakt med tenaren til kommunen. Prøv igjen når PC-en er på nett.</translation>
    </message>
    <message>
        <source>Denne PC-en er koblet til kommunens server for en annen person. Logg inn som den personen.</source>
        <translation>Denne PC-en er kopla til tenaren til kommunen for ein annan person. Logg inn som den personen.</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>{0} er ikke registrert som foresatt for {1}. Registrerte foresatte: {2}. Skriv navnet slik det er registrert.</source>
        <translation>{0} er ikkje registrert som føresett for {1}. Registrerte føresette: {2}. Skriv namnet slik det er registrert.</translation>
    </message>
    <message>
        <source>«{0}» er for stor (over {1} MB).</source>
        <translation>«{0}» er for stor (over {1} MB).</translation>
    </message>
    <message>
        <source>«{0}» er ikke en PDF-fil. Bare PDF kan lastes opp.</source>
        <translation>«{0}» er ikkje ei PDF-fil. Berre PDF kan lastast opp.</translation>
    </message>
    <message>
        <source>Velg skannet samtykkeskjema</source>
        <translation>Vel skanna samtykkeskjema</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>{0} og {1}</source>
        <translation>{0} og {1}</translation>
    </message>
</context>
</TS>
