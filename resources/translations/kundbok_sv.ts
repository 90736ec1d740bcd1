<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/accounts_tab.py" line="35"/>
        <source>Leave empty to use the accounts of the company settings.</source>
        <translation>Lämna tomt för att använda kontona i organisationsuppgifterna.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/accounts_tab.py" line="37"/>
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/accounts_tab.py" line="38"/>
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/accounts_tab.py" line="40"/>
        <source>as the company settings</source>
        <translation>som i företagets inställningar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/accounts_tab.py" line="42"/>
        <source>reference rate plus the points</source>
        <translation>referensräntan plus procentenheterna</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/accounts_tab.py" line="43"/>
        <source>Agreed reminder fee (kr)</source>
        <translation>Avtalad påminnelseavgift (kr)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/accounts_tab.py" line="44"/>
        <source>Agreed interest (% a year)</source>
        <translation>Avtalad ränta (% per år)</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="40"/>
        <source>Save draft</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="41"/>
        <source>Issue invoice</source>
        <translation>Utfärda faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="46"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="47"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="48"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="42"/>
        <source>Credit…</source>
        <translation>Kreditera…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="43"/>
        <source>Mark paid</source>
        <translation>Markera betald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="44"/>
        <source>Payment…</source>
        <translation>Betalning…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="45"/>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="49"/>
        <source>Send by e-mail…</source>
        <translation>Skicka med e-post…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="50"/>
        <source>Export e-invoice…</source>
        <translation>Exportera e-faktura…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="101"/>
        <source>reminder {level} sent {date}</source>
        <translation>påminnelse {level} skickad {date}</translation>
    </message>
</context>
<context>
    <name>AddressBox</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/fields.py" line="98"/>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/fields.py" line="99"/>
        <source>Street, line 2</source>
        <translation>Adressrad 2</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/fields.py" line="100"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/fields.py" line="101"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/fields.py" line="102"/>
        <source>State or region</source>
        <translation>Delstat eller region</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/fields.py" line="103"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>AgingChart</name>
    <message>
        <location filename="../../src/kundbok/ui/receivables_chart.py" line="24"/>
        <source>Open amount</source>
        <translation>Öppet belopp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_chart.py" line="37"/>
        <source>Open amount by age (kr)</source>
        <translation>Öppet belopp efter ålder (kr)</translation>
    </message>
</context>
<context>
    <name>ArticlesDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="43"/>
        <source>Articles</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="51"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="52"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="95"/>
        <source>Description</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="53"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="96"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="54"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="97"/>
        <source>Price excl. VAT</source>
        <translation>Pris exkl. moms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="55"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="98"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="56"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="99"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="57"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="100"/>
        <source>ROT/RUT work type</source>
        <translation>ROT/RUT-arbete</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="82"/>
        <source>Goods or service</source>
        <translation>Vara eller tjänst</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="83"/>
        <source>Labour (ROT/RUT)</source>
        <translation>Arbete (ROT/RUT)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="84"/>
        <source>Material (ROT/RUT)</source>
        <translation>Material (ROT/RUT)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="90"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="94"/>
        <source>Article number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="102"/>
        <source>New article</source>
        <translation>Ny artikel</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="105"/>
        <source>Save article</source>
        <translation>Spara artikel</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="187"/>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="191"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/articles_dialog.py" line="194"/>
        <source>The article now shows what is saved; make your changes again.</source>
        <translation>Artikeln visar nu det som är sparat; gör dina ändringar igen.</translation>
    </message>
