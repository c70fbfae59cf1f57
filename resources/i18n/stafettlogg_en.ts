<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Godta overføringen</source>
        <translation>Accept the transfer</translation>
    </message>
    <message>
        <source>&amp;Bekreft mottaket</source>
        <translation>&amp;Confirm the handover</translation>
    </message>
    <message>
        <source>&amp;Godta overføringen</source>
        <translation>&amp;Accept the transfer</translation>
    </message>
    <message>
        <source>Overføringen</source>
        <translation>The transfer</translation>
    </message>
    <message>
        <source>Bekreft at {0} har tatt imot loggen. Loggen avsluttes her, og {0} fører den videre.</source>
        <translation>Confirm that {0} has received the log. The log is closed here, and {0} takes it forward.</translation>
    </message>
    <message>
        <source>Ny stafettholder</source>
        <translation>New coordinator</translation>
    </message>
    <message>
        <source>Velg ny stafettholder</source>
        <translation>Choose the new coordinator</translation>
    </message>
    <message>
        <source>&amp;Ny stafettholder:</source>
        <translation>&amp;New coordinator:</translation>
    </message>
    <message>
        <source>Velg hvem i enheten som blir stafettholder. Bare ansatte som er krysset av som både aktør og stafettholder, kan velges. Fra du godtar, har den nye stafettholderen ansvaret.</source>
        <translation>Choose who in the unit becomes coordinator. Only employees ticked as both actor and coordinator can be chosen. From the moment you accept, the new coordinator is responsible.</translation>
    </message>
    <message>
        <source>Ingen i enheten er krysset av som både aktør og stafettholder. Kryss av for noen under «Brukere» først, eller avvis overføringen.</source>
        <translation>Nobody in the unit is ticked as both actor and coordinator. Tick someone under “Users” first, or decline the transfer.</translation>
    </message>
    <message>
        <source>Du blir stafettholder for loggen og har ansvaret fra du godtar.</source>
        <translation>You become the log&apos;s coordinator and are responsible from the moment you accept.</translation>
    </message>
    <message>
        <source>Om å godta</source>
        <translation>About accepting</translation>
    </message>
    <message>
        <source>Velg hvem som blir ny stafettholder.</source>
        <translation>Choose who becomes the new coordinator.</translation>
    </message>
</context>
<context>
    <name>AnsattDialog</name>
    <message>
        <source>Legg til ansatt</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <source>Endre ansatt</source>
        <translation>Change employee</translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>&amp;Lagre endringene</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>National ID number</translation>
    </message>
    <message>
        <source>11 siffer. Mellomrom og punktum går fint.</source>
        <translation>11 digits. Spaces and full stops are fine.</translation>
    </message>
    <message>
        <source>11 siffer</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Etternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>For eksempel Pedagogisk leder</source>
        <translation>For example Pedagogical leader</translation>
    </message>
    <message>
        <source>&amp;Fødselsnummer:</source>
        <translation>National &amp;ID number:</translation>
    </message>
    <message>
        <source>F&amp;ornavn:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Etternavn:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Stilling:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Hva kan den ansatte gjøre i loggene?</source>
        <translation>What can the employee do in the logs?</translation>
    </message>
    <message>
        <source>&amp;Aktør – kan ha ansvar for tiltak</source>
        <translation>&amp;Actor – can be responsible for measures</translation>
    </message>
    <message>
        <source>Aktør</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Stafett&amp;holder – kan koordinere logger</source>
        <translation>&amp;Coordinator – can coordinate logs</translation>
    </message>
    <message>
        <source>Stafettholder</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Bare den som er krysset av for begge, kan opprette logger og ta imot overføringer.</source>
        <translation>Only someone ticked for both can create logs and receive transfers.</translation>
    </message>
    <message>
        <source>Kontaktinformasjon for varsler</source>
        <translation>Contact details for notifications</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>navn@kommune.no</source>
        <translation>name@kommune.no</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-&amp;post:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Varsler om loggene går til e-post og telefon. Feil kontaktinformasjon er den vanligste grunnen til at varsler ikke kommer fram.</source>
        <translation>Notifications about the logs go to email and phone. Wrong contact details are the most common reason why notifications do not get through.</translation>
    </message>
</context>
<context>
    <name>ArenaBox</name>
    <message>
        <source>Nytt tiltak …</source>
        <translation>New measure …</translation>
    </message>
    <message>
        <source>Nytt tiltak – {0}</source>
        <translation>New measure – {0}</translation>
    </message>
    <message>
        <source>Rett …</source>
        <translation>Correct …</translation>
    </message>
    <message>
        <source>Rett tiltak – {0}</source>
        <translation>Correct measure – {0}</translation>
    </message>
    <message>
        <source>Evaluer …</source>
        <translation>Evaluate …</translation>
    </message>
    <message>
        <source>Evaluer tiltak – {0}</source>
        <translation>Evaluate measure – {0}</translation>
    </message>
    <message>
        <source>Faktor …</source>
        <translation>Factor …</translation>
    </message>
    <message>
        <source>Vis faktoren – {0}</source>
        <translation>Show the factor – {0}</translation>
    </message>
    <message>
        <source>Vis den opprettholdende faktoren tiltaket er satt inn mot</source>
        <translation>Show the maintaining factor this measure works on</translation>
    </message>
    <message>
        <source>Tiltak – {0}</source>
        <translation>Measures – {0}</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>Stafettlogg er låst. Lås opp og prøv igjen; det du skrev, er tatt vare på.</source>
        <translation>Stafettlogg is locked. Unlock it and try again; what you wrote has been kept.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Ta sikkerhetskopi</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er én fil med alt som er lagret på denne PC-en, også endringer som ikke er synkronisert ennå. Lagre den et trygt sted utenfor PC-en, for eksempel på kommunens fellesområde.</source>
        <translation>The backup is one file with everything stored on this PC, including changes not yet synchronised. Keep it in a safe place outside the PC, for example on the municipality&apos;s shared drive.</translation>
    </message>
    <message>
        <source>Filen krypteres med passordfrasen du velger nå. Uten den kan ingen gjenopprette kopien – heller ikke IT-støtte. Skriv den ned og oppbevar den adskilt fra filen.</source>
        <translation>The file is encrypted with the passphrase you choose now. Without it nobody can restore the backup – not even IT support. Write it down and keep it apart from the file.</translation>
    </message>
    <message>
        <source>Passordfrase for sikkerhetskopien</source>
        <translation>Passphrase for the backup</translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>&amp;Passordfrase (minst {0} tegn):</source>
        <translation>&amp;Passphrase (at least {0} characters):</translation>
    </message>
    <message>
        <source>&amp;Gjenta passordfrasen:</source>
        <translation>&amp;Repeat the passphrase:</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Lagre sikkerhetskopien …</source>
        <translation>&amp;Save the backup …</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Passordfrasen for sikkerhetskopien må ha minst {0} tegn.</source>
        <translation>The passphrase for the backup must have at least {0} characters.</translation>
    </message>
    <message>
        <source>De to passordfrasene er ikke like.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Stafettlogg er låst. Lås opp og prøv igjen.</source>
        <translation>Stafettlogg is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <source>Stafettlogg-sikkerhetskopi-{0}</source>
        <translation>Stafettlogg-backup-{0}</translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi …</source>
        <translation>Making the backup …</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er lagret i {0}.</source>
        <translation>The backup is saved in {0}.</translation>
    </message>
</context>
<context>
    <name>BrukereTab</name>
    <message>
        <source>Brukere</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation type="vanished">Missing</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Aktør</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Stafettholder</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Logger som stafettholder</source>
        <translation>Logs as coordinator</translation>
    </message>
    <message>
        <source>Logger som aktør</source>
        <translation>Logs as actor</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Siste aktivitet</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Overføring</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Om brukere</source>
        <translation>About users</translation>
    </message>
    <message>
        <source>Logger som trenger ny stafettholder</source>
        <translation>Logs that need a new coordinator</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ansatte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Filtrer ansatte</source>
        <translation>Filter employees</translation>
    </message>
    <message>
        <source>Filtrer på navn, stilling, e-post …</source>
        <translation>Filter by name, position, email …</translation>
    </message>
    <message>
        <source>F&amp;iltrer:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>&amp;Legg til ansatt …</source>
        <translation>&amp;Add employee …</translation>
    </message>
    <message>
        <source>Legg til ansatt</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <source>&amp;Endre …</source>
        <translation>C&amp;hange …</translation>
    </message>
    <message>
        <source>Endre ansatt</source>
        <translation>Change employee</translation>
    </message>
    <message>
        <source>&amp;Fjern fra enheten …</source>
        <translation>&amp;Remove from the unit …</translation>
    </message>
    <message>
        <source>Fjern fra enheten</source>
        <translation>Remove from the unit</translation>
    </message>
    <message>
        <source>Ansatte i enheten</source>
        <translation>Employees in the unit</translation>
    </message>
    <message>
        <source>Ingen ansatte passer med filteret.</source>
        <translation>No employees match the filter.</translation>
    </message>
    <message>
        <source>Logger</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Du ser at loggene finnes og hvordan det står til med dem, men ikke hva som står i dem. Er stafettholderen borte eller har sluttet, overfører du loggen på vegne av vedkommende.</source>
        <translation>You can see that the logs exist and how they are doing, but not what is in them. If the coordinator is away or has left, you transfer the log on their behalf.</translation>
    </message>
    <message>
        <source>Loggene til den ansatte</source>
        <translation>The employee&apos;s logs</translation>
    </message>
    <message>
        <source>Ingen logger</source>
        <translation>No logs</translation>
    </message>
    <message>
        <source>&amp;Overfør på vegne av …</source>
        <translation>&amp;Transfer on their behalf …</translation>
    </message>
    <message>
        <source>Overfør på vegne av</source>
        <translation>Transfer on their behalf</translation>
    </message>
    <message>
        <source>&amp;Slett loggen …</source>
        <translation>&amp;Delete the log …</translation>
    </message>
    <message>
        <source>Slett loggen</source>
        <translation>Delete the log</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>{0} (fjernet)</source>
        <translation>{0} (removed)</translation>
    </message>
    <message>
        <source>Stafettholder og aktør</source>
        <translation>Coordinator and actor</translation>
    </message>
    <message>
        <source>Venter på svar fra {0} (sendt {1})</source>
        <translation>Waiting for an answer from {0} (sent {1})</translation>
    </message>
    <message>
        <source>De ansatte i {0}. Kryss av for hvem som kan være aktør og stafettholder, og hold kontaktinformasjonen oppdatert. Velg en ansatt for å se loggene vedkommende har.</source>
        <translation>The employees of {0}. Tick who can be actor and coordinator, and keep the contact details up to date. Choose an employee to see the logs they have.</translation>
    </message>
    <message>
        <source>{0} er fjernet fra enheten, men er fortsatt stafettholder for {1} logg(er).</source>
        <translation>{0} has been removed from the unit, but is still coordinator for {1} log(s).</translation>
    </message>
    <message>
        <source>Velg personen og overfør loggene til en ny stafettholder.</source>
        <translation>Choose the person and transfer the logs to a new coordinator.</translation>
    </message>
    <message>
        <source>Velg en ansatt for å se loggene.</source>
        <translation>Choose an employee to see the logs.</translation>
    </message>
    <message>
        <source>Loggene til {0}</source>
        <translation>Logs for {0}</translation>
    </message>
    <message>
        <source>Henter loggene …</source>
        <translation>Fetching the logs …</translation>
    </message>
    <message>
        <source>{0} har ingen logger i enheten.</source>
        <translation>{0} has no logs in the unit.</translation>
    </message>
    <message>
        <source>Du kan ikke fjerne deg selv.</source>
        <translation>You cannot remove yourself.</translation>
    </message>
    <message>
        <source>Velg en ansatt i listen.</source>
        <translation>Choose an employee in the list.</translation>
    </message>
    <message>
        <source>Velg en logg i listen.</source>
        <translation>Choose a log in the list.</translation>
    </message>
    <message>
        <source>Loggen venter allerede på at mottakeren skal svare på en overføring.</source>
        <translation>The log is already waiting for the recipient to answer a transfer.</translation>
    </message>
    <message>
        <source>Bare aktive logger kan overføres.</source>
        <translation>Only active logs can be transferred.</translation>
    </message>
    <message>
        <source>Bare passive logger kan slettes.</source>
        <translation>Only passive logs can be deleted.</translation>
    </message>
    <message>
        <source>Fjerne den ansatte?</source>
        <translation>Remove the employee?</translation>
    </message>
    <message>
        <source>Fjerne {0} fra {1}?</source>
        <translation>Remove {0} from {1}?</translation>
    </message>
    <message>
        <source>{0} kan ikke lenger logge inn eller arbeide i loggene. Navnet blir stående i historikken.</source>
        <translation>{0} will no longer be able to sign in or work in the logs. The name stays in the history.</translation>
    </message>
    <message>
        <source>{0} er stafettholder for {1} logg(er). De må få en ny stafettholder: du finner dem her, og overfører dem med «Overfør på vegne av …».</source>
        <translation>{0} is coordinator for {1} log(s). The logs need a new coordinator: you find them here, and transfer them with “Transfer on their behalf …”.</translation>
    </message>
    <message>
        <source>&amp;Fjern fra enheten</source>
        <translation>&amp;Remove from the unit</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Slette loggen?</source>
        <translation>Delete the log?</translation>
    </message>
    <message>
        <source>Slette loggen for {0}?</source>
        <translation>Delete the log for {0}?</translation>
    </message>
    <message>
        <source>Loggen og alt som står i den blir slettet for alle, og det kan ikke angres. Det signerte samtykket blir liggende i arkivet. Slettingen blir ført i revisjonsloggen.</source>
        <translation>The log and everything in it will be deleted for everyone, and this cannot be undone. The signed consent stays in the archive. The deletion is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Slett loggen for godt</source>
        <translation>&amp;Delete the log permanently</translation>
    </message>
    <message>
        <source>Slett loggen for godt</source>
        <translation>Delete the log permanently</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Endre lesetilgang</source>
        <translation>Change read access</translation>
    </message>
    <message>
        <source>&amp;Lagre endringen</source>
        <translation>&amp;Save the change</translation>
    </message>
    <message>
        <source>Endre hva &lt;b&gt;{0}&lt;/b&gt; kan lese. Tilgangen hviler på det samme samtykket som før.</source>
        <translation>Change what &lt;b&gt;{0}&lt;/b&gt; can read. The access rests on the same consent as before.</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <source>mor</source>
        <translation>mother</translation>
    </message>
    <message>
        <source>far</source>
        <translation>father</translation>
    </message>
    <message>
        <source>medmor</source>
        <translation>co-mother</translation>
    </message>
    <message>
        <source>verge</source>
        <translation>legal guardian</translation>
    </message>
    <message>
        <source>fosterforelder</source>
        <translation>foster parent</translation>
    </message>
    <message>
        <source>steforelder</source>
        <translation>step-parent</translation>
    </message>
    <message>
        <source>besteforelder</source>
        <translation>grandparent</translation>
    </message>
    <message>
        <source>Barnet og foresatte</source>
        <translation>The child and guardians</translation>
    </message>
    <message>
        <source>Skriv inn barnet og de foresatte før loggen opprettes. Felt merket * må fylles ut.</source>
        <translation>Enter the child and the guardians before the log is created. Fields marked * are required.</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Barnets fornavn</source>
        <translation>The child&apos;s first name</translation>
    </message>
    <message>
        <source>Barnets etternavn</source>
        <translation>The child&apos;s last name</translation>
    </message>
    <message>
        <source>Barnets fødselsnummer</source>
        <translation>The child&apos;s national ID number</translation>
    </message>
    <message>
        <source>11 siffer. Mellomrom og punktum er tillatt.</source>
        <translation>11 digits. Spaces and full stops are allowed.</translation>
    </message>
    <message>
        <source>11 siffer (ddmmåå + 5)</source>
        <translation>11 digits (ddmmyy + 5)</translation>
    </message>
    <message>
        <source>Feil i barnets fornavn</source>
        <translation>Error in the child&apos;s first name</translation>
    </message>
    <message>
        <source>Feil i barnets etternavn</source>
        <translation>Error in the child&apos;s last name</translation>
    </message>
    <message>
        <source>Feil i barnets fødselsnummer</source>
        <translation>Error in the child&apos;s national ID number</translation>
    </message>
    <message>
        <source>Barnets fødselsdato og alder</source>
        <translation>The child&apos;s date of birth and age</translation>
    </message>
    <message>
        <source>&amp;Fornavn *</source>
        <translation>&amp;First name *</translation>
    </message>
    <message>
        <source>&amp;Etternavn *</source>
        <translation>&amp;Last name *</translation>
    </message>
    <message>
        <source>Fø&amp;dselsnummer *</source>
        <translation>National &amp;ID number *</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>De med foreldreansvar samtykker til loggen, får tilgang til den og får e-post om den.</source>
        <translation>Those with parental responsibility consent to the log, get access to it and get email about it.</translation>
    </message>
    <message>
        <source>F&amp;oresatte (velg én for å endre den)</source>
        <translation>&amp;Guardians (choose one to change it)</translation>
    </message>
    <message>
        <source>Le&amp;gg til foresatt</source>
        <translation>&amp;Add guardian</translation>
    </message>
    <message>
        <source>Legg til foresatt</source>
        <translation>Add guardian</translation>
    </message>
    <message>
        <source>F&amp;jern valgt foresatt</source>
        <translation>&amp;Remove chosen guardian</translation>
    </message>
    <message>
        <source>Fjern valgt foresatt</source>
        <translation>Remove chosen guardian</translation>
    </message>
    <message>
        <source>Foresattes fornavn</source>
        <translation>Guardian&apos;s first name</translation>
    </message>
    <message>
        <source>Foresattes etternavn</source>
        <translation>Guardian&apos;s last name</translation>
    </message>
    <message>
        <source>Relasjon til barnet</source>
        <translation>Relation to the child</translation>
    </message>
    <message>
        <source>For eksempel mor eller far</source>
        <translation>For example mother or father</translation>
    </message>
    <message>
        <source>Har foreldrean&amp;svar</source>
        <translation>Has parental re&amp;sponsibility</translation>
    </message>
    <message>
        <source>Har foreldreansvar</source>
        <translation>Has parental responsibility</translation>
    </message>
    <message>
        <source>Foresattes e-post</source>
        <translation>Guardian&apos;s email</translation>
    </message>
    <message>
        <source>Foresattes telefon</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>Foresattes fødselsnummer</source>
        <translation>Guardian&apos;s national ID number</translation>
    </message>
    <message>
        <source>Valgfritt. 11 siffer.</source>
        <translation>Optional. 11 digits.</translation>
    </message>
    <message>
        <source>Feil i foresattes fødselsnummer</source>
        <translation>Error in the guardian&apos;s national ID number</translation>
    </message>
    <message>
        <source>Fo&amp;rnavn *</source>
        <translation>Firs&amp;t name *</translation>
    </message>
    <message>
        <source>Etterna&amp;vn *</source>
        <translation>Last na&amp;me *</translation>
    </message>
    <message>
        <source>Rel&amp;asjon</source>
        <translation>Relati&amp;on</translation>
    </message>
    <message>
        <source>E-&amp;post</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Te&amp;lefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Fødselsn&amp;ummer</source>
        <translation>ID n&amp;umber</translation>
    </message>
    <message>
        <source>(valgfritt)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Feil i foresatte</source>
        <translation>Error in the guardians</translation>
    </message>
    <message>
        <source>Advarsel om e-post</source>
        <translation>Email warning</translation>
    </message>
    <message>
        <source>Merk: Ingen foresatte med foreldreansvar har e-postadresse, så den faste e-posten om loggen når ikke fram. Legg inn e-postadresse hvis du har den.</source>
        <translation>Note: No guardian with parental responsibility has an email address, so the regular email about the log will not reach them. Enter an email address if you have one.</translation>
    </message>
    <message>
        <source>Født {0} · {1} år</source>
        <translation>Born {0} · {1} years old</translation>
    </message>
    <message>
        <source>Ny foresatt</source>
        <translation>New guardian</translation>
    </message>
    <message>
        <source>foreldreansvar</source>
        <translation>parental responsibility</translation>
    </message>
    <message>
        <source>uten foreldreansvar</source>
        <translation>without parental responsibility</translation>
    </message>
    <message>
        <source>ingen e-post</source>
        <translation>no email</translation>
    </message>
    <message>
        <source>Legg inn minst én foresatt med foreldreansvar.</source>
        <translation>Enter at least one guardian with parental responsibility.</translation>
    </message>
    <message>
        <source>nummer {0}</source>
        <translation>number {0}</translation>
    </message>
    <message>
        <source>Skriv både fornavn og etternavn for foresatt {0}.</source>
        <translation>Write both the first and last name of guardian {0}.</translation>
    </message>
    <message>
        <source>Fødselsnummeret til {0} er ikke gyldig.</source>
        <translation>The national ID number of {0} is not valid.</translation>
    </message>
    <message>
        <source>Minst én foresatt må ha foreldreansvar. Det er de med foreldreansvar som samtykker til loggen.</source>
        <translation>At least one guardian must have parental responsibility. Those with parental responsibility are the ones who consent to the log.</translation>
    </message>
    <message>
        <source>Skriv barnets fornavn.</source>
        <translation>Write the child&apos;s first name.</translation>
    </message>
    <message>
        <source>Skriv barnets etternavn.</source>
        <translation>Write the child&apos;s last name.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Avslutt loggen</source>
        <translation>Close the log</translation>
    </message>
    <message>
        <source>&amp;Avslutt loggen</source>
        <translation>&amp;Close the log</translation>
    </message>
    <message>
        <source>Loggen avsluttes når stafettholder, familien og tjenestene er enige om at tiltakene har virket. Etterpå kan den bare leses. Eksporter den til PDF og legg den i barnets mappe.</source>
        <translation>The log is closed when the coordinator, the family and the services agree that the measures have worked. After that it can only be read. Export it to PDF and put it in the child&apos;s file.</translation>
    </message>
    <message>
        <source>Grunnen til at loggen avsluttes</source>
        <translation>Why the log is closed</translation>
    </message>
    <message>
        <source>&amp;Grunn:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Logg inn på kommunens server</source>
        <translation>Sign in to the municipality&apos;s server</translation>
    </message>
    <message>
        <source>Koble til kommunens server</source>
        <translation>Connect to the municipality&apos;s server</translation>
    </message>
    <message>
        <source>Innloggingen til kommunens server er utløpt. Logg inn på nytt for å synkronisere. Det du har gjort i mellomtiden, er lagret på PC-en.</source>
        <translation>Your sign-in to the municipality&apos;s server has expired. Sign in again to sync. What you have done in the meantime is saved on this PC.</translation>
    </message>
    <message>
        <source>Koble denne PC-en til kommunens Stafettlogg-server. Du får adressen av kommunens IT-ansvarlige. Loggene du har tilgang til, hentes til PC-en og lagres kryptert, så du kan arbeide uten nett.</source>
        <translation>Connect this PC to the municipality&apos;s Stafettlogg server. You get the address from the municipality&apos;s IT department. The logs you have access to are fetched to this PC and stored encrypted, so you can work offline.</translation>
    </message>
    <message>
        <source>Serveradresse</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>&amp;Serveradresse:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kommune:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Brukernavn:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Passord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Logg inn</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>&amp;Koble til</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Ser etter serveren …</source>
        <translation>Looking for the server …</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Fant ingen server på denne adressen.</source>
        <translation>No server found at this address.</translation>
    </message>
    <message>
        <source>Fant ikke serveren: {0}</source>
        <translation>Could not find the server: {0}</translation>
    </message>
    <message>
        <source>Skriv adressen til kommunens server.</source>
        <translation>Type the address of the municipality&apos;s server.</translation>
    </message>
    <message>
        <source>Skriv brukernavnet ditt.</source>
        <translation>Type your username.</translation>
    </message>
    <message>
        <source>Skriv passordet ditt.</source>
        <translation>Type your password.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Registrer samtykkeskjemaet de foresatte har skrevet under på.</source>
        <translation>Register the consent form the guardians have signed.</translation>
    </message>
    <message>
        <source>Samtykket gjelder</source>
        <translation>The consent covers</translation>
    </message>
    <message>
        <source>&amp;Opprettelse av stafettlogg (påkrevd)</source>
        <translation>Creating a &amp;relay log (required)</translation>
    </message>
    <message>
        <source>Opprettelse av stafettlogg</source>
        <translation>Creating a relay log</translation>
    </message>
    <message>
        <source>&amp;Utveksling av opplysninger på tvers av tjenester (påkrevd)</source>
        <translation>Sharing &amp;information across services (required)</translation>
    </message>
    <message>
        <source>Utveksling av opplysninger på tvers av tjenester</source>
        <translation>Sharing information across services</translation>
    </message>
    <message>
        <source>Overføring til annen &amp;enhet i kommunen</source>
        <translation>Transfer to another &amp;unit in the municipality</translation>
    </message>
    <message>
        <source>Overføring til annen enhet</source>
        <translation>Transfer to another unit</translation>
    </message>
    <message>
        <source>Overføring til annen &amp;kommune</source>
        <translation>Transfer to another &amp;municipality</translation>
    </message>
    <message>
        <source>Overføring til annen kommune</source>
        <translation>Transfer to another municipality</translation>
    </message>
    <message>
        <source>Veilederen sier at det ikke kan opprettes en logg uten samtykke til både opprettelse og utveksling av opplysninger. Overføring til en annen enhet eller kommune krever samtykke til det.</source>
        <translation>The guide says that a log cannot be created without consent to both creating it and sharing information. Transfer to another unit or municipality needs consent to that.</translation>
    </message>
    <message>
        <source>Feil i samtykkets omfang</source>
        <translation>Error in what the consent covers</translation>
    </message>
    <message>
        <source>Hvem har skrevet under?</source>
        <translation>Who has signed?</translation>
    </message>
    <message>
        <source>Alle med foreldreansvar må skrive under. Ungdom fra fylte {0} år kan samtykke selv.</source>
        <translation>Everyone with parental responsibility must sign. Young people aged {0} or over can consent on their own.</translation>
    </message>
    <message>
        <source>Ungdommen samtykker &amp;selv (fra {0} år)</source>
        <translation>The young person consents &amp;on their own (from age {0})</translation>
    </message>
    <message>
        <source>Ungdommen samtykker selv</source>
        <translation>The young person consents on their own</translation>
    </message>
    <message>
        <source>Om ungdommens samtykke</source>
        <translation>About the young person&apos;s consent</translation>
    </message>
    <message>
        <source>Manglende underskrifter</source>
        <translation>Missing signatures</translation>
    </message>
    <message>
        <source>Feil i underskriftene</source>
        <translation>Error in the signatures</translation>
    </message>
    <message>
        <source>Skjemaet</source>
        <translation>The form</translation>
    </message>
    <message>
        <source>Signert dato</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Datoen skjemaet ble skrevet under</source>
        <translation>The date the form was signed</translation>
    </message>
    <message>
        <source>Samtykket &amp;har utløpsdato</source>
        <translation>The consent &amp;has an expiry date</translation>
    </message>
    <message>
        <source>Samtykket har utløpsdato</source>
        <translation>The consent has an expiry date</translation>
    </message>
    <message>
        <source>Utløpsdato</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>&amp;Velg PDF …</source>
        <translation>Choose &amp;PDF …</translation>
    </message>
    <message>
        <source>Velg skannet PDF</source>
        <translation>Choose scanned PDF</translation>
    </message>
    <message>
        <source>Ingen fil valgt</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Valgt PDF</source>
        <translation>Chosen PDF</translation>
    </message>
    <message>
        <source>F&amp;jern</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>Fjern PDF</source>
        <translation>Remove PDF</translation>
    </message>
    <message>
        <source>Feil i PDF-filen</source>
        <translation>Error in the PDF file</translation>
    </message>
    <message>
        <source>Signert &amp;dato *</source>
        <translation>Signed &amp;date *</translation>
    </message>
    <message>
        <source>Skannet skjema (PDF, valgfritt)</source>
        <translation>Scanned form (PDF, optional)</translation>
    </message>
    <message>
        <source>Skriv ut s&amp;kjema …</source>
        <translation>Print the &amp;form …</translation>
    </message>
    <message>
        <source>Skriv ut samtykkeskjema</source>
        <translation>Print consent form</translation>
    </message>
    <message>
        <source>Skjemaet fylt ut med barnet og de foresatte, til å skrive under på</source>
        <translation>The form filled in with the child and the guardians, ready to sign</translation>
    </message>
    <message>
        <source>Skjema å skrive under på</source>
        <translation>Form to sign</translation>
    </message>
    <message>
        <source>{0}{1} har skrevet under</source>
        <translation>{0}{1} has signed</translation>
    </message>
    <message>
        <source>{0} har skrevet under</source>
        <translation>{0} has signed</translation>
    </message>
    <message>
        <source>Ungdommen var {0} år da skjemaet ble signert.</source>
        <translation>The young person was {0} when the form was signed.</translation>
    </message>
    <message>
        <source>Barnet var {0} år da skjemaet ble signert. Barnet kan samtykke selv fra fylte {1} år.</source>
        <translation>The child was {0} when the form was signed. A child can consent on their own from age {1}.</translation>
    </message>
    <message>
        <source>Ungdommen samtykker selv.</source>
        <translation>The young person consents on their own.</translation>
    </message>
    <message>
        <source>Mangler underskrift fra: {0}.</source>
        <translation>Signature missing from: {0}.</translation>
    </message>
    <message>
        <source>Alle med foreldreansvar har skrevet under.</source>
        <translation>Everyone with parental responsibility has signed.</translation>
    </message>
    <message>
        <source>Samtykket må gjelde både opprettelse av stafettlogg og utveksling av opplysninger på tvers av tjenester. Uten begge kan det ikke opprettes en logg.</source>
        <translation>The consent must cover both creating a relay log and sharing information across services. Without both, no log can be created.</translation>
    </message>
    <message>
        <source>Samtykke mangler fra {0}. Alle med foreldreansvar må skrive under, eller ungdommen selv fra fylte {1} år.</source>
        <translation>Consent is missing from {0}. Everyone with parental responsibility must sign, or the young person on their own from age {1}.</translation>
    </message>
    <message>
        <source>Leser {0} …</source>
        <translation>Reading {0} …</translation>
    </message>
    <message>
        <source>Filen kunne ikke leses: {0}</source>
        <translation>The file could not be read: {0}</translation>
    </message>
