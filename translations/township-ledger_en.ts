<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClerkDate</name>
    <message>
        <source>Enter a date.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 is not a real date.</translation>
    </message>
    <message>
        <source>%1 is not a date: type it as 2022-03-04, 2022/3/4, 2022.3.4 or 2022年3月4日.</source>
        <translation>%1 is not a date: type it as 2022-03-04, 2022/3/4, 2022.3.4 or 2022年3月4日.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Usage: township-ledger-cli [--db PATH] COMMAND
Commands:
  init --unit CODE --name NAME [--village CODE:NAME]...
  demo --persons N [--seed S]
  person add --name NAME --id-number ID --village CODE [--phone P] [--household ID]
  person find TEXT
  check</source>
        <translation>Usage: township-ledger-cli [--db PATH] COMMAND
Commands:
  init --unit CODE --name NAME [--village CODE:NAME]...
  demo --persons N [--seed S]
  person add --name NAME --id-number ID --village CODE [--phone P] [--household ID]
  person find TEXT
  check</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>init needs --unit and --name.</source>
        <translation>init needs --unit and --name.</translation>
    </message>
    <message>
        <source>Write each village as CODE:NAME, such as 370285105201:东村; got %1.</source>
        <translation>Write each village as CODE:NAME, such as 370285105201:东村; got %1.</translation>
    </message>
    <message numerus="yes">
        <source>Set up %1 with %n village(s).</source>
        <translation>
            <numerusform>Set up %1 with %n village.</numerusform>
            <numerusform>Set up %1 with %n villages.</numerusform>
        </translation>
    </message>
    <message>
        <source>--persons takes a positive whole number.</source>
        <translation>--persons takes a positive whole number.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed takes a whole number.</translation>
    </message>
    <message>
        <source>Demo township: %1 villages, %2 households, %3 persons, %4 screening visits in %5 s.</source>
        <translation>Demo township: %1 villages, %2 households, %3 persons, %4 screening visits in %5 s.</translation>
    </message>
    <message>
        <source>The store has no unit yet: run init first.</source>
        <translation>The store has no unit yet: run init first.</translation>
    </message>
    <message>
        <source>There is no village with the code %1.</source>
        <translation>There is no village with the code %1.</translation>
    </message>
    <message>
        <source>person find needs the text to look for.</source>
        <translation>person find needs the text to look for.</translation>
    </message>
    <message>
        <source>Type at least three digits to search by number.</source>
        <translation>Type at least three digits to search by number.</translation>
    </message>
    <message>
        <source>The store is sound.</source>
        <translation>The store is sound.</translation>
    </message>
</context>
<context>
    <name>DemoTownship</name>
    <message>
        <source>The demo township needs at least one person.</source>
        <translation>The demo township needs at least one person.</translation>
    </message>
    <message>
        <source>The store already holds persons: a demo township can only be made in an empty store.</source>
        <translation>The store already holds persons: a demo township can only be made in an empty store.</translation>
    </message>
    <message>
        <source>Grid %1</source>
        <translation>Grid %1</translation>
    </message>
    <message>
        <source>The township has no villages to fill.</source>
        <translation>The township has no villages to fill.</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Cancelled: the store is unchanged.</source>
        <translation>Cancelled: the store is unchanged.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Township Ledger</source>
        <translation>Set up Township Ledger</translation>
    </message>
    <message>
        <source>Your township</source>
        <translation>Your township</translation>
    </message>
    <message>
        <source>The township (or sub-district) this office serves. The code is the 12-digit statistical division code, such as 370285105000.</source>
        <translation>The township (or sub-district) this office serves. The code is the 12-digit statistical division code, such as 370285105000.</translation>
    </message>
    <message>
        <source>Township &amp;name</source>
        <translation>Township &amp;name</translation>
    </message>
    <message>
        <source>Region &amp;code</source>
        <translation>Region &amp;code</translation>
    </message>
    <message>
        <source>Villages and communities</source>
        <translation>Villages and communities</translation>
    </message>
    <message>
        <source>One a line: the name, or the code and the name. You can paste two columns from Excel. Villages without a code are numbered in order.</source>
        <translation>One a line: the name, or the code and the name. You can paste two columns from Excel. Villages without a code are numbered in order.</translation>
    </message>
    <message>
        <source>370285105001 东村
370285105002 西村
南村</source>
        <translation>370285105001 东村
