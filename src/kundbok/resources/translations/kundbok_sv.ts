<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../ui/customer_card.py" line="56" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="57" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="58" />
        <location filename="../../ui/customer_card.py" line="167" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="59" />
        <location filename="../../ui/customer_card.py" line="168" />
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="60" />
        <location filename="../../ui/customer_card.py" line="170" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="61" />
        <source>Main contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="97" />
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="102" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="110" />
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="111" />
        <source>Contacts &amp;&amp; addresses</source>
        <translation>Kontakter &amp;&amp; adresser</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="112" />
        <source>Notes</source>
        <translation>Noteringar</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="113" />
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="114" />
        <source>ROT/RUT</source>
        <translation>ROT/RUT</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="115" />
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="154" />
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="155" />
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="157" />
        <location filename="../../ui/customer_card.py" line="505" />
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="158" />
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="159" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="160" />
        <source>Name *</source>
        <translation>Namn *</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="162" />
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="164" />
        <source>Their reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="169" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="171" />
        <source>Website</source>
        <translation>Hemsida</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="176" />
        <source>Company default</source>
        <translation>Företagets standard</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="177" />
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="180" />
        <source>Standard (company default)</source>
        <translation>Standard (företagets)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="188" />
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="189" />
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="198" />
        <source>Send invoices by e-mail</source>
        <translation>Fakturera via e-post</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="200" />
        <source>Active (untick to make the customer passive)</source>
        <translation>Aktiv (avmarkera för att göra kunden passiv)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="202" />
        <source>Blocked: no new invoices</source>
        <translation>Spärrad: inga nya fakturor</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="205" />
        <source>Shown when an invoice is made</source>
        <translation>Visas när en faktura skapas</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="206" />
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="207" />
        <source>Specific VAT</source>
        <translation>Specifik moms</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="208" />
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="209" />
        <source>Invoice language</source>
        <translation>Fakturaspråk</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="210" />
        <location filename="../../ui/customer_card.py" line="230" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="211" />
        <source>General discount</source>
        <translation>Generell rabatt</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="212" />
        <source>Alert text</source>
        <translation>Signaltext</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="226" />
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="227" />
        <source>Street, line 2</source>
        <translation>Adressrad 2</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="228" />
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="229" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="249" />
        <source>Billing address</source>
        <translation>Faktureringsadress</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="250" />
        <source>Delivery address</source>
        <translation>Leveransadress</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="251" />
        <source>Same as billing address</source>
        <translation>Samma som faktureringsadressen</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="256" />
        <source>Visiting address</source>
        <translation>Besöksadress</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="263" />
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="266" />
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="275" />
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="285" />
        <source>Insert date and time</source>
        <translation>Infoga datum och tid</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="301" />
        <source>Leave empty to use the accounts of the company settings.</source>
        <translation>Lämna tomt för att använda kontona i organisationsuppgifterna.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="303" />
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="304" />
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="316" />
        <source>For ROT and RUT work: the buyer's personal number, and the property designation, or for a housing co-operative its organisation number and the apartment number.</source>
        <translation>För ROT- och RUT-arbeten: köparens personnummer och fastighetsbeteckning, eller för en bostadsrätt föreningens organisationsnummer och lägenhetsnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="324" />
        <location filename="../../ui/customer_card.py" line="505" />
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="326" />
        <source>Property designation</source>
        <translation>Fastighetsbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="328" />
        <source>Housing co-operative org. no.</source>
        <translation>Bostadsrättsföreningens org.nr</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="332" />
        <source>Apartment number</source>
        <translation>Lägenhetsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="341" />
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="341" />
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="341" />
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="341" />
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="355" />
        <source>(given on save)</source>
        <translation>(ges när kunden sparas)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="416" />
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="417" />
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="418" />
        <source>Made passive</source>
        <translation>Gjord passiv</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="419" />
        <source>Made active</source>
        <translation>Gjord aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="420" />
        <source>Renumbered</source>
        <translation>Omnumrerad</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="430" />
        <source>addresses or contacts</source>
        <translation>adresser eller kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="495" />
        <source>Customer {number}: {name}</source>
        <translation>Kund {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="499" />
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="648" />
        <location filename="../../ui/customer_card.py" line="651" />
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="670" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="671" />
        <source>The customer has changes that are not saved. Save them?</source>
        <translation>Kunden har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/customer_list.py" line="33" />
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="34" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="35" />
        <source>Org./personal no.</source>
        <translation>Org.nr/personnr</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="36" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="37" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="38" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="39" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="40" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="138" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="138" />
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="98" />
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>Edit customer</source>
        <translation>Redigera kund</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>Deactivate selected customers</source>
        <translation>Inaktivera valda kunder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Activate selected customers</source>
        <translation>Aktivera valda kunder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>Create invoice for customer</source>
        <translation>Skapa faktura för kund</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <source>Export selected customers to vCard file</source>
        <translation>Exportera valda kunder till vCard-fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Import vCard file…</source>
        <translation>Importera vCard-fil…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>New customer (Ctrl+N)</source>
        <translation>Ny kund (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155" />
        <source>Export vCard</source>
        <translation>Exportera vCard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>&amp;Customers</source>
        <translation>&amp;Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;Invoicing</source>
        <translation>&amp;Fakturering</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Quick actions</source>
        <translation>Snabbval</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196" />
        <source>Search: name, number, org. no., contact, e-mail, phone, city…</source>
        <translation>Sök: namn, nummer, org.nr, kontakt, e-post, telefon, ort…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Show passive</source>
        <translation>Visa passiva</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269" />
        <source>{shown} of {total} customers</source>
        <translation>{shown} av {total} kunder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>{count} customers</source>
        <translation>{count} kunder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275" />
        <source>{count} passive hidden</source>
        <translation>{count} passiva dolda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349" />
        <source>Deactivate customers</source>
        <translation>Inaktivera kunder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351" />
        <source>Make {count} customer(s) passive ({names})? They keep their history and are shown again with “Show passive”.</source>
        <translation>Göra {count} kund(er) passiva ({names})? De behåller sin historik och visas igen med ”Visa passiva”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34" />
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35" />
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36" />
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37" />
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38" />
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42" />
        <source>Website</source>
        <translation>Hemsida</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43" />
        <source>Bankgiro</source>
        <translation>Bankgiro</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44" />
        <source>Plusgiro</source>
        <translation>Plusgiro</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46" />
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47" />
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48" />
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74" />
        <source>Approved for F-tax (Godkänd för F-skatt)</source>
        <translation>Godkänd för F-skatt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80" />
        <source>Choose logo…</source>
        <translation>Välj logotyp…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84" />
        <location filename="../../ui/settings_dialog.py" line="163" />
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91" />
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107" />
        <source>Fixed once the first customer is saved.</source>
        <translation>Låst när den första kunden har sparats.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114" />
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115" />
        <source>Default VAT</source>
        <translation>Standardmoms</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117" />
        <source>Next customer number</source>
        <translation>Nästa kundnummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119" />
        <source>First customer number</source>
        <translation>Första kundnummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122" />
        <source>Next invoice number</source>
        <translation>Nästa fakturanummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128" />
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="134" />
        <source>A new language is used from the next start.</source>
        <translation>Ett nytt språk används från nästa start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137" />
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="138" />
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152" />
        <source>A logo is chosen</source>
        <translation>En logotyp är vald</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152" />
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="156" />
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="156" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190" />
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="23" />
        <source>The file could not be read or written: {reason}</source>
        <translation>Filen kunde inte läsas eller skrivas: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26" />
        <source>Something went wrong and the action was not carried out. Your data is as it was. The details are written to {log}.</source>
        <translation>Något gick fel och åtgärden genomfördes inte. Dina uppgifter är som förut. Detaljerna finns i {log}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36" />
        <source>Kundbok</source>
        <translation>Kundbok</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../db/migrate.py" line="66" />
        <source>The database {database} cannot be opened: {reason}</source>
        <translation>Databasen {database} kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="49" />
        <source>The {what} has the wrong number of digits.</source>
        <translation>Fel antal siffror i {what}.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="51" />
        <source>The {what} has a wrong check digit: a digit is mistyped.</source>
        <translation>Fel kontrollsiffra i {what}: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="55" />
        <source>The {what} contains an impossible part.</source>
        <translation>En del av {what} är omöjlig.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="57" />
        <source>The {what} is not written correctly.</source>
        <translation>Formatet på {what} är fel.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="74" />
        <source>An organisation number has digits only.</source>
        <translation>Ett organisationsnummer består bara av siffror.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="80" />
        <source>organisation number</source>
        <translation>organisationsnumret</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="115" />
        <source>A personal identity number has digits only.</source>
        <translation>Ett personnummer består bara av siffror.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="122" />
        <source>A personal identity number has 10 or 12 digits (YYYYMMDD-NNNN).</source>
        <translation>Ett personnummer har 10 eller 12 siffror (ÅÅÅÅMMDD-NNNN).</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="134" />
        <source>The personal identity number does not start with a real date.</source>
        <translation>Personnumret börjar inte med ett riktigt datum.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="141" />
        <source>The personal identity number has a wrong check digit: a digit is mistyped.</source>
        <translation>Personnumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="212" />
        <source>A VAT number starts with an EU country code such as SE or DE.</source>
        <translation>Ett momsregistreringsnummer börjar med en EU-landskod som SE eller DE.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="222" />
        <source>VAT number</source>
        <translation>momsregistreringsnumret</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="250" />
        <source>A postcode has at most 10 characters.</source>
        <translation>Ett postnummer har högst 10 tecken.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="259" />
        <source>A Swedish postcode has five digits, such as 111 22.</source>
        <translation>Ett svenskt postnummer har fem siffror, till exempel 111 22.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="278" />
        <source>A bankgiro number has 7 or 8 digits.</source>
        <translation>Ett bankgironummer har 7 eller 8 siffror.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="283" />
        <source>The bankgiro number has a wrong check digit: a digit is mistyped.</source>
        <translation>Bankgironumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="303" />
        <source>A plusgiro number has 2 to 8 digits.</source>
        <translation>Ett plusgironummer har 2 till 8 siffror.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="308" />
        <source>The plusgiro number has a wrong check digit: a digit is mistyped.</source>
        <translation>Plusgironumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="343" />
        <source>An OCR reference has 2 to 25 digits.</source>
        <translation>Ett OCR-nummer har 2 till 25 siffror.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="348" />
        <source>The OCR reference has a wrong check digit: a digit is mistyped.</source>
        <translation>OCR-numret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="365" />
        <source>IBAN</source>
        <translation>IBAN-numret</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="380" />
        <source>BIC</source>
        <translation>BIC-koden</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="389" />
        <source>A GLN has 13 digits.</source>
        <translation>Ett GLN har 13 siffror.</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="393" />
        <source>GLN</source>
        <translation>GLN-numret</translation>
    </message>
    <message>
        <location filename="../../domain/identifiers.py" line="404" />
        <source>'{address}' is not an e-mail address (name@example.se).</source>
        <translation>'{address}' är ingen e-postadress (namn@exempel.se).</translation>
    </message>
    <message>
        <location filename="../../domain/money.py" line="46" />
        <location filename="../../domain/money.py" line="50" />
        <source>'{text}' is not an amount.</source>
        <translation>'{text}' är inget belopp.</translation>
    </message>
    <message>
        <location filename="../../domain/money.py" line="61" />
        <location filename="../../services/customers.py" line="173" />
        <source>A percentage must lie between 0 and 100.</source>
        <translation>En procentsats ska ligga mellan 0 och 100.</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="119" />
        <source>A customer needs a name.</source>
        <translation>En kund måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="140" />
        <source>Unknown currency {currency}.</source>
        <translation>Okänd valuta {currency}.</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="149" />
        <source>An account is four digits (BAS).</source>
        <translation>Ett konto har fyra siffror (BAS).</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="160" />
        <source>Unknown customer kind.</source>
        <translation>Okänd kundtyp.</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="162" />
        <source>Unknown language.</source>
        <translation>Okänt språk.</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="166" />
        <location filename="../../services/settings.py" line="105" />
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Betalningsvillkoret ska vara mellan 0 och 365 dagar.</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="203" />
        <source>Unknown address kind.</source>
        <translation>Okänd adresstyp.</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="327" />
        <source>The customer no longer exists.</source>
        <translation>Kunden finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="383" />
        <source>There is no customer number {number}.</source>
        <translation>Det finns inget kundnummer {number}.</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="428" />
        <source>Customer {number} has invoices and cannot be deleted. Deactivate the customer instead: it is then hidden but keeps its history.</source>
        <translation>Kund {number} har fakturor och kan inte tas bort. Inaktivera kunden i stället: den döljs då men behåller sin historik.</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="443" />
        <source>A customer number must be 1 or more.</source>
        <translation>Ett kundnummer måste vara 1 eller större.</translation>
    </message>
    <message>
        <location filename="../../services/customers.py" line="452" />
        <location filename="../../services/customers.py" line="470" />
        <source>Customer number {number} is already taken.</source>
        <translation>Kundnummer {number} är redan upptaget.</translation>
    </message>
    <message>
        <location filename="../../services/maintenance.py" line="18" />
        <source>Only the embedded database is backed up by Kundbok; back up a database server with its own tools (pg_dump).</source>
        <translation>Kundbok säkerhetskopierar bara den inbyggda databasen; säkerhetskopiera en databasserver med dess egna verktyg (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../services/maintenance.py" line="31" />
        <source>A backup cannot replace the database itself.</source>
        <translation>En säkerhetskopia kan inte ersätta själva databasen.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="110" />
        <source>A number series starts at 1 or more.</source>
        <translation>En nummerserie börjar på 1 eller högre.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="134" />
        <source>The first customer number cannot be changed once a customer is saved.</source>
        <translation>Första kundnumret kan inte ändras när en kund har sparats.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="143" />
        <source>The invoice number series cannot be changed once an invoice is issued.</source>
        <translation>Fakturanummerserien kan inte ändras när en faktura har utfärdats.</translation>
    </message>
</context>
</TS>