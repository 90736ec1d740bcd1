<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Accessibility</name>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Leave empty to use the accounts of the company settings.</source>
        <translation>Lämna tomt för att använda kontona i organisationsuppgifterna.</translation>
    </message>
    <message>
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <source>as the company settings</source>
        <translation>som i företagets inställningar</translation>
    </message>
    <message>
        <source>reference rate plus the points</source>
        <translation>referensräntan plus procentenheterna</translation>
    </message>
    <message>
        <source>Agreed reminder fee (kr)</source>
        <translation>Avtalad påminnelseavgift (kr)</translation>
    </message>
    <message>
        <source>Agreed interest (% a year)</source>
        <translation>Avtalad ränta (% per år)</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Prislista</translation>
    </message>
    <message>
        <source>The customer&apos;s own prices, before any list&apos;s; saved as you add or change them.</source>
        <translation>Kundens egna priser, före varje prislistas; sparas när du lägger till eller ändrar dem.</translation>
    </message>
    <message>
        <source>Save the customer to give it prices of its own.</source>
        <translation>Spara kunden för att ge den egna priser.</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Save draft</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Utfärda faktura</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation>Kreditera…</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Markera betald</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Betalning…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Skicka med e-post…</translation>
    </message>
    <message>
        <source>Export e-invoice…</source>
        <translation>Exportera e-faktura…</translation>
    </message>
    <message>
        <source>reminder {level} sent {date}</source>
        <translation>påminnelse {level} skickad {date}</translation>
    </message>
    <message>
        <source>Mark refunded</source>
        <translation>Markera återbetald</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Återbetalning…</translation>
    </message>
</context>
<context>
    <name>AddressBox</name>
    <message>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Street, line 2</source>
        <translation>Adressrad 2</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Delstat eller region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>AgingChart</name>
    <message>
        <source>Open amount</source>
        <translation>Öppet belopp</translation>
    </message>
    <message>
        <source>Open amount by age (kr)</source>
        <translation>Öppet belopp efter ålder (kr)</translation>
    </message>
</context>
<context>
    <name>AgreedPrices</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>Från antal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Article&apos;s price</source>
        <translation>Artikelns pris</translation>
    </message>
    <message>
        <source>Add price…</source>
        <translation>Lägg till pris…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Ta bort pris</translation>
    </message>
    <message>
        <source>Remove the price {price} of article {article}?</source>
        <translation>Ta bort priset {price} för artikel {article}?</translation>
    </message>