370285105002 西村
南村</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s):</source>
        <translation>
            <numerusform>%n village:</numerusform>
            <numerusform>%n villages:</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Enter the name of the township.</source>
        <translation>Enter the name of the township.</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Where</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Family household</source>
        <translation>Family household</translation>
    </message>
    <message>
        <source>Collective household</source>
        <translation>Collective household</translation>
    </message>
    <message>
        <source>All members present</source>
        <translation>All members present</translation>
    </message>
    <message>
        <source>Some members away</source>
        <translation>Some members away</translation>
    </message>
    <message>
        <source>Nobody at home</source>
        <translation>Nobody at home</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Enter the household&apos;s address.</source>
        <translation>Enter the household&apos;s address.</translation>
    </message>
    <message>
        <source>Choose the village, group or grid of the household.</source>
        <translation>Choose the village, group or grid of the household.</translation>
    </message>
    <message>
        <source>Choose the household type.</source>
        <translation>Choose the household type.</translation>
    </message>
    <message>
        <source>The head of household must be one of its members.</source>
        <translation>The head of household must be one of its members.</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>The household no longer exists.</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>Enter the date of the visit.</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future.</source>
        <translation>The visit date %1 is in the future.</translation>
    </message>
    <message>
        <source>Enter who made the visit.</source>
        <translation>Enter who made the visit.</translation>
    </message>
    <message>
        <source>Choose the result of the visit.</source>
        <translation>Choose the result of the visit.</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Filter by address</source>
        <translation>Filter by address</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>&amp;New household</translation>
    </message>
    <message>
        <source>&amp;Edit household</source>
        <translation>&amp;Edit household</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Add &amp;member</translation>
    </message>
    <message>
        <source>Record &amp;visit</source>
        <translation>Record &amp;visit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Screening visits</source>
        <translation>Screening visits</translation>
    </message>
    <message>
        <source>Showing the first %1 households: filter by address to find others.</source>
        <translation>Showing the first %1 households: filter by address to find others.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message>
        <source>No household chosen</source>
        <translation>No household chosen</translation>
    </message>
    <message>
        <source>%1 — head: %2, %3</source>
        <translation>%1 — head: %2, %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Enter the ID number.</source>
        <translation>Enter the ID number.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; %1 has %2.</source>
        <translation>An ID number has 18 characters; %1 has %2.</translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number are digits; character %1 of %2 is not.</source>
        <translation>The first 17 characters of an ID number are digits; character %1 of %2 is not.</translation>
    </message>
    <message>
        <source>The last character of an ID number is a digit or X.</source>
        <translation>The last character of an ID number is a digit or X.</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number %2 is not a real date.</source>
        <translation>The birth date %1 in the ID number %2 is not a real date.</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number %2 is in the future.</source>
        <translation>The birth date %1 in the ID number %2 is in the future.</translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: the number has a typing mistake.</source>
        <translation>The check digit of %1 is wrong: the number has a typing mistake.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The schema version is %1, expected %2.</source>
        <translation>The schema version is %1, expected %2.</translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation>SQLite reports: %1</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>The integrity check could not run: %1</translation>
    </message>
    <message>
        <source>A row of %1 refers to a missing row of %2.</source>
        <translation>A row of %1 refers to a missing row of %2.</translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation>The search index is damaged: %1</translation>
    </message>
    <message>
        <source>The search index holds %1 persons but the store has %2.</source>
        <translation>The search index holds %1 persons but the store has %2.</translation>
    </message>
    <message>
        <source>The unit has not been set up.</source>
        <translation>The unit has not been set up.</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Township Ledger</source>
        <translation>Township Ledger</translation>
    </message>
    <message>
        <source>Township Ledger — %1</source>
        <translation>Township Ledger — %1</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Screening coverage</source>
        <translation>Screening coverage</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Generate &amp;demo township…</source>
        <translation>Generate &amp;demo township…</translation>
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation>&amp;Check the store</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Township Ledger</source>
        <translation>&amp;About Township Ledger</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Generate demo township</source>
        <translation>Generate demo township</translation>
    </message>
    <message>
        <source>How many persons? Demo data can only be made in an empty store.</source>
        <translation>How many persons? Demo data can only be made in an empty store.</translation>
    </message>
    <message>
        <source>Generating the demo township…</source>
        <translation>Generating the demo township…</translation>
    </message>
    <message>
        <source>Check the store</source>
        <translation>Check the store</translation>
    </message>
    <message>
        <source>The store is sound.</source>
        <translation>The store is sound.</translation>
    </message>
    <message>
        <source>About Township Ledger</source>
        <translation>About Township Ledger</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Township Ledger&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ledgers of households, residents and control measures for a township&apos;s epidemic-control office. Works offline; data stays in the store on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Township Ledger&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ledgers of households, residents and control measures for a township&apos;s epidemic-control office. Works offline; data stays in the store on this computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Registered resident</source>
        <translation>Registered resident</translation>
    </message>
    <message>
        <source>Habitual resident</source>
        <translation>Habitual resident</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <source>Stranded</source>
        <translation>Stranded</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>Elderly living alone</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Chronically ill</source>
        <translation>Chronically ill</translation>
    </message>
    <message>
        <source>Other special group</source>
        <translation>Other special group</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Returnee</translation>
    </message>
    <message>
        <source>From a risk area</source>
        <translation>From a risk area</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>Close contact</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add resident</source>
        <translation>Add resident</translation>
    </message>
    <message>
        <source>Edit resident</source>
        <translation>Edit resident</translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>e.g. 1990-03-04 or 1990年3月4日</source>
        <translation>e.g. 1990-03-04 or 1990年3月4日</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Returnee</translation>
    </message>
    <message>
        <source>Came from (province, city, district)</source>
        <translation>Came from (province, city, district)</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <source>Arrived from a risk area</source>
        <translation>Arrived from a risk area</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>Close contact</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <source>&amp;Residence</source>
        <translation>&amp;Residence</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>&amp;Special group</source>
        <translation>&amp;Special group</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>Birth date: %1</translation>
    </message>
    <message>
        <source>Arrival date: %1</source>
        <translation>Arrival date: %1</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>The name %1 is longer than 40 characters.</source>
        <translation>The name %1 is longer than 40 characters.</translation>
    </message>
    <message>
        <source>The name %1 contains digits: check that the ID number or phone was not typed into the name.</source>
        <translation>The name %1 contains digits: check that the ID number or phone was not typed into the name.</translation>
    </message>
    <message>
        <source>The ID number %1 belongs to a %2, but %3 was entered.</source>
        <translation>The ID number %1 belongs to a %2, but %3 was entered.</translation>
    </message>
    <message>
        <source>The ID number %1 gives the birth date %2, but %3 was entered.</source>
        <translation>The ID number %1 gives the birth date %2, but %3 was entered.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>The birth date %1 is in the future.</translation>
    </message>
    <message>
        <source>Choose the residence type.</source>
        <translation>Choose the residence type.</translation>
    </message>
    <message>
        <source>Choose a special group from the list.</source>
        <translation>Choose a special group from the list.</translation>
    </message>
    <message>
        <source>Enter where the returnee came from.</source>
        <translation>Enter where the returnee came from.</translation>
    </message>
    <message>
        <source>Enter the date the returnee arrived.</source>
        <translation>Enter the date the returnee arrived.</translation>
    </message>
    <message>
        <source>The arrival date %1 is in the future.</source>
        <translation>The arrival date %1 is in the future.</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>The household no longer exists.</translation>
    </message>
    <message>
        <source>Choose the village the person lives in.</source>
        <translation>Choose the village the person lives in.</translation>
    </message>
    <message>
        <source>The ID number %1 is already registered for %2 of %3.</source>
        <translation>The ID number %1 is already registered for %2 of %3.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>%1 is not a mobile number: a mobile number has 11 digits and starts with 13 to 19.</source>
        <translation>%1 is not a mobile number: a mobile number has 11 digits and starts with 13 to 19.</translation>
    </message>
    <message>
        <source>%1 is not a phone number: enter an 11-digit mobile number, or a landline with its area code, such as 0532-87654321.</source>
        <translation>%1 is not a phone number: enter an 11-digit mobile number, or a landline with its area code, such as 0532-87654321.</translation>
    </message>