</context>
<context>
    <name>CorrectTiltakDialog</name>
    <message>
        <source>{0} · ansvarlig: {1} · lagt inn {2}</source>
        <translation>{0} · responsible: {1} · entered {2}</translation>
    </message>
    <message>
        <source>Om tiltaket</source>
        <translation>About the measure</translation>
    </message>
    <message>
        <source>Tid igjen til retting</source>
        <translation>Time left to correct</translation>
    </message>
    <message>
        <source>Om retting</source>
        <translation>About corrections</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>&amp;Tiltak</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>&amp;Startdato</source>
        <translation>S&amp;tart date</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Sl&amp;uttdato</source>
        <translation>E&amp;nd date</translation>
    </message>
    <message>
        <source>Sluttdato</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>&amp;Evalueringsdato</source>
        <translation>&amp;Evaluation date</translation>
    </message>
    <message>
        <source>Evalueringsdato</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <source>Historikk for teksten</source>
        <translation>History of the text</translation>
    </message>
    <message>
        <source>&amp;Historikk for teksten (nyeste først)</source>
        <translation>&amp;History of the text (newest first)</translation>
    </message>
    <message>
        <source>Henter historikken …</source>
        <translation>Fetching the history …</translation>
    </message>
    <message>
        <source>Du kan bare rette tiltak du selv har ansvar for.</source>
        <translation>You can only correct measures you are responsible for.</translation>
    </message>
    <message>
        <source>Tiltaket er avsluttet og kan ikke endres.</source>
        <translation>The measure has ended and cannot be changed.</translation>
    </message>
    <message>
        <source>Kan rettes i {0} til (fram til {1}).</source>
        <translation>Can be corrected for {0} more (until {1}).</translation>
    </message>
    <message>
        <source>Teksten kan ikke rettes lenger.</source>
        <translation>The text can no longer be corrected.</translation>
    </message>
    <message>
        <source>Et tiltak kan rettes i {0} timer etter at det ble lagt inn, og fristen gikk ut {1}. Teksten og historikken står som de er. Skal tiltaket endres, evaluer det og legg inn et nytt tiltak. Perioden og evalueringsdatoen kan du fortsatt endre.</source>
        <translation>A measure can be corrected for {0} hours after it was entered, and the time ran out {1}. The text and its history stay as they are. If the measure needs to change, evaluate it and enter a new measure. You can still change the period and the evaluation date.</translation>
    </message>
    <message>
        <source>Rett tiltak</source>
        <translation>Correct measure</translation>
    </message>
    <message>
        <source>{0}, {1}: «{2}» → «{3}»</source>
        <translation>{0}, {1}: “{2}” → “{3}”</translation>
    </message>
    <message>
        <source>{0}, {1}: lagt inn «{2}»</source>
        <translation>{0}, {1}: entered “{2}”</translation>
    </message>
    <message>
        <source>Ingen endringer.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>Fristen for å rette teksten er ute, så den nye teksten kan ikke lagres. Kopier den inn i et nytt tiltak.</source>
        <translation>The time for correcting the text has run out, so the new text cannot be saved. Copy it into a new measure.</translation>
    </message>