</context>
<context>
    <name>ArticleImportDialog</name>
    <message>
        <source>Import articles from {file}</source>
        <translation>Importera artiklar från {file}</translation>
    </message>
    <message>
        <source>Choose which article field each column of the file holds; a row updates the article with its number, new numbers are added.</source>
        <translation>Välj vilket artikelfält varje kolumn i filen innehåller; en rad uppdaterar artikeln med samma nummer, nya nummer läggs till.</translation>
    </message>
    <message>
        <source>Article field</source>
        <translation>Artikelfält</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the others</source>
        <translation>Hoppa över raderna med fel och importera de andra</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed. The details are in the log.</source>
        <translation>Importen misslyckades; inget ändrades. Detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>Two columns hold “{field}”: choose one.</source>
        <translation>Två kolumner innehåller ”{field}”: välj en.</translation>
    </message>
    <message>
        <source>{rows} rows: new {new}, update {updates}, unchanged {unchanged}, with errors {errors}. Nothing is changed until you choose Import.</source>
        <translation>{rows} rader: nya {new}, uppdateras {updates}, oförändrade {unchanged}, med fel {errors}. Inget ändras förrän du väljer Importera.</translation>
    </message>
    <message>
        <source>Import articles from file</source>
        <translation>Importera artiklar från fil</translation>
    </message>
    <message>
        <source>Article tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Artikeltabeller (*.csv *.txt *.tsv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>{created} articles added, {updated} changed, {unchanged} already up to date, {left_out} rows with errors left out.</source>
        <translation>{created} artiklar tillagda, {updated} ändrade, {unchanged} redan aktuella, {left_out} rader med fel överhoppade.</translation>
    </message>
    <message>
        <source>Export articles</source>
        <translation>Exportera artiklar</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>{count} articles written to {file}.</source>
        <translation>{count} artiklar sparade i {file}.</translation>
    </message>
</context>
<context>
    <name>ArticlePreviewModel</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdateras</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Article number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
</context>
<context>
    <name>ArticlesDialog</name>
    <message>
        <source>Articles</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Pris exkl. moms</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>ROT/RUT work type</source>
        <translation>ROT/RUT-arbete</translation>
    </message>
    <message>
        <source>Goods or service</source>
        <translation>Vara eller tjänst</translation>
    </message>
    <message>
        <source>Labour (ROT/RUT)</source>
        <translation>Arbete (ROT/RUT)</translation>
    </message>
    <message>
        <source>Material (ROT/RUT)</source>
        <translation>Material (ROT/RUT)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Article number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Ny artikel</translation>
    </message>
    <message>
        <source>Save article</source>
        <translation>Spara artikel</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The article now shows what is saved; make your changes again.</source>
        <translation>Artikeln visar nu det som är sparat; gör dina ändringar igen.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Waiting for {user}&apos;s import to finish…</source>
        <translation>Väntar på att {user}s import blir klar…</translation>
    </message>
    <message>
        <source>Waiting for another user&apos;s import…</source>
        <translation>Väntar på en annan användares import…</translation>
    </message>
</context>
<context>
    <name>BackupSettingsPage</name>
    <message>
        <source>No daily backup</source>
        <translation>Ingen daglig säkerhetskopia</translation>
    </message>
    <message>
        <source>Folder for the daily backups</source>
        <translation>Mapp för de dagliga säkerhetskopiorna</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>A copy is made once a day when Kundbok closes; the last 7 daily and 4 weekly copies are kept. A USB stick or a synced folder keeps them apart from this computer.</source>
        <translation>En kopia görs en gång om dagen när Kundbok stängs; de senaste 7 dagliga och 4 veckovisa kopiorna sparas. Ett USB-minne eller en synkroniserad mapp håller dem åtskilda från den här datorn.</translation>
    </message>
    <message>
        <source>Daily backup into</source>
        <translation>Daglig säkerhetskopia till</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Senaste lyckade säkerhetskopia</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No backup made yet</source>
        <translation>Ingen säkerhetskopia gjord än</translation>
    </message>
    <message>
        <source>No backup for 7 days: File → Back up…, or choose a folder in Settings</source>
        <translation>Ingen säkerhetskopia på 7 dagar: Arkiv → Säkerhetskopiera…, eller välj en mapp i Inställningar</translation>
    </message>
    <message>
        <source>Back up the register into</source>
        <translation>Säkerhetskopiera registret till</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Säkerhetskopierar registret…</translation>
    </message>
    <message>
        <source>Backup saved as {path}</source>
        <translation>Säkerhetskopian sparad som {path}</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Ingen säkerhetskopia gjord</translation>
    </message>
    <message>
        <source>Making the daily backup in {folder}…</source>
        <translation>Gör den dagliga säkerhetskopian i {folder}…</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>Den dagliga säkerhetskopian misslyckades</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Första värdena</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Importera inte</translation>
    </message>
</context>
<context>
    <name>CompanyPrompt</name>
    <message>
        <source>Not issued</source>
        <translation>Inte utfärdad</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>Öppna inställningar…</translation>
    </message>
    <message>
        <source>Welcome to Kundbok</source>
        <translation>Välkommen till Kundbok</translation>
    </message>
    <message>
        <source>Before the first invoice, Kundbok needs your company&apos;s name, address, organisation number, VAT number and bankgiro, plusgiro or IBAN: every invoice must show them. Fill them in now? You can also do it later under File → Company details…</source>
        <translation>Före den första fakturan behöver Kundbok ditt företags namn, adress, organisationsnummer, momsregistreringsnummer och bankgiro, plusgiro eller IBAN: varje faktura måste visa dem. Fylla i dem nu? Du kan också göra det senare under Arkiv → Företagsuppgifter…</translation>
    </message>
    <message>
        <source>Fill in now…</source>
        <translation>Fyll i nu…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Spärrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <source>{user} saved this customer at {when}, after you opened it. Choose for each field whether to keep your value or take theirs, then save again.</source>
        <translation>{user} sparade kunden {when}, efter att du öppnade den. Välj för varje fält om du vill behålla ditt värde eller ta deras, och spara sedan igen.</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ta deras</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Deras värde</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <source>Save with these values</source>
        <translation>Spara med dessa värden</translation>
    </message>
    <message>
        <source>Reload theirs (drop my changes)</source>
        <translation>Läs in deras (släpp mina ändringar)</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Billing address</source>
        <translation>Faktureringsadress</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Leveransadress</translation>
    </message>
    <message>
        <source>Visiting address</source>
        <translation>Besöksadress</translation>
    </message>
    <message>
        <source>Same as billing address</source>
        <translation>Samma som faktureringsadressen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
</context>
<context>
    <name>ContractAdjustDialog</name>
    <message>
        <source>Adjust contract prices</source>
        <translation>Justera avtalspriser</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contracts</source>
        <translation>
            <numerusform>Det markerade avtalet</numerusform>
            <numerusform>De %n markerade avtalen</numerusform>
        </translation>
    </message>
    <message>
        <source>All contracts not ended</source>
        <translation>Alla avtal som inte har upphört</translation>
    </message>
    <message>
        <source>e.g. 3,5 (−50 to 100)</source>
        <translation>t.ex. 3,5 (−50 till 100)</translation>
    </message>
    <message>
        <source>To öre</source>
        <translation>Till öre</translation>
    </message>
    <message>
        <source>To whole kronor</source>
        <translation>Till hela kronor</translation>
    </message>
    <message>
        <source>Adjust prices</source>
        <translation>Justera priser</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Change in %</source>
        <translation>Ändring i %</translation>
    </message>
    <message>
        <source>For periods from</source>
        <translation>För perioder från</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Avrundning</translation>
    </message>
    <message numerus="yes">
        <source>Prices adjusted on %n contracts.</source>
        <translation>
            <numerusform>Priserna har justerats på %n avtal.</numerusform>
            <numerusform>Priserna har justerats på %n avtal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Varje månad</numerusform>
            <numerusform>Var %n:e månad</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>In advance (on the period&apos;s first day)</source>
        <translation>I förskott (periodens första dag)</translation>
    </message>
    <message>
        <source>In arrears (after the period&apos;s last day)</source>
        <translation>I efterskott (efter periodens sista dag)</translation>
    </message>
    <message>
        <source>Days before the period</source>
        <translation>Dagar före perioden</translation>
    </message>
    <message>
        <source> days before the period</source>
        <translation> dagar före perioden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Text printed on each invoice</source>
        <translation>Text som skrivs på varje faktura</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pausa…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Faktureras</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Startar</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fakturera</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Vår referens</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <source>Reference code (e-invoice)</source>
        <translation>Referenskod (e-faktura)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <source>ROT/RUT</source>
        <translation>ROT/RUT</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Avtal %1</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Återuppta…</translation>
    </message>
    <message>
        <source>Paused from %1.</source>
        <translation>Pausat från %1.</translation>
    </message>
    <message>
        <source>Prices %1 % from %2.</source>
        <translation>Priser %1 % från %2.</translation>
    </message>
    <message>
        <source>Per period excl. VAT: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Per period exkl. moms: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Make your changes again.</source>
        <translation>Gör dina ändringar igen.</translation>
    </message>
    <message>
        <source>Resume contract</source>
        <translation>Återuppta avtal</translation>
    </message>
    <message>
        <source>Pause contract</source>
        <translation>Pausa avtal</translation>
    </message>
    <message>
        <source>Invoice again from (periods before it are passed over):</source>
        <translation>Fakturera igen från (perioderna före hoppas över):</translation>
    </message>
    <message>
        <source>No invoices for periods from:</source>
        <translation>Inga fakturor för perioder från:</translation>
    </message>
    <message>
        <source>End contract</source>
        <translation>Avsluta avtal</translation>
    </message>
    <message>
        <source>The contract&apos;s last day:</source>
        <translation>Avtalets sista dag:</translation>
    </message>
</context>
<context>
    <name>ContractRunDialog</name>
    <message>
        <source>Invoice contracts</source>
        <translation>Fakturera avtal</translation>
    </message>
    <message>
        <source>As drafts</source>
        <translation>Som utkast</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdade</translation>
    </message>
    <message>
        <source>Create invoices</source>
        <translation>Skapa fakturor</translation>
    </message>
    <message>
        <source>Invoice periods due on</source>
        <translation>Fakturera perioder som förfaller</translation>
    </message>
    <message>
        <source>Reading the contracts…</source>
        <translation>Läser avtalen…</translation>
    </message>
    <message>
        <source>No contract periods are due on this date.</source>
        <translation>Inga avtalsperioder ska faktureras detta datum.</translation>
    </message>
    <message numerus="yes">
        <source>%n periods due.</source>
        <translation>
            <numerusform>%n period att fakturera.</numerusform>
            <numerusform>%n perioder att fakturera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating invoices…</source>
        <translation>Skapar fakturor…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoices made.</source>
        <translation>
            <numerusform>%n faktura skapad.</numerusform>
            <numerusform>%n fakturor skapade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the periods not reached are still due.</source>
        <translation>Avbrutet: perioderna som inte hanns med ska fortfarande faktureras.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n by e-mail…</source>
        <translation>
            <numerusform>Skicka %n med e-post…</numerusform>
            <numerusform>Skicka %n med e-post…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n…</source>
        <translation>
            <numerusform>Skriv ut %n…</numerusform>
            <numerusform>Skriv ut %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save %n e-invoices…</source>
        <translation>
            <numerusform>Spara %n e-faktura…</numerusform>
            <numerusform>Spara %n e-fakturor…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nästa period</translation>
    </message>
    <message>
        <source>Per period excl. VAT</source>
        <translation>Per period exkl. moms</translation>
    </message>
    <message>
        <source>Per year excl. VAT</source>
        <translation>Per år exkl. moms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausat</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Upphört</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månadsvis</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Halvårsvis</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Årsvis</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Varje månad</numerusform>
            <numerusform>Var %n:e månad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractsDialog</name>
    <message>
        <source>Contracts</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Search contracts</source>
        <translation>Sök avtal</translation>
    </message>
    <message>
        <source>Search customer, number, text…</source>
        <translation>Sök kund, nummer, text…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Adjust prices…</source>
        <translation>Prisjustering…</translation>
    </message>
    <message>
        <source>Invoice contracts…</source>
        <translation>Fakturera avtal…</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>New contract…</source>
        <translation>Nytt avtal…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
</context>
<context>
    <name>CreditWarning</name>
    <message>
        <source>Credit limit</source>
        <translation>Kreditgräns</translation>
    </message>
    <message>
        <source>The customer owes {owed} kr. With {amount} kr more it would owe {after} kr, past its credit limit of {limit} kr.

Go on anyway? Your decision is noted in the customer&apos;s history.</source>
        <translation>Kunden är skyldig {owed} kr. Med {amount} kr till blir skulden {after} kr, över kreditgränsen på {limit} kr.

Fortsätta ändå? Ditt beslut noteras i kundens historik.</translation>
    </message>
</context>
<context>
    <name>CustomerBrowser</name>
    <message>
        <source>Opening the customer register…</source>
        <translation>Öppnar kundregistret…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Sök kunder</translation>
    </message>
    <message>
        <source>Search: name, number, org. no., contact, e-mail, phone, city…</source>
        <translation>Sök: namn, nummer, org.nr, kontakt, e-post, telefon, ort…</translation>
    </message>
    <message>
        <source>Show passive</source>
        <translation>Visa passiva</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Contacts &amp;&amp; addresses</source>
        <translation>Kontakter &amp;&amp; adresser</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noteringar</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>ROT/RUT</source>
        <translation>ROT/RUT</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-faktura</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation>Ta bort kund…</translation>
    </message>
    <message>
        <source>Change customer number…</source>
        <translation>Byt kundnummer…</translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it. Saving shows what differs and lets you choose, field by field.</source>
        <translation>Någon annan har ändrat kunden efter att du öppnade den. När du sparar visas vad som skiljer, och du får välja fält för fält.</translation>
    </message>
    <message>
        <source>A customer with invoices cannot be deleted; make it passive instead.</source>
        <translation>En kund med fakturor kan inte tas bort; gör kunden passiv i stället.</translation>
    </message>
    <message>
        <source>Customer {number}: {name}</source>
        <translation>Kund {number}: {name}</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>Saved: {card}</source>
        <translation>Sparad: {card}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Ta bort kund</translation>
    </message>
    <message>
        <source>Delete customer {number} ({name}) with its addresses, contacts and history? This cannot be undone.</source>
        <translation>Ta bort kund {number} ({name}) med adresser, kontakter och historik? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttagen</translation>
    </message>
    <message>
        <source>Change customer number</source>
        <translation>Byt kundnummer</translation>
    </message>
    <message>
        <source>New number for {name} (now {number}):</source>
        <translation>Nytt nummer för {name} (nu {number}):</translation>
    </message>
    <message>
        <source>Number not changed</source>
        <translation>Numret ändrades inte</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The customer has changes that are not saved. Save them?</source>
        <translation>Kunden har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Offerter</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Avtal</translation>
    </message>
</context>
<context>
    <name>CustomerGroupsDialog</name>
    <message>
        <source>Customer groups</source>
        <translation>Kundgrupper</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Ny grupp</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Ta bort grupp</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Spara grupp</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Inget förval</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Namn *</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Fakturaspråk</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>Rabatt (%)</translation>
    </message>
    <message>
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <source>Reminder fee (kr)</source>
        <translation>Påminnelseavgift (kr)</translation>
    </message>
    <message>
        <source>%1 (%2 customers)</source>
        <translation>%1 (%2 kunder)</translation>
    </message>
    <message>
        <source>Delete the group %1?</source>
        <translation>Ta bort gruppen %1?</translation>
    </message>
    <message>
        <source>kr (empty: none)</source>
        <translation>kr (tomt: ingen)</translation>
    </message>
    <message>
        <source>Credit limit (kr)</source>
        <translation>Kreditgräns (kr)</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Prislista</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Org./personal no.</source>
        <translation>Org.nr/personnr</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>Owes (kr)</source>
        <translation>Skuld (kr)</translation>
    </message>
    <message>
        <source>Owes more than its credit limit of {limit} kr</source>
        <translation>Skulden är större än kreditgränsen på {limit} kr</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Namn *</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Hemsida</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>Företagets standard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Standard (company default)</source>
        <translation>Standard (företagets)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Send invoices by e-mail</source>
        <translation>Fakturera via e-post</translation>
    </message>
    <message>
        <source>Active (untick to make the customer passive)</source>
        <translation>Aktiv (avmarkera för att göra kunden passiv)</translation>
    </message>
    <message>
        <source>Blocked: no new invoices</source>
        <translation>Spärrad: inga nya fakturor</translation>
    </message>
    <message>
        <source>Shown when an invoice is made</source>
        <translation>Visas när en faktura skapas</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Kundgrupp</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <source>Specific VAT</source>
        <translation>Specifik moms</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Fakturaspråk</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>General discount</source>
        <translation>Generell rabatt</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation>Signaltext</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>(given on save)</source>
        <translation>(ges när kunden sparas)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Credit limit (kr)</source>
        <translation>Kreditgräns (kr)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Faktureringsadress</translation>
    </message>
</context>
<context>
    <name>EInvoiceExport</name>
    <message>
        <source>Export e-invoice</source>
        <translation>Exportera e-faktura</translation>
    </message>
    <message>
        <source>Peppol e-invoices (*.xml)</source>
        <translation>Peppol-e-fakturor (*.xml)</translation>
    </message>
    <message>
        <source>E-invoice not exported</source>
        <translation>E-fakturan exporterades inte</translation>
    </message>
    <message>
        <source>Export e-invoices to folder</source>
        <translation>Exportera e-fakturor till mapp</translation>
    </message>
    <message>
        <source>E-invoices not exported</source>
        <translation>E-fakturorna exporterades inte</translation>
    </message>
    <message>
        <source>{count} e-invoices written to {folder}. Upload them to your Peppol access point.</source>
        <translation>{count} e-fakturor sparade i {folder}. Ladda upp dem hos din Peppol-accesspunkt.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Skriver {file}…</translation>
    </message>
    <message>
        <source>Writing {count} e-invoices…</source>
        <translation>Skriver {count} e-fakturor…</translation>
    </message>
</context>
<context>
    <name>EInvoiceTab</name>
    <message>
        <source>The reference code the buyer gave</source>
        <translation>Referenskoden som köparen har gett</translation>
    </message>
    <message>
        <source>For customers that take e-invoices through Peppol (public buyers must): the participant id under which they receive them, usually 0007 and their organisation number, and the reference code that every invoice must carry. Export the invoice with Export e-invoice… and upload the file to your Peppol access point.</source>
        <translation>För kunder som tar emot e-fakturor via Peppol (offentliga köpare måste): Peppol-id:t de tar emot dem under, oftast 0007 och organisationsnumret, och referenskoden som varje faktura måste bära. Exportera fakturan med Exportera e-faktura… och ladda upp filen hos din Peppol-accesspunkt.</translation>
    </message>
    <message>
        <source>Peppol scheme</source>
        <translation>Peppol-schema</translation>
    </message>
    <message>
        <source>Peppol participant id</source>
        <translation>Peppol-id</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Referenskod</translation>
    </message>
</context>
<context>
    <name>EditorKeys</name>
    <message>
        <source>Invoice and quote editors</source>
        <translation>Faktura- och offertfönstren</translation>
    </message>
    <message>
        <source>Invoice editor</source>
        <translation>Fakturafönstret</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Utfärda faktura</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Skicka med e-post</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Invoice the entries summed per article (else one line per entry)</source>
        <translation>Fakturera underlaget summerat per artikel (annars en rad per post)</translation>
    </message>
    <message>
        <source>Register time/material…</source>
        <translation>Registrera tid/material…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Inget underlag ännu.</translation>
    </message>
    <message>
        <source>Unbilled: {count} entries, {hours} h, {amount} kr excl. VAT</source>
        <translation>Ofakturerat: {count} poster, {hours} tim, {amount} kr exkl. moms</translation>
    </message>
    <message>
        <source>Unbilled</source>
        <translation>Ofakturerad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Underlag</translation>
    </message>
</context>
<context>
    <name>EntryCredit</name>
    <message>
        <source>Free the entries</source>
        <translation>Frigör underlaget</translation>
    </message>
    <message>
        <source>Invoice {number} was made from {count} entries. Free them, so that they can be invoiced again (corrected, if need be)? Otherwise they stay on the credited invoice.</source>
        <translation>Faktura {number} skapades av {count} poster underlag. Frigöra dem så att de kan faktureras igen (rättade vid behov)? Annars ligger de kvar på den krediterade fakturan.</translation>
    </message>
</context>
<context>
    <name>EntryImportDialog</name>
    <message>
        <source>Import entries: {file}</source>
        <translation>Importera underlag: {file}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Text or problem</source>
        <translation>Text eller fel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>This file was imported on {date} already: it is not imported again.</source>
        <translation>Filen importerades redan {date}: den importeras inte igen.</translation>
    </message>
    <message>
        <source>{errors} of {rows} rows have problems (in red): nothing can be imported until the file is put right.</source>
        <translation>{errors} av {rows} rader har fel (i rött): inget kan importeras förrän filen är rättad.</translation>
    </message>
    <message>
        <source>{rows} entries, {amount} kr excl. VAT, will be imported.</source>
        <translation>{rows} poster, {amount} kr exkl. moms, importeras.</translation>
    </message>
    <message>
        <source>Import entries</source>
        <translation>Importera underlag</translation>
    </message>
    <message>
        <source>Importing the entries…</source>
        <translation>Importerar underlaget…</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tabeller (*.csv *.txt *.tsv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>{count} entries imported.</source>
        <translation>{count} poster importerades.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Läser {file}…</translation>
    </message>
</context>
<context>
    <name>EventAction</name>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Made passive</source>
        <translation>Gjord passiv</translation>
    </message>
    <message>
        <source>Made active</source>
        <translation>Gjord aktiv</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>Omnumrerad</translation>
    </message>
    <message>
        <source>Invoice draft created</source>
        <translation>Fakturautkast skapat</translation>
    </message>
    <message>
        <source>Invoice draft changed</source>
        <translation>Fakturautkast ändrat</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Faktura utfärdad</translation>
    </message>
    <message>
        <source>Credit note issued</source>
        <translation>Kreditfaktura utfärdad</translation>
    </message>
    <message>
        <source>Invoice credited</source>
        <translation>Faktura krediterad</translation>
    </message>
    <message>
        <source>Invoice paid</source>
        <translation>Faktura betald</translation>
    </message>
    <message>
        <source>Payment registered</source>
        <translation>Betalning registrerad</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Betalning återförd</translation>
    </message>
    <message>
        <source>Invoice sent by e-mail</source>
        <translation>Faktura skickad med e-post</translation>
    </message>
    <message>
        <source>Reminder sent by e-mail</source>
        <translation>Påminnelse skickad med e-post</translation>
    </message>
    <message>
        <source>Interest invoice issued</source>
        <translation>Räntefaktura utfärdad</translation>
    </message>
    <message>
        <source>ROT/RUT claimed</source>
        <translation>ROT/RUT begärd</translation>
    </message>
    <message>
        <source>ROT/RUT decision entered</source>
        <translation>ROT/RUT-beslut infört</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Fil tillagd</translation>
    </message>
    <message>
        <source>File renamed</source>
        <translation>Fil omdöpt</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Fil borttagen</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>Återbetalning gjord</translation>
    </message>
    <message>
        <source>Exchange rate recorded</source>
        <translation>Växelkurs registrerad</translation>
    </message>
    <message>
        <source>Agreed price set</source>
        <translation>Avtalat pris satt</translation>
    </message>
    <message>
        <source>Agreed price removed</source>
        <translation>Avtalat pris borttaget</translation>
    </message>
    <message>
        <source>Invoiced past the credit limit</source>
        <translation>Fakturerad över kreditgränsen</translation>
    </message>
    <message>
        <source>Statement sent by e-mail</source>
        <translation>Kontoutdrag skickat med e-post</translation>
    </message>
    <message>
        <source>Reminder printed</source>
        <translation>Påminnelse utskriven</translation>
    </message>
    <message>
        <source>Quote created</source>
        <translation>Offert skapad</translation>
    </message>
    <message>
        <source>Quote changed</source>
        <translation>Offert ändrad</translation>
    </message>
    <message>
        <source>Quote sent by e-mail</source>
        <translation>Offert skickad med e-post</translation>
    </message>
    <message>
        <source>Quote accepted</source>
        <translation>Offert antagen</translation>
    </message>
    <message>
        <source>Quote declined</source>
        <translation>Offert avböjd</translation>
    </message>
    <message>
        <source>Quote invoiced</source>
        <translation>Offert fakturerad</translation>
    </message>
    <message>
        <source>Contract made</source>
        <translation>Avtal skapat</translation>
    </message>
    <message>
        <source>Contract changed</source>
        <translation>Avtal ändrat</translation>
    </message>
    <message>
        <source>Contract paused</source>
        <translation>Avtal pausat</translation>
    </message>
    <message>
        <source>Contract resumed</source>
        <translation>Avtal återupptaget</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>Avtal avslutat</translation>
    </message>
    <message>
        <source>Contract prices adjusted</source>
        <translation>Avtalspriser justerade</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Drop files here or choose Add files…; each is kept at once (at most 20 MB). Open shows a copy: changes to it are not kept.</source>
        <translation>Släpp filer här eller välj Lägg till filer…; de sparas direkt (högst 20 MB styck). Öppna visar en kopia: ändringar i den sparas inte.</translation>
    </message>
    <message>
        <source>Save the new customer first; then files can be kept on it.</source>
        <translation>Spara den nya kunden först; sedan kan filer sparas på den.</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>Filerna lades inte till</translation>
    </message>
    <message>
        <source>Add files to the customer</source>
        <translation>Lägg till filer på kunden</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Filen öppnades inte</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}.</source>
        <translation>Inget program på den här datorn kan öppna {name}.</translation>
    </message>
    <message>
        <source>Rename file</source>
        <translation>Byt namn på fil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>File not renamed</source>
        <translation>Filen fick inte nytt namn</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Ta bort filer</translation>
    </message>
    <message>
        <source>Remove {names} from the customer? The history keeps the names.</source>
        <translation>Ta bort {names} från kunden? Historiken behåller namnen.</translation>
    </message>
    <message>
        <source>File not removed</source>
        <translation>Filen togs inte bort</translation>
    </message>
</context>
<context>
    <name>GroupField</name>
    <message>
        <source>No group</source>
        <translation>Ingen grupp</translation>
    </message>
    <message>
        <source>from the group</source>
        <translation>från gruppen</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Kundbok {version}</source>
        <translation>Kundbok {version}</translation>
    </message>
    <message>
        <source>Customer register and invoicing for Swedish small businesses.</source>
        <translation>Kundregister och fakturering för svenska småföretag.</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licens: {licence}</translation>
    </message>
    <message>
        <source>Register: {where}</source>
        <translation>Register: {where}</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>Storlek: {size}</translation>
    </message>
    <message>
        <source>About Kundbok</source>
        <translation>Om Kundbok</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>addresses or contacts</source>
        <translation>adresser eller kontakter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatering</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubblett</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Update the customer</source>
        <translation>Uppdatera kunden</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Lägg till som ny</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>kundnummer</translation>
    </message>
    <message>
        <source>org./personal no.</source>
        <translation>org.-/personnummer</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Org./personal no.</source>
        <translation>Org.-/personnr</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Matches / error</source>
        <translation>Matchar / fel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>customer {number} {name}</source>
        <translation>kund {number} {name}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <source>{matches} (same {keys})</source>
        <translation>{matches} (samma {keys})</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Item</source>
        <translation>Art.nr</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>ROT/RUT work type</source>
        <translation>ROT/RUT-arbete</translation>
    </message>
    <message>
        <source>The draft now shows what is saved; make your changes again.</source>
        <translation>Utkastet visar nu det som är sparat; gör dina ändringar igen.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Utfärda faktura</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Markera betald</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Passive customer</source>
        <translation>Passiv kund</translation>
    </message>
    <message>
        <source>{name} is passive. Invoice the customer anyway?</source>
        <translation>{name} är passiv. Fakturera kunden ändå?</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT {rate} %</source>
        <translation>Moms {rate} %</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Öresutjämning</translation>
    </message>
    <message>
        <source>Tax reduction</source>
        <translation>Skattereduktion</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <source>New invoice (draft)</source>
        <translation>Ny faktura (utkast)</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>Issue the invoice? It gets the next number and can then only be corrected with a credit note.</source>
        <translation>Utfärda fakturan? Den får nästa nummer och kan sedan bara rättas med en kreditfaktura.</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Spara fakturan som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Credit invoice</source>
        <translation>Kreditera faktura</translation>
    </message>
    <message>
        <source>Make a credit note for the whole of invoice {number}?</source>
        <translation>Skapa en kreditfaktura för hela faktura {number}?</translation>
    </message>
    <message>
        <source>Delete this draft invoice? This cannot be undone.</source>
        <translation>Ta bort fakturautkastet? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The invoice has changes that are not saved. Save the draft?</source>
        <translation>Fakturan har ändringar som inte är sparade. Spara utkastet?</translation>
    </message>
    <message>
        <source>VAT in SEK</source>
        <translation>Moms i SEK</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Pris från</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Sparar {file}…</translation>
    </message>
</context>
<context>
    <name>InvoiceHeader</name>
    <message>
        <source>Type to find the customer…</source>
        <translation>Skriv för att hitta kunden…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>For e-invoices (from the card)</source>
        <translation>För e-faktura (från kundkortet)</translation>
    </message>
    <message>
        <source>No ROT/RUT</source>
        <translation>Ingen ROT/RUT</translation>
    </message>
    <message>
        <source>ROT deduction</source>
        <translation>ROT-avdrag</translation>
    </message>
    <message>
        <source>RUT deduction</source>
        <translation>RUT-avdrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>Fakturaadress</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Leveransdatum</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Vår referens</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Referenskod</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>förfaller {date}</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Växelkurs</translation>
    </message>
    <message>
        <source>Record rate</source>
        <translation>Spara kurs</translation>
    </message>
    <message>
        <source>The Riksbank&apos;s or the ECB&apos;s rate of the delivery date.</source>
        <translation>Riksbankens eller ECB:s kurs för leveransdagen.</translation>
    </message>
    <message>
        <source>Last used on {date}: enter the Riksbank&apos;s or the ECB&apos;s rate of the delivery date.</source>
        <translation>Senast använd {date}: ange Riksbankens eller ECB:s kurs för leveransdagen.</translation>
    </message>
    <message>
        <source>SEK for 1 {currency}</source>
        <translation>SEK för 1 {currency}</translation>
    </message>
    <message>
        <source>Issued without a rate: record the rate of its delivery date.</source>
        <translation>Utfärdad utan kurs: ange kursen för leveransdagen.</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Obetalda</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallna</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Delbetalda</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Print the selected invoices in one job</source>
        <translation>Skriv ut de markerade fakturorna i ett jobb</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>ROT/RUT decision…</source>
        <translation>ROT/RUT-beslut…</translation>
    </message>
    <message>
        <source>Enter what Skatteverket paid or refused for the invoice&apos;s ROT/RUT claim</source>
        <translation>För in vad Skatteverket betalade ut eller avslog för fakturans ROT/RUT-begäran</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Betalning…</translation>
    </message>
    <message>
        <source>Register money received on the invoice</source>
        <translation>Registrera pengar som kommit in på fakturan</translation>
    </message>
    <message>
        <source>Send unsent</source>
        <translation>Skicka osända</translation>
    </message>
    <message>
        <source>Export e-invoice…</source>
        <translation>Exportera e-faktura…</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Kund: {name}</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>Läser fakturorna…</translation>
    </message>
    <message>
        <source>Refunds due</source>
        <translation>Att återbetala</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Sök fakturor</translation>
    </message>
    <message>
        <source>Search: number, OCR, customer, amount, reference, order number…</source>
        <translation>Sök: nummer, OCR, kund, belopp, referens, ordernummer…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ej skickade</translation>
    </message>
    <message>
        <source>Invoice date from</source>
        <translation>Fakturadatum från</translation>
    </message>
    <message>
        <source>Invoice date to</source>
        <translation>Fakturadatum till</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daterade</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Senaste påminnelse</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>{date} (no. {level})</source>
        <translation>{date} (nr {level})</translation>
    </message>
    <message>
        <source>E-mailed {date}</source>
        <translation>E-postad {date}</translation>
    </message>
    <message>
        <source>E-invoice file {date}</source>
        <translation>E-fakturafil {date}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Utskriven {date}</translation>
    </message>
    <message>
        <source>Unsent</source>
        <translation>Osänd</translation>
    </message>
    <message>
        <source>Not printed yet</source>
        <translation>Ej utskriven</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>No invoices yet.</source>
        <translation>Inga fakturor ännu.</translation>
    </message>
    <message>
        <source>Balance (unpaid invoices): {amount} kr</source>
        <translation>Saldo (obetalda fakturor): {amount} kr</translation>
    </message>
    <message>
        <source>Send statement of account…</source>
        <translation>Skicka kontoutdrag…</translation>
    </message>
</context>
<context>
    <name>LinePricing</name>
    <message>
        <source>customer&apos;s price</source>
        <translation>kundpris</translation>
    </message>
    <message>
        <source>list {name}</source>
        <translation>prislista {name}</translation>
    </message>
    <message>
        <source>group&apos;s list {name}</source>
        <translation>gruppens prislista {name}</translation>
    </message>
    <message>
        <source>article price</source>
        <translation>artikelpris</translation>
    </message>
    <message>
        <source>, from {quantity}</source>
        <translation>, från {quantity}</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Text printed on the invoice</source>
        <translation>Text som skrivs ut på fakturan</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
</context>
<context>
    <name>MadeRemindersPage</name>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <source>E-mail again…</source>
        <translation>E-posta igen…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>Select a reminder.</source>
        <translation>Välj en påminnelse.</translation>
    </message>
    <message>
        <source>Save reminder as PDF</source>
        <translation>Spara påminnelse som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>E-mail reminder again</source>
        <translation>E-posta påminnelse igen</translation>
    </message>
    <message>
        <source>Send reminder {number} again to:</source>
        <translation>Skicka påminnelse {number} igen till:</translation>
    </message>
    <message>
        <source>Sent to {address}.</source>
        <translation>Skickad till {address}.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>{date} printed</source>
        <translation>{date} utskriven</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Inte skickad än</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Sparar {file}…</translation>
    </message>
    <message>
        <source>Sending reminder {number}…</source>
        <translation>Skickar påminnelse {number}…</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>E-postserver (SMTP)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Ingen (okrypterad)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Saved; type to change</source>
        <translation>Sparat; skriv för att ändra</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Avsändarnamn</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Svarsadress</translation>
    </message>
    <message>
        <source>Send a copy to me</source>
        <translation>Skicka en kopia till mig</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testa anslutning</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Anslutningen misslyckades</translation>
    </message>
    <message>
        <source>The connection to {host} works.</source>
        <translation>Anslutningen till {host} fungerar.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in: Kundbok remembers it until it is closed. Type it here again after the next start.</source>
        <translation>Den här datorn har ingen nyckelring att spara lösenordet i: Kundbok kommer ihåg det tills programmet stängs. Skriv in det här igen efter nästa start.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Reading the saved password…</source>
        <translation>Läser det sparade lösenordet…</translation>
    </message>
    <message>
        <source>Keeping the password…</source>
        <translation>Sparar lösenordet…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Ansluter till {host}…</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Redigera kund</translation>
    </message>
    <message>
        <source>Deactivate selected customers</source>
        <translation>Inaktivera valda kunder</translation>
    </message>
    <message>
        <source>Activate selected customers</source>
        <translation>Aktivera valda kunder</translation>
    </message>
    <message>
        <source>Create invoice for customer</source>
        <translation>Skapa faktura för kund</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <source>Export selected customers to vCard file</source>
        <translation>Exportera valda kunder till vCard-fil</translation>
    </message>
    <message>
        <source>Import vCard file…</source>
        <translation>Importera vCard-fil…</translation>
    </message>
    <message>
        <source>Import customers from file…</source>
        <translation>Importera kunder från fil…</translation>
    </message>
    <message>
        <source>Export selected customers…</source>
        <translation>Exportera valda kunder…</translation>
    </message>
    <message>
        <source>Import payments…</source>
        <translation>Importera inbetalningar…</translation>
    </message>
    <message>
        <source>Import articles…</source>
        <translation>Importera artiklar…</translation>
    </message>
    <message>
        <source>Export articles…</source>
        <translation>Exportera artiklar…</translation>
    </message>
    <message>
        <source>Send statement of account…</source>
        <translation>Skicka kontoutdrag…</translation>
    </message>
    <message>
        <source>Articles…</source>
        <translation>Artiklar…</translation>
    </message>
    <message>
        <source>Overdue invoices…</source>
        <translation>Förfallna fakturor…</translation>
    </message>
    <message>
        <source>Customer ledger…</source>
        <translation>Kundreskontra…</translation>
    </message>
    <message>
        <source>Request ROT/RUT payment…</source>
        <translation>Begär utbetalning ROT/RUT…</translation>
    </message>
    <message>
        <source>Customer groups…</source>
        <translation>Kundgrupper…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Company details…</source>
        <translation>Företagsuppgifter…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>Ny kund (Ctrl+N)</translation>
    </message>
    <message>
        <source>Price lists…</source>
        <translation>Prislistor…</translation>
    </message>
    <message>
        <source>Export vCard</source>
        <translation>Exportera vCard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunder</translation>
    </message>
    <message>
        <source>&amp;Invoicing</source>
        <translation>&amp;Fakturering</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Snabbval</translation>
    </message>
    <message>
        <source>Export SIE file…</source>
        <translation>Exportera SIE-fil…</translation>
    </message>
    <message>
        <source>Create quote for customer</source>
        <translation>Skapa offert för kund</translation>
    </message>
    <message>
        <source>Import entries…</source>
        <translation>Importera underlag…</translation>
    </message>
    <message>
        <source>Register time/material…</source>
        <translation>Registrera tid/material…</translation>
    </message>
    <message>
        <source>Time/material</source>
        <translation>Tid/material</translation>
    </message>
    <message>
        <source>To invoice…</source>
        <translation>Att fakturera…</translation>
    </message>
    <message>
        <source>Contracts…</source>
        <translation>Avtal…</translation>
    </message>
    <message>
        <source>Invoice contracts…</source>
        <translation>Fakturera avtal…</translation>
    </message>
    <message>
        <source>Create contract</source>
        <translation>Skapa avtal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Säkerhetskopiera…</translation>
    </message>
    <message>
        <source>Send unsent invoices</source>
        <translation>Skicka osända fakturor</translation>
    </message>
    <message>
        <source>Export selected invoices as e-invoices…</source>
        <translation>Exportera markerade fakturor som e-fakturor…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Öppna datamappen</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>About Kundbok</source>
        <translation>Om Kundbok</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Deactivate customers</source>
        <translation>Inaktivera kunder</translation>
    </message>
    <message>
        <source>Make {count} customer(s) passive ({names})? They keep their history and are shown again with “Show passive”.</source>
        <translation>Göra {count} kund(er) passiva ({names})? De behåller sin historik och visas igen med ”Visa passiva”.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Offerter</translation>
    </message>
    <message>
        <source>Kundbok</source>
        <translation>Kundbok</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Select the issued invoices to export in the list, then export again.</source>
        <translation>Markera de utfärdade fakturor som ska exporteras i listan och exportera sedan igen.</translation>
    </message>
</context>
<context>
    <name>NetworkRegister</name>
    <message>
        <source>The customer register lies on a network drive ({kind}).</source>
        <translation>Kundregistret ligger på en nätverksenhet ({kind}).</translation>
    </message>
    <message>
        <source>{path}

If several people use it at the same time, the file can be damaged: the network drive does not keep them apart. For an office, keep the register in a PostgreSQL database (see the README). If you are the only one using it, you can open it anyway.</source>
        <translation>{path}

Om flera använder det samtidigt kan filen skadas: nätverksenheten håller inte isär dem. På ett kontor bör registret ligga i en PostgreSQL-databas (se README). Om du är ensam om att använda det kan du öppna det ändå.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Öppna ändå</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>I am the only one using it: do not ask again for this file</source>
        <translation>Jag är ensam om att använda det: fråga inte igen för den här filen</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Insert date and time</source>
        <translation>Infoga datum och tid</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Opening the customer register…</source>
        <translation>Öppnar kundregistret…</translation>
    </message>
    <message>
        <source>To do today</source>
        <translation>Att göra i dag</translation>
    </message>
    <message>
        <source>Best customers this year</source>
        <translation>Största kunderna i år</translation>
    </message>
    <message>
        <source>Invoiced and paid per month</source>
        <translation>Fakturerat och betalt per månad</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturerat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Invoiced and paid per month (kr)</source>
        <translation>Fakturerat och betalt per månad (kr)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>No sales yet this year.</source>
        <translation>Ingen försäljning än i år.</translation>
    </message>
    <message>
        <source>{count} overdue invoices, {amount} {currency}</source>
        <translation>{count} förfallna fakturor, {amount} {currency}</translation>
    </message>
    <message>
        <source>(the oldest due {date})</source>
        <translation>(den äldsta förföll {date})</translation>
    </message>
    <message>
        <source>No overdue invoices.</source>
        <translation>Inga förfallna fakturor.</translation>
    </message>
    <message>
        <source>Unpaid in all: {amount} {currency}</source>
        <translation>Obetalt totalt: {amount} {currency}</translation>
    </message>
    <message>
        <source>{count} drafts not issued</source>
        <translation>{count} utkast inte utfärdade</translation>
    </message>
    <message>
        <source>{count} invoices not sent</source>
        <translation>{count} fakturor inte skickade</translation>
    </message>
    <message>
        <source>{count} quotes run out within a week unanswered</source>
        <translation>{count} offerter går ut inom en vecka utan svar</translation>
    </message>
    <message>
        <source>{count} contract periods to invoice</source>
        <translation>{count} avtalsperioder att fakturera</translation>
    </message>
    <message>
        <source>{entries} entries of {customers} customers to invoice</source>
        <translation>{entries} underlag för {customers} kunder att fakturera</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Register payment</source>
        <translation>Registrera betalning</translation>
    </message>
    <message>
        <source>Bankgiro</source>
        <translation>Bankgiro</translation>
    </message>
    <message>
        <source>Plusgiro</source>
        <translation>Plusgiro</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Återför betalning</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <source>(reversed)</source>
        <translation>(återförd)</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>Ange det mottagna beloppet.</translation>
    </message>
    <message>
        <source>Reverse the chosen payment?</source>
        <translation>Återföra den valda betalningen?</translation>
    </message>
    <message>
        <source>Paid back to the customer (refund)</source>
        <translation>Betalas tillbaka till kunden (återbetalning)</translation>
    </message>
    <message>
        <source>Register refund</source>
        <translation>Registrera återbetalning</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Belopp ({currency})</translation>
    </message>
    <message>
        <source>Exchange rate (SEK for 1 {currency})</source>
        <translation>Växelkurs (SEK för 1 {currency})</translation>
    </message>
    <message>
        <source>{date}  refund {amount} {currency}  {method}</source>
        <translation>{date}  återbetalt {amount} {currency}  {method}</translation>
    </message>
    <message>
        <source>{date}  {amount} {currency}  {method}</source>
        <translation>{date}  {amount} {currency}  {method}</translation>
    </message>
    <message>
        <source>at {rate}</source>
        <translation>kurs {rate}</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <source>Import payments</source>
        <translation>Importera inbetalningar</translation>
    </message>
    <message>
        <source>Matched by OCR</source>
        <translation>Matchad via OCR</translation>
    </message>
    <message>
        <source>Suggested: invoice number</source>
        <translation>Förslag: fakturanummer</translation>
    </message>
    <message>
        <source>Suggested: OCR in the message</source>
        <translation>Förslag: OCR i meddelandet</translation>
    </message>
    <message>
        <source>Suggested: amount and name</source>
        <translation>Förslag: belopp och namn</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Ej matchad</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Importerad tidigare</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Book payments</source>
        <translation>Bokför betalningar</translation>
    </message>
    <message>
        <source>Bank files (*.xml *.txt *.dat);;All files (*)</source>
        <translation>Bankfiler (*.xml *.txt *.dat);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Likely duplicate: booked before</source>
        <translation>Trolig dubblett: bokförd tidigare</translation>
    </message>
    <message>
        <source>{matched} matched, {suggested} suggested, {likely} likely duplicates, {unmatched} unmatched, {seen} seen before</source>
        <translation>{matched} matchade, {suggested} förslag, {likely} troliga dubbletter, {unmatched} ej matchade, {seen} importerade tidigare</translation>
    </message>
    <message>
        <source>A payment of this amount on this day is booked on the invoice already, perhaps from another bank file. Tick it to book this one too.</source>
        <translation>En betalning med detta belopp och denna dag är redan bokförd på fakturan, kanske från en annan bankfil. Kryssa i den för att bokföra även denna.</translation>
    </message>
    <message>
        <source>Booking the payments…</source>
        <translation>Bokför betalningarna…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Läser {file}…</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>The preview could not be made; the log says why.</source>
        <translation>Förhandsvisningen kunde inte göras; loggen säger varför.</translation>
    </message>
</context>
<context>
    <name>PreviewSplitter</name>
    <message>
        <source>Invoice preview</source>
        <translation>Förhandsvisning</translation>
    </message>
</context>
<context>
    <name>PriceForm</name>
    <message>
        <source>Agreed price</source>
        <translation>Avtalat pris</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Ändra pris</translation>
    </message>
    <message>
        <source>kr excl. VAT</source>
        <translation>kr exkl. moms</translation>
    </message>
    <message>
        <source>any quantity</source>
        <translation>alla antal</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: open)</source>
        <translation>ÅÅÅÅ-MM-DD (tomt: tills vidare)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>Från antal</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