</context>
<context>
    <name>RegionCode</name>
    <message>
        <source>A county code has 12 digits and ends in 000000, such as 370285000000.</source>
        <translation>A county code has 12 digits and ends in 000000, such as 370285000000.</translation>
    </message>
    <message>
        <source>A township code has 12 digits and ends in 000 (but not 000000), such as 370285105000.</source>
        <translation>A township code has 12 digits and ends in 000 (but not 000000), such as 370285105000.</translation>
    </message>
    <message>
        <source>A village code has 12 digits and does not end in 000, such as 370285105201.</source>
        <translation>A village code has 12 digits and does not end in 000, such as 370285105201.</translation>
    </message>
    <message>
        <source>The village code %1 does not belong to the township %2: its first nine digits must be %3.</source>
        <translation>The village code %1 does not belong to the township %2: its first nine digits must be %3.</translation>
    </message>
    <message>
        <source>The code %1 must be the code %2 followed by three digits.</source>
        <translation>The code %1 must be the code %2 followed by three digits.</translation>
    </message>
</context>
<context>
    <name>RegionRepository</name>
    <message>
        <source>A region can only be added under a township, village or group.</source>
        <translation>A region can only be added under a township, village or group.</translation>
    </message>
    <message>
        <source>The region %1 needs a name.</source>
        <translation>The region %1 needs a name.</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>The code %1 is already used by %2.</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>Village or community</translation>
    </message>
    <message>
        <source>Group or compound</source>
        <translation>Group or compound</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>&amp;Add below the selected region…</source>
        <translation>&amp;Add below the selected region…</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>Add region</translation>
    </message>
    <message>
        <source>Name of the new %1 under %2:</source>
        <translation>Name of the new %1 under %2:</translation>
    </message>
    <message>
        <source>Region code:</source>
        <translation>Region code:</translation>
    </message>