</context>
<context>
    <name>DiagramEditor</name>
    <message>
        <source>Faktordiagram-redigering</source>
        <translation>Factor diagram editing</translation>
    </message>
    <message>
        <source>Faktordiagram</source>
        <translation>Factor diagram</translation>
    </message>
    <message>
        <source>Tab går fra faktor til faktor. Piltastene flytter. N: ny faktor. L: koble.</source>
        <translation>Tab goes from factor to factor. The arrow keys move. N: new factor. L: link.</translation>
    </message>
    <message>
        <source>Faktorene i listeform</source>
        <translation>The factors as a list</translation>
    </message>
    <message>
        <source>Laster diagrammet …</source>
        <translation>Loading the diagram …</translation>
    </message>
    <message>
        <source>&amp;Ny faktor …</source>
        <translation>&amp;New factor …</translation>
    </message>
    <message>
        <source>&amp;Koble</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gjør om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Angre (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Gjør om (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Kopi&amp;er</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Lim inn</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Merk alle</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>&amp;Zoom inn</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;ut</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Tilp&amp;ass</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>Tilpass til vinduet</source>
        <translation>Fit to the window</translation>
    </message>
    <message>
        <source>Fest til rutenett</source>
        <translation>Snap to grid</translation>
    </message>
    <message>
        <source>&amp;Ordne i områdene</source>
        <translation>&amp;Arrange in the areas</translation>
    </message>
    <message>
        <source>Prioritet {0}</source>
        <translation>Priority {0}</translation>
    </message>
    <message>
        <source>Ingen prioritet</source>
        <translation>No priority</translation>
    </message>
    <message>
        <source>Ligger i &amp;tjenesten</source>
        <translation>Lies in the &amp;service</translation>
    </message>
    <message>
        <source>Ligger &amp;hjemme</source>
        <translation>Lies at &amp;home</translation>
    </message>
    <message>
        <source>Ligger hos &amp;barnet</source>
        <translation>Lies with the &amp;child</translation>
    </message>
    <message>
        <source>Sted ikke angitt</source>
        <translation>Place not given</translation>
    </message>
    <message>
        <source>Eksporter som &amp;PNG …</source>
        <translation>Export as &amp;PNG …</translation>
    </message>
    <message>
        <source>Eksporter som &amp;SVG …</source>
        <translation>Export as &amp;SVG …</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Verktøy for diagrammet</source>
        <translation>Tools for the diagram</translation>
    </message>
    <message>
        <source>&amp;Prioritet ▾</source>
        <translation>P&amp;riority ▾</translation>
    </message>
    <message>
        <source>Li&amp;gger ▾</source>
        <translation>&amp;Where ▾</translation>
    </message>
    <message>
        <source>&amp;Mer ▾</source>
        <translation>&amp;More ▾</translation>
    </message>
    <message>
        <source>Bare lesing</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Status for diagrammet</source>
        <translation>Status of the diagram</translation>
    </message>
    <message>
        <source>Dobbeltklikk i et område eller trykk N for en ny faktor · L kobler · piltastene flytter · Tab går til neste faktor · Delete sletter · Ctrl+Z angrer</source>
        <translation>Double-click in an area or press N for a new factor · L links · the arrow keys move · Tab goes to the next factor · Delete deletes · Ctrl+Z undoes</translation>
    </message>
    <message>
        <source>Faktor og liste</source>
        <translation>Factor and list</translation>
    </message>
    <message>
        <source>Valgt &amp;faktor</source>
        <translation>S&amp;elected factor</translation>
    </message>
    <message>
        <source>Liste o&amp;ver faktorene</source>
        <translation>Li&amp;st of the factors</translation>
    </message>
    <message>
        <source>Du kan se diagrammet, men ikke endre det.</source>
        <translation>You can see the diagram, but not change it.</translation>
    </message>
    <message>
        <source>Diagrammet er tomt. Dobbeltklikk i et område eller trykk N for den første faktoren.</source>
        <translation>The diagram is empty. Double-click in an area or press N for the first factor.</translation>
    </message>
    <message>
        <source>Diagrammet har ingen faktorer ennå.</source>
        <translation>The diagram has no factors yet.</translation>
    </message>
    <message>
        <source>{0} faktorer, {1} koblinger.</source>
        <translation>{0} factors, {1} links.</translation>
    </message>
    <message>
        <source>{0} av faktorene står utenfor sitt område i figuren. «Mer ▾ › Ordne i områdene» flytter dem dit.</source>
        <translation>{0} of the factors are outside their area in the figure. “More ▾ › Arrange in the areas” moves them there.</translation>
    </message>
    <message>
        <source>Diagrammet kan ikke vises: {0}</source>
        <translation>The diagram cannot be shown: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} faktorer valgt.&lt;/b&gt; Prioritet og «Ligger» i verktøylinjen gjelder alle.</source>
        <translation>&lt;b&gt;{0} factors selected.&lt;/b&gt; Priority and “Where” in the toolbar apply to all of them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingen faktor valgt.&lt;/b&gt; Velg en faktor i diagrammet eller i listen.</source>
        <translation>&lt;b&gt;No factor selected.&lt;/b&gt; Select a factor in the diagram or in the list.</translation>
    </message>
    <message>
        <source>Oppmerksomheten (midten)</source>
        <translation>The concern (the middle)</translation>
    </message>
    <message>
        <source>Opprettholder oppmerksomheten</source>
        <translation>Maintains the concern</translation>
    </message>
    <message>
        <source>Påvirker: {0}</source>
        <translation>Affects: {0}</translation>
    </message>
    <message>
        <source>Påvirkes av: {0}</source>
        <translation>Affected by: {0}</translation>
    </message>
    <message>
        <source> (evaluert)</source>
        <translation> (evaluated)</translation>
    </message>
    <message>
        <source>Ingen tiltak er satt inn her ennå.</source>
        <translation>No measures have been put in here yet.</translation>
    </message>
    <message>
        <source> (nå ved: {0})</source>
        <translation> (now at: {0})</translation>
    </message>
    <message>
        <source>Endre tekst</source>
        <translation>Change text</translation>
    </message>
    <message>
        <source>Endre område</source>
        <translation>Change area</translation>
    </message>
    <message>
        <source>Slettet. Angre med Ctrl+Z.</source>
        <translation>Deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Ordne i områdene</source>
        <translation>Arrange in the areas</translation>
    </message>
    <message>
        <source>{0} faktorer flyttet inn i sitt område.</source>
        <translation>{0} factors moved into their area.</translation>
    </message>
    <message>
        <source>Alle faktorene står allerede i sitt område.</source>
        <translation>All the factors are already in their area.</translation>
    </message>
    <message>
        <source>Sett prioritet {0}</source>
        <translation>Set priority {0}</translation>
    </message>
    <message>
        <source>Fjern prioritet</source>
        <translation>Remove priority</translation>
    </message>
    <message>
        <source>Endre hvor faktoren ligger</source>
        <translation>Change where the factor lies</translation>
    </message>
    <message>
        <source>Faktoren ligger i egen tjeneste, og må derfor arbeides med av tjenesten selv.</source>
        <translation>The factor lies in your own service, so the service must work on it itself.</translation>
    </message>
    <message>
        <source>Faktorene er allerede koblet sammen.</source>
        <translation>The factors are already linked.</translation>
    </message>
    <message>
        <source>Koblet.</source>
        <translation>Linked.</translation>
    </message>
    <message>
        <source>Koble: klikk på det faktoren påvirker (en faktor eller oppmerksomheten), eller Tab dit og Enter. Esc avbryter.</source>
        <translation>Link: click what the factor affects (a factor or the concern), or Tab there and press Enter. Esc cancels.</translation>
    </message>
    <message>
        <source>Koble: klikk på faktoren du vil koble fra, så på det den påvirker. Esc avbryter.</source>
        <translation>Link: click the factor you want to link from, then what it affects. Esc cancels.</translation>
    </message>
    <message>
        <source>{0} faktorer kopiert.</source>
        <translation>{0} factors copied.</translation>
    </message>
    <message>
        <source>Faktoren er kopiert.</source>
        <translation>The factor has been copied.</translation>
    </message>
    <message>
        <source>Eksporter faktordiagrammet</source>
        <translation>Export the factor diagram</translation>
    </message>
    <message>
        <source>PNG-bilde (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG-tegning (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>faktordiagram.{0}</source>
        <translation>factor-diagram.{0}</translation>
    </message>
    <message>
        <source>Diagrammet er lagret i {0}.</source>
        <translation>The diagram has been saved in {0}.</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Opprettholdende faktorer for {0}</source>
        <translation>Maintaining factors for {0}</translation>
    </message>
    <message>
        <source>→ tiltak: {0}</source>
        <translation>→ measures: {0}</translation>
    </message>
</context>
<context>
    <name>EksportDialog</name>
    <message>
        <source>Lagre PDF for barnets mappe</source>
        <translation>Save PDF for the child&apos;s file</translation>
    </message>
    <message>
        <source>Eksporter som PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Loggen er avsluttet. Lagre den som PDF, og legg PDF-en i barnets mappe slik veilederen sier.</source>
        <translation>The log is closed. Save it as a PDF, and put the PDF in the child&apos;s file as the guide says.</translation>
    </message>
    <message>
        <source>Lag en PDF av loggen til {0}. PDF-en er taushetsbelagt: lagre den bare der den skal være.</source>
        <translation>Make a PDF of the log for {0}. The PDF is confidential: save it only where it belongs.</translation>
    </message>
    <message>
        <source>Oppmerksomheter</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>&amp;Alle oppmerksomhetene</source>
        <translation>&amp;All concerns</translation>
    </message>
    <message>
        <source>Alle oppmerksomhetene</source>
        <translation>All concerns</translation>
    </message>
    <message>
        <source>&amp;Utvalgte oppmerksomheter</source>
        <translation>&amp;Selected concerns</translation>
    </message>
    <message>
        <source>Utvalgte oppmerksomheter</source>
        <translation>Selected concerns</translation>
    </message>
    <message>
        <source>Oppmerksomheter som tas med</source>
        <translation>Concerns to include</translation>
    </message>
    <message>
        <source>Ta også med</source>
        <translation>Also include</translation>
    </message>
    <message>
        <source>&amp;Vedleggene til notatene ({0} PDF), bakerst</source>
        <translation>A&amp;ttachments to the notes ({0} PDF), at the end</translation>
    </message>
    <message>
        <source>Ta med vedleggene</source>
        <translation>Include the attachments</translation>
    </message>
    <message>
        <source>&amp;Historikken: alle endringer i loggen</source>
        <translation>The &amp;history: every change in the log</translation>
    </message>
    <message>
        <source>Ta med historikken</source>
        <translation>Include the history</translation>
    </message>
    <message>
        <source>&amp;Lagre som PDF …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Alle oppmerksomhetene du har tilgang til</source>
        <translation>&amp;All concerns you have access to</translation>
    </message>
    <message>
        <source>Du har lesetilgang til utvalgte oppmerksomheter. PDF-en viser bare dem, uten notater, møter og historikk.</source>
        <translation>You have read access to selected concerns. The PDF shows only those, without notes, meetings and history.</translation>
    </message>
    <message>
        <source>Notater, møter og historikk gjelder hele loggen. De tas bare med når alle oppmerksomhetene er valgt.</source>
        <translation>Notes, meetings and history cover the whole log. They are only included when all concerns are chosen.</translation>
    </message>
    <message>
        <source>Velg minst én oppmerksomhet, eller velg «Alle oppmerksomhetene».</source>
        <translation>Choose at least one concern, or choose “All concerns”.</translation>
    </message>
    <message>
        <source>Henter loggen …</source>
        <translation>Fetching the log …</translation>
    </message>
    <message>
        <source>Lager PDF-en …</source>
        <translation>Making the PDF …</translation>
    </message>
    <message>
        <source>PDF-en er lagret: {0}</source>
        <translation>The PDF has been saved: {0}</translation>
    </message>
</context>
<context>
    <name>EnhetDialog</name>
    <message>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>&amp;Opprett enheten</source>
        <translation>&amp;Create the unit</translation>
    </message>
    <message>
        <source>En enhet er for eksempel én barnehage eller én skole. Den hører til en tjeneste.</source>
        <translation>A unit is, for example, one kindergarten or one school. It belongs to a service.</translation>
    </message>
    <message>
        <source>Navnet på enheten</source>
        <translation>Name of the unit</translation>
    </message>
    <message>
        <source>For eksempel «Solsikken barnehage»</source>
        <translation>For example “Solsikken barnehage”</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Tjeneste:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>Legg inn en tjeneste først.</source>
        <translation>Add a service first.</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Evaluer tiltaket</source>
        <translation>Evaluate the measure</translation>
    </message>
    <message>
        <source>&amp;Lagre evalueringen</source>
        <translation>&amp;Save evaluation</translation>
    </message>
    <message>
        <source>Tiltaket</source>
        <translation>The measure</translation>
    </message>
    <message>
        <source>{0} · ansvarlig: {1} · periode {2}–{3} · evalueringsdato {4}</source>
        <translation>{0} · responsible: {1} · period {2}–{3} · evaluation date {4}</translation>
    </message>
    <message>
        <source>Om tiltaket</source>
        <translation>About the measure</translation>
    </message>
    <message>
        <source>Evaluer i et møte, fysisk eller på telefon, med aktørene som har aktive tiltak. Et tiltak kan bare evalueres én gang.</source>
        <translation>Evaluate in a meeting, in person or by phone, with the actors who have active measures. A measure can only be evaluated once.</translation>
    </message>
    <message>
        <source>Om evalueringen</source>
        <translation>About the evaluation</translation>
    </message>
    <message>
        <source>Familiens vurdering</source>
        <translation>The family&apos;s view</translation>
    </message>
    <message>
        <source>Hva sier barnet, mor og far? For eksempel: Ella sier at hun liker å spise selv.</source>
        <translation>What do the child, mother and father say? For example: Ella says she likes eating by herself.</translation>
    </message>
    <message>
        <source>Barnet og familien har siste ord i evalueringen.</source>
        <translation>The child and the family have the last word in the evaluation.</translation>
    </message>
    <message>
        <source>Familiens &amp;vurdering – barnet og familien har siste ord. Skriv hva de sier, før dere bestemmer:</source>
        <translation>The &amp;family&apos;s view – the child and the family have the last word. Write what they say before you decide:</translation>
    </message>
    <message>
        <source>Er målet nådd?</source>
        <translation>Has the goal been reached?</translation>
    </message>
    <message>
        <source>&amp;Ja</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Ja, målet er nådd</source>
        <translation>Yes, the goal has been reached</translation>
    </message>
    <message>
        <source>&amp;Nei</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Nei, målet er ikke nådd</source>
        <translation>No, the goal has not been reached</translation>
    </message>
    <message>
        <source>Hva gjør dere videre?</source>
        <translation>What do you do next?</translation>
    </message>
    <message>
        <source>Svar først på om målet er nådd.</source>
        <translation>First answer whether the goal has been reached.</translation>
    </message>
    <message>
        <source>Neste steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Sette nye &amp;mål – tiltaket avsluttes</source>
        <translation>Set new &amp;goals – the measure ends</translation>
    </message>
    <message>
        <source>Nye mål</source>
        <translation>New goals</translation>
    </message>
    <message>
        <source>F&amp;ortsette – samme tiltak i en ny periode, og det evalueres på nytt</source>
        <translation>&amp;Continue – the same measure for a new period, and it is evaluated again</translation>
    </message>
    <message>
        <source>Fortsette</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Endre mål&amp;settingen – tiltaket avsluttes, og dere setter et nytt mål</source>
        <translation>Change the goa&amp;l – the measure ends, and you set a new goal</translation>
    </message>
    <message>
        <source>Endre målsetting</source>
        <translation>Change the goal</translation>
    </message>
    <message>
        <source>Endre t&amp;iltaket – tiltaket avsluttes, og dere legger inn et nytt</source>
        <translation>Change the &amp;measure – the measure ends, and you enter a new one</translation>
    </message>
    <message>
        <source>Endre tiltak</source>
        <translation>Change the measure</translation>
    </message>
    <message>
        <source>&amp;Avslutte tiltaket</source>
        <translation>&amp;End the measure</translation>
    </message>
    <message>
        <source>Avslutte tiltaket</source>
        <translation>End the measure</translation>
    </message>
    <message>
        <source>Ny evalueringsdato</source>
        <translation>New evaluation date</translation>
    </message>
    <message>
        <source>Ny &amp;evalueringsdato for den nye perioden:</source>
        <translation>New e&amp;valuation date for the new period:</translation>
    </message>
    <message>
        <source>Tiltaket er &amp;feilregistrert (for eksempel med feil ansvarlig)</source>
        <translation>The measure was &amp;registered in error (for example with the wrong person responsible)</translation>
    </message>
    <message>
        <source>Feilregistrert</source>
        <translation>Registered in error</translation>
    </message>
    <message>
        <source>Et feilregistrert tiltak lukkes uten å vurderes mot målet. Velger du riktig ansvarlig, legges det samme tiltaket inn på nytt med riktig aktør og samme periode, og det nye erstatter det gamle.</source>
        <translation>A measure registered in error is closed without being assessed against the goal. If you choose the right person responsible, the same measure is entered again with the right actor and the same period, and the new one replaces the old.</translation>
    </message>
    <message>
        <source>Et feilregistrert tiltak lukkes uten å vurderes mot målet. {0} har alltid samme ansvarlig, så det er ingen annen ansvarlig å velge.</source>
        <translation>A measure registered in error is closed without being assessed against the goal. {0} always has the same person responsible, so there is no one else to choose.</translation>
    </message>
    <message>
        <source>Om feilregistrering</source>
        <translation>About registering in error</translation>
    </message>
    <message>
        <source>Riktig ansvarlig</source>
        <translation>Right person responsible</translation>
    </message>
    <message>
        <source>Ingen ny ansvarlig – bare marker tiltaket som feilregistrert</source>
        <translation>No new person responsible – just mark the measure as registered in error</translation>
    </message>
    <message>
        <source>&amp;Riktig ansvarlig (valgfritt)</source>
        <translation>Right &amp;person responsible (optional)</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>&amp;Kommentar</source>
        <translation>C&amp;omment</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Ikke knyttet til et møte</source>
        <translation>Not linked to a meeting</translation>
    </message>
    <message>
        <source>Mø&amp;te</source>
        <translation>Mee&amp;ting</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Dato for evalueringen</source>
        <translation>&amp;Date of the evaluation</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ikke vurdert (feilregistrert)</source>
        <translation>not assessed (registered in error)</translation>
    </message>
    <message>
        <source>Tiltaket er allerede evaluert.</source>
        <translation>The measure has already been evaluated.</translation>
    </message>
    <message>
        <source>Det ble evaluert {0} av {1}. Et tiltak kan bare evalueres én gang.</source>
        <translation>It was evaluated on {0} by {1}. A measure can only be evaluated once.</translation>
    </message>
    <message>
        <source>Målet nådd: {0}</source>
        <translation>Goal reached: {0}</translation>
    </message>
    <message>
        <source>Beslutning: {0}</source>
        <translation>Decision: {0}</translation>
    </message>
    <message>
        <source>Familiens vurdering: {0}</source>
        <translation>The family&apos;s view: {0}</translation>
    </message>
    <message>
        <source>Kommentar: {0}</source>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <source>Tiltaket kan ikke evalueres nå.</source>
        <translation>The measure cannot be evaluated now.</translation>
    </message>
    <message>
        <source>Tiltaket er et planlagt trinn i tiltakstrappen. Det kan evalueres når det er blitt aktivt, etter at trinnet før er evaluert.</source>
        <translation>The measure is a planned step on the measure ladder. It can be evaluated once it has become active, after the step before it has been evaluated.</translation>
    </message>
    <message>
        <source>Tiltaket er avsluttet og kan ikke evalueres.</source>
        <translation>The measure has ended and cannot be evaluated.</translation>
    </message>
    <message>
        <source>Bare den ansvarlige og stafettholderen kan evaluere dette tiltaket.</source>
        <translation>Only the person responsible and the coordinator can evaluate this measure.</translation>
    </message>
    <message>
        <source>Status for evalueringen</source>
        <translation>Status of the evaluation</translation>
    </message>
    <message>
        <source>Evalueringen</source>
        <translation>The evaluation</translation>
    </message>
    <message>
        <source>Svar på om målet er nådd: ja eller nei.</source>
        <translation>Answer whether the goal has been reached: yes or no.</translation>
    </message>
    <message>
        <source>Velg hva dere gjør videre.</source>
        <translation>Choose what you do next.</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Eksporter stafettlogg</source>
        <translation>Export relay log</translation>
    </message>
    <message>
        <source>Pakken er kryptert til mottakerkommunens nøkkel og signert med vår. Bare den kommunen kan åpne den, og de ser at den kommer fra oss. Send filen på en trygg måte; du har ansvaret for loggen til de har svart med en kvittering.</source>
        <translation>The package is encrypted to the receiving municipality&apos;s key and signed with ours. Only that municipality can open it, and they can see that it comes from us. Send the file in a secure way; you are responsible for the log until they have answered with a receipt.</translation>
    </message>
    <message>
        <source>Barnet:</source>
        <translation>Child:</translation>
    </message>
    <message>
        <source>Til:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Grunn:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Mottakerkommunens nøkkel</source>
        <translation>The receiving municipality&apos;s key</translation>
    </message>
    <message>
        <source>&amp;Mottakerens nøkkel:</source>
        <translation>&amp;Recipient&apos;s key:</translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Fingeravtrykk:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Det skal være fingeravtrykket mottakerkommunen leste for dere på telefon.</source>
        <translation>It should be the fingerprint the receiving municipality read to you on the phone.</translation>
    </message>
    <message>
        <source>Dette følger med</source>
        <translation>Included</translation>
    </message>
    <message>
        <source>Oppmerksomheter som følger med</source>
        <translation>Concerns included</translation>
    </message>
    <message>
        <source>Innhold i pakken</source>
        <translation>Contents of the package</translation>
    </message>
    <message>
        <source>Oppmerksomhetene familien valgte (de andre blir igjen her):</source>
        <translation>The concerns the family chose (the others stay here):</translation>
    </message>
    <message>
        <source>&amp;Lagre pakken …</source>
        <translation>&amp;Save the package …</translation>
    </message>
    <message>
        <source>Lagre pakken</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <source>Kommunen har ingen nøkler ennå. Be kommuneadministratoren åpne «Kommunens nøkler».</source>
        <translation>The municipality has no keys yet. Ask the municipal administrator to open “Municipality keys”.</translation>
    </message>
    <message>
        <source>Kommunen kjenner ingen andre kommuners nøkler. Be kommuneadministratoren lese inn nøkkelfilen til mottakerkommunen under «Kommunens nøkler».</source>
        <translation>The municipality knows no other municipalities&apos; keys. Ask the municipal administrator to load the receiving municipality&apos;s key file under “Municipality keys”.</translation>
    </message>
    <message>
        <source>Pakken er lagret som {0}. Send den til {1}. Når de har svart, les inn kvitteringen med Fil → «Les inn kvittering …».</source>
        <translation>The package has been saved as {0}. Send it to {1}. When they have answered, load the receipt with File → “Load receipt …”.</translation>
    </message>
</context>
<context>
    <name>FaktorPanel</name>
    <message>
        <source>Valgt faktor</source>
        <translation>Selected factor</translation>
    </message>
    <message>
        <source>Om valgt faktor</source>
        <translation>About the selected factor</translation>
    </message>
    <message>
        <source>Faktorens tekst</source>
        <translation>The factor&apos;s text</translation>
    </message>
    <message>
        <source>Enter lagrer, Shift+Enter gir ny linje.</source>
        <translation>Enter saves, Shift+Enter gives a new line.</translation>
    </message>
    <message>
        <source>Område for faktoren</source>
        <translation>Area of the factor</translation>
    </message>
    <message>
        <source>Prioritet for faktoren</source>
        <translation>Priority of the factor</translation>
    </message>
    <message>
        <source>Hvor faktoren ligger</source>
        <translation>Where the factor lies</translation>
    </message>
    <message>
        <source>Faktoren ligger i egen tjeneste. Tjenesten må selv arbeide med den.</source>
        <translation>The factor lies in your own service. The service must work on it itself.</translation>
    </message>
    <message>
        <source>Merknad om egen tjeneste</source>
        <translation>Note about your own service</translation>
    </message>
    <message>
        <source>&amp;Tekst:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Område:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>P&amp;rioritet:</source>
        <translation>Priorit&amp;y:</translation>
    </message>
    <message>
        <source>L&amp;igger:</source>
        <translation>W&amp;here:</translation>
    </message>
    <message>
        <source>Koblinger</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Koblinger for faktoren</source>
        <translation>Links of the factor</translation>
    </message>
    <message>
        <source>Koble til</source>
        <translation>Link to</translation>
    </message>
    <message>
        <source>Ko&amp;ble</source>
        <translation>Lin&amp;k</translation>
    </message>
    <message>
        <source>Koble faktoren</source>
        <translation>Link the factor</translation>
    </message>
    <message>
        <source>Fjern koblingen</source>
        <translation>Remove the link</translation>
    </message>
    <message>
        <source>Tiltak settes inn her</source>
        <translation>Measures are put in here</translation>
    </message>
    <message>
        <source>Tiltak satt inn her</source>
        <translation>Measures put in here</translation>
    </message>
    <message>
        <source>G&amp;å til tiltaket</source>
        <translation>&amp;Go to the measure</translation>
    </message>
    <message>
        <source>Gå til tiltaket</source>
        <translation>Go to the measure</translation>
    </message>
    <message>
        <source>Fjern fra faktoren</source>
        <translation>Remove from the factor</translation>
    </message>
    <message>
        <source>Ta tiltaket bort fra faktoren</source>
        <translation>Take the measure away from the factor</translation>
    </message>
    <message>
        <source>Tiltak å sette inn her</source>
        <translation>Measure to put in here</translation>
    </message>
    <message>
        <source>Sett inn &amp;her</source>
        <translation>P&amp;ut in here</translation>
    </message>
    <message>
        <source>Sett tiltaket inn her</source>
        <translation>Put the measure in here</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Gi lesetilgang</source>
        <translation>Grant read access</translation>
    </message>
    <message>
        <source>&amp;Gi lesetilgang</source>
        <translation>&amp;Grant read access</translation>
    </message>
    <message>
        <source>Med lesetilgang kan en ansatt lese loggen uten å ha ansvar for et tiltak. Det krever at foreldrene har samtykket til at akkurat denne personen får lese.</source>
        <translation>With read access an employee can read the log without being responsible for a measure. It requires the parents&apos; consent for exactly this person to read it.</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Skriv for å søke på navn, stilling eller enhet</source>
        <translation>Type to search by name, position or unit</translation>
    </message>
    <message>
        <source>Henter ansatte …</source>
        <translation>Fetching employees …</translation>
    </message>
    <message>
        <source>&amp;Ansatt:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>&amp;Samtykke:</source>
        <translation>&amp;Consent:</translation>
    </message>
    <message>
        <source>Om samtykket</source>
        <translation>About the consent</translation>
    </message>
    <message>
        <source>&amp;Registrer samtykke til lesetilgang …</source>
        <translation>&amp;Register consent to read access …</translation>
    </message>
    <message>
        <source>Registrer samtykke til lesetilgang</source>
        <translation>Register consent to read access</translation>
    </message>
    <message>
        <source> (aktør i loggen, leser den allerede)</source>
        <translation> (actor in the log, already reads it)</translation>
    </message>
    <message>
        <source>Velg eller skriv et navn</source>
        <translation>Choose or type a name</translation>
    </message>
    <message>
        <source>Foreldrene har ikke samtykket til at {0} kan lese loggen. Alle med foreldreansvar må signere et samtykke først. Når du har det signerte skjemaet, registrerer du det her.</source>
        <translation>The parents have not consented to {0} reading the log. Everyone with parental responsibility must sign a consent first. When you have the signed form, register it here.</translation>
    </message>
    <message>
        <source>skannet skjema er lagret</source>
        <translation>scanned form saved</translation>
    </message>
    <message>
        <source>uten skannet skjema</source>
        <translation>no scanned form</translation>
    </message>
    <message>
        <source>Signert {0} – {1} ({2})</source>
        <translation>Signed {0} – {1} ({2})</translation>
    </message>
    <message>
        <source>Velg hvem som skal få lesetilgang.</source>
        <translation>Choose who is to get read access.</translation>
    </message>
    <message>
        <source>{0} kan ikke få lesetilgang uten samtykke fra foreldrene. Registrer det signerte samtykket først.</source>
        <translation>{0} cannot get read access without the parents&apos; consent. Register the signed consent first.</translation>
    </message>
</context>
<context>
    <name>HistorikkPage</name>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Hvem tiltaket gjelder</source>
        <translation>Who the measure is for</translation>
    </message>
    <message>
        <source>Evalueringsdato</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Trinn i tiltakstrappen</source>
        <translation>Step on the measure ladder</translation>
    </message>
    <message>
        <source>Lagt inn av</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Skrevet av</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Evaluert av</source>
        <translation>Evaluated by</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Familiens vurdering</source>
        <translation>The family&apos;s view</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Målet er nådd</source>
        <translation>The goal is reached</translation>
    </message>
    <message>
        <source>Erstattet</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Plassering (vannrett)</source>
        <translation>Position (horizontal)</translation>
    </message>
    <message>
        <source>Plassering (loddrett)</source>
        <translation>Position (vertical)</translation>
    </message>
    <message>
        <source>Mål (A)</source>
        <translation>Goal (A)</translation>
    </message>
    <message>
        <source>Mål (B)</source>
        <translation>Goal (B)</translation>
    </message>
    <message>
        <source>Mål (C)</source>
        <translation>Goal (C)</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Internt</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Kjennetegn på måloppnåelse</source>
        <translation>Signs that the goal is reached</translation>
    </message>
    <message>
        <source>Rekkefølge</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Bekymringen</source>
        <translation>The worry</translation>
    </message>
    <message>
        <source>Opprettholdende faktorer</source>
        <translation>What keeps it going</translation>
    </message>
    <message>
        <source>Barnets stemme</source>
        <translation>The child&apos;s voice</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Satt passiv</source>
        <translation>Set passive</translation>
    </message>
    <message>
        <source>Grunn til avslutning</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Hele loggen</source>
        <translation>The whole log</translation>
    </message>
    <message>
        <source>Oppmerksomheter</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Fjernet</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Lesetilgang for</source>
        <translation>Read access for</translation>
    </message>
    <message>
        <source>Signert av</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signert av ungdommen</source>
        <translation>Signed by the young person</translation>
    </message>
    <message>
        <source>Samtykke til å opprette logg</source>
        <translation>Consent to create a log</translation>
    </message>
    <message>
        <source>Samtykke til å utveksle opplysninger</source>
        <translation>Consent to share information</translation>
    </message>
    <message>
        <source>Samtykke til overføring til annen enhet</source>
        <translation>Consent to transfer to another unit</translation>
    </message>
    <message>
        <source>Samtykke til overføring til annen kommune</source>
        <translation>Consent to transfer to another municipality</translation>
    </message>
    <message>
        <source>Signert dato</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Utløper</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Trukket</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Grunn til at samtykket ble trukket</source>
        <translation>Why the consent was withdrawn</translation>
    </message>
    <message>
        <source>Filnavn</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Filtype</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Størrelse (byte)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grunn</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Til kommune</source>
        <translation>To municipality</translation>
    </message>
    <message>
        <source>Begrunnelse for svaret</source>
        <translation>Reason for the answer</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Er det målbart, med et sluttpunkt?</source>
        <translation>Is it measurable, with an end point?</translation>
    </message>
    <message>
        <source>Er målet akseptert av barnet og foreldrene?</source>
        <translation>Is the goal accepted by the child and the parents?</translation>
    </message>
    <message>
        <source>Er målet realistisk?</source>
        <translation>Is the goal realistic?</translation>
    </message>
    <message>
        <source>Er det satt en tidsperiode for tiltak og evaluering?</source>
        <translation>Is there a set time period for measures and evaluation?</translation>
    </message>
    <message>
        <source>Er målet enkelt og forståelig?</source>
        <translation>Is the goal simple and easy to understand?</translation>
    </message>
    <message>
        <source>(ukjent)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kort fortalt</source>
        <translation>In short</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Alle endringer i loggen: hvem, når og hva – og hva som sto der før. Teksten i et tiltak låses etter 8 timer, men rettelsene som ble gjort før det, står her.</source>
        <translation>Every change in the log: who, when and what – and what was there before. The text of a measure is locked after 8 hours, but the corrections made before then are shown here.</translation>
    </message>
    <message>
        <source>Filtrer historikken</source>
        <translation>Filter the history</translation>
    </message>
    <message>
        <source>Filtrer på hvem, hva eller tekst … (Ctrl+F)</source>
        <translation>Filter by who, what or text … (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>Antall endringer</source>
        <translation>Number of changes</translation>
    </message>
    <message>
        <source>Feilmelding om historikken</source>
        <translation>Error message about the history</translation>
    </message>
    <message>
        <source>Endringer i loggen</source>
        <translation>Changes in the log</translation>
    </message>
    <message>
        <source>Valgt endring</source>
        <translation>Chosen change</translation>
    </message>
    <message>
        <source>Endrede felt</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <source>&amp;Endringer:</source>
        <translation>C&amp;hanges:</translation>
    </message>
    <message>
        <source>&amp;Hva som ble endret:</source>
        <translation>&amp;What was changed:</translation>
    </message>
    <message>
        <source>Henter historikken …</source>
        <translation>Fetching the history …</translation>
    </message>
    <message>
        <source>{0} endringer</source>
        <translation>{0} changes</translation>
    </message>
    <message>
        <source>1 endring</source>
        <translation>1 change</translation>
    </message>
    <message>
        <source>{0} av {1} endringer</source>
        <translation>{0} of {1} changes</translation>
    </message>
    <message>
        <source>Ingen endring valgt.</source>
        <translation>No change chosen.</translation>
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
        <translation>Import relay log</translation>
    </message>
    <message>
        <source>Avsender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Avsenderens fingeravtrykk</source>
        <translation>Sender&apos;s fingerprint</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Fra:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Fingeravtrykk:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Barnet:</source>
        <translation>Child:</translation>
    </message>
    <message>
        <source>Foresatte:</source>
        <translation>Guardians:</translation>
    </message>
    <message>
        <source>Grunn:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Oppmerksomheter som følger med</source>
        <translation>Concerns included</translation>
    </message>
    <message>
        <source>Oppmerksomheter i pakken</source>
        <translation>Concerns in the package</translation>
    </message>
    <message>
        <source>Godta</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Loggen blir en logg i vår kommune med stafettholderen du velger. Tiltak i tjenesten hos avsenderen avsluttes ved importen, fordi de ansvarlige arbeider der. Tiltak i hjemmet og barnets egne tiltak fortsetter.</source>
        <translation>The log becomes a log in our municipality with the coordinator you choose. Measures in the sender&apos;s service are ended on import, because the people responsible work there. Measures at home and the child&apos;s own measures continue.</translation>
    </message>
    <message>
        <source>Ny stafettholder</source>
        <translation>New coordinator</translation>
    </message>
    <message>
        <source>Ny &amp;stafettholder:</source>
        <translation>New &amp;coordinator:</translation>
    </message>
    <message>
        <source>Avvis</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Grunn til å avvise</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <source>Skriv grunnen her hvis dere avviser overføringen.</source>
        <translation>Write the reason here if you decline the transfer.</translation>
    </message>
    <message>
        <source>G&amp;runn til at dere avviser:</source>
        <translation>&amp;Reason for declining:</translation>
    </message>
    <message>
        <source>Uansett svar lagrer du en kvittering som du sender tilbake til avsenderen.</source>
        <translation>Whatever you answer, you save a receipt that you send back to the sender.</translation>
    </message>
    <message>
        <source>&amp;Godta og importer …</source>
        <translation>&amp;Accept and import …</translation>
    </message>
    <message>
        <source>Godta og importer</source>
        <translation>Accept and import</translation>
    </message>
    <message>
        <source>&amp;Avvis …</source>
        <translation>&amp;Decline …</translation>
    </message>
    <message>
        <source>Dette er en kvittering. Les den inn med Fil → «Les inn kvittering …».</source>
        <translation>This is a receipt. Load it with File → “Load receipt …”.</translation>
    </message>
    <message>
        <source>{0}, født {1}</source>
        <translation>{0}, born {1}</translation>
    </message>
    <message>
        <source>Med: {0}.</source>
        <translation>Includes: {0}.</translation>
    </message>
    <message>
        <source>Ingen her kan bli stafettholder: krysset av som aktør og stafettholder i en enhet.</source>
        <translation>Nobody here can become coordinator: that requires being ticked as actor and coordinator in a unit.</translation>
    </message>
    <message>
        <source>Lagre kvitteringen</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>Loggen er lest inn. Kvitteringen er lagret som {0}. Send den til {1}.</source>
        <translation>The log has been imported. The receipt has been saved as {0}. Send it to {1}.</translation>
    </message>
    <message>
        <source>Skriv grunnen til at dere avviser overføringen.</source>
        <translation>Write why you are declining the transfer.</translation>
    </message>
    <message>
        <source>Overføringen er avvist. Kvitteringen er lagret som {0}. Send den til {1}.</source>
        <translation>The transfer has been declined. The receipt has been saved as {0}. Send it to {1}.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Kommunens nøkler</source>
        <translation>Municipality keys</translation>
    </message>
    <message>
        <source>Vår nøkkel</source>
        <translation>Our key</translation>
    </message>
    <message>
        <source>Vårt fingeravtrykk</source>
        <translation>Our fingerprint</translation>
    </message>
    <message>
        <source>&amp;Lag kommunens nøkler</source>
        <translation>&amp;Create the municipality&apos;s keys</translation>
    </message>
    <message>
        <source>Lag kommunens nøkler</source>
        <translation>Create the municipality&apos;s keys</translation>
    </message>
    <message>
        <source>&amp;Eksporter nøkkelfil …</source>
        <translation>&amp;Export key file …</translation>
    </message>
    <message>
        <source>Eksporter nøkkelfil</source>
        <translation>Export key file</translation>
    </message>
    <message>
        <source>Andre kommuner vi kjenner</source>
        <translation>Other municipalities we know</translation>
    </message>
    <message>
        <source>Les inn nøkkelfilen fra en annen kommune før dere sender eller tar imot en stafettlogg. Ring kommuneadministratoren der og les fingeravtrykket høyt for hverandre: bare når det stemmer, vet dere at filen kommer fra dem.</source>
        <translation>Load the key file from another municipality before you send or receive a relay log. Call the municipal administrator there and read the fingerprints aloud to each other: only when they match do you know that the file comes from them.</translation>
    </message>
    <message>
        <source>Kjente kommuner</source>
        <translation>Known municipalities</translation>
    </message>
    <message>
        <source>Les &amp;inn nøkkelfil …</source>
        <translation>&amp;Load key file …</translation>
    </message>
    <message>
        <source>Les inn nøkkelfil</source>
        <translation>Load key file</translation>
    </message>
    <message>
        <source>&amp;Fjern nøkkelen</source>
        <translation>&amp;Remove the key</translation>
    </message>
    <message>
        <source>Fjern nøkkelen</source>
        <translation>Remove the key</translation>
    </message>
    <message>
        <source>Sjekk fingeravtrykket</source>
        <translation>Check the fingerprint</translation>
    </message>
    <message>
        <source>Fingeravtrykk i filen</source>
        <translation>Fingerprint in the file</translation>
    </message>
    <message>
        <source>Fingeravtrykket &amp;stemmer – legg til</source>
        <translation>The fingerprint &amp;matches – add</translation>
    </message>
    <message>
        <source>Fingeravtrykket stemmer</source>
        <translation>The fingerprint matches</translation>
    </message>
    <message>
        <source>Stemmer ikke – a&amp;vbryt</source>
        <translation>Does not match – ca&amp;ncel</translation>
    </message>
    <message>
        <source>Stemmer ikke</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <source>De private nøklene ligger kryptert i arbeidsområdet og forlater aldri denne PC-en. Når kommunen kobler PC-ene til en felles server, skal nøklene ligge på serveren.</source>
        <translation>The private keys are stored encrypted in the workspace and never leave this PC. When the municipality connects its PCs to a shared server, the keys will be kept on the server.</translation>
    </message>
    <message>
        <source>{0} ({1}) har ingen nøkler ennå. Lag dem én gang; de gjelder for hele kommunen.</source>
        <translation>{0} ({1}) has no keys yet. Create them once; they apply to the whole municipality.</translation>
    </message>
    <message>
        <source>Fingeravtrykket til {0} ({1}). Les det for den andre kommunen når de ringer:</source>
        <translation>The fingerprint of {0} ({1}). Read it to the other municipality when they call:</translation>
    </message>
    <message>
        <source>Nøkkelfilen er lagret som {0}. Den er ikke hemmelig og kan sendes med e-post.</source>
        <translation>The key file has been saved as {0}. It is not secret and can be sent by email.</translation>
    </message>
    <message>
        <source>Ring kommuneadministratoren i {0} ({1}) på et nummer du finner selv, ikke i e-posten. Be dem lese fingeravtrykket sitt. Stemmer det med dette?</source>
        <translation>Call the municipal administrator in {0} ({1}) on a number you find yourself, not one from the email. Ask them to read their fingerprint. Does it match this one?</translation>
    </message>
    <message>
        <source>Nøkkelen til {0} er lagt til.</source>
        <translation>The key for {0} has been added.</translation>
    </message>
    <message>
        <source>Velg nøkkelen som skal fjernes.</source>
        <translation>Choose the key to remove.</translation>
    </message>
</context>
<context>
    <name>KommuneTab</name>
    <message>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>Kommunens navn</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <source>Deler av kommunesiden</source>
        <translation>Parts of the municipality page</translation>
    </message>
    <message>
        <source>Tjenester og enheter</source>
        <translation>Services and units</translation>
    </message>
    <message>
        <source>Ledere</source>
        <translation>Unit leaders</translation>
    </message>
    <message>
        <source>Eksterne aktører</source>
        <translation>External actors</translation>
    </message>
    <message>
        <source>Hvem kan finnes på hvilket nivå</source>
        <translation>Who is available at which level</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Feilmelding om kommunen</source>
        <translation>Error message about the municipality</translation>
    </message>
    <message>
        <source>Ingen leder</source>
        <translation>No unit leader</translation>
    </message>
    <message>
        <source>En tjeneste er en type virksomhet, som barnehage eller skole. En enhet er én virksomhet i tjenesten, som én barnehage.</source>
        <translation>A service is a type of provision, such as kindergarten or school. A unit is one place within the service, such as one kindergarten.</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Ansatte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Tjenester</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Enheter i tjenesten</source>
        <translation>Units in the service</translation>
    </message>
    <message>
        <source>&amp;Ny tjeneste …</source>
        <translation>&amp;New service …</translation>
    </message>
    <message>
        <source>Ny tjeneste</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>&amp;Gi tjenesten nytt navn …</source>
        <translation>&amp;Rename the service …</translation>
    </message>
    <message>
        <source>Gi tjenesten nytt navn</source>
        <translation>Rename the service</translation>
    </message>
    <message>
        <source>Ny &amp;enhet …</source>
        <translation>New &amp;unit …</translation>
    </message>
    <message>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Gi enheten nytt n&amp;avn …</source>
        <translation>Ren&amp;ame the unit …</translation>
    </message>
    <message>
        <source>Gi enheten nytt navn</source>
        <translation>Rename the unit</translation>
    </message>
    <message>
        <source>Lederen for en enhet legger inn og fjerner egne ansatte, og overfører logger for ansatte som er borte. En enhet kan ha mer enn én leder.</source>
        <translation>The unit leader adds and removes the unit&apos;s own employees, and transfers logs for employees who are away. A unit can have more than one unit leader.</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation type="vanished">Missing</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Enheter og ledere</source>
        <translation>Units and unit leaders</translation>
    </message>
    <message>
        <source>Ledere i enheten</source>
        <translation>Leaders of the unit</translation>
    </message>
    <message>
        <source>Enheten har ingen leder. Legg inn en ny leder.</source>
        <translation>The unit has no leader. Add a new unit leader.</translation>
    </message>
    <message>
        <source>&amp;Ny leder …</source>
        <translation>New unit &amp;leader …</translation>
    </message>
    <message>
        <source>Ny leder</source>
        <translation>New unit leader</translation>
    </message>
    <message>
        <source>&amp;Gjør en ansatt til leder …</source>
        <translation>Make an &amp;employee unit leader …</translation>
    </message>
    <message>
        <source>Gjør en ansatt til leder</source>
        <translation>Make an employee unit leader</translation>
    </message>
    <message>
        <source>Fjern leder&amp;rollen …</source>
        <translation>Remove the unit leader r&amp;ole …</translation>
    </message>
    <message>
        <source>Fjern lederrollen</source>
        <translation>Remove the unit leader role</translation>
    </message>
    <message>
        <source>Eksterne aktører, som fastleger, hører ikke til en enhet i kommunen. Stafettholderen kan knytte dem til en logg på nivå 2 og 3.</source>
        <translation>External actors, such as GPs, do not belong to a unit in the municipality. The coordinator can link them to a log at levels 2 and 3.</translation>
    </message>
    <message>
        <source>Eksterne aktører i kommunen</source>
        <translation>External actors in the municipality</translation>
    </message>
    <message>
        <source>Kommunen har ingen eksterne aktører.</source>
        <translation>The municipality has no external actors.</translation>
    </message>
    <message>
        <source>Ingen eksterne aktører</source>
        <translation>No external actors</translation>
    </message>
    <message>
        <source>&amp;Ny ekstern aktør …</source>
        <translation>New e&amp;xternal actor …</translation>
    </message>
    <message>
        <source>Ny ekstern aktør</source>
        <translation>New external actor</translation>
    </message>
    <message>
        <source>&amp;Endre …</source>
        <translation>C&amp;hange …</translation>
    </message>
    <message>
        <source>Endre den eksterne aktøren</source>
        <translation>Change the external actor</translation>
    </message>
    <message>
        <source>Fje&amp;rn …</source>
        <translation>Re&amp;move …</translation>
    </message>
    <message>
        <source>Fjern den eksterne aktøren</source>
        <translation>Remove the external actor</translation>
    </message>
    <message>
        <source>På nivå 1 kan en logg bare knytte til seg aktører fra stafettholderens egen enhet; på nivå 2 og 3 også aktører fra andre enheter og eksterne aktører som fastleger.</source>
        <translation>At level 1 a log can only link actors from the coordinator&apos;s own unit; at levels 2 and 3 also actors from other units and external actors such as GPs.</translation>
    </message>
    <message>
        <source>Om nivåene</source>
        <translation>About the levels</translation>
    </message>
    <message>
        <source>Bare ansatte som lederen har merket som aktør, kan knyttes til en logg.</source>
        <translation>Only employees the unit leader has marked as actor can be linked to a log.</translation>
    </message>
    <message>
        <source>Logger i &amp;enheten:</source>
        <translation>Logs in &amp;unit:</translation>
    </message>
    <message>
        <source>Enhet eller stilling</source>
        <translation>Unit or position</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Kan knyttes til på nivå 1</source>
        <translation>Can be linked at level 1</translation>
    </message>
    <message>
        <source>Kan knyttes til på nivå 2 og 3</source>
        <translation>Can be linked at levels 2 and 3</translation>
    </message>
    <message>
        <source>Nivå 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Nivå 2 og 3</source>
        <translation>Levels 2 and 3</translation>
    </message>
    <message>
        <source>Ekstern aktør</source>
        <translation>External actor</translation>
    </message>
    <message>
        <source>Egen enhet</source>
        <translation>Own unit</translation>
    </message>
    <message>
        <source>Annen enhet</source>
        <translation>Other unit</translation>
    </message>
    <message>
        <source>{0} – kommuneadministrasjon</source>
        <translation>{0} – municipal administration</translation>
    </message>
    <message>
        <source>Enheter i {0}</source>
        <translation>Units in {0}</translation>
    </message>
    <message>
        <source>Ledere for {0}</source>
        <translation>Unit leaders of {0}</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Navnet på tjenesten</source>
        <translation>Name of the service</translation>
    </message>
    <message>
        <source>&amp;Opprett tjenesten</source>
        <translation>Create the &amp;service</translation>
    </message>
    <message>
        <source>&amp;Nytt navn:</source>
        <translation>&amp;New name:</translation>
    </message>
    <message>
        <source>Nytt navn på tjenesten</source>
        <translation>New name for the service</translation>
    </message>
    <message>
        <source>Nytt navn på enheten</source>
        <translation>New name for the unit</translation>
    </message>
    <message>
        <source>Fjerne lederrollen til {0}?</source>
        <translation>Remove {0} as unit leader?</translation>
    </message>
    <message>
        <source>{0} er fortsatt ansatt i enheten og beholder loggene sine.</source>
        <translation>{0} is still employed in the unit and keeps their logs.</translation>
    </message>
    <message>
        <source>&amp;Fjern lederrollen</source>
        <translation>&amp;Remove the unit leader role</translation>
    </message>
    <message>
        <source>Fjerne {0}?</source>
        <translation>Remove {0}?</translation>
    </message>
    <message>
        <source>{0} kan ikke knyttes til nye tiltak. Tiltakene {0} har nå, står til stafettholderen evaluerer dem. Navnet står fortsatt i loggenes historikk.</source>
        <translation>{0} can no longer be linked to new measures. The measures {0} has now remain until the coordinator evaluates them. The name stays in the logs&apos; history.</translation>
    </message>
    <message>
        <source>&amp;Fjern aktøren</source>
        <translation>&amp;Remove the actor</translation>
    </message>
</context>
<context>
    <name>KonfliktDialog</name>
    <message>
        <source>Endringer som ikke er synkronisert</source>
        <translation>Unsynced changes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Når</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Dette er endringene dine som kommunens server ikke har tatt imot ennå. En endring som venter, sendes neste gang PC-en synkroniserer. Er det en konflikt eller en avvisning, velger du hva som skal gjelde – valget ditt synkroniseres også.</source>
        <translation>These are your changes that the municipality&apos;s server has not accepted yet. A waiting change is sent the next time this PC syncs. If there is a conflict or a rejection, you choose what is to apply – your choice is synced too.</translation>
    </message>
    <message>
        <source>Antall endringer</source>
        <translation>Number of changes</translation>
    </message>
    <message>
        <source>&amp;Endringer:</source>
        <translation>C&amp;hanges:</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ingen endring valgt</source>
        <translation>No change chosen</translation>
    </message>
    <message>
        <source>Valgt endring</source>
        <translation>Chosen change</translation>
    </message>
    <message>
        <source>Venter på synkronisering. Endringen er lagret på denne PC-en og sendes til kommunens server neste gang PC-en har kontakt med den.</source>
        <translation>Waiting to sync. The change is saved on this PC and is sent to the municipality&apos;s server the next time the PC is in contact with it.</translation>
    </message>
    <message>
        <source>Poster endringen gjelder</source>
        <translation>Records the change applies to</translation>
    </message>
    <message>
        <source>Konflikten</source>
        <translation>The conflict</translation>
    </message>
    <message>
        <source>Hva som skjedde</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Behold &amp;min</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Behold min</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Din versjon gjelder; den sendes på nytt til serveren.</source>
        <translation>Your version applies; it is sent to the server again.</translation>
    </message>
    <message>
        <source>Behold &amp;serverens</source>
        <translation>Keep the &amp;server&apos;s</translation>
    </message>
    <message>
        <source>Behold serverens</source>
        <translation>Keep the server&apos;s</translation>
    </message>
    <message>
        <source>Versjonen på serveren gjelder; din blir forkastet.</source>
        <translation>The version on the server applies; yours is discarded.</translation>
    </message>
    <message>
        <source>Slå s&amp;ammen …</source>
        <translation>M&amp;erge …</translation>
    </message>
    <message>
        <source>Slå sammen …</source>
        <translation>Merge …</translation>
    </message>
    <message>
        <source>Lag én tekst av begge versjonene.</source>
        <translation>Make one text of both versions.</translation>
    </message>
    <message>
        <source>Den avviste endringen</source>
        <translation>The rejected change</translation>
    </message>
    <message>
        <source>Serverens begrunnelse</source>
        <translation>The server&apos;s reason</translation>
    </message>
    <message>
        <source>Endringen er bare lagret på denne PC-en. Det du skrev, står under: kopier det du vil ta vare på, før du forkaster endringen.</source>
        <translation>The change is saved only on this PC. What you wrote is shown below: copy what you want to keep before you discard the change.</translation>
    </message>
    <message>
        <source>&amp;Forkast endringen</source>
        <translation>&amp;Discard the change</translation>
    </message>
    <message>
        <source>Forkast endringen</source>
        <translation>Discard the change</translation>
    </message>
    <message>
        <source>Fjern endringen fra PC-en; det som er på serveren, gjelder.</source>
        <translation>Remove the change from this PC; what is on the server applies.</translation>
    </message>
    <message>
        <source>Henter endringene …</source>
        <translation>Fetching the changes …</translation>
    </message>
    <message>
        <source>Alt er synkronisert: ingen endringer venter.</source>
        <translation>Everything is synced: no changes waiting.</translation>
    </message>
    <message>
        <source>{0} må avklares av deg, {1} venter på synkronisering.</source>
        <translation>{0} for you to resolve, {1} waiting to sync.</translation>
    </message>
    <message>
        <source>{0} må avklares av deg.</source>
        <translation>{0} for you to resolve.</translation>
    </message>
    <message>
        <source>{0} venter på synkronisering.</source>
        <translation>{0} waiting to sync.</translation>
    </message>
    <message>
        <source>{0} – {1}, {2}</source>
        <translation>{0} – {1}, {2}</translation>
    </message>
    <message>
        <source>Alt er synkronisert.</source>
        <translation>Everything is synced.</translation>
    </message>
    <message>
        <source>Ingen endring valgt.</source>
        <translation>No change chosen.</translation>
    </message>
    <message>
        <source>Endringen gjelder ingen poster (den avklarer en tidligere endring).</source>
        <translation>The change applies to no records (it resolves an earlier change).</translation>
    </message>
    <message>
        <source>Gjelder:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <source>Konflikt: {0}</source>
        <translation>Conflict: {0}</translation>
    </message>
    <message>
        <source>Din versjon</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Versjonen på serveren</source>
        <translation>The version on the server</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Ukjent person</source>
        <translation>Unknown person</translation>
    </message>
    <message>
        <source>Hvem og når: din versjon</source>
        <translation>Who and when: your version</translation>
    </message>
    <message>
        <source>Hvem og når: versjonen på serveren</source>
        <translation>Who and when: the version on the server</translation>
    </message>
    <message>
        <source>Posten er slettet på serveren.</source>
        <translation>The record has been deleted on the server.</translation>
    </message>
    <message>
        <source>(slettet på serveren)</source>
        <translation>(deleted on the server)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Din versjon: {0}</source>
        <translation>Your version: {0}</translation>
    </message>
    <message>
        <source>Versjonen på serveren: {0}</source>
        <translation>The version on the server: {0}</translation>
    </message>
    <message>
        <source>Ingen felt å sammenligne.</source>
        <translation>No fields to compare.</translation>
    </message>
    <message>
        <source>Denne endringen har ingen tekst som kan slås sammen.</source>
        <translation>This change has no text that can be merged.</translation>
    </message>
    <message>
        <source>Avvist: {0}</source>
        <translation>Rejected: {0}</translation>
    </message>
    <message>
        <source>Avvist av serveren: {0}</source>
        <translation>Rejected by the server: {0}</translation>
    </message>
    <message>
        <source>Det du skrev: {0}</source>
        <translation>What you wrote: {0}</translation>
    </message>
    <message>
        <source>Endringen har ingen tekst å vise.</source>
        <translation>The change has no text to show.</translation>
    </message>
    <message>
        <source>Behold serverens versjon</source>
        <translation>Keep the server&apos;s version</translation>
    </message>
    <message>
        <source>Beholde versjonen på serveren?</source>
        <translation>Keep the version on the server?</translation>
    </message>
    <message>
        <source>Din versjon blir forkastet. Kopier det du vil ta vare på, før du går videre.</source>
        <translation>Your version will be discarded. Copy what you want to keep before you go on.</translation>
    </message>
    <message>
        <source>&amp;Behold serverens</source>
        <translation>&amp;Keep the server&apos;s</translation>
    </message>
    <message>
        <source>Ja, behold serverens</source>
        <translation>Yes, keep the server&apos;s</translation>
    </message>
    <message>
        <source>Forkaste endringen?</source>
        <translation>Discard the change?</translation>
    </message>
    <message>
        <source>Det du skrev, blir borte fra PC-en. Kopier det du vil ta vare på, før du går videre.</source>
        <translation>What you wrote will be removed from this PC. Copy what you want to keep before you go on.</translation>
    </message>
    <message>
        <source>&amp;Forkast</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Ja, forkast</source>
        <translation>Yes, discard</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Kontakt</name>
    <message>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>LevelPage</name>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Nivået styrer hvilke aktører som kan kobles til loggen.</source>
        <translation>The level decides which actors can be linked to the log.</translation>
    </message>
    <message>
        <source>Loggens nivå</source>
        <translation>The log&apos;s level</translation>
    </message>
    <message>
        <source>Bare aktører fra din egen enhet kan kobles til loggen.</source>
        <translation>Only actors from your own unit can be linked to the log.</translation>
    </message>
    <message>
        <source>I tillegg til aktører fra egen enhet kan eksterne aktører kobles til.</source>
        <translation>In addition to actors from your own unit, external actors can be linked.</translation>
    </message>
    <message>
        <source>Som nivå 2: også eksterne aktører kan kobles til loggen.</source>
        <translation>As level 2: external actors can also be linked to the log.</translation>
    </message>
    <message>
        <source>Nivå &amp;{0}</source>
        <translation>Level &amp;{0}</translation>
    </message>
    <message>
        <source>Nivå {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <source>Nivået kan heves eller senkes senere.</source>
        <translation>The level can be raised or lowered later.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&lt;h1&gt;Stafettlogg er låst&lt;/h1&gt;&lt;p&gt;Barnas opplysninger er skjult, og nøkkelen til databasen er fjernet fra minnet.&lt;/p&gt;&lt;p&gt;Logget inn: {0}&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Stafettlogg is locked&lt;/h1&gt;&lt;p&gt;The children&apos;s information is hidden, and the key to the database has been removed from memory.&lt;/p&gt;&lt;p&gt;Signed in: {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passordfrase for å låse opp</source>
        <translation>Passphrase to unlock</translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Lås opp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Lås opp</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LogListPage</name>
    <message>
        <source>Mine logger</source>
        <translation>My logs</translation>
    </message>
    <message>
        <source>&amp;Opprett ny logg …</source>
        <translation>&amp;Create new log …</translation>
    </message>
    <message>
        <source>Opprett ny logg</source>
        <translation>Create new log</translation>
    </message>
    <message>
        <source>Filtrer loggene</source>
        <translation>Filter the logs</translation>
    </message>
    <message>
        <source>Skriv for å filtrere på barn, stafettholder, enhet</source>
        <translation>Type to filter by child, coordinator, unit</translation>
    </message>
    <message>
        <source>Filtrer på barn, stafettholder, enhet eller status … (Ctrl+F)</source>
        <translation>Filter by child, coordinator, unit or status … (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ingen logger</source>
        <translation>No logs</translation>
    </message>
    <message>
        <source>&amp;Åpne loggen</source>
        <translation>&amp;Open the log</translation>
    </message>
    <message>
        <source>Åpne loggen</source>
        <translation>Open the log</translation>
    </message>
    <message>
        <source>1 logg</source>
        <translation>1 log</translation>
    </message>
    <message>
        <source>{0} logger</source>
        <translation>{0} logs</translation>
    </message>
    <message>
        <source>Du har ingen logger her ennå. Her står loggene du er stafettholder eller aktør i, og loggene du har fått lesetilgang til.</source>
        <translation>You have no logs here yet. This list shows the logs you hold or act in, and the logs you have been given read access to.</translation>
    </message>
    <message>
        <source>Lag en ny logg med «Opprett ny logg» (Ctrl+N).</source>
        <translation>Make a new log with «Create new log» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Som leder finner du enhetens logger under fanen «Brukere».</source>
        <translation>As a leader, you find the unit’s logs under the «Users» tab.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Loggen</source>
        <translation>The log</translation>
    </message>
    <message>
        <source>Laster loggen …</source>
        <translation>Loading the log …</translation>
    </message>
    <message>
        <source>Barnet og familien</source>
        <translation>The child and the family</translation>
    </message>
    <message>
        <source>Endre &amp;nivå …</source>
        <translation>Change &amp;level …</translation>
    </message>
    <message>
        <source>Endre nivå</source>
        <translation>Change level</translation>
    </message>
    <message>
        <source>Sett &amp;passiv</source>
        <translation>Set &amp;passive</translation>
    </message>
    <message>
        <source>Sett loggen passiv</source>
        <translation>Set the log passive</translation>
    </message>
    <message>
        <source>&amp;Gjenåpne …</source>
        <translation>&amp;Reopen …</translation>
    </message>
    <message>
        <source>Gjenåpne loggen</source>
        <translation>Reopen the log</translation>
    </message>
    <message>
        <source>&amp;Avslutt loggen …</source>
        <translation>&amp;Close the log …</translation>
    </message>
    <message>
        <source>Avslutt loggen</source>
        <translation>Close the log</translation>
    </message>
    <message>
        <source>Mø&amp;temodus …</source>
        <translation>Mee&amp;ting mode …</translation>
    </message>
    <message>
        <source>Start møtemodus</source>
        <translation>Start meeting mode</translation>
    </message>
    <message>
        <source>Vis bare denne loggen på storskjermen i møtet</source>
        <translation>Show only this log on the big screen in the meeting</translation>
    </message>
    <message>
        <source>&amp;Eksporter som PDF …</source>
        <translation>Export as P&amp;DF …</translation>
    </message>
    <message>
        <source>Eksporter som PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Varsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Deler av loggen</source>
        <translation>Parts of the log</translation>
    </message>
    <message>
        <source>Loggen kan ikke vises</source>
        <translation>The log cannot be shown</translation>
    </message>
    <message>
        <source>foresatt</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>, uten foreldreansvar</source>
        <translation>, without parental responsibility</translation>
    </message>
    <message>
        <source>{0} år · født {1} · foresatte: {2}</source>
        <translation>{0} years old · born {1} · guardians: {2}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · nivå {1} · stafettholder {2}, {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · level {1} · coordinator {2}, {3}</translation>
    </message>
    <message>
        <source>Du har lesetilgang til utvalgte oppmerksomheter i denne loggen.</source>
        <translation>You have read access to selected concerns in this log.</translation>
    </message>
    <message>
        <source>En passiv logg kan bare leses, og kan bare gjenåpnes med nytt samtykke. Sette loggen passiv?</source>
        <translation>A passive log can only be read, and can only be reopened with a new consent. Set the log passive?</translation>
    </message>
</context>
<context>
    <name>LoggListModel</name>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Passiv</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>venter på overføring</source>
        <translation>waiting for transfer</translation>
    </message>
    <message>
        <source>overføringen ble avvist</source>
        <translation>the transfer was rejected</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Stafettholder</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Neste evaluering</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>Lysglimt</source>
        <translation>Glimpses of light</translation>
    </message>
    <message>
        <source>Åpne loggen for {0}</source>
        <translation>Open the log for {0}</translation>
    </message>
    <message>
        <source>{0} ({1} nye)</source>
        <translation>{0} ({1} new)</translation>
    </message>
</context>
<context>
    <name>LysglimtDialog</name>
    <message>
        <source>Nytt lysglimt</source>
        <translation>New glimpse of light</translation>
    </message>
    <message>
        <source>&amp;Lagre lysglimtet</source>
        <translation>&amp;Save glimpse of light</translation>
    </message>
    <message>
        <source>Hva gikk bra?</source>
        <translation>What went well?</translation>
    </message>
    <message>
        <source>Et lysglimt er noe som gikk bra, og som viser at det går framover. Skriv det slik at barnet kan lese det, eller få det lest høyt.</source>
        <translation>A glimpse of light is something that went well and shows that things are moving forward. Write it so that the child can read it, or have it read aloud.</translation>
    </message>
    <message>
        <source>Om lysglimt</source>
        <translation>About glimpses of light</translation>
    </message>
    <message>
        <source>For eksempel: Ella spiste hele middagen selv i dag. Hun ville vise far den tomme tallerkenen.</source>
        <translation>For example: Ella ate her whole dinner by herself today. She wanted to show her father the empty plate.</translation>
    </message>
    <message>
        <source>&amp;Hva gikk bra?</source>
        <translation>&amp;What went well?</translation>
    </message>
    <message>
        <source>Gjelder oppmerksomhet</source>
        <translation>Applies to concern</translation>
    </message>
    <message>
        <source>Ingen bestemt oppmerksomhet</source>
        <translation>No particular concern</translation>
    </message>
    <message>
        <source>&amp;Gjelder (valgfritt)</source>
        <translation>&amp;Applies to (optional)</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>LysglimtPage</name>
    <message>
        <source>Lysglimt</source>
        <translation>Glimpses of light</translation>
    </message>
    <message>
        <source>&lt;i&gt;Det du gir oppmerksomhet, får du mer av.&lt;/i&gt; Husk å fortelle barnet om lysglimtene.</source>
        <translation>&lt;i&gt;What you pay attention to, you get more of.&lt;/i&gt; Remember to tell the child about the glimpses of light.</translation>
    </message>
    <message>
        <source>Lysglimt i loggen</source>
        <translation>Glimpses of light in the log</translation>
    </message>
    <message>
        <source>Nytt &amp;lysglimt …</source>
        <translation>New &amp;glimpse of light …</translation>
    </message>
    <message>
        <source>Nytt lysglimt</source>
        <translation>New glimpse of light</translation>
    </message>
    <message>
        <source>{0}. Skrevet av {1}, {2}</source>
        <translation>{0}. Written by {1}, {2}</translation>
    </message>
    <message>
        <source>Ingen lysglimt ennå. Skriv det første når noe går bra!</source>
        <translation>No glimpses of light yet. Write the first one when something goes well!</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ta sikker&amp;hetskopi …</source>
        <translation>Make a &amp;backup …</translation>
    </message>
    <message>
        <source>Stafettlogg – {0}</source>
        <translation>Stafettlogg – {0}</translation>
    </message>
    <message>
        <source>Åpne logger</source>
        <translation>Open logs</translation>
    </message>
    <message>
        <source>Mine logger</source>
        <translation>My logs</translation>
    </message>
    <message>
        <source>Laster loggene …</source>
        <translation>Loading the logs …</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Opprett ny logg …</source>
        <translation>&amp;Create new log …</translation>
    </message>
    <message>
        <source>Skriv ut &amp;samtykkeskjema …</source>
        <translation>&amp;Print consent form …</translation>
    </message>
    <message>
        <source>&amp;Lås nå</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Lu&amp;kk loggen</source>
        <translation>Close the lo&amp;g</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Mine logger</source>
        <translation>&amp;My logs</translation>
    </message>
    <message>
        <source>&amp;Filtrer loggene</source>
        <translation>&amp;Filter the logs</translation>
    </message>
    <message>
        <source>&amp;Oppdater</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Kontroller &amp;databasen …</source>
        <translation>Check the &amp;database …</translation>
    </message>
    <message>
        <source>Kontrollerer databasen …</source>
        <translation>Checking the database …</translation>
    </message>
    <message>
        <source>Kontroller databasen</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>Databasen er kontrollert side for side. Ingen skade er funnet.</source>
        <translation>The database has been checked page by page. No damage was found.</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Laster …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>Loggen for {0}</source>
        <translation>The log for {0}</translation>
    </message>
</context>
<context>
    <name>MakeLederDialog</name>
    <message>
        <source>Gjør en ansatt til leder</source>
        <translation>Make an employee unit leader</translation>
    </message>
    <message>
        <source>&amp;Gjør til leder</source>
        <translation>&amp;Make unit leader</translation>
    </message>
    <message>
        <source>Velg en ansatt i {0} som skal være leder der.</source>
        <translation>Choose an employee in {0} to be the unit leader there.</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>&amp;Ansatt:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <source>{0} har ingen ansatte som ikke er ledere. Legg inn en ny leder.</source>
        <translation>{0} has no employees who are not unit leaders. Add a new unit leader.</translation>
    </message>
    <message>
        <source>Velg en ansatt.</source>
        <translation>Choose an employee.</translation>
    </message>
</context>
<context>
    <name>MalDialog</name>
    <message>
        <source>Er målet &amp;målbart, med et sluttpunkt?</source>
        <translation>Is the goal &amp;measurable, with an end point?</translation>
    </message>
    <message>
        <source>Målbart</source>
        <translation>Measurable</translation>
    </message>
    <message>
        <source>Er målet akse&amp;ptert av barnet og foreldrene?</source>
        <translation>Is the goal acce&amp;pted by the child and the parents?</translation>
    </message>
    <message>
        <source>Akseptert av barn og foreldre</source>
        <translation>Accepted by child and parents</translation>
    </message>
    <message>
        <source>Er målet &amp;realistisk?</source>
        <translation>Is the goal &amp;realistic?</translation>
    </message>
    <message>
        <source>Realistisk</source>
        <translation>Realistic</translation>
    </message>
    <message>
        <source>Er det satt en &amp;tidsperiode for tiltak og evaluering?</source>
        <translation>Is there a set &amp;time period for measures and evaluation?</translation>
    </message>
    <message>
        <source>Tidsperiode satt</source>
        <translation>Time period set</translation>
    </message>
    <message>
        <source>Er målet &amp;enkelt og forståelig?</source>
        <translation>Is the goal simple and &amp;easy to understand?</translation>
    </message>
    <message>
        <source>Enkelt og forståelig</source>
        <translation>Simple and easy to understand</translation>
    </message>
    <message>
        <source>Mål for oppmerksomheten</source>
        <translation>Goal for the concern</translation>
    </message>
    <message>
        <source>&amp;Lagre målet</source>
        <translation>&amp;Save goal</translation>
    </message>
    <message>
        <source>Oppmerksomhet: «{0}»</source>
        <translation>Concern: “{0}”</translation>
    </message>
    <message>
        <source>Oppmerksomheten</source>
        <translation>The concern</translation>
    </message>
    <message>
        <source>Nåværende mål: «{0}». Et nytt mål erstatter dette; det gamle blir stående i historikken. Feltene viser det nåværende målet, så du kan bygge videre på det.</source>
        <translation>Current goal: “{0}”. A new goal replaces it; the old one stays in the history. The fields show the current goal, so you can build on it.</translation>
    </message>
    <message>
        <source>Erstatter målet</source>
        <translation>Replaces the goal</translation>
    </message>
    <message>
        <source>Ett konkret mål om gangen. Bygg det opp i tre deler: A – hva barnet gjør, i nåtid («skriver, snakker, går»). B – når og hvor. C – hvordan det nås.</source>
        <translation>One concrete goal at a time. Build it in three parts: A – what the child does, in the present tense (“writes, talks, walks”). B – when and where. C – how it is reached.</translation>
    </message>
    <message>
        <source>Slik bygger du målet</source>
        <translation>How to build the goal</translation>
    </message>
    <message>
        <source>A – hva barnet gjør</source>
        <translation>A – what the child does</translation>
    </message>
    <message>
        <source>For eksempel: Ella øver på å spise selv</source>
        <translation>For example: Ella practises eating by herself</translation>
    </message>
    <message>
        <source>Skriv i nåtid: skriver, snakker, går.</source>
        <translation>Write in the present tense: writes, talks, walks.</translation>
    </message>
    <message>
        <source>B – når og hvor</source>
        <translation>B – when and where</translation>
    </message>
    <message>
        <source>For eksempel: to måltider per dag selv,</source>
        <translation>For example: two meals a day by herself,</translation>
    </message>
    <message>
        <source>C – hvordan det nås</source>
        <translation>C – how it is reached</translation>
    </message>
    <message>
        <source>For eksempel: og foreldrene følger opp og bistår slik at hun klarer det.</source>
        <translation>For example: and her parents follow up and help so that she manages it.</translation>
    </message>
    <message>
        <source>&amp;A – hva barnet gjør (nåtid)</source>
        <translation>&amp;A – what the child does (present tense)</translation>
    </message>
    <message>
        <source>&amp;B – når og hvor</source>
        <translation>&amp;B – when and where</translation>
    </message>
    <message>
        <source>&amp;C – hvordan det nås</source>
        <translation>&amp;C – how it is reached</translation>
    </message>
    <message>
        <source>Forhåndsvisning av målet</source>
        <translation>Preview of the goal</translation>
    </message>
    <message>
        <source>Sjekk målet</source>
        <translation>Check the goal</translation>
    </message>
    <message>
        <source>Slik blir målet ({0}):</source>
        <translation>The goal will read ({0}):</translation>
    </message>
    <message>
        <source>Slik blir målet:</source>
        <translation>The goal will read:</translation>
    </message>
    <message>
        <source>Målet vises her mens du skriver. Eksempel: Ella øver på å spise to måltider per dag selv, og foreldrene følger opp og bistår slik at hun klarer det.</source>
        <translation>The goal appears here as you write. Example: Ella practises eating two meals a day by herself, and her parents follow up and help so that she manages it.</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Møtemodus</source>
        <translation>Meeting mode</translation>
    </message>
    <message>
        <source>Møtemodus – storskjerm</source>
        <translation>Meeting mode – big screen</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Skrives nå</source>
        <translation>Being written now</translation>
    </message>
    <message>
        <source>Del av møtet</source>
        <translation>Part of the meeting</translation>
    </message>
    <message>
        <source>{0}, {1} år</source>
        <translation>{0}, {1} years</translation>
    </message>
    <message>
        <source>{0}  ·  {1} av {2}</source>
        <translation>{0}  ·  {1} of {2}</translation>
    </message>
    <message>
        <source>Hva sier {0} selv?</source>
        <translation>What does {0} say?</translation>
    </message>
    <message>
        <source>{0}s stemme</source>
        <translation>{0}&apos;s voice</translation>
    </message>
    <message>
        <source>Barnets stemme</source>
        <translation>The child&apos;s voice</translation>
    </message>
    <message>
        <source>Lysglimt</source>
        <translation>Glimpses of light</translation>
    </message>
    <message>
        <source>Det du gir oppmerksomhet, får du mer av.</source>
        <translation>What you pay attention to, you get more of.</translation>
    </message>
    <message>
        <source>Ingen lysglimt ennå. Hva har gått bra for {0}?</source>
        <translation>No glimpses of light yet. What has gone well for {0}?</translation>
    </message>
    <message>
        <source>Hva opprettholder: {0}</source>
        <translation>What keeps it going: {0}</translation>
    </message>
    <message>
        <source>Grønn: ligger i tjenesten   Gul: ligger hjemme   ★1: det vi helst kan endre</source>
        <translation>Green: lies in the service   Yellow: lies at home   ★1: what we can most easily change</translation>
    </message>
    <message>
        <source>Faktorer – {0}</source>
        <translation>Factors – {0}</translation>
    </message>
    <message>
        <source>Evalueringer</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Virker det vi gjør? Barnet og familien har siste ordet.</source>
        <translation>Does what we do work? The child and the family have the last word.</translation>
    </message>
    <message>
        <source>Ingen tiltak skal evalueres de neste to ukene.</source>
        <translation>No measures are due for evaluation in the next two weeks.</translation>
    </message>
    <message>
        <source>Mål:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>{0} gjør</source>
        <translation>{0} does</translation>
    </message>
    <message>
        <source>Ingen aktive tiltak nå.</source>
        <translation>No active measures now.</translation>
    </message>
    <message>
        <source>▶ gjøres nå   ○ neste trinn i tiltakstrappen</source>
        <translation>▶ being done now   ○ next step on the measure ladder</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Slå sammen versjonene</source>
        <translation>Merge the versions</translation>
    </message>
    <message>
        <source>&amp;Lagre sammenslått versjon</source>
        <translation>&amp;Save merged version</translation>
    </message>
    <message>
        <source>Begge versjonene står i feltet: din først, så serverens. Rediger dem til én tekst. Det du lagrer, erstatter begge og synkroniseres som en ny endring.</source>
        <translation>Both versions are in the field: yours first, then the server&apos;s. Edit them into one text. What you save replaces both and is synced as a new change.</translation>
    </message>
    <message>
        <source>Sammenslått tekst: {0}</source>
        <translation>Merged text: {0}</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Denne endringen har ingen tekst som kan slås sammen.</source>
        <translation>This change has no text that can be merged.</translation>
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
        <translation>1. Welcome, and who does what in the relay log.
2. What the child and the parents tell us.
3. The worry, concerns and goals.
4. What keeps the challenge going?
5. Measures in the service, at home and for the child.
6. Date of the next meeting.</translation>
    </message>
    <message>
        <source>1. Lysglimt siden sist.
2. Evaluering av tiltakene.
3. Nye mål eller tiltak.
4. Dato for neste møte.</source>
        <translation>1. Glimpses of light since last time.
2. Evaluation of the measures.
3. New goals or measures.
4. Date of the next meeting.</translation>
    </message>
    <message>
        <source>Kall inn til møte</source>
        <translation>Call a meeting</translation>
    </message>
    <message>
        <source>&amp;Kall inn</source>
        <translation>&amp;Call the meeting</translation>
    </message>
    <message>
        <source>Stafettholderen setter dagsordenen og leder møtet. Det første møtet er langt; da blir alle kjent med loggen, og dere lager oppmerksomheter, mål og tiltak sammen.</source>
        <translation>The coordinator sets the agenda and leads the meeting. The first meeting is long; everyone gets to know the log, and you make concerns, goals and measures together.</translation>
    </message>
    <message>
        <source>Stafettholderen setter dagsordenen og leder møtet. Senere møter er korte: lysglimt, evaluering av tiltakene og hva som skjer videre.</source>
        <translation>The coordinator sets the agenda and leads the meeting. Later meetings are short: glimpses of light, evaluation of the measures and what happens next.</translation>
    </message>
    <message>
        <source>Råd om møtet</source>
        <translation>Advice on the meeting</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;Tidspunkt:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>For eksempel møterommet i barnehagen, eller telefon</source>
        <translation>For example the meeting room at the kindergarten, or by phone</translation>
    </message>
    <message>
        <source>&amp;Sted:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Dagsorden:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>D&amp;eltakere (kryss av for dem som kalles inn):</source>
        <translation>Participant&amp;s (tick those who are invited):</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Annen deltaker</source>
        <translation>Other participant</translation>
    </message>
    <message>
        <source>Navn og rolle, for eksempel «Åse Lund, fastlege»</source>
        <translation>Name and role, for example “Åse Lund, GP”</translation>
    </message>
    <message>
        <source>&amp;Annen deltaker:</source>
        <translation>&amp;Other participant:</translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Legg til deltaker</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Kryss av for minst én deltaker.</source>
        <translation>Tick at least one participant.</translation>
    </message>
</context>
<context>
    <name>Motemodus</name>
    <message>
        <source>Tjenesten gjør</source>
        <translation>The service does</translation>
    </message>
    <message>
        <source>Hjemme gjør vi</source>
        <translation>At home we do</translation>
    </message>
    <message>
        <source>Møtemodus</source>
        <translation>Meeting mode</translation>
    </message>
</context>
<context>
    <name>MoterPage</name>
    <message>
        <source>Møter</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Stafettholderen kaller inn til tverrfaglige møter, setter dagsordenen og leder møtene. Det første møtet er langt; senere møter er korte.</source>
        <translation>The coordinator calls interdisciplinary meetings, sets the agenda and leads the meetings. The first meeting is long; later meetings are short.</translation>
    </message>
    <message>
        <source>&amp;Kall inn til møte …</source>
        <translation>Call a &amp;meeting …</translation>
    </message>
    <message>
        <source>Kall inn til møte</source>
        <translation>Call a meeting</translation>
    </message>
    <message>
        <source>Skriv &amp;referat …</source>
        <translation>Write min&amp;utes …</translation>
    </message>
    <message>
        <source>Skriv referat</source>
        <translation>Write minutes</translation>
    </message>
    <message>
        <source>Møter i loggen</source>
        <translation>Meetings in the log</translation>
    </message>
    <message>
        <source>Ingen møter ennå.</source>
        <translation>No meetings yet.</translation>
    </message>
    <message>
        <source>Møtet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>&amp;Møter:</source>
        <translation>Mee&amp;tings:</translation>
    </message>
    <message>
        <source>&amp;Dagsorden og referat:</source>
        <translation>&amp;Agenda and minutes:</translation>
    </message>
    <message>
        <source>Skrevet</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Ikke holdt ennå</source>
        <translation>Not held yet</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Ingen dagsorden.</source>
        <translation>No agenda.</translation>
    </message>
    <message>
        <source>Referatet er ikke skrevet ennå.</source>
        <translation>The minutes have not been written yet.</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>NewKommuneDialog</name>
    <message>
        <source>Nytt arbeidsområde</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Kommunens navn</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <source>Kommunenummer (fire siffer)</source>
        <translation>Municipality number (four digits)</translation>
    </message>
    <message>
        <source>Administratorens fornavn</source>
        <translation>Administrator&apos;s first name</translation>
    </message>
    <message>
        <source>Administratorens etternavn</source>
        <translation>Administrator&apos;s last name</translation>
    </message>
    <message>
        <source>Administratorens fødselsnummer</source>
        <translation>Administrator&apos;s national ID number</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Opprett</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewLogWizard</name>
    <message>
        <source>Opprett ny logg</source>
        <translation>Create new log</translation>
    </message>
    <message>
        <source>&amp;Neste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Neste</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>&lt; &amp;Tilbake</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Tilbake</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Opprett loggen</source>
        <translation>&amp;Create the log</translation>
    </message>
    <message>
        <source>Opprett loggen</source>
        <translation>Create the log</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>fødselsnummer</source>
        <translation>national ID number</translation>
    </message>
    <message>
        <source>{0} år</source>
        <translation>{0} years old</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>foreldreansvar</source>
        <translation>parental responsibility</translation>
    </message>
    <message>
        <source>uten foreldreansvar</source>
        <translation>without parental responsibility</translation>
    </message>
    <message>
        <source>ingen e-post</source>
        <translation>no email</translation>
    </message>
    <message>
        <source>telefon {0}</source>
        <translation>phone {0}</translation>
    </message>
    <message>
        <source>har skrevet under</source>
        <translation>has signed</translation>
    </message>
    <message>
        <source>opprettelse av stafettlogg</source>
        <translation>creating a relay log</translation>
    </message>
    <message>
        <source>utveksling av opplysninger på tvers av tjenester</source>
        <translation>sharing information across services</translation>
    </message>
    <message>
        <source>overføring til annen enhet</source>
        <translation>transfer to another unit</translation>
    </message>
    <message>
        <source>overføring til annen kommune</source>
        <translation>transfer to another municipality</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Gjelder {0}.</source>
        <translation>Covers {0}.</translation>
    </message>
    <message>
        <source>Signert {0}.</source>
        <translation>Signed {0}.</translation>
    </message>
    <message>
        <source>Utløper {0}.</source>
        <translation>Expires {0}.</translation>
    </message>
    <message>
        <source>Ingen utløpsdato.</source>
        <translation>No expiry date.</translation>
    </message>
    <message>
        <source>Ungdommen samtykker selv.</source>
        <translation>The young person consents on their own.</translation>
    </message>
    <message>
        <source>Skannet skjema: {0}.</source>
        <translation>Scanned form: {0}.</translation>
    </message>
    <message>
        <source>Ikke skannet ennå.</source>
        <translation>Not scanned yet.</translation>
    </message>
    <message>
        <source>Nivå {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <source>Startsiden</source>
        <translation>The start page</translation>
    </message>
    <message>
        <source>Ikke fylt ut</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>Hva er min bekymring?</source>
        <translation>What am I worried about?</translation>
    </message>
    <message>
        <source>Hva kjennetegner måloppnåelse?</source>
        <translation>What are the signs that the goal is reached?</translation>
    </message>
    <message>
        <source>Hva opprettholder utfordringen?</source>
        <translation>What keeps the challenge going?</translation>
    </message>
    <message>
        <source>Når loggen er opprettet, blir du stafettholder, og de foresatte får e-post om loggen.</source>
        <translation>When the log has been created, you become its coordinator, and the guardians get an email about the log.</translation>
    </message>
    <message>
        <source>Arbeidsområdet er låst. Lås det opp og prøv igjen.</source>
        <translation>The workspace is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <source>Loggen er opprettet</source>
        <translation>The log has been created</translation>
    </message>
    <message>
        <source>Loggen er opprettet. Merk:</source>
        <translation>The log has been created. Note:</translation>
    </message>
</context>
<context>
    <name>NivaDialog</name>
    <message>
        <source>Endre nivå</source>
        <translation>Change level</translation>
    </message>
    <message>
        <source>Nivået styrer hvilke aktører som kan knyttes til loggen.</source>
        <translation>The level decides which actors can be linked to the log.</translation>
    </message>
    <message>
        <source>Nivå 1 – bare aktører fra egen enhet</source>
        <translation>Level 1 – only actors from your own unit</translation>
    </message>
    <message>
        <source>Nivå 2 – også aktører fra andre tjenester</source>
        <translation>Level 2 – also actors from other services</translation>
    </message>
    <message>
        <source>Nivå 3 – også eksterne aktører, som fastlege og spesialisthelsetjeneste</source>
        <translation>Level 3 – also external actors, such as the GP and specialist health services</translation>
    </message>
    <message>
        <source>Nivå {0}</source>
        <translation>Level {0}</translation>
    </message>
</context>
<context>
    <name>NotatDialog</name>
    <message>
        <source>Nytt notat</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>&amp;Lagre notatet</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <source>Påminnelse</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Skriv kort hva som skjedde, og hvem som gjorde hva.</source>
        <translation>Write briefly what happened, and who did what.</translation>
    </message>
    <message>
        <source>&amp;Notat:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Internt notat</source>
        <translation>&amp;Internal note</translation>
    </message>
    <message>
        <source>Internt notat</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Bare ansatte ser et internt notat, og det vises aldri i møtemodus.</source>
        <translation>Only employees see an internal note, and it is never shown in meeting mode.</translation>
    </message>
    <message>
        <source>Et internt notat ser bare ansatte, og det vises aldri i møtemodus.</source>
        <translation>An internal note is seen only by employees, and it is never shown in meeting mode.</translation>
    </message>
    <message>
        <source>PDF-&amp;vedlegg:</source>
        <translation>PDF &amp;attachments:</translation>
    </message>
    <message>
        <source>Vedlegg til notatet</source>
        <translation>Attachments to the note</translation>
    </message>
    <message>
        <source>Legg ved &amp;PDF …</source>
        <translation>Attach &amp;PDF …</translation>
    </message>
    <message>
        <source>Legg ved PDF</source>
        <translation>Attach PDF</translation>
    </message>
    <message>
        <source>&amp;Fjern vedlegget</source>
        <translation>&amp;Remove attachment</translation>
    </message>
    <message>
        <source>Fjern vedlegget</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Velg en PDF-fil</source>
        <translation>Choose a PDF file</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf);;Alle filer (*)</source>
        <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
</context>
<context>
    <name>NotaterPage</name>
    <message>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Skrevet av</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Internt</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>{0} PDF</source>
        <translation>{0} PDF</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Notater er det som hører til barnets historie uten å være et tiltak, for eksempel bildedokumentasjon av øvelser. {0}</source>
        <translation>Notes are what belongs to the child&apos;s story without being a measure, for example photos documenting exercises. {0}</translation>
    </message>
    <message>
        <source>N&amp;ytt notat …</source>
        <translation>&amp;New note …</translation>
    </message>
    <message>
        <source>Nytt notat</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>&amp;Legg ved PDF i notatet …</source>
        <translation>&amp;Attach PDF to the note …</translation>
    </message>
    <message>
        <source>Legg ved PDF i notatet</source>
        <translation>Attach PDF to the note</translation>
    </message>
    <message>
        <source>Legg ved en PDF-fil i notatet som er valgt</source>
        <translation>Attach a PDF file to the chosen note</translation>
    </message>
    <message>
        <source>Feilmelding om notater</source>
        <translation>Error message about notes</translation>
    </message>
    <message>
        <source>Status for notater</source>
        <translation>Status of notes</translation>
    </message>
    <message>
        <source>Notater i loggen</source>
        <translation>Notes in the log</translation>
    </message>
    <message>
        <source>Ingen notater ennå.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>Notatet</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>Vedlegg i notatet</source>
        <translation>Attachments in the note</translation>
    </message>
    <message>
        <source>&amp;Vedlegg:</source>
        <translation>Attac&amp;hments:</translation>
    </message>
    <message>
        <source>Notatet har ingen vedlegg.</source>
        <translation>The note has no attachments.</translation>
    </message>
    <message>
        <source>Notatet har ingen vedlegg</source>
        <translation>The note has no attachments</translation>
    </message>
    <message>
        <source>N&amp;otater:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>&amp;Hele notatet:</source>
        <translation>The &amp;whole note:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forhåndsvisning&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vedlegget som vises</source>
        <translation>The attachment shown</translation>
    </message>
    <message>
        <source>Forhåndsvisning av vedlegget</source>
        <translation>Preview of the attachment</translation>
    </message>
    <message>
        <source>Velg et PDF-vedlegg for å se det her.</source>
        <translation>Choose a PDF attachment to see it here.</translation>
    </message>
    <message>
        <source>Om forhåndsvisningen</source>
        <translation>About the preview</translation>
    </message>
    <message>
        <source>◀ &amp;Forrige</source>
        <translation>◀ Previou&amp;s</translation>
    </message>
    <message>
        <source>Forrige side</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Ne&amp;ste ▶</source>
        <translation>Ne&amp;xt ▶</translation>
    </message>
    <message>
        <source>Neste side</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Sidenummer</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>av 0</source>
        <translation>of 0</translation>
    </message>
    <message>
        <source>Sid&amp;e</source>
        <translation>Pag&amp;e</translation>
    </message>
    <message>
        <source>Forminsk</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Forstørr</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>&amp;Tilpass bredden</source>
        <translation>Fi&amp;t to width</translation>
    </message>
    <message>
        <source>Tilpass bredden</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source> · &lt;b&gt;Internt&lt;/b&gt; – bare ansatte ser det</source>
        <translation> · &lt;b&gt;Internal&lt;/b&gt; – only employees see it</translation>
    </message>
    <message>
        <source>Velg en PDF-fil</source>
        <translation>Choose a PDF file</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf);;Alle filer (*)</source>
        <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <source>«{0}» er lagt ved notatet.</source>
        <translation>“{0}” has been attached to the note.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; – laster …</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; – loading …</translation>
    </message>
    <message>
        <source>Vedlegget kan ikke vises. PDF-filen kan være skadet.</source>
        <translation>The attachment cannot be shown. The PDF file may be damaged.</translation>
    </message>
    <message>
        <source>av {0}</source>
        <translation>of {0}</translation>
    </message>
</context>
<context>
    <name>NyFaktorDialog</name>
    <message>
        <source>Ny faktor</source>
        <translation>New factor</translation>
    </message>
    <message>
        <source>Hva opprettholder utfordringen? Skriv det kort og konkret.</source>
        <translation>What keeps the challenge going? Write it short and concrete.</translation>
    </message>
    <message>
        <source>Faktoren</source>
        <translation>The factor</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Ligger</source>
        <translation>Lies</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>&amp;Koble til oppmerksomheten i midten</source>
        <translation>&amp;Link to the concern in the middle</translation>
    </message>
    <message>
        <source>Koble til oppmerksomheten</source>
        <translation>Link to the concern</translation>
    </message>
    <message>
        <source>&amp;Faktor:</source>
        <translation>&amp;Factor:</translation>
    </message>
    <message>
        <source>&amp;Område:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Ligger:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>&amp;Prioritet:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>Le&amp;gg til</source>
        <translation>A&amp;dd</translation>
    </message>
</context>
<context>
    <name>OppmerksomhetDialog</name>
    <message>
        <source>Ny oppmerksomhet</source>
        <translation>New concern</translation>
    </message>
    <message>
        <source>Endre oppmerksomhet</source>
        <translation>Change concern</translation>
    </message>
    <message>
        <source>Skriv én setning som beskriver det dere legger merke til. Den skal være
• med verb heller enn adjektiv: hva barnet gjør, ikke hvordan barnet er
• avgrenset
• gjenkjennelig for alle
• målbar</source>
        <translation>Write one sentence that describes what you notice. It should be
• in verbs rather than adjectives: what the child does, not what the child is like
• limited
• recognisable to everyone
• measurable</translation>
    </message>
    <message>
        <source>Råd om oppmerksomheten</source>
        <translation>Advice on the concern</translation>
    </message>
    <message>
        <source>Oppmerksomhet</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>For eksempel: Ella venter på at en voksen skal mate henne, og hun spiser lite ved måltidene.</source>
        <translation>For example: Ella waits for an adult to feed her, and she eats little at meals.</translation>
    </message>
    <message>
        <source>Kjennetegn på måloppnåelse</source>
        <translation>Signs that the goal is reached</translation>
    </message>
    <message>
        <source>For eksempel: Ella spiser selv og blir mett ved to måltider hver dag.</source>
        <translation>For example: Ella eats by herself and gets full at two meals every day.</translation>
    </message>
    <message>
        <source>&amp;Oppmerksomhet – én setning</source>
        <translation>&amp;Concern – one sentence</translation>
    </message>
    <message>
        <source>&amp;Kjennetegn på måloppnåelse – hvordan ser det ut når det er nådd?</source>
        <translation>Si&amp;gns that the goal is reached – what does it look like when it is reached?</translation>
    </message>
</context>
<context>
    <name>OppmerksomheterPage</name>
    <message>
        <source>Oppmerksomheter</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Oppmerksomheter i loggen</source>
        <translation>Concerns in the log</translation>
    </message>
    <message>
        <source>&amp;Ny oppmerksomhet …</source>
        <translation>&amp;New concern …</translation>
    </message>
    <message>
        <source>Ny oppmerksomhet</source>
        <translation>New concern</translation>
    </message>
    <message>
        <source>Valgt oppmerksomhet</source>
        <translation>Chosen concern</translation>
    </message>
    <message>
        <source>Rediger oppmerksomheten …</source>
        <translation>Edit the concern …</translation>
    </message>
    <message>
        <source>Rediger oppmerksomheten</source>
        <translation>Edit the concern</translation>
    </message>
    <message>
        <source>Nytt &amp;mål …</source>
        <translation>New &amp;goal …</translation>
    </message>
    <message>
        <source>Nytt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>&amp;Faktordiagram …</source>
        <translation>&amp;Factor diagram …</translation>
    </message>
    <message>
        <source>Åpne faktordiagrammet</source>
        <translation>Open the factor diagram</translation>
    </message>
    <message>
        <source>Å utvikle gode tiltak: hva opprettholder utfordringen?</source>
        <translation>Finding good measures: what keeps the challenge going?</translation>
    </message>
    <message>
        <source>Varsler for oppmerksomheten</source>
        <translation>Warnings for the concern</translation>
    </message>
    <message>
        <source> (avsluttet)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <source>Loggen har ingen oppmerksomheter ennå.</source>
        <translation>The log has no concerns yet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mål:&lt;/b&gt; {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Goal:&lt;/b&gt; {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mål:&lt;/b&gt; &lt;i&gt;Ikke satt ennå. Velg ett konkret, målbart mål om gangen.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Goal:&lt;/b&gt; &lt;i&gt;Not set yet. Choose one concrete, measurable goal at a time.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kjennetegn på måloppnåelse:&lt;/b&gt; {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Signs that the goal is reached:&lt;/b&gt; {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ingen tiltak her ennå.</source>
        <translation>No measures here yet.</translation>
    </message>
    <message>
        <source>{0} har ikke eget tiltak ennå.</source>
        <translation>{0} has no measure of their own yet.</translation>
    </message>
    <message>
        <source>Faktordiagram – {0}</source>
        <translation>Factor diagram – {0}</translation>
    </message>
</context>
<context>
    <name>OverforingerTab</name>
    <message>
        <source>Overføringer</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Grunn</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Her er stafettlogger som skal overføres til deg eller enheten din. Til du godtar, har avsenderen ansvaret for loggen. Under ser du overføringer du har sendt eller besvart de siste 30 dagene.</source>
        <translation>Here are relay logs that are to be transferred to you or your unit. Until you accept, the sender is responsible for the log. Below you see transfers you have sent or answered in the last 30 days.</translation>
    </message>
    <message>
        <source>Venter på svar fra deg</source>
        <translation>Waiting for your answer</translation>
    </message>
    <message>
        <source>Overføringer som venter på svar</source>
        <translation>Transfers waiting for an answer</translation>
    </message>
    <message>
        <source>Ingen overføringer venter på svar fra deg.</source>
        <translation>No transfers are waiting for your answer.</translation>
    </message>
    <message>
        <source>Valgt overføring</source>
        <translation>Chosen transfer</translation>
    </message>
    <message>
        <source>&amp;Godta …</source>
        <translation>&amp;Accept …</translation>
    </message>
    <message>
        <source>Godta overføringen</source>
        <translation>Accept the transfer</translation>
    </message>
    <message>
        <source>&amp;Avvis …</source>
        <translation>&amp;Reject …</translation>
    </message>
    <message>
        <source>Avvis overføringen</source>
        <translation>Reject the transfer</translation>
    </message>
    <message>
        <source>Sendt og besvart siste 30 dager</source>
        <translation>Sent and answered in the last 30 days</translation>
    </message>
    <message>
        <source>Overføringer siste 30 dager</source>
        <translation>Transfers in the last 30 days</translation>
    </message>
    <message>
        <source>Ingen overføringer de siste 30 dagene.</source>
        <translation>No transfers in the last 30 days.</translation>
    </message>
    <message>
        <source>Tre&amp;kk tilbake …</source>
        <translation>&amp;Withdraw …</translation>
    </message>
    <message>
        <source>Trekk tilbake overføringen</source>
        <translation>Withdraw the transfer</translation>
    </message>
    <message>
        <source>Feilmelding om overføringer</source>
        <translation>Error message about transfers</translation>
    </message>
    <message>
        <source>Overføringer ({0})</source>
        <translation>Transfers ({0})</translation>
    </message>
    <message>
        <source>&amp;Bekreft mottak …</source>
        <translation>&amp;Confirm receipt …</translation>
    </message>
    <message>
        <source>Velg en overføring som venter.</source>
        <translation>Choose a waiting transfer.</translation>
    </message>
</context>
<context>
    <name>OversiktPage</name>
    <message>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Oversikt over loggen</source>
        <translation>Overview of the log</translation>
    </message>
    <message>
        <source>&amp;Rediger startsiden …</source>
        <translation>&amp;Edit the start page …</translation>
    </message>
    <message>
        <source>Rediger startsiden</source>
        <translation>Edit the start page</translation>
    </message>
    <message>
        <source>Ikke fylt ut ennå.</source>
        <translation>Not filled in yet.</translation>
    </message>
    <message>
        <source>Neste evalueringer</source>
        <translation>Next evaluations</translation>
    </message>
</context>
<context>
    <name>OversiktTab</name>
    <message>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nivå {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Antall</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Overskrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Bare tall: oversikten viser aldri navn eller innhold fra loggene. Tallene gjelder slik loggene står på denne PC-en nå.</source>
        <translation>Numbers only: the overview never shows names or content from the logs. The numbers reflect the logs as they are on this PC now.</translation>
    </message>
    <message>
        <source>Om oversikten</source>
        <translation>About the overview</translation>
    </message>
    <message>
        <source>&lt;b&gt;Logger etter status og nivå&lt;/b&gt;</source>
        <translation>&lt;b&gt;Logs by status and level&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Logger etter status og nivå</source>
        <translation>Logs by status and level</translation>
    </message>
    <message>
        <source>&lt;b&gt;Å følge opp&lt;/b&gt;</source>
        <translation>&lt;b&gt;To follow up&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Uker uten aktivitet</source>
        <translation>Weeks without activity</translation>
    </message>
    <message>
        <source>En logg regnes som uten aktivitet når ingenting er skrevet i den på så mange uker.</source>
        <translation>A log counts as without activity when nothing has been written in it for this many weeks.</translation>
    </message>
    <message>
        <source> uker</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Logger uten &amp;aktivitet på minst:</source>
        <translation>Logs without &amp;activity for at least:</translation>
    </message>
    <message>
        <source>Å følge opp</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Oversikt for {0} per {1}</source>
        <translation>Overview for {0} as of {1}</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Aktive logger med tiltak som skulle vært evaluert</source>
        <translation>Active logs with measures that should have been evaluated</translation>
    </message>
    <message>
        <source>Tiltak der evalueringsdatoen er passert</source>
        <translation>Measures past their evaluation date</translation>
    </message>
    <message>
        <source>Samtykker som går ut de neste 30 dagene</source>
        <translation>Consents that expire in the next 30 days</translation>
    </message>
    <message>
        <source>Samtykker som har gått ut, i aktive logger</source>
        <translation>Consents that have expired, in active logs</translation>
    </message>
    <message>
        <source>Aktive logger uten aktivitet på {0} uker</source>
        <translation>Active logs without activity for {0} weeks</translation>
    </message>
    <message>
        <source>Overføringer som venter, innen en enhet</source>
        <translation>Transfers waiting, within a unit</translation>
    </message>
    <message>
        <source>Overføringer som venter, mellom enheter</source>
        <translation>Transfers waiting, between units</translation>
    </message>
    <message>
        <source>Overføringer som venter, til en annen kommune</source>
        <translation>Transfers waiting, to another municipality</translation>
    </message>
    <message>
        <source>Overføringer som venter, innen enheten</source>
        <translation>Transfers waiting, within the unit</translation>
    </message>
    <message>
        <source>Overføringer som venter, til enheten</source>
        <translation>Transfers waiting, to the unit</translation>
    </message>
    <message>
        <source>Overføringer som venter, fra enheten</source>
        <translation>Transfers waiting, from the unit</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passordfrase for arbeidsområdet</source>
        <translation>Passphrase for the workspace</translation>
    </message>
    <message>
        <source>Maskinen har ingen nøkkelring vi kan bruke. Velg en passordfrase (minst 8 tegn) som beskytter nøkkelen til databasen. Uten den kan ingen åpne arbeidsområdet – heller ikke IT.</source>
        <translation>This computer has no keyring we can use. Choose a passphrase (at least 8 characters) that protects the key to the database. Without it, nobody can open the workspace – not even IT.</translation>
    </message>
    <message>
        <source>Skriv passordfrasen som beskytter arbeidsområdet.</source>
        <translation>Type the passphrase that protects the workspace.</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>&amp;Gjenta:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Passordfrasen må ha minst 8 tegn.</source>
        <translation>The passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <source>De to passordfrasene er ikke like.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Skriv passordfrasen.</source>
        <translation>Type the passphrase.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ny leder for {0}</source>
        <translation>New unit leader for {0}</translation>
    </message>
    <message>
        <source>&amp;Legg inn lederen</source>
        <translation>&amp;Add the unit leader</translation>
    </message>
    <message>
        <source>Endre {0}</source>
        <translation>Change {0}</translation>
    </message>
    <message>
        <source>&amp;Lagre endringene</source>
        <translation>&amp;Save the changes</translation>
    </message>
    <message>
        <source>Ny ekstern aktør</source>
        <translation>New external actor</translation>
    </message>
    <message>
        <source>&amp;Legg inn aktøren</source>
        <translation>&amp;Add the actor</translation>
    </message>
    <message>
        <source>Lederen legger selv inn de ansatte i enheten og merker hvem som kan være aktør og stafettholder.</source>
        <translation>The unit leader adds the unit&apos;s employees and marks who can be an actor and a coordinator.</translation>
    </message>
    <message>
        <source>En ekstern aktør, for eksempel en fastlege, hører ikke til en enhet i kommunen. Stafettholderen kan knytte aktøren til en logg på nivå 2 og 3, ikke på nivå 1.</source>
        <translation>An external actor, for example a GP, does not belong to a unit in the municipality. The coordinator can link the actor to a log at levels 2 and 3, not at level 1.</translation>
    </message>
    <message>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>&amp;Fornavn:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>Etternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>&amp;Etternavn:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>National identity number</translation>
    </message>
    <message>
        <source>11 siffer</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Fø&amp;dselsnummer:</source>
        <translation>National &amp;identity number:</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>For eksempel «Styrer»</source>
        <translation>For example “Kindergarten manager”</translation>
    </message>
    <message>
        <source>For eksempel «Fastlege ved Øvingsvik legesenter»</source>
        <translation>For example “GP at Øvingsvik Medical Centre”</translation>
    </message>
    <message>
        <source>&amp;Stilling:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>E-&amp;post:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>Pho&amp;ne:</translation>
    </message>
    <message>
        <source>Kan være &amp;aktør</source>
        <translation>Can be an ac&amp;tor</translation>
    </message>
    <message>
        <source>Kan være aktør</source>
        <translation>Can be an actor</translation>
    </message>
    <message>
        <source>Kan være stafett&amp;holder</source>
        <translation>Can be a &amp;coordinator</translation>
    </message>
    <message>
        <source>Kan være stafettholder</source>
        <translation>Can be a coordinator</translation>
    </message>
    <message>
        <source>Varsler går på e-post. Feil e-postadresse er den vanligste grunnen til at varsler uteblir.</source>
        <translation>Notifications go by email. A wrong email address is the most common reason why notifications do not arrive.</translation>
    </message>
</context>
<context>
    <name>PlainLanguageEdit</name>
    <message>
        <source>Språkråd</source>
        <translation>Language advice</translation>
    </message>
    <message>
        <source> ({0} steder)</source>
        <translation> ({0} places)</translation>
    </message>
    <message>
        <source>… og {0} råd til. Se understrekingene i teksten.</source>
        <translation>… and {0} more pieces of advice. See the underlining in the text.</translation>
    </message>
</context>
<context>
    <name>PresenterPanel</name>
    <message>
        <source>Møtemodus – styring</source>
        <translation>Meeting mode – controls</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Noen til stede ser bare utvalgte oppmerksomheter; resten vises ikke.</source>
        <translation>Some of those present see only selected concerns; the rest are not shown.</translation>
    </message>
    <message>
        <source>Deler av møtet</source>
        <translation>Parts of the meeting</translation>
    </message>
    <message>
        <source>◀ &amp;Forrige</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>Forrige del</source>
        <translation>Previous part</translation>
    </message>
    <message>
        <source>&amp;Neste ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>Neste del</source>
        <translation>Next part</translation>
    </message>
    <message>
        <source>Nytt &amp;lysglimt …</source>
        <translation>New &amp;glimpse of light …</translation>
    </message>
    <message>
        <source>Nytt lysglimt</source>
        <translation>New glimpse of light</translation>
    </message>
    <message>
        <source>Tiltak å evaluere</source>
        <translation>Measure to evaluate</translation>
    </message>
    <message>
        <source>Registrer &amp;evaluering …</source>
        <translation>Record &amp;evaluation …</translation>
    </message>
    <message>
        <source>Registrer evaluering</source>
        <translation>Record evaluation</translation>
    </message>
    <message>
        <source>Oppmerksomhet for nytt tiltak</source>
        <translation>Concern for a new measure</translation>
    </message>
    <message>
        <source>Nytt &amp;tiltak …</source>
        <translation>New &amp;measure …</translation>
    </message>
    <message>
        <source>Nytt tiltak</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>&amp;Avslutt møtet</source>
        <translation>En&amp;d the meeting</translation>
    </message>
    <message>
        <source>Avslutt møtet</source>
        <translation>End the meeting</translation>
    </message>
    <message>
        <source>Til stede: {0}</source>
        <translation>Present: {0}</translation>
    </message>
    <message>
        <source>evalueres {0}</source>
        <translation>evaluated {0}</translation>
    </message>
    <message>
        <source>Avslutte møtet og gå tilbake til loggen?</source>
        <translation>End the meeting and go back to the log?</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Les inn kvittering</source>
        <translation>Import receipt</translation>
    </message>
    <message>
        <source>Avsender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Svaret</source>
        <translation>The answer</translation>
    </message>
    <message>
        <source>Fra:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Fingeravtrykk:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Barnet:</source>
        <translation>Child:</translation>
    </message>
    <message>
        <source>Svar:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>Grunn:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>&amp;Registrer svaret</source>
        <translation>&amp;Register the answer</translation>
    </message>
    <message>
        <source>Registrer svaret</source>
        <translation>Register the answer</translation>
    </message>
    <message>
        <source>Dette er en stafettlogg, ikke en kvittering. Les den inn med «Importer stafettlogg …».</source>
        <translation>This is a relay log, not a receipt. Import it with “Import relay log …”.</translation>
    </message>
    <message>
        <source>Godtatt – loggen avsluttes her som overført.</source>
        <translation>Accepted – the log is closed here as transferred.</translation>
    </message>
    <message>
        <source>Avvist – stafettholderen beholder loggen.</source>
        <translation>Rejected – the coordinator keeps the log.</translation>
    </message>
    <message>
        <source>Svaret er registrert på overføringen.</source>
        <translation>The answer has been registered on the transfer.</translation>
    </message>
</context>
<context>
    <name>ReferatDialog</name>
    <message>
        <source>Skriv referat</source>
        <translation>Write minutes</translation>
    </message>
    <message>
        <source>&amp;Lagre referatet</source>
        <translation>&amp;Save minutes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Møtet {0}&lt;/b&gt;{1}</source>
        <translation>&lt;b&gt;The meeting {0}&lt;/b&gt;{1}</translation>
    </message>
    <message>
        <source>Dagsorden:&lt;br&gt;{0}</source>
        <translation>Agenda:&lt;br&gt;{0}</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Skriv kort hva dere ble enige om, og hvem som gjør hva til når. Bruk navn eller rolle, for eksempel «mor» eller «kontaktlærer».</source>
        <translation>Write briefly what you agreed on, and who does what by when. Use names or roles, for example “mother” or “form teacher”.</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>&amp;Referat:</source>
        <translation>&amp;Minutes:</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Avvis overføringen</source>
        <translation>Reject the transfer</translation>
    </message>
    <message>
        <source>&amp;Avvis overføringen</source>
        <translation>&amp;Reject the transfer</translation>
    </message>
    <message>
        <source>Overføringen</source>
        <translation>The transfer</translation>
    </message>
    <message>
        <source>Registrer at {0} ikke tar imot loggen. Du beholder den.</source>
        <translation>Register that {0} does not take the log. You keep it.</translation>
    </message>
    <message>
        <source>{0} beholder loggen og ser grunnen du skriver.</source>
        <translation>{0} keeps the log and sees the reason you write.</translation>
    </message>
    <message>
        <source>Grunn til at overføringen avvises</source>
        <translation>Reason for rejecting the transfer</translation>
    </message>
    <message>
        <source>&amp;Grunn (må fylles ut):</source>
        <translation>Rea&amp;son (required):</translation>
    </message>
    <message>
        <source>Skriv hvorfor du avviser overføringen.</source>
        <translation>Write why you are rejecting the transfer.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Gjenåpne loggen</source>
        <translation>Reopen the log</translation>
    </message>
    <message>
        <source>&amp;Gjenåpne</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Loggen kan bare gjenåpnes med et nytt, signert samtykke fra alle med foreldreansvar.</source>
        <translation>The log can only be reopened with a new, signed consent from everyone with parental responsibility.</translation>
    </message>
    <message>
        <source>{0} ({1}) har signert</source>
        <translation>{0} ({1}) has signed</translation>
    </message>
    <message>
        <source>{0} har signert</source>
        <translation>{0} has signed</translation>
    </message>
    <message>
        <source>Signert dato</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>&amp;Signert dato:</source>
        <translation>&amp;Date signed:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Velg sikkerhetskopien og skriv passordfrasen som ble valgt da kopien ble tatt. Alt i filen kontrolleres før den tas i bruk. Endringer som ikke var synkronisert, sendes til kommunens server neste gang du logger inn.</source>
        <translation>Choose the backup and type the passphrase chosen when it was made. Everything in the file is checked before it is used. Changes that were not synchronised are sent to the municipality&apos;s server the next time you sign in.</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Ingen fil valgt</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Velg fil …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <source>Velg fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Sikkerhetskopi:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>Om sikkerhetskopien</source>
        <translation>About the backup</translation>
    </message>
    <message>
        <source>Passordfrase for sikkerhetskopien</source>
        <translation>Passphrase for the backup</translation>
    </message>
    <message>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Det finnes allerede et arbeidsområde på denne PC-en. Det blir ikke slettet, men lagt til side i en egen mappe, og sikkerhetskopien tar plassen. Endringer som bare finnes i det nåværende arbeidsområdet, kommer ikke med.</source>
        <translation>There is already a workspace on this PC. It is not deleted but put aside in a folder of its own, and the backup takes its place. Changes that exist only in the current workspace are not included.</translation>
    </message>
    <message>
        <source>&amp;Legg det nåværende arbeidsområdet til side</source>
        <translation>&amp;Put the current workspace aside</translation>
    </message>
    <message>
        <source>Legg det nåværende arbeidsområdet til side</source>
        <translation>Put the current workspace aside</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Filen kan ikke leses. Sjekk at den finnes og at du har tilgang til den.</source>
        <translation>The file cannot be read. Check that it exists and that you have access to it.</translation>
    </message>
    <message>
        <source>Tatt {0} med Stafettlogg {1}.</source>
        <translation>Made {0} with Stafettlogg {1}.</translation>
    </message>
    <message>
        <source>Velg sikkerhetskopien først.</source>
        <translation>Choose the backup first.</translation>
    </message>
    <message>
        <source>Skriv passordfrasen for sikkerhetskopien.</source>
        <translation>Type the passphrase for the backup.</translation>
    </message>
    <message>
        <source>Kryss av for å legge det nåværende arbeidsområdet til side. Ellers kan kopien ikke tas i bruk.</source>
        <translation>Tick to put the current workspace aside. Otherwise the backup cannot be used.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er gjenopprettet.</source>
        <translation>The backup is restored.</translation>
    </message>
    <message>
        <source>PC-en har ingen nøkkelring, så arbeidsområdet er beskyttet med den samme passordfrasen.</source>
        <translation>The PC has no keyring, so the workspace is protected with the same passphrase.</translation>
    </message>
    <message>
        <source>Det forrige arbeidsområdet ligger i {0}.</source>
        <translation>The previous workspace is in {0}.</translation>
    </message>
    <message>
        <source>{0} endringer venter på synkronisering og sendes når du har logget inn.</source>
        <translation>{0} changes are waiting to be synchronised and will be sent when you have signed in.</translation>
    </message>
</context>
<context>
    <name>SamtykkeDialog</name>
    <message>
        <source>Registrer samtykke til lesetilgang</source>
        <translation>Register consent to read access</translation>
    </message>
    <message>
        <source>&amp;Registrer samtykket</source>
        <translation>&amp;Register the consent</translation>
    </message>
    <message>
        <source>Foreldrene samtykker på et signert skjema til at &lt;b&gt;{0}&lt;/b&gt; kan lese loggen. Alle med foreldreansvar må signere. Arkiver skjemaet, gjerne skannet som PDF.</source>
        <translation>On a signed form, the parents consent to &lt;b&gt;{0}&lt;/b&gt; reading the log. Everyone with parental responsibility must sign. File the form, preferably scanned as a PDF.</translation>
    </message>
    <message>
        <source>Hvem har signert?</source>
        <translation>Who has signed?</translation>
    </message>
    <message>
        <source>{0} ({1}) har signert</source>
        <translation>{0} ({1}) has signed</translation>
    </message>
    <message>
        <source>{0} har signert</source>
        <translation>{0} has signed</translation>
    </message>
    <message>
        <source>{0} har ikke foreldreansvar og signerer ikke.</source>
        <translation>{0} does not have parental responsibility and does not sign.</translation>
    </message>
    <message>
        <source>Barnet har ingen registrerte foresatte med foreldreansvar.</source>
        <translation>The child has no registered guardians with parental responsibility.</translation>
    </message>
    <message>
        <source>Signert dato</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>&amp;Signert dato:</source>
        <translation>&amp;Date signed:</translation>
    </message>
    <message>
        <source>Ingen fil valgt</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Skannet skjema</source>
        <translation>Scanned form</translation>
    </message>
    <message>
        <source>&amp;Velg PDF …</source>
        <translation>&amp;Choose PDF …</translation>
    </message>
    <message>
        <source>Legg ved skannet samtykke</source>
        <translation>Attach scanned consent</translation>
    </message>
    <message>
        <source>&amp;Fjern</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>Fjern skannet samtykke</source>
        <translation>Remove scanned consent</translation>
    </message>
    <message>
        <source>Skannet skjema (valgfritt):</source>
        <translation>Scanned form (optional):</translation>
    </message>
    <message>
        <source>Velg det skannede samtykket</source>
        <translation>Choose the scanned consent</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf);;Alle filer (*)</source>
        <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
</context>
<context>
    <name>SamtykkeskjemaDialog</name>
    <message>
        <source>Skriv ut samtykkeskjema</source>
        <translation>Print consent form</translation>
    </message>
    <message>
        <source>Skjemaet skrives ut, leses og skrives under av alle med foreldreansvar (eller ungdommen selv fra 15 år). Skann det signerte skjemaet og registrer samtykket i Stafettlogg.</source>
        <translation>The form is printed, read and signed by everyone with parental responsibility (or by the young person from age 15). Scan the signed form and register the consent in Stafettlogg.</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>&amp;Fylt ut med {0} og de foresatte</source>
        <translation>&amp;Filled in with {0} and the guardians</translation>
    </message>
    <message>
        <source>&amp;Fylt ut</source>
        <translation>&amp;Filled in</translation>
    </message>
    <message>
        <source>Fylt ut</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <source>&amp;Blankt skjema</source>
        <translation>&amp;Blank form</translation>
    </message>
    <message>
        <source>Blankt skjema</source>
        <translation>Blank form</translation>
    </message>
    <message>
        <source>&amp;Lagre som PDF …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Henter opplysningene …</source>
        <translation>Fetching the information …</translation>
    </message>
    <message>
        <source>Lager PDF-en …</source>
        <translation>Creating the PDF …</translation>
    </message>
    <message>
        <source>Skjemaet er lagret: {0}</source>
        <translation>The form has been saved: {0}</translation>
    </message>
</context>
<context>
    <name>ScopeBox</name>
    <message>
        <source>Hva kan personen lese?</source>
        <translation>What can the person read?</translation>
    </message>
    <message>
        <source>&amp;Hele loggen</source>
        <translation>The &amp;whole log</translation>
    </message>
    <message>
        <source>Hele loggen</source>
        <translation>The whole log</translation>
    </message>
    <message>
        <source>Bare &amp;valgte oppmerksomheter</source>
        <translation>Only c&amp;hosen concerns</translation>
    </message>
    <message>
        <source>Valgte oppmerksomheter</source>
        <translation>Chosen concerns</translation>
    </message>
    <message>
        <source>Loggen har ingen oppmerksomheter ennå.</source>
        <translation>The log has no concerns yet.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Logg inn</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Kursløsning: velg hvem du vil være. Alle personer her er oppdiktet.</source>
        <translation>Training version: choose who you want to be. Everyone here is fictional.</translation>
    </message>
    <message>
        <source>Velg deg selv i listen.</source>
        <translation>Choose yourself in the list.</translation>
    </message>
    <message>
        <source>Personer du kan logge inn som</source>
        <translation>People you can sign in as</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartMeetingDialog</name>
    <message>
        <source>Start møtemodus</source>
        <translation>Start meeting mode</translation>
    </message>
    <message>
        <source>Møtemodus viser bare denne loggen, på storskjermen. Kryss av for hvem som er til stede: det som vises, er det alle som er til stede, har samtykke til å se.</source>
        <translation>Meeting mode shows only this log, on the big screen. Tick who is present: what is shown is what everyone present has consent to see.</translation>
    </message>
    <message>
        <source>&amp;Start møtet</source>
        <translation>&amp;Start the meeting</translation>
    </message>
    <message>
        <source>{0} er til stede</source>
        <translation>{0} is present</translation>
    </message>
    <message>
        <source>Kryss av for hvem som er til stede i møtet.</source>
        <translation>Tick who is present at the meeting.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Startsiden</source>
        <translation>The start page</translation>
    </message>
    <message>
        <source>Tenk gjennom dette før det første møtet med barnet og foreldrene. Du kan endre det senere.</source>
        <translation>Think this through before the first meeting with the child and the parents. You can change it later.</translation>
    </message>
    <message>
        <source>Hva er min &amp;bekymring?</source>
        <translation>What am I &amp;worried about?</translation>
    </message>
    <message>
        <source>Hva er min bekymring?</source>
        <translation>What am I worried about?</translation>
    </message>
    <message>
        <source>Hva kjennetegner &amp;måloppnåelse?</source>
        <translation>What are the &amp;signs that the goal is reached?</translation>
    </message>
    <message>
        <source>Hva kjennetegner måloppnåelse?</source>
        <translation>What are the signs that the goal is reached?</translation>
    </message>
    <message>
        <source>Hva o&amp;pprettholder utfordringen?</source>
        <translation>What &amp;keeps the challenge going?</translation>
    </message>
    <message>
        <source>Hva opprettholder utfordringen?</source>
        <translation>What keeps the challenge going?</translation>
    </message>
    <message>
        <source>Feil i «{0}»</source>
        <translation>Error in “{0}”</translation>
    </message>
    <message>
        <source>Teksten er for lang ({0} tegn). Maks {1} tegn.</source>
        <translation>The text is too long ({0} characters). At most {1} characters.</translation>
    </message>
</context>
<context>
    <name>StartsideDialog</name>
    <message>
        <source>Hva er bekymringen?</source>
        <translation>What is the worry?</translation>
    </message>
    <message>
        <source>Hva kjennetegner måloppnåelse?</source>
        <translation>What are the signs that the goal is reached?</translation>
    </message>
    <message>
        <source>Hva opprettholder utfordringen?</source>
        <translation>What keeps the challenge going?</translation>
    </message>
    <message>
        <source>Barnets stemme – hva sier barnet selv?</source>
        <translation>The child&apos;s voice – what does the child say?</translation>
    </message>
    <message>
        <source>Rediger startsiden</source>
        <translation>Edit the start page</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Henter personene …</source>
        <translation>Fetching the people …</translation>
    </message>
    <message>
        <source>Lager kursløsningen …</source>
        <translation>Making the training municipality …</translation>
    </message>
    <message>
        <source>Åpner arbeidsområdet …</source>
        <translation>Opening the workspace …</translation>
    </message>
    <message>
        <source>Har du en sikkerhetskopi, kan du gjenopprette den nå. Dette arbeidsområdet legges da til side i en egen mappe, slik det er, for IT-støtte.</source>
        <translation>If you have a backup, you can restore it now. This workspace is then set aside in a folder of its own, as it is, for IT support.</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
        <translation>&amp;Restore from a backup …</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Kontrollerer sikkerhetskopien …</source>
        <translation>Checking the backup …</translation>
    </message>
    <message>
        <source>Lager arbeidsområdet …</source>
        <translation>Creating the workspace …</translation>
    </message>
    <message>
        <source>Logger inn på kommunens server …</source>
        <translation>Signing in to the municipality&apos;s server …</translation>
    </message>
    <message>
        <source>Henter loggene dine fra kommunens server …</source>
        <translation>Fetching your logs from the municipality&apos;s server …</translation>
    </message>
    <message>
        <source>Innloggingen kan ikke lagres trygt på denne PC-en (den har ingen nøkkelring). Du må logge inn på kommunens server på nytt neste gang du starter Stafettlogg.</source>
        <translation>Your sign-in cannot be stored safely on this PC (it has no keyring). You will have to sign in to the municipality&apos;s server again the next time you start Stafettlogg.</translation>
    </message>
    <message>
        <source>Du finnes ikke blant de ansatte på denne PC-en. Kontakt kommunens IT-ansvarlige.</source>
        <translation>You are not among the employees on this PC. Contact the municipality&apos;s IT department.</translation>
    </message>
    <message>
        <source>Lagrer kommunen …</source>
        <translation>Saving the municipality …</translation>
    </message>
    <message>
        <source>Stafettlogg er låst.</source>
        <translation>Stafettlogg is locked.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Oppsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Se over før du oppretter loggen. Gå tilbake for å rette.</source>
        <translation>Look it over before you create the log. Go back to correct it.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Oppsummering av loggen</source>
        <translation>Summary of the log</translation>
    </message>
    <message>
        <source>Oppretter loggen …</source>
        <translation>Creating the log …</translation>
    </message>
    <message>
        <source>Loggen ble ikke opprettet, og ingenting er lagret.
{0}</source>
        <translation>The log was not created, and nothing has been saved.
{0}</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Synkronisering</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Synkroniseringsstatus</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Konflikter og avviste endringer</source>
        <translation>Conflicts and rejected changes</translation>
    </message>
    <message>
        <source>Åpner endringene som må avklares</source>
        <translation>Opens the changes that need to be resolved</translation>
    </message>
    <message>
        <source>Logg &amp;inn …</source>
        <translation>Sign &amp;in …</translation>
    </message>
    <message>
        <source>Logg inn på kommunens server</source>
        <translation>Sign in to the municipality&apos;s server</translation>
    </message>
    <message>
        <source>S&amp;ynkroniser nå</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Synkroniser nå</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sender endringene dine og henter nytt fra kommunens server</source>
        <translation>Sends your changes and fetches what is new from the municipality&apos;s server</translation>
    </message>
    <message>
        <source>Lokal kursløsning – synkroniseres ikke</source>
        <translation>Local training version – not synced</translation>
    </message>
    <message>
        <source>Lokalt arbeidsområde – synkroniseres ikke</source>
        <translation>Local workspace – not synced</translation>
    </message>
    <message>
        <source>Alt lagres bare på denne PC-en.</source>
        <translation>Everything is saved only on this PC.</translation>
    </message>
    <message>
        <source>ingen endringer venter</source>
        <translation>no changes waiting</translation>
    </message>
    <message>
        <source>1 endring venter</source>
        <translation>1 change waiting</translation>
    </message>
    <message>
        <source>{0} endringer venter</source>
        <translation>{0} changes waiting</translation>
    </message>
    <message>
        <source>Synkroniserer …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <source>(lagret på PC-en)</source>
        <translation>(saved on this PC)</translation>
    </message>
    <message>
        <source>Synkronisert {0} · {1}</source>
        <translation>Synced {0} · {1}</translation>
    </message>
    <message>
        <source>Frakoblet – {0} {1}</source>
        <translation>Offline – {0} {1}</translation>
    </message>
    <message>
        <source>Ikke logget inn på kommunens server – {0} {1}</source>
        <translation>Not signed in to the municipality&apos;s server – {0} {1}</translation>
    </message>
    <message>
        <source>Ikke synkronisert: {0} – {1}</source>
        <translation>Not synced: {0} – {1}</translation>
    </message>
    <message>
        <source>Sist synkronisert {0} · {1}</source>
        <translation>Last synced {0} · {1}</translation>
    </message>
    <message>
        <source>Ikke synkronisert ennå · {0}</source>
        <translation>Not synced yet · {0}</translation>
    </message>
    <message>
        <source>Kommunens server: {0}</source>
        <translation>The municipality&apos;s server: {0}</translation>
    </message>
    <message>
        <source>Sist synkronisert: {0}</source>
        <translation>Last synced: {0}</translation>
    </message>
    <message>
        <source>Prøver igjen kl. {0}.</source>
        <translation>Trying again at {0}.</translation>
    </message>
    <message>
        <source>{0} konflikter og avviste endringer må avklares</source>
        <translation>{0} conflicts and rejected changes need to be resolved</translation>
    </message>
    <message>
        <source>1 konflikt må avklares</source>
        <translation>1 conflict needs to be resolved</translation>
    </message>
    <message>
        <source>{0} konflikter må avklares</source>
        <translation>{0} conflicts need to be resolved</translation>
    </message>
    <message>
        <source>1 endring ble avvist – må avklares</source>
        <translation>1 change was rejected – needs to be resolved</translation>
    </message>
    <message>
        <source>{0} endringer ble avvist – må avklares</source>
        <translation>{0} changes were rejected – need to be resolved</translation>
    </message>
    <message>
        <source>Logger inn …</source>
        <translation>Signing in …</translation>
    </message>
</context>
<context>
    <name>TilgangPage</name>
    <message>
        <source>Aktører og tilgang</source>
        <translation>Actors and access</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation type="vanished">Missing</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Relasjon</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Foreldreansvar</source>
        <translation>Parental responsibility</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Kan lese</source>
        <translation>Can read</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fjernet</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>En aktør er knyttet til loggen ved å ha ansvar for et tiltak. Foreldrene har alltid tilgang til loggen. Andre ansatte kan få lesetilgang – bare med foreldrenes samtykke.</source>
        <translation>An actor is linked to the log by being responsible for a measure. The parents always have access to the log. Other employees can get read access – only with the parents&apos; consent.</translation>
    </message>
    <message>
        <source>Om aktører og tilgang</source>
        <translation>About actors and access</translation>
    </message>
    <message>
        <source>Aktører</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Aktører i loggen</source>
        <translation>Actors in the log</translation>
    </message>
    <message>
        <source>Ingen aktører ennå. Legg inn et tiltak med en ansvarlig aktør.</source>
        <translation>No actors yet. Enter a measure with a responsible actor.</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>Foresatte og kontaktinformasjon</source>
        <translation>Guardians and contact details</translation>
    </message>
    <message>
        <source>Sjekk e-post og telefon med foreldrene. Feil kontaktinformasjon er den vanligste grunnen til at varsler ikke kommer fram.</source>
        <translation>Check email and phone with the parents. Wrong contact details are the most common reason why notifications do not get through.</translation>
    </message>
    <message>
        <source>Mangler kontaktinformasjon</source>
        <translation>Contact details missing</translation>
    </message>
    <message>
        <source>Lesetilgang</source>
        <translation>Read access</translation>
    </message>
    <message>
        <source>Lesetilgang krever samtykke fra alle med foreldreansvar. Den kan gjelde hele loggen eller utvalgte oppmerksomheter, og den kan utvides, snevres inn eller fjernes.</source>
        <translation>Read access needs consent from everyone with parental responsibility. It can cover the whole log or selected concerns, and it can be widened, narrowed or removed.</translation>
    </message>
    <message>
        <source>Lesetilganger</source>
        <translation>Read access grants</translation>
    </message>
    <message>
        <source>Ingen har lesetilgang til loggen.</source>
        <translation>Nobody has read access to the log.</translation>
    </message>
    <message>
        <source>Feilmelding om tilgang</source>
        <translation>Error message about access</translation>
    </message>
    <message>
        <source>Gi &amp;lesetilgang …</source>
        <translation>Grant read &amp;access …</translation>
    </message>
    <message>
        <source>Gi lesetilgang</source>
        <translation>Grant read access</translation>
    </message>
    <message>
        <source>&amp;Endre …</source>
        <translation>C&amp;hange …</translation>
    </message>
    <message>
        <source>Endre lesetilgang</source>
        <translation>Change read access</translation>
    </message>
    <message>
        <source>&amp;Fjern …</source>
        <translation>Re&amp;move …</translation>
    </message>
    <message>
        <source>Fjern lesetilgang</source>
        <translation>Remove read access</translation>
    </message>
    <message>
        <source>Skriv ut &amp;samtykkeskjema …</source>
        <translation>&amp;Print consent form …</translation>
    </message>
    <message>
        <source>Skriv ut samtykkeskjema</source>
        <translation>Print consent form</translation>
    </message>
    <message>
        <source>Et skjema å skrive under på, fylt ut med barnet og de foresatte</source>
        <translation>A form to sign, filled in with the child and the guardians</translation>
    </message>
    <message>
        <source>Hele loggen</source>
        <translation>The whole log</translation>
    </message>
    <message>
        <source>(oppmerksomhet som ikke finnes lenger)</source>
        <translation>(a concern that no longer exists)</translation>
    </message>
    <message>
        <source>e-post</source>
        <translation>email</translation>
    </message>
    <message>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>{0} mangler {1}.</source>
        <translation>{0} has no {1}.</translation>
    </message>
    <message>
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Velg en aktiv lesetilgang i listen.</source>
        <translation>Choose an active read access in the list.</translation>
    </message>
    <message>
        <source>Fjern lesetilgangen?</source>
        <translation>Remove the read access?</translation>
    </message>
    <message>
        <source>Fjerne lesetilgangen til {0}?</source>
        <translation>Remove the read access of {0}?</translation>
    </message>
    <message>
        <source>{0} kan ikke lese loggen lenger. Tilgangen står i listen som fjernet.</source>
        <translation>{0} can no longer read the log. The access stays in the list as removed.</translation>
    </message>
    <message>
        <source>&amp;Fjern lesetilgangen</source>
        <translation>&amp;Remove read access</translation>
    </message>
    <message>
        <source>Fjern lesetilgangen</source>
        <translation>Remove read access</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TilgangsloggPage</name>
    <message>
        <source>åpnet loggen</source>
        <translation>opened the log</translation>
    </message>
    <message>
        <source>eksporterte loggen til PDF</source>
        <translation>exported the log to PDF</translation>
    </message>
    <message>
        <source>eksporterte faktordiagrammet</source>
        <translation>exported the factor diagram</translation>
    </message>
    <message>
        <source>eksporterte loggen</source>
        <translation>exported the log</translation>
    </message>
    <message>
        <source>skrev ut loggen</source>
        <translation>printed the log</translation>
    </message>
    <message>
        <source>viste loggen i møtemodus</source>
        <translation>showed the log in meeting mode</translation>
    </message>
    <message>
        <source>sendte loggen til overføring</source>
        <translation>sent the log for transfer</translation>
    </message>
    <message>
        <source>tok imot loggen (overføring)</source>
        <translation>received the log (transfer)</translation>
    </message>
    <message>
        <source>avviste overføringen av loggen</source>
        <translation>rejected the transfer of the log</translation>
    </message>
    <message>
        <source>overføring av loggen</source>
        <translation>transfer of the log</translation>
    </message>
    <message>
        <source>opprettet loggen</source>
        <translation>created the log</translation>
    </message>
    <message>
        <source>Tilgangslogg</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Når</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Om tilgangsloggen</source>
        <translation>About the access log</translation>
    </message>
    <message>
        <source>Hvor listen kommer fra</source>
        <translation>Where the list comes from</translation>
    </message>
    <message>
        <source>Vis hendelser for</source>
        <translation>Show events for</translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Antall hendelser</source>
        <translation>Number of events</translation>
    </message>
    <message>
        <source>&amp;Oppdater</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Oppdater tilgangsloggen</source>
        <translation>Refresh the access log</translation>
    </message>
    <message>
        <source>Feilmelding om tilgangsloggen</source>
        <translation>Error message about the access log</translation>
    </message>
    <message>
        <source>Hvem har åpnet loggen</source>
        <translation>Who has opened the log</translation>
    </message>
    <message>
        <source>&amp;Hendelser, de nyeste først:</source>
        <translation>&amp;Events, newest first:</translation>
    </message>
    <message>
        <source>Her ser du hvem som har åpnet loggen til {0}, og når: hvem som har lest den, skrevet den ut, eksportert den eller vist den i et møte. Flere åpninger av samme person rett etter hverandre står på én linje.
Bare foresatte, stafettholderen og ungdommen selv (fra 15 år) kan se denne listen.</source>
        <translation>Here you see who has opened the log for {0}, and when: who has read it, printed it, exported it or shown it in a meeting. Several openings by the same person right after each other are shown on one line.
Only guardians, the coordinator and the young person (from age 15) can see this list.</translation>
    </message>
    <message>
        <source>Foresatte, stafettholderen og ungdommen selv (fra 15 år) kan se hvem som har åpnet loggen til {0}, og når. Det gjelder også når du åpner den.</source>
        <translation>Guardians, the coordinator and the young person (from age 15) can see who has opened the log for {0}, and when. That also applies when you open it.</translation>
    </message>
    <message>
        <source>Henter …</source>
        <translation>Fetching …</translation>
    </message>
    <message>
        <source>Viser åpninger på denne PC-en. Den er ikke koblet til kommunens server.</source>
        <translation>Showing openings on this PC. It is not connected to the municipality&apos;s server.</translation>
    </message>
    <message>
        <source>Henter åpninger på andre PC-er fra kommunens server …</source>
        <translation>Fetching openings on other PCs from the municipality&apos;s server …</translation>
    </message>
    <message>
        <source>Oppdatert fra serveren kl. {0}: åpninger på alle PC-er.</source>
        <translation>Updated from the server at {0}: openings on all PCs.</translation>
    </message>
    <message>
        <source>Viser bare åpninger på denne PC-en (frakoblet).</source>
        <translation>Showing only openings on this PC (offline).</translation>
    </message>
    <message>
        <source>Viser bare åpninger på denne PC-en. Serveren svarte: {0}</source>
        <translation>Showing only openings on this PC. The server answered: {0}</translation>
    </message>
    <message>
        <source>Åpninger på andre PC-er er fra forrige gang listen ble hentet.</source>
        <translation>Openings on other PCs are from the last time the list was fetched.</translation>
    </message>
    <message>
        <source>Alle personer</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>{0} hendelser</source>
        <translation>{0} events</translation>
    </message>
    <message>
        <source>1 hendelse</source>
        <translation>1 event</translation>
    </message>
    <message>
        <source>{0} av {1} hendelser</source>
        <translation>{0} of {1} events</translation>
    </message>
    <message>
        <source>Første gang {0}, siste gang {1}</source>
        <translation>First time {0}, last time {1}</translation>
    </message>
</context>
<context>
    <name>TiltakDialog</name>
    <message>
        <source>Nytt tiltak</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>&amp;Lagre tiltaket</source>
        <translation>&amp;Save measure</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Oppmerksomhet: «{0}»</source>
        <translation>Concern: “{0}”</translation>
    </message>
    <message>
        <source>Mål: «{0}»</source>
        <translation>Goal: “{0}”</translation>
    </message>
    <message>
        <source>Oppmerksomheten</source>
        <translation>The concern</translation>
    </message>
    <message>
        <source>Råd om tiltakene</source>
        <translation>Advice on the measures</translation>
    </message>
    <message>
        <source>Oppmerksomheten er avsluttet, så det kan ikke legges inn nye tiltak.</source>
        <translation>The concern has been closed, so no new measures can be entered.</translation>
    </message>
    <message>
        <source>Oppmerksomheten er avsluttet</source>
        <translation>The concern has been closed</translation>
    </message>
    <message>
        <source>Et tiltak er kort og konkret: hva dere gjør for å nå målet. Det har én ansvarlig; skal flere gjøre det samme, legg inn ett tiltak for hver. Teksten kan rettes i 8 timer etter at den er lagret.</source>
        <translation>A measure is short and concrete: what you do to reach the goal. It has one person responsible; if several people are to do the same, enter one measure for each. The text can be corrected for 8 hours after it is saved.</translation>
    </message>
    <message>
        <source>Om tiltak</source>
        <translation>About measures</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Kort og konkret: hva gjør den ansvarlige, når og hvor? For eksempel: «Ahmed Karimi sitter ved siden av Ella ved lunsjen hver dag.»</source>
        <translation>Short and concrete: what does the person responsible do, when and where? For example: “Ahmed Karimi sits next to Ella at lunch every day.”</translation>
    </message>
    <message>
        <source>&amp;Tiltak</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>I t&amp;jenesten</source>
        <translation>In the ser&amp;vice</translation>
    </message>
    <message>
        <source>I tjenesten</source>
        <translation>In the service</translation>
    </message>
    <message>
        <source>I &amp;hjemmet</source>
        <translation>At &amp;home</translation>
    </message>
    <message>
        <source>I hjemmet</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>&amp;Barnets eget ({0})</source>
        <translation>The &amp;child&apos;s own ({0})</translation>
    </message>
    <message>
        <source>Barnets eget</source>
        <translation>The child&apos;s own</translation>
    </message>
    <message>
        <source>Hvem er det for?</source>
        <translation>Who is it for?</translation>
    </message>
    <message>
        <source>Foresatte legger inn tiltak i hjemmet. Andre tiltak legger stafettholderen inn.</source>
        <translation>Guardians enter measures at home. The coordinator enters other measures.</translation>
    </message>
    <message>
        <source>Om hvem som legger inn tiltak</source>
        <translation>About who enters measures</translation>
    </message>
    <message>
        <source>Ansvarlig aktør</source>
        <translation>Responsible actor</translation>
    </message>
    <message>
        <source>Ansvarlig (automatisk)</source>
        <translation>Responsible (automatic)</translation>
    </message>
    <message>
        <source>&amp;Ansvarlig</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>Om ansvarlig</source>
        <translation>About the person responsible</translation>
    </message>
    <message>
        <source>&amp;Startdato</source>
        <translation>S&amp;tart date</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Sl&amp;uttdato</source>
        <translation>E&amp;nd date</translation>
    </message>
    <message>
        <source>Sluttdato</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>&amp;Evalueringsdato</source>
        <translation>&amp;Evaluation date</translation>
    </message>
    <message>
        <source>Evalueringsdato</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <source>&amp;Neste trinn i tiltakstrappen</source>
        <translation>Ne&amp;xt step on the measure ladder</translation>
    </message>
    <message>
        <source>Neste trinn i tiltakstrappen</source>
        <translation>Next step on the measure ladder</translation>
    </message>
    <message>
        <source>Om tiltakstrappen</source>
        <translation>About the measure ladder</translation>
    </message>
    <message>
        <source>Henter aktører …</source>
        <translation>Fetching actors …</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>ekstern aktør</source>
        <translation>external actor</translation>
    </message>
    <message>
        <source> – har et aktivt tiltak her</source>
        <translation> – has an active measure here</translation>
    </message>
    <message>
        <source>Velg ansvarlig aktør</source>
        <translation>Choose the responsible actor</translation>
    </message>
    <message>
        <source>Velg først hvem tiltaket er for.</source>
        <translation>First choose who the measure is for.</translation>
    </message>
    <message>
        <source>Foresatte (automatisk)</source>
        <translation>Guardians (automatic)</translation>
    </message>
    <message>
        <source>Et tiltak i hjemmet er alltid foresattes ansvar. Foresatte former det selv.</source>
        <translation>A measure at home is always the guardians&apos; responsibility. The guardians shape it themselves.</translation>
    </message>
    <message>
        <source>{0} (automatisk)</source>
        <translation>{0} (automatic)</translation>
    </message>
    <message>
        <source>{0} har selv ansvaret for dette tiltaket, tilpasset alderen.</source>
        <translation>{0} is responsible for this measure themselves, in a way that suits their age.</translation>
    </message>
    <message>
        <source>Loggen er på nivå 1, så bare aktører fra {0} kan velges. Hev nivået for å knytte til aktører fra andre tjenester eller eksterne aktører.</source>
        <translation>The log is at level 1, so only actors from {0} can be chosen. Raise the level to link actors from other services or external actors.</translation>
    </message>
    <message>
        <source>Loggen er på nivå {0}: aktører fra alle tjenester og eksterne aktører kan velges.</source>
        <translation>The log is at level {0}: actors from all services and external actors can be chosen.</translation>
    </message>
    <message>
        <source>Velg ansvarlig først.</source>
        <translation>Choose the person responsible first.</translation>
    </message>
    <message>
        <source>{0} har allerede et aktivt tiltak her: «{1}». Hver aktør har bare ett aktivt tiltak om gangen. Kryss av for å legge det nye inn som neste trinn; det blir aktivt når det forrige er evaluert.</source>
        <translation>{0} already has an active measure here: “{1}”. Each actor has only one active measure at a time. Tick the box to enter the new one as the next step; it becomes active when the previous one has been evaluated.</translation>
    </message>
    <message>
        <source>{0} har planlagte trinn her. Kryss av for å legge dette inn etter dem.</source>
        <translation>{0} has planned steps here. Tick the box to enter this one after them.</translation>
    </message>
    <message>
        <source>Dette blir første trinn for {0}.</source>
        <translation>This will be the first step for {0}.</translation>
    </message>
    <message>
        <source>Velg om tiltaket er i tjenesten, i hjemmet eller barnets eget.</source>
        <translation>Choose whether the measure is in the service, at home or the child&apos;s own.</translation>
    </message>
    <message>
        <source>Aktørene er ikke hentet ennå. Prøv igjen om et øyeblikk.</source>
        <translation>The actors have not been fetched yet. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Overfør …</source>
        <translation>T&amp;ransfer …</translation>
    </message>
    <message>
        <source>Overfør loggen</source>
        <translation>Transfer the log</translation>
    </message>
    <message>
        <source>Overfør loggen til en ny stafettholder</source>
        <translation>Transfer the log to a new coordinator</translation>
    </message>
    <message>
        <source>Tre&amp;kk tilbake overføringen …</source>
        <translation>W&amp;ithdraw the transfer …</translation>
    </message>
    <message>
        <source>Trekk tilbake overføringen</source>
        <translation>Withdraw the transfer</translation>
    </message>
</context>
<context>
    <name>TransferConsentDialog</name>
    <message>
        <source>Registrer samtykke til overføring</source>
        <translation>Register consent to transfer</translation>
    </message>
    <message>
        <source>&amp;Registrer samtykket</source>
        <translation>&amp;Register the consent</translation>
    </message>
    <message>
        <source>Foreldrene samtykker på et signert skjema til at loggen for &lt;b&gt;{0}&lt;/b&gt; kan overføres. Alle med foreldreansvar må signere. Arkiver skjemaet.</source>
        <translation>On a signed form, the parents consent to the log for &lt;b&gt;{0}&lt;/b&gt; being transferred. Everyone with parental responsibility must sign. File the form.</translation>
    </message>
    <message>
        <source>Samtykket gjelder</source>
        <translation>The consent covers</translation>
    </message>
    <message>
        <source>Overføring til annen &amp;enhet i kommunen</source>
        <translation>Transfer to another &amp;unit in the municipality</translation>
    </message>
    <message>
        <source>Til annen enhet</source>
        <translation>To another unit</translation>
    </message>
    <message>
        <source>Overføring til annen &amp;kommune</source>
        <translation>Transfer to another &amp;municipality</translation>
    </message>
    <message>
        <source>Til annen kommune</source>
        <translation>To another municipality</translation>
    </message>
    <message>
        <source>Hvem har signert?</source>
        <translation>Who has signed?</translation>
    </message>
    <message>
        <source>{0} ({1}) har signert</source>
        <translation>{0} ({1}) has signed</translation>
    </message>
    <message>
        <source>foresatt</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>{0} har signert</source>
        <translation>{0} has signed</translation>
    </message>
    <message>
        <source>Barnet har ingen registrerte foresatte med foreldreansvar.</source>
        <translation>The child has no registered guardians with parental responsibility.</translation>
    </message>
    <message>
        <source>Signert dato</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>&amp;Signert dato:</source>
        <translation>&amp;Date signed:</translation>
    </message>
    <message>
        <source>Kryss av for hva samtykket gjelder.</source>
        <translation>Tick what the consent covers.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Overfør stafettlogg</source>
        <translation>Transfer relay log</translation>
    </message>
    <message>
        <source>&amp;Send overføringen</source>
        <translation>&amp;Send the transfer</translation>
    </message>
    <message>
        <source>Henter loggen …</source>
        <translation>Fetching the log …</translation>
    </message>
    <message>
        <source>Om overføringen</source>
        <translation>About the transfer</translation>
    </message>
    <message>
        <source>Hvor skal loggen?</source>
        <translation>Where is the log going?</translation>
    </message>
    <message>
        <source>&amp;Innen enheten</source>
        <translation>&amp;Within the unit</translation>
    </message>
    <message>
        <source>Innen enheten</source>
        <translation>Within the unit</translation>
    </message>
    <message>
        <source>En annen stafettholder i enheten tar over loggen.</source>
        <translation>Another coordinator in the unit takes over the log.</translation>
    </message>
    <message>
        <source>Til annen &amp;enhet i kommunen</source>
        <translation>To another &amp;unit in the municipality</translation>
    </message>
    <message>
        <source>Til annen enhet</source>
        <translation>To another unit</translation>
    </message>
    <message>
        <source>Lederen der, eller en stafettholder du velger, tar over. Krever samtykke.</source>
        <translation>The unit leader there, or a coordinator you choose, takes over. Needs consent.</translation>
    </message>
    <message>
        <source>Til annen &amp;kommune</source>
        <translation>To another &amp;municipality</translation>
    </message>
    <message>
        <source>Til annen kommune</source>
        <translation>To another municipality</translation>
    </message>
    <message>
        <source>Loggen eksporteres, og avsluttes her når kommunen har den. Krever samtykke.</source>
        <translation>The log is exported, and closed here once the municipality has it. Needs consent.</translation>
    </message>
    <message>
        <source>Ikke mulig ennå på en PC som er koblet til kommunens server.</source>
        <translation>Not possible yet on a PC connected to the kommune’s server.</translation>
    </message>
    <message>
        <source>Mottaker</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Ny stafettholder</source>
        <translation>New coordinator</translation>
    </message>
    <message>
        <source>Ny stafett&amp;holder:</source>
        <translation>New coor&amp;dinator:</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>Lederen i enheten</source>
        <translation>The unit leader</translation>
    </message>
    <message>
        <source>En &amp;bestemt stafettholder i enheten:</source>
        <translation>&amp;A specific coordinator in the unit:</translation>
    </message>
    <message>
        <source>En bestemt stafettholder</source>
        <translation>A specific coordinator</translation>
    </message>
    <message>
        <source>Ny stafettholder i enheten</source>
        <translation>New coordinator in the unit</translation>
    </message>
    <message>
        <source>Hvem godtar:</source>
        <translation>Who accepts:</translation>
    </message>
    <message>
        <source>Mottakerkommune</source>
        <translation>Receiving municipality</translation>
    </message>
    <message>
        <source>For eksempel Nabovik kommune</source>
        <translation>For example Nabovik Municipality</translation>
    </message>
    <message>
        <source>Ko&amp;mmune:</source>
        <translation>Munic&amp;ipality:</translation>
    </message>
    <message>
        <source>Grunn til overføringen</source>
        <translation>Reason for the transfer</translation>
    </message>
    <message>
        <source>For eksempel: Tori begynner på skolen i august.</source>
        <translation>For example: Tori starts school in August.</translation>
    </message>
    <message>
        <source>&amp;Grunn (må fylles ut):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Oppmerksomheter som følger med</source>
        <translation>Concerns included</translation>
    </message>
    <message>
        <source>Velg sammen med familien. Det som ikke følger med, blir stående i historikken.</source>
        <translation>Choose together with the family. What is not included stays in the history.</translation>
    </message>
    <message>
        <source>Samtykke til overføringen</source>
        <translation>Consent to the transfer</translation>
    </message>
    <message>
        <source>&amp;Registrer samtykke til overføring …</source>
        <translation>Register &amp;consent to transfer …</translation>
    </message>
    <message>
        <source>Registrer samtykke til overføring</source>
        <translation>Register consent to transfer</translation>
    </message>
    <message>
        <source>Ansvaret</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>Overfør loggen for &lt;b&gt;{0}&lt;/b&gt;. Stafettholder nå: {1}, {2}.</source>
        <translation>Transfer the log for &lt;b&gt;{0}&lt;/b&gt;. Current coordinator: {1}, {2}.</translation>
    </message>
    <message>
        <source>Du sender den på vegne av {0}.</source>
        <translation>You are sending it on behalf of {0}.</translation>
    </message>
    <message>
        <source>En annen stafettholder i {0} tar over loggen.</source>
        <translation>Another coordinator in {0} takes over the log.</translation>
    </message>
    <message>
        <source>Du kan ikke lese loggen, så oppmerksomhetene står med nummer. Spør familien.</source>
        <translation>You cannot read the log, so the concerns are shown by number. Ask the family.</translation>
    </message>
    <message>
        <source>Loggen har ingen aktive oppmerksomheter.</source>
        <translation>The log has no active concerns.</translation>
    </message>
    <message>
        <source>Loggen venter allerede på at en mottaker skal godta en overføring.</source>
        <translation>The log is already waiting for a recipient to accept a transfer.</translation>
    </message>
    <message>
        <source>&amp;Lederen i enheten velger ny stafettholder</source>
        <translation>The unit &amp;leader chooses a new coordinator</translation>
    </message>
    <message>
        <source>&amp;Lederen i enheten velger ny stafettholder ({0})</source>
        <translation>The unit &amp;leader chooses a new coordinator ({0})</translation>
    </message>
    <message>
        <source>&amp;Lederen i enheten (enheten har ingen leder registrert)</source>
        <translation>The unit &amp;leader (the unit has no leader registered)</translation>
    </message>
    <message>
        <source>Innen enheten trengs ikke et nytt samtykke.</source>
        <translation>Within the unit, no new consent is needed.</translation>
    </message>
    <message>
        <source>overføring til annen enhet</source>
        <translation>transfer to another unit</translation>
    </message>
    <message>
        <source>overføring til annen kommune</source>
        <translation>transfer to another municipality</translation>
    </message>
    <message>
        <source>, gjelder til {0}</source>
        <translation>, valid until {0}</translation>
    </message>
    <message>
        <source>Samtykke til {0}: signert {1}{2}. Det følger med overføringen.</source>
        <translation>Consent to {0}: signed {1}{2}. It goes with the transfer.</translation>
    </message>
    <message>
        <source>Ingen signert samtykke dekker {0}. Alle med foreldreansvar må signere et samtykke til det, og du må registrere det før du kan sende loggen.</source>
        <translation>No signed consent covers {0}. Everyone with parental responsibility must sign a consent to it, and you must register it before you can send the log.</translation>
    </message>
    <message>
        <source>Samtykket signert {0}: {1}</source>
        <translation>Consent signed {0}: {1}</translation>
    </message>
    <message>
        <source>lederen i {0}</source>
        <translation>the unit leader in {0}</translation>
    </message>
    <message>
        <source>mottakeren</source>
        <translation>the recipient</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>you</translation>
    </message>
    <message>
        <source>{0} har ansvaret til {1} har godtatt overføringen.</source>
        <translation>Responsibility stays with {0} until {1} has accepted the transfer.</translation>
    </message>
    <message>
        <source>Skriv grunnen til overføringen.</source>
        <translation>Write the reason for the transfer.</translation>
    </message>
    <message>
        <source>Velg sammen med familien minst én oppmerksomhet som skal følge med.</source>
        <translation>Together with the family, choose at least one concern to include.</translation>
    </message>
    <message>
        <source>Velg den nye stafettholderen.</source>
        <translation>Choose the new coordinator.</translation>
    </message>
    <message>
        <source>Velg enheten loggen skal til.</source>
        <translation>Choose the unit the log is going to.</translation>
    </message>
    <message>
        <source>Velg den nye stafettholderen i {0}.</source>
        <translation>Choose the new coordinator in {0}.</translation>
    </message>
    <message>
        <source>Skriv navnet på kommunen loggen skal til.</source>
        <translation>Write the name of the municipality the log is going to.</translation>
    </message>
    <message>
        <source>Loggen kan ikke sendes uten et signert samtykke til overføringen. Registrer samtykket først.</source>
        <translation>The log cannot be sent without a signed consent to the transfer. Register the consent first.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Velkommen til Stafettlogg</source>
        <translation>Welcome to Stafettlogg</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Velkommen&lt;/h2&gt;&lt;p&gt;Det finnes ikke noe arbeidsområde på denne maskinen ennå.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kursløsningen&lt;/b&gt; er en oppdiktet øvingskommune med barn, foresatte, ansatte og logger i alle tilstander. Der kan du prøve alt uten å røre ekte opplysninger.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;There is no workspace on this computer yet.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;training version&lt;/b&gt; is a fictional practice municipality with children, guardians, employees and logs in every state. There you can try everything without touching real information.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Skal PC-en brukes i kommunen, kobler du den til &lt;b&gt;kommunens server&lt;/b&gt;. Da hentes loggene dine hit og holdes i takt med de andre PC-ene.</source>
        <translation>If this PC is to be used in the municipality, connect it to the &lt;b&gt;municipality&apos;s server&lt;/b&gt;. Your logs are then fetched here and kept in step with the other PCs.</translation>
    </message>
    <message>
        <source>Åpne &amp;kursløsningen (øvingskommune)</source>
        <translation>Open the &amp;training version (practice municipality)</translation>
    </message>
    <message>
        <source>Åpne kursløsningen</source>
        <translation>Open the training version</translation>
    </message>
    <message>
        <source>Oppdiktet øvingskommune for opplæring</source>
        <translation>Fictional practice municipality for training</translation>
    </message>
    <message>
        <source>Opprett et &amp;tomt arbeidsområde for kommunen</source>
        <translation>Create an &amp;empty workspace for the municipality</translation>
    </message>
    <message>
        <source>Opprett tomt arbeidsområde</source>
        <translation>Create empty workspace</translation>
    </message>
    <message>
        <source>Koble til kommunens &amp;server …</source>
        <translation>Connect to the municipality&apos;s &amp;server …</translation>
    </message>
    <message>
        <source>Koble til kommunens server</source>
        <translation>Connect to the municipality&apos;s server</translation>
    </message>
    <message>
        <source>Hent loggene dine fra kommunens server og synkroniser med den</source>
        <translation>Fetch your logs from the municipality&apos;s server and sync with it</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
        <translation>&amp;Restore from a backup …</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Ta i bruk en sikkerhetskopi av arbeidsområdet fra en annen PC</source>
        <translation>Use a backup of the workspace from another PC</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Trekk tilbake overføringen</source>
        <translation>Withdraw the transfer</translation>
    </message>
    <message>
        <source>&amp;Trekk tilbake</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Overføringen til {0} trekkes tilbake. Du beholder loggen, og {0} kan ikke godta den lenger.</source>
        <translation>The transfer to {0} is withdrawn. You keep the log, and {0} can no longer accept it.</translation>
    </message>
    <message>
        <source>Om overføringen</source>
        <translation>About the transfer</translation>
    </message>
    <message>
        <source>Grunn til at overføringen trekkes tilbake</source>
        <translation>Reason for withdrawing the transfer</translation>
    </message>
    <message>
        <source>&amp;Grunn (valgfritt):</source>
        <translation>&amp;Reason (optional):</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Lu&amp;kk</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Steg {0} av {1}. {2}</source>
        <translation>Step {0} of {1}. {2}</translation>
    </message>
    <message>
        <source>Steg {0}: {1}</source>
        <translation>Step {0}: {1}</translation>
    </message>
</context>
<context>
    <name>_PdfDialog</name>
    <message>
        <source>Status for PDF-en</source>
        <translation>PDF status</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Stafettlogg – samtykkebasert plan rundt et barn</source>
        <translation>Stafettlogg – a consent-based plan around a child</translation>
    </message>
    <message>
        <source>mappen arbeidsområdet ligger i (også ${0})</source>
        <translation>the folder the workspace is in (also ${0})</translation>
    </message>
    <message>
        <source>åpne kursløsningen (oppdiktet øvingskommune); lages ved første start</source>
        <translation>open the training version (a fictional practice municipality); made on first start</translation>
    </message>
    <message>
        <source>MINUTTER</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>lås etter så mange minutter uten bruk ({0})</source>
        <translation>lock after this many minutes without use ({0})</translation>
    </message>
    <message>
        <source>språket i programmet: nb (bokmål), nn (nynorsk) eller en (engelsk); standard: systemets språk</source>
        <translation>the program&apos;s language: nb (Norwegian Bokmål), nn (Norwegian Nynorsk) or en (English); default: the system&apos;s language</translation>
    </message>
    <message>
        <source>adressen til kommunens server (kobler en ny PC til den, eller endrer adressen)</source>
        <translation>the address of the municipality&apos;s server (connects a new PC to it, or changes the address)</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>gjenopprett arbeidsområdet fra en sikkerhetskopi (et arbeidsområde som finnes, legges til side)</source>
        <translation>restore the workspace from a backup (an existing workspace is put aside)</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Det oppstod en feil i programmet. Det du har lagret, er tatt vare på.</source>
        <translation>An error occurred in the program. What you have saved has been kept.</translation>
    </message>
    <message>
        <source>Rapporten er lagret i {0}.</source>
        <translation>The report has been saved in {0}.</translation>
    </message>
    <message>
        <source>Send gjerne rapporten til IT-støtte.</source>
        <translation>Please send the report to IT support.</translation>
    </message>
    <message>
        <source>Stafettlogg – programfeil</source>
        <translation>Stafettlogg – program error</translation>
    </message>
</context>
<context>
    <name>diagram</name>
    <message>
        <source>I tjenesten</source>
        <translation>In the service</translation>
    </message>
    <message>
        <source>Hjemme</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>Hos barnet</source>
        <translation>With the child</translation>
    </message>
    <message>
        <source>Ikke angitt</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Prioritet {0}</source>
        <translation>Priority {0}</translation>
    </message>
    <message>
        <source>Ikke prioritert</source>
        <translation>Not prioritised</translation>
    </message>
    <message>
        <source>Tjenesten må selv arbeide med denne faktoren</source>
        <translation>The service must work on this factor itself</translation>
    </message>
    <message>
        <source>{0} tiltak</source>
        <translation>{0} measures</translation>
    </message>
    <message>
        <source>Ingen tiltak satt inn</source>
        <translation>No measures put in</translation>
    </message>
    <message>
        <source>Legg til faktor</source>
        <translation>Add factor</translation>
    </message>
    <message>
        <source>Legg til {0} faktorer</source>
        <translation>Add {0} factors</translation>
    </message>
    <message>
        <source>Lim inn {0} faktorer</source>
        <translation>Paste {0} factors</translation>
    </message>
    <message>
        <source>Lim inn faktor</source>
        <translation>Paste factor</translation>
    </message>
    <message>
        <source>Slett faktor</source>
        <translation>Delete factor</translation>
    </message>
    <message>
        <source>Slett {0} faktorer</source>
        <translation>Delete {0} factors</translation>
    </message>
    <message>
        <source>Slett kobling</source>
        <translation>Delete link</translation>
    </message>
    <message>
        <source>Slett {0} koblinger</source>
        <translation>Delete {0} links</translation>
    </message>
    <message>
        <source>Flytt faktor</source>
        <translation>Move factor</translation>
    </message>
    <message>
        <source>Flytt {0} faktorer</source>
        <translation>Move {0} factors</translation>
    </message>
    <message>
        <source>Koble til oppmerksomheten</source>
        <translation>Link to the concern</translation>
    </message>
    <message>
        <source>Koble faktorer</source>
        <translation>Link factors</translation>
    </message>
    <message>
        <source>Sett inn tiltak</source>
        <translation>Put in measure</translation>
    </message>
    <message>
        <source>Ta bort tiltak fra faktor</source>
        <translation>Take measure away from factor</translation>
    </message>
    <message>
        <source>Diagrammet er lest inn på nytt.</source>
        <translation>The diagram has been read in again.</translation>
    </message>
    <message>
        <source>Faktor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Ligger</source>
        <translation>Lies</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Koblet til</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <source>Oppmerksomheten</source>
        <translation>The concern</translation>
    </message>
    <message>
        <source>{0} evaluert</source>
        <translation>{0} evaluated</translation>
    </message>
    <message>
        <source>1 – det vi helst kan endre</source>
        <translation>1 – what we can most easily change</translation>
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
        <translation>Write what keeps the challenge going.</translation>
    </message>
    <message>
        <source>Faktoren er for lang ({0} tegn). Maks {1} tegn.</source>
        <translation>The factor is too long ({0} characters). At most {1} characters.</translation>
    </message>
    <message>
        <source>Filen kunne ikke lagres: {0}.</source>
        <translation>The file could not be saved: {0}.</translation>
    </message>
    <message>
        <source>Opprettholdende faktorer</source>
        <translation>Maintaining factors</translation>
    </message>
    <message>
        <source>Opprettholdende faktorer for: {0}</source>
        <translation>Maintaining factors for: {0}</translation>
    </message>
    <message>
        <source>Oppmerksomheten: {0}</source>
        <translation>The concern: {0}</translation>
    </message>
    <message>
        <source>Oppmerksomheten i midten: {0}</source>
        <translation>The concern in the middle: {0}</translation>
    </message>
    <message>
        <source>OPPMERKSOMHET</source>
        <translation>CONCERN</translation>
    </message>
    <message>
        <source>I tjenesten – vårt ansvar</source>
        <translation>In the service – our responsibility</translation>
    </message>
    <message>
        <source>→ {0} tiltak</source>
        <translation>→ {0} measures</translation>
    </message>
    <message>
        <source>Trenger tiltak</source>
        <translation>Needs measures</translation>
    </message>
    <message>
        <source>oppmerksomheten</source>
        <translation>the concern</translation>
    </message>
    <message>
        <source>Kobling: {0} → {1}</source>
        <translation>Link: {0} → {1}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Nye mål</source>
        <translation>New goals</translation>
    </message>
    <message>
        <source>Avslutte tiltaket</source>
        <translation>End the measure</translation>
    </message>
    <message>
        <source>Fortsette</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Endre målsetting</source>
        <translation>Change the goal</translation>
    </message>
    <message>
        <source>Endre tiltak</source>
        <translation>Change the measure</translation>
    </message>
    <message>
        <source>Feilregistrert</source>
        <translation>Registered in error</translation>
    </message>
    <message>
        <source>I tjenesten</source>
        <translation>In the service</translation>
    </message>
    <message>
        <source>I hjemmet</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>Barnets eget tiltak</source>
        <translation>The child&apos;s own measure</translation>
    </message>
    <message>
        <source>ikke satt</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>{0} kl. {1}</source>
        <translation>{0} at {1}</translation>
    </message>
    <message>
        <source>{0} t {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>less than 1 min</translation>
    </message>
    <message>
        <source>Sett {0}</source>
        <translation>Set {0}</translation>
    </message>
    <message>
        <source>Ikke satt</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>konflikter</name>
    <message>
        <source>Ga lesetilgang</source>
        <translation>Granted read access</translation>
    </message>
    <message>
        <source>Endret lesetilgang</source>
        <translation>Changed read access</translation>
    </message>
    <message>
        <source>Fjernet lesetilgang</source>
        <translation>Removed read access</translation>
    </message>
    <message>
        <source>La til oppmerksomhet</source>
        <translation>Added a concern</translation>
    </message>
    <message>
        <source>Endret oppmerksomhet</source>
        <translation>Changed a concern</translation>
    </message>
    <message>
        <source>Satte mål</source>
        <translation>Set goals</translation>
    </message>
    <message>
        <source>La til tiltak</source>
        <translation>Added a measure</translation>
    </message>
    <message>
        <source>Rettet teksten i et tiltak</source>
        <translation>Corrected the text of a measure</translation>
    </message>
    <message>
        <source>Endret perioden for et tiltak</source>
        <translation>Changed the period of a measure</translation>
    </message>
    <message>
        <source>Evaluerte et tiltak</source>
        <translation>Evaluated a measure</translation>
    </message>
    <message>
        <source>Skrev lysglimt</source>
        <translation>Wrote a glimpse of light</translation>
    </message>
    <message>
        <source>Skrev notat</source>
        <translation>Wrote a note</translation>
    </message>
    <message>
        <source>La ved PDF</source>
        <translation>Attached a PDF</translation>
    </message>
    <message>
        <source>Kalte inn til møte</source>
        <translation>Called a meeting</translation>
    </message>
    <message>
        <source>Endret møte</source>
        <translation>Changed a meeting</translation>
    </message>
    <message>
        <source>La til faktor i diagrammet</source>
        <translation>Added a factor to the diagram</translation>
    </message>
    <message>
        <source>Endret faktor i diagrammet</source>
        <translation>Changed a factor in the diagram</translation>
    </message>
    <message>
        <source>Slettet faktor i diagrammet</source>
        <translation>Deleted a factor from the diagram</translation>
    </message>
    <message>
        <source>Koblet faktorer i diagrammet</source>
        <translation>Linked factors in the diagram</translation>
    </message>
    <message>
        <source>Fjernet kobling i diagrammet</source>
        <translation>Removed a link from the diagram</translation>
    </message>
    <message>
        <source>Koblet tiltak til faktor</source>
        <translation>Linked a measure to a factor</translation>
    </message>
    <message>
        <source>Endret diagrammet</source>
        <translation>Changed the diagram</translation>
    </message>
    <message>
        <source>Registrerte barn</source>
        <translation>Registered a child</translation>
    </message>
    <message>
        <source>La til foresatt</source>
        <translation>Added a guardian</translation>
    </message>
    <message>
        <source>Registrerte samtykke</source>
        <translation>Registered consent</translation>
    </message>
    <message>
        <source>Opprettet stafettlogg</source>
        <translation>Created a relay log</translation>
    </message>
    <message>
        <source>Endret nivå</source>
        <translation>Changed the level</translation>
    </message>
    <message>
        <source>Satte loggen passiv</source>
        <translation>Set the log passive</translation>
    </message>
    <message>
        <source>Gjenåpnet loggen</source>
        <translation>Reopened the log</translation>
    </message>
    <message>
        <source>Avsluttet loggen</source>
        <translation>Closed the log</translation>
    </message>
    <message>
        <source>Trakk samtykke</source>
        <translation>Withdrew consent</translation>
    </message>
    <message>
        <source>Slettet loggen</source>
        <translation>Deleted the log</translation>
    </message>
    <message>
        <source>Endret startsiden</source>
        <translation>Changed the start page</translation>
    </message>
    <message>
        <source>Opprettet tjeneste</source>
        <translation>Created a service</translation>
    </message>
    <message>
        <source>Opprettet enhet</source>
        <translation>Created a unit</translation>
    </message>
    <message>
        <source>Ga tjenesten nytt navn</source>
        <translation>Renamed the service</translation>
    </message>
    <message>
        <source>Ga enheten nytt navn</source>
        <translation>Renamed the unit</translation>
    </message>
    <message>
        <source>La til leder</source>
        <translation>Added a unit leader</translation>
    </message>
    <message>
        <source>Gjorde en ansatt til leder</source>
        <translation>Made an employee unit leader</translation>
    </message>
    <message>
        <source>Fjernet lederrollen</source>
        <translation>Removed the unit leader role</translation>
    </message>
    <message>
        <source>La til ekstern aktør</source>
        <translation>Added an external actor</translation>
    </message>
    <message>
        <source>Endret ekstern aktør</source>
        <translation>Changed an external actor</translation>
    </message>
    <message>
        <source>Fjernet ekstern aktør</source>
        <translation>Removed an external actor</translation>
    </message>
    <message>
        <source>La til ansatt</source>
        <translation>Added an employee</translation>
    </message>
    <message>
        <source>Endret ansatt</source>
        <translation>Changed an employee</translation>
    </message>
    <message>
        <source>Fjernet ansatt</source>
        <translation>Removed an employee</translation>
    </message>
    <message>
        <source>Ba om overføring</source>
        <translation>Requested a transfer</translation>
    </message>
    <message>
        <source>Godtok overføring</source>
        <translation>Accepted a transfer</translation>
    </message>
    <message>
        <source>Avslo overføring</source>
        <translation>Declined a transfer</translation>
    </message>
    <message>
        <source>Trakk tilbake overføring</source>
        <translation>Withdrew a transfer</translation>
    </message>
    <message>
        <source>Laget kommunens nøkler</source>
        <translation>Created the municipality&apos;s keys</translation>
    </message>
    <message>
        <source>Leste inn en annen kommunes nøkkel</source>
        <translation>Imported another municipality&apos;s key</translation>
    </message>
    <message>
        <source>Fjernet en annen kommunes nøkkel</source>
        <translation>Removed another municipality&apos;s key</translation>
    </message>
    <message>
        <source>Leste inn en stafettlogg fra en annen kommune</source>
        <translation>Imported a relay log from another municipality</translation>
    </message>
    <message>
        <source>Avviste en stafettlogg fra en annen kommune</source>
        <translation>Rejected a relay log from another municipality</translation>
    </message>
    <message>
        <source>Leste inn kvittering fra en annen kommune</source>
        <translation>Imported a receipt from another municipality</translation>
    </message>
    <message>
        <source>Valgte serverens versjon</source>
        <translation>Chose the server&apos;s version</translation>
    </message>
    <message>
        <source>Forkastet en avvist endring</source>
        <translation>Discarded a rejected change</translation>
    </message>
    <message>
        <source>Valgte min versjon</source>
        <translation>Chose my version</translation>
    </message>
    <message>
        <source>Slo sammen versjonene</source>
        <translation>Merged the versions</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Foresatt</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Stafettlogg</source>
        <translation>Relay log</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Oppmerksomhet</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Faktor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Lysglimt</source>
        <translation>Glimpse of light</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Kobling i diagrammet</source>
        <translation>Link in the diagram</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Lesetilgang</source>
        <translation>Read access</translation>
    </message>
    <message>
        <source>Overføring</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>venter</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>synkronisert</source>
        <translation>synced</translation>
    </message>
    <message>
        <source>avvist</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>konflikt</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>avklart</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>Annen endring ({0})</source>
        <translation>Other change ({0})</translation>
    </message>
    <message>
        <source>Endring uten innhold</source>
        <translation>Change without content</translation>
    </message>
    <message>
        <source>Avvist av serveren: {0}</source>
        <translation>Rejected by the server: {0}</translation>
    </message>
    <message>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Venter på synkronisering</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>ukjent tidspunkt</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <source>{0} kl. {1}</source>
        <translation>{0} at {1}</translation>
    </message>
    <message>
        <source> i loggen til {0}</source>
        <translation> in the log for {0}</translation>
    </message>
    <message>
        <source>{0} og {1} til</source>
        <translation>{0} and {1} more</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>logview</name>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Passiv</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>I tjenesten</source>
        <translation>In the service</translation>
    </message>
    <message>
        <source>I hjemmet</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>Barnets eget tiltak</source>
        <translation>The child&apos;s own measure</translation>
    </message>
    <message>
        <source>Neste trinn</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Evaluert</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Feilregistrert</source>
        <translation>Registered in error</translation>
    </message>
    <message>
        <source>fra {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <source>til {0}</source>
        <translation>until {0}</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>{0} t {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Trinn</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kan rettes</source>
        <translation>Can be corrected</translation>
    </message>
    <message>
        <source>Teksten i et tiltak kan rettes i 8 timer etter at det ble lagt inn.</source>
        <translation>The text of a measure can be corrected for 8 hours after it was entered.</translation>
    </message>
</context>
<context>
    <name>moter</name>
    <message>
        <source>{0} kl. {1}</source>
        <translation>{0} at {1}</translation>
    </message>
    <message>
        <source>stafettholder</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>foresatt</source>
        <translation>guardian</translation>
    </message>
</context>
<context>
    <name>notater</name>
    <message>
        <source>Stafettloggen er ikke en journal — bare det som er relevant for oppmerksomhetene og tiltakene.</source>
        <translation>The relay log is not a case file — only what is relevant to the concerns and the measures.</translation>
    </message>
    <message>
        <source>{0} byte</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <source>Vedlegget finnes ikke (lenger).</source>
        <translation>The attachment does not exist (any more).</translation>
    </message>
    <message>
        <source>Du har ikke tilgang til dette vedlegget.</source>
        <translation>You do not have access to this attachment.</translation>
    </message>
</context>
<context>
    <name>overforing</name>
    <message>
        <source>Innen enheten</source>
        <translation>Within the unit</translation>
    </message>
    <message>
        <source>Til annen enhet</source>
        <translation>To another unit</translation>
    </message>
    <message>
        <source>Til annen kommune</source>
        <translation>To another municipality</translation>
    </message>
    <message>
        <source>Venter på svar</source>
        <translation>Waiting for an answer</translation>
    </message>
    <message>
        <source>Godtatt</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Avvist</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Fra:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Til:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Sendt:</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <source>Grunn:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Oppmerksomheter som følger med:</source>
        <translation>Concerns included:</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>(sendt av {0})</source>
        <translation>(sent by {0})</translation>
    </message>
    <message>
        <source>Svar:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>{0} {1} av {2}.</source>
        <translation>{0} {1} by {2}.</translation>
    </message>
    <message>
        <source>Grunn: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <source>Overføring til annen kommune</source>
        <translation>Transfer to another municipality</translation>
    </message>
    <message>
        <source>Overføringen er registrert. Pakken til den andre kommunen lages fra overføringen senere.</source>
        <translation>The transfer has been registered. The package for the other municipality will be made from the transfer later.</translation>
    </message>
</context>
<context>
    <name>pakke</name>
    <message>
        <source>Stafettlogg-pakke (*.stafettpakke)</source>
        <translation>Relay log package (*.stafettpakke)</translation>
    </message>
    <message>
        <source>Stafettlogg-kvittering (*.stafettkvittering)</source>
        <translation>Relay log receipt (*.stafettkvittering)</translation>
    </message>
    <message>
        <source>Nøkkelfil (*.stafettnokkel)</source>
        <translation>Key file (*.stafettnokkel)</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Lest inn</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>&amp;Importer stafettlogg …</source>
        <translation>&amp;Import relay log …</translation>
    </message>
    <message>
        <source>Les inn k&amp;vittering …</source>
        <translation>Load &amp;receipt …</translation>
    </message>
    <message>
        <source>Les inn &amp;kvittering …</source>
        <translation type="vanished">Load &amp;receipt …</translation>
    </message>
    <message>
        <source>Kommunens &amp;nøkler …</source>
        <translation>Municipality &amp;keys …</translation>
    </message>
    <message>
        <source>Importer stafettlogg</source>
        <translation>Import relay log</translation>
    </message>
    <message>
        <source>Les inn kvittering</source>
        <translation>Load receipt</translation>
    </message>
    <message>
        <source>Pakker mellom kommuner kan ennå ikke brukes på en PC som er koblet til kommunens server: kommunens nøkler ligger ikke på serveren, så serveren ville avvist endringen. Bruk en PC som ikke er koblet til serveren, eller overfør manuelt med en PDF av loggen. Ingenting er endret.</source>
        <translation>Packages between kommuner cannot be used yet on a PC connected to the kommune’s server: the kommune’s keys are not on the server, so the server would refuse the change. Use a PC that is not connected to the server, or transfer by hand with a PDF of the log. Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Synkroniseringen stoppet på grunn av en feil i programmet. Endringene er lagret på PC-en.</source>
        <translation>Syncing stopped because of an error in the program. Your changes are saved on this PC.</translation>
    </message>
    <message>
        <source>Du er ikke logget inn på serveren.</source>
        <translation>You are not signed in to the server.</translation>
    </message>
    <message>
        <source>Får ikke kontakt med en server på denne adressen. Sjekk adressen og at PC-en er på nett.</source>
        <translation>Cannot reach a server at this address. Check the address and that this PC is online.</translation>
    </message>
    <message>
        <source>Adressen svarer, men er ikke en Stafettlogg-server.</source>
        <translation>The address answers, but it is not a Stafettlogg server.</translation>
    </message>
    <message>
        <source>Stafettlogg på denne PC-en er for gammel for kommunens server. Oppdater programmet.</source>
        <translation>Stafettlogg on this PC is too old for the municipality&apos;s server. Update the program.</translation>
    </message>
    <message>
        <source>Kommunens server er eldre enn Stafettlogg på denne PC-en. Kontakt kommunens IT-ansvarlige.</source>
        <translation>The municipality&apos;s server is older than Stafettlogg on this PC. Contact the municipality&apos;s IT department.</translation>
    </message>
    <message>
        <source>Denne serveren bruker innlogging med ID-porten, som denne versjonen av Stafettlogg ikke har ennå.</source>
        <translation>This server uses sign-in with ID-porten, which this version of Stafettlogg does not support yet.</translation>
    </message>
    <message>
        <source>Forbindelsen med serveren ble brutt under den første synkroniseringen. Ingenting er lagret på PC-en. Prøv igjen.</source>
        <translation>The connection to the server was lost during the first sync. Nothing has been saved on this PC. Try again.</translation>
    </message>
    <message>
        <source>Får ikke kontakt med kommunens server. Prøv igjen når PC-en er på nett.</source>
        <translation>Cannot reach the municipality&apos;s server. Try again when this PC is online.</translation>
    </message>
    <message>
        <source>Denne PC-en er koblet til kommunens server for en annen person. Logg inn som den personen.</source>
        <translation>This PC is connected to the municipality&apos;s server for another person. Sign in as that person.</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{0} er ikke registrert som foresatt for {1}. Registrerte foresatte: {2}. Skriv navnet slik det er registrert.</source>
        <translation>{0} is not registered as a guardian of {1}. Registered guardians: {2}. Write the name as it is registered.</translation>
    </message>
    <message>
        <source>«{0}» er for stor (over {1} MB).</source>
        <translation>“{0}” is too large (over {1} MB).</translation>
    </message>
    <message>
        <source>«{0}» er ikke en PDF-fil. Bare PDF kan lastes opp.</source>
        <translation>“{0}” is not a PDF file. Only PDF can be uploaded.</translation>
    </message>
    <message>
        <source>Velg skannet samtykkeskjema</source>
        <translation>Choose scanned consent form</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>{0} og {1}</source>
        <translation>{0} and {1}</translation>
    </message>
</context>
</TS>