</context>
<context>
    <name>PriceListChoice</name>
    <message>
        <source>No price list</source>
        <translation>Ingen prislista</translation>
    </message>
</context>
<context>
    <name>PriceListsDialog</name>
    <message>
        <source>Price lists</source>
        <translation>Prislistor</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Ny lista…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>A customer&apos;s line takes its own price first, then its price list&apos;s, then its group&apos;s list&apos;s, then the article&apos;s. A price may hold from a quantity (volume price) and between two days. Give a customer or a group a list on the card or in Kunder → Kundgrupper.</source>
        <translation>En kunds rad tar först kundens eget pris, sedan dess prislistas, sedan kundgruppens prislistas och sist artikelns. Ett pris kan gälla från ett antal (volympris) och mellan två datum. Ge en kund eller en grupp en prislista på kundkortet eller i Kunder → Kundgrupper.</translation>
    </message>
    <message>
        <source>{name} ({prices} prices, {customers} customers, {groups} groups)</source>
        <translation>{name} ({prices} priser, {customers} kunder, {groups} grupper)</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>Ny prislista</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Rename price list</source>
        <translation>Byt namn på prislista</translation>
    </message>
    <message>
        <source>Delete price list</source>
        <translation>Ta bort prislista</translation>
    </message>
    <message>
        <source>Delete the price list {name} and its {count} prices?</source>
        <translation>Ta bort prislistan {name} och dess {count} priser?</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Printing {count} documents…</source>
        <translation>Skriver ut {count} dokument…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>Making the documents…</source>
        <translation>Skapar dokumenten…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Skapar förhandsgranskningen…</translation>
    </message>
</context>
<context>
    <name>QuoteActions</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Skicka med e-post…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Antagen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <source>Invoice quote…</source>
        <translation>Fakturera offert…</translation>
    </message>
    <message>
        <source>Copy quote</source>
        <translation>Kopiera offert</translation>
    </message>
    <message>
        <source>Send quote {number} by e-mail</source>
        <translation>Skicka offert {number} med e-post</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Skicka med e-post</translation>
    </message>
    <message>
        <source>Quote sent to {to}.</source>
        <translation>Offerten skickades till {to}.</translation>
    </message>
    <message>
        <source>Sending the quote…</source>
        <translation>Skickar offerten…</translation>
    </message>
    <message>
        <source>Invoice quote</source>
        <translation>Fakturera offert</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Text printed on the quote</source>
        <translation>Text som skrivs ut på offerten</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>part {part}: invoice {number} ({amount})</source>
        <translation>del {part}: faktura {number} ({amount})</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>krediterad</translation>
    </message>
    <message>
        <source>Invoiced {billed}, remaining {left} (excl. VAT) — {parts}</source>
        <translation>Fakturerat {billed}, återstår {left} (exkl. moms) — {parts}</translation>
    </message>
    <message>
        <source>Quote {number}</source>
        <translation>Offert {number}</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Ny offert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The quote now shows what is saved; make your changes again.</source>
        <translation>Offerten visar nu det som är sparat; gör dina ändringar igen.</translation>
    </message>
    <message>
        <source>Passive customer</source>
        <translation>Passiv kund</translation>
    </message>
    <message>
        <source>{name} is passive. Make a quote for the customer anyway?</source>
        <translation>{name} är passiv. Göra en offert till kunden ändå?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The quote has changes that are not saved. Save them?</source>
        <translation>Offerten har ändringar som inte är sparade. Spara dem?</translation>
    </message>
</context>
<context>
    <name>QuoteHeader</name>
    <message>
        <source>No ROT/RUT</source>
        <translation>Ingen ROT/RUT</translation>
    </message>
    <message>
        <source>ROT deduction</source>
        <translation>ROT-avdrag</translation>
    </message>
    <message>
        <source>RUT deduction</source>
        <translation>RUT-avdrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Offertdatum</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Vår referens</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>QuoteInvoiceDialog</name>
    <message>
        <source>Invoice quote {number}</source>
        <translation>Fakturera offert {number}</translation>
    </message>
    <message>
        <source>Invoiced {billed} of {net} (excl. VAT); {left} % remains.</source>
        <translation>Fakturerat {billed} av {net} (exkl. moms); {left} % återstår.</translation>
    </message>
    <message>
        <source>All that remains</source>
        <translation>Allt som återstår</translation>
    </message>
    <message>
        <source>A percentage of the quote</source>
        <translation>En procentandel av offerten</translation>
    </message>
    <message>
        <source>Percent of the quote</source>
        <translation>Procent av offerten</translation>
    </message>
    <message>
        <source>Chosen lines</source>
        <translation>Valda rader</translation>
    </message>
    <message>
        <source>Issue the invoice at once</source>
        <translation>Utfärda fakturan direkt</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fakturera</translation>
    </message>
    <message>
        <source>Tick the lines to invoice, or choose another part.</source>
        <translation>Bocka för raderna som ska faktureras, eller välj en annan del.</translation>
    </message>
</context>
<context>
    <name>QuoteList</name>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>Sök offerter</translation>
    </message>
    <message>
        <source>Quote number or customer…</source>
        <translation>Offertnummer eller kund…</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Offerter</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Offertdatum</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturerat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
</context>
<context>
    <name>QuoteStatus</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Antagen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <source>Invoiced in part</source>
        <translation>Delvis fakturerad</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturerad</translation>
    </message>
</context>
<context>
    <name>QuotesTab</name>
    <message>
        <source>No quotes yet.</source>
        <translation>Inga offerter än.</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>Ny offert…</translation>
    </message>