</context>
<context>
    <name>ResidentsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Search name, ID number or phone (Ctrl+F)</source>
        <translation>Search name, ID number or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Returnees</translation>
    </message>
    <message>
        <source>From risk areas</source>
        <translation>From risk areas</translation>
    </message>
    <message>
        <source>Close contacts</source>
        <translation>Close contacts</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <source>&amp;Add resident</source>
        <translation>&amp;Add resident</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Type at least three digits to search by number.</source>
        <translation>Type at least three digits to search by number.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit resident</source>
        <translation>Edit resident</translation>
    </message>
    <message>
        <source>This person has been deleted meanwhile.</source>
        <translation>This person has been deleted meanwhile.</translation>
    </message>
    <message>
        <source>Delete resident</source>
        <translation>Delete resident</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the register? The deletion is kept in the audit log and reaches the county with the next bundle.</source>
        <translation>Delete %1 (%2) from the register? The deletion is kept in the audit log and reaches the county with the next bundle.</translation>
    </message>
    <message>
        <source>More than %1 persons: type more to narrow the search.</source>
        <translation>More than %1 persons: type more to narrow the search.</translation>
    </message>
</context>
<context>
    <name>ScreeningCoveragePage</name>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Visits since</source>
        <translation>Visits since</translation>
    </message>
    <message>
        <source>Township: %1 of %2 households visited</source>
        <translation>Township: %1 of %2 households visited</translation>
    </message>
</context>
<context>
    <name>ScreeningVisitDialog</name>
    <message>
        <source>Record screening visit</source>
        <translation>Record screening visit</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Visited by</source>
        <translation>&amp;Visited by</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your name, as it should appear in the audit log</source>
        <translation>Your name, as it should appear in the audit log</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Instance ID</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Store file</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>The new language is used from the next start of the program.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation>Cannot update the search index: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Cannot open the store %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Township Ledger store.</source>
        <translation>The file %1 is not a Township Ledger store.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Township Ledger (schema %2, this program knows up to %3). Install the newer version to open it.</source>
        <translation>The store %1 was written by a newer version of Township Ledger (schema %2, this program knows up to %3). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>Cannot upgrade the store: %1</source>
        <translation>Cannot upgrade the store: %1</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>Migration %1 is missing.</translation>
    </message>
    <message>
        <source>Cannot upgrade the store to schema %1: %2</source>
        <translation>Cannot upgrade the store to schema %1: %2</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>The record no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>Cannot start a change: %1</source>
        <translation>Cannot start a change: %1</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>Cannot save the change: %1</translation>
    </message>
</context>
<context>
    <name>UnitSetup</name>
    <message>
        <source>Line %1: the village has no name.</source>
        <translation>Line %1: the village has no name.</translation>
    </message>
    <message>
        <source>Line %1: the village %2 is listed twice.</source>
        <translation>Line %1: the village %2 is listed twice.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the code %2 is listed twice.</source>
        <translation>Line %1: the code %2 is listed twice.</translation>
    </message>
    <message>
        <source>List at least one village or community.</source>
        <translation>List at least one village or community.</translation>
    </message>
    <message>
        <source>There are too many villages for one township.</source>
        <translation>There are too many villages for one township.</translation>
    </message>
    <message>
        <source>Enter the name of the township.</source>
        <translation>Enter the name of the township.</translation>
    </message>
    <message>
        <source>This store is already set up for a unit.</source>
        <translation>This store is already set up for a unit.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the store at PATH.</source>
        <translation>Open the store at PATH.</translation>
    </message>
    <message>
        <source>Township Ledger</source>
        <translation>Township Ledger</translation>
    </message>
</context>
</TS>
