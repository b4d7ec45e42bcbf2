<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClerkDate</name>
    <message>
        <source>Enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: type it as 2022-03-04, 2022/3/4, 2022.3.4 or 2022年3月4日.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: township-ledger-cli [--db PATH] COMMAND
Commands:
  init --unit CODE --name NAME [--village CODE:NAME]...
  demo --persons N [--seed S]
  person add --name NAME --id-number ID --village CODE [--phone P] [--household ID]
  person find TEXT
  check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --unit and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each village as CODE:NAME, such as 370285105201:东村; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set up %1 with %n village(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--persons takes a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo township: %1 villages, %2 households, %3 persons, %4 screening visits in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no unit yet: run init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no village with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person find needs the text to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least three digits to search by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is sound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTownship</name>
    <message>
        <source>The demo township needs at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already holds persons: a demo township can only be made in an empty store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township has no villages to fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Township Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township (or sub-district) this office serves. The code is the 12-digit statistical division code, such as 370285105000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages and communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line: the name, or the code and the name. You can paste two columns from Excel. Villages without a code are numbered in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>370285105001 东村
370285105002 西村
南村</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n village(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the township.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Family household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some members away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the household&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the village, group or grid of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of household must be one of its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who made the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the result of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Filter by address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 households: filter by address to find others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No household chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — head: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters; %1 has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number are digits; character %1 of %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of an ID number is a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number %2 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: the number has a typing mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The schema version is %1, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 refers to a missing row of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index holds %1 persons but the store has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit has not been set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Township Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township Ledger — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;demo township…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Township Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate demo township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many persons? Demo data can only be made in an empty store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo township…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Township Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Township Ledger&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ledgers of households, residents and control measures for a township&apos;s epidemic-control office. Works offline; data stays in the store on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Registered resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habitual resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stranded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronically ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other special group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a risk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1990-03-04 or 1990年3月4日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came from (province, city, district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived from a risk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Special group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is longer than 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 contains digits: check that the ID number or phone was not typed into the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 belongs to a %2, but %3 was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 gives the birth date %2, but %3 was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the residence type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a special group from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where the returnee came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the returnee arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the village the person lives in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 is already registered for %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>%1 is not a mobile number: a mobile number has 11 digits and starts with 13 to 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number: enter an 11-digit mobile number, or a landline with its area code, such as 0532-87654321.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionCode</name>
    <message>
        <source>A county code has 12 digits and ends in 000000, such as 370285000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A township code has 12 digits and ends in 000 (but not 000000), such as 370285105000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village code has 12 digits and does not end in 000, such as 370285105201.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village code %1 does not belong to the township %2: its first nine digits must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 must be the code %2 followed by three digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionRepository</name>
    <message>
        <source>A region can only be added under a township, village or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Search name, ID number or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From risk areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least three digits to search by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the register? The deletion is kept in the audit log and reaches the county with the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningCoveragePage</name>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township: %1 of %2 households visited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningVisitDialog</name>
    <message>
        <source>Record screening visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your name, as it should appear in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Township Ledger store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Township Ledger (schema %2, this program knows up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the store to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitSetup</name>
    <message>
        <source>Line %1: the village has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the village %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the code %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one village or community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too many villages for one township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is already set up for a unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the store at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township Ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