</context>
<context>
    <name>ReceivablesView</name>
    <message>
        <source>Customer ledger</source>
        <translation>Kundreskontra</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Ej förfallet</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 dagar</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 dagar</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 dagar</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Över 90 dagar</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>Kundfordringar efter ålder</translation>
    </message>
    <message>
        <source>Sales per customer</source>
        <translation>Försäljning per kund</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportera till CSV…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Förhandsgranska…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Aged on</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Exkl. moms</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} till {last}</translation>
    </message>
    <message>
        <source>Aged on {day}</source>
        <translation>Per {day}</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportera till CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Total in SEK</source>
        <translation>Summa i SEK</translation>
    </message>
    <message>
        <source>Open in total: {amount} SEK</source>
        <translation>Obetalt totalt: {amount} SEK</translation>
    </message>
    <message>
        <source>({count} invoices in other currencies without an exchange rate left out)</source>
        <translation>({count} fakturor i andra valutor utan växelkurs är inte medräknade)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Skriver {file}…</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Send invoice {number} by e-mail</source>
        <translation>Skicka faktura {number} med e-post</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
</context>
<context>
    <name>RegisterBusy</name>
    <message>
        <source>{user} is importing into the register. What you saved is saved as soon as the import has finished.</source>
        <translation>{user} importerar till kundregistret. Det du sparade sparas så snart importen är klar.</translation>
    </message>
    <message>
        <source>Another user is importing into the register. What you saved is saved as soon as the import has finished.</source>
        <translation>En annan användare importerar till kundregistret. Det du sparade sparas så snart importen är klar.</translation>
    </message>
    <message>
        <source>Waiting for an import</source>
        <translation>Väntar på en import</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPage</name>
    <message>
        <source>At most 60 kr, and only when agreed with the customer before the debt arose.</source>
        <translation>Högst 60 kr, och bara om det avtalats med kunden innan skulden uppstod.</translation>
    </message>
    <message>
        <source>Reminder fee (kr, 0 = none)</source>
        <translation>Påminnelseavgift (kr, 0 = ingen)</translation>
    </message>
    <message>
        <source>Charge business customers förseningsersättning (450 kr once per invoice)</source>
        <translation>Ta ut förseningsersättning av företagskunder (450 kr en gång per faktura)</translation>
    </message>
    <message>
        <source>Interest: points over the reference rate</source>
        <translation>Ränta: procentenheter över referensräntan</translation>
    </message>
    <message>
        <source>none: reference rate plus the points</source>
        <translation>ingen: referensräntan plus procentenheterna</translation>
    </message>
    <message>
        <source>Agreed fixed interest (% a year)</source>
        <translation>Avtalad fast ränta (% per år)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>A reminder is to be paid within</source>
        <translation>En påminnelse ska betalas inom</translation>
    </message>
    <message>
        <source>Account for reminder fees</source>
        <translation>Konto för påminnelseavgifter</translation>
    </message>
    <message>
        <source>Account for förseningsersättning</source>
        <translation>Konto för förseningsersättning</translation>
    </message>
    <message>
        <source>Account for interest</source>
        <translation>Konto för dröjsmålsränta</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Reference rate %</source>
        <translation>Referensränta %</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Lägg till ränta</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Ta bort ränta</translation>
    </message>
    <message>
        <source>Riksbank reference rates (räntelagen 9 §)</source>
        <translation>Riksbankens referensräntor (räntelagen 9 §)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Overdue invoices</source>
        <translation>Förfallna fakturor</translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation>Påminnelsedatum</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dagar sen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallet</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Förseningsersättning</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Skickas med</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Skicka påminnelse</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Reminder fees</source>
        <translation>Påminnelseavgifter</translation>
    </message>
    <message>
        <source>Create interest invoice</source>
        <translation>Skapa räntefaktura</translation>
    </message>
    <message>
        <source>To remind</source>
        <translation>Att påminna</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Betalda för sent</translation>
    </message>
    <message>
        <source>Reminders made</source>
        <translation>Skickade påminnelser</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Invoice {number}: {open} open, {days} days late, interest {interest}, compensation {compensation}</source>
        <translation>Faktura {number}: {open} kvar, {days} dagar sen, ränta {interest}, förseningsersättning {compensation}</translation>
    </message>
    <message>
        <source>Select the customers to remind.</source>
        <translation>Markera de kunder som ska påminnas.</translation>
    </message>
    <message>
        <source>{sent} of {total} reminders sent by e-mail.</source>
        <translation>{sent} av {total} påminnelser skickade med e-post.</translation>
    </message>
    <message>
        <source>{customer}: {reason}</source>
        <translation>{customer}: {reason}</translation>
    </message>
    <message>
        <source>Save reminders as PDF</source>
        <translation>Spara påminnelser som PDF</translation>
    </message>
    <message>
        <source>Saved:
{files}</source>
        <translation>Sparat:
{files}</translation>
    </message>
    <message>
        <source>Select the invoices paid late.</source>
        <translation>Markera de fakturor som betalats för sent.</translation>
    </message>
    <message>
        <source>Interest invoices issued: {numbers}</source>
        <translation>Räntefakturor utfärdade: {numbers}</translation>
    </message>
    <message>
        <source>Sending {count} reminders…</source>
        <translation>Skickar {count} påminnelser…</translation>
    </message>
    <message>
        <source>Making the reminders…</source>
        <translation>Skapar påminnelserna…</translation>
    </message>
    <message>
        <source>Saving the reminders…</source>
        <translation>Sparar påminnelserna…</translation>
    </message>
</context>
<context>
    <name>RotRutClaimDialog</name>
    <message>
        <source>Request ROT/RUT payment</source>
        <translation>Begär utbetalning ROT/RUT</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Betalningsdatum</translation>
    </message>
    <message>
        <source>Price for the work</source>
        <translation>Pris för arbetet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Begärt</translation>
    </message>
    <message>
        <source>Work (hours, material)</source>
        <translation>Arbete (timmar, material)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Save XML…</source>
        <translation>Spara XML…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Payment year</source>
        <translation>Betalningsår</translation>
    </message>
    <message>
        <source>No paid invoices of {year} are waiting to be claimed.</source>
        <translation>Inga betalda fakturor från {year} väntar på att begäras.</translation>
    </message>
    <message>
        <source>{count} cases, {requested} kr requested; to send by {deadline}.</source>
        <translation>{count} ärenden, {requested} kr begärt; skickas senast {deadline}.</translation>
    </message>
    <message>
        <source>{failing} cases fail a check: correct them first.</source>
        <translation>{failing} ärenden klarar inte en kontroll: rätta dem först.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save claim</source>
        <translation>Spara begäran</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-filer (*.xml)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>Saved for Skatteverket&apos;s e-service:
{files}</source>
        <translation>Sparad för Skatteverkets e-tjänst:
{files}</translation>
    </message>
</context>
<context>
    <name>RotRutDecisionDialog</name>
    <message>
        <source>Skatteverket&apos;s ROT/RUT decision</source>
        <translation>Skatteverkets ROT/RUT-beslut</translation>
    </message>
    <message>
        <source>Claimed {date} in {file}</source>
        <translation>Begärd {date} i {file}</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Utbetalt belopp</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Deduction claimed</source>
        <translation>Begärt skatteavdrag</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The ROT/RUT part of this invoice has not been claimed yet.</source>
        <translation>Fakturans ROT/RUT-del har inte begärts än.</translation>
    </message>
</context>
<context>
    <name>RotRutReminder</name>
    <message>
        <source>{count} paid ROT/RUT invoices of {year} not yet claimed: send by 31 January. &lt;a href=&quot;claim&quot;&gt;Request payment…&lt;/a&gt;</source>
        <translation>{count} betalda ROT/RUT-fakturor från {year} är inte begärda: skicka senast 31 januari. &lt;a href=&quot;claim&quot;&gt;Begär utbetalning…&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>RotRutTab</name>
    <message>
        <source>For ROT and RUT work: the buyer&apos;s personal number, and the property designation, or for a housing co-operative its organisation number and the apartment number.</source>
        <translation>För ROT- och RUT-arbeten: köparens personnummer och fastighetsbeteckning, eller för en bostadsrätt föreningens organisationsnummer och lägenhetsnummer.</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Property designation</source>
        <translation>Fastighetsbeteckning</translation>
    </message>
    <message>
        <source>Housing co-operative org. no.</source>
        <translation>Bostadsrättsföreningens org.nr</translation>
    </message>
    <message>
        <source>Apartment number</source>
        <translation>Lägenhetsnummer</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Faktureras</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Belopp exkl. moms</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Left out: the customer is blocked</source>
        <translation>Utelämnad: kunden är spärrad</translation>
    </message>
    <message>
        <source>Left out: the customer is passive</source>
        <translation>Utelämnad: kunden är passiv</translation>
    </message>
    <message>
        <source>Left out: the contract is paused</source>
        <translation>Utelämnad: avtalet är pausat</translation>
    </message>
</context>
<context>
    <name>SendInvoices</name>
    <message>
        <source>Mail server password</source>
        <translation>Lösenord till e-postservern</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Lösenord för {user} på {host}:</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Skicka med e-post</translation>
    </message>
    <message>
        <source>Invoice {number} has been sent already. Send it again?</source>
        <translation>Faktura {number} är redan skickad. Skicka den igen?</translation>
    </message>
    <message>
        <source>Send unsent invoices</source>
        <translation>Skicka osända fakturor</translation>
    </message>
    <message>
        <source>There are no unsent invoices.</source>
        <translation>Det finns inga osända fakturor.</translation>
    </message>
    <message>
        <source>Invoice {number}: {reason}</source>
        <translation>Faktura {number}: {reason}</translation>
    </message>
    <message>
        <source>{sent} of {total} invoices sent.</source>
        <translation>{sent} av {total} fakturor skickade.</translation>
    </message>
    <message>
        <source>Keeping the password…</source>
        <translation>Sparar lösenordet…</translation>
    </message>
    <message>
        <source>Reading the mail settings…</source>
        <translation>Läser e-postinställningarna…</translation>
    </message>
    <message>
        <source>Sending invoice {number}…</source>
        <translation>Skickar faktura {number}…</translation>
    </message>
    <message>
        <source>Sending {count} invoices…</source>
        <translation>Skickar {count} fakturor…</translation>
    </message>
    <message>
        <source>Sending was stopped: {count} invoices were not sent.</source>
        <translation>Sändningen avbröts: {count} fakturor skickades inte.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Hemsida</translation>
    </message>
    <message>
        <source>Bankgiro</source>
        <translation>Bankgiro</translation>
    </message>
    <message>
        <source>Plusgiro</source>
        <translation>Plusgiro</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Approved for F-tax (Godkänd för F-skatt)</source>
        <translation>Godkänd för F-skatt</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Välj logotyp…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Fixed once the first customer is saved.</source>
        <translation>Låst när den första kunden har sparats.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <source>Default VAT</source>
        <translation>Standardmoms</translation>
    </message>
    <message>
        <source>Next customer number</source>
        <translation>Nästa kundnummer</translation>
    </message>
    <message>
        <source>First customer number</source>
        <translation>Första kundnummer</translation>
    </message>
    <message>
        <source>Next invoice number</source>
        <translation>Nästa fakturanummer</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Ett nytt språk används från nästa start.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>A logo is chosen</source>
        <translation>En logotyp är vald</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The settings now show what is saved; make your changes again.</source>
        <translation>Inställningarna visar nu det som är sparat; gör dina ändringar igen.</translation>
    </message>
    <message>
        <source>Exchange gain account</source>
        <translation>Konto för valutakursvinst</translation>
    </message>
    <message>
        <source>Exchange loss account</source>
        <translation>Konto för valutakursförlust</translation>
    </message>
    <message>
        <source>Swish number (Swish Företag)</source>
        <translation>Swishnummer (Swish Företag)</translation>
    </message>
    <message>
        <source>Quotes valid for</source>
        <translation>Offerter gäller i</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
</context>
<context>
    <name>SieExportDialog</name>
    <message>
        <source>Export SIE file</source>
        <translation>Exportera SIE-fil</translation>
    </message>
    <message>
        <source>The invoices, credit notes, payments and ROT/RUT decisions of the period, one voucher each, as SIE 4I for the bookkeeping program.</source>
        <translation>Periodens fakturor, kreditfakturor, inbetalningar och ROT/RUT-beslut, en verifikation var, som SIE 4I för bokföringsprogrammet.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Save SIE file</source>
        <translation>Spara SIE-fil</translation>
    </message>
    <message>
        <source>SIE files (*.se *.si *.sie);;All files (*)</source>
        <translation>SIE-filer (*.se *.si *.sie);;Alla filer (*)</translation>
    </message>
    <message>
        <source>{count} vouchers written to {file}.</source>
        <translation>{count} verifikationer skrivna till {file}.</translation>
    </message>
    <message>
        <source>Making the vouchers of {first}–{last}…</source>
        <translation>Gör verifikationerna för {first}–{last}…</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement of account</source>
        <translation>Kontoutdrag</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Skicka med e-post</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>The statements could not be made; the details are in the log.</source>
        <translation>Kontoutdragen kunde inte göras; detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Spara kontoutdrag</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>{count} statements saved in {folder}.</source>
        <translation>{count} kontoutdrag sparade i {folder}.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{sent} of {total} statements sent.</source>
        <translation>{sent} av {total} kontoutdrag skickade.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>The newest {count} invoices</source>
        <translation>De senaste {count} fakturorna</translation>
    </message>
    <message>
        <source>{count} invoices</source>
        <translation>{count} fakturor</translation>
    </message>
    <message>
        <source>{shown} of {total} customers</source>
        <translation>{shown} av {total} kunder</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} kunder</translation>
    </message>
    <message>
        <source>{count} passive hidden</source>
        <translation>{count} passiva dolda</translation>
    </message>