</context>
<context>
    <name>CompanyPrompt</name>
    <message>
        <location filename="../../src/kundbok/ui/company_prompt.py" line="40"/>
        <location filename="../../src/kundbok/ui/company_prompt.py" line="64"/>
        <source>Not issued</source>
        <translation>Inte utfärdad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/company_prompt.py" line="46"/>
        <source>Open settings…</source>
        <translation>Öppna inställningar…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/company_prompt.py" line="82"/>
        <source>Welcome to Kundbok</source>
        <translation>Välkommen till Kundbok</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/company_prompt.py" line="83"/>
        <source>Before the first invoice, Kundbok needs your company&apos;s name, address, organisation number, VAT number and bankgiro, plusgiro or IBAN: every invoice must show them. Fill them in now? You can also do it later under File → Company details…</source>
        <translation>Före den första fakturan behöver Kundbok ditt företags namn, adress, organisationsnummer, momsregistreringsnummer och bankgiro, plusgiro eller IBAN: varje faktura måste visa dem. Fylla i dem nu? Du kan också göra det senare under Arkiv → Företagsuppgifter…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/company_prompt.py" line="94"/>
        <source>Fill in now…</source>
        <translation>Fyll i nu…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/company_prompt.py" line="99"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="36"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="37"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="38"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="39"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="40"/>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="41"/>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="42"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="43"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="44"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="45"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="46"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="47"/>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="48"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="49"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="50"/>
        <source>Blocked</source>
        <translation>Spärrad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="51"/>
        <source>Alert</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="52"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="53"/>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="54"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="91"/>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="97"/>
        <source>{user} saved this customer at {when}, after you opened it. Choose for each field whether to keep your value or take theirs, then save again.</source>
        <translation>{user} sparade kunden {when}, efter att du öppnade den. Välj för varje fält om du vill behålla ditt värde eller ta deras, och spara sedan igen.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="107"/>
        <source>Take theirs</source>
        <translation>Ta deras</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="108"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="109"/>
        <source>Their value</source>
        <translation>Deras värde</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="110"/>
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="132"/>
        <source>Save with these values</source>
        <translation>Spara med dessa värden</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/conflict_dialog.py" line="136"/>
        <source>Reload theirs (drop my changes)</source>
        <translation>Läs in deras (släpp mina ändringar)</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="34"/>
        <source>Billing address</source>
        <translation>Faktureringsadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="35"/>
        <source>Delivery address</source>
        <translation>Leveransadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="36"/>
        <source>Visiting address</source>
        <translation>Besöksadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="37"/>
        <source>Same as billing address</source>
        <translation>Samma som faktureringsadressen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="48"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="49"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="50"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="51"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="52"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="53"/>
        <source>Main contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="60"/>
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="63"/>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/contacts_tab.py" line="72"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="102"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="104"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="87"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="88"/>
        <source>Contacts &amp;&amp; addresses</source>
        <translation>Kontakter &amp;&amp; adresser</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="89"/>
        <source>Notes</source>
        <translation>Noteringar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="90"/>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="91"/>
        <source>ROT/RUT</source>
        <translation>ROT/RUT</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="92"/>
        <source>E-invoice</source>
        <translation>E-faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="93"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="94"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="95"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="106"/>
        <source>Delete customer…</source>
        <translation>Ta bort kund…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="109"/>
        <source>Change customer number…</source>
        <translation>Byt kundnummer…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="118"/>
        <source>Someone else changed this customer after you opened it. Saving shows what differs and lets you choose, field by field.</source>
        <translation>Någon annan har ändrat kunden efter att du öppnade den. När du sparar visas vad som skiljer, och du får välja fält för fält.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="161"/>
        <source>A customer with invoices cannot be deleted; make it passive instead.</source>
        <translation>En kund med fakturor kan inte tas bort; gör kunden passiv i stället.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="197"/>
        <source>Customer {number}: {name}</source>
        <translation>Kund {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="201"/>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="282"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="304"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="320"/>
        <source>Delete customer</source>
        <translation>Ta bort kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="322"/>
        <source>Delete customer {number} ({name}) with its addresses, contacts and history? This cannot be undone.</source>
        <translation>Ta bort kund {number} ({name}) med adresser, kontakter och historik? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="337"/>
        <source>Not deleted</source>
        <translation>Inte borttagen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="351"/>
        <source>Change customer number</source>
        <translation>Byt kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="352"/>
        <source>New number for {name} (now {number}):</source>
        <translation>Nytt nummer för {name} (nu {number}):</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="364"/>
        <source>Number not changed</source>
        <translation>Numret ändrades inte</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="385"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/dialog.py" line="386"/>
        <source>The customer has changes that are not saved. Save them?</source>
        <translation>Kunden har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>CustomerGroupsDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="57"/>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="216"/>
        <source>Customer groups</source>
        <translation>Kundgrupper</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="64"/>
        <source>New group</source>
        <translation>Ny grupp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="67"/>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="234"/>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="240"/>
        <source>Delete group</source>
        <translation>Ta bort grupp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="70"/>
        <source>Save group</source>
        <translation>Spara grupp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="102"/>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="130"/>
        <source>No default</source>
        <translation>Inget förval</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="103"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="111"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="112"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="117"/>
        <source>Name *</source>
        <translation>Namn *</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="118"/>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="119"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="120"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="121"/>
        <source>Invoice language</source>
        <translation>Fakturaspråk</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="122"/>
        <source>Discount (%)</source>
        <translation>Rabatt (%)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="123"/>
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="124"/>
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="125"/>
        <source>Reminder fee (kr)</source>
        <translation>Påminnelseavgift (kr)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="148"/>
        <source>%1 (%2 customers)</source>
        <translation>%1 (%2 kunder)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_groups_dialog.py" line="235"/>
        <source>Delete the group %1?</source>
        <translation>Ta bort gruppen %1?</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="45"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="46"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="47"/>
        <source>Org./personal no.</source>
        <translation>Org.nr/personnr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="48"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="49"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="50"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="51"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="53"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="175"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_list.py" line="175"/>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="45"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="46"/>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="60"/>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="142"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="61"/>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="62"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="63"/>
        <source>Name *</source>
        <translation>Namn *</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="65"/>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="67"/>
        <source>Their reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="70"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="71"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="72"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="73"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="74"/>
        <source>Website</source>
        <translation>Hemsida</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="79"/>
        <source>Company default</source>
        <translation>Företagets standard</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="80"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="83"/>
        <source>Standard (company default)</source>
        <translation>Standard (företagets)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="91"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="92"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="98"/>
        <source>Send invoices by e-mail</source>
        <translation>Fakturera via e-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="100"/>
        <source>Active (untick to make the customer passive)</source>
        <translation>Aktiv (avmarkera för att göra kunden passiv)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="102"/>
        <source>Blocked: no new invoices</source>
        <translation>Spärrad: inga nya fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="105"/>
        <source>Shown when an invoice is made</source>
        <translation>Visas när en faktura skapas</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="108"/>
        <source>Customer group</source>
        <translation>Kundgrupp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="109"/>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="110"/>
        <source>Specific VAT</source>
        <translation>Specifik moms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="111"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="112"/>
        <source>Invoice language</source>
        <translation>Fakturaspråk</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="113"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="115"/>
        <source>General discount</source>
        <translation>Generell rabatt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="117"/>
        <source>Alert text</source>
        <translation>Signaltext</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="142"/>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/details_tab.py" line="157"/>
        <source>(given on save)</source>
        <translation>(ges när kunden sparas)</translation>
    </message>
</context>
<context>
    <name>EInvoiceExport</name>
    <message>
        <location filename="../../src/kundbok/ui/einvoice_export.py" line="30"/>
        <location filename="../../src/kundbok/ui/einvoice_export.py" line="62"/>
        <source>Export e-invoice</source>
        <translation>Exportera e-faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/einvoice_export.py" line="32"/>
        <source>Peppol e-invoices (*.xml)</source>
        <translation>Peppol-e-fakturor (*.xml)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/einvoice_export.py" line="38"/>
        <source>E-invoice not exported</source>
        <translation>E-fakturan exporterades inte</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/einvoice_export.py" line="49"/>
        <source>Export e-invoices to folder</source>
        <translation>Exportera e-fakturor till mapp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/einvoice_export.py" line="55"/>
        <source>E-invoices not exported</source>
        <translation>E-fakturorna exporterades inte</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/einvoice_export.py" line="63"/>
        <source>{count} e-invoices written to {folder}. Upload them to your Peppol access point.</source>
        <translation>{count} e-fakturor sparade i {folder}. Ladda upp dem hos din Peppol-accesspunkt.</translation>
    </message>
</context>
<context>
    <name>EInvoiceTab</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/einvoice_tab.py" line="36"/>
        <source>The reference code the buyer gave</source>
        <translation>Referenskoden som köparen har gett</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/einvoice_tab.py" line="39"/>
        <source>For customers that take e-invoices through Peppol (public buyers must): the participant id under which they receive them, usually 0007 and their organisation number, and the reference code that every invoice must carry. Export the invoice with Export e-invoice… and upload the file to your Peppol access point.</source>
        <translation>För kunder som tar emot e-fakturor via Peppol (offentliga köpare måste): Peppol-id:t de tar emot dem under, oftast 0007 och organisationsnumret, och referenskoden som varje faktura måste bära. Exportera fakturan med Exportera e-faktura… och ladda upp filen hos din Peppol-accesspunkt.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/einvoice_tab.py" line="50"/>
        <source>Peppol scheme</source>
        <translation>Peppol-schema</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/einvoice_tab.py" line="51"/>
        <source>Peppol participant id</source>
        <translation>Peppol-id</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/einvoice_tab.py" line="52"/>
        <source>Buyer reference</source>
        <translation>Referenskod</translation>
    </message>
</context>
<context>
    <name>EventAction</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="22"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="23"/>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="24"/>
        <source>Made passive</source>
        <translation>Gjord passiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="25"/>
        <source>Made active</source>
        <translation>Gjord aktiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="26"/>
        <source>Renumbered</source>
        <translation>Omnumrerad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="27"/>
        <source>Invoice draft created</source>
        <translation>Fakturautkast skapat</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="28"/>
        <source>Invoice draft changed</source>
        <translation>Fakturautkast ändrat</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="29"/>
        <source>Invoice issued</source>
        <translation>Faktura utfärdad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="30"/>
        <source>Credit note issued</source>
        <translation>Kreditfaktura utfärdad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="31"/>
        <source>Invoice credited</source>
        <translation>Faktura krediterad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="32"/>
        <source>Invoice paid</source>
        <translation>Faktura betald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="33"/>
        <source>Payment registered</source>
        <translation>Betalning registrerad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="34"/>
        <source>Payment reversed</source>
        <translation>Betalning återförd</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="35"/>
        <source>Invoice sent by e-mail</source>
        <translation>Faktura skickad med e-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="36"/>
        <source>Reminder made</source>
        <translation>Påminnelse skapad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="37"/>
        <source>Reminder sent by e-mail</source>
        <translation>Påminnelse skickad med e-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="38"/>
        <source>Interest invoice issued</source>
        <translation>Räntefaktura utfärdad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="39"/>
        <source>ROT/RUT claimed</source>
        <translation>ROT/RUT begärd</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="40"/>
        <source>ROT/RUT decision entered</source>
        <translation>ROT/RUT-beslut infört</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="41"/>
        <source>File added</source>
        <translation>Fil tillagd</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="42"/>
        <source>File renamed</source>
        <translation>Fil omdöpt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="43"/>
        <source>File removed</source>
        <translation>Fil borttagen</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="76"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="76"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="76"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="76"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="81"/>
        <source>Add files…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="82"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="84"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="87"/>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="112"/>
        <source>Drop files here or choose Add files…; each is kept at once (at most 20 MB). Open shows a copy: changes to it are not kept.</source>
        <translation>Släpp filer här eller välj Lägg till filer…; de sparas direkt (högst 20 MB styck). Öppna visar en kopia: ändringar i den sparas inte.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="116"/>
        <source>Save the new customer first; then files can be kept on it.</source>
        <translation>Spara den nya kunden först; sedan kan filer sparas på den.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="152"/>
        <source>Files not added</source>
        <translation>Filerna lades inte till</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="159"/>
        <source>Add files to the customer</source>
        <translation>Lägg till filer på kunden</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="167"/>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="173"/>
        <source>File not opened</source>
        <translation>Filen öppnades inte</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="174"/>
        <source>No program on this computer opens {name}.</source>
        <translation>Inget program på den här datorn kan öppna {name}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="185"/>
        <source>Rename file</source>
        <translation>Byt namn på fil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="185"/>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="190"/>
        <source>File not renamed</source>
        <translation>Filen fick inte nytt namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="203"/>
        <source>Remove files</source>
        <translation>Ta bort filer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="204"/>
        <source>Remove {names} from the customer? The history keeps the names.</source>
        <translation>Ta bort {names} från kunden? Historiken behåller namnen.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/files_tab.py" line="210"/>
        <source>File not removed</source>
        <translation>Filen togs inte bort</translation>
    </message>
</context>
<context>
    <name>GroupField</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/group_field.py" line="34"/>
        <source>No group</source>
        <translation>Ingen grupp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/group_field.py" line="65"/>
        <source>from the group</source>
        <translation>från gruppen</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <location filename="../../src/kundbok/ui/group_filter.py" line="21"/>
        <location filename="../../src/kundbok/ui/group_filter.py" line="38"/>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="65"/>
        <source>addresses or contacts</source>
        <translation>adresser eller kontakter</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="79"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="79"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="79"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/history_tab.py" line="79"/>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="29"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="30"/>
        <source>Update</source>
        <translation>Uppdatering</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="31"/>
        <source>Duplicate</source>
        <translation>Dubblett</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="32"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="35"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="36"/>
        <source>Update the customer</source>
        <translation>Uppdatera kunden</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="37"/>
        <source>Add as new</source>
        <translation>Lägg till som ny</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="40"/>
        <source>customer number</source>
        <translation>kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="41"/>
        <source>org./personal no.</source>
        <translation>org.-/personnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="42"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="60"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="62"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="63"/>
        <source>Org./personal no.</source>
        <translation>Org.-/personnr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="64"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="65"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="66"/>
        <source>Matches / error</source>
        <translation>Matchar / fel</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="67"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="89"/>
        <source>customer {number} {name}</source>
        <translation>kund {number} {name}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="95"/>
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_preview.py" line="99"/>
        <source>{matches} (same {keys})</source>
        <translation>{matches} (samma {keys})</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/dialog.py" line="98"/>
        <source>Text printed on the invoice</source>
        <translation>Text som skrivs ut på fakturan</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/lines_model.py" line="70"/>
        <source>Item</source>
        <translation>Art.nr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/lines_model.py" line="71"/>
        <source>Description</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/lines_model.py" line="72"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/lines_model.py" line="73"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/lines_model.py" line="74"/>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/lines_model.py" line="75"/>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/lines_model.py" line="76"/>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/lines_model.py" line="77"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/lines_model.py" line="78"/>
        <source>ROT/RUT work type</source>
        <translation>ROT/RUT-arbete</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/dialog.py" line="115"/>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/dialog.py" line="117"/>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/dialog.py" line="288"/>
        <source>The draft now shows what is saved; make your changes again.</source>
        <translation>Utkastet visar nu det som är sparat; gör dina ändringar igen.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/document_actions.py" line="137"/>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/dialog.py" line="316"/>
        <location filename="../../src/kundbok/ui/invoice_editor/questions.py" line="41"/>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/questions.py" line="15"/>
        <source>Issue invoice</source>
        <translation>Utfärda faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/document_actions.py" line="121"/>
        <source>Mark paid</source>
        <translation>Markera betald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="117"/>
        <location filename="../../src/kundbok/ui/invoice_editor/dialog.py" line="168"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/questions.py" line="53"/>
        <source>Passive customer</source>
        <translation>Passiv kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/questions.py" line="54"/>
        <source>{name} is passive. Invoice the customer anyway?</source>
        <translation>{name} är passiv. Fakturera kunden ändå?</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/totals.py" line="18"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/totals.py" line="21"/>
        <source>VAT {rate} %</source>
        <translation>Moms {rate} %</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/totals.py" line="29"/>
        <source>Rounding</source>
        <translation>Öresutjämning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/totals.py" line="32"/>
        <source>Tax reduction</source>
        <translation>Skattereduktion</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/totals.py" line="38"/>
        <source>Total to pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="110"/>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="112"/>
        <source>New invoice (draft)</source>
        <translation>Ny faktura (utkast)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/action_bar.py" line="115"/>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/dialog.py" line="285"/>
        <location filename="../../src/kundbok/ui/invoice_editor/document_actions.py" line="57"/>
        <location filename="../../src/kundbok/ui/invoice_editor/output.py" line="36"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/questions.py" line="16"/>
        <source>Issue the invoice? It gets the next number and can then only be corrected with a credit note.</source>
        <translation>Utfärda fakturan? Den får nästa nummer och kan sedan bara rättas med en kreditfaktura.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/output.py" line="22"/>
        <source>Save invoice as PDF</source>
        <translation>Spara fakturan som PDF</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/output.py" line="24"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/output.py" line="47"/>
        <location filename="../../src/kundbok/ui/invoice_editor/output.py" line="58"/>
        <source>Not printed</source>
        <translation>Inte utskriven</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/document_actions.py" line="107"/>
        <location filename="../../src/kundbok/ui/invoice_editor/questions.py" line="29"/>
        <source>Credit invoice</source>
        <translation>Kreditera faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/questions.py" line="30"/>
        <source>Make a credit note for the whole of invoice {number}?</source>
        <translation>Skapa en kreditfaktura för hela faktura {number}?</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/questions.py" line="42"/>
        <source>Delete this draft invoice? This cannot be undone.</source>
        <translation>Ta bort fakturautkastet? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/questions.py" line="65"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/questions.py" line="66"/>
        <source>The invoice has changes that are not saved. Save the draft?</source>
        <translation>Fakturan har ändringar som inte är sparade. Spara utkastet?</translation>
    </message>
</context>
<context>
    <name>InvoiceHeader</name>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="48"/>
        <source>Type to find the customer…</source>
        <translation>Skriv för att hitta kunden…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="74"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="86"/>
        <source>For e-invoices (from the card)</source>
        <translation>För e-faktura (från kundkortet)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="89"/>
        <source>No ROT/RUT</source>
        <translation>Ingen ROT/RUT</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="90"/>
        <source>ROT deduction</source>
        <translation>ROT-avdrag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="91"/>
        <source>RUT deduction</source>
        <translation>RUT-avdrag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="95"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="97"/>
        <source>Invoice address</source>
        <translation>Fakturaadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="100"/>
        <source>Delivery date</source>
        <translation>Leveransdatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="102"/>
        <source>Terms</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="106"/>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="109"/>
        <source>Our reference</source>
        <translation>Vår referens</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="112"/>
        <source>Your reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="115"/>
        <source>Buyer reference</source>
        <translation>Referenskod</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="117"/>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/header.py" line="205"/>
        <source>due {date}</source>
        <translation>förfaller {date}</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="52"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="53"/>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="54"/>
        <source>Unpaid</source>
        <translation>Obetalda</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="55"/>
        <source>Overdue</source>
        <translation>Förfallna</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="56"/>
        <source>Partly paid</source>
        <translation>Delbetalda</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="57"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="58"/>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="67"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="68"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="69"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="70"/>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="71"/>
        <source>Due date</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="72"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="74"/>
        <source>E-mailed</source>
        <translation>E-postad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="85"/>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="257"/>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="90"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="94"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="96"/>
        <source>Print the selected invoices in one job</source>
        <translation>Skriv ut de markerade fakturorna i ett jobb</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="99"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="103"/>
        <source>ROT/RUT decision…</source>
        <translation>ROT/RUT-beslut…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="106"/>
        <source>Enter what Skatteverket paid or refused for the invoice&apos;s ROT/RUT claim</source>
        <translation>För in vad Skatteverket betalade ut eller avslog för fakturans ROT/RUT-begäran</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="110"/>
        <source>Send unsent</source>
        <translation>Skicka osända</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="114"/>
        <source>Export e-invoice…</source>
        <translation>Exportera e-faktura…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="126"/>
        <source>Customer: {name}</source>
        <translation>Kund: {name}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="135"/>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="135"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="144"/>
        <source>Unsent</source>
        <translation>Osänd</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_list.py" line="211"/>
        <source>Not printed</source>
        <translation>Inte utskriven</translation>
    </message>
</context>
<context>
    <name>InvoicePreviewPane</name>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/preview_pane.py" line="192"/>
        <source>The preview could not be made; the log says why.</source>
        <translation>Förhandsvisningen kunde inte göras; loggen säger varför.</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/invoices_tab.py" line="32"/>
        <source>No invoices yet.</source>
        <translation>Inga fakturor ännu.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/invoices_tab.py" line="39"/>
        <source>Balance (unpaid invoices): {amount} kr</source>
        <translation>Saldo (obetalda fakturor): {amount} kr</translation>
    </message>
</context>
<context>
    <name>MadeRemindersPage</name>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="53"/>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="54"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="55"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="56"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="57"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="58"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="59"/>
        <source>E-mailed</source>
        <translation>E-postad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="63"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="65"/>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="67"/>
        <source>E-mail again…</source>
        <translation>E-posta igen…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="84"/>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="108"/>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="116"/>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="138"/>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="145"/>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="108"/>
        <source>Select a reminder.</source>
        <translation>Välj en påminnelse.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="129"/>
        <source>Save reminder as PDF</source>
        <translation>Spara påminnelse som PDF</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="129"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="148"/>
        <source>E-mail reminder again</source>
        <translation>E-posta påminnelse igen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="149"/>
        <source>Send reminder {number} again to:</source>
        <translation>Skicka påminnelse {number} igen till:</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/made_reminders_page.py" line="174"/>
        <source>Sent to {address}.</source>
        <translation>Skickad till {address}.</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="39"/>
        <source>Mail server (SMTP)</source>
        <translation>E-postserver (SMTP)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="42"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="43"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="44"/>
        <source>None (unencrypted)</source>
        <translation>Ingen (okrypterad)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="48"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="53"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="56"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="60"/>
        <source>Saved; type to change</source>
        <translation>Sparat; skriv för att ändra</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="61"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="63"/>
        <source>Sender name</source>
        <translation>Avsändarnamn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="65"/>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="67"/>
        <source>Reply to</source>
        <translation>Svarsadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="68"/>
        <source>Send a copy to me</source>
        <translation>Skicka en kopia till mig</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="72"/>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="135"/>
        <source>Test connection</source>
        <translation>Testa anslutning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="107"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="117"/>
        <source>Connection failed</source>
        <translation>Anslutningen misslyckades</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/mail_settings_page.py" line="136"/>
        <source>The connection to {host} works.</source>
        <translation>Anslutningen till {host} fungerar.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="59"/>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="65"/>
        <source>Edit customer</source>
        <translation>Redigera kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="69"/>
        <source>Deactivate selected customers</source>
        <translation>Inaktivera valda kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="75"/>
        <source>Activate selected customers</source>
        <translation>Aktivera valda kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="81"/>
        <source>Create invoice for customer</source>
        <translation>Skapa faktura för kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="87"/>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="94"/>
        <source>Export selected customers to vCard file</source>
        <translation>Exportera valda kunder till vCard-fil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="99"/>
        <source>Import vCard file…</source>
        <translation>Importera vCard-fil…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="103"/>
        <source>Import customers from file…</source>
        <translation>Importera kunder från fil…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="109"/>
        <source>Export selected customers…</source>
        <translation>Exportera valda kunder…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="115"/>
        <source>Import payments…</source>
        <translation>Importera inbetalningar…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="120"/>
        <source>Articles…</source>
        <translation>Artiklar…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="123"/>
        <source>Overdue invoices…</source>
        <translation>Förfallna fakturor…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="126"/>
        <source>Customer ledger…</source>
        <translation>Kundreskontra…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="130"/>
        <source>Request ROT/RUT payment…</source>
        <translation>Begär utbetalning ROT/RUT…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="136"/>
        <source>Customer groups…</source>
        <translation>Kundgrupper…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="142"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="149"/>
        <source>Company details…</source>
        <translation>Företagsuppgifter…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="155"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="160"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Ny kund (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="161"/>
        <source>Export vCard</source>
        <translation>Exportera vCard</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="165"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="176"/>
        <source>&amp;Customers</source>
        <translation>&amp;Kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="186"/>
        <source>&amp;Invoicing</source>
        <translation>&amp;Fakturering</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_actions.py" line="196"/>
        <source>Quick actions</source>
        <translation>Snabbval</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="58"/>
        <source>Opening the customer register…</source>
        <translation>Öppnar kundregistret…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="133"/>
        <source>Waiting for an import to finish…</source>
        <translation>Väntar på att en import ska bli klar…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="151"/>
        <source>Search: name, number, org. no., contact, e-mail, phone, city…</source>
        <translation>Sök: namn, nummer, org.nr, kontakt, e-post, telefon, ort…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="154"/>
        <source>Show passive</source>
        <translation>Visa passiva</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="167"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="171"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="290"/>
        <source>Deactivate customers</source>
        <translation>Inaktivera kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/main_window.py" line="292"/>
        <source>Make {count} customer(s) passive ({names})? They keep their history and are shown again with “Show passive”.</source>
        <translation>Göra {count} kund(er) passiva ({names})? De behåller sin historik och visas igen med ”Visa passiva”.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/notes_tab.py" line="23"/>
        <source>Insert date and time</source>
        <translation>Infoga datum och tid</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="44"/>
        <source>Register payment</source>
        <translation>Registrera betalning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="46"/>
        <source>Bankgiro</source>
        <translation>Bankgiro</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="47"/>
        <source>Plusgiro</source>
        <translation>Plusgiro</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="48"/>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="49"/>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="50"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="51"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="62"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="63"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="64"/>
        <source>Method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="65"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="67"/>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="142"/>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="148"/>
        <source>Reverse payment</source>
        <translation>Återför betalning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="84"/>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="97"/>
        <source>{date}  {amount} kr  {method}</source>
        <translation>{date}  {amount} kr  {method}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="103"/>
        <source>(reversed)</source>
        <translation>(återförd)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="119"/>
        <source>Enter the amount received.</source>
        <translation>Ange det mottagna beloppet.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/payment_dialog.py" line="142"/>
        <source>Reverse the chosen payment?</source>
        <translation>Återföra den valda betalningen?</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="42"/>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="122"/>
        <source>Import payments</source>
        <translation>Importera inbetalningar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="44"/>
        <source>Matched by OCR</source>
        <translation>Matchad via OCR</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="45"/>
        <source>Suggested: invoice number</source>
        <translation>Förslag: fakturanummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="46"/>
        <source>Suggested: OCR in the message</source>
        <translation>Förslag: OCR i meddelandet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="47"/>
        <source>Suggested: amount and name</source>
        <translation>Förslag: belopp och namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="48"/>
        <source>Unmatched</source>
        <translation>Ej matchad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="49"/>
        <source>Imported before</source>
        <translation>Importerad tidigare</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="52"/>
        <source>{matched} matched, {suggested} suggested, {unmatched} unmatched, {seen} seen before</source>
        <translation>{matched} matchade, {suggested} förslag, {unmatched} ej matchade, {seen} sedda tidigare</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="62"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="62"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="62"/>
        <source>Payer</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="62"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="69"/>
        <source>Book payments</source>
        <translation>Bokför betalningar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/payment_import_dialog.py" line="123"/>
        <source>Bank files (*.xml *.txt *.dat);;All files (*)</source>
        <translation>Bankfiler (*.xml *.txt *.dat);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/printing.py" line="158"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
</context>
<context>
    <name>PreviewSplitter</name>
    <message>
        <location filename="../../src/kundbok/ui/invoice_editor/preview_pane.py" line="235"/>
        <source>Invoice preview</source>
        <translation>Förhandsvisning</translation>
    </message>
</context>
<context>
    <name>ReceivablesView</name>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="96"/>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="199"/>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="219"/>
        <source>Customer ledger</source>
        <translation>Kundreskontra</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="103"/>
        <source>Not yet due</source>
        <translation>Ej förfallet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="104"/>
        <source>1–30 days</source>
        <translation>1–30 dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="105"/>
        <source>31–60 days</source>
        <translation>31–60 dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="106"/>
        <source>61–90 days</source>
        <translation>61–90 dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="107"/>
        <source>Over 90 days</source>
        <translation>Över 90 dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="111"/>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="244"/>
        <source>Receivables by age</source>
        <translation>Kundfordringar efter ålder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="112"/>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="242"/>
        <source>Sales per customer</source>
        <translation>Försäljning per kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="113"/>
        <source>Export to CSV…</source>
        <translation>Exportera till CSV…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="116"/>
        <source>Print preview…</source>
        <translation>Förhandsgranska…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="119"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="122"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="138"/>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="170"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="138"/>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="174"/>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="207"/>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="227"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="143"/>
        <source>Aged on</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="171"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="172"/>
        <source>Excl. VAT</source>
        <translation>Exkl. moms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="173"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="180"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="182"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="210"/>
        <source>Open in total: {amount}</source>
        <translation>Öppet totalt: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="238"/>
        <source>{first} to {last}</source>
        <translation>{first} till {last}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="243"/>
        <source>Aged on {day}</source>
        <translation>Per {day}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="251"/>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="266"/>
        <source>Export to CSV</source>
        <translation>Exportera till CSV</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="253"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/receivables_view.py" line="267"/>
        <source>The file could not be written: {reason}</source>
        <translation>Filen kunde inte skrivas: {reason}</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="36"/>
        <source>Send invoice {number} by e-mail</source>
        <translation>Skicka faktura {number} med e-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="42"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="46"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPage</name>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="53"/>
        <source>At most 60 kr, and only when agreed with the customer before the debt arose.</source>
        <translation>Högst 60 kr, och bara om det avtalats med kunden innan skulden uppstod.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="55"/>
        <source>Reminder fee (kr, 0 = none)</source>
        <translation>Påminnelseavgift (kr, 0 = ingen)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="57"/>
        <source>Charge business customers förseningsersättning (450 kr once per invoice)</source>
        <translation>Ta ut förseningsersättning av företagskunder (450 kr en gång per faktura)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="66"/>
        <source>Interest: points over the reference rate</source>
        <translation>Ränta: procentenheter över referensräntan</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="70"/>
        <source>none: reference rate plus the points</source>
        <translation>ingen: referensräntan plus procentenheterna</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="71"/>
        <source>Agreed fixed interest (% a year)</source>
        <translation>Avtalad fast ränta (% per år)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="75"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="77"/>
        <source>A reminder is to be paid within</source>
        <translation>En påminnelse ska betalas inom</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="79"/>
        <source>Account for reminder fees</source>
        <translation>Konto för påminnelseavgifter</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="83"/>
        <source>Account for förseningsersättning</source>
        <translation>Konto för förseningsersättning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="87"/>
        <source>Account for interest</source>
        <translation>Konto för dröjsmålsränta</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="91"/>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="91"/>
        <source>Reference rate %</source>
        <translation>Referensränta %</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="98"/>
        <source>Add rate</source>
        <translation>Lägg till ränta</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="101"/>
        <source>Remove rate</source>
        <translation>Ta bort ränta</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="110"/>
        <source>Riksbank reference rates (räntelagen 9 §)</source>
        <translation>Riksbankens referensräntor (räntelagen 9 §)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="164"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="63"/>
        <source>Overdue invoices</source>
        <translation>Förfallna fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="75"/>
        <source>Reminder date</source>
        <translation>Påminnelsedatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="83"/>
        <source>Customer no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="84"/>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="109"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="85"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="86"/>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="87"/>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="112"/>
        <source>Days late</source>
        <translation>Dagar sen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="88"/>
        <source>Overdue</source>
        <translation>Förfallet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="89"/>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="90"/>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="115"/>
        <source>Compensation</source>
        <translation>Förseningsersättning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="91"/>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="113"/>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="92"/>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="116"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="93"/>
        <source>Sent by</source>
        <translation>Skickas med</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="96"/>
        <source>Send reminder</source>
        <translation>Skicka påminnelse</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="99"/>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="108"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="110"/>
        <source>Due</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="111"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="114"/>
        <source>Reminder fees</source>
        <translation>Påminnelseavgifter</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="119"/>
        <source>Create interest invoice</source>
        <translation>Skapa räntefaktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="127"/>
        <source>To remind</source>
        <translation>Att påminna</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="128"/>
        <source>Paid late</source>
        <translation>Betalda för sent</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="129"/>
        <source>Reminders made</source>
        <translation>Skickade påminnelser</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="161"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="161"/>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="210"/>
        <source>Invoice {number}: {open} open, {days} days late, interest {interest}, compensation {compensation}</source>
        <translation>Faktura {number}: {open} kvar, {days} dagar sen, ränta {interest}, förseningsersättning {compensation}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="229"/>
        <source>Select the customers to remind.</source>
        <translation>Markera de kunder som ska påminnas.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="276"/>
        <source>{sent} of {total} reminders sent by e-mail.</source>
        <translation>{sent} av {total} påminnelser skickade med e-post.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="281"/>
        <source>{customer}: {reason}</source>
        <translation>{customer}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="294"/>
        <source>Save reminders as PDF</source>
        <translation>Spara påminnelser som PDF</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="314"/>
        <source>Saved:
{files}</source>
        <translation>Sparat:
{files}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="322"/>
        <source>Select the invoices paid late.</source>
        <translation>Markera de fakturor som betalats för sent.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminders_dialog.py" line="341"/>
        <source>Interest invoices issued: {numbers}</source>
        <translation>Räntefakturor utfärdade: {numbers}</translation>
    </message>
</context>
<context>
    <name>RotRutClaimDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="46"/>
        <source>Request ROT/RUT payment</source>
        <translation>Begär utbetalning ROT/RUT</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="64"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="65"/>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="66"/>
        <source>Payment date</source>
        <translation>Betalningsdatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="67"/>
        <source>Price for the work</source>
        <translation>Pris för arbetet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="68"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="69"/>
        <source>Requested</source>
        <translation>Begärt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="70"/>
        <source>Work (hours, material)</source>
        <translation>Arbete (timmar, material)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="71"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="77"/>
        <source>Save XML…</source>
        <translation>Spara XML…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="84"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="86"/>
        <source>Payment year</source>
        <translation>Betalningsår</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="118"/>
        <source>No paid invoices of {year} are waiting to be claimed.</source>
        <translation>Inga betalda fakturor från {year} väntar på att begäras.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="122"/>
        <source>{count} cases, {requested} kr requested; to send by {deadline}.</source>
        <translation>{count} ärenden, {requested} kr begärt; skickas senast {deadline}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="128"/>
        <source>{failing} cases fail a check: correct them first.</source>
        <translation>{failing} ärenden klarar inte en kontroll: rätta dem först.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="147"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="163"/>
        <source>Save claim</source>
        <translation>Spara begäran</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="163"/>
        <source>XML files (*.xml)</source>
        <translation>XML-filer (*.xml)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="169"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_claim_dialog.py" line="177"/>
        <source>Saved for Skatteverket&apos;s e-service:
{files}</source>
        <translation>Sparad för Skatteverkets e-tjänst:
{files}</translation>
    </message>
</context>
<context>
    <name>RotRutDecisionDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_decision_dialog.py" line="37"/>
        <location filename="../../src/kundbok/ui/rot_rut_decision_dialog.py" line="95"/>
        <source>Skatteverket&apos;s ROT/RUT decision</source>
        <translation>Skatteverkets ROT/RUT-beslut</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_decision_dialog.py" line="41"/>
        <source>Claimed {date} in {file}</source>
        <translation>Begärd {date} i {file}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_decision_dialog.py" line="45"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_decision_dialog.py" line="48"/>
        <source>Refused</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_decision_dialog.py" line="62"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_decision_dialog.py" line="64"/>
        <source>Deduction claimed</source>
        <translation>Begärt skatteavdrag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_decision_dialog.py" line="67"/>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_decision_dialog.py" line="79"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_decision_dialog.py" line="96"/>
        <source>The ROT/RUT part of this invoice has not been claimed yet.</source>
        <translation>Fakturans ROT/RUT-del har inte begärts än.</translation>
    </message>
</context>
<context>
    <name>RotRutReminder</name>
    <message>
        <location filename="../../src/kundbok/ui/rot_rut_reminder.py" line="18"/>
        <source>{count} paid ROT/RUT invoices of {year} not yet claimed: send by 31 January. &lt;a href=&quot;claim&quot;&gt;Request payment…&lt;/a&gt;</source>
        <translation>{count} betalda ROT/RUT-fakturor från {year} är inte begärda: skicka senast 31 januari. &lt;a href=&quot;claim&quot;&gt;Begär utbetalning…&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>RotRutTab</name>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/rot_rut_tab.py" line="35"/>
        <source>For ROT and RUT work: the buyer&apos;s personal number, and the property designation, or for a housing co-operative its organisation number and the apartment number.</source>
        <translation>För ROT- och RUT-arbeten: köparens personnummer och fastighetsbeteckning, eller för en bostadsrätt föreningens organisationsnummer och lägenhetsnummer.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/rot_rut_tab.py" line="44"/>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/rot_rut_tab.py" line="45"/>
        <source>Property designation</source>
        <translation>Fastighetsbeteckning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/rot_rut_tab.py" line="46"/>
        <source>Housing co-operative org. no.</source>
        <translation>Bostadsrättsföreningens org.nr</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/customer_card/rot_rut_tab.py" line="47"/>
        <source>Apartment number</source>
        <translation>Lägenhetsnummer</translation>
    </message>
</context>
<context>
    <name>SendInvoices</name>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="60"/>
        <source>Mail server password</source>
        <translation>Lösenord till e-postservern</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="61"/>
        <source>Password for {user} on {host}:</source>
        <translation>Lösenord för {user} på {host}:</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="76"/>
        <source>Send by e-mail</source>
        <translation>Skicka med e-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="81"/>
        <source>Invoice {number} has been sent already. Send it again?</source>
        <translation>Faktura {number} är redan skickad. Skicka den igen?</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="113"/>
        <source>Send unsent invoices</source>
        <translation>Skicka osända fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="116"/>
        <source>There are no unsent invoices.</source>
        <translation>Det finns inga osända fakturor.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="123"/>
        <source>Sending invoices…</source>
        <translation>Skickar fakturor…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="124"/>
        <source>Stop</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="152"/>
        <source>Invoice {number}: {reason}</source>
        <translation>Faktura {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/send_invoice_dialog.py" line="158"/>
        <source>{sent} of {total} invoices sent.</source>
        <translation>{sent} av {total} fakturor skickade.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="39"/>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="40"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="41"/>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="42"/>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="43"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="44"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="45"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="46"/>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="145"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="47"/>
        <source>Website</source>
        <translation>Hemsida</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="48"/>
        <source>Bankgiro</source>
        <translation>Bankgiro</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="49"/>
        <source>Plusgiro</source>
        <translation>Plusgiro</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="50"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="51"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="52"/>
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="53"/>
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="63"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="80"/>
        <source>Approved for F-tax (Godkänd för F-skatt)</source>
        <translation>Godkänd för F-skatt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="86"/>
        <source>Choose logo…</source>
        <translation>Välj logotyp…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="90"/>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="176"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="97"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="108"/>
        <source>Fixed once the first customer is saved.</source>
        <translation>Låst när den första kunden har sparats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="115"/>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="116"/>
        <source>Default VAT</source>
        <translation>Standardmoms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="118"/>
        <source>Next customer number</source>
        <translation>Nästa kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="120"/>
        <source>First customer number</source>
        <translation>Första kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="123"/>
        <source>Next invoice number</source>
        <translation>Nästa fakturanummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="129"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="134"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="135"/>
        <source>A new language is used from the next start.</source>
        <translation>Ett nytt språk används från nästa start.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="141"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="142"/>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="143"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="147"/>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="165"/>
        <source>A logo is chosen</source>
        <translation>En logotyp är vald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="165"/>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="169"/>
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="169"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="218"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/settings_dialog.py" line="221"/>
        <source>The settings now show what is saved; make your changes again.</source>
        <translation>Inställningarna visar nu det som är sparat; gör dina ändringar igen.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../src/kundbok/ui/status_line.py" line="46"/>
        <source>The newest {count} invoices</source>
        <translation>De senaste {count} fakturorna</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/status_line.py" line="47"/>
        <source>{count} invoices</source>
        <translation>{count} fakturor</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/status_line.py" line="58"/>
        <source>{shown} of {total} customers</source>
        <translation>{shown} av {total} kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/status_line.py" line="62"/>
        <source>{count} customers</source>
        <translation>{count} kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/status_line.py" line="64"/>
        <source>{count} passive hidden</source>
        <translation>{count} passiva dolda</translation>
    </message>
</context>
<context>
    <name>TableExportDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="52"/>
        <source>Export {count} customers</source>
        <translation>Exportera {count} kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="53"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="56"/>
        <source>CSV, UTF-8 (Excel, LibreOffice, other programs)</source>
        <translation>CSV, UTF-8 (Excel, LibreOffice, andra program)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="57"/>
        <source>CSV, Windows-1252 (older programs)</source>
        <translation>CSV, Windows-1252 (äldre program)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="58"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="67"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="68"/>
        <source>All fields</source>
        <translation>Alla fält</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="71"/>
        <source>The columns shown in the list</source>
        <translation>Kolumnerna som visas i listan</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="79"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="129"/>
        <source>Export customers</source>
        <translation>Exportera kunder</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="134"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="136"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_export_dialog.py" line="155"/>
        <source>{count} customers written to {path}</source>
        <translation>{count} kunder sparade i {path}</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="116"/>
        <source>Import customers from {file}</source>
        <translation>Importera kunder från {file}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="125"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="128"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="131"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="134"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="152"/>
        <source>Choose which customer field each column of the file holds. Columns set to “Do not import” are left out. Your choice is remembered for files with the same columns.</source>
        <translation>Välj vilket kundfält varje kolumn i filen innehåller. Kolumner med ”Importera inte” hoppas över. Ditt val sparas till nästa fil med samma kolumner.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="163"/>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="163"/>
        <source>First values</source>
        <translation>Första värdena</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="163"/>
        <source>Customer field</source>
        <translation>Kundfält</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="175"/>
        <source>Do not import</source>
        <translation>Importera inte</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="217"/>
        <source>Two columns hold “{field}”: choose one.</source>
        <translation>Två kolumner innehåller ”{field}”: välj en.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="260"/>
        <source>Leave out the rows with errors and import the others</source>
        <translation>Hoppa över raderna med fel och importera de andra</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="265"/>
        <source>Every duplicate:</source>
        <translation>Alla dubbletter:</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="286"/>
        <source>{rows} rows: new {new}, update {updates}, duplicates {duplicates}, with errors {errors}. Nothing is changed until you choose Import.</source>
        <translation>{rows} rader: nya {new}, uppdateringar {updates}, dubbletter {duplicates}, med fel {errors}. Inget ändras förrän du väljer Importera.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="351"/>
        <source>Import customers from file</source>
        <translation>Importera kunder från fil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="356"/>
        <source>Customer tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Kundtabeller (*.csv *.txt *.tsv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/table_import_dialog.py" line="373"/>
        <source>{created} customers added, {updated} updated, {unchanged} already up to date, {skipped} skipped, {errors} rows with errors left out.</source>
        <translation>{created} kunder tillagda, {updated} uppdaterade, {unchanged} redan aktuella, {skipped} överhoppade, {errors} rader med fel utelämnade.</translation>
    </message>
</context>
<context>
    <name>WindowOpener</name>
    <message>
        <location filename="../../src/kundbok/ui/window_opener.py" line="46"/>
        <source>Customer</source>
        <translation>Kund</translation>
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
    <name>fields</name>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="33"/>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="46"/>
        <source>Customer type</source>
        <translation>Kundtyp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="51"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="65"/>
        <source>Customer group</source>
        <translation>Kundgrupp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="70"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="85"/>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="90"/>
        <source>Organisation or personal identity number</source>
        <translation>Organisations- eller personnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="104"/>
        <source>VAT number</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="120"/>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="123"/>
        <source>Their reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="138"/>
        <source>Invoice address: c/o</source>
        <translation>Fakturaadress: c/o</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="143"/>
        <source>Invoice address: street</source>
        <translation>Fakturaadress: gatuadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="162"/>
        <source>Invoice address: line 2</source>
        <translation>Fakturaadress: rad 2</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="174"/>
        <source>Invoice address: postcode</source>
        <translation>Fakturaadress: postnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="190"/>
        <source>Invoice address: city</source>
        <translation>Fakturaadress: ort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="195"/>
        <source>Invoice address: region</source>
        <translation>Fakturaadress: region</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="200"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="205"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="210"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="222"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="225"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="242"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="247"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="252"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="257"/>
        <source>Payment terms (days)</source>
        <translation>Betalningsvillkor (dagar)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="270"/>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="275"/>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="280"/>
        <source>Invoice by e-mail</source>
        <translation>Faktura via e-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="289"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="290"/>
        <source>Blocked</source>
        <translation>Spärrad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="293"/>
        <source>Alert text</source>
        <translation>Signaltext</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="298"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="314"/>
        <source>Sales account</source>
        <translation>Försäljningskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="319"/>
        <source>Receivables account</source>
        <translation>Kundfordranskonto</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="324"/>
        <source>Delivery address: name</source>
        <translation>Leveransadress: namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="329"/>
        <source>Delivery address: street</source>
        <translation>Leveransadress: gatuadress</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="340"/>
        <source>Delivery address: line 2</source>
        <translation>Leveransadress: rad 2</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="345"/>
        <source>Delivery address: postcode</source>
        <translation>Leveransadress: postnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="356"/>
        <source>Delivery address: city</source>
        <translation>Leveransadress: ort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="361"/>
        <source>Delivery address: country</source>
        <translation>Leveransadress: land</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="366"/>
        <source>Main contact: name</source>
        <translation>Huvudkontakt: namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="371"/>
        <source>Main contact: phone</source>
        <translation>Huvudkontakt: telefon</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/fields.py" line="376"/>
        <source>Main contact: e-mail</source>
        <translation>Huvudkontakt: e-post</translation>
    </message>
</context>
<context>
    <name>invoice_status</name>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="16"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="17"/>
        <source>Unpaid</source>
        <translation>Obetald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="18"/>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="19"/>
        <source>Partly paid</source>
        <translation>Delbetald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="20"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="21"/>
        <source>Overpaid</source>
        <translation>Överbetald</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="22"/>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="23"/>
        <source>Settled</source>
        <translation>Reglerad</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="24"/>
        <source>Refund due</source>
        <translation>Återbetalas</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="35"/>
        <source>Overdue 1 day</source>
        <translation>Förfallen 1 dag</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="37"/>
        <source>Overdue {days} days</source>
        <translation>Förfallen {days} dagar</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="42"/>
        <source>{status}, {amount} open</source>
        <translation>{status}, {amount} obetalt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="47"/>
        <source>Partly paid, {amount} open</source>
        <translation>Delbetald, {amount} obetalt</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/invoice_status.py" line="51"/>
        <source>Overpaid by {amount}</source>
        <translation>Överbetald med {amount}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/kundbok/services/table_import/reading.py" line="52"/>
        <source>{file} is an old Excel file (.xls): save it as .xlsx or CSV first.</source>
        <translation>{file} är en gammal Excel-fil (.xls): spara den som .xlsx eller CSV först.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/countries.py" line="69"/>
        <location filename="../../src/kundbok/domain/customer.py" line="286"/>
        <source>Unknown country &apos;{country}&apos;.</source>
        <translation>Okänt land &apos;{country}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_export.py" line="55"/>
        <source>Unknown customer field &apos;{field}&apos;.</source>
        <translation>Okänt kundfält &apos;{field}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_export.py" line="74"/>
        <source>Unknown encoding {encoding}.</source>
        <translation>Okänd teckenkodning {encoding}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_export.py" line="87"/>
        <source>Row {row} has the character &apos;{character}&apos;, which Windows-1252 cannot hold; choose UTF-8.</source>
        <translation>Rad {row} innehåller tecknet &apos;{character}&apos;, som Windows-1252 inte kan lagra; välj UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/columns.py" line="50"/>
        <source>No column holds the customer&apos;s name (a column headed Namn or Name is needed).</source>
        <translation>Ingen kolumn innehåller kundens namn (det behövs en kolumn med rubriken Namn eller Name).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/columns.py" line="68"/>
        <source>Unknown customer field &apos;{field}&apos;; the fields are {fields}.</source>
        <translation>Okänt kundfält &apos;{field}&apos;; fälten är {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/columns.py" line="78"/>
        <source>The file has no column headed &apos;{column}&apos;.</source>
        <translation>Filen har ingen kolumn med rubriken &apos;{column}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/planning.py" line="265"/>
        <source>There is no customer group &apos;{value}&apos;; create it under Customers → Customer groups first.</source>
        <translation>Kundgruppen &apos;{value}&apos; finns inte; lägg upp den under Kunder → Kundgrupper först.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/planning.py" line="281"/>
        <source>&apos;{value}&apos; is not a customer number (a whole number from 1); leave the column out to number the customers anew.</source>
        <translation>&apos;{value}&apos; är inget kundnummer (ett heltal från 1); lämna kolumnen utanför för att numrera kunderna på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/planning.py" line="297"/>
        <source>Payment terms &apos;{value}&apos; name no number of days.</source>
        <translation>Betalningsvillkoret &apos;{value}&apos; anger inget antal dagar.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/planning.py" line="310"/>
        <source>&apos;{value}&apos; is not a percentage.</source>
        <translation>&apos;{value}&apos; är ingen procentsats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/planning.py" line="323"/>
        <source>&apos;{value}&apos; is neither yes nor no.</source>
        <translation>&apos;{value}&apos; är varken ja eller nej.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/planning.py" line="333"/>
        <source>Unknown value &apos;{value}&apos;.</source>
        <translation>Okänt värde &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/reading.py" line="44"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Kan inte läsa {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/reading.py" line="103"/>
        <source>{file} is not a text table in a known encoding (UTF-8, UTF-16 or Windows-1252).</source>
        <translation>{file} är ingen texttabell i en känd teckenkodning (UTF-8, UTF-16 eller Windows-1252).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/table_import/reading.py" line="148"/>
        <source>{file} is not a table of customers (CSV or Excel).</source>
        <translation>{file} är ingen tabell med kunder (CSV eller Excel).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/db/migrate.py" line="116"/>
        <source>{destination} is not a backup of a database; it is left as it is. Choose another name for the backup.</source>
        <translation>{destination} är ingen säkerhetskopia av en databas; den lämnas som den är. Välj ett annat namn för säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/db/migrate.py" line="128"/>
        <source>The backup {destination} could not be written: {reason}. An earlier backup there is as it was.</source>
        <translation>Säkerhetskopian {destination} kunde inte skrivas: {reason}. En tidigare säkerhetskopia där är som den var.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/db/migrate.py" line="150"/>
        <source>The database {database} cannot be opened: {reason}</source>
        <translation>Databasen {database} kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="56"/>
        <source>The {what} has the wrong number of digits.</source>
        <translation>Fel antal siffror i {what}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="58"/>
        <source>The {what} has a wrong check digit: a digit is mistyped.</source>
        <translation>Fel kontrollsiffra i {what}: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="62"/>
        <source>The {what} contains an impossible part.</source>
        <translation>En del av {what} är omöjlig.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="64"/>
        <source>The {what} is not written correctly.</source>
        <translation>Formatet på {what} är fel.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="81"/>
        <source>An organisation number has digits only.</source>
        <translation>Ett organisationsnummer består bara av siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="87"/>
        <source>organisation number</source>
        <translation>organisationsnumret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="122"/>
        <source>A personal identity number has digits only.</source>
        <translation>Ett personnummer består bara av siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="129"/>
        <source>A personal identity number has 10 or 12 digits (YYYYMMDD-NNNN).</source>
        <translation>Ett personnummer har 10 eller 12 siffror (ÅÅÅÅMMDD-NNNN).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="141"/>
        <source>The personal identity number does not start with a real date.</source>
        <translation>Personnumret börjar inte med ett riktigt datum.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="148"/>
        <source>The personal identity number has a wrong check digit: a digit is mistyped.</source>
        <translation>Personnumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="209"/>
        <source>A VAT number starts with an EU country code such as SE or DE.</source>
        <translation>Ett momsregistreringsnummer börjar med en EU-landskod som SE eller DE.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="219"/>
        <source>VAT number</source>
        <translation>momsregistreringsnumret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="234"/>
        <source>A postcode has at most 10 characters.</source>
        <translation>Ett postnummer har högst 10 tecken.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="239"/>
        <source>A postcode is made of letters and digits, a space or a hyphen.</source>
        <translation>Ett postnummer består av bokstäver och siffror, mellanslag eller bindestreck.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="250"/>
        <source>A Swedish postcode has five digits, such as 111 22.</source>
        <translation>Ett svenskt postnummer har fem siffror, till exempel 111 22.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="265"/>
        <source>A bankgiro number has 7 or 8 digits.</source>
        <translation>Ett bankgironummer har 7 eller 8 siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="270"/>
        <source>The bankgiro number has a wrong check digit: a digit is mistyped.</source>
        <translation>Bankgironumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="290"/>
        <source>A plusgiro number has 2 to 8 digits.</source>
        <translation>Ett plusgironummer har 2 till 8 siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="295"/>
        <source>The plusgiro number has a wrong check digit: a digit is mistyped.</source>
        <translation>Plusgironumret har fel kontrollsiffra: en siffra är felskriven.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="333"/>
        <source>IBAN</source>
        <translation>IBAN-numret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="348"/>
        <source>BIC</source>
        <translation>BIC-koden</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="357"/>
        <source>A GLN has 13 digits.</source>
        <translation>Ett GLN har 13 siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="361"/>
        <location filename="../../src/kundbok/domain/peppol/participants.py" line="59"/>
        <source>GLN</source>
        <translation>GLN-numret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/identifiers.py" line="372"/>
        <source>&apos;{address}&apos; is not an e-mail address (name@example.se).</source>
        <translation>&apos;{address}&apos; är ingen e-postadress (namn@exempel.se).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/money.py" line="41"/>
        <location filename="../../src/kundbok/domain/money.py" line="45"/>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>&apos;{text}&apos; är inget belopp.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="226"/>
        <location filename="../../src/kundbok/services/invoices.py" line="197"/>
        <location filename="../../src/kundbok/services/reminder_settings.py" line="87"/>
        <location filename="../../src/kundbok/ui/customer_card/accounts_tab.py" line="83"/>
        <source>A percentage must lie between 0 and 100.</source>
        <translation>En procentsats ska ligga mellan 0 och 100.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="176"/>
        <source>A customer needs a name.</source>
        <translation>En kund måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="197"/>
        <source>Unknown currency {currency}.</source>
        <translation>Okänd valuta {currency}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="206"/>
        <location filename="../../src/kundbok/services/reminder_settings.py" line="100"/>
        <source>An account is four digits (BAS).</source>
        <translation>Ett konto har fyra siffror (BAS).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="246"/>
        <source>Unknown customer kind.</source>
        <translation>Okänd kundtyp.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="248"/>
        <location filename="../../src/kundbok/domain/customer_group.py" line="77"/>
        <source>Unknown language.</source>
        <translation>Okänt språk.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="218"/>
        <location filename="../../src/kundbok/services/reminder_settings.py" line="92"/>
        <location filename="../../src/kundbok/services/settings.py" line="127"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Betalningsvillkoret ska vara mellan 0 och 365 dagar.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer.py" line="292"/>
        <source>Unknown address kind.</source>
        <translation>Okänd adresstyp.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customer_files.py" line="71"/>
        <source>&apos;{name}&apos; cannot be a file name: give a name without / \ : * ? &quot; &lt; &gt; |.</source>
        <translation>&apos;{name}&apos; kan inte vara ett filnamn: ange ett namn utan / \ : * ? &quot; &lt; &gt; |.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customer_files.py" line="80"/>
        <source>A file name may be at most {limit} characters.</source>
        <translation>Ett filnamn får vara högst {limit} tecken.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customer_files.py" line="95"/>
        <source>{name} is {size} MB; a file kept on a customer may be at most {limit} MB. Nothing was added.</source>
        <translation>{name} är {size} MB; en fil på en kund får vara högst {limit} MB. Inget lades till.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customer_files.py" line="124"/>
        <location filename="../../src/kundbok/services/customers.py" line="145"/>
        <source>The customer no longer exists.</source>
        <translation>Kunden finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customer_files.py" line="132"/>
        <source>The file is no longer kept on the customer.</source>
        <translation>Filen finns inte längre på kunden.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customers.py" line="227"/>
        <source>There is no customer number {number}.</source>
        <translation>Det finns inget kundnummer {number}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customers.py" line="292"/>
        <source>Customer {number} has invoices and cannot be deleted. Deactivate the customer instead: it is then hidden but keeps its history.</source>
        <translation>Kund {number} har fakturor och kan inte tas bort. Inaktivera kunden i stället: den döljs då men behåller sin historik.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customers.py" line="308"/>
        <source>A customer number must be 1 or more.</source>
        <translation>Ett kundnummer måste vara 1 eller större.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customers.py" line="317"/>
        <location filename="../../src/kundbok/services/customers.py" line="337"/>
        <source>Customer number {number} is already taken.</source>
        <translation>Kundnummer {number} är redan upptaget.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/maintenance.py" line="18"/>
        <source>Only the embedded database is backed up by Kundbok; back up a database server with its own tools (pg_dump).</source>
        <translation>Kundbok säkerhetskopierar bara den inbyggda databasen; säkerhetskopiera en databasserver med dess egna verktyg (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/maintenance.py" line="33"/>
        <source>A backup cannot replace the database itself.</source>
        <translation>En säkerhetskopia kan inte ersätta själva databasen.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/settings.py" line="90"/>
        <source>The database has no company settings: it was not made by Kundbok.</source>
        <translation>Databasen saknar företagsinställningar: den är inte skapad av Kundbok.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/settings.py" line="132"/>
        <source>A number series starts at 1 or more.</source>
        <translation>En nummerserie börjar på 1 eller högre.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/settings.py" line="175"/>
        <source>The first customer number cannot be changed once a customer is saved.</source>
        <translation>Första kundnumret kan inte ändras när en kund har sparats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/settings.py" line="184"/>
        <source>The invoice number series cannot be changed once an invoice is issued.</source>
        <translation>Fakturanummerserien kan inte ändras när en faktura har utfärdats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/articles.py" line="54"/>
        <source>An article needs a number.</source>
        <translation>En artikel måste ha ett nummer.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/articles.py" line="57"/>
        <source>An article needs a description.</source>
        <translation>En artikel måste ha en benämning.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/articles.py" line="63"/>
        <source>Unknown kind of work.</source>
        <translation>Okänd typ av arbete.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/articles.py" line="79"/>
        <source>The article no longer exists.</source>
        <translation>Artikeln finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/articles.py" line="97"/>
        <source>Article number {number} is already taken.</source>
        <translation>Artikelnummer {number} är redan upptaget.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/files.py" line="43"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Filen {path} kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoice_queries.py" line="49"/>
        <source>The invoice no longer exists.</source>
        <translation>Fakturan finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="84"/>
        <source>Invoice {number} is issued and cannot be changed. Correct it with a credit note.</source>
        <translation>Faktura {number} är utfärdad och kan inte ändras. Rätta den med en kreditfaktura.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="95"/>
        <source>Customer {number} ({name}) is blocked: no new invoices.</source>
        <translation>Kund {number} ({name}) är spärrad: inga nya fakturor.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="184"/>
        <source>Line {line} needs a description.</source>
        <translation>Rad {line} saknar benämning.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="190"/>
        <source>Line {line}: VAT is {rates} %.</source>
        <translation>Rad {line}: momsen är {rates} %.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="307"/>
        <source>An invoice needs at least one line.</source>
        <translation>En faktura måste ha minst en rad.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="363"/>
        <source>Only an issued invoice can be credited.</source>
        <translation>Bara en utfärdad faktura kan krediteras.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoices.py" line="418"/>
        <source>Only an issued, unpaid invoice can be marked paid.</source>
        <translation>Bara en utfärdad, obetald faktura kan markeras som betald.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoice_queries.py" line="93"/>
        <source>There is no invoice number {number}.</source>
        <translation>Det finns inget fakturanummer {number}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard.py" line="71"/>
        <source>vCard version {version} is not supported (3.0 or 4.0).</source>
        <translation>vCard version {version} stöds inte (3.0 eller 4.0).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/files.py" line="34"/>
        <source>The file {path} could not be read: {reason}</source>
        <translation>Filen {path} kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard_lines.py" line="41"/>
        <source>card {card}, line {line}: {reason}</source>
        <translation>kort {card}, rad {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard_lines.py" line="53"/>
        <source>{path} is not a vCard file.</source>
        <translation>{path} är ingen vCard-fil.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard_lines.py" line="59"/>
        <source>{path} is larger than {limit} MB and is not read as a vCard file.</source>
        <translation>{path} är större än {limit} MB och läses inte som vCard-fil.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard_lines.py" line="168"/>
        <source>a card begins before the one above ended</source>
        <translation>ett kort börjar innan kortet ovanför har slutat</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard_lines.py" line="184"/>
        <source>text outside a card</source>
        <translation>text utanför ett kort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard_lines.py" line="188"/>
        <source>the card has no END:VCARD</source>
        <translation>kortet saknar END:VCARD</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard.py" line="202"/>
        <source>{path} cannot be imported: card {card}, line {line}: {reason}. Nothing was changed.</source>
        <translation>{path} kan inte importeras: kort {card}, rad {line}: {reason}. Inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard.py" line="330"/>
        <source>Card {card} ({name}) cannot be imported: {reason}</source>
        <translation>Kort {card} ({name}) kan inte importeras: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/db/session.py" line="224"/>
        <source>The database could not be used: {reason}. Nothing was changed.</source>
        <translation>Databasen kunde inte användas: {reason}. Inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/db/revision.py" line="49"/>
        <source>The database {database} was written by a newer version of Kundbok (schema {revision}). This version cannot open it; start the newer version instead. The database was not changed.</source>
        <translation>Databasen {database} är skriven av en nyare version av Kundbok (schema {revision}). Den här versionen kan inte öppna den; starta den nyare versionen i stället. Databasen har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="32"/>
        <source>The BgMax file is damaged at line {line}: {what}.</source>
        <translation>BgMax-filen är skadad på rad {line}: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="48"/>
        <source>no valid payment date</source>
        <translation>betalningsdagen är inte ett giltigt datum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="64"/>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="96"/>
        <source>the amount is not a number</source>
        <translation>beloppet är inte ett tal</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="69"/>
        <source>a payment has no serial number</source>
        <translation>en betalning saknar löpnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="86"/>
        <source>it does not start with a BgMax start record</source>
        <translation>den börjar inte med en BgMax-startpost</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="102"/>
        <source>there are records after the end record</source>
        <translation>det finns poster efter slutposten</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="108"/>
        <source>a section starts before the previous one ended</source>
        <translation>en insättning börjar innan den förra har avslutats</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="116"/>
        <source>a payment record lies outside a section</source>
        <translation>en betalningspost ligger utanför en insättning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="128"/>
        <source>a payment detail comes before any payment</source>
        <translation>en uppgift om en betalning kommer före betalningsposten</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="139"/>
        <source>a deposit record lies outside a section</source>
        <translation>en insättningspost ligger utanför en insättning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="166"/>
        <source>the last section has no deposit record</source>
        <translation>den sista insättningen saknar insättningspost</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="172"/>
        <source>the payment count is not a number</source>
        <translation>antalet betalningar är inte ett tal</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="146"/>
        <source>the deposit does not equal the payments in it</source>
        <translation>insättningen är inte lika med betalningarna i den</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="178"/>
        <source>the number of payments does not match the end record</source>
        <translation>antalet betalningar stämmer inte med slutposten</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="184"/>
        <source>unknown record type</source>
        <translation>okänd posttyp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/bgmax.py" line="186"/>
        <source>the end record is missing</source>
        <translation>slutposten saknas</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/camt054.py" line="52"/>
        <source>The camt.054 file cannot be read: {what}.</source>
        <translation>camt.054-filen kan inte läsas: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/camt054.py" line="62"/>
        <location filename="../../src/kundbok/domain/bank_files/camt054.py" line="64"/>
        <source>an amount is not a number</source>
        <translation>ett belopp är inte ett tal</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/camt054.py" line="76"/>
        <source>an entry has no valid booking date</source>
        <translation>en post saknar giltigt bokföringsdatum</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/camt054.py" line="121"/>
        <source>an entry has no amount</source>
        <translation>en post saknar belopp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/camt054.py" line="134"/>
        <source>a batched transaction has no amount</source>
        <translation>en transaktion i en samlingspost saknar belopp</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/camt054.py" line="158"/>
        <source>The XML file is not an ISO 20022 camt.054 payment notification.</source>
        <translation>XML-filen är ingen avisering om betalningar enligt ISO 20022 camt.054.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/camt054.py" line="165"/>
        <source>the notification is missing</source>
        <translation>aviseringen saknas</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/camt054.py" line="168"/>
        <source>the message has no id</source>
        <translation>meddelandet saknar id</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/reading.py" line="38"/>
        <source>The file is not well-formed XML and cannot be read.</source>
        <translation>Filen är inte korrekt XML och kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/reading.py" line="47"/>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/bank_files/reading.py" line="54"/>
        <source>The file is neither a camt.054 XML file nor a Bankgirot BgMax file.</source>
        <translation>Filen är varken en camt.054-fil (XML) eller en BgMax-fil från Bankgirot.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/late_payment.py" line="84"/>
        <source>No reference rate is known for {day}.</source>
        <translation>Ingen referensränta är känd för {day}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/late_payment.py" line="144"/>
        <source>A reminder fee must lie between 0 and {maximum} kr.</source>
        <translation>En påminnelseavgift måste ligga mellan 0 och {maximum} kr.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/late_payment.py" line="172"/>
        <source>At least one reference rate is needed.</source>
        <translation>Minst en referensränta behövs.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/late_payment.py" line="178"/>
        <source>The reference rate of {day} is given twice.</source>
        <translation>Referensräntan för {day} anges två gånger.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/late_payment.py" line="187"/>
        <source>The reference rate of {day} must lie between −20 and 50 %.</source>
        <translation>Referensräntan för {day} måste ligga mellan −20 och 50 %.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/sie/vouchers.py" line="103"/>
        <source>No {what} account is set for VAT rate {rate} %.</source>
        <translation>Inget konto för {what} är angivet för momssatsen {rate} %.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/sie/vouchers.py" line="116"/>
        <source>sales</source>
        <translation>försäljning</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/sie/vouchers.py" line="121"/>
        <source>output VAT</source>
        <translation>utgående moms</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/sie/writer.py" line="84"/>
        <source>&apos;{account}&apos; is not an account number.</source>
        <translation>&apos;{account}&apos; är inget kontonummer.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/sie/writer.py" line="92"/>
        <source>Voucher {series} {number} ({text}) does not balance: {difference}.</source>
        <translation>Verifikation {series} {number} ({text}) balanserar inte: {difference}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/payment_qr.py" line="111"/>
        <source>A payment code needs an amount to pay.</source>
        <translation>En betalkod kräver ett belopp att betala.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/payment_qr.py" line="151"/>
        <source>A European payment code needs an invoice in euros paid to an IBAN.</source>
        <translation>En europeisk betalkod kräver en faktura i euro som betalas till ett IBAN.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/payment_qr.py" line="159"/>
        <source>A European payment code needs an amount between 0.01 and 999 999 999.99 euros.</source>
        <translation>En europeisk betalkod kräver ett belopp mellan 0,01 och 999 999 999,99 euro.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/payment_qr.py" line="181"/>
        <source>The European payment code would be too long.</source>
        <translation>Den europeiska betalkoden skulle bli för lång.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail.py" line="144"/>
        <source>The message template has an unknown placeholder {{{name}}}; use {placeholders}.</source>
        <translation>Meddelandemallen har en okänd platshållare {{{name}}}; använd {placeholders}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail.py" line="194"/>
        <source>&apos;{address}&apos; is not an e-mail address.</source>
        <translation>&apos;{address}&apos; är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoice_mail.py" line="103"/>
        <source>A draft cannot be sent; issue it first.</source>
        <translation>Ett utkast kan inte skickas; utfärda det först.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoice_mail.py" line="109"/>
        <source>Invoice {number} has no recipient: the customer has no e-mail.</source>
        <translation>Faktura {number} har ingen mottagare: kunden saknar e-postadress.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/invoice_mail.py" line="140"/>
        <location filename="../../src/kundbok/services/mail.py" line="240"/>
        <location filename="../../src/kundbok/services/reminder_mail.py" line="140"/>
        <source>No mail server is set up.</source>
        <translation>Ingen e-postserver är inställd.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail.py" line="254"/>
        <source>The mail server {host} does not offer STARTTLS.</source>
        <translation>E-postservern {host} erbjuder inte STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail.py" line="340"/>
        <source>Sending was stopped before this message.</source>
        <translation>Sändningen avbröts före det här meddelandet.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_errors.py" line="61"/>
        <source>No password is saved for {user} on {host}.</source>
        <translation>Inget lösenord är sparat för {user} på {host}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_errors.py" line="67"/>
        <source>The mail server {host} offers no login here; choose STARTTLS or TLS, or leave the user name empty.</source>
        <translation>E-postservern {host} erbjuder ingen inloggning här; välj STARTTLS eller TLS, eller lämna användarnamnet tomt.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_errors.py" line="81"/>
        <source>The mail server {host} refused the user name {user} or its password.</source>
        <translation>E-postservern {host} godtog inte användarnamnet {user} eller dess lösenord.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_errors.py" line="94"/>
        <source>The mail server {host} cannot take a user name or password with letters outside A–Z.</source>
        <translation>E-postservern {host} kan inte ta emot ett användarnamn eller lösenord med andra bokstäver än A–Z.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_errors.py" line="112"/>
        <source>The mail server {host} did not answer in time.</source>
        <translation>E-postservern {host} svarade inte i tid.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_errors.py" line="117"/>
        <source>No secure connection to the mail server {host}: {reason}</source>
        <translation>Ingen säker anslutning till e-postservern {host}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_errors.py" line="128"/>
        <source>The mail server {host} (port {port}) could not be reached: {reason}</source>
        <translation>E-postservern {host} (port {port}) gick inte att nå: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_errors.py" line="145"/>
        <source>The mail server refused the address {address}: {reason}</source>
        <translation>E-postservern avvisade adressen {address}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_errors.py" line="163"/>
        <source>The mail server refused the sender address {address}: {reason}</source>
        <translation>E-postservern avvisade avsändaradressen {address}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_errors.py" line="173"/>
        <source>The mail server refused the message: {reason}</source>
        <translation>E-postservern avvisade meddelandet: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/printing.py" line="56"/>
        <source>Document {number} could not be read for printing.</source>
        <translation>Dokument {number} gick inte att läsa för utskrift.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/printing.py" line="109"/>
        <source>Page {page} could not be drawn for printing.</source>
        <translation>Sida {page} gick inte att rita upp för utskrift.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/printing.py" line="127"/>
        <source>The printer {printer} could not be started.</source>
        <translation>Skrivaren {printer} gick inte att starta.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/printing.py" line="136"/>
        <source>The printer {printer} stopped the job.</source>
        <translation>Skrivaren {printer} avbröt utskriften.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard_reader.py" line="83"/>
        <source>the address has an unknown country</source>
        <translation>adressen har ett okänt land</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard_reader.py" line="273"/>
        <source>the card has no name (FN)</source>
        <translation>kortet saknar namn (FN)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/vcard_reader.py" line="342"/>
        <source>the file holds no vCard</source>
        <translation>filen innehåller inget vCard</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/db/database_file.py" line="40"/>
        <location filename="../../src/kundbok/db/database_file.py" line="50"/>
        <source>{path} is not a Kundbok database.</source>
        <translation>{path} är ingen Kundbok-databas.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/db/database_file.py" line="46"/>
        <location filename="../../src/kundbok/db/database_file.py" line="55"/>
        <source>There is no database at {path}.</source>
        <translation>Det finns ingen databas på {path}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/db/database_file.py" line="61"/>
        <source>The folder {folder} does not exist; no database was created.</source>
        <translation>Mappen {folder} finns inte; ingen databas skapades.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/invoicing.py" line="62"/>
        <source>{rate} % is not a VAT rate; the rates are {rates} %.</source>
        <translation>{rate} % är ingen momssats; satserna är {rates} %.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="71"/>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="72"/>
        <location filename="../../src/kundbok/domain/limits.py" line="73"/>
        <location filename="../../src/kundbok/domain/limits.py" line="74"/>
        <location filename="../../src/kundbok/domain/limits.py" line="75"/>
        <location filename="../../src/kundbok/domain/limits.py" line="76"/>
        <source>The reference</source>
        <translation>Referensen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="77"/>
        <location filename="../../src/kundbok/domain/limits.py" line="78"/>
        <source>The address</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="79"/>
        <source>The city</source>
        <translation>Orten</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="80"/>
        <source>The description</source>
        <translation>Beskrivningen</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="81"/>
        <source>The invoice text</source>
        <translation>Fakturatexten</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="82"/>
        <source>The notes</source>
        <translation>Anteckningarna</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="83"/>
        <location filename="../../src/kundbok/domain/limits.py" line="84"/>
        <source>The article number</source>
        <translation>Artikelnumret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="85"/>
        <source>The unit</source>
        <translation>Enheten</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="94"/>
        <source>{what} is too long: {length} characters, at most {limit} fit.</source>
        <translation>{what} har {length} tecken; högst {limit} får plats.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/limits.py" line="97"/>
        <source>A text</source>
        <translation>En text</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/conflicts.py" line="37"/>
        <source>{user} changed this record at {when} while you had it open. Nothing was saved: reload it to see their changes, or keep your values and save again.</source>
        <translation>{user} ändrade posten {when} medan du hade den öppen. Inget sparades: läs in den igen för att se ändringarna, eller behåll dina värden och spara igen.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/payments.py" line="123"/>
        <source>Payments can only be registered on an issued invoice.</source>
        <translation>Betalningar kan bara registreras på en utfärdad faktura.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/payments.py" line="128"/>
        <source>A payment must be a positive amount in kronor and öre.</source>
        <translation>En betalning måste vara ett positivt belopp i kronor och öre.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/payments.py" line="133"/>
        <source>Unknown payment method {method}.</source>
        <translation>Okänt betalningssätt {method}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/payments.py" line="208"/>
        <source>The payment no longer exists.</source>
        <translation>Betalningen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/payments.py" line="211"/>
        <source>The payment has already been reversed.</source>
        <translation>Betalningen är redan återförd.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_settings.py" line="45"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>En port är ett tal från 1 till 65535.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/mail_settings.py" line="59"/>
        <source>&apos;{host}&apos; is not a server name.</source>
        <translation>&apos;{host}&apos; är inget servernamn.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/interest_invoices.py" line="190"/>
        <source>Invoice {number} was paid on time and no reminder charged for it: there is nothing to invoice.</source>
        <translation>Faktura {number} betalades i tid och ingen påminnelse tog ut avgift för den: det finns inget att fakturera.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/interest_invoices.py" line="238"/>
        <source>Invoice {number} is itself an interest invoice.</source>
        <translation>Faktura {number} är själv en räntefaktura.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/interest_invoices.py" line="243"/>
        <source>Invoice {number} is not paid: an interest invoice is made once it is paid.</source>
        <translation>Faktura {number} är inte betald: en räntefaktura görs när den är betald.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/interest_invoices.py" line="256"/>
        <source>The interest invoice {interest} of invoice {number} was credited, which waived its interest and fees. To charge them again, make an ordinary invoice.</source>
        <translation>Räntefakturan {interest} för faktura {number} är krediterad, och därmed är dess ränta och avgifter avskrivna. Gör en vanlig faktura för att ta ut dem igen.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/interest_invoices.py" line="266"/>
        <source>Invoice {number} has its interest invoice already: {interest}.</source>
        <translation>Faktura {number} har redan sin räntefaktura: {interest}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/reminder_mail.py" line="101"/>
        <source>Reminder {number} has no recipient: the customer has no e-mail.</source>
        <translation>Påminnelse {number} har ingen mottagare: kunden har ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/reminders.py" line="245"/>
        <source>There is nothing to remind on {day}.</source>
        <translation>Det finns inget att påminna om den {day}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/reminders.py" line="354"/>
        <source>There is no reminder number {number}.</source>
        <translation>Det finns ingen påminnelse nummer {number}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/reminder_settings_page.py" line="137"/>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>&apos;{text}&apos; är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customer_import.py" line="49"/>
        <source>{count} rows of the file have errors; nothing was imported. Correct them, or import the other rows and leave these out.</source>
        <translation>{count} rader i filen har fel; inget importerades. Rätta dem, eller importera de andra raderna och hoppa över dessa.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customer_import.py" line="227"/>
        <source>The customer it matched no longer exists; read the file again.</source>
        <translation>Kunden som raden matchade finns inte längre; läs in filen igen.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customer_import.py" line="236"/>
        <source>Row {row} ({name}) cannot be imported: {reason} Nothing was imported.</source>
        <translation>Rad {row} ({name}) kan inte importeras: {reason} Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/document.py" line="161"/>
        <source>A draft cannot be sent as an e-invoice: issue it first.</source>
        <translation>Ett utkast kan inte skickas som e-faktura: utfärda det först.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/document.py" line="167"/>
        <source>An e-invoice needs your company&apos;s name and organisation number: enter them in the settings.</source>
        <translation>En e-faktura behöver ert företagsnamn och organisationsnummer: fyll i dem under Inställningar.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/document.py" line="180"/>
        <source>An e-invoice needs your VAT number: enter it in the settings.</source>
        <translation>En e-faktura behöver ert momsregistreringsnummer: fyll i det under Inställningar.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/document.py" line="186"/>
        <source>Invoice {number}: {name} has no Peppol participant id. Enter it on the customer card (E-invoice tab).</source>
        <translation>Faktura {number}: {name} har inget Peppol-id. Fyll i det på kundkortet (fliken E-faktura).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/document.py" line="196"/>
        <source>Invoice {number} has neither a buyer reference nor an order reference; Peppol requires one (public buyers give a reference code). Enter the buyer reference on the customer card or the invoice.</source>
        <translation>Faktura {number} har varken referenskod eller ordernummer; Peppol kräver något av dem (offentliga köpare ger en referenskod). Fyll i referenskoden på kundkortet eller fakturan.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/document.py" line="206"/>
        <source>Credit note {number} does not say which invoice it credits.</source>
        <translation>Kreditfaktura {number} anger inte vilken faktura den krediterar.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/participants.py" line="27"/>
        <source>Not a Norwegian organisation number.</source>
        <translation>Inte ett norskt organisationsnummer.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/participants.py" line="36"/>
        <source>Not a Danish CVR number.</source>
        <translation>Inte ett danskt CVR-nummer.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/participants.py" line="56"/>
        <source>Swedish organisation number</source>
        <translation>svenskt organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/participants.py" line="61"/>
        <source>Swedish VAT number</source>
        <translation>svenskt momsregistreringsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/participants.py" line="64"/>
        <source>Norwegian organisation number</source>
        <translation>norskt organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/participants.py" line="65"/>
        <source>Danish CVR number</source>
        <translation>danskt CVR-nummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/peppol/participants.py" line="80"/>
        <source>Choose the Peppol scheme: {schemes}.</source>
        <translation>Välj Peppol-schema: {schemes}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/peppol_export.py" line="117"/>
        <source>There is no folder {folder}.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/peppol_export.py" line="127"/>
        <source>Choose the invoices to export.</source>
        <translation>Välj fakturorna som ska exporteras.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/rot_rut/claim.py" line="120"/>
        <source>The buyer&apos;s personal identity number is missing or not 12 digits.</source>
        <translation>Köparens personnummer saknas eller har inte 12 siffror.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/rot_rut/claim.py" line="131"/>
        <source>The buyer is not 18 or older in {year}.</source>
        <translation>Köparen fyller inte 18 år senast {year}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/rot_rut/claim.py" line="137"/>
        <source>The buyer is the company itself.</source>
        <translation>Köparen är företaget självt.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/rot_rut/claim.py" line="149"/>
        <source>The amount requested ({requested} kr) exceeds the amount paid ({paid} kr).</source>
        <translation>Begärt belopp ({requested} kr) är större än betalt belopp ({paid} kr).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/rot_rut/claim.py" line="161"/>
        <source>Requested plus paid ({total} kr) exceeds the price for the work ({price} kr).</source>
        <translation>Begärt plus betalt ({total} kr) är större än priset för arbetet ({price} kr).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/rot_rut/claim.py" line="171"/>
        <source>The invoice has no tax reduction.</source>
        <translation>Fakturan har inget skatteavdrag.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/rot_rut/claim.py" line="182"/>
        <source>A work type does not belong to this kind of claim.</source>
        <translation>En arbetstyp hör inte till den här sortens begäran.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/rot_rut/claim.py" line="189"/>
        <source>No work type with hours and material: give the labour lines a work type and the unit hours.</source>
        <translation>Ingen arbetstyp med timmar och material: ge arbetsraderna en arbetstyp och enheten timmar.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/rot_rut/claim.py" line="218"/>
        <source>The buyer&apos;s reductions this year ({total} kr) exceed the yearly ceiling ({ceiling} kr).</source>
        <translation>Köparens skatteavdrag i år ({total} kr) överstiger årstaket ({ceiling} kr).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/rot_rut/claim.py" line="248"/>
        <source>The payment date {date} is not in {year}: one year per file.</source>
        <translation>Betalningsdatumet {date} ligger inte i {year}: ett år per fil.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/rot_rut/work_types.py" line="90"/>
        <source>Unknown work type {code}.</source>
        <translation>Okänd arbetstyp {code}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/rot_rut_claims.py" line="65"/>
        <source>{count} problems in the claim: nothing was written.</source>
        <translation>{count} fel i begäran: ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/rot_rut_claims.py" line="74"/>
        <source>The kind of claim is rot or rut.</source>
        <translation>Begäran är rot eller rut.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/rot_rut_claims.py" line="156"/>
        <source>No paid {kind} invoices of {year} to claim.</source>
        <translation>Inga betalda {kind}-fakturor från {year} att begära.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/rot_rut_claims.py" line="225"/>
        <source>Invoice {number} has not been claimed from ROT/RUT.</source>
        <translation>ROT/RUT-delen av faktura {number} har inte begärts.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/rot_rut_claims.py" line="234"/>
        <source>Skatteverket pays between 0 and the deduction ({deduction}).</source>
        <translation>Skatteverket betalar mellan 0 och skatteavdraget ({deduction}).</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/seller.py" line="15"/>
        <source>the company&apos;s name</source>
        <translation>företagets namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/seller.py" line="16"/>
        <source>a postal address (street, postcode and city)</source>
        <translation>en postadress (gatuadress, postnummer och ort)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/seller.py" line="17"/>
        <source>the organisationsnummer</source>
        <translation>organisationsnumret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/seller.py" line="18"/>
        <source>the VAT registration number</source>
        <translation>momsregistreringsnumret</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/seller.py" line="19"/>
        <source>a bankgiro, plusgiro or IBAN account to be paid to</source>
        <translation>ett bankgiro-, plusgiro- eller IBAN-konto att betala till</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/seller.py" line="45"/>
        <source>The invoice cannot be issued before the company settings have {missing}.</source>
        <translation>Fakturan kan inte utfärdas förrän företagsinställningarna har {missing}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/domain/customer_group.py" line="69"/>
        <source>A group needs a name.</source>
        <translation>En grupp behöver ett namn.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customer_groups.py" line="30"/>
        <source>The customer group no longer exists.</source>
        <translation>Kundgruppen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customer_groups.py" line="47"/>
        <source>There is already a group called {name}.</source>
        <translation>Det finns redan en grupp som heter {name}.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/services/customer_groups.py" line="116"/>
        <source>The group {name} has {count} customers and cannot be deleted. Move them to another group first.</source>
        <translation>Gruppen {name} har {count} kunder och kan inte tas bort. Flytta dem till en annan grupp först.</translation>
    </message>
</context>
<context>
    <name>upgrade_notice</name>
    <message>
        <location filename="../../src/kundbok/ui/upgrade_notice.py" line="34"/>
        <source>Updating the database to this version. A backup copy is made first.</source>
        <translation>Databasen uppdateras till den här versionen. En säkerhetskopia tas först.</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="70"/>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="102"/>
        <source>Export to vCard file</source>
        <translation>Exportera till vCard-fil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="71"/>
        <source>{count} of the chosen customers have a personal identity number. Include personal identity numbers in the file? Anyone who gets the file can read them.</source>
        <translation>{count} av de valda kunderna har personnummer. Ska personnumren tas med i filen? Alla som får filen kan läsa dem.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="104"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-filer (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="112"/>
        <source>Writing vCards…</source>
        <translation>Skriver vCard…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="116"/>
        <source>vCard export</source>
        <translation>vCard-export</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="131"/>
        <source>{count} customers written to {path}</source>
        <translation>{count} kunder sparade i {path}</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="145"/>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="229"/>
        <source>Import vCard file</source>
        <translation>Importera vCard-fil</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="147"/>
        <source>{creates} new customers, {updates} updated. Nothing is changed until you choose Import.</source>
        <translation>{creates} nya kunder, {updates} uppdateras. Inget ändras förrän du väljer Importera.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="158"/>
        <source>{count} cards cannot be imported and are left out.</source>
        <translation>{count} kort kan inte importeras och hoppas över.</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="166"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="167"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="168"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="169"/>
        <source>Matches existing customer</source>
        <translation>Liknar befintlig kund</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="175"/>
        <source>same customer (UID)</source>
        <translation>samma kund (UID)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="176"/>
        <source>same customer number</source>
        <translation>samma kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="177"/>
        <source>possible duplicate: same organisation number</source>
        <translation>möjlig dubblett: samma organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="180"/>
        <source>possible duplicate: same personal identity number</source>
        <translation>möjlig dubblett: samma personnummer</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="183"/>
        <source>possible duplicate: same e-mail</source>
        <translation>möjlig dubblett: samma e-post</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="184"/>
        <source>possible duplicate: same name</source>
        <translation>möjlig dubblett: samma namn</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="188"/>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="190"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="199"/>
        <source>Left out</source>
        <translation>Hoppas över</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="210"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="231"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-filer (*.vcf *.vcard);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="239"/>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="264"/>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="278"/>
        <source>vCard import</source>
        <translation>vCard-import</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="259"/>
        <source>Importing vCards…</source>
        <translation>Importerar vCard…</translation>
    </message>
    <message>
        <location filename="../../src/kundbok/ui/vcard_dialogs.py" line="279"/>
        <source>{created} customers added and {updated} updated.</source>
        <translation>{created} kunder tillagda och {updated} uppdaterade.</translation>
    </message>
</context>
</TS>
