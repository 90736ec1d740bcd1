<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ArticlesDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="40"/>
        <source>Articles</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="48"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="49"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="89"/>
        <source>Description</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="50"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="90"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="51"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="91"/>
        <source>Price excl. VAT</source>
        <translation>Pris exkl. moms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="52"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="92"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="53"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="93"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="78"/>
        <source>Goods or service</source>
        <translation>Vara eller tjänst</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="79"/>
        <source>Labour (ROT/RUT)</source>
        <translation>Arbete (ROT/RUT)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="80"/>
        <source>Material (ROT/RUT)</source>
        <translation>Material (ROT/RUT)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="84"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="88"/>
        <source>Article number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="95"/>
        <source>New article</source>
        <translation>Ny artikel</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="98"/>
        <source>Save article</source>
        <translation>Spara artikel</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="167"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="56"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="57"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="58"/>
        <location filename="../../src/kundbok/ui/customer_card.py" line="174"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="59"/>
        <location filename="../../src/kundbok/ui/customer_card.py" line="175"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="60"/>
        <location filename="../../src/kundbok/ui/customer_card.py" line="177"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="61"/>
        <source>Main contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="97"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="102"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="110"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="111"/>
        <source>Contacts &amp;&amp; addresses</source>
        <translation>Kontakter &amp;&amp; adresser</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="112"/>
        <source>Notes</source>
        <translation>Noteringar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="113"/>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="114"/>
        <source>ROT/RUT</source>
        <translation>ROT/RUT</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="117"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="118"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="161"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="162"/>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="164"/>
        <location filename="../../src/kundbok/ui/customer_card.py" line="546"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="165"/>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="166"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="167"/>
        <source>Name *</source>
        <translation>Namn *</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="169"/>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="171"/>
        <source>Their reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="176"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="178"/>
        <source>Website</source>
        <translation>Hemsida</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="183"/>
        <source>Company default</source>
        <translation>Företagets standard</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="184"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="187"/>
        <source>Standard (company default)</source>
        <translation>Standard (företagets)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="195"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="196"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="205"/>
        <source>Send invoices by e-mail</source>
        <translation>Fakturera via e-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="207"/>
        <source>Active (untick to make the customer passive)</source>
        <translation>Aktiv (avmarkera för att göra kunden passiv)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="209"/>
        <source>Blocked: no new invoices</source>
        <translation>Spärrad: inga nya fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="212"/>
        <source>Shown when an invoice is made</source>
        <translation>Visas när en faktura skapas</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="213"/>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="214"/>
        <source>Specific VAT</source>
        <translation>Specifik moms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="215"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="216"/>
        <source>Invoice language</source>
        <translation>Fakturaspråk</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="217"/>
        <location filename="../../src/kundbok/ui/customer_card.py" line="237"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="218"/>
        <source>General discount</source>
        <translation>Generell rabatt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="219"/>
        <source>Alert text</source>
        <translation>Signaltext</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="233"/>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="234"/>
        <source>Street, line 2</source>
        <translation>Adressrad 2</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="235"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="236"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="256"/>
        <source>Billing address</source>
        <translation>Faktureringsadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="257"/>
        <source>Delivery address</source>
        <translation>Leveransadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="258"/>
        <source>Same as billing address</source>
        <translation>Samma som faktureringsadressen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="263"/>
        <source>Visiting address</source>
        <translation>Besöksadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="270"/>
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="273"/>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="282"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="292"/>
        <source>Insert date and time</source>
        <translation>Infoga datum och tid</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="308"/>
        <source>Leave empty to use the accounts of the company settings.</source>
        <translation>Lämna tomt för att använda kontona i organisationsuppgifterna.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="310"/>
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="311"/>
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="323"/>
        <source>For ROT and RUT work: the buyer&apos;s personal number, and the property designation, or for a housing co-operative its organisation number and the apartment number.</source>
        <translation>För ROT- och RUT-arbeten: köparens personnummer och fastighetsbeteckning, eller för en bostadsrätt föreningens organisationsnummer och lägenhetsnummer.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="331"/>
        <location filename="../../src/kundbok/ui/customer_card.py" line="546"/>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="333"/>
        <source>Property designation</source>
        <translation>Fastighetsbeteckning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="335"/>
        <source>Housing co-operative org. no.</source>
        <translation>Bostadsrättsföreningens org.nr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="339"/>
        <source>Apartment number</source>
        <translation>Lägenhetsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="348"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="348"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="348"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="348"/>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="371"/>
        <source>No invoices yet.</source>
        <translation>Inga fakturor ännu.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="378"/>
        <source>Balance (unpaid invoices): {amount} kr</source>
        <translation>Saldo (obetalda fakturor): {amount} kr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="386"/>
        <source>(given on save)</source>
        <translation>(ges när kunden sparas)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="457"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="458"/>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="459"/>
        <source>Made passive</source>
        <translation>Gjord passiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="460"/>
        <source>Made active</source>
        <translation>Gjord aktiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="461"/>
        <source>Renumbered</source>
        <translation>Omnumrerad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="471"/>
        <source>addresses or contacts</source>
        <translation>adresser eller kontakter</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="536"/>
        <source>Customer {number}: {name}</source>
        <translation>Kund {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="540"/>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="689"/>
        <location filename="../../src/kundbok/ui/customer_card.py" line="692"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="711"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card.py" line="712"/>
        <source>The customer has changes that are not saved. Save them?</source>
        <translation>Kunden har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="37"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="38"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="39"/>
        <source>Org./personal no.</source>
        <translation>Org.nr/personnr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="40"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="41"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="42"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="43"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="160"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="160"/>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="105"/>
        <source>Type to find the customer…</source>
        <translation>Skriv för att hitta kunden…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="131"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="140"/>
        <source>No ROT/RUT</source>
        <translation>Ingen ROT/RUT</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="141"/>
        <source>ROT deduction</source>
        <translation>ROT-avdrag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="142"/>
        <source>RUT deduction</source>
        <translation>RUT-avdrag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="145"/>
        <source>Text printed on the invoice</source>
        <translation>Text som skrivs ut på fakturan</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="149"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="151"/>
        <source>Invoice address</source>
        <translation>Fakturaadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="154"/>
        <source>Delivery date</source>
        <translation>Leveransdatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="156"/>
        <source>Terms</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="160"/>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="163"/>
        <source>Our reference</source>
        <translation>Vår referens</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="166"/>
        <source>Your reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="172"/>
        <source>Item</source>
        <translation>Art.nr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="173"/>
        <source>Description</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="174"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="175"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="176"/>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="177"/>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="178"/>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="179"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="192"/>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="194"/>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="196"/>
        <source>Save draft</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="198"/>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="536"/>
        <source>Issue invoice</source>
        <translation>Utfärda faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="200"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="202"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="203"/>
        <source>Credit…</source>
        <translation>Kreditera…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="205"/>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="621"/>
        <source>Mark paid</source>
        <translation>Markera betald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="270"/>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="504"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="276"/>
        <source>Passive customer</source>
        <translation>Passiv kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="277"/>
        <source>{name} is passive. Invoice the customer anyway?</source>
        <translation>{name} är passiv. Fakturera kunden ändå?</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="435"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="437"/>
        <source>VAT {rate} %</source>
        <translation>Moms {rate} %</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="441"/>
        <source>Rounding</source>
        <translation>Öresutjämning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="443"/>
        <source>Tax reduction</source>
        <translation>Skattereduktion</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="448"/>
        <source>Total to pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="458"/>
        <source>due {date}</source>
        <translation>förfaller {date}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="500"/>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="502"/>
        <source>New invoice (draft)</source>
        <translation>Ny faktura (utkast)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="502"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="504"/>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="507"/>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="508"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="509"/>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="524"/>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="579"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="538"/>
        <source>Issue the invoice? It gets the next number and can then only be corrected with a credit note.</source>
        <translation>Utfärda fakturan? Den får nästa nummer och kan sedan bara rättas med en kreditfaktura.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="547"/>
        <source>Not issued</source>
        <translation>Inte utfärdad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="569"/>
        <source>Save invoice as PDF</source>
        <translation>Spara fakturan som PDF</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="569"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="599"/>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="609"/>
        <source>Credit invoice</source>
        <translation>Kreditera faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="600"/>
        <source>Make a credit note for the whole of invoice {number}?</source>
        <translation>Skapa en kreditfaktura för hela faktura {number}?</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="633"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor.py" line="634"/>
        <source>The invoice has changes that are not saved. Save the draft?</source>
        <translation>Fakturan har ändringar som inte är sparade. Spara utkastet?</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="40"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="41"/>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="42"/>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="90"/>
        <source>Unpaid</source>
        <translation>Obetalda</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="43"/>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="91"/>
        <source>Overdue</source>
        <translation>Förfallna</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="44"/>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="92"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="45"/>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="93"/>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="54"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="55"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="56"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="57"/>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="58"/>
        <source>Due date</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="59"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="71"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="81"/>
        <source>Customer: {name}</source>
        <translation>Kund: {name}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="89"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="97"/>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="97"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="156"/>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="162"/>
        <source>Edit customer</source>
        <translation>Redigera kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="166"/>
        <source>Deactivate selected customers</source>
        <translation>Inaktivera valda kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="172"/>
        <source>Activate selected customers</source>
        <translation>Aktivera valda kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="178"/>
        <source>Create invoice for customer</source>
        <translation>Skapa faktura för kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="184"/>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="191"/>
        <source>Export selected customers to vCard file</source>
        <translation>Exportera valda kunder till vCard-fil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="196"/>
        <source>Import vCard file…</source>
        <translation>Importera vCard-fil…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="199"/>
        <source>Articles…</source>
        <translation>Artiklar…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="203"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="210"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="215"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Ny kund (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="216"/>
        <source>Export vCard</source>
        <translation>Exportera vCard</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="219"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="226"/>
        <source>&amp;Customers</source>
        <translation>&amp;Kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="234"/>
        <source>&amp;Invoicing</source>
        <translation>&amp;Fakturering</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="241"/>
        <source>Quick actions</source>
        <translation>Snabbval</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="259"/>
        <source>Search: name, number, org. no., contact, e-mail, phone, city…</source>
        <translation>Sök: namn, nummer, org.nr, kontakt, e-post, telefon, ort…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="262"/>
        <source>Show passive</source>
        <translation>Visa passiva</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="273"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="276"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="364"/>
        <source>{shown} of {total} customers</source>
        <translation>{shown} av {total} kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="368"/>
        <source>{count} customers</source>
        <translation>{count} kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="370"/>
        <source>{count} passive hidden</source>
        <translation>{count} passiva dolda</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="425"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="469"/>
        <source>Deactivate customers</source>
        <translation>Inaktivera kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="471"/>
        <source>Make {count} customer(s) passive ({names})? They keep their history and are shown again with “Show passive”.</source>
        <translation>Göra {count} kund(er) passiva ({names})? De behåller sin historik och visas igen med ”Visa passiva”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="36"/>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="37"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="38"/>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="39"/>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="40"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="41"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="42"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="43"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="44"/>
        <source>Website</source>
        <translation>Hemsida</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="45"/>
        <source>Bankgiro</source>
        <translation>Bankgiro</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="46"/>
        <source>Plusgiro</source>
        <translation>Plusgiro</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="47"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="48"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="49"/>
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="50"/>
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="60"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="77"/>
        <source>Approved for F-tax (Godkänd för F-skatt)</source>
        <translation>Godkänd för F-skatt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="83"/>
        <source>Choose logo…</source>
        <translation>Välj logotyp…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="87"/>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="161"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="94"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="105"/>
        <source>Fixed once the first customer is saved.</source>
        <translation>Låst när den första kunden har sparats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="112"/>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="113"/>
        <source>Default VAT</source>
        <translation>Standardmoms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="115"/>
        <source>Next customer number</source>
        <translation>Nästa kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="117"/>
        <source>First customer number</source>
        <translation>Första kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="120"/>
        <source>Next invoice number</source>
        <translation>Nästa fakturanummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="126"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="131"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="132"/>
        <source>A new language is used from the next start.</source>
        <translation>Ett nytt språk används från nästa start.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="135"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="136"/>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="137"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="150"/>
        <source>A logo is chosen</source>
        <translation>En logotyp är vald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="150"/>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="154"/>
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="154"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="188"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/kundbok/ui/errors.py" line="26"/>
        <source>The file could not be read or written: {reason}</source>
        <translation>Filen kunde inte läsas eller skrivas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/errors.py" line="29"/>
        <source>Something went wrong and the action was not carried out. Your data is as it was. The details are written to {log}.</source>
        <translation>Något gick fel och åtgärden genomfördes inte. Dina uppgifter är som förut. Detaljerna finns i {log}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/errors.py" line="39"/>
        <source>Kundbok</source>
        <translation>Kundbok</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/kundbok/db/migrate.py" line="75"/>
        <source>The database {database} cannot be opened: {reason}</source>
        <translation>Databasen {database} kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="49"/>
        <source>The {what} has the wrong number of digits.</source>
        <translation>Fel antal siffror i {what}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="51"/>
        <source>The {what} has a wrong check digit: a digit is mistyped.</source>
        <translation>Fel kontrollsiffra i {what}: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="55"/>
        <source>The {what} contains an impossible part.</source>
        <translation>En del av {what} är omöjlig.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="57"/>
        <source>The {what} is not written correctly.</source>
        <translation>Formatet på {what} är fel.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="74"/>
        <source>An organisation number has digits only.</source>
        <translation>Ett organisationsnummer består bara av siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="80"/>
        <source>organisation number</source>
        <translation>organisationsnumret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="115"/>
        <source>A personal identity number has digits only.</source>
        <translation>Ett personnummer består bara av siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="122"/>
        <source>A personal identity number has 10 or 12 digits (YYYYMMDD-NNNN).</source>
        <translation>Ett personnummer har 10 eller 12 siffror (ÅÅÅÅMMDD-NNNN).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="134"/>
        <source>The personal identity number does not start with a real date.</source>
        <translation>Personnumret börjar inte med ett riktigt datum.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="141"/>
        <source>The personal identity number has a wrong check digit: a digit is mistyped.</source>
        <translation>Personnumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="212"/>
        <source>A VAT number starts with an EU country code such as SE or DE.</source>
        <translation>Ett momsregistreringsnummer börjar med en EU-landskod som SE eller DE.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="222"/>
        <source>VAT number</source>
        <translation>momsregistreringsnumret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="250"/>
        <source>A postcode has at most 10 characters.</source>
        <translation>Ett postnummer har högst 10 tecken.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="259"/>
        <source>A Swedish postcode has five digits, such as 111 22.</source>
        <translation>Ett svenskt postnummer har fem siffror, till exempel 111 22.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="278"/>
        <source>A bankgiro number has 7 or 8 digits.</source>
        <translation>Ett bankgironummer har 7 eller 8 siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="283"/>
        <source>The bankgiro number has a wrong check digit: a digit is mistyped.</source>
        <translation>Bankgironumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="303"/>
        <source>A plusgiro number has 2 to 8 digits.</source>
        <translation>Ett plusgironummer har 2 till 8 siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="308"/>
        <source>The plusgiro number has a wrong check digit: a digit is mistyped.</source>
        <translation>Plusgironumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="343"/>
        <source>An OCR reference has 2 to 25 digits.</source>
        <translation>Ett OCR-nummer har 2 till 25 siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="348"/>
        <source>The OCR reference has a wrong check digit: a digit is mistyped.</source>
        <translation>OCR-numret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="365"/>
        <source>IBAN</source>
        <translation>IBAN-numret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="380"/>
        <source>BIC</source>
        <translation>BIC-koden</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="389"/>
        <source>A GLN has 13 digits.</source>
        <translation>Ett GLN har 13 siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="393"/>
        <source>GLN</source>
        <translation>GLN-numret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="404"/>
        <source>&apos;{address}&apos; is not an e-mail address (name@example.se).</source>
        <translation>&apos;{address}&apos; är ingen e-postadress (namn@exempel.se).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/money.py" line="46"/>
        <location filename="../../src/kundbok/domain/money.py" line="50"/>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>&apos;{text}&apos; är inget belopp.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="180"/>
        <location filename="../../src/kundbok/domain/money.py" line="61"/>
        <location filename="../../src/kundbok/services/invoices.py" line="257"/>
        <source>A percentage must lie between 0 and 100.</source>
        <translation>En procentsats ska ligga mellan 0 och 100.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="116"/>
        <source>A customer needs a name.</source>
        <translation>En kund måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="137"/>
        <source>Unknown currency {currency}.</source>
        <translation>Okänd valuta {currency}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="146"/>
        <source>An account is four digits (BAS).</source>
        <translation>Ett konto har fyra siffror (BAS).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="167"/>
        <source>Unknown customer kind.</source>
        <translation>Okänd kundtyp.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="169"/>
        <source>Unknown language.</source>
        <translation>Okänt språk.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="173"/>
        <location filename="../../src/kundbok/services/settings.py" line="108"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Betalningsvillkoret ska vara mellan 0 och 365 dagar.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="210"/>
        <source>Unknown address kind.</source>
        <translation>Okänd adresstyp.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customers.py" line="140"/>
        <source>The customer no longer exists.</source>
        <translation>Kunden finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customers.py" line="196"/>
        <source>There is no customer number {number}.</source>
        <translation>Det finns inget kundnummer {number}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customers.py" line="241"/>
        <source>Customer {number} has invoices and cannot be deleted. Deactivate the customer instead: it is then hidden but keeps its history.</source>
        <translation>Kund {number} har fakturor och kan inte tas bort. Inaktivera kunden i stället: den döljs då men behåller sin historik.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customers.py" line="256"/>
        <source>A customer number must be 1 or more.</source>
        <translation>Ett kundnummer måste vara 1 eller större.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customers.py" line="265"/>
        <location filename="../../src/kundbok/services/customers.py" line="283"/>
        <source>Customer number {number} is already taken.</source>
        <translation>Kundnummer {number} är redan upptaget.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/maintenance.py" line="18"/>
        <source>Only the embedded database is backed up by Kundbok; back up a database server with its own tools (pg_dump).</source>
        <translation>Kundbok säkerhetskopierar bara den inbyggda databasen; säkerhetskopiera en databasserver med dess egna verktyg (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/maintenance.py" line="31"/>
        <source>A backup cannot replace the database itself.</source>
        <translation>En säkerhetskopia kan inte ersätta själva databasen.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/settings.py" line="113"/>
        <source>A number series starts at 1 or more.</source>
        <translation>En nummerserie börjar på 1 eller högre.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/settings.py" line="139"/>
        <source>The first customer number cannot be changed once a customer is saved.</source>
        <translation>Första kundnumret kan inte ändras när en kund har sparats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/settings.py" line="148"/>
        <source>The invoice number series cannot be changed once an invoice is issued.</source>
        <translation>Fakturanummerserien kan inte ändras när en faktura har utfärdats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/articles.py" line="41"/>
        <source>An article needs a number.</source>
        <translation>En artikel måste ha ett nummer.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/articles.py" line="44"/>
        <source>An article needs a description.</source>
        <translation>En artikel måste ha en benämning.</translation>
    </message>
    <message>
        <source>VAT is 25, 12, 6 or 0 %.</source>
        <translation type="vanished">Momsen är 25, 12, 6 eller 0 %.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/articles.py" line="50"/>
        <source>Unknown kind of work.</source>
        <translation>Okänd typ av arbete.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/articles.py" line="64"/>
        <source>The article no longer exists.</source>
        <translation>Artikeln finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/articles.py" line="74"/>
        <source>Article number {number} is already taken.</source>
        <translation>Artikelnummer {number} är redan upptaget.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/files.py" line="29"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Filen {path} kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="154"/>
        <source>The invoice no longer exists.</source>
        <translation>Fakturan finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="161"/>
        <source>Invoice {number} is issued and cannot be changed. Correct it with a credit note.</source>
        <translation>Faktura {number} är utfärdad och kan inte ändras. Rätta den med en kreditfaktura.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="172"/>
        <source>Customer {number} ({name}) is blocked: no new invoices.</source>
        <translation>Kund {number} ({name}) är spärrad: inga nya fakturor.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="245"/>
        <source>Line {line} needs a description.</source>
        <translation>Rad {line} saknar benämning.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="251"/>
        <source>Line {line}: VAT is 25, 12, 6 or 0 %.</source>
        <translation>Rad {line}: momsen är 25, 12, 6 eller 0 %.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="337"/>
        <source>An invoice needs at least one line.</source>
        <translation>En faktura måste ha minst en rad.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="389"/>
        <source>Only an issued invoice can be credited.</source>
        <translation>Bara en utfärdad faktura kan krediteras.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="441"/>
        <source>Only an issued, unpaid invoice can be marked paid.</source>
        <translation>Bara en utfärdad, obetald faktura kan markeras som betald.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="469"/>
        <source>There is no invoice number {number}.</source>
        <translation>Det finns inget fakturanummer {number}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard.py" line="58"/>
        <source>vCard version {version} is not supported (3.0 or 4.0).</source>
        <translation>vCard version {version} stöds inte (3.0 eller 4.0).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard.py" line="109"/>
        <source>The file {path} could not be read: {reason}</source>
        <translation>Filen {path} kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard.py" line="115"/>
        <source>{path} is not a vCard file.</source>
        <translation>{path} är ingen vCard-fil.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard.py" line="163"/>
        <source>{path} cannot be imported: card {card}, line {line}: {reason}. Nothing was changed.</source>
        <translation>{path} kan inte importeras: kort {card}, rad {line}: {reason}. Inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard.py" line="286"/>
        <source>Card {card} ({name}) cannot be imported: {reason}</source>
        <translation>Kort {card} ({name}) kan inte importeras: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/db/session.py" line="126"/>
        <source>The database could not be used: {reason}. Nothing was changed.</source>
        <translation>Databasen kunde inte användas: {reason}. Inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/invoicing.py" line="62"/>
        <source>{rate} % is not a VAT rate; the rates are {rates} %.</source>
        <translation>{rate} % är ingen momssats; satserna är {rates} %.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="67"/>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="68"/>
        <location filename="../../src/kundbok/domain/limits.py" line="69"/>
        <location filename="../../src/kundbok/domain/limits.py" line="70"/>
        <source>The reference</source>
        <translation>Referensen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="71"/>
        <location filename="../../src/kundbok/domain/limits.py" line="72"/>
        <source>The address</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="73"/>
        <source>The city</source>
        <translation>Orten</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="74"/>
        <source>The description</source>
        <translation>Benämningen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="75"/>
        <source>The invoice text</source>
        <translation>Fakturatexten</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="76"/>
        <source>The notes</source>
        <translation>Anteckningarna</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="77"/>
        <location filename="../../src/kundbok/domain/limits.py" line="78"/>
        <source>The article number</source>
        <translation>Artikelnumret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="79"/>
        <source>The unit</source>
        <translation>Enheten</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="88"/>
        <source>{what} is too long: {length} characters, at most {limit} fit.</source>
        <translation>{what} har {length} tecken; högst {limit} får plats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="91"/>
        <source>A text</source>
        <translation>En text</translation>
    </message>
</context>
<context>
    <name>upgrade_notice</name>
    <message>
        <location filename="../../src/kundbok/ui/upgrade_notice.py" line="40"/>
        <source>Updating the database to this version. A backup copy is made first.</source>
        <translation>Databasen uppdateras till den här versionen. En säkerhetskopia tas först.</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="59"/>
        <source>Export to vCard file</source>
        <translation>Exportera till vCard-fil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="61"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-filer (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="69"/>
        <source>Writing vCards…</source>
        <translation>Skriver vCard…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="79"/>
        <source>vCard export</source>
        <translation>vCard-export</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="86"/>
        <source>{count} customers written to {path}</source>
        <translation>{count} kunder sparade i {path}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="101"/>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="162"/>
        <source>Import vCard file</source>
        <translation>Importera vCard-fil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="103"/>
        <source>{creates} new customers, {updates} updated. Nothing is changed until you choose Import.</source>
        <translation>{creates} nya kunder, {updates} uppdateras. Inget ändras förrän du väljer Importera.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="114"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="115"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="116"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="117"/>
        <source>Matches existing customer</source>
        <translation>Liknar befintlig kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="123"/>
        <source>same customer (UID)</source>
        <translation>samma kund (UID)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="124"/>
        <source>same customer number</source>
        <translation>samma kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="125"/>
        <source>same organisation number</source>
        <translation>samma organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="126"/>
        <source>possible duplicate: same e-mail</source>
        <translation>möjlig dubblett: samma e-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="127"/>
        <source>possible duplicate: same name</source>
        <translation>möjlig dubblett: samma namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="131"/>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="133"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="146"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="164"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-filer (*.vcf *.vcard);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="174"/>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="198"/>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="206"/>
        <source>vCard import</source>
        <translation>vCard-import</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="188"/>
        <source>Importing vCards…</source>
        <translation>Importerar vCard…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="207"/>
        <source>{created} customers added and {updated} updated.</source>
        <translation>{created} kunder tillagda och {updated} uppdaterade.</translation>
    </message>
</context>
</TS>