</context>
<context>
    <name>TableExportDialog</name>
    <message>
        <source>Export {count} customers</source>
        <translation>Exportera {count} kunder</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (Excel, LibreOffice, other programs)</source>
        <translation>CSV, UTF-8 (Excel, LibreOffice, andra program)</translation>
    </message>
    <message>
        <source>CSV, Windows-1252 (older programs)</source>
        <translation>CSV, Windows-1252 (äldre program)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alla fält</translation>
    </message>
    <message>
        <source>The columns shown in the list</source>
        <translation>Kolumnerna som visas i listan</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportera kunder</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>{count} customers written to {path}</source>
        <translation>{count} kunder sparade i {path}</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Skriver {file}…</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <source>Import customers from {file}</source>
        <translation>Importera kunder från {file}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose which customer field each column of the file holds. Columns set to “Do not import” are left out. Your choice is remembered for files with the same columns.</source>
        <translation>Välj vilket kundfält varje kolumn i filen innehåller. Kolumner med ”Importera inte” hoppas över. Ditt val sparas till nästa fil med samma kolumner.</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>Kundfält</translation>
    </message>
    <message>
        <source>Two columns hold “{field}”: choose one.</source>
        <translation>Två kolumner innehåller ”{field}”: välj en.</translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the others</source>
        <translation>Hoppa över raderna med fel och importera de andra</translation>
    </message>
    <message>
        <source>Every duplicate:</source>
        <translation>Alla dubbletter:</translation>
    </message>
    <message>
        <source>{rows} rows: new {new}, update {updates}, duplicates {duplicates}, with errors {errors}. Nothing is changed until you choose Import.</source>
        <translation>{rows} rader: nya {new}, uppdateringar {updates}, dubbletter {duplicates}, med fel {errors}. Inget ändras förrän du väljer Importera.</translation>
    </message>
    <message>
        <source>Import customers from file</source>
        <translation>Importera kunder från fil</translation>
    </message>
    <message>
        <source>Customer tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Kundtabeller (*.csv *.txt *.tsv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>{created} customers added, {updated} updated, {unchanged} already up to date, {skipped} skipped, {errors} rows with errors left out.</source>
        <translation>{created} kunder tillagda, {updated} uppdaterade, {unchanged} redan aktuella, {skipped} överhoppade, {errors} rader med fel utelämnade.</translation>
    </message>
    <message>
        <source>Checking {rows} rows…</source>
        <translation>Kontrollerar {rows} rader…</translation>
    </message>
    <message>
        <source>Importing the customers…</source>
        <translation>Importerar kunderna…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Läser {file}…</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <source>Register time/material</source>
        <translation>Registrera tid/material</translation>
    </message>
    <message>
        <source>Type to find the customer…</source>
        <translation>Skriv för att hitta kunden…</translation>
    </message>
    <message>
        <source>Free text (no article)</source>
        <translation>Fritext (ingen artikel)</translation>
    </message>
    <message>
        <source>1,25 or 1:15</source>
        <translation>1,25 eller 1:15</translation>
    </message>
    <message>
        <source>The article&apos;s price</source>
        <translation>Artikelns pris</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Price (excl. VAT)</source>
        <translation>À-pris (exkl. moms)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Change entry</source>
        <translation>Ändra post</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Starta timer</translation>
    </message>
    <message>
        <source>up to {minutes} min</source>
        <translation>uppåt till {minutes} min</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Choose a customer: type part of its name or number.</source>
        <translation>Välj en kund: skriv en del av namnet eller kundnumret.</translation>
    </message>
    <message>
        <source>Saved: {quantity} {unit} {what}, {amount} kr.</source>
        <translation>Sparat: {quantity} {unit} {what}, {amount} kr.</translation>
    </message>
</context>
<context>
    <name>UnbilledDialog</name>
    <message>
        <source>To invoice</source>
        <translation>Att fakturera</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Belopp exkl. moms</translation>
    </message>
    <message>
        <source>Oldest entry</source>
        <translation>Äldsta post</translation>
    </message>
    <message>
        <source>Invoice selected</source>
        <translation>Fakturera valda</translation>
    </message>
    <message>
        <source>Entries up to</source>
        <translation>Underlag till och med</translation>
    </message>
    <message>
        <source>Summing the unbilled entries…</source>
        <translation>Summerar ofakturerat underlag…</translation>
    </message>
    <message>
        <source> (blocked)</source>
        <translation> (spärrad)</translation>
    </message>
    <message>
        <source>{customers} customers, {amount} kr excl. VAT</source>
        <translation>{customers} kunder, {amount} kr exkl. moms</translation>
    </message>
    <message>
        <source>Select the customers to invoice first.</source>
        <translation>Markera först kunderna som ska faktureras.</translation>
    </message>
    <message>
        <source>Invoice entries</source>
        <translation>Fakturera underlag</translation>
    </message>
    <message>
        <source>Making the invoice drafts…</source>
        <translation>Skapar fakturautkasten…</translation>
    </message>
    <message>
        <source>{count} invoice drafts made, {amount} kr in all. They are under Invoices, to be looked over and issued.</source>
        <translation>{count} fakturautkast skapades, {amount} kr sammanlagt. De finns under Fakturor, att se över och utfärda.</translation>
    </message>
</context>
<context>
    <name>WindowOpener</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation>Filen kunde inte läsas eller skrivas: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not carried out. Your data is as it was. The details are written to {log}.</source>
        <translation>Något gick fel och åtgärden genomfördes inte. Dina uppgifter är som förut. Detaljerna finns i {log}.</translation>
    </message>
    <message>
        <source>Kundbok</source>
        <translation>Kundbok</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Kundtyp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Kundgrupp</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Organisation or personal identity number</source>
        <translation>Organisations- eller personnummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <source>Invoice address: c/o</source>
        <translation>Fakturaadress: c/o</translation>
    </message>
    <message>
        <source>Invoice address: street</source>
        <translation>Fakturaadress: gatuadress</translation>
    </message>
    <message>
        <source>Invoice address: line 2</source>
        <translation>Fakturaadress: rad 2</translation>
    </message>
    <message>
        <source>Invoice address: postcode</source>
        <translation>Fakturaadress: postnummer</translation>
    </message>
    <message>
        <source>Invoice address: city</source>
        <translation>Fakturaadress: ort</translation>
    </message>
    <message>
        <source>Invoice address: region</source>
        <translation>Fakturaadress: region</translation>
    </message>
    <message>
        <source>Invoice address: country</source>
        <translation>Fakturaadress: land</translation>
    </message>
    <message>
        <source>Visiting address: c/o</source>
        <translation>Besöksadress: c/o</translation>
    </message>
    <message>
        <source>Visiting address: street</source>
        <translation>Besöksadress: gatuadress</translation>
    </message>
    <message>
        <source>Visiting address: line 2</source>
        <translation>Besöksadress: rad 2</translation>
    </message>
    <message>
        <source>Visiting address: postcode</source>
        <translation>Besöksadress: postnummer</translation>
    </message>
    <message>
        <source>Visiting address: city</source>
        <translation>Besöksadress: ort</translation>
    </message>
    <message>
        <source>Visiting address: region</source>
        <translation>Besöksadress: region</translation>
    </message>
    <message>
        <source>Visiting address: country</source>
        <translation>Besöksadress: land</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Betalningsvillkor (dagar)</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Invoice by e-mail</source>
        <translation>Faktura via e-post</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Spärrad</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation>Signaltext</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <source>Agreed reminder fee</source>
        <translation>Avtalad påminnelseavgift</translation>
    </message>
    <message>
        <source>Agreed interest %</source>
        <translation>Avtalad ränta %</translation>
    </message>
    <message>
        <source>ROT/RUT: personal identity number</source>
        <translation>ROT/RUT: personnummer</translation>
    </message>
    <message>
        <source>ROT/RUT: property designation</source>
        <translation>ROT/RUT: fastighetsbeteckning</translation>
    </message>
    <message>
        <source>ROT/RUT: housing association&apos;s organisation number</source>
        <translation>ROT/RUT: bostadsrättsföreningens organisationsnummer</translation>
    </message>
    <message>
        <source>ROT/RUT: apartment number</source>
        <translation>ROT/RUT: lägenhetsnummer</translation>
    </message>
    <message>
        <source>Peppol scheme</source>
        <translation>Peppol-schema</translation>
    </message>
    <message>
        <source>Peppol id</source>
        <translation>Peppol-id</translation>
    </message>
    <message>
        <source>Buyer reference (e-invoice)</source>
        <translation>Referenskod (e-faktura)</translation>
    </message>
    <message>
        <source>Delivery address: name</source>
        <translation>Leveransadress: namn</translation>
    </message>
    <message>
        <source>Delivery address: street</source>
        <translation>Leveransadress: gatuadress</translation>
    </message>
    <message>
        <source>Delivery address: line 2</source>
        <translation>Leveransadress: rad 2</translation>
    </message>
    <message>
        <source>Delivery address: postcode</source>
        <translation>Leveransadress: postnummer</translation>
    </message>
    <message>
        <source>Delivery address: city</source>
        <translation>Leveransadress: ort</translation>
    </message>
    <message>
        <source>Delivery address: region</source>
        <translation>Leveransadress: region</translation>
    </message>
    <message>
        <source>Delivery address: country</source>
        <translation>Leveransadress: land</translation>
    </message>
    <message>
        <source>Contact 2: name</source>
        <translation>Kontakt 2: namn</translation>
    </message>
    <message>
        <source>Contact 2: role</source>
        <translation>Kontakt 2: roll</translation>
    </message>
    <message>
        <source>Contact 2: phone</source>
        <translation>Kontakt 2: telefon</translation>
    </message>
    <message>
        <source>Contact 2: mobile</source>
        <translation>Kontakt 2: mobil</translation>
    </message>
    <message>
        <source>Contact 2: e-mail</source>
        <translation>Kontakt 2: e-post</translation>
    </message>
    <message>
        <source>Contact 2: active</source>
        <translation>Kontakt 2: aktiv</translation>
    </message>
    <message>
        <source>Contact 3: name</source>
        <translation>Kontakt 3: namn</translation>
    </message>
    <message>
        <source>Contact 3: role</source>
        <translation>Kontakt 3: roll</translation>
    </message>
    <message>
        <source>Contact 3: phone</source>
        <translation>Kontakt 3: telefon</translation>
    </message>
    <message>
        <source>Contact 3: mobile</source>
        <translation>Kontakt 3: mobil</translation>
    </message>
    <message>
        <source>Contact 3: e-mail</source>
        <translation>Kontakt 3: e-post</translation>
    </message>
    <message>
        <source>Contact 3: active</source>
        <translation>Kontakt 3: aktiv</translation>
    </message>
    <message>
        <source>Contact 4: name</source>
        <translation>Kontakt 4: namn</translation>
    </message>
    <message>
        <source>Contact 4: role</source>
        <translation>Kontakt 4: roll</translation>
    </message>
    <message>
        <source>Contact 4: phone</source>
        <translation>Kontakt 4: telefon</translation>
    </message>
    <message>
        <source>Contact 4: mobile</source>
        <translation>Kontakt 4: mobil</translation>
    </message>
    <message>
        <source>Contact 4: e-mail</source>
        <translation>Kontakt 4: e-post</translation>
    </message>
    <message>
        <source>Contact 4: active</source>
        <translation>Kontakt 4: aktiv</translation>
    </message>
    <message>
        <source>Contact 5: name</source>
        <translation>Kontakt 5: namn</translation>
    </message>
    <message>
        <source>Contact 5: role</source>
        <translation>Kontakt 5: roll</translation>
    </message>
    <message>
        <source>Contact 5: phone</source>
        <translation>Kontakt 5: telefon</translation>
    </message>
    <message>
        <source>Contact 5: mobile</source>
        <translation>Kontakt 5: mobil</translation>
    </message>
    <message>
        <source>Contact 5: e-mail</source>
        <translation>Kontakt 5: e-post</translation>
    </message>
    <message>
        <source>Contact 5: active</source>
        <translation>Kontakt 5: aktiv</translation>
    </message>
    <message>
        <source>Contact 6: name</source>
        <translation>Kontakt 6: namn</translation>
    </message>
    <message>
        <source>Contact 6: role</source>
        <translation>Kontakt 6: roll</translation>
    </message>
    <message>
        <source>Contact 6: phone</source>
        <translation>Kontakt 6: telefon</translation>
    </message>
    <message>
        <source>Contact 6: mobile</source>
        <translation>Kontakt 6: mobil</translation>
    </message>
    <message>
        <source>Contact 6: e-mail</source>
        <translation>Kontakt 6: e-post</translation>
    </message>
    <message>
        <source>Contact 6: active</source>
        <translation>Kontakt 6: aktiv</translation>
    </message>
    <message>
        <source>Contact 7: name</source>
        <translation>Kontakt 7: namn</translation>
    </message>
    <message>
        <source>Contact 7: role</source>
        <translation>Kontakt 7: roll</translation>
    </message>
    <message>
        <source>Contact 7: phone</source>
        <translation>Kontakt 7: telefon</translation>
    </message>
    <message>
        <source>Contact 7: mobile</source>
        <translation>Kontakt 7: mobil</translation>
    </message>
    <message>
        <source>Contact 7: e-mail</source>
        <translation>Kontakt 7: e-post</translation>
    </message>
    <message>
        <source>Contact 7: active</source>
        <translation>Kontakt 7: aktiv</translation>
    </message>
    <message>
        <source>Contact 8: name</source>
        <translation>Kontakt 8: namn</translation>
    </message>
    <message>
        <source>Contact 8: role</source>
        <translation>Kontakt 8: roll</translation>
    </message>
    <message>
        <source>Contact 8: phone</source>
        <translation>Kontakt 8: telefon</translation>
    </message>
    <message>
        <source>Contact 8: mobile</source>
        <translation>Kontakt 8: mobil</translation>
    </message>
    <message>
        <source>Contact 8: e-mail</source>
        <translation>Kontakt 8: e-post</translation>
    </message>
    <message>
        <source>Contact 8: active</source>
        <translation>Kontakt 8: aktiv</translation>
    </message>
    <message>
        <source>Contact 9: name</source>
        <translation>Kontakt 9: namn</translation>
    </message>
    <message>
        <source>Contact 9: role</source>
        <translation>Kontakt 9: roll</translation>
    </message>
    <message>
        <source>Contact 9: phone</source>
        <translation>Kontakt 9: telefon</translation>
    </message>
    <message>
        <source>Contact 9: mobile</source>
        <translation>Kontakt 9: mobil</translation>
    </message>
    <message>
        <source>Contact 9: e-mail</source>
        <translation>Kontakt 9: e-post</translation>
    </message>
    <message>
        <source>Contact 9: active</source>
        <translation>Kontakt 9: aktiv</translation>
    </message>
    <message>
        <source>Contact 10: name</source>
        <translation>Kontakt 10: namn</translation>
    </message>
    <message>
        <source>Contact 10: role</source>
        <translation>Kontakt 10: roll</translation>
    </message>
    <message>
        <source>Contact 10: phone</source>
        <translation>Kontakt 10: telefon</translation>
    </message>
    <message>
        <source>Contact 10: mobile</source>
        <translation>Kontakt 10: mobil</translation>
    </message>
    <message>
        <source>Contact 10: e-mail</source>
        <translation>Kontakt 10: e-post</translation>
    </message>
    <message>
        <source>Contact 10: active</source>
        <translation>Kontakt 10: aktiv</translation>
    </message>
    <message>
        <source>Main contact: name</source>
        <translation>Huvudkontakt: namn</translation>
    </message>
    <message>
        <source>Main contact: role</source>
        <translation>Huvudkontakt: roll</translation>
    </message>
    <message>
        <source>Main contact: phone</source>
        <translation>Huvudkontakt: telefon</translation>
    </message>
    <message>
        <source>Main contact: mobile</source>
        <translation>Huvudkontakt: mobil</translation>
    </message>
    <message>
        <source>Main contact: e-mail</source>
        <translation>Huvudkontakt: e-post</translation>
    </message>
    <message>
        <source>Main contact: active</source>
        <translation>Huvudkontakt: aktiv</translation>
    </message>
    <message>
        <source>Article number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Pris exkl. moms</translation>
    </message>
    <message>
        <source>Labour or material</source>
        <translation>Arbete eller material</translation>
    </message>
    <message>
        <source>ROT/RUT work type</source>
        <translation>ROT/RUT-arbete</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditgräns</translation>
    </message>
</context>
<context>
    <name>invoice_status</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Obetald</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Delbetald</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Överbetald</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Reglerad</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>Återbetalas</translation>
    </message>
    <message>
        <source>Overdue 1 day</source>
        <translation>Förfallen 1 dag</translation>
    </message>
    <message>
        <source>Overdue {days} days</source>
        <translation>Förfallen {days} dagar</translation>
    </message>
    <message>
        <source>{status}, {amount} open</source>
        <translation>{status}, {amount} obetalt</translation>
    </message>
    <message>
        <source>Partly paid, {amount} open</source>
        <translation>Delbetald, {amount} obetalt</translation>
    </message>
    <message>
        <source>Overpaid by {amount}</source>
        <translation>Överbetald med {amount}</translation>
    </message>
    <message>
        <source>Refund due, {amount}</source>
        <translation>Återbetalas, {amount}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{file} is an old Excel file (.xls): save it as .xlsx or CSV first.</source>
        <translation>{file} är en gammal Excel-fil (.xls): spara den som .xlsx eller CSV först.</translation>
    </message>
    <message>
        <source>Unknown country &apos;{country}&apos;.</source>
        <translation>Okänt land &apos;{country}&apos;.</translation>
    </message>
    <message>
        <source>Unknown customer field &apos;{field}&apos;.</source>
        <translation>Okänt kundfält &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>Customer {number} ({name}) has more contact people than a table holds ({limit} a customer, the main contact first). Export the customers to a vCard file with their contacts instead, or leave the contacts&apos; columns out.</source>
        <translation>Kund {number} ({name}) har fler kontaktpersoner än en tabell rymmer ({limit} per kund, huvudkontakten först). Exportera kunderna till en vCard-fil med deras kontakter i stället, eller lämna kontakternas kolumner utanför.</translation>
    </message>
    <message>
        <source>Unknown encoding {encoding}.</source>
        <translation>Okänd teckenkodning {encoding}.</translation>
    </message>
    <message>
        <source>Row {row} has the character &apos;{character}&apos;, which Windows-1252 cannot hold; choose UTF-8.</source>
        <translation>Rad {row} innehåller tecknet &apos;{character}&apos;, som Windows-1252 inte kan lagra; välj UTF-8.</translation>
    </message>
    <message>
        <source>No column holds the customer&apos;s name (a column headed Namn or Name is needed).</source>
        <translation>Ingen kolumn innehåller kundens namn (det behövs en kolumn med rubriken Namn eller Name).</translation>
    </message>
    <message>
        <source>Unknown customer field &apos;{field}&apos;; the fields are {fields}.</source>
        <translation>Okänt kundfält &apos;{field}&apos;; fälten är {fields}.</translation>
    </message>
    <message>
        <source>The file has no column headed &apos;{column}&apos;.</source>
        <translation>Filen har ingen kolumn med rubriken &apos;{column}&apos;.</translation>
    </message>
    <message>
        <source>There is no customer group &apos;{value}&apos;; create it under Customers → Customer groups first.</source>
        <translation>Kundgruppen &apos;{value}&apos; finns inte; lägg upp den under Kunder → Kundgrupper först.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a customer number (a whole number from 1); leave the column out to number the customers anew.</source>
        <translation>&apos;{value}&apos; är inget kundnummer (ett heltal från 1); lämna kolumnen utanför för att numrera kunderna på nytt.</translation>
    </message>
    <message>
        <source>Payment terms &apos;{value}&apos; name no number of days.</source>
        <translation>Betalningsvillkoret &apos;{value}&apos; anger inget antal dagar.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither yes nor no.</source>
        <translation>&apos;{value}&apos; är varken ja eller nej.</translation>
    </message>
    <message>
        <source>Unknown value &apos;{value}&apos;.</source>
        <translation>Okänt värde &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Kan inte läsa {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a text table in a known encoding (UTF-8, UTF-16 or Windows-1252).</source>
        <translation>{file} är ingen texttabell i en känd teckenkodning (UTF-8, UTF-16 eller Windows-1252).</translation>
    </message>
    <message>
        <source>Row {row} of {file} has a byte ({byte}) that is no character in {encoding}: the file is damaged or written in another encoding. Correct the row, or save the file as UTF-8, and import it again.</source>
        <translation>Rad {row} i {file} har en byte ({byte}) som inte är något tecken i {encoding}: filen är skadad eller skriven i en annan teckenkodning. Rätta raden, eller spara filen som UTF-8, och importera den igen.</translation>
    </message>
    <message>
        <source>Row {row} of {file} opens a quote (&quot;) that never closes, so every row after it would be read into one cell. Close the quote and import the file again.</source>
        <translation>Rad {row} i {file} öppnar ett citattecken (&quot;) som aldrig stängs, så att alla rader efter den skulle läsas in i en enda cell. Stäng citattecknet och importera filen igen.</translation>
    </message>
    <message>
        <source>Row {row} of {file} has text after the quote (&quot;) that closes a cell; write a quote inside a quoted cell twice (&quot;&quot;), and import the file again.</source>
        <translation>Rad {row} i {file} har text efter citattecknet (&quot;) som avslutar en cell; skriv ett citattecken inuti en cell inom citattecken två gånger (&quot;&quot;) och importera filen igen.</translation>
    </message>
    <message>
        <source>{file} has two columns headed &apos;{column}&apos; (columns {first} and {second}); give each column its own heading, or remove one, and import it again.</source>
        <translation>{file} har två kolumner med rubriken &apos;{column}&apos; (kolumn {first} och {second}); ge varje kolumn en egen rubrik, eller ta bort den ena, och importera filen igen.</translation>
    </message>
    <message>
        <source>{file} is not a table of customers (CSV or Excel).</source>
        <translation>{file} är ingen tabell med kunder (CSV eller Excel).</translation>
    </message>
    <message>
        <source>{destination} is not a backup of a database; it is left as it is. Choose another name for the backup.</source>
        <translation>{destination} är ingen säkerhetskopia av en databas; den lämnas som den är. Välj ett annat namn för säkerhetskopian.</translation>
    </message>
    <message>
        <source>The backup {destination} could not be written: {reason}. An earlier backup there is as it was.</source>
        <translation>Säkerhetskopian {destination} kunde inte skrivas: {reason}. En tidigare säkerhetskopia där är som den var.</translation>
    </message>
    <message>
        <source>The database {database} cannot be opened: {reason}</source>
        <translation>Databasen {database} kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <source>The {what} has the wrong number of digits.</source>
        <translation>Fel antal siffror i {what}.</translation>
    </message>
    <message>
        <source>The {what} has a wrong check digit: a digit is mistyped.</source>
        <translation>Fel kontrollsiffra i {what}: en siffra är felskriven.</translation>
    </message>
    <message>
        <source>The {what} contains an impossible part.</source>
        <translation>En del av {what} är omöjlig.</translation>
    </message>
    <message>
        <source>The {what} is not written correctly.</source>
        <translation>Formatet på {what} är fel.</translation>
    </message>
    <message>
        <source>An organisation number has digits only.</source>
        <translation>Ett organisationsnummer består bara av siffror.</translation>
    </message>
    <message>
        <source>organisation number</source>
        <translation>organisationsnumret</translation>
    </message>
    <message>
        <source>{number} is no organisation number: one starts with a digit from 1 to 9 for the kind of organisation, and its third digit is 2 or more.</source>
        <translation>{number} är inget organisationsnummer: ett sådant börjar med en siffra från 1 till 9 för organisationens typ, och dess tredje siffra är 2 eller högre.</translation>
    </message>
    <message>
        <source>A personal identity number has digits only.</source>
        <translation>Ett personnummer består bara av siffror.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits (YYYYMMDD-NNNN).</source>
        <translation>Ett personnummer har 10 eller 12 siffror (ÅÅÅÅMMDD-NNNN).</translation>
    </message>
    <message>
        <source>The personal identity number does not start with a real date.</source>
        <translation>Personnumret börjar inte med ett riktigt datum.</translation>
    </message>
    <message>
        <source>The personal identity number has a wrong check digit: a digit is mistyped.</source>
        <translation>Personnumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <source>A VAT number starts with an EU country code such as SE or DE.</source>
        <translation>Ett momsregistreringsnummer börjar med en EU-landskod som SE eller DE.</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>momsregistreringsnumret</translation>
    </message>
    <message>
        <source>A postcode has at most 10 characters.</source>
        <translation>Ett postnummer har högst 10 tecken.</translation>
    </message>
    <message>
        <source>A postcode is made of letters and digits, a space or a hyphen.</source>
        <translation>Ett postnummer består av bokstäver och siffror, mellanslag eller bindestreck.</translation>
    </message>
    <message>
        <source>A Swedish postcode has five digits, such as 111 22.</source>
        <translation>Ett svenskt postnummer har fem siffror, till exempel 111 22.</translation>
    </message>
    <message>
        <source>A bankgiro number has 7 or 8 digits.</source>
        <translation>Ett bankgironummer har 7 eller 8 siffror.</translation>
    </message>
    <message>
        <source>The bankgiro number has a wrong check digit: a digit is mistyped.</source>
        <translation>Bankgironumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <source>A plusgiro number has 2 to 8 digits.</source>
        <translation>Ett plusgironummer har 2 till 8 siffror.</translation>
    </message>
    <message>
        <source>The plusgiro number has a wrong check digit: a digit is mistyped.</source>
        <translation>Plusgironumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN-numret</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC-koden</translation>
    </message>
    <message>
        <source>A GLN has 13 digits.</source>
        <translation>Ett GLN har 13 siffror.</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN-numret</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an e-mail address (name@example.se).</source>
        <translation>&apos;{address}&apos; är ingen e-postadress (namn@exempel.se).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>&apos;{text}&apos; är inget belopp.</translation>
    </message>
    <message>
        <source>A percentage must lie between 0 and 100.</source>
        <translation>En procentsats ska ligga mellan 0 och 100.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>En kund måste ha ett namn.</translation>
    </message>
    <message>
        <source>Unknown currency {currency}.</source>
        <translation>Okänd valuta {currency}.</translation>
    </message>
    <message>
        <source>An account is four digits (BAS).</source>
        <translation>Ett konto har fyra siffror (BAS).</translation>
    </message>
    <message>
        <source>Unknown customer kind.</source>
        <translation>Okänd kundtyp.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Okänt språk.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Betalningsvillkoret ska vara mellan 0 och 365 dagar.</translation>
    </message>
    <message>
        <source>Unknown address kind.</source>
        <translation>Okänd adresstyp.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a file name: give a name without / \ : * ? &quot; &lt; &gt; |.</source>
        <translation>&apos;{name}&apos; kan inte vara ett filnamn: ange ett namn utan / \ : * ? &quot; &lt; &gt; |.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a file kept on a customer may be at most {limit} MB. Nothing was added.</source>
        <translation>{name} är {size} MB; en fil på en kund får vara högst {limit} MB. Inget lades till.</translation>
    </message>
    <message>
        <source>{name} is not a file (a folder, a device or a pipe); only files can be kept on a customer. Nothing was added.</source>
        <translation>{name} är ingen fil (utan en mapp, en enhet eller en pipe); bara filer kan sparas på en kund. Inget lades till.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Kunden finns inte längre.</translation>
    </message>
    <message>
        <source>The file is no longer kept on the customer.</source>
        <translation>Filen finns inte längre på kunden.</translation>
    </message>
    <message>
        <source>There is no customer number {number}.</source>
        <translation>Det finns inget kundnummer {number}.</translation>
    </message>
    <message>
        <source>Customer {number} has invoices and cannot be deleted. Deactivate the customer instead: it is then hidden but keeps its history.</source>
        <translation>Kund {number} har fakturor och kan inte tas bort. Inaktivera kunden i stället: den döljs då men behåller sin historik.</translation>
    </message>
    <message>
        <source>A customer number must be 1 or more.</source>
        <translation>Ett kundnummer måste vara 1 eller större.</translation>
    </message>
    <message>
        <source>Customer number {number} is already taken.</source>
        <translation>Kundnummer {number} är redan upptaget.</translation>
    </message>
    <message>
        <source>Only the embedded database is backed up by Kundbok; back up a database server with its own tools (pg_dump).</source>
        <translation>Kundbok säkerhetskopierar bara den inbyggda databasen; säkerhetskopiera en databasserver med dess egna verktyg (pg_dump).</translation>
    </message>
    <message>
        <source>The database has no company settings: it was not made by Kundbok.</source>
        <translation>Databasen saknar företagsinställningar: den är inte skapad av Kundbok.</translation>
    </message>
    <message>
        <source>A number series starts at 1 or more.</source>
        <translation>En nummerserie börjar på 1 eller högre.</translation>
    </message>
    <message>
        <source>The first customer number cannot be changed once a customer is saved.</source>
        <translation>Första kundnumret kan inte ändras när en kund har sparats.</translation>
    </message>
    <message>
        <source>The invoice number series cannot be changed once an invoice is issued.</source>
        <translation>Fakturanummerserien kan inte ändras när en faktura har utfärdats.</translation>
    </message>
    <message>
        <source>An article needs a number.</source>
        <translation>En artikel måste ha ett nummer.</translation>
    </message>
    <message>
        <source>An article needs a description.</source>
        <translation>En artikel måste ha en benämning.</translation>
    </message>
    <message>
        <source>Unknown kind of work.</source>
        <translation>Okänd typ av arbete.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Artikeln finns inte längre.</translation>
    </message>
    <message>
        <source>Article number {number} is already taken.</source>
        <translation>Artikelnummer {number} är redan upptaget.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a device or a pipe); nothing was written. Choose another name for the file.</source>
        <translation>{path} är ingen vanlig fil (utan en enhet eller en pipe); ingenting skrevs. Välj ett annat namn på filen.</translation>
    </message>
    <message>
        <source>{path} is a database or one of its files; it is left as it is. Choose another name for the file.</source>
        <translation>{path} är en databas eller en av dess filer; den lämnas som den är. Välj ett annat namn på filen.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Filen {path} kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <source>The invoice no longer exists.</source>
        <translation>Fakturan finns inte längre.</translation>
    </message>
    <message>
        <source>Invoice {number} is issued and cannot be changed. Correct it with a credit note.</source>
        <translation>Faktura {number} är utfärdad och kan inte ändras. Rätta den med en kreditfaktura.</translation>
    </message>
    <message>
        <source>Customer {number} ({name}) is blocked: no new invoices.</source>
        <translation>Kund {number} ({name}) är spärrad: inga nya fakturor.</translation>
    </message>
    <message>
        <source>Line {line} needs a description.</source>
        <translation>Rad {line} saknar benämning.</translation>
    </message>
    <message>
        <source>Line {line}: VAT is {rates} %.</source>
        <translation>Rad {line}: momsen är {rates} %.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>En faktura måste ha minst en rad.</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation>Bara en utfärdad faktura kan krediteras.</translation>
    </message>
    <message>
        <source>A credit note cancels invoice {number} whole, as it was issued. To correct part of it, credit it and issue a new invoice with what is right.</source>
        <translation>En kreditfaktura krediterar faktura {number} helt, som den utfärdades. För att rätta en del av den: kreditera den och utfärda en ny faktura med det som är rätt.</translation>
    </message>
    <message>
        <source>Only an issued, unpaid invoice can be marked paid.</source>
        <translation>Bara en utfärdad, obetald faktura kan markeras som betald.</translation>
    </message>
    <message>
        <source>There is no invoice number {number}.</source>
        <translation>Det finns inget fakturanummer {number}.</translation>
    </message>
    <message>
        <source>vCard version {version} is not supported (3.0 or 4.0).</source>
        <translation>vCard version {version} stöds inte (3.0 eller 4.0).</translation>
    </message>
    <message>
        <source>The file {path} could not be read: {reason}</source>
        <translation>Filen {path} kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <source>card {card}, line {line}: {reason}</source>
        <translation>kort {card}, rad {line}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a vCard file.</source>
        <translation>{path} är ingen vCard-fil.</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB and is not read as a vCard file.</source>
        <translation>{path} är större än {limit} MB och läses inte som vCard-fil.</translation>
    </message>
    <message>
        <source>a card begins before the one above ended</source>
        <translation>ett kort börjar innan kortet ovanför har slutat</translation>
    </message>
    <message>
        <source>text outside a card</source>
        <translation>text utanför ett kort</translation>
    </message>
    <message>
        <source>the card has no END:VCARD</source>
        <translation>kortet saknar END:VCARD</translation>
    </message>
    <message>
        <source>{path} cannot be imported: card {card}, line {line}: {reason}. Nothing was changed.</source>
        <translation>{path} kan inte importeras: kort {card}, rad {line}: {reason}. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Card {card} ({name}) cannot be imported: {reason}</source>
        <translation>Kort {card} ({name}) kan inte importeras: {reason}</translation>
    </message>
    <message>
        <source>The database could not be used: {reason}. Nothing was changed.</source>
        <translation>Databasen kunde inte användas: {reason}. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The database {database} was written by a newer version of Kundbok (schema {revision}). This version cannot open it; start the newer version instead. The database was not changed.</source>
        <translation>Databasen {database} är skriven av en nyare version av Kundbok (schema {revision}). Den här versionen kan inte öppna den; starta den nyare versionen i stället. Databasen har inte ändrats.</translation>
    </message>
    <message>
        <source>The BgMax file is damaged at line {line}: {what}.</source>
        <translation>BgMax-filen är skadad på rad {line}: {what}.</translation>
    </message>
    <message>
        <source>no valid payment date</source>
        <translation>betalningsdagen är inte ett giltigt datum</translation>
    </message>
    <message>
        <source>the amount is not a number</source>
        <translation>beloppet är inte ett tal</translation>
    </message>
    <message>
        <source>a payment has no serial number</source>
        <translation>en betalning saknar löpnummer</translation>
    </message>
    <message>
        <source>it does not start with a BgMax start record</source>
        <translation>den börjar inte med en BgMax-startpost</translation>
    </message>
    <message>
        <source>there are records after the end record</source>
        <translation>det finns poster efter slutposten</translation>
    </message>
    <message>
        <source>a section starts before the previous one ended</source>
        <translation>en insättning börjar innan den förra har avslutats</translation>
    </message>
    <message>
        <source>a payment record lies outside a section</source>
        <translation>en betalningspost ligger utanför en insättning</translation>
    </message>
    <message>
        <source>a payment detail comes before any payment</source>
        <translation>en uppgift om en betalning kommer före betalningsposten</translation>
    </message>
    <message>
        <source>a deposit record lies outside a section</source>
        <translation>en insättningspost ligger utanför en insättning</translation>
    </message>
    <message>
        <source>the last section has no deposit record</source>
        <translation>den sista insättningen saknar insättningspost</translation>
    </message>
    <message>
        <source>the payment count is not a number</source>
        <translation>antalet betalningar är inte ett tal</translation>
    </message>
    <message>
        <source>the deposit does not equal the payments in it</source>
        <translation>insättningen är inte lika med betalningarna i den</translation>
    </message>
    <message>
        <source>the number of payments does not match the end record</source>
        <translation>antalet betalningar stämmer inte med slutposten</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>okänd posttyp</translation>
    </message>
    <message>
        <source>the end record is missing</source>
        <translation>slutposten saknas</translation>
    </message>
    <message>
        <source>The camt.054 file cannot be read: {what}.</source>
        <translation>camt.054-filen kan inte läsas: {what}.</translation>
    </message>
    <message>
        <source>an amount is not a number</source>
        <translation>ett belopp är inte ett tal</translation>
    </message>
    <message>
        <source>an entry has no valid booking date</source>
        <translation>en post saknar giltigt bokföringsdatum</translation>
    </message>
    <message>
        <source>an entry has no amount</source>
        <translation>en post saknar belopp</translation>
    </message>
    <message>
        <source>a batched transaction has no amount</source>
        <translation>en transaktion i en samlingspost saknar belopp</translation>
    </message>
    <message>
        <source>The XML file is not an ISO 20022 camt.054 payment notification.</source>
        <translation>XML-filen är ingen avisering om betalningar enligt ISO 20022 camt.054.</translation>
    </message>
    <message>
        <source>the notification is missing</source>
        <translation>aviseringen saknas</translation>
    </message>
    <message>
        <source>the message has no id</source>
        <translation>meddelandet saknar id</translation>
    </message>
    <message>
        <source>The file is not well-formed XML and cannot be read.</source>
        <translation>Filen är inte korrekt XML och kan inte läsas.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is neither a camt.054 XML file nor a Bankgirot BgMax file.</source>
        <translation>Filen är varken en camt.054-fil (XML) eller en BgMax-fil från Bankgirot.</translation>
    </message>
    <message>
        <source>No reference rate is known for {day}.</source>
        <translation>Ingen referensränta är känd för {day}.</translation>
    </message>
    <message>
        <source>A reminder fee must lie between 0 and {maximum} kr.</source>
        <translation>En påminnelseavgift måste ligga mellan 0 och {maximum} kr.</translation>
    </message>
    <message>
        <source>At least one reference rate is needed.</source>
        <translation>Minst en referensränta behövs.</translation>
    </message>
    <message>
        <source>The reference rate of {day} is given twice.</source>
        <translation>Referensräntan för {day} anges två gånger.</translation>
    </message>
    <message>
        <source>The reference rate of {day} must lie between −20 and 50 %.</source>
        <translation>Referensräntan för {day} måste ligga mellan −20 och 50 %.</translation>
    </message>
    <message>
        <source>No {what} account is set for VAT rate {rate} %.</source>
        <translation>Inget konto för {what} är angivet för momssatsen {rate} %.</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>försäljning</translation>
    </message>
    <message>
        <source>output VAT</source>
        <translation>utgående moms</translation>
    </message>
    <message>
        <source>&apos;{account}&apos; is not an account number.</source>
        <translation>&apos;{account}&apos; är inget kontonummer.</translation>
    </message>
    <message>
        <source>Voucher {series} {number} ({text}) does not balance: {difference}.</source>
        <translation>Verifikation {series} {number} ({text}) balanserar inte: {difference}.</translation>
    </message>
    <message>
        <source>A payment code needs an amount to pay.</source>
        <translation>En betalkod kräver ett belopp att betala.</translation>
    </message>
    <message>
        <source>A European payment code needs an invoice in euros paid to an IBAN.</source>
        <translation>En europeisk betalkod kräver en faktura i euro som betalas till ett IBAN.</translation>
    </message>
    <message>
        <source>A European payment code needs an amount between 0.01 and 999 999 999.99 euros.</source>
        <translation>En europeisk betalkod kräver ett belopp mellan 0,01 och 999 999 999,99 euro.</translation>
    </message>
    <message>
        <source>The European payment code would be too long.</source>
        <translation>Den europeiska betalkoden skulle bli för lång.</translation>
    </message>
    <message>
        <source>The message template has an unknown placeholder {{{name}}}; use {placeholders}.</source>
        <translation>Meddelandemallen har en okänd platshållare {{{name}}}; använd {placeholders}.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an e-mail address.</source>
        <translation>&apos;{address}&apos; är ingen e-postadress.</translation>
    </message>
    <message>
        <source>A draft cannot be sent; issue it first.</source>
        <translation>Ett utkast kan inte skickas; utfärda det först.</translation>
    </message>
    <message>
        <source>Invoice {number} has no recipient: the customer has no e-mail.</source>
        <translation>Faktura {number} har ingen mottagare: kunden saknar e-postadress.</translation>
    </message>
    <message>
        <source>No mail server is set up.</source>
        <translation>Ingen e-postserver är inställd.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS.</source>
        <translation>E-postservern {host} erbjuder inte STARTTLS.</translation>
    </message>
    <message>
        <source>Sending was stopped before this message.</source>
        <translation>Sändningen avbröts före det här meddelandet.</translation>
    </message>
    <message>
        <source>No password is saved for {user} on {host}.</source>
        <translation>Inget lösenord är sparat för {user} på {host}.</translation>
    </message>
    <message>
        <source>The mail server {host} offers no login here; choose STARTTLS or TLS, or leave the user name empty.</source>
        <translation>E-postservern {host} erbjuder ingen inloggning här; välj STARTTLS eller TLS, eller lämna användarnamnet tomt.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name {user} or its password.</source>
        <translation>E-postservern {host} godtog inte användarnamnet {user} eller dess lösenord.</translation>
    </message>
    <message>
        <source>The mail server {host} cannot take a user name or password with letters outside A–Z.</source>
        <translation>E-postservern {host} kan inte ta emot ett användarnamn eller lösenord med andra bokstäver än A–Z.</translation>
    </message>
    <message>
        <source>The mail server {host} did not answer in time.</source>
        <translation>E-postservern {host} svarade inte i tid.</translation>
    </message>
    <message>
        <source>No secure connection to the mail server {host}: {reason}</source>
        <translation>Ingen säker anslutning till e-postservern {host}: {reason}</translation>
    </message>
    <message>
        <source>The mail server {host} (port {port}) could not be reached: {reason}</source>
        <translation>E-postservern {host} (port {port}) gick inte att nå: {reason}</translation>
    </message>
    <message>
        <source>The mail server refused the address {address}: {reason}</source>
        <translation>E-postservern avvisade adressen {address}: {reason}</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {address}: {reason}</source>
        <translation>E-postservern avvisade avsändaradressen {address}: {reason}</translation>
    </message>
    <message>
        <source>The mail server refused the message: {reason}</source>
        <translation>E-postservern avvisade meddelandet: {reason}</translation>
    </message>
    <message>
        <source>Document {number} could not be read for printing.</source>
        <translation>Dokument {number} gick inte att läsa för utskrift.</translation>
    </message>
    <message>
        <source>Page {page} could not be drawn for printing.</source>
        <translation>Sida {page} gick inte att rita upp för utskrift.</translation>
    </message>
    <message>
        <source>The printer {printer} could not be started.</source>
        <translation>Skrivaren {printer} gick inte att starta.</translation>
    </message>
    <message>
        <source>The printer {printer} stopped the job.</source>
        <translation>Skrivaren {printer} avbröt utskriften.</translation>
    </message>
    <message>
        <source>the address has an unknown country</source>
        <translation>adressen har ett okänt land</translation>
    </message>
    <message>
        <source>the card has no name (FN)</source>
        <translation>kortet saknar namn (FN)</translation>
    </message>
    <message>
        <source>the file holds no vCard</source>
        <translation>filen innehåller inget vCard</translation>
    </message>
    <message>
        <source>{path} is not a Kundbok database.</source>
        <translation>{path} är ingen Kundbok-databas.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Det finns ingen databas på {path}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; no database was created.</source>
        <translation>Mappen {folder} finns inte; ingen databas skapades.</translation>
    </message>
    <message>
        <source>{rate} % is not a VAT rate; the rates are {rates} %.</source>
        <translation>{rate} % är ingen momssats; satserna är {rates} %.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>Referensen</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Orten</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Beskrivningen</translation>
    </message>
    <message>
        <source>The invoice text</source>
        <translation>Fakturatexten</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Anteckningarna</translation>
    </message>
    <message>
        <source>The article number</source>
        <translation>Artikelnumret</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Enheten</translation>
    </message>
    <message>
        <source>{what} is too long: {length} characters, at most {limit} fit.</source>
        <translation>{what} har {length} tecken; högst {limit} får plats.</translation>
    </message>
    <message>
        <source>A text</source>
        <translation>En text</translation>
    </message>
    <message>
        <source>{user} changed this record at {when} while you had it open. Nothing was saved: reload it to see their changes, or keep your values and save again.</source>
        <translation>{user} ändrade posten {when} medan du hade den öppen. Inget sparades: läs in den igen för att se ändringarna, eller behåll dina värden och spara igen.</translation>
    </message>
    <message>
        <source>Payments can only be registered on an issued invoice.</source>
        <translation>Betalningar kan bara registreras på en utfärdad faktura.</translation>
    </message>
    <message>
        <source>A payment must be a positive amount in kronor and öre.</source>
        <translation>En betalning måste vara ett positivt belopp i kronor och öre.</translation>
    </message>
    <message>
        <source>Unknown payment method {method}.</source>
        <translation>Okänt betalningssätt {method}.</translation>
    </message>
    <message>
        <source>The payment no longer exists.</source>
        <translation>Betalningen finns inte längre.</translation>
    </message>
    <message>
        <source>The payment has already been reversed.</source>
        <translation>Betalningen är redan återförd.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>En port är ett tal från 1 till 65535.</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; is not a server name.</source>
        <translation>&apos;{host}&apos; är inget servernamn.</translation>
    </message>
    <message>
        <source>Invoice {number} was paid on time and no reminder charged for it: there is nothing to invoice.</source>
        <translation>Faktura {number} betalades i tid och ingen påminnelse tog ut avgift för den: det finns inget att fakturera.</translation>
    </message>
    <message>
        <source>Invoice {number} is itself an interest invoice.</source>
        <translation>Faktura {number} är själv en räntefaktura.</translation>
    </message>
    <message>
        <source>Invoice {number} is not paid: an interest invoice is made once it is paid.</source>
        <translation>Faktura {number} är inte betald: en räntefaktura görs när den är betald.</translation>
    </message>
    <message>
        <source>The interest invoice {interest} of invoice {number} was credited, which waived its interest and fees. To charge them again, make an ordinary invoice.</source>
        <translation>Räntefakturan {interest} för faktura {number} är krediterad, och därmed är dess ränta och avgifter avskrivna. Gör en vanlig faktura för att ta ut dem igen.</translation>
    </message>
    <message>
        <source>Invoice {number} has its interest invoice already: {interest}.</source>
        <translation>Faktura {number} har redan sin räntefaktura: {interest}.</translation>
    </message>
    <message>
        <source>Reminder {number} has no recipient: the customer has no e-mail.</source>
        <translation>Påminnelse {number} har ingen mottagare: kunden har ingen e-postadress.</translation>
    </message>
    <message>
        <source>There is nothing to remind on {day}.</source>
        <translation>Det finns inget att påminna om den {day}.</translation>
    </message>
    <message>
        <source>There is no reminder number {number}.</source>
        <translation>Det finns ingen påminnelse nummer {number}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>&apos;{text}&apos; är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>{count} rows of the file have errors; nothing was imported. Correct them, or import the other rows and leave these out.</source>
        <translation>{count} rader i filen har fel; inget importerades. Rätta dem, eller importera de andra raderna och hoppa över dessa.</translation>
    </message>
    <message>
        <source>The customer it matched no longer exists; read the file again.</source>
        <translation>Kunden som raden matchade finns inte längre; läs in filen igen.</translation>
    </message>
    <message>
        <source>Row {row} ({name}) cannot be imported: {reason} Nothing was imported.</source>
        <translation>Rad {row} ({name}) kan inte importeras: {reason} Inget importerades.</translation>
    </message>
    <message>
        <source>A draft cannot be sent as an e-invoice: issue it first.</source>
        <translation>Ett utkast kan inte skickas som e-faktura: utfärda det först.</translation>
    </message>
    <message>
        <source>An e-invoice needs your company&apos;s name and organisation number: enter them in the settings.</source>
        <translation>En e-faktura behöver ert företagsnamn och organisationsnummer: fyll i dem under Inställningar.</translation>
    </message>
    <message>
        <source>An e-invoice needs your VAT number: enter it in the settings.</source>
        <translation>En e-faktura behöver ert momsregistreringsnummer: fyll i det under Inställningar.</translation>
    </message>
    <message>
        <source>Invoice {number}: {name} has no Peppol participant id. Enter it on the customer card (E-invoice tab).</source>
        <translation>Faktura {number}: {name} har inget Peppol-id. Fyll i det på kundkortet (fliken E-faktura).</translation>
    </message>
    <message>
        <source>Invoice {number} has neither a buyer reference nor an order reference; Peppol requires one (public buyers give a reference code). Enter the buyer reference on the customer card or the invoice.</source>
        <translation>Faktura {number} har varken referenskod eller ordernummer; Peppol kräver något av dem (offentliga köpare ger en referenskod). Fyll i referenskoden på kundkortet eller fakturan.</translation>
    </message>
    <message>
        <source>Credit note {number} does not say which invoice it credits.</source>
        <translation>Kreditfaktura {number} anger inte vilken faktura den krediterar.</translation>
    </message>
    <message>
        <source>Not a Norwegian organisation number.</source>
        <translation>Inte ett norskt organisationsnummer.</translation>
    </message>
    <message>
        <source>Not a Danish CVR number.</source>
        <translation>Inte ett danskt CVR-nummer.</translation>
    </message>
    <message>
        <source>Swedish organisation number</source>
        <translation>svenskt organisationsnummer</translation>
    </message>
    <message>
        <source>Swedish VAT number</source>
        <translation>svenskt momsregistreringsnummer</translation>
    </message>
    <message>
        <source>Norwegian organisation number</source>
        <translation>norskt organisationsnummer</translation>
    </message>
    <message>
        <source>Danish CVR number</source>
        <translation>danskt CVR-nummer</translation>
    </message>
    <message>
        <source>Choose the Peppol scheme: {schemes}.</source>
        <translation>Välj Peppol-schema: {schemes}.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
    <message>
        <source>Choose the invoices to export.</source>
        <translation>Välj fakturorna som ska exporteras.</translation>
    </message>
    <message>
        <source>The buyer&apos;s personal identity number is missing or not 12 digits.</source>
        <translation>Köparens personnummer saknas eller har inte 12 siffror.</translation>
    </message>
    <message>
        <source>The buyer is not 18 or older in {year}.</source>
        <translation>Köparen fyller inte 18 år senast {year}.</translation>
    </message>
    <message>
        <source>The buyer is the company itself.</source>
        <translation>Köparen är företaget självt.</translation>
    </message>
    <message>
        <source>The amount requested ({requested} kr) exceeds the amount paid ({paid} kr).</source>
        <translation>Begärt belopp ({requested} kr) är större än betalt belopp ({paid} kr).</translation>
    </message>
    <message>
        <source>Requested plus paid ({total} kr) exceeds the price for the work ({price} kr).</source>
        <translation>Begärt plus betalt ({total} kr) är större än priset för arbetet ({price} kr).</translation>
    </message>
    <message>
        <source>The invoice has no tax reduction.</source>
        <translation>Fakturan har inget skatteavdrag.</translation>
    </message>
    <message>
        <source>A work type does not belong to this kind of claim.</source>
        <translation>En arbetstyp hör inte till den här sortens begäran.</translation>
    </message>
    <message>
        <source>No work type with hours and material: give the labour lines a work type and the unit hours.</source>
        <translation>Ingen arbetstyp med timmar och material: ge arbetsraderna en arbetstyp och enheten timmar.</translation>
    </message>
    <message>
        <source>The buyer&apos;s reductions this year ({total} kr) exceed the yearly ceiling ({ceiling} kr).</source>
        <translation>Köparens skatteavdrag i år ({total} kr) överstiger årstaket ({ceiling} kr).</translation>
    </message>
    <message>
        <source>The payment date {date} is not in {year}: one year per file.</source>
        <translation>Betalningsdatumet {date} ligger inte i {year}: ett år per fil.</translation>
    </message>
    <message>
        <source>Unknown work type {code}.</source>
        <translation>Okänd arbetstyp {code}.</translation>
    </message>
    <message>
        <source>{count} problems in the claim: nothing was written.</source>
        <translation>{count} fel i begäran: ingenting skrevs.</translation>
    </message>
    <message>
        <source>The kind of claim is rot or rut.</source>
        <translation>Begäran är rot eller rut.</translation>
    </message>
    <message>
        <source>No paid {kind} invoices of {year} to claim.</source>
        <translation>Inga betalda {kind}-fakturor från {year} att begära.</translation>
    </message>
    <message>
        <source>Invoice {number} has not been claimed from ROT/RUT.</source>
        <translation>ROT/RUT-delen av faktura {number} har inte begärts.</translation>
    </message>
    <message>
        <source>Skatteverket pays between 0 and the deduction ({deduction}).</source>
        <translation>Skatteverket betalar mellan 0 och skatteavdraget ({deduction}).</translation>
    </message>
    <message>
        <source>the company&apos;s name</source>
        <translation>företagets namn</translation>
    </message>
    <message>
        <source>a postal address (street, postcode and city)</source>
        <translation>en postadress (gatuadress, postnummer och ort)</translation>
    </message>
    <message>
        <source>the organisationsnummer</source>
        <translation>organisationsnumret</translation>
    </message>
    <message>
        <source>the VAT registration number</source>
        <translation>momsregistreringsnumret</translation>
    </message>
    <message>
        <source>a bankgiro, plusgiro or IBAN account to be paid to</source>
        <translation>ett bankgiro-, plusgiro- eller IBAN-konto att betala till</translation>
    </message>
    <message>
        <source>The invoice cannot be issued before the company settings have {missing}.</source>
        <translation>Fakturan kan inte utfärdas förrän företagsinställningarna har {missing}.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>En grupp behöver ett namn.</translation>
    </message>
    <message>
        <source>The customer group no longer exists.</source>
        <translation>Kundgruppen finns inte längre.</translation>
    </message>
    <message>
        <source>There is already a group called {name}.</source>
        <translation>Det finns redan en grupp som heter {name}.</translation>
    </message>
    <message>
        <source>The group {name} has {count} customers and cannot be deleted. Move them to another group first.</source>
        <translation>Gruppen {name} har {count} kunder och kan inte tas bort. Flytta dem till en annan grupp först.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB, more than a table of customers is read; split it into smaller files.</source>
        <translation>{file} är större än {limit} MB, mer än vad som läses som en kundtabell; dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than a table of customers holds ({limit} MB); split it into smaller files.</source>
        <translation>{file} packas upp till mer än en kundtabell rymmer ({limit} MB); dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows; split it into smaller files.</source>
        <translation>{file} har fler än {limit} rader; dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>Row {row} of {file} has cells beyond the last column a spreadsheet has (XFD, column {limit}).</source>
        <translation>Rad {row} i {file} har celler bortom den sista kolumn ett kalkylark har (XFD, kolumn {limit}).</translation>
    </message>
    <message>
        <source>Row {row} of {file} has a cell of more than {limit} characters, more than a spreadsheet cell holds.</source>
        <translation>Rad {row} i {file} har en cell med fler än {limit} tecken, mer än en cell i ett kalkylark rymmer.</translation>
    </message>
    <message>
        <source>{file} holds a text of more than {limit} MB, far more than a spreadsheet cell holds; it is not read.</source>
        <translation>{file} innehåller en text på mer än {limit} MB, långt mer än en cell i ett kalkylark rymmer; den läses inte.</translation>
    </message>
    <message>
        <source>warning: the register lies on a network drive ({kind}); if several people use it at once it can be damaged: use PostgreSQL for an office.</source>
        <translation>varning: registret ligger på en nätverksenhet ({kind}); om flera använder det samtidigt kan det skadas: använd PostgreSQL på ett kontor.</translation>
    </message>
    <message>
        <source>The amount requested ({requested} kr) exceeds {share} % of the price for the work, the share for work performed {performed} and paid {paid}.</source>
        <translation>Begärt belopp ({requested} kr) är mer än {share} % av priset för arbetet, andelen för arbete utfört {performed} och betalt {paid}.</translation>
    </message>
    <message>
        <source>There is nothing to refund on {number}: the customer is owed nothing.</source>
        <translation>Det finns inget att återbetala på {number}: kunden har inget att få tillbaka.</translation>
    </message>
    <message>
        <source>A refund must be a positive amount in kronor and öre.</source>
        <translation>En återbetalning måste vara ett positivt belopp i kronor och öre.</translation>
    </message>
    <message>
        <source>The customer is owed {due}: refund at most {due}.</source>
        <translation>Kunden har {due} att få tillbaka: återbetala högst {due}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; är inget tal.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a percentage.</source>
        <translation>&apos;{text}&apos; är ingen procentsats.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large.</source>
        <translation>&apos;{text}&apos; är för stort.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than {decimals} decimals; nothing is rounded: write it with at most {decimals}.</source>
        <translation>&apos;{text}&apos; har fler än {decimals} decimaler; inget avrundas: skriv det med högst {decimals}.</translation>
    </message>
    <message>
        <source>Invoice {number} is in kronor: a payment on it has no exchange rate.</source>
        <translation>Faktura {number} är i kronor: en betalning på den har ingen växelkurs.</translation>
    </message>
    <message>
        <source>An exchange rate is kronor for one unit of the currency, above 0.</source>
        <translation>En växelkurs är kronor för en enhet av valutan, större än 0.</translation>
    </message>
    <message>
        <source>An exchange rate has at most six decimals.</source>
        <translation>En växelkurs har högst sex decimaler.</translation>
    </message>
    <message>
        <source>An invoice in {currency} needs the exchange rate to SEK of its delivery date (the Riksbank&apos;s or the ECB&apos;s rate of that day): enter it before issuing.</source>
        <translation>En faktura i {currency} behöver växelkursen till SEK för leveransdagen (Riksbankens eller ECB:s kurs den dagen): ange den innan fakturan utfärdas.</translation>
    </message>
    <message>
        <source>Invoice {number} is in {currency} and has no exchange rate to SEK: record the rate of its delivery date in the invoice (or with kundbok invoice rate).</source>
        <translation>Faktura {number} är i {currency} och saknar växelkurs till SEK: ange kursen för leveransdagen i fakturan (eller med kundbok invoice rate).</translation>
    </message>
    <message>
        <source>Line {line}: the quantity must be more than 0.</source>
        <translation>Rad {line}: antalet måste vara större än 0.</translation>
    </message>
    <message>
        <source>Line {line}: a line of free text needs a description and a price.</source>
        <translation>Rad {line}: en fritextrad behöver en benämning och ett pris.</translation>
    </message>
    <message>
        <source>A ROT or RUT deduction is paid by Skatteverket in kronor: invoice it in SEK, not {currency}.</source>
        <translation>ROT- och RUT-avdrag betalas av Skatteverket i kronor: fakturera i SEK, inte i {currency}.</translation>
    </message>
    <message>
        <source>The invoice is in kronor: it needs no exchange rate.</source>
        <translation>Fakturan är i kronor: den behöver ingen växelkurs.</translation>
    </message>
    <message>
        <source>A draft&apos;s exchange rate is entered in the invoice itself.</source>
        <translation>Ett utkasts växelkurs anges i fakturan.</translation>
    </message>
    <message>
        <source>Invoice {number} already has its exchange rate, {rate}; an issued invoice&apos;s rate is not changed.</source>
        <translation>Faktura {number} har redan sin växelkurs, {rate}; en utfärdad fakturas kurs ändras inte.</translation>
    </message>
    <message>
        <source>Line {line}: there is no article {number}.</source>
        <translation>Rad {line}: det finns ingen artikel {number}.</translation>
    </message>
    <message>
        <source>Choose the article the price is for.</source>
        <translation>Välj artikeln som priset gäller.</translation>
    </message>
    <message>
        <source>There is no active article {number}.</source>
        <translation>Det finns ingen aktiv artikel {number}.</translation>
    </message>
    <message>
        <source>A credit limit is an amount in kronor, 0 or more (empty: none).</source>
        <translation>En kreditgräns är ett belopp i kronor, 0 eller mer (tomt: ingen).</translation>
    </message>
    <message>
        <source>A price is an amount in kronor and öre, 0 or more.</source>
        <translation>Ett pris är ett belopp i kronor och ören, 0 eller mer.</translation>
    </message>
    <message>
        <source>A volume step is a quantity of 0 or more, with at most 3 decimals.</source>
        <translation>Ett volymsteg är ett antal från 0, med högst 3 decimaler.</translation>
    </message>
    <message>
        <source>The price&apos;s last day is before its first.</source>
        <translation>Prisets sista dag är före dess första.</translation>
    </message>
    <message>
        <source>A Swish number has ten digits: 123 xxx xx xx.</source>
        <translation>Ett Swishnummer har tio siffror: 123 xxx xx xx.</translation>
    </message>
    <message>
        <source>A Swish number for business payments starts with 123 (Swish Företag) or 90; a mobile number cannot receive them.</source>
        <translation>Ett Swishnummer för företagsbetalningar börjar med 123 (Swish Företag) eller 90; ett mobilnummer kan inte ta emot dem.</translation>
    </message>
    <message>
        <source>A Swish code needs a Swish number and an amount.</source>
        <translation>En Swishkod behöver ett Swishnummer och ett belopp.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: print the statement or save it.</source>
        <translation>{name} har ingen e-postadress: skriv ut kontoutdraget eller spara det.</translation>
    </message>
    <message>
        <source>The price list no longer exists.</source>
        <translation>Prislistan finns inte längre.</translation>
    </message>
    <message>
        <source>A price list needs a name.</source>
        <translation>En prislista behöver ett namn.</translation>
    </message>
    <message>
        <source>There is already a price list called {name}.</source>
        <translation>Det finns redan en prislista som heter {name}.</translation>
    </message>
    <message>
        <source>There is no price list called {name}.</source>
        <translation>Det finns ingen prislista som heter {name}.</translation>
    </message>
    <message>
        <source>The price list {name} is used by {customers} customers and {groups} groups and cannot be deleted. Give them another list first.</source>
        <translation>Prislistan {name} används av {customers} kunder och {groups} grupper och kan inte tas bort. Ge dem en annan prislista först.</translation>
    </message>
    <message>
        <source>There is already a price of this article from the same quantity for some of these days; change that one, or choose other days.</source>
        <translation>Det finns redan ett pris för artikeln från samma antal under några av dessa dagar; ändra det priset eller välj andra dagar.</translation>
    </message>
    <message>
        <source>Someone else changed or removed this price meanwhile; the prices are shown again as they are now.</source>
        <translation>Någon annan har ändrat eller tagit bort priset under tiden; priserna visas nu som de är.</translation>
    </message>
    <message>
        <source>The statement&apos;s period ends before it begins.</source>
        <translation>Kontoutdragets period slutar innan den börjar.</translation>
    </message>
    <message>
        <source>No column holds the article number (a column headed Artikelnummer or Article number is needed).</source>
        <translation>Ingen kolumn innehåller artikelnumret (en kolumn med rubriken Artikelnummer eller Article number behövs).</translation>
    </message>
    <message>
        <source>Unknown article field &apos;{field}&apos;; the fields are {fields}.</source>
        <translation>Okänt artikelfält &apos;{field}&apos;; fälten är {fields}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither labour (Arbete) nor material.</source>
        <translation>&apos;{value}&apos; är varken arbete eller material.</translation>
    </message>
    <message>
        <source>The row has no article number.</source>
        <translation>Raden saknar artikelnummer.</translation>
    </message>
    <message>
        <source>Article {number} is on an earlier row too.</source>
        <translation>Artikel {number} finns också på en tidigare rad.</translation>
    </message>
    <message>
        <source>Someone else added an article the file adds, meanwhile; nothing was imported. Read the file again.</source>
        <translation>Någon annan har under tiden lagt till en artikel som filen lägger till; inget importerades. Läs in filen igen.</translation>
    </message>
    <message>
        <source>The BgMax file cannot be read: line {line} has the amount {amount}, larger than the largest amount taken.</source>
        <translation>BgMax-filen kan inte läsas: rad {line} har beloppet {amount}, större än det största belopp som tas emot.</translation>
    </message>
    <message>
        <source>The BgMax file cannot be read: line {line} has the amount 0.00.</source>
        <translation>BgMax-filen kan inte läsas: rad {line} har beloppet 0,00.</translation>
    </message>
    <message>
        <source>The camt.054 file cannot be read: entry {entry} has the amount {amount}, larger than the largest amount taken.</source>
        <translation>camt.054-filen kan inte läsas: post {entry} har beloppet {amount}, större än det största belopp som tas emot.</translation>
    </message>
    <message>
        <source>The camt.054 file cannot be read: entry {entry} has the amount 0.00.</source>
        <translation>camt.054-filen kan inte läsas: post {entry} har beloppet 0,00.</translation>
    </message>
    <message>
        <source>The file is larger than a bank file may be ({limit} MB) and was not read.</source>
        <translation>Filen är större än en bankfil får vara ({limit} MB) och lästes inte.</translation>
    </message>
    <message>
        <source>The amount {amount} is larger than the largest amount taken, {limit}.</source>
        <translation>Beloppet {amount} är större än det största belopp som tas emot, {limit}.</translation>
    </message>
    <message>
        <source>A payment cannot be dated after today ({date} was given).</source>
        <translation>En betalning kan inte dateras efter i dag ({date} angavs).</translation>
    </message>
    <message>
        <source>The bank file cannot be read: payment {transaction} is booked on {date}, after today.</source>
        <translation>Bankfilen kan inte läsas: betalning {transaction} är bokförd {date}, efter i dag.</translation>
    </message>
    <message>
        <source>{path} is not a file and cannot be read.</source>
        <translation>{path} är ingen fil och kan inte läsas.</translation>
    </message>
    <message>
        <source>The bank file has changed since it was read; read it again.</source>
        <translation>Bankfilen har ändrats sedan den lästes; läs in den igen.</translation>
    </message>
    <message>
        <source>Stopped; nothing more was done.</source>
        <translation>Avbrutet; inget mer gjordes.</translation>
    </message>
    <message>
        <source>The register is busy with an import by {user}; try again when it has finished.</source>
        <translation>Kundregistret är upptaget av en import som {user} gör; försök igen när den är klar.</translation>
    </message>
    <message>
        <source>The register is busy with another user&apos;s import; try again when it has finished.</source>
        <translation>Kundregistret är upptaget av en annan användares import; försök igen när den är klar.</translation>
    </message>
    <message>
        <source>A quote stands for 1 to 365 days.</source>
        <translation>En offert gäller i 1 till 365 dagar.</translation>
    </message>
    <message>
        <source>Quote {number} has already been accepted or declined.</source>
        <translation>Offert {number} är redan antagen eller avböjd.</translation>
    </message>
    <message>
        <source>Quote {number} expired on {date}. Give it a later valid-until date first.</source>
        <translation>Offert {number} gick ut {date}. Ge den först ett senare giltig till-datum.</translation>
    </message>
    <message>
        <source>The valid-until date {valid_until} is before the quote date {date}.</source>
        <translation>Giltig till-datumet {valid_until} är före offertdatumet {date}.</translation>
    </message>
    <message>
        <source>Quote {number} is invoiced in full: nothing remains.</source>
        <translation>Offert {number} är helt fakturerad: inget återstår.</translation>
    </message>
    <message>
        <source>Only {left} % of quote {number} remains to invoice, not {percent} %.</source>
        <translation>Bara {left} % av offert {number} återstår att fakturera, inte {percent} %.</translation>
    </message>
    <message>
        <source>A part must be more than 0 %.</source>
        <translation>En del måste vara mer än 0 %.</translation>
    </message>
    <message>
        <source>{percent} % of quote {number} is too little to invoice.</source>
        <translation>{percent} % av offert {number} är för lite att fakturera.</translation>
    </message>
    <message>
        <source>Quote {number} has no line {line}.</source>
        <translation>Offert {number} har ingen rad {line}.</translation>
    </message>
    <message>
        <source>Line {line} of quote {number} is already invoiced.</source>
        <translation>Rad {line} i offert {number} är redan fakturerad.</translation>
    </message>
    <message>
        <source>Quote {number} has no recipient: the customer has no e-mail.</source>
        <translation>Offert {number} har ingen mottagare: kunden har ingen e-postadress.</translation>
    </message>
    <message>
        <source>Quote {number} is not accepted: it cannot be invoiced yet.</source>
        <translation>Offert {number} är inte antagen: den kan inte faktureras än.</translation>
    </message>
    <message>
        <source>The quote no longer exists.</source>
        <translation>Offerten finns inte längre.</translation>
    </message>
    <message>
        <source>There is no quote number {number}.</source>
        <translation>Det finns ingen offert nummer {number}.</translation>
    </message>
    <message>
        <source>Quote {number} is accepted or declined: its lines are fixed. Copy it to make a changed offer.</source>
        <translation>Offert {number} är antagen eller avböjd: dess rader är låsta. Kopiera den för att ge ett ändrat erbjudande.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a quantity (write hours as 1,25 or 1:15).</source>
        <translation>&apos;{text}&apos; är inget antal (skriv timmar som 1,25 eller 1:15).</translation>
    </message>
    <message>
        <source>The quantity cannot be zero.</source>
        <translation>Antalet kan inte vara noll.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than 3 decimals.</source>
        <translation>&apos;{text}&apos; har fler än 3 decimaler.</translation>
    </message>
    <message>
        <source>The step must be at least one minute.</source>
        <translation>Steget måste vara minst en minut.</translation>
    </message>
    <message>
        <source>An entry without an article needs a text.</source>
        <translation>En post utan artikel behöver en text.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date.</source>
        <translation>&apos;{text}&apos; är inget datum.</translation>
    </message>
    <message>
        <source>An entry without an article needs a price.</source>
        <translation>En post utan artikel behöver ett pris.</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Posten finns inte längre.</translation>
    </message>
    <message>
        <source>The entry is on invoice {invoice} and cannot be changed: delete the draft, or credit the invoice and free its entries.</source>
        <translation>Posten finns på faktura {invoice} och kan inte ändras: ta bort utkastet, eller kreditera fakturan och frigör dess underlag.</translation>
    </message>
    <message>
        <source>{file} has no column for {columns} (headed Kundnummer, Datum and Antal or Timmar).</source>
        <translation>{file} har ingen kolumn för {columns} (med rubrikerna Kundnummer, Datum och Antal eller Timmar).</translation>
    </message>
    <message>
        <source>{file} was imported on {date} already: its entries are not added again.</source>
        <translation>{file} importerades redan {date}: dess poster läggs inte till igen.</translation>
    </message>
    <message>
        <source>{count} rows of {file} have errors: nothing was imported.</source>
        <translation>{count} rader i {file} har fel: inget importerades.</translation>
    </message>
    <message>
        <source>Some of the entries were invoiced or changed by someone else meanwhile. Nothing was invoiced; look at the list again and invoice what is left.</source>
        <translation>En del av underlaget fakturerades eller ändrades av någon annan under tiden. Inget fakturerades; titta på listan igen och fakturera det som är kvar.</translation>
    </message>
    <message>
        <source>Only the entries of a credited invoice can be freed.</source>
        <translation>Bara underlaget till en krediterad faktura kan frigöras.</translation>
    </message>
    <message>
        <source>Prices are adjusted by {lowest} to {highest} %, not {percent} %.</source>
        <translation>Priser justeras med {lowest} till {highest} %, inte {percent} %.</translation>
    </message>
    <message>
        <source>A contract needs at least one line.</source>
        <translation>Ett avtal behöver minst en rad.</translation>
    </message>
    <message>
        <source>A contract is invoiced every {allowed} months, not every {months}.</source>
        <translation>Ett avtal faktureras med {allowed} månaders mellanrum, inte {months}.</translation>
    </message>
    <message>
        <source>The contract cannot end ({end}) before it starts.</source>
        <translation>Avtalet kan inte upphöra ({end}) innan det börjar.</translation>
    </message>
    <message>
        <source>Days before the period must lie between 0 and {most}.</source>
        <translation>Dagar före perioden måste vara mellan 0 och {most}.</translation>
    </message>
    <message>
        <source>A contract invoiced in arrears is invoiced after its period: it has no days before.</source>
        <translation>Ett avtal som faktureras i efterskott faktureras efter perioden: det har inga dagar före.</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>Avtalet finns inte längre.</translation>
    </message>
    <message>
        <source>Contract {number}: the period from {start} is already invoiced.</source>
        <translation>Avtal {number}: perioden från {start} är redan fakturerad.</translation>
    </message>
    <message>
        <source>Contract {number}: the period from {start} is no longer due.</source>
        <translation>Avtal {number}: perioden från {start} ska inte längre faktureras.</translation>
    </message>
    <message>
        <source>Customer {number} ({name}) is blocked: no new contracts.</source>
        <translation>Kund {number} ({name}) är spärrad: inga nya avtal.</translation>
    </message>
    <message>
        <source>Contract {number} has invoiced periods: its start date and interval stay as they are. End it and make a new contract instead.</source>
        <translation>Avtal {number} har fakturerade perioder: startdatum och intervall kan inte ändras. Avsluta det och skapa ett nytt avtal i stället.</translation>
    </message>
    <message>
        <source>There is no contract {number}.</source>
        <translation>Det finns inget avtal {number}.</translation>
    </message>
    <message>
        <source>Contract {number} is not paused.</source>
        <translation>Avtal {number} är inte pausat.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there.</source>
        <translation>Mappen för säkerhetskopior {folder} finns inte.</translation>
    </message>
</context>
<context>
    <name>upgrade_notice</name>
    <message>
        <source>Updating the database to this version. A backup copy is made first.</source>
        <translation>Databasen uppdateras till den här versionen. En säkerhetskopia tas först.</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <source>Export to vCard file</source>
        <translation>Exportera till vCard-fil</translation>
    </message>
    <message>
        <source>{count} of the chosen customers have a personal identity number. Include personal identity numbers in the file? Anyone who gets the file can read them.</source>
        <translation>{count} av de valda kunderna har personnummer. Ska personnumren tas med i filen? Alla som får filen kan läsa dem.</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-filer (*.vcf)</translation>
    </message>
    <message>
        <source>Writing vCards…</source>
        <translation>Skriver vCard…</translation>
    </message>
    <message>
        <source>vCard export</source>
        <translation>vCard-export</translation>
    </message>
    <message>
        <source>{count} customers written to {path}</source>
        <translation>{count} kunder sparade i {path}</translation>
    </message>
    <message>
        <source>Import vCard file</source>
        <translation>Importera vCard-fil</translation>
    </message>
    <message>
        <source>{creates} new customers, {updates} updated. Nothing is changed until you choose Import.</source>
        <translation>{creates} nya kunder, {updates} uppdateras. Inget ändras förrän du väljer Importera.</translation>
    </message>
    <message>
        <source>{count} cards cannot be imported and are left out.</source>
        <translation>{count} kort kan inte importeras och hoppas över.</translation>
    </message>
    <message>
        <source>Cards in the file</source>
        <translation>Kort i filen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Matches existing customer</source>
        <translation>Liknar befintlig kund</translation>
    </message>
    <message>
        <source>same customer (UID)</source>
        <translation>samma kund (UID)</translation>
    </message>
    <message>
        <source>same customer number</source>
        <translation>samma kundnummer</translation>
    </message>
    <message>
        <source>possible duplicate: same organisation number</source>
        <translation>möjlig dubblett: samma organisationsnummer</translation>
    </message>
    <message>
        <source>possible duplicate: same personal identity number</source>
        <translation>möjlig dubblett: samma personnummer</translation>
    </message>
    <message>
        <source>possible duplicate: same e-mail</source>
        <translation>möjlig dubblett: samma e-post</translation>
    </message>
    <message>
        <source>possible duplicate: same name</source>
        <translation>möjlig dubblett: samma namn</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Hoppas över</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-filer (*.vcf *.vcard);;Alla filer (*)</translation>
    </message>
    <message>
        <source>vCard import</source>
        <translation>vCard-import</translation>
    </message>
    <message>
        <source>Importing vCards…</source>
        <translation>Importerar vCard…</translation>
    </message>
    <message>
        <source>{created} customers added and {updated} updated.</source>
        <translation>{created} kunder tillagda och {updated} uppdaterade.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Läser {file}…</translation>
    </message>
</context>
</TS>
