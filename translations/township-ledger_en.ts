<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditExport</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Columns changed</source>
        <translation>Columns changed</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Number in its trail</source>
        <translation>Number in its trail</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Audit trail of %1 (%2)</source>
        <translation>Audit trail of %1 (%2)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Columns changed</source>
        <translation>Columns changed</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Entry %1 of installation %2</source>
        <translation>Entry %1 of installation %2</translation>
    </message>
    <message>
        <source>Entry of installation %1, from before the trail was chained</source>
        <translation>Entry of installation %1, from before the trail was chained</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>A record&apos;s number, or its beginning</source>
        <translation>A record&apos;s number, or its beginning</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Any day</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Of</source>
        <translation>&amp;Of</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>The first day is after the last.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Checking the trail…</source>
        <translation>Checking the trail…</translation>
    </message>
    <message>
        <source>The trail of every installation is whole: no entry was changed, removed, put in or moved.</source>
        <translation>The trail of every installation is whole: no entry was changed, removed, put in or moved.</translation>
    </message>
    <message>
        <source>Audit trail_%1.xlsx</source>
        <translation>Audit trail_%1.xlsx</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Exporting the audit trail…</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Exported full data</source>
        <translation>Exported full data</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <source>records of %1</source>
        <translation>records of %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>All entries</translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message>
        <source>Cannot make the bundle: %1</source>
        <translation>Cannot make the bundle: %1</translation>
    </message>
    <message>
        <source>Collecting %1</source>
        <translation>Collecting %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>The recipient&apos;s key is not trusted here; add its key file first.</source>
        <translation>The recipient&apos;s key is not trusted here; add its key file first.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is already in the folder; move it away or choose another folder.</source>
        <translation>%1 is already in the folder; move it away or choose another folder.</translation>
    </message>
    <message>
        <source>Cannot make a working folder beside the store.</source>
        <translation>Cannot make a working folder beside the store.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Encrypting</translation>
    </message>
    <message>
        <source>Cannot write %1; is the stick full or pulled out?</source>
        <translation>Cannot write %1; is the stick full or pulled out?</translation>
    </message>
    <message>
        <source>Cannot name the bundle %1.</source>
        <translation>Cannot name the bundle %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <source>The file is not a bundle, or it is cut short (was the stick pulled out while it was written?).</source>
        <translation>The file is not a bundle, or it is cut short (was the stick pulled out while it was written?).</translation>
    </message>
    <message>
        <source>The bundle holds an entry named &quot;%1&quot;, which points outside its folder; it is refused.</source>
        <translation>The bundle holds an entry named &quot;%1&quot;, which points outside its folder; it is refused.</translation>
    </message>
    <message>
        <source>The bundle holds an entry &quot;%1&quot; that a bundle never has; it is refused.</source>
        <translation>The bundle holds an entry &quot;%1&quot; that a bundle never has; it is refused.</translation>
    </message>
    <message>
        <source>The entry %1 would unpack to %2 bytes, more than a bundle may hold; it is refused.</source>
        <translation>The entry %1 would unpack to %2 bytes, more than a bundle may hold; it is refused.</translation>
    </message>
    <message>
        <source>The bundle has no %1.</source>
        <translation>The bundle has no %1.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its manifest: it was changed after it was made, and is refused.</source>
        <translation>The bundle&apos;s signature does not match its manifest: it was changed after it was made, and is refused.</translation>
    </message>
    <message>
        <source>The bundle cannot be opened with this installation&apos;s key: it was encrypted for another one.</source>
        <translation>The bundle cannot be opened with this installation&apos;s key: it was encrypted for another one.</translation>
    </message>
    <message>
        <source>The payload is damaged: %1</source>
        <translation>The payload is damaged: %1</translation>
    </message>
    <message>
        <source>The payload is damaged: its SHA-256 is not the one the manifest gives.</source>
        <translation>The payload is damaged: its SHA-256 is not the one the manifest gives.</translation>
    </message>
    <message>
        <source>The payload is not a database.</source>
        <translation>The payload is not a database.</translation>
    </message>
    <message>
        <source>The bundle carries a table %1 that this program does not know; update the program first.</source>
        <translation>The bundle carries a table %1 that this program does not know; update the program first.</translation>
    </message>
    <message>
        <source>The payload&apos;s table %1 does not hold the rows its manifest lists.</source>
        <translation>The payload&apos;s table %1 does not hold the rows its manifest lists.</translation>
    </message>
    <message>
        <source>The payload has no table %1.</source>
        <translation>The payload has no table %1.</translation>
    </message>
    <message>
        <source>The row %1 of %2 refers to a row of %3 that this store does not have. Was an earlier bundle from %4 left out?</source>
        <translation>The row %1 of %2 refers to a row of %3 that this store does not have. Was an earlier bundle from %4 left out?</translation>
    </message>
    <message>
        <source>The bundle refers to rows this store does not have.</source>
        <translation>The bundle refers to rows this store does not have.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle comes from %1, whose key this installation does not trust yet. Its fingerprint is %2: confirm it with them, then trust the key.</source>
        <translation>The bundle comes from %1, whose key this installation does not trust yet. Its fingerprint is %2: confirm it with them, then trust the key.</translation>
    </message>
    <message>
        <source>The fingerprint confirmed (%1) is not that of the bundle&apos;s key (%2); the bundle is refused.</source>
        <translation>The fingerprint confirmed (%1) is not that of the bundle&apos;s key (%2); the bundle is refused.</translation>
    </message>
    <message>
        <source>The bundle is signed with the key of %1 but names another installation; it is refused.</source>
        <translation>The bundle is signed with the key of %1 but names another installation; it is refused.</translation>
    </message>
    <message>
        <source>The bundle was made for another installation (key %1), not for this one.</source>
        <translation>The bundle was made for another installation (key %1), not for this one.</translation>
    </message>
    <message>
        <source>The bundle comes from a newer program (store version %1, this program knows %2). Update the program, then import it again.</source>
        <translation>The bundle comes from a newer program (store version %1, this program knows %2). Update the program, then import it again.</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 was already imported on %3; nothing was changed.</source>
        <translation>Bundle %1 from %2 was already imported on %3; nothing was changed.</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 is older than the last one imported (%3); an old bundle is never imported again.</source>
        <translation>Bundle %1 from %2 is older than the last one imported (%3); an old bundle is never imported again.</translation>
    </message>
    <message>
        <source>Bundles %1 to %2 from %3 were never imported here; rows they carried may be missing.</source>
        <translation>Bundles %1 to %2 from %3 were never imported here; rows they carried may be missing.</translation>
    </message>
    <message>
        <source>Import them first, or import this one anyway.</source>
        <translation>Import them first, or import this one anyway.</translation>
    </message>
    <message>
        <source>Checking and decrypting the payload</source>
        <translation>Checking and decrypting the payload</translation>
    </message>
    <message>
        <source>Cannot make a working folder beside the store.</source>
        <translation>Cannot make a working folder beside the store.</translation>
    </message>
    <message>
        <source>Copying the store before the import</source>
        <translation>Copying the store before the import</translation>
    </message>
    <message>
        <source>The payload cannot be opened: %1</source>
        <translation>The payload cannot be opened: %1</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>Merging %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>The bundle holds two entries named &quot;%1&quot;, where a bundle has one; it is refused.</source>
        <translation>The bundle holds two entries named &quot;%1&quot;, where a bundle has one; it is refused.</translation>
    </message>
    <message>
        <source>The payload cannot be read: %1</source>
        <translation>The payload cannot be read: %1</translation>
    </message>
    <message>
        <source>The row %1 of %2 is stamped %3, later than the bundle was made (%4). Is the date of the computer at %5 wrong? Put it right there and make a new bundle; it carries the row again.</source>
        <translation>The row %1 of %2 is stamped %3, later than the bundle was made (%4). Is the date of the computer at %5 wrong? Put it right there and make a new bundle; it carries the row again.</translation>
    </message>
    <message numerus="yes">
        <source>The row %1 of %2 is stamped %3, more than %n minute(s) ahead of this computer&apos;s clock. Is the date of the computer at %4, or of this one, wrong? Put it right and import again.</source>
        <translation>
            <numerusform>The row %1 of %2 is stamped %3, more than %n minute ahead of this computer&apos;s clock. Is the date of the computer at %4, or of this one, wrong? Put it right and import again.</numerusform>
            <numerusform>The row %1 of %2 is stamped %3, more than %n minutes ahead of this computer&apos;s clock. Is the date of the computer at %4, or of this one, wrong? Put it right and import again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle comes from an older program (store version %1) that does not say which unit owns each row. Update the program at %2, then make the bundle again.</source>
        <translation>The bundle comes from an older program (store version %1) that does not say which unit owns each row. Update the program at %2, then make the bundle again.</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>The bundle&apos;s manifest cannot be read.</source>
        <translation>The bundle&apos;s manifest cannot be read.</translation>
    </message>
    <message>
        <source>The bundle is in format %1, which this program does not know (it reads format %2). Update the program, then import it again.</source>
        <translation>The bundle is in format %1, which this program does not know (it reads format %2). Update the program, then import it again.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is incomplete.</source>
        <translation>The bundle&apos;s manifest is incomplete.</translation>
    </message>
</context>
<context>
    <name>BundleScope</name>
    <message>
        <source>The bundle from %1 carries the row %2 of %3, which belongs to unit %4: %1 may not write it. The bundle is refused and nothing was changed.</source>
        <translation>The bundle from %1 carries the row %2 of %3, which belongs to unit %4: %1 may not write it. The bundle is refused and nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle from %1 gives the row %2 of %3 to unit %4, but it belongs to unit %5 by its place or the record it is part of. The bundle is refused and nothing was changed.</source>
        <translation>The bundle from %1 gives the row %2 of %3 to unit %4, but it belongs to unit %5 by its place or the record it is part of. The bundle is refused and nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle from %1 carries the row %2 of %3 as its own, but here it belongs to unit %4. The bundle is refused and nothing was changed.</source>
        <translation>The bundle from %1 carries the row %2 of %3 as its own, but here it belongs to unit %4. The bundle is refused and nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CadreLoadModel</name>
    <message>
        <source>Responsible cadre</source>
        <translation>Responsible cadre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Cadre&apos;s phone</source>
        <translation>Cadre&apos;s phone</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
</context>
<context>
    <name>CadresDialog</name>
    <message>
        <source>Responsible cadres</source>
        <translation>Responsible cadres</translation>
    </message>
    <message>
        <source>Cadres responsible for %1 of %2 (%3, planned end %4):</source>
        <translation>Cadres responsible for %1 of %2 (%3, planned end %4):</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>The cell shows the error %1 instead of a value.</source>
        <translation>The cell shows the error %1 instead of a value.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two notes on one cell</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>full-width digits made half-width</source>
        <translation>full-width digits made half-width</translation>
    </message>
    <message>
        <source>full-width characters made half-width</source>
        <translation>full-width characters made half-width</translation>
    </message>
    <message>
        <source>Excel&apos;s day 60 is 1900-02-29, a day that never was: type the date again.</source>
        <translation>Excel&apos;s day 60 is 1900-02-29, a day that never was: type the date again.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 is not a date.</translation>
    </message>
    <message>
        <source>Excel serial number %1 read as %2</source>
        <translation>Excel serial number %1 read as %2</translation>
    </message>
    <message>
        <source>%1 gives no year: write the date with its year, as 2022-03-04.</source>
        <translation>%1 gives no year: write the date with its year, as 2022-03-04.</translation>
    </message>
    <message>
        <source>%1 is not a real date in %2.</source>
        <translation>%1 is not a real date in %2.</translation>
    </message>
    <message>
        <source>year %1 added</source>
        <translation>year %1 added</translation>
    </message>
    <message>
        <source>%1 is not a time of day: write it as 8:05 or 8时5分.</source>
        <translation>%1 is not a time of day: write it as 8:05 or 8时5分.</translation>
    </message>
    <message>
        <source>%1 is not a real time of day.</source>
        <translation>%1 is not a real time of day.</translation>
    </message>
    <message>
        <source>date cell read as %1</source>
        <translation>date cell read as %1</translation>
    </message>
    <message>
        <source>line breaks made spaces</source>
        <translation>line breaks made spaces</translation>
    </message>
    <message>
        <source>spaces around the text removed</source>
        <translation>spaces around the text removed</translation>
    </message>
    <message>
        <source>The ID number is stored as a number in the spreadsheet: its last digits are lost. Format the column as text and type the numbers again.</source>
        <translation>The ID number is stored as a number in the spreadsheet: its last digits are lost. Format the column as text and type the numbers again.</translation>
    </message>
    <message>
        <source>%1 is an old 15-digit ID number; the ledger keeps the 18-digit number: ask for the new one.</source>
        <translation>%1 is an old 15-digit ID number; the ledger keeps the 18-digit number: ask for the new one.</translation>
    </message>
    <message>
        <source>spaces removed</source>
        <translation>spaces removed</translation>
    </message>
    <message>
        <source>lower-case x made X</source>
        <translation>lower-case x made X</translation>
    </message>
    <message>
        <source>written as %1</source>
        <translation>written as %1</translation>
    </message>
    <message>
        <source>%1 is not a gender: write 男 or 女.</source>
        <translation>%1 is not a gender: write 男 or 女.</translation>
    </message>
    <message>
        <source>time of day left out</source>
        <translation>time of day left out</translation>
    </message>
    <message>
        <source>%1 is a number, not a time of day.</source>
        <translation>%1 is a number, not a time of day.</translation>
    </message>
    <message>
        <source>The cell holds a date, not a time of day.</source>
        <translation>The cell holds a date, not a time of day.</translation>
    </message>
    <message>
        <source>day fraction %1 read as %2</source>
        <translation>day fraction %1 read as %2</translation>
    </message>
    <message>
        <source>date left out</source>
        <translation>date left out</translation>
    </message>
    <message>
        <source>The cell holds a time of day without its date.</source>
        <translation>The cell holds a time of day without its date.</translation>
    </message>
    <message>
        <source>no time of day: read as 00:00</source>
        <translation>no time of day: read as 00:00</translation>
    </message>
    <message>
        <source>%1 read as %2 ℃</source>
        <translation>%1 read as %2 ℃</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no: write 是 or 否.</source>
        <translation>%1 is neither yes nor no: write 是 or 否.</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers in one cell</source>
        <translation>
            <numerusform>%n number in one cell</numerusform>
            <numerusform>%n numbers in one cell</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept, %2 left</source>
        <translation>%1 kept, %2 left</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <source>Road exit</source>
        <translation>Road exit</translation>
    </message>
    <message>
        <source>Village gate</source>
        <translation>Village gate</translation>
    </message>
    <message>
        <source>Compound gate</source>
        <translation>Compound gate</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>Police officer</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Let through</source>
        <translation>Let through</translation>
    </message>
    <message>
        <source>Turned back</source>
        <translation>Turned back</translation>
    </message>
    <message>
        <source>Sent to an isolation site</source>
        <translation>Sent to an isolation site</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>CheckpointEntriesModel</name>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>In/out</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>℃</source>
        <translation>℃</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>CheckpointEntryRows</name>
    <message>
        <source>Imported ledger</source>
        <translation>Imported ledger</translation>
    </message>
    <message>
        <source>The township has no checkpoint: set up its checkpoints before importing their entry logs.</source>
        <translation>The township has no checkpoint: set up its checkpoints before importing their entry logs.</translation>
    </message>
    <message>
        <source>checkpoint %1 taken as %2</source>
        <translation>checkpoint %1 taken as %2</translation>
    </message>
    <message>
        <source>%1 is not one of the township&apos;s checkpoints (%2): set it up first, or write its name as it is set up.</source>
        <translation>%1 is not one of the township&apos;s checkpoints (%2): set it up first, or write its name as it is set up.</translation>
    </message>
    <message>
        <source>The checkpoint is empty.</source>
        <translation>The checkpoint is empty.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>The time of the passage is empty.</source>
        <translation>The time of the passage is empty.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>The passage on %1 is after today.</source>
        <translation>The passage on %1 is after today.</translation>
    </message>
    <message>
        <source>no direction given: taken as in</source>
        <translation>no direction given: taken as in</translation>
    </message>
    <message>
        <source>%1 is not a direction: 进 or 出.</source>
        <translation>%1 is not a direction: 进 or 出.</translation>
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
        <source>Temperature: %1</source>
        <translation>Temperature: %1</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>%1 is not a health code colour: 绿码, 黄码 or 红码.</source>
        <translation>%1 is not a health code colour: 绿码, 黄码 or 红码.</translation>
    </message>
    <message>
        <source>Disinfected: %1</source>
        <translation>Disinfected: %1</translation>
    </message>
    <message>
        <source>%1 is not an outcome: 放行, 劝返 or 转运隔离.</source>
        <translation>%1 is not an outcome: 放行, 劝返 or 转运隔离.</translation>
    </message>
    <message>
        <source>plate %1 written as %2</source>
        <translation>plate %1 written as %2</translation>
    </message>
    <message>
        <source>The same passage as row %1.</source>
        <translation>The same passage as row %1.</translation>
    </message>
    <message>
        <source>Already logged: %1 at %2.</source>
        <translation>Already logged: %1 at %2.</translation>
    </message>
</context>
<context>
    <name>CheckpointLog</name>
    <message>
        <source>%1 is under %2 until %3 and must not pass.</source>
        <translation>%1 is under %2 until %3 and must not pass.</translation>
    </message>
    <message>
        <source>%1 is under home monitoring until %2.</source>
        <translation>%1 is under home monitoring until %2.</translation>
    </message>
    <message>
        <source>%1 is registered as arrived from a risk area.</source>
        <translation>%1 is registered as arrived from a risk area.</translation>
    </message>
    <message>
        <source>On the county&apos;s verification list (%1): hold the person and call the township office.</source>
        <translation>On the county&apos;s verification list (%1): hold the person and call the township office.</translation>
    </message>
    <message>
        <source>Comes from %1, a %2 area.</source>
        <translation>Comes from %1, a %2 area.</translation>
    </message>
    <message>
        <source>Fever: %1 ℃.</source>
        <translation>Fever: %1 ℃.</translation>
    </message>
    <message>
        <source>%1 health code.</source>
        <translation>%1 health code.</translation>
    </message>
    <message>
        <source>Choose the checkpoint.</source>
        <translation>Choose the checkpoint.</translation>
    </message>
    <message>
        <source>The checkpoint %1 is closed.</source>
        <translation>The checkpoint %1 is closed.</translation>
    </message>
    <message>
        <source>Choose in or out.</source>
        <translation>Choose in or out.</translation>
    </message>
    <message>
        <source>Enter who passes: a name, an ID number or a plate.</source>
        <translation>Enter who passes: a name, an ID number or a plate.</translation>
    </message>
    <message>
        <source>A temperature must be between %1 ℃ and %2 ℃.</source>
        <translation>A temperature must be between %1 ℃ and %2 ℃.</translation>
    </message>
    <message>
        <source>The health code is green, yellow or red.</source>
        <translation>The health code is green, yellow or red.</translation>
    </message>
    <message>
        <source>Choose what was done: let through, turned back or sent to an isolation site.</source>
        <translation>Choose what was done: let through, turned back or sent to an isolation site.</translation>
    </message>
    <message>
        <source>Enter who records the passage.</source>
        <translation>Enter who records the passage.</translation>
    </message>
    <message>
        <source>The entry to correct no longer exists.</source>
        <translation>The entry to correct no longer exists.</translation>
    </message>
    <message>
        <source>This entry was already corrected; correct the correction instead.</source>
        <translation>This entry was already corrected; correct the correction instead.</translation>
    </message>
</context>
<context>
    <name>CheckpointRepository</name>
    <message>
        <source>Enter the name of the checkpoint.</source>
        <translation>Enter the name of the checkpoint.</translation>
    </message>
    <message>
        <source>There is already a checkpoint named %1.</source>
        <translation>There is already a checkpoint named %1.</translation>
    </message>
    <message>
        <source>Choose the kind of checkpoint: road exit, village gate or compound gate.</source>
        <translation>Choose the kind of checkpoint: road exit, village gate or compound gate.</translation>
    </message>
    <message>
        <source>Choose the village the checkpoint is in.</source>
        <translation>Choose the village the checkpoint is in.</translation>
    </message>
    <message>
        <source>Choose the checkpoint.</source>
        <translation>Choose the checkpoint.</translation>
    </message>
    <message>
        <source>Enter the day of the shift.</source>
        <translation>Enter the day of the shift.</translation>
    </message>
    <message>
        <source>A shift runs from one hour to a later one of the same day, such as 8 to 16.</source>
        <translation>A shift runs from one hour to a later one of the same day, such as 8 to 16.</translation>
    </message>
    <message>
        <source>Enter who is on duty.</source>
        <translation>Enter who is on duty.</translation>
    </message>
    <message>
        <source>Choose the role of the person on duty.</source>
        <translation>Choose the role of the person on duty.</translation>
    </message>
    <message>
        <source>Enter the permit&apos;s number.</source>
        <translation>Enter the permit&apos;s number.</translation>
    </message>
    <message>
        <source>A permit numbered %1 was already issued.</source>
        <translation>A permit numbered %1 was already issued.</translation>
    </message>
    <message>
        <source>A permit is for a person or a vehicle: enter the holder or the plate.</source>
        <translation>A permit is for a person or a vehicle: enter the holder or the plate.</translation>
    </message>
    <message>
        <source>Enter the first and the last day the permit is valid.</source>
        <translation>Enter the first and the last day the permit is valid.</translation>
    </message>
    <message>
        <source>Enter who issued the permit.</source>
        <translation>Enter who issued the permit.</translation>
    </message>
    <message>
        <source>Permit valid</source>
        <translation>Permit valid</translation>
    </message>
    <message>
        <source>No permit with this number was issued</source>
        <translation>No permit with this number was issued</translation>
    </message>
    <message>
        <source>The permit is not valid yet</source>
        <translation>The permit is not valid yet</translation>
    </message>
    <message>
        <source>The permit has expired</source>
        <translation>The permit has expired</translation>
    </message>
    <message>
        <source>The permit was issued to somebody else</source>
        <translation>The permit was issued to somebody else</translation>
    </message>
</context>
<context>
    <name>CheckpointsPage</name>
    <message>
        <source>Entry log</source>
        <translation>Entry log</translation>
    </message>
    <message>
        <source>Daily counts</source>
        <translation>Daily counts</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>Pass permits</source>
        <translation>Pass permits</translation>
    </message>
    <message>
        <source>New &amp;checkpoint…</source>
        <translation>New &amp;checkpoint…</translation>
    </message>
    <message>
        <source>Co&amp;rrect the selected entry…</source>
        <translation>Co&amp;rrect the selected entry…</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Direction (F2)</source>
        <translation>Direction (F2)</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Turned back</source>
        <translation>Turned back</translation>
    </message>
    <message>
        <source>Fevers</source>
        <translation>Fevers</translation>
    </message>
    <message>
        <source>Red/yellow codes</source>
        <translation>Red/yellow codes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>All checkpoints, the last ten days:</source>
        <translation>All checkpoints, the last ten days:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Add to the roster</source>
        <translation>&amp;Add to the roster</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>&amp;Issue the permit</source>
        <translation>&amp;Issue the permit</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>&amp;Holder</source>
        <translation>&amp;Holder</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>&amp;Plate</translation>
    </message>
    <message>
        <source>&amp;Valid</source>
        <translation>&amp;Valid</translation>
    </message>
    <message>
        <source>Issued &amp;by</source>
        <translation>Issued &amp;by</translation>
    </message>
    <message>
        <source>%1 entries today at this checkpoint</source>
        <translation>%1 entries today at this checkpoint</translation>
    </message>
    <message>
        <source>%1 %2:00–%3:00</source>
        <translation>%1 %2:00–%3:00</translation>
    </message>
    <message>
        <source>Nobody on duty: %1</source>
        <translation>Nobody on duty: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Correct an entry</source>
        <translation>Correct an entry</translation>
    </message>
    <message>
        <source>The entry stays in the log, marked as corrected; the corrected one is saved beside it. Press Enter to save.</source>
        <translation>The entry stays in the log, marked as corrected; the corrected one is saved beside it. Press Enter to save.</translation>
    </message>
    <message>
        <source>New checkpoint</source>
        <translation>New checkpoint</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
</context>
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
    <message>
        <source>Control work: %1 measures, %2 health checks, %3 samples, %4 needs.</source>
        <translation>Control work: %1 measures, %2 health checks, %3 samples, %4 needs.</translation>
    </message>
    <message>
        <source>export-registry needs the name of a registry.</source>
        <translation>export-registry needs the name of a registry.</translation>
    </message>
    <message>
        <source>export-registry needs --format xlsx, csv or pdf, and --out FILE.</source>
        <translation>export-registry needs --format xlsx, csv or pdf, and --out FILE.</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or gb18030.</source>
        <translation>--encoding takes utf-8 or gb18030.</translation>
    </message>
    <message>
        <source>There is no registry named %1; the command registries lists them.</source>
        <translation>There is no registry named %1; the command registries lists them.</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>The registry %1 has no date range to filter by.</source>
        <translation>The registry %1 has no date range to filter by.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>measure add needs --id-number, --kind and --start.</source>
        <translation>measure add needs --id-number, --kind and --start.</translation>
    </message>
    <message>
        <source>--kind takes home_isolation, central_isolation or home_monitoring.</source>
        <translation>--kind takes home_isolation, central_isolation or home_monitoring.</translation>
    </message>
    <message>
        <source>--start: %1</source>
        <translation>--start: %1</translation>
    </message>
    <message>
        <source>Nobody with the ID number %1 is registered; add the person first.</source>
        <translation>Nobody with the ID number %1 is registered; add the person first.</translation>
    </message>
    <message>
        <source>There is no isolation site named %1.</source>
        <translation>There is no isolation site named %1.</translation>
    </message>
    <message>
        <source>Write each cadre as NAME:ROLE:PHONE, such as 李四:village_cadre:13912345678; got %1.</source>
        <translation>Write each cadre as NAME:ROLE:PHONE, such as 李四:village_cadre:13912345678; got %1.</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4.</source>
        <translation>%1: %2 from %3 to %4.</translation>
    </message>
    <message>
        <source>Set up the county %1.</source>
        <translation>Set up the county %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>sent %1, received %2</source>
        <translation>sent %1, received %2</translation>
    </message>
    <message>
        <source>keys trust needs the key file.</source>
        <translation>keys trust needs the key file.</translation>
    </message>
    <message>
        <source>Trusted %1, fingerprint %2.</source>
        <translation>Trusted %1, fingerprint %2.</translation>
    </message>
    <message>
        <source>keys export needs --out FILE.</source>
        <translation>keys export needs --out FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote the public keys of %1 to %2; fingerprint %3.</source>
        <translation>Wrote the public keys of %1 to %2; fingerprint %3.</translation>
    </message>
    <message>
        <source>keys takes show, export, trust or list.</source>
        <translation>keys takes show, export, trust or list.</translation>
    </message>
    <message>
        <source>bundle export needs --to KEYFILE and --out FILE.</source>
        <translation>bundle export needs --to KEYFILE and --out FILE.</translation>
    </message>
    <message>
        <source>Wrote bundle %1 for %2: %3 rows, %4 bytes.</source>
        <translation>Wrote bundle %1 for %2: %3 rows, %4 bytes.</translation>
    </message>
    <message>
        <source>bundle import needs the bundle file.</source>
        <translation>bundle import needs the bundle file.</translation>
    </message>
    <message>
        <source>Imported bundle %1 from %2.</source>
        <translation>Imported bundle %1 from %2.</translation>
    </message>
    <message>
        <source>table	inserted	updated	unchanged	conflicts</source>
        <translation>table	inserted	updated	unchanged	conflicts</translation>
    </message>
    <message>
        <source>bundle takes export or import.</source>
        <translation>bundle takes export or import.</translation>
    </message>
    <message>
        <source>checkpoint add needs --name, --kind and --village.</source>
        <translation>checkpoint add needs --name, --kind and --village.</translation>
    </message>
    <message>
        <source>There is no checkpoint named %1.</source>
        <translation>There is no checkpoint named %1.</translation>
    </message>
    <message>
        <source>STOP: %1</source>
        <translation>STOP: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>--date: %1</source>
        <translation>--date: %1</translation>
    </message>
    <message>
        <source>checkpoint	in	out	vehicles	turned back	fever	red/yellow</source>
        <translation>checkpoint	in	out	vehicles	turned back	fever	red/yellow</translation>
    </message>
    <message>
        <source>Nobody on duty at %1 from %2:00 to %3:00.</source>
        <translation>Nobody on duty at %1 from %2:00 to %3:00.</translation>
    </message>
    <message>
        <source>checkpoint takes add, log or stats.</source>
        <translation>checkpoint takes add, log or stats.</translation>
    </message>
    <message>
        <source>Checkpoints: %1, with %2 duty shifts and %3 entries.</source>
        <translation>Checkpoints: %1, with %2 duty shifts and %3 entries.</translation>
    </message>
    <message>
        <source>The registry %1 has no checkpoint to filter by.</source>
        <translation>The registry %1 has no checkpoint to filter by.</translation>
    </message>
    <message>
        <source>Joined %1: import a full bundle from its office to start.</source>
        <translation>Joined %1: import a full bundle from its office to start.</translation>
    </message>
    <message>
        <source>Supervision: %1 visits with %2 findings.</source>
        <translation>Supervision: %1 visits with %2 findings.</translation>
    </message>
    <message>
        <source>supervision report needs --round ID, --format odt or pdf, and --out FILE.</source>
        <translation>supervision report needs --round ID, --format odt or pdf, and --out FILE.</translation>
    </message>
    <message>
        <source>There is no supervision round %1; supervision rounds lists them.</source>
        <translation>There is no supervision round %1; supervision rounds lists them.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Wrote the report to %1.</translation>
    </message>
    <message>
        <source>supervision takes rounds or report.</source>
        <translation>supervision takes rounds or report.</translation>
    </message>
    <message>
        <source>The store was copied to %1.</source>
        <translation>The store was copied to %1.</translation>
    </message>
    <message>
        <source>known-to-several lists the persons of a county&apos;s store; this store is not a county&apos;s.</source>
        <translation>known-to-several lists the persons of a county&apos;s store; this store is not a county&apos;s.</translation>
    </message>
    <message>
        <source>--due: %1</source>
        <translation>--due: %1</translation>
    </message>
    <message>
        <source>released</source>
        <translation>released</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>This store was set up for %1, not made as a demo: demo data never goes into it. Give a new store with --db.</source>
        <translation>This store was set up for %1, not made as a demo: demo data never goes into it. Give a new store with --db.</translation>
    </message>
    <message>
        <source>This store already holds a demo township: give --force to replace it with a new one.</source>
        <translation>This store already holds a demo township: give --force to replace it with a new one.</translation>
    </message>
    <message>
        <source>person restore needs the id of the removed person.</source>
        <translation>person restore needs the id of the removed person.</translation>
    </message>
    <message>
        <source>%1 is back in the register.</source>
        <translation>%1 is back in the register.</translation>
    </message>
    <message>
        <source>person remove needs the person and --reason moved_out|died|duplicate.</source>
        <translation>person remove needs the person and --reason moved_out|died|duplicate.</translation>
    </message>
    <message>
        <source>There is no person %1 in the register.</source>
        <translation>There is no person %1 in the register.</translation>
    </message>
    <message>
        <source>--reason takes moved_out, died or duplicate.</source>
        <translation>--reason takes moved_out, died or duplicate.</translation>
    </message>
    <message>
        <source>person remove --reason died needs --on DATE.</source>
        <translation>person remove --reason died needs --on DATE.</translation>
    </message>
    <message>
        <source>person remove --reason duplicate needs --into, the person who stays.</source>
        <translation>person remove --reason duplicate needs --into, the person who stays.</translation>
    </message>
    <message>
        <source>%1 was removed from the register: %2.</source>
        <translation>%1 was removed from the register: %2.</translation>
    </message>
    <message>
        <source>household set-head needs the household and the person.</source>
        <translation>household set-head needs the household and the person.</translation>
    </message>
    <message>
        <source>%1 is the head of the household.</source>
        <translation>%1 is the head of the household.</translation>
    </message>
    <message>
        <source>household move needs the person and --to HOUSEHOLD.</source>
        <translation>household move needs the person and --to HOUSEHOLD.</translation>
    </message>
    <message>
        <source>--relation takes one of: %1.</source>
        <translation>--relation takes one of: %1.</translation>
    </message>
    <message>
        <source>%1 now lives at %2.</source>
        <translation>%1 now lives at %2.</translation>
    </message>
    <message>
        <source>Unknown household command: %1</source>
        <translation>Unknown household command: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>import needs the file and --as %1.</source>
        <translation>import needs the file and --as %1.</translation>
    </message>
    <message>
        <source>--sheet takes the number of the sheet, from 1.</source>
        <translation>--sheet takes the number of the sheet, from 1.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2022.</source>
        <translation>--year takes a year such as 2022.</translation>
    </message>
    <message>
        <source>--header takes one row or two, such as 3 or 3-4.</source>
        <translation>--header takes one row or two, such as 3 or 3-4.</translation>
    </message>
    <message>
        <source>--duplicates takes skip, update or review.</source>
        <translation>--duplicates takes skip, update or review.</translation>
    </message>
    <message>
        <source>Row %1: %2: %3</source>
        <translation>Row %1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 ok, %3 fixed, %4 refused, %5 skipped, %6 duplicates, %7 households%8.</source>
        <translation>%1: %2 ok, %3 fixed, %4 refused, %5 skipped, %6 duplicates, %7 households%8.</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation> (dry run: nothing written)</translation>
    </message>
    <message>
        <source>Unknown command: %1 %2</source>
        <translation>Unknown command: %1 %2</translation>
    </message>
    <message>
        <source>%1 takes no option --%2 (township-ledger-cli help %3 lists its options).</source>
        <translation>%1 takes no option --%2 (township-ledger-cli help %3 lists its options).</translation>
    </message>
    <message>
        <source>This installation has users: give --user NAME to %1 (the password is asked, or read from TL_PASSWORD).</source>
        <translation>This installation has users: give --user NAME to %1 (the password is asked, or read from TL_PASSWORD).</translation>
    </message>
    <message>
        <source>restore needs the copy to restore.</source>
        <translation>restore needs the copy to restore.</translation>
    </message>
    <message>
        <source>The store is back as the copy %1 holds it; the store as it was is kept as %2.</source>
        <translation>The store is back as the copy %1 holds it; the store as it was is kept as %2.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>No password for %1: type it in a terminal, or set TL_PASSWORD.</source>
        <translation>No password for %1: type it in a terminal, or set TL_PASSWORD.</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>New password of %1: </translation>
    </message>
    <message>
        <source>No password for %1: type it in a terminal, or set %2.</source>
        <translation>No password for %1: type it in a terminal, or set %2.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>user %1 needs the user&apos;s name.</source>
        <translation>user %1 needs the user&apos;s name.</translation>
    </message>
    <message>
        <source>--role takes one of %1.</source>
        <translation>--role takes one of %1.</translation>
    </message>
    <message>
        <source>%1 can log in as %2.</source>
        <translation>%1 can log in as %2.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>Unknown command: user %1</source>
        <translation>Unknown command: user %1</translation>
    </message>
    <message>
        <source>Usage: township-ledger-cli [--db PATH] [--user NAME] COMMAND
Commands:
  init --unit CODE --name NAME [--village CODE:NAME]... [--admin NAME] | [--join]
  demo --persons N [--seed S] [--force]
  person add --name NAME --id-number ID --village CODE [--phone P] [--household ID]
  person find TEXT
  person remove PERSON --reason moved_out|died|duplicate [--into PERSON]
                [--note TEXT] [--on DATE]   (PERSON: its id or ID number)
  person restore PERSON_ID
  household set-head HOUSEHOLD PERSON | household move PERSON --to HOUSEHOLD
                [--relation R] | household list [--village CODE] [--unvisited]
  import FILE --as residents|returnees|home_isolation|central_isolation|health_checks|
                   samples|checkpoint_entries|findings
         [--sheet N] [--village CODE] [--header ROWS]
         [--year YYYY] [--duplicates skip|update|review] [--dry-run]
         [--report OUT.xlsx] [--json]
  check
  backup
  restore FILE   (FILE: a copy in backups/ made by this installation)
  measure add --id-number ID --kind home_isolation|central_isolation|home_monitoring
              --start DATE [--site NAME] [--cadre NAME:ROLE:PHONE]...
  registries
  export-registry NAME --format xlsx|csv|pdf --out FILE [--village CODE]
                  [--from DATE] [--to DATE] [--category C] [--checkpoint NAME]
                  [--encoding utf-8|gb18030] [--full-data --reason TEXT]
  keys show | keys export --out FILE | keys trust FILE | keys list
  bundle export --to KEYFILE --out FILE|FOLDER [--full]
  bundle import FILE [--accept-gap] [--trust FINGERPRINT]
  checkpoint add --name NAME --kind road_exit|village_gate|compound_gate --village CODE
  checkpoint log --checkpoint NAME --direction in|out [--id-number ID] [--name N]
                 [--phone P] [--plate P] [--temperature T] [--health-code green|yellow|red]
                 [--from PLACE] [--reason R] [--permit NO] [--outcome let_through|turned_back|
                 sent_to_isolation] [--by NAME]
  checkpoint stats [--date DATE]
  supervision rounds | supervision report --round ID --format odt|pdf --out FILE
  findings [--overdue]
  known-to-several [--full-data] | known-to-several --send-tasks [--due DATE]
  user add NAME --role administrator|clerk|checkpoint_operator|supervisor|viewer
  user list | user unlock NAME
  audit [--by NAME] [--table TABLE] [--record ID] [--from DATE] [--to DATE]
        [--out FILE.xlsx]
  help [COMMAND]
Anything that changes the store, or exports full ID numbers and phones, is done as
a user once the installation has users: --user NAME, with the password typed at the
prompt or given in TL_PASSWORD (a new user&apos;s in TL_NEW_PASSWORD).</source>
        <translation>Usage: township-ledger-cli [--db PATH] [--user NAME] COMMAND
Commands:
  init --unit CODE --name NAME [--village CODE:NAME]... [--admin NAME] | [--join]
  demo --persons N [--seed S] [--force]
  person add --name NAME --id-number ID --village CODE [--phone P] [--household ID]
  person find TEXT
  person remove PERSON --reason moved_out|died|duplicate [--into PERSON]
                [--note TEXT] [--on DATE]   (PERSON: its id or ID number)
  person restore PERSON_ID
  household set-head HOUSEHOLD PERSON | household move PERSON --to HOUSEHOLD
                [--relation R] | household list [--village CODE] [--unvisited]
  import FILE --as residents|returnees|home_isolation|central_isolation|health_checks|
                   samples|checkpoint_entries|findings
         [--sheet N] [--village CODE] [--header ROWS]
         [--year YYYY] [--duplicates skip|update|review] [--dry-run]
         [--report OUT.xlsx] [--json]
  check
  backup
  restore FILE   (FILE: a copy in backups/ made by this installation)
  measure add --id-number ID --kind home_isolation|central_isolation|home_monitoring
              --start DATE [--site NAME] [--cadre NAME:ROLE:PHONE]...
  registries
  export-registry NAME --format xlsx|csv|pdf --out FILE [--village CODE]
                  [--from DATE] [--to DATE] [--category C] [--checkpoint NAME]
                  [--encoding utf-8|gb18030] [--full-data --reason TEXT]
  keys show | keys export --out FILE | keys trust FILE | keys list
  bundle export --to KEYFILE --out FILE|FOLDER [--full]
  bundle import FILE [--accept-gap] [--trust FINGERPRINT]
  checkpoint add --name NAME --kind road_exit|village_gate|compound_gate --village CODE
  checkpoint log --checkpoint NAME --direction in|out [--id-number ID] [--name N]
                 [--phone P] [--plate P] [--temperature T] [--health-code green|yellow|red]
                 [--from PLACE] [--reason R] [--permit NO] [--outcome let_through|turned_back|
                 sent_to_isolation] [--by NAME]
  checkpoint stats [--date DATE]
  supervision rounds | supervision report --round ID --format odt|pdf --out FILE
  findings [--overdue]
  known-to-several [--full-data] | known-to-several --send-tasks [--due DATE]
  user add NAME --role administrator|clerk|checkpoint_operator|supervisor|viewer
  user list | user unlock NAME
  audit [--by NAME] [--table TABLE] [--record ID] [--from DATE] [--to DATE]
        [--out FILE.xlsx]
  help [COMMAND]
Anything that changes the store, or exports full ID numbers and phones, is done as
a user once the installation has users: --user NAME, with the password typed at the
prompt or given in TL_PASSWORD (a new user&apos;s in TL_NEW_PASSWORD).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>Wrote %n audit entry to %1.</numerusform>
            <numerusform>Wrote %n audit entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Clashes with a record here</source>
        <translation>Clashes with a record here</translation>
    </message>
    <message>
        <source>Changed at both ends</source>
        <translation>Changed at both ends</translation>
    </message>
    <message>
        <source>Kept this installation&apos;s</source>
        <translation>Kept this installation&apos;s</translation>
    </message>
    <message>
        <source>Kept the arriving one</source>
        <translation>Kept the arriving one</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Merged into the same record here</source>
        <translation>Merged into the same record here</translation>
    </message>
    <message>
        <source>Second record of one slot, set aside</source>
        <translation>Second record of one slot, set aside</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Merge undone</translation>
    </message>
</context>
<context>
    <name>ControlMeasure</name>
    <message>
        <source>Home isolation</source>
        <translation>Home isolation</translation>
    </message>
    <message>
        <source>Central isolation</source>
        <translation>Central isolation</translation>
    </message>
    <message>
        <source>Home health monitoring</source>
        <translation>Home health monitoring</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Under measures</source>
        <translation>Under measures</translation>
    </message>
    <message>
        <source>Fevers today</source>
        <translation>Fevers today</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>&amp;Give a task…</source>
        <translation>&amp;Give a task…</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>Verification tasks</source>
        <translation>Verification tasks</translation>
    </message>
    <message>
        <source>Risk areas</source>
        <translation>Risk areas</translation>
    </message>
    <message>
        <source>Figures as of the last bundle taken in from each township; fevers are today&apos;s checks at or over the threshold.</source>
        <translation>Figures as of the last bundle taken in from each township; fevers are today&apos;s checks at or over the threshold.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>All townships</translation>
    </message>
    <message>
        <source>Known to several townships</source>
        <translation>Known to several townships</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Whole</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>CsvWorkbook</name>
    <message>
        <source>Row %1 holds a NUL character: the file is not a text file.</source>
        <translation>Row %1 holds a NUL character: the file is not a text file.</translation>
    </message>
    <message>
        <source>The quote that opens cell %1 of row %2 (line %3 of the file) is never closed: the rest of the file would be one cell.</source>
        <translation>The quote that opens cell %1 of row %2 (line %3 of the file) is never closed: the rest of the file would be one cell.</translation>
    </message>
    <message>
        <source>Row %1 is longer than %2 characters: the file is damaged or is not a table.</source>
        <translation>Row %1 is longer than %2 characters: the file is damaged or is not a table.</translation>
    </message>
    <message>
        <source>Cell %1 of row %2 holds more than %3 characters: the quote that opens it in line %4 of the file is perhaps never closed.</source>
        <translation>Cell %1 of row %2 holds more than %3 characters: the quote that opens it in line %4 of the file is perhaps never closed.</translation>
    </message>
    <message>
        <source>Cell %1 of row %2 holds more than %3 characters, more than a spreadsheet cell can.</source>
        <translation>Cell %1 of row %2 holds more than %3 characters, more than a spreadsheet cell can.</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns, more than a spreadsheet can.</source>
        <translation>Row %1 has more than %2 columns, more than a spreadsheet can.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, more than a spreadsheet can: split it into smaller files.</source>
        <translation>The file has more than %1 rows, more than a spreadsheet can: split it into smaller files.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: it holds binary data, as a spreadsheet, a document or a picture does. Save the sheet as CSV and choose that file.</source>
        <translation>%1 is not a CSV file: it holds binary data, as a spreadsheet, a document or a picture does. Save the sheet as CSV and choose that file.</translation>
    </message>
    <message>
        <source>Row %1 is not %2 text, as the start of the file is: save the sheet as CSV again.</source>
        <translation>Row %1 is not %2 text, as the start of the file is: save the sheet as CSV again.</translation>
    </message>
</context>
<context>
    <name>DataExchangePage</name>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>&amp;Save this installation&apos;s key file…</source>
        <translation>&amp;Save this installation&apos;s key file…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Bundles sent</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Bundles received</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>&amp;Trust a key file…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Full (all records, not only the changes)</source>
        <translation>&amp;Full (all records, not only the changes)</translation>
    </message>
    <message>
        <source>&amp;Make a bundle for the selected…</source>
        <translation>&amp;Make a bundle for the selected…</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Import a bundle…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Installations this one exchanges bundles with:</source>
        <translation>Installations this one exchanges bundles with:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Arriving</translation>
    </message>
    <message>
        <source>Keep &amp;this installation&apos;s version</source>
        <translation>Keep &amp;this installation&apos;s version</translation>
    </message>
    <message>
        <source>Keep the &amp;arriving version</source>
        <translation>Keep the &amp;arriving version</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>The keys of this installation cannot be read; bundles cannot be made or taken in.</source>
        <translation>The keys of this installation cannot be read; bundles cannot be made or taken in.</translation>
    </message>
    <message>
        <source>This installation: %1 — key fingerprint %2</source>
        <translation>This installation: %1 — key fingerprint %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Conflicts (%1 open)</source>
        <translation>Conflicts (%1 open)</translation>
    </message>
    <message>
        <source>Save the key file</source>
        <translation>Save the key file</translation>
    </message>
    <message>
        <source>Key files (*.pem)</source>
        <translation>Key files (*.pem)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Key file saved</source>
        <translation>Key file saved</translation>
    </message>
    <message>
        <source>Give %1 to the other office. When they trust it, read them this fingerprint over the phone so they can check it:

%2</source>
        <translation>Give %1 to the other office. When they trust it, read them this fingerprint over the phone so they can check it:

%2</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>Trust a key file</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Remove the key?</source>
        <translation>Remove the key?</translation>
    </message>
    <message>
        <source>Bundles from %1 will be refused until its key is trusted again.</source>
        <translation>Bundles from %1 will be refused until its key is trusted again.</translation>
    </message>
    <message>
        <source>Where to write the bundle (the USB stick)</source>
        <translation>Where to write the bundle (the USB stick)</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Making the bundle…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 records, %3 KB) for %4.</source>
        <translation>Wrote %1 (%2 records, %3 KB) for %4.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>Bundles (*.tlb)</source>
        <translation>Bundles (*.tlb)</translation>
    </message>
    <message>
        <source>Bundles are missing</source>
        <translation>Bundles are missing</translation>
    </message>
    <message>
        <source>Bundles %1 to %2 from %3 were never imported here, so records they carried may be missing. Import them first if you have them.

Import this one anyway?</source>
        <translation>Bundles %1 to %2 from %3 were never imported here, so records they carried may be missing. Import them first if you have them.

Import this one anyway?</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message>
        <source>Imported bundle %1 from %2: %3 inserted, %4 updated, %5 unchanged, %6 conflicts.</source>
        <translation>Imported bundle %1 from %2: %3 inserted, %4 updated, %5 unchanged, %6 conflicts.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>&amp;Undo the merge…</source>
        <translation>&amp;Undo the merge…</translation>
    </message>
    <message>
        <source>The two were different records: correct one of them and keep both.</source>
        <translation>The two were different records: correct one of them and keep both.</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Undo the merge</translation>
    </message>
    <message>
        <source>%1 of %2 was merged into a record with the same %1. Enter the corrected %1 of %2; the two are kept apart from then on, here and at every installation.</source>
        <translation>%1 of %2 was merged into a record with the same %1. Enter the corrected %1 of %2; the two are kept apart from then on, here and at every installation.</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>The merge was undone.</translation>
    </message>
    <message>
        <source>Ledger imported</source>
        <translation>Ledger imported</translation>
    </message>
</context>
<context>
    <name>DaySheetModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Morning ℃</source>
        <translation>Morning ℃</translation>
    </message>
    <message>
        <source>Afternoon ℃</source>
        <translation>Afternoon ℃</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
</context>
<context>
    <name>DaySheetPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Fevers</source>
        <translation>Fevers</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4 ℃</source>
        <translation>%1 (%2), %3: %4 ℃</translation>
    </message>
    <message>
        <source>%1 persons under measures, %2 fevers, %3 checks missing (fever from %4 ℃)</source>
        <translation>%1 persons under measures, %2 fevers, %3 checks missing (fever from %4 ℃)</translation>
    </message>
    <message>
        <source>Checks missing</source>
        <translation>Checks missing</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
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
        <source>The township has no villages to fill.</source>
        <translation>The township has no villages to fill.</translation>
    </message>
    <message>
        <source>Cancelled: the store is unchanged.</source>
        <translation>Cancelled: the store is unchanged.</translation>
    </message>
    <message>
        <source>%1 was not made as a demo: it is kept.</source>
        <translation>%1 was not made as a demo: it is kept.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Could not remove %1.</translation>
    </message>
</context>
<context>
    <name>DemoTownshipSetup</name>
    <message>
        <source>Demo township</source>
        <translation>Demo township</translation>
    </message>
    <message>
        <source>Demo data goes only into a new store, and this one is set up already: give a new store with --db.</source>
        <translation>Demo data goes only into a new store, and this one is set up already: give a new store with --db.</translation>
    </message>
    <message>
        <source>A demo township of synthetic people, for trying the program out. How many persons?</source>
        <translation>A demo township of synthetic people, for trying the program out. How many persons?</translation>
    </message>
    <message>
        <source>Generating the demo township…</source>
        <translation>Generating the demo township…</translation>
    </message>
</context>
<context>
    <name>DuplicateRows</name>
    <message>
        <source>Rows that are the same record cannot be settled: %1</source>
        <translation>Rows that are the same record cannot be settled: %1</translation>
    </message>
    <message>
        <source>The record was not merged into another one.</source>
        <translation>The record was not merged into another one.</translation>
    </message>
    <message>
        <source>The record still has the same ID number or name as the one it was merged into; correct it to undo the merge.</source>
        <translation>The record still has the same ID number or name as the one it was merged into; correct it to undo the merge.</translation>
    </message>
</context>
<context>
    <name>EntryLine</name>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>℃</source>
        <translation>℃</translation>
    </message>
    <message>
        <source>g/y/r</source>
        <translation>g/y/r</translation>
    </message>
    <message>
        <source>Health code: g green, y yellow, r red</source>
        <translation>Health code: g green, y yellow, r red</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>From where</source>
        <translation>From where</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Permit no.</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <source>Disinfected</source>
        <translation>Disinfected</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Registered: %1, %2</source>
        <translation>Registered: %1, %2</translation>
    </message>
    <message>
        <source>Not registered in this township</source>
        <translation>Not registered in this township</translation>
    </message>
    <message>
        <source>Type g for a green code, y for yellow, r for red.</source>
        <translation>Type g for a green code, y for yellow, r for red.</translation>
    </message>
</context>
<context>
    <name>ExchangePeers</name>
    <message>
        <source>This is not a Township Ledger key file: it does not hold the two public keys.</source>
        <translation>This is not a Township Ledger key file: it does not hold the two public keys.</translation>
    </message>
    <message>
        <source>The key file does not say which unit and installation it belongs to.</source>
        <translation>The key file does not say which unit and installation it belongs to.</translation>
    </message>
    <message>
        <source>The store has no unit yet: set it up first.</source>
        <translation>The store has no unit yet: set it up first.</translation>
    </message>
    <message>
        <source>The key is incomplete.</source>
        <translation>The key is incomplete.</translation>
    </message>
    <message>
        <source>This is this installation&apos;s own key.</source>
        <translation>This is this installation&apos;s own key.</translation>
    </message>
    <message>
        <source>%1 is already trusted with another key (fingerprint %2). Remove it first if its keys were really replaced.</source>
        <translation>%1 is already trusted with another key (fingerprint %2). Remove it first if its keys were really replaced.</translation>
    </message>
</context>
<context>
    <name>FindingRows</name>
    <message>
        <source>The township has no supervision team: set up the teams before importing their findings.</source>
        <translation>The township has no supervision team: set up the teams before importing their findings.</translation>
    </message>
    <message>
        <source>The team is empty, and the township has %1 supervision teams (%2).</source>
        <translation>The team is empty, and the township has %1 supervision teams (%2).</translation>
    </message>
    <message>
        <source>team %1 taken as %2</source>
        <translation>team %1 taken as %2</translation>
    </message>
    <message>
        <source>%1 is not one of the township&apos;s supervision teams (%2): set the team up first, or write its name as it is set up.</source>
        <translation>%1 is not one of the township&apos;s supervision teams (%2): set the team up first, or write its name as it is set up.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>The day of the visit is empty.</source>
        <translation>The day of the visit is empty.</translation>
    </message>
    <message>
        <source>The visit on %1 is after today.</source>
        <translation>The visit on %1 is after today.</translation>
    </message>
    <message>
        <source>The place visited is empty.</source>
        <translation>The place visited is empty.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>no category given: recorded as %1</source>
        <translation>no category given: recorded as %1</translation>
    </message>
    <message>
        <source>%1 is not a severity: 一般, 较重 or 重大.</source>
        <translation>%1 is not a severity: 一般, 较重 or 重大.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>Rectified on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>%1 is not a status of rectification: 未整改, 整改中, 已整改 or 已销号.</source>
        <translation>%1 is not a status of rectification: 未整改, 整改中, 已整改 or 已销号.</translation>
    </message>
    <message>
        <source>The same problem of the same visit as row %1.</source>
        <translation>The same problem of the same visit as row %1.</translation>
    </message>
    <message>
        <source>Already recorded on the visit of %1 to %2 on %3.</source>
        <translation>Already recorded on the visit of %1 to %2 on %3.</translation>
    </message>
    <message>
        <source>the visit of %1 to %2 on %3 is not recorded yet: recorded from the row</source>
        <translation>the visit of %1 to %2 on %3 is not recorded yet: recorded from the row</translation>
    </message>
    <message>
        <source>Visits recorded from a ledger of findings</source>
        <translation>Visits recorded from a ledger of findings</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Trust the sender?</source>
        <translation>Trust the sender?</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>Trust this key?</translation>
    </message>
    <message>
        <source>This bundle comes from the unit below, whose key this installation does not know yet. Call them and have them read the fingerprint of their key to you.</source>
        <translation>This bundle comes from the unit below, whose key this installation does not know yet. Call them and have them read the fingerprint of their key to you.</translation>
    </message>
    <message>
        <source>This key file says it belongs to the unit below, but anyone can write a key file. Call the unit and have them read the fingerprint of their key to you.</source>
        <translation>This key file says it belongs to the unit below, but anyone can write a key file. Call the unit and have them read the fingerprint of their key to you.</translation>
    </message>
    <message>
        <source>last two groups</source>
        <translation>last two groups</translation>
    </message>
    <message>
        <source>Check that they read these first groups, then type the last two groups as they read them (for example 1a2b 3c4d). Trust the key only if they match.</source>
        <translation>Check that they read these first groups, then type the last two groups as they read them (for example 1a2b 3c4d). Trust the key only if they match.</translation>
    </message>
    <message>
        <source>&amp;Trust and import</source>
        <translation>&amp;Trust and import</translation>
    </message>
    <message>
        <source>&amp;Trust the key</source>
        <translation>&amp;Trust the key</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Fingerprint:</translation>
    </message>
    <message>
        <source>These are not the last two groups of this key. Have them read again; if they still differ, do not trust the key: it is not theirs.</source>
        <translation>These are not the last two groups of this key. Have them read again; if they still differ, do not trust the key: it is not theirs.</translation>
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
    <message>
        <source>The township (or sub-district) this office serves. The code is the 12-digit statistical division code, such as 370285105000. A county office enters its county&apos;s code, such as 370285000000.</source>
        <translation>The township (or sub-district) this office serves. The code is the 12-digit statistical division code, such as 370285105000. A county office enters its county&apos;s code, such as 370285000000.</translation>
    </message>
    <message>
        <source>Enter the name of the county.</source>
        <translation>Enter the name of the county.</translation>
    </message>
    <message>
        <source>This computer &amp;joins a township already set up on another (a checkpoint&apos;s laptop): its villages and records come with the first bundle from the office.</source>
        <translation>This computer &amp;joins a township already set up on another (a checkpoint&apos;s laptop): its villages and records come with the first bundle from the office.</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Open the file</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
</context>
<context>
    <name>HealthCheckRepository</name>
    <message>
        <source>Enter the date of the check.</source>
        <translation>Enter the date of the check.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>Choose morning or afternoon.</source>
        <translation>Choose morning or afternoon.</translation>
    </message>
    <message>
        <source>The person was not found: the record may have been removed.</source>
        <translation>The person was not found: the record may have been removed.</translation>
    </message>
</context>
<context>
    <name>HealthCheckRows</name>
    <message>
        <source>The day columns (such as %1) give no year, and the sheet has no 填报日期: give the year of the ledger.</source>
        <translation>The day columns (such as %1) give no year, and the sheet has no 填报日期: give the year of the ledger.</translation>
    </message>
    <message>
        <source>The sheet has no columns of days (3月5日 over 上午 and 下午, 3月5日上午, 第1天) and no date column beside the temperatures.</source>
        <translation>The sheet has no columns of days (3月5日 over 上午 and 下午, 3月5日上午, 第1天) and no date column beside the temperatures.</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>No registered person has the ID number %1: register the person, or import the isolation ledger, first.</source>
        <translation>No registered person has the ID number %1: register the person, or import the isolation ledger, first.</translation>
    </message>
    <message>
        <source>the ID number is registered as %1</source>
        <translation>the ID number is registered as %1</translation>
    </message>
    <message>
        <source>The row gives neither a name nor an ID number.</source>
        <translation>The row gives neither a name nor an ID number.</translation>
    </message>
    <message>
        <source>%1 is not among the persons under a measure: give the ID number.</source>
        <translation>%1 is not among the persons under a measure: give the ID number.</translation>
    </message>
    <message>
        <source>%1 persons named %2 are under measures: give the ID number.</source>
        <translation>%1 persons named %2 are under measures: give the ID number.</translation>
    </message>
    <message>
        <source>%1 has no measure to count %2 from.</source>
        <translation>%1 has no measure to count %2 from.</translation>
    </message>
    <message>
        <source>%1 is not a day of %2.</source>
        <translation>%1 is not a day of %2.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>The date is empty.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is after today.</source>
        <translation>%1: %2 is after today.</translation>
    </message>
    <message>
        <source>%1: given already in row %2, not taken again</source>
        <translation>%1: given already in row %2, not taken again</translation>
    </message>
    <message>
        <source>%1: %2 ℃ recorded, %3 ℃ in the ledger: kept</source>
        <translation>%1: %2 ℃ recorded, %3 ℃ in the ledger: kept</translation>
    </message>
    <message>
        <source>%1: %2 ℃ recorded, corrected to %3 ℃</source>
        <translation>%1: %2 ℃ recorded, corrected to %3 ℃</translation>
    </message>
    <message>
        <source>%1 marked without a temperature: not recorded</source>
        <translation>%1 marked without a temperature: not recorded</translation>
    </message>
    <message>
        <source>The temperatures of %1 are recorded already.</source>
        <translation>The temperatures of %1 are recorded already.</translation>
    </message>
    <message>
        <source>no temperature in the row</source>
        <translation>no temperature in the row</translation>
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
    <name>HouseholdMergeDialog</name>
    <message>
        <source>Merge %1 into another household</source>
        <translation>Merge %1 into another household</translation>
    </message>
    <message>
        <source>When one household was registered twice: its members, visits and needs move to the household chosen here, and %1 leaves the list.</source>
        <translation>When one household was registered twice: its members, visits and needs move to the household chosen here, and %1 leaves the list.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Choose the household that stays.</source>
        <translation>Choose the household that stays.</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <source>Address or name of the head of household</source>
        <translation>Address or name of the head of household</translation>
    </message>
    <message>
        <source>No household</source>
        <translation>No household</translation>
    </message>
    <message>
        <source>%1, %2 (no head yet)</source>
        <translation>%1, %2 (no head yet)</translation>
    </message>
    <message>
        <source>%1, %2, head %3</source>
        <translation>%1, %2, head %3</translation>
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
    <message>
        <source>Choose the relation to the head of household from the list.</source>
        <translation>Choose the relation to the head of household from the list.</translation>
    </message>
    <message>
        <source>The person is no longer in the register.</source>
        <translation>The person is no longer in the register.</translation>
    </message>
    <message>
        <source>%1 lives in another township: a move between townships is a removal there (moved out) and a new registration here.</source>
        <translation>%1 lives in another township: a move between townships is a removal there (moved out) and a new registration here.</translation>
    </message>
    <message>
        <source>The person is a member of that household already.</source>
        <translation>The person is a member of that household already.</translation>
    </message>
    <message>
        <source>Only members of the household can start a household of their own.</source>
        <translation>Only members of the household can start a household of their own.</translation>
    </message>
    <message>
        <source>At least one member stays: to move the whole household, edit its address instead.</source>
        <translation>At least one member stays: to move the whole household, edit its address instead.</translation>
    </message>
    <message>
        <source>A household cannot be merged into itself.</source>
        <translation>A household cannot be merged into itself.</translation>
    </message>
    <message>
        <source>The households cannot be counted: %1</source>
        <translation>The households cannot be counted: %1</translation>
    </message>
    <message>
        <source>The households cannot be read: %1</source>
        <translation>The households cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdSplitDialog</name>
    <message>
        <source>Split off a household from %1</source>
        <translation>Split off a household from %1</translation>
    </message>
    <message>
        <source>Moves to the new household</source>
        <translation>Moves to the new household</translation>
    </message>
    <message>
        <source>Relation to its head</source>
        <translation>Relation to its head</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>&amp;Head of the new household</source>
        <translation>&amp;Head of the new household</translation>
    </message>
    <message>
        <source>New &amp;address</source>
        <translation>New &amp;address</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Where</translation>
    </message>
    <message>
        <source>Tick the other members who move with the new head:</source>
        <translation>Tick the other members who move with the new head:</translation>
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
    <message>
        <source>All households</source>
        <translation>All households</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>Not yet visited</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>S&amp;plit off…</source>
        <translation>S&amp;plit off…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Mer&amp;ge into…</translation>
    </message>
    <message>
        <source>Set as &amp;head</source>
        <translation>Set as &amp;head</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Set as head</source>
        <translation>Set as head</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>ImportTarget</name>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Group or grid</source>
        <translation>Group or grid</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>Household number</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
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
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <source>Special group</source>
        <translation>Special group</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Released on</translation>
    </message>
    <message>
        <source>Release reason</source>
        <translation>Release reason</translation>
    </message>
    <message>
        <source>Responsible cadres</source>
        <translation>Responsible cadres</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Phone of %1</source>
        <translation>Phone of %1</translation>
    </message>
    <message>
        <source>Isolation site</source>
        <translation>Isolation site</translation>
    </message>
    <message>
        <source>Card posted</source>
        <translation>Card posted</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <source>Camera installed</source>
        <translation>Camera installed</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Residents and households</source>
        <translation>Residents and households</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Returnees</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <source>Home isolation</source>
        <translation>Home isolation</translation>
    </message>
    <message>
        <source>Central isolation</source>
        <translation>Central isolation</translation>
    </message>
    <message>
        <source>Temperature checks</source>
        <translation>Temperature checks</translation>
    </message>
    <message>
        <source>Testing round</source>
        <translation>Testing round</translation>
    </message>
    <message>
        <source>Round date</source>
        <translation>Round date</translation>
    </message>
    <message>
        <source>Sampled at</source>
        <translation>Sampled at</translation>
    </message>
    <message>
        <source>Time of sampling</source>
        <translation>Time of sampling</translation>
    </message>
    <message>
        <source>Test site</source>
        <translation>Test site</translation>
    </message>
    <message>
        <source>Tube number</source>
        <translation>Tube number</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>In or out</source>
        <translation>In or out</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Health code</source>
        <translation>Health code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Disinfected</source>
        <translation>Disinfected</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Permit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>Rectified on</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Testing samples</source>
        <translation>Testing samples</translation>
    </message>
    <message>
        <source>Checkpoint entries</source>
        <translation>Checkpoint entries</translation>
    </message>
    <message>
        <source>Supervision findings</source>
        <translation>Supervision findings</translation>
    </message>
</context>
<context>
    <name>ImportVerdictsModel</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a ledger (Excel/CSV)</source>
        <translation>Import a ledger (Excel/CSV)</translation>
    </message>
    <message>
        <source>The ledger to import</source>
        <translation>The ledger to import</translation>
    </message>
    <message>
        <source>The ledger&apos;s file</source>
        <translation>The ledger&apos;s file</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>Given by the ledger (its village column, or its 填报单位)</source>
        <translation>Given by the ledger (its village column, or its 填报单位)</translation>
    </message>
    <message>
        <source>The village of every row, for a ledger that has no village column and does not name its village above the heading.</source>
        <translation>The village of every row, for a ledger that has no village column and does not name its village above the heading.</translation>
    </message>
    <message>
        <source>Days written without their year (3月5日, 3/5) are taken in this year. When the ledger gives its 填报日期 above the heading, that year is filled in here once the file is read; change it only when the ledger&apos;s days belong to another year.</source>
        <translation>Days written without their year (3月5日, 3/5) are taken in this year. When the ledger gives its 填报日期 above the heading, that year is filled in here once the file is read; change it only when the ledger&apos;s days belong to another year.</translation>
    </message>
    <message>
        <source>Used for days written without their year, such as 3月5日. When the ledger gives its 填报日期 above the heading, its year is put here once the file is read.</source>
        <translation>Used for days written without their year, such as 3月5日. When the ledger gives its 填报日期 above the heading, its year is put here once the file is read.</translation>
    </message>
    <message>
        <source>Ledger &amp;file:</source>
        <translation>Ledger &amp;file:</translation>
    </message>
    <message>
        <source>The ledger &amp;lists:</source>
        <translation>The ledger &amp;lists:</translation>
    </message>
    <message>
        <source>&amp;Village of its rows:</source>
        <translation>&amp;Village of its rows:</translation>
    </message>
    <message>
        <source>&amp;Year of days without one:</source>
        <translation>&amp;Year of days without one:</translation>
    </message>
    <message>
        <source>The sheet and its heading</source>
        <translation>The sheet and its heading</translation>
    </message>
    <message>
        <source>The first rows as the file has them. The heading rows, which name the columns, are highlighted; the rows below them are read as records.</source>
        <translation>The first rows as the file has them. The heading rows, which name the columns, are highlighted; the rows below them are read as records.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The same row for a heading of one row; the row below it for a heading of two rows (基本信息 over 姓名, 性别, …).</source>
        <translation>The same row for a heading of one row; the row below it for a heading of two rows (基本信息 over 姓名, 性别, …).</translation>
    </message>
    <message>
        <source>Double-click a row to make it the heading.</source>
        <translation>Double-click a row to make it the heading.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Heading from &amp;row</source>
        <translation>Heading from &amp;row</translation>
    </message>
    <message>
        <source>&amp;to row</source>
        <translation>&amp;to row</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Which column is which</translation>
    </message>
    <message>
        <source>For each column of the ledger, the field it is imported as. Columns set to &quot;Not imported&quot; are left out.</source>
        <translation>For each column of the ledger, the field it is imported as. Columns set to &quot;Not imported&quot; are left out.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Heading in the ledger</source>
        <translation>Heading in the ledger</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Check every row</translation>
    </message>
    <message>
        <source>Every row of the ledger is read and checked; nothing is written yet. Import writes the rows that can be taken in one go, after a copy of the store is made.</source>
        <translation>Every row of the ledger is read and checked; nothing is written yet. Import writes the rows that can be taken in one go, after a copy of the store is made.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Skip them: keep the registered record</source>
        <translation>Skip them: keep the registered record</translation>
    </message>
    <message>
        <source>Update them from the ledger</source>
        <translation>Update them from the ledger</translation>
    </message>
    <message>
        <source>Keep them as they are and list them for review</source>
        <translation>Keep them as they are and list them for review</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>Rows to look at (refused, corrected, already registered)</source>
        <translation>Rows to look at (refused, corrected, already registered)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>&amp;Save the rows to fix…</source>
        <translation>&amp;Save the rows to fix…</translation>
    </message>
    <message>
        <source>An Excel file of the refused rows (and those listed for review) with the reason for each: corrected there, it imports again.</source>
        <translation>An Excel file of the refused rows (and those listed for review) with the reason for each: corrected there, it imports again.</translation>
    </message>
    <message>
        <source>Persons &amp;already registered:</source>
        <translation>Persons &amp;already registered:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>The persons and households are in the store; the residents and households pages show them.</source>
        <translation>The persons and households are in the store; the residents and households pages show them.</translation>
    </message>
    <message>
        <source>&amp;Save the refused rows…</source>
        <translation>&amp;Save the refused rows…</translation>
    </message>
    <message>
        <source>An Excel file of the rows that were refused, with the reason for each: corrected there, it imports again.</source>
        <translation>An Excel file of the rows that were refused, with the reason for each: corrected there, it imports again.</translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation>Import a ledger</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1 (hidden sheet)</source>
        <translation>%1 (hidden sheet)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>Part of a merged cell: %1</source>
        <translation>Part of a merged cell: %1</translation>
    </message>
    <message>
        <source>No heading was found in the first %1 rows.</source>
        <translation>No heading was found in the first %1 rows.</translation>
    </message>
    <message numerus="yes">
        <source>No heading was found in the %n row(s) of the sheet.</source>
        <translation>
            <numerusform>No heading was found in the %n row of the sheet.</numerusform>
            <numerusform>No heading was found in the %n rows of the sheet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look in the table below for the row that names the columns (姓名, 身份证号码, …) and enter its number in &quot;Heading from row&quot;; for a heading of two rows, the lower one in &quot;to row&quot;. A double click on a row also makes it the heading.</source>
        <translation>Look in the table below for the row that names the columns (姓名, 身份证号码, …) and enter its number in &quot;Heading from row&quot;; for a heading of two rows, the lower one in &quot;to row&quot;. A double click on a row also makes it the heading.</translation>
    </message>
    <message>
        <source>Row %1 is empty: choose the row that names the columns.</source>
        <translation>Row %1 is empty: choose the row that names the columns.</translation>
    </message>
    <message>
        <source>The heading is row %1 (highlighted); the rows below it are read as records.</source>
        <translation>The heading is row %1 (highlighted); the rows below it are read as records.</translation>
    </message>
    <message>
        <source>The heading is rows %1 and %2 (highlighted); the rows below them are read as records.</source>
        <translation>The heading is rows %1 and %2 (highlighted); the rows below them are read as records.</translation>
    </message>
    <message>
        <source>The ledger&apos;s 填报日期 is %1: days written without a year are taken in %2.</source>
        <translation>The ledger&apos;s 填报日期 is %1: days written without a year are taken in %2.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The ledger hides this column.</source>
        <translation>The ledger hides this column.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>%1 is chosen for columns %2 and %3: a field is imported from one column only. Set the other one to &quot;Not imported&quot;.</source>
        <translation>%1 is chosen for columns %2 and %3: a field is imported from one column only. Set the other one to &quot;Not imported&quot;.</translation>
    </message>
    <message>
        <source>Checking the rows of %1…</source>
        <translation>Checking the rows of %1…</translation>
    </message>
    <message>
        <source>No row of the ledger can be imported: correct the refused rows, or choose to update the persons already registered.</source>
        <translation>No row of the ledger can be imported: correct the refused rows, or choose to update the persons already registered.</translation>
    </message>
    <message>
        <source>Can be imported: %1 rows as they are and %2 after a correction, in %3 households.</source>
        <translation>Can be imported: %1 rows as they are and %2 after a correction, in %3 households.</translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n row(s), not imported (listed below with the reason).</source>
        <translation>
            <numerusform>Refused: %n row, not imported (listed below with the reason).</numerusform>
            <numerusform>Refused: %n rows, not imported (listed below with the reason).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n row(s) (blank rows, subtotals, totals, signature lines).</source>
        <translation>
            <numerusform>Skipped: %n row (blank rows, subtotals, totals, signature lines).</numerusform>
            <numerusform>Skipped: %n rows (blank rows, subtotals, totals, signature lines).</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written, the store is as it was.</source>
        <translation>The import was cancelled: nothing was written, the store is as it was.</translation>
    </message>
    <message>
        <source>Imported from %1: %2 persons in %3 households.</source>
        <translation>Imported from %1: %2 persons in %3 households.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already registered were updated from the ledger.</source>
        <translation>
            <numerusform>%n person already registered was updated from the ledger.</numerusform>
            <numerusform>%n persons already registered were updated from the ledger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already registered were left as they were.</source>
        <translation>
            <numerusform>%n person already registered was left as they were.</numerusform>
            <numerusform>%n persons already registered were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were refused and not imported: save them below, correct them in Excel and import that file.</source>
        <translation>
            <numerusform>%n row was refused and not imported: save it below, correct it in Excel and import that file.</numerusform>
            <numerusform>%n rows were refused and not imported: save them below, correct them in Excel and import that file.</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of the store from before the import is in %1.</source>
        <translation>A copy of the store from before the import is in %1.</translation>
    </message>
    <message>
        <source>Writing the rows to fix…</source>
        <translation>Writing the rows to fix…</translation>
    </message>
    <message>
        <source>%1 - rows to fix.xlsx</source>
        <translation>%1 - rows to fix.xlsx</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>Save the rows to fix</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicates (listed twice, or already registered): %n row(s).</source>
        <translation>
            <numerusform>Duplicates (listed twice, or already registered): %n row.</numerusform>
            <numerusform>Duplicates (listed twice, or already registered): %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, or the older .xls) or a CSV file that the villages or the office kept, such as a 花名册 or a 返乡人员台账. Nothing is written before the last step.</source>
        <translation>An Excel workbook (.xlsx, or the older .xls) or a CSV file that the villages or the office kept, such as a 花名册 or a 返乡人员台账. Nothing is written before the last step.</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Ledgers (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>InstanceKeys</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>The cryptography library cannot start.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot read the keys in %1.</source>
        <translation>Cannot read the keys in %1.</translation>
    </message>
    <message>
        <source>The keys in %1 are damaged.</source>
        <translation>The keys in %1 are damaged.</translation>
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
    <message>
        <source>The address search index is damaged: %1</source>
        <translation>The address search index is damaged: %1</translation>
    </message>
    <message>
        <source>The address search index holds %1 households but the store has %2.</source>
        <translation>The address search index holds %1 households but the store has %2.</translation>
    </message>
</context>
<context>
    <name>IsolationSite</name>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>IsolationSiteRepository</name>
    <message>
        <source>Enter the name of the isolation site.</source>
        <translation>Enter the name of the isolation site.</translation>
    </message>
    <message>
        <source>The capacity of %1 must be between 1 and 10000 persons.</source>
        <translation>The capacity of %1 must be between 1 and 10000 persons.</translation>
    </message>
    <message>
        <source>Choose whether the site is in use, on standby or closed.</source>
        <translation>Choose whether the site is in use, on standby or closed.</translation>
    </message>
    <message>
        <source>There is already an isolation site named %1.</source>
        <translation>There is already an isolation site named %1.</translation>
    </message>
    <message>
        <source>%1 persons are isolated at %2: release them before closing the site.</source>
        <translation>%1 persons are isolated at %2: release them before closing the site.</translation>
    </message>
    <message>
        <source>%1 persons are isolated at %2, more than the capacity %3.</source>
        <translation>%1 persons are isolated at %2, more than the capacity %3.</translation>
    </message>
</context>
<context>
    <name>IsolationSitesDialog</name>
    <message>
        <source>Isolation sites</source>
        <translation>Isolation sites</translation>
    </message>
    <message>
        <source>N&amp;ew site</source>
        <translation>N&amp;ew site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Save site</source>
        <translation>&amp;Save site</translation>
    </message>
    <message>
        <source>A&amp;dd site</source>
        <translation>A&amp;dd site</translation>
    </message>
</context>
<context>
    <name>KnownToSeveralModel</name>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Latest measure</source>
        <translation>Latest measure</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
</context>
<context>
    <name>KnownToSeveralPanel</name>
    <message>
        <source>&amp;Send verification tasks</source>
        <translation>&amp;Send verification tasks</translation>
    </message>
    <message>
        <source>Gives each township that keeps the chosen ID number a task to verify the person, naming the other townships.</source>
        <translation>Gives each township that keeps the chosen ID number a task to verify the person, naming the other townships.</translation>
    </message>
    <message>
        <source>Show &amp;whole ID numbers</source>
        <translation>Show &amp;whole ID numbers</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Reading the list…</translation>
    </message>
    <message numerus="yes">
        <source>%n ID number(s) kept by two or more townships.</source>
        <translation>
            <numerusform>%n ID number kept by two or more townships.</numerusform>
            <numerusform>%n ID numbers kept by two or more townships.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnownToSeveralUnits</name>
    <message>
        <source>No ID number is kept by two or more townships: no task was given.</source>
        <translation>No ID number is kept by two or more townships: no task was given.</translation>
    </message>
    <message numerus="yes">
        <source>%n verification task(s) given.</source>
        <translation>
            <numerusform>%n verification task given.</numerusform>
            <numerusform>%n verification tasks given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n township(s) had been given the task today already and were not given it again.</source>
        <translation>
            <numerusform>%n township had been given the task today already and were not given it again.</numerusform>
            <numerusform>%n townships had been given the task today already and were not given it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline must be today or later.</source>
        <translation>The deadline must be today or later.</translation>
    </message>
    <message>
        <source>The ID number %1 is not kept by two or more townships.</source>
        <translation>The ID number %1 is not kept by two or more townships.</translation>
    </message>
    <message>
        <source>The same ID number is also registered in %1: find out where the person lives now.</source>
        <translation>The same ID number is also registered in %1: find out where the person lives now.</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>Cancelled: the store is unchanged.</source>
        <translation>Cancelled: the store is unchanged.</translation>
    </message>
    <message>
        <source>No heading row found in the first %1 rows: a ledger of %2 needs a row of headings such as %3.</source>
        <translation>No heading row found in the first %1 rows: a ledger of %2 needs a row of headings such as %3.</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>blank row</translation>
    </message>
    <message>
        <source>subtotal row</source>
        <translation>subtotal row</translation>
    </message>
    <message>
        <source>total row</source>
        <translation>total row</translation>
    </message>
    <message>
        <source>repeated heading</source>
        <translation>repeated heading</translation>
    </message>
    <message>
        <source>signature or remark line</source>
        <translation>signature or remark line</translation>
    </message>
    <message>
        <source>The ledger has no column for %1: map one of its columns to it.</source>
        <translation>The ledger has no column for %1: map one of its columns to it.</translation>
    </message>
    <message>
        <source>Open a ledger file first.</source>
        <translation>Open a ledger file first.</translation>
    </message>
    <message>
        <source>Unknown kind of ledger %1: choose one of %2.</source>
        <translation>Unknown kind of ledger %1: choose one of %2.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n sheet(s).</source>
        <translation>
            <numerusform>The file has %n sheet.</numerusform>
            <numerusform>The file has %n sheets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1: %2</source>
        <translation>Sheet %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The file has no sheet to read.</source>
        <translation>The file has no sheet to read.</translation>
    </message>
    <message>
        <source>The sheet has headings but no rows of data below them.</source>
        <translation>The sheet has headings but no rows of data below them.</translation>
    </message>
    <message>
        <source>Run the dry run first.</source>
        <translation>Run the dry run first.</translation>
    </message>
    <message>
        <source>No row can be imported: %1 refused, %2 already registered.</source>
        <translation>No row can be imported: %1 refused, %2 already registered.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n row refused</numerusform>
            <numerusform>%n rows refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>Rows to fix</translation>
    </message>
    <message>
        <source>Row in %1</source>
        <translation>Row in %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>hidden row: show it in the spreadsheet to import it</source>
        <translation>hidden row: show it in the spreadsheet to import it</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose your name and type your password. The records you make carry your name.</source>
        <translation>Choose your name and type your password. The records you make carry your name.</translation>
    </message>
    <message>
        <source>The window was locked while nobody used it. Type your password to go on.</source>
        <translation>The window was locked while nobody used it. Type your password to go on.</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Quit the program</source>
        <translation>&amp;Quit the program</translation>
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
    <message>
        <source>Control measures</source>
        <translation>Control measures</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registries</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Health checks</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testing</translation>
    </message>
    <message>
        <source>Verification tasks</source>
        <translation>Verification tasks</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Today&apos;s copy of the store could not be made: %1</source>
        <translation>Today&apos;s copy of the store could not be made: %1</translation>
    </message>
    <message>
        <source>Today&apos;s copy of the store is in %1.</source>
        <translation>Today&apos;s copy of the store is in %1.</translation>
    </message>
    <message>
        <source>&amp;Import a ledger (Excel/CSV)…</source>
        <translation>&amp;Import a ledger (Excel/CSV)…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>New control measure</source>
        <translation>New control measure</translation>
    </message>
    <message>
        <source>e.g. 2022-03-25</source>
        <translation>e.g. 2022-03-25</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 places taken)</source>
        <translation>%1 (%2 of %3 places taken)</translation>
    </message>
    <message>
        <source>Isolation &amp;card posted</source>
        <translation>Isolation &amp;card posted</translation>
    </message>
    <message>
        <source>A&amp;greement signed</source>
        <translation>A&amp;greement signed</translation>
    </message>
    <message>
        <source>Door camera &amp;installed</source>
        <translation>Door camera &amp;installed</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation>S&amp;tarts</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>Isolation &amp;site</source>
        <translation>Isolation &amp;site</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Responsible cadres (at most five)</source>
        <translation>Responsible cadres (at most five)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Start date: %1</source>
        <translation>Start date: %1</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>ends %1</translation>
    </message>
</context>
<context>
    <name>MeasureRepository</name>
    <message>
        <source>Enter the name of the responsible cadre.</source>
        <translation>Enter the name of the responsible cadre.</translation>
    </message>
    <message>
        <source>Choose the role of %1.</source>
        <translation>Choose the role of %1.</translation>
    </message>
    <message>
        <source>Enter the phone number of %1.</source>
        <translation>Enter the phone number of %1.</translation>
    </message>
    <message>
        <source>The phone number of %1 is wrong: %2</source>
        <translation>The phone number of %1 is wrong: %2</translation>
    </message>
    <message>
        <source>Choose the person the measure applies to.</source>
        <translation>Choose the person the measure applies to.</translation>
    </message>
    <message>
        <source>Choose the kind of measure.</source>
        <translation>Choose the kind of measure.</translation>
    </message>
    <message>
        <source>Enter the date the measure starts.</source>
        <translation>Enter the date the measure starts.</translation>
    </message>
    <message>
        <source>The start date %1 is in the future.</source>
        <translation>The start date %1 is in the future.</translation>
    </message>
    <message>
        <source>At most %1 cadres can be responsible for one person, but %2 were entered.</source>
        <translation>At most %1 cadres can be responsible for one person, but %2 were entered.</translation>
    </message>
    <message>
        <source>%1 is entered twice among the responsible cadres.</source>
        <translation>%1 is entered twice among the responsible cadres.</translation>
    </message>
    <message>
        <source>%1 is already under %2 since %3 (planned end %4): release that measure before adding another.</source>
        <translation>%1 is already under %2 since %3 (planned end %4): release that measure before adding another.</translation>
    </message>
    <message>
        <source>Choose the isolation site for central isolation.</source>
        <translation>Choose the isolation site for central isolation.</translation>
    </message>
    <message>
        <source>The isolation site %1 is closed.</source>
        <translation>The isolation site %1 is closed.</translation>
    </message>
    <message>
        <source>The isolation site %1 is full: %2 of %3 places are taken.</source>
        <translation>The isolation site %1 is full: %2 of %3 places are taken.</translation>
    </message>
    <message>
        <source>The measure no longer exists.</source>
        <translation>The measure no longer exists.</translation>
    </message>
    <message>
        <source>The measure was already released on %1.</source>
        <translation>The measure was already released on %1.</translation>
    </message>
    <message>
        <source>Enter the date of release.</source>
        <translation>Enter the date of release.</translation>
    </message>
    <message>
        <source>The release date %1 is before the measure started on %2.</source>
        <translation>The release date %1 is before the measure started on %2.</translation>
    </message>
    <message>
        <source>The release date %1 is in the future.</source>
        <translation>The release date %1 is in the future.</translation>
    </message>
    <message>
        <source>Enter the reason for the release.</source>
        <translation>Enter the reason for the release.</translation>
    </message>
    <message>
        <source>The checklist (card, agreement, camera) applies to home isolation only.</source>
        <translation>The checklist (card, agreement, camera) applies to home isolation only.</translation>
    </message>
    <message>
        <source>The measure was released on %1: it needs no more cadres.</source>
        <translation>The measure was released on %1: it needs no more cadres.</translation>
    </message>
    <message>
        <source>%1 already has %2 responsible cadres: remove one before adding another.</source>
        <translation>%1 already has %2 responsible cadres: remove one before adding another.</translation>
    </message>
    <message>
        <source>%1 is already responsible for %2.</source>
        <translation>%1 is already responsible for %2.</translation>
    </message>
    <message>
        <source>The planned end %1 is before the measure started on %2.</source>
        <translation>The planned end %1 is before the measure started on %2.</translation>
    </message>
</context>
<context>
    <name>MeasureRows</name>
    <message>
        <source>isolation site %1 taken as %2</source>
        <translation>isolation site %1 taken as %2</translation>
    </message>
    <message>
        <source>%1 is not an isolation site of the township: set up the site first.</source>
        <translation>%1 is not an isolation site of the township: set up the site first.</translation>
    </message>
    <message>
        <source>%1 is not one of the township&apos;s isolation sites (%2): set it up first, or write its name as it is set up.</source>
        <translation>%1 is not one of the township&apos;s isolation sites (%2): set it up first, or write its name as it is set up.</translation>
    </message>
    <message>
        <source>the role of %1 is not given: taken as %2</source>
        <translation>the role of %1 is not given: taken as %2</translation>
    </message>
    <message>
        <source>volunteer %1 recorded as %2</source>
        <translation>volunteer %1 recorded as %2</translation>
    </message>
    <message>
        <source>%1 has no phone number: not recorded as responsible</source>
        <translation>%1 has no phone number: not recorded as responsible</translation>
    </message>
    <message>
        <source>The phone number of %1 is wrong: %2</source>
        <translation>The phone number of %1 is wrong: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Release date</translation>
    </message>
    <message>
        <source>The start date is empty.</source>
        <translation>The start date is empty.</translation>
    </message>
    <message>
        <source>Period completed</source>
        <translation>Period completed</translation>
    </message>
    <message>
        <source>released without a reason: %1 taken</source>
        <translation>released without a reason: %1 taken</translation>
    </message>
    <message>
        <source>The isolation site is empty.</source>
        <translation>The isolation site is empty.</translation>
    </message>
    <message>
        <source>The same measure as row %1.</source>
        <translation>The same measure as row %1.</translation>
    </message>
    <message>
        <source>Already recorded: %1 from %2.</source>
        <translation>Already recorded: %1 from %2.</translation>
    </message>
    <message>
        <source>Already under %1 since %2: a person is under one running measure at a time; release that one first.</source>
        <translation>Already under %1 since %2: a person is under one running measure at a time; release that one first.</translation>
    </message>
    <message>
        <source>The isolation site %1 is closed.</source>
        <translation>The isolation site %1 is closed.</translation>
    </message>
    <message>
        <source>The isolation site %1 is full: its %2 places are taken.</source>
        <translation>The isolation site %1 is full: its %2 places are taken.</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Isolation site</source>
        <translation>Isolation site</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>&amp;New measure</source>
        <translation>&amp;New measure</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>Responsible &amp;cadres</source>
        <translation>Responsible &amp;cadres</translation>
    </message>
    <message>
        <source>Isolation &amp;sites</source>
        <translation>Isolation &amp;sites</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>All measures</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Due for release today (%1)</source>
        <translation>Due for release today (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>Isolation sites</source>
        <translation>Isolation sites</translation>
    </message>
    <message>
        <source>Responsible cadres</source>
        <translation>Responsible cadres</translation>
    </message>
    <message>
        <source>Today %1: %2 due for release, %3 overdue, %4 full isolation site(s).</source>
        <translation>Today %1: %2 due for release, %3 overdue, %4 full isolation site(s).</translation>
    </message>
    <message>
        <source>%1 No isolation site is on standby.</source>
        <translation>%1 No isolation site is on standby.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>Record a need</source>
        <translation>Record a need</translation>
    </message>
    <message>
        <source>A &amp;person in a special group</source>
        <translation>A &amp;person in a special group</translation>
    </message>
    <message>
        <source>A &amp;household</source>
        <translation>A &amp;household</translation>
    </message>
    <message>
        <source>e.g. blood-pressure tablets for a week</source>
        <translation>e.g. blood-pressure tablets for a week</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Need</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Detail</translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation>&amp;Reported on</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Reported on: %1</source>
        <translation>Reported on: %1</translation>
    </message>
</context>
<context>
    <name>NeedMetDialog</name>
    <message>
        <source>Need met</source>
        <translation>Need met</translation>
    </message>
    <message>
        <source>%1 for %2, reported on %3: %4</source>
        <translation>%1 for %2, reported on %3: %4</translation>
    </message>
    <message>
        <source>Name of the cadre or volunteer</source>
        <translation>Name of the cadre or volunteer</translation>
    </message>
    <message>
        <source>Met &amp;on</source>
        <translation>Met &amp;on</translation>
    </message>
    <message>
        <source>Met &amp;by</source>
        <translation>Met &amp;by</translation>
    </message>
    <message>
        <source>Met on: %1</source>
        <translation>Met on: %1</translation>
    </message>
</context>
<context>
    <name>NeedRecord</name>
    <message>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Medical visit</source>
        <translation>Medical visit</translation>
    </message>
    <message>
        <source>Other need</source>
        <translation>Other need</translation>
    </message>
</context>
<context>
    <name>NeedRepository</name>
    <message>
        <source>The person no longer exists.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <source>%1 is in no special group: record the need for the household, or set the special group on the person first.</source>
        <translation>%1 is in no special group: record the need for the household, or set the special group on the person first.</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>The household no longer exists.</translation>
    </message>
    <message>
        <source>Choose the person or the household that has the need.</source>
        <translation>Choose the person or the household that has the need.</translation>
    </message>
    <message>
        <source>Choose what is needed.</source>
        <translation>Choose what is needed.</translation>
    </message>
    <message>
        <source>Describe the need.</source>
        <translation>Describe the need.</translation>
    </message>
    <message>
        <source>Enter the date the need was reported.</source>
        <translation>Enter the date the need was reported.</translation>
    </message>
    <message>
        <source>The date the need was reported, %1, is in the future.</source>
        <translation>The date the need was reported, %1, is in the future.</translation>
    </message>
    <message>
        <source>The need record no longer exists.</source>
        <translation>The need record no longer exists.</translation>
    </message>
    <message>
        <source>The need was already met on %1 by %2.</source>
        <translation>The need was already met on %1 by %2.</translation>
    </message>
    <message>
        <source>Enter the date the need was met.</source>
        <translation>Enter the date the need was met.</translation>
    </message>
    <message>
        <source>The date met, %1, is before the need was reported on %2.</source>
        <translation>The date met, %1, is before the need was reported on %2.</translation>
    </message>
    <message>
        <source>The date met, %1, is in the future.</source>
        <translation>The date met, %1, is in the future.</translation>
    </message>
    <message>
        <source>Enter who met the need.</source>
        <translation>Enter who met the need.</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Person or head of household</source>
        <translation>Person or head of household</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Met on</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>Met by</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>&amp;Record a need</source>
        <translation>&amp;Record a need</translation>
    </message>
    <message>
        <source>&amp;Mark met</source>
        <translation>&amp;Mark met</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n need</numerusform>
            <numerusform>%n needs</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>OdtDocument</name>
    <message>
        <source>The report is empty.</source>
        <translation>The report is empty.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>PayloadCipher</name>
    <message>
        <source>The recipient&apos;s encryption key is not usable.</source>
        <translation>The recipient&apos;s encryption key is not usable.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The bundle cannot be written.</source>
        <translation>The bundle cannot be written.</translation>
    </message>
    <message>
        <source>The payload cannot be opened with this installation&apos;s key.</source>
        <translation>The payload cannot be opened with this installation&apos;s key.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The payload is damaged.</source>
        <translation>The payload is damaged.</translation>
    </message>
    <message>
        <source>The payload is damaged: a piece does not decrypt.</source>
        <translation>The payload is damaged: a piece does not decrypt.</translation>
    </message>
    <message>
        <source>The payload is larger than its manifest says; it is refused.</source>
        <translation>The payload is larger than its manifest says; it is refused.</translation>
    </message>
    <message>
        <source>The payload is cut short.</source>
        <translation>The payload is cut short.</translation>
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
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Other relation</source>
        <translation>Other relation</translation>
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
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Hou&amp;sehold</source>
        <translation>Hou&amp;sehold</translation>
    </message>
    <message>
        <source>Re&amp;lation to head</source>
        <translation>Re&amp;lation to head</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name, ID number or phone</source>
        <translation>Name, ID number or phone</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>no ID number</source>
        <translation>no ID number</translation>
    </message>
</context>
<context>
    <name>PersonQuery</name>
    <message>
        <source>Cannot read the persons: %1</source>
        <translation>Cannot read the persons: %1</translation>
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
    <message>
        <source>Choose the relation to the head of household from the list.</source>
        <translation>Choose the relation to the head of household from the list.</translation>
    </message>
    <message>
        <source>The person is no longer in the register.</source>
        <translation>The person is no longer in the register.</translation>
    </message>
    <message>
        <source>Enter where %1 moved to.</source>
        <translation>Enter where %1 moved to.</translation>
    </message>
    <message>
        <source>Enter the date %1 died.</source>
        <translation>Enter the date %1 died.</translation>
    </message>
    <message>
        <source>Choose the person %1 is the same as.</source>
        <translation>Choose the person %1 is the same as.</translation>
    </message>
    <message>
        <source>A person cannot be merged into themselves.</source>
        <translation>A person cannot be merged into themselves.</translation>
    </message>
    <message>
        <source>%1 is kept by another township; only records of one township can be merged.</source>
        <translation>%1 is kept by another township; only records of one township can be merged.</translation>
    </message>
    <message>
        <source>Choose why the person leaves the register.</source>
        <translation>Choose why the person leaves the register.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>The person is not among the removed.</source>
        <translation>The person is not among the removed.</translation>
    </message>
    <message>
        <source>%1 cannot come back: the ID number %2 is registered for %3 now.</source>
        <translation>%1 cannot come back: the ID number %2 is registered for %3 now.</translation>
    </message>
</context>
<context>
    <name>PersonRows</name>
    <message>
        <source>The township has no villages yet: set it up first.</source>
        <translation>The township has no villages yet: set it up first.</translation>
    </message>
    <message>
        <source>There is no village with the code %1.</source>
        <translation>There is no village with the code %1.</translation>
    </message>
    <message>
        <source>%1 is not one of the township&apos;s villages (%2).</source>
        <translation>%1 is not one of the township&apos;s villages (%2).</translation>
    </message>
    <message>
        <source>The row names no village: map a village column, or choose the village of the whole ledger.</source>
        <translation>The row names no village: map a village column, or choose the village of the whole ledger.</translation>
    </message>
    <message>
        <source>The ID number is empty: the person is found, or registered, by it.</source>
        <translation>The ID number is empty: the person is found, or registered, by it.</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>the ID number is registered as %1</source>
        <translation>the ID number is registered as %1</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>%1 is not a group or grid of %2: filed under the village</source>
        <translation>%1 is not a group or grid of %2: filed under the village</translation>
    </message>
    <message>
        <source>gender %1 disagrees with the ID number: %2 kept</source>
        <translation>gender %1 disagrees with the ID number: %2 kept</translation>
    </message>
    <message>
        <source>birth date %1 disagrees with the ID number: %2 kept</source>
        <translation>birth date %1 disagrees with the ID number: %2 kept</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>residence type %1 not known: %2 kept</source>
        <translation>residence type %1 not known: %2 kept</translation>
    </message>
    <message>
        <source>special group %1 taken as %2</source>
        <translation>special group %1 taken as %2</translation>
    </message>
    <message>
        <source>relation %1 taken as %2</source>
        <translation>relation %1 taken as %2</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <source>The same ID number as row %1.</source>
        <translation>The same ID number as row %1.</translation>
    </message>
    <message>
        <source>Already registered as %1: kept as it is.</source>
        <translation>Already registered as %1: kept as it is.</translation>
    </message>
    <message>
        <source>Already registered as %1: to review.</source>
        <translation>Already registered as %1: to review.</translation>
    </message>
    <message>
        <source>Already registered as %1: updated from the ledger.</source>
        <translation>Already registered as %1: updated from the ledger.</translation>
    </message>
    <message>
        <source>already registered: marked as a returnee</source>
        <translation>already registered: marked as a returnee</translation>
    </message>
    <message>
        <source>a second head of household: listed as a member</source>
        <translation>a second head of household: listed as a member</translation>
    </message>
    <message>
        <source>not registered yet: registered from the row</source>
        <translation>not registered yet: registered from the row</translation>
    </message>
    <message>
        <source>Other phone: %1</source>
        <translation>Other phone: %1</translation>
    </message>
    <message>
        <source>%1 kept, %2 put in the notes</source>
        <translation>%1 kept, %2 put in the notes</translation>
    </message>
    <message>
        <source>No ID number, and the same name, village and birth date as row %1.</source>
        <translation>No ID number, and the same name, village and birth date as row %1.</translation>
    </message>
    <message>
        <source>No ID number, and the same name, village and phone as row %1.</source>
        <translation>No ID number, and the same name, village and phone as row %1.</translation>
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
    <name>Plate</name>
    <message>
        <source>Enter the plate.</source>
        <translation>Enter the plate.</translation>
    </message>
    <message>
        <source>A plate starts with the province&apos;s character, such as 鲁 or 京; %1 does not.</source>
        <translation>A plate starts with the province&apos;s character, such as 鲁 or 京; %1 does not.</translation>
    </message>
    <message>
        <source>The second character of a plate is the city&apos;s letter, such as B in 鲁B; %1 has none.</source>
        <translation>The second character of a plate is the city&apos;s letter, such as B in 鲁B; %1 has none.</translation>
    </message>
    <message>
        <source>%1 is not a plate: after the city letter come five letters and digits.</source>
        <translation>%1 is not a plate: after the city letter come five letters and digits.</translation>
    </message>
    <message>
        <source>%1 is not a new-energy plate: it has D or F right after the city letter, or at the end.</source>
        <translation>%1 is not a new-energy plate: it has D or F right after the city letter, or at the end.</translation>
    </message>
    <message>
        <source>A plate has 7 characters, or 8 for a new-energy vehicle; %1 has %2.</source>
        <translation>A plate has 7 characters, or 8 for a new-energy vehicle; %1 has %2.</translation>
    </message>
</context>
<context>
    <name>PolicyValues</name>
    <message>
        <source>Isolation days must be between 1 and 60.</source>
        <translation>Isolation days must be between 1 and 60.</translation>
    </message>
    <message>
        <source>The fever threshold must be between 36.0 ℃ and 39.0 ℃.</source>
        <translation>The fever threshold must be between 36.0 ℃ and 39.0 ℃.</translation>
    </message>
    <message>
        <source>Write the periods as hours from 0 to 24 that follow each other, such as 0-8,8-16,16-24.</source>
        <translation>Write the periods as hours from 0 to 24 that follow each other, such as 0-8,8-16,16-24.</translation>
    </message>
    <message>
        <source>The clock tolerance must be between 0 and 1440 minutes.</source>
        <translation>The clock tolerance must be between 0 and 1440 minutes.</translation>
    </message>
</context>
<context>
    <name>ReadingOverlay</name>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
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
    <name>RegistriesPage</name>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Full data</source>
        <translation>&amp;Full data</translation>
    </message>
    <message>
        <source>Show and export ID numbers and phones in full. Leave it unticked for lists that leave the office.</source>
        <translation>Show and export ID numbers and phones in full. Leave it unticked for lists that leave the office.</translation>
    </message>
    <message>
        <source>Export &amp;xlsx…</source>
        <translation>Export &amp;xlsx…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>UTF-8 (Excel)</source>
        <translation>UTF-8 (Excel)</translation>
    </message>
    <message>
        <source>GB18030 (older programs)</source>
        <translation>GB18030 (older programs)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>All checkpoints</source>
        <translation>All checkpoints</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Full data</source>
        <translation>Full data</translation>
    </message>
    <message>
        <source>The ID numbers and phones leave the program in full. Why (for whom, for what)? The reason is kept in the audit log with your name.</source>
        <translation>The ID numbers and phones leave the program in full. Why (for whom, for what)? The reason is kept in the audit log with your name.</translation>
    </message>
</context>
<context>
    <name>RegistryCatalog</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Personnel register</source>
        <translation>Personnel register</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <source>Special group</source>
        <translation>Special group</translation>
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
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Returnee screening register</source>
        <translation>Returnee screening register</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Arrived on</translation>
    </message>
    <message>
        <source>Risk area</source>
        <translation>Risk area</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>Close contact</translation>
    </message>
    <message>
        <source>Isolation period</source>
        <translation>Isolation period</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Central isolation register</source>
        <translation>Central isolation register</translation>
    </message>
    <message>
        <source>Home isolation register</source>
        <translation>Home isolation register</translation>
    </message>
    <message>
        <source>Isolation site</source>
        <translation>Isolation site</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Released on</translation>
    </message>
    <message>
        <source>Release reason</source>
        <translation>Release reason</translation>
    </message>
    <message>
        <source>Card posted</source>
        <translation>Card posted</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <source>Camera installed</source>
        <translation>Camera installed</translation>
    </message>
    <message>
        <source>Responsible cadres</source>
        <translation>Responsible cadres</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Under isolation</source>
        <translation>Under isolation</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Temperature (℃)</source>
        <translation>Temperature (℃)</translation>
    </message>
    <message>
        <source>Health monitoring register</source>
        <translation>Health monitoring register</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>Testing round</source>
        <translation>Testing round</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Testing roster</source>
        <translation>Testing roster</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Round date</source>
        <translation>Round date</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Sampled at</source>
        <translation>Sampled at</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Untested persons</source>
        <translation>Untested persons</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Special-needs register</source>
        <translation>Special-needs register</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Met on</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>Met by</translation>
    </message>
    <message>
        <source>Not yet met</source>
        <translation>Not yet met</translation>
    </message>
    <message>
        <source>Person or vehicle</source>
        <translation>Person or vehicle</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Checkpoint entry log</source>
        <translation>Checkpoint entry log</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>In/out</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Health code</source>
        <translation>Health code</translation>
    </message>
    <message>
        <source>Disinfected</source>
        <translation>Disinfected</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Permit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Not let through</source>
        <translation>Not let through</translation>
    </message>
    <message>
        <source>Red or yellow code</source>
        <translation>Red or yellow code</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Checkpoint duty roster</source>
        <translation>Checkpoint duty roster</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem found</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Supervision findings and rectification ledger</source>
        <translation>Supervision findings and rectification ledger</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Not yet rectified</source>
        <translation>Not yet rectified</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Rectified, not closed</source>
        <translation>Rectified, not closed</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Supervision visit log</source>
        <translation>Supervision visit log</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>Unannounced</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Households not yet visited</source>
        <translation>Households not yet visited</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Visits since</source>
        <translation>Visits since</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
</context>
<context>
    <name>RegistryLayout</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A column heading under its group heading, such as &quot;Morning (Temperature)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit: %1    Period: %2 to %3    Date: %4</source>
        <translation>Unit: %1    Period: %2 to %3    Date: %4</translation>
    </message>
    <message>
        <source>Unit: %1    Period: from %2    Date: %3</source>
        <translation>Unit: %1    Period: from %2    Date: %3</translation>
    </message>
    <message>
        <source>Unit: %1    Period: until %2    Date: %3</source>
        <translation>Unit: %1    Period: until %2    Date: %3</translation>
    </message>
    <message>
        <source>Unit: %1    Date: %2</source>
        <translation>Unit: %1    Date: %2</translation>
    </message>
    <message>
        <source>Prepared by:                Reviewed by:                Date prepared:</source>
        <translation>Prepared by:                Reviewed by:                Date prepared:</translation>
    </message>
</context>
<context>
    <name>RegistryPrinter</name>
    <message>
        <source>Cannot start printing.</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>RegistryQuery</name>
    <message>
        <source>There is no such registry.</source>
        <translation>There is no such registry.</translation>
    </message>
    <message>
        <source>There is no village %1.</source>
        <translation>There is no village %1.</translation>
    </message>
    <message>
        <source>The registry %1 has no category %2.</source>
        <translation>The registry %1 has no category %2.</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>The start date %1 is after the end date %2.</translation>
    </message>
    <message>
        <source>The registry %1 cannot be read: %2</source>
        <translation>The registry %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Say why the full ID numbers and phones leave the program: the reason is kept in the audit log.</source>
        <translation>Say why the full ID numbers and phones leave the program: the reason is kept in the audit log.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release from measure</source>
        <translation>Release from measure</translation>
    </message>
    <message>
        <source>Release %1 of %2 from %3, started %4, planned end %5.</source>
        <translation>Release %1 of %2 from %3, started %4, planned end %5.</translation>
    </message>
    <message>
        <source>Period completed, tests negative</source>
        <translation>Period completed, tests negative</translation>
    </message>
    <message>
        <source>Transferred to hospital</source>
        <translation>Transferred to hospital</translation>
    </message>
    <message>
        <source>Moved to central isolation</source>
        <translation>Moved to central isolation</translation>
    </message>
    <message>
        <source>Left the township</source>
        <translation>Left the township</translation>
    </message>
    <message>
        <source>Release &amp;date</source>
        <translation>Release &amp;date</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Release date: %1</source>
        <translation>Release date: %1</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Registered twice</source>
        <translation>Registered twice</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>RemovePersonDialog</name>
    <message>
        <source>Remove %1 from the register</source>
        <translation>Remove %1 from the register</translation>
    </message>
    <message>
        <source>%1 of %2, ID number %3</source>
        <translation>%1 of %2, ID number %3</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>such as 青岛市市南区</source>
        <translation>such as 青岛市市南区</translation>
    </message>
    <message>
        <source>Moved &amp;to</source>
        <translation>Moved &amp;to</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Date of &amp;death</source>
        <translation>Date of &amp;death</translation>
    </message>
    <message>
        <source>The record that stays (find it by name, ID number or phone). The measures, checks, samples and checkpoint entries of %1 move to it.</source>
        <translation>The record that stays (find it by name, ID number or phone). The measures, checks, samples and checkpoint entries of %1 move to it.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The report is empty.</source>
        <translation>The report is empty.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
    <message>
        <source>Moved out on %1 to %2</source>
        <translation>Moved out on %1 to %2</translation>
    </message>
    <message>
        <source>Died on %1</source>
        <translation>Died on %1</translation>
    </message>
    <message>
        <source>Registered twice; merged on %1</source>
        <translation>Registered twice; merged on %1</translation>
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
        <source>&amp;Household</source>
        <translation>&amp;Household</translation>
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
        <source>More than %1 persons: type more to narrow the search.</source>
        <translation>More than %1 persons: type more to narrow the search.</translation>
    </message>
    <message>
        <source>Re&amp;moved</source>
        <translation>Re&amp;moved</translation>
    </message>
    <message>
        <source>Persons taken off the register: moved out, died, registered twice</source>
        <translation>Persons taken off the register: moved out, died, registered twice</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Undo removal</source>
        <translation>&amp;Undo removal</translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation>Undo removal</translation>
    </message>
    <message>
        <source>No residents are registered yet. If the villages kept their rosters (花名册) in Excel or as CSV files, import them instead of typing them again.</source>
        <translation>No residents are registered yet. If the villages kept their rosters (花名册) in Excel or as CSV files, import them instead of typing them again.</translation>
    </message>
    <message>
        <source>&amp;Import an existing ledger…</source>
        <translation>&amp;Import an existing ledger…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>Responsibility</name>
    <message>
        <source>Township cadre</source>
        <translation>Township cadre</translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation>Village cadre</translation>
    </message>
    <message>
        <source>Village doctor</source>
        <translation>Village doctor</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>Police officer</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>Grid worker</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>manage the users</source>
        <translation>manage the users</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>change the settings</translation>
    </message>
    <message>
        <source>manage the keys</source>
        <translation>manage the keys</translation>
    </message>
    <message>
        <source>restore a copy of the store</source>
        <translation>restore a copy of the store</translation>
    </message>
    <message>
        <source>change the ledgers</source>
        <translation>change the ledgers</translation>
    </message>
    <message>
        <source>export full ID numbers and phones</source>
        <translation>export full ID numbers and phones</translation>
    </message>
    <message>
        <source>see full ID numbers and phones</source>
        <translation>see full ID numbers and phones</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Checkpoint operator</source>
        <translation>Checkpoint operator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) may not %3.</translation>
    </message>
    <message>
        <source>%1 (%2) may only log the passages at a checkpoint.</source>
        <translation>%1 (%2) may only log the passages at a checkpoint.</translation>
    </message>
    <message>
        <source>%1 (%2) may only change the supervision rounds, visits and findings.</source>
        <translation>%1 (%2) may only change the supervision rounds, visits and findings.</translation>
    </message>
    <message>
        <source>%1 (%2) may not change the villages or the policy values: an administrator keeps them.</source>
        <translation>%1 (%2) may not change the villages or the policy values: an administrator keeps them.</translation>
    </message>
    <message>
        <source>%1 (%2) may read the ledgers but not change them.</source>
        <translation>%1 (%2) may read the ledgers but not change them.</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>read the audit trail</translation>
    </message>
</context>
<context>
    <name>RiskAreaRepository</name>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>Enter the area as the list names it, such as 上海市浦东新区.</source>
        <translation>Enter the area as the list names it, such as 上海市浦东新区.</translation>
    </message>
    <message>
        <source>Choose the risk level.</source>
        <translation>Choose the risk level.</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 is already on the list.</translation>
    </message>
    <message>
        <source>An area cannot be taken off the list before it was put on it.</source>
        <translation>An area cannot be taken off the list before it was put on it.</translation>
    </message>
    <message>
        <source>The area is no longer on the list.</source>
        <translation>The area is no longer on the list.</translation>
    </message>
</context>
<context>
    <name>RiskAreasPanel</name>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <source>Taken off on</source>
        <translation>Taken off on</translation>
    </message>
    <message>
        <source>Area as the list names it, such as 上海市浦东新区</source>
        <translation>Area as the list names it, such as 上海市浦东新区</translation>
    </message>
    <message>
        <source>&amp;Put on the list</source>
        <translation>&amp;Put on the list</translation>
    </message>
    <message>
        <source>&amp;Take off the list</source>
        <translation>&amp;Take off the list</translation>
    </message>
    <message>
        <source>The county keeps this list; it arrives with the county&apos;s bundles.</source>
        <translation>The county keeps this list; it arrives with the county&apos;s bundles.</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
</context>
<context>
    <name>SampleRows</name>
    <message>
        <source>The township has no testing round: set up the round, with its villages and test sites, before importing its samples.</source>
        <translation>The township has no testing round: set up the round, with its villages and test sites, before importing its samples.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>round %1 taken as %2</source>
        <translation>round %1 taken as %2</translation>
    </message>
    <message>
        <source>%1 is not one of the township&apos;s testing rounds (%2): set the round up first, or write its name as it is set up.</source>
        <translation>%1 is not one of the township&apos;s testing rounds (%2): set the round up first, or write its name as it is set up.</translation>
    </message>
    <message>
        <source>No testing round was held on %1 (the rounds: %2): set the round up first, or give the round in a 轮次 column.</source>
        <translation>No testing round was held on %1 (the rounds: %2): set the round up first, or give the round in a 轮次 column.</translation>
    </message>
    <message>
        <source>%1 testing rounds were held on %2: give the round in a 轮次 column.</source>
        <translation>%1 testing rounds were held on %2: give the round in a 轮次 column.</translation>
    </message>
    <message>
        <source>The test site is empty, and round %1 has %2 sites (%3).</source>
        <translation>The test site is empty, and round %1 has %2 sites (%3).</translation>
    </message>
    <message>
        <source>test site %1 taken as %2</source>
        <translation>test site %1 taken as %2</translation>
    </message>
    <message>
        <source>%1 is not a test site of round %2 (%3).</source>
        <translation>%1 is not a test site of round %2 (%3).</translation>
    </message>
    <message>
        <source>Sampled on: %1</source>
        <translation>Sampled on: %1</translation>
    </message>
    <message>
        <source>Time of sampling: %1</source>
        <translation>Time of sampling: %1</translation>
    </message>
    <message>
        <source>Sampled on</source>
        <translation>Sampled on</translation>
    </message>
    <message>
        <source>Time of sampling</source>
        <translation>Time of sampling</translation>
    </message>
    <message>
        <source>Sampled at: %1</source>
        <translation>Sampled at: %1</translation>
    </message>
    <message>
        <source>Sampled at</source>
        <translation>Sampled at</translation>
    </message>
    <message>
        <source>The day of sampling is empty.</source>
        <translation>The day of sampling is empty.</translation>
    </message>
    <message>
        <source>The day of sampling %1 is after today.</source>
        <translation>The day of sampling %1 is after today.</translation>
    </message>
    <message>
        <source>Round date: %1</source>
        <translation>Round date: %1</translation>
    </message>
    <message>
        <source>%1 is not a test result: 阴性, 阳性 or 待出.</source>
        <translation>%1 is not a test result: 阴性, 阳性 or 待出.</translation>
    </message>
    <message>
        <source>The same sample as row %1.</source>
        <translation>The same sample as row %1.</translation>
    </message>
    <message>
        <source>Already sampled in round %1.</source>
        <translation>Already sampled in round %1.</translation>
    </message>
    <message>
        <source>The person lives in %1, which round %2 does not cover.</source>
        <translation>The person lives in %1, which round %2 does not cover.</translation>
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
    <message>
        <source>Double-click a village, or press Enter, to list its households not yet visited</source>
        <translation>Double-click a village, or press Enter, to list its households not yet visited</translation>
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
        <source>You</source>
        <translation>You</translation>
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
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Save policy values</source>
        <translation>Save policy values</translation>
    </message>
    <message>
        <source>Policy values</source>
        <translation>Policy values</translation>
    </message>
    <message>
        <source>Home &amp;isolation</source>
        <translation>Home &amp;isolation</translation>
    </message>
    <message>
        <source>&amp;Central isolation</source>
        <translation>&amp;Central isolation</translation>
    </message>
    <message>
        <source>Home &amp;monitoring</source>
        <translation>Home &amp;monitoring</translation>
    </message>
    <message>
        <source>&amp;Fever from</source>
        <translation>&amp;Fever from</translation>
    </message>
    <message>
        <source>Saved. New measures and day sheets use these values.</source>
        <translation>Saved. New measures and day sheets use these values.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>A bundle with a row stamped further ahead of this computer&apos;s clock is refused: a PC with a wrong date must not win every later edit.</source>
        <translation>A bundle with a row stamped further ahead of this computer&apos;s clock is refused: a PC with a wrong date must not win every later edit.</translation>
    </message>
    <message>
        <source>&amp;Bundle clock ahead at most</source>
        <translation>&amp;Bundle clock ahead at most</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Logged in as</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Without a key or a click for this long, the window hides the register and asks the password again. Takes effect at the next start.</source>
        <translation>Without a key or a click for this long, the window hides the register and asks the password again. Takes effect at the next start.</translation>
    </message>
    <message>
        <source>Lock the window &amp;after</source>
        <translation>Lock the window &amp;after</translation>
    </message>
    <message>
        <source>Copies of the store</source>
        <translation>Copies of the store</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Copy now</source>
        <translation>&amp;Copy now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Copied to %1.</source>
        <translation>Copied to %1.</translation>
    </message>
    <message>
        <source>Restore a copy</source>
        <translation>Restore a copy</translation>
    </message>
    <message>
        <source>Put the store back as it was at %1? Everything entered since then is taken out of the store; the store as it is now is kept as a copy first, and can be restored in turn.</source>
        <translation>Put the store back as it was at %1? Everything entered since then is taken out of the store; the store as it is now is kept as a copy first, and can be restored in turn.</translation>
    </message>
    <message>
        <source>The store is back as it was at %1.</source>
        <translation>The store is back as it was at %1.</translation>
    </message>
</context>
<context>
    <name>SiteOccupancyModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Isolation site</source>
        <translation>Isolation site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Occupied / capacity</source>
        <translation>Occupied / capacity</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
    <message>
        <source>entry %1 (%2, %3 by %4)</source>
        <translation>entry %1 (%2, %3 by %4)</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Cannot read the audit trail: %1</translation>
    </message>
    <message>
        <source>The audit trail of this installation</source>
        <translation>The audit trail of this installation</translation>
    </message>
    <message>
        <source>The audit trail of %1 (%2)</source>
        <translation>The audit trail of %1 (%2)</translation>
    </message>
    <message>
        <source>The audit trail of installation %1</source>
        <translation>The audit trail of installation %1</translation>
    </message>
    <message>
        <source>%1 holds %2 twice: an entry was put in.</source>
        <translation>%1 holds %2 twice: an entry was put in.</translation>
    </message>
    <message>
        <source>%1 lacks the entries before %2: they were removed.</source>
        <translation>%1 lacks the entries before %2: they were removed.</translation>
    </message>
    <message>
        <source>%1 does not follow on at %2: entries were removed, put in or moved.</source>
        <translation>%1 does not follow on at %2: entries were removed, put in or moved.</translation>
    </message>
    <message>
        <source>%1 was changed at %2 after it was written.</source>
        <translation>%1 was changed at %2 after it was written.</translation>
    </message>
    <message>
        <source>%1 has %2 entries without a number written after it began: they were put in.</source>
        <translation>%1 has %2 entries without a number written after it began: they were put in.</translation>
    </message>
    <message>
        <source>Cannot check the audit trail: %1</source>
        <translation>Cannot check the audit trail: %1</translation>
    </message>
    <message>
        <source>%1 holds more entries up to entry %2 than were checked before: entries were put in.</source>
        <translation>%1 holds more entries up to entry %2 than were checked before: entries were put in.</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot copy the store: %1</source>
        <translation>Cannot copy the store: %1</translation>
    </message>
    <message>
        <source>Cannot name the copy %1.</source>
        <translation>Cannot name the copy %1.</translation>
    </message>
    <message>
        <source>Cannot write the copy %1 to the disk.</source>
        <translation>Cannot write the copy %1 to the disk.</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Daily copy</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>There is no copy %1.</source>
        <translation>There is no copy %1.</translation>
    </message>
    <message>
        <source>The copy %1 is damaged (%2): it is not restored.</source>
        <translation>The copy %1 is damaged (%2): it is not restored.</translation>
    </message>
    <message>
        <source>The copy %1 was made by another version of the program (schema %2, this one writes %3): it is not restored.</source>
        <translation>The copy %1 was made by another version of the program (schema %2, this one writes %3): it is not restored.</translation>
    </message>
    <message>
        <source>The copy %1 was made by another installation, not this one: it is not restored.</source>
        <translation>The copy %1 was made by another installation, not this one: it is not restored.</translation>
    </message>
    <message>
        <source>The copy %1 cannot be opened.</source>
        <translation>The copy %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The copy cannot be written over the store: %1</source>
        <translation>The copy cannot be written over the store: %1</translation>
    </message>
    <message>
        <source>Cannot read the copy of the store as it was: %1</source>
        <translation>Cannot read the copy of the store as it was: %1</translation>
    </message>
    <message>
        <source>The store was restored, but what was sent to the other installations could not be kept: %1</source>
        <translation>The store was restored, but what was sent to the other installations could not be kept: %1</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>Verified and closed</source>
        <translation>Verified and closed</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Screening and registers</source>
        <translation>Screening and registers</translation>
    </message>
    <message>
        <source>Checkpoint duty</source>
        <translation>Checkpoint duty</translation>
    </message>
    <message>
        <source>Isolation and monitoring</source>
        <translation>Isolation and monitoring</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testing</translation>
    </message>
    <message>
        <source>Disinfection</source>
        <translation>Disinfection</translation>
    </message>
    <message>
        <source>Supplies and support</source>
        <translation>Supplies and support</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>Notice of criticism</source>
        <translation>Notice of criticism</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <source>Admonishing talk</source>
        <translation>Admonishing talk</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Rounds and visits</source>
        <translation>Rounds and visits</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>Move on (F4)</source>
        <translation>Move on (F4)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>New &amp;team…</source>
        <translation>New &amp;team…</translation>
    </message>
    <message>
        <source>New &amp;round…</source>
        <translation>New &amp;round…</translation>
    </message>
    <message>
        <source>Record a &amp;visit…</source>
        <translation>Record a &amp;visit…</translation>
    </message>
    <message>
        <source>&amp;Draft from the records</source>
        <translation>&amp;Draft from the records</translation>
    </message>
    <message>
        <source>Export &amp;ODT (WPS, Word)…</source>
        <translation>Export &amp;ODT (WPS, Word)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Choose the round and draft the report: its figures come from the records; edit the text before exporting it.</source>
        <translation>Choose the round and draft the report: its figures come from the records; edit the text before exporting it.</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>All places</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 findings, %2 overdue</source>
        <translation>%1 findings, %2 overdue</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>What was done to rectify it?</source>
        <translation>What was done to rectify it?</translation>
    </message>
    <message>
        <source>Verify and close (销号)</source>
        <translation>Verify and close (销号)</translation>
    </message>
    <message>
        <source>Who verified the rectification on the spot?</source>
        <translation>Who verified the rectification on the spot?</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>One a line</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>L&amp;eader</source>
        <translation>L&amp;eader</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>&amp;Assigned areas (包联)</source>
        <translation>&amp;Assigned areas (包联)</translation>
    </message>
    <message>
        <source>New supervision team</source>
        <translation>New supervision team</translation>
    </message>
    <message>
        <source>Villages, checkpoints, isolation sites: one a line</source>
        <translation>Villages, checkpoints, isolation sites: one a line</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>No checklist</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>P&amp;laces</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>New supervision round</source>
        <translation>New supervision round</translation>
    </message>
    <message>
        <source>Choose the round first; make one with New round.</source>
        <translation>Choose the round first; make one with New round.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>supervision report</source>
        <translation>supervision report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <source>&amp;Checklists…</source>
        <translation>&amp;Checklists…</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Hold accountable for the selected finding…</source>
        <translation>&amp;Hold accountable for the selected finding…</translation>
    </message>
    <message>
        <source>Choose the finding on the Findings tab first.</source>
        <translation>Choose the finding on the Findings tab first.</translation>
    </message>
    <message>
        <source>A new checklist</source>
        <translation>A new checklist</translation>
    </message>
    <message>
        <source>One item a line, such as: returnee register complete</source>
        <translation>One item a line, such as: returnee register complete</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Items</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Decided on</translation>
    </message>
</context>
<context>
    <name>SupervisionReport</name>
    <message>
        <source>On %1</source>
        <translation>On %1</translation>
    </message>
    <message>
        <source>M/d</source>
        <translation>M/d</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>%1 epidemic prevention and control supervision report</source>
        <translation>%1 epidemic prevention and control supervision report</translation>
    </message>
    <message>
        <source>%1, the %2 led by %3 carried out supervision of %4 (%5). The findings are reported as follows.</source>
        <translation>%1, the %2 led by %3 carried out supervision of %4 (%5). The findings are reported as follows.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1. Work carried out</source>
        <translation>1. Work carried out</translation>
    </message>
    <message>
        <source>The team visited %1 places, %2 of them unannounced (四不两直), checking against the checklist on the spot.</source>
        <translation>The team visited %1 places, %2 of them unannounced (四不两直), checking against the checklist on the spot.</translation>
    </message>
    <message>
        <source>Door-to-door screening has reached %1 of %2 households (%3%); %4 persons are registered, %5 of them returnees.</source>
        <translation>Door-to-door screening has reached %1 of %2 households (%3%); %4 persons are registered, %5 of them returnees.</translation>
    </message>
    <message>
        <source>2. Measures taken</source>
        <translation>2. Measures taken</translation>
    </message>
    <message>
        <source>At present %1 persons are under home isolation, %2 under central isolation and %3 under home health monitoring, each with responsible cadres assigned.</source>
        <translation>At present %1 persons are under home isolation, %2 under central isolation and %3 under home health monitoring, each with responsible cadres assigned.</translation>
    </message>
    <message>
        <source>%1 checkpoints are staffed; during the round they logged %2 passages; today %3 duty periods are without staff.</source>
        <translation>%1 checkpoints are staffed; during the round they logged %2 passages; today %3 duty periods are without staff.</translation>
    </message>
    <message>
        <source>In the testing round %1, %2 of %3 persons in scope were sampled (%4%).</source>
        <translation>In the testing round %1, %2 of %3 persons in scope were sampled (%4%).</translation>
    </message>
    <message>
        <source>3. Problems found</source>
        <translation>3. Problems found</translation>
    </message>
    <message>
        <source>%1 problems were found: %2 rectified (%3 verified and closed), %4 past their deadline.</source>
        <translation>%1 problems were found: %2 rectified (%3 verified and closed), %4 past their deadline.</translation>
    </message>
    <message>
        <source>(%1) %2: %3 problems.</source>
        <translation>(%1) %2: %3 problems.</translation>
    </message>
    <message>
        <source>%1: %2 (%3, rectify by %4; %5).</source>
        <translation>%1: %2 (%3, rectify by %4; %5).</translation>
    </message>
    <message>
        <source>4. Next steps</source>
        <translation>4. Next steps</translation>
    </message>
    <message>
        <source>Rectify the open problems by their deadlines and close each only after verification; fill the uncovered checkpoint periods; keep screening until every household is visited; follow up the persons not yet sampled.</source>
        <translation>Rectify the open problems by their deadlines and close each only after verification; fill the uncovered checkpoint periods; keep screening until every household is visited; follow up the persons not yet sampled.</translation>
    </message>
</context>
<context>
    <name>SupervisionRepository</name>
    <message>
        <source>Choose the team&apos;s level: city, county or township.</source>
        <translation>Choose the team&apos;s level: city, county or township.</translation>
    </message>
    <message>
        <source>Enter the name of the team.</source>
        <translation>Enter the name of the team.</translation>
    </message>
    <message>
        <source>Enter the team&apos;s leader.</source>
        <translation>Enter the team&apos;s leader.</translation>
    </message>
    <message>
        <source>Enter the name of the checklist.</source>
        <translation>Enter the name of the checklist.</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>A checklist needs at least one item.</translation>
    </message>
    <message>
        <source>Choose the team that makes the round.</source>
        <translation>Choose the team that makes the round.</translation>
    </message>
    <message>
        <source>Enter the first and the last day of the round.</source>
        <translation>Enter the first and the last day of the round.</translation>
    </message>
    <message>
        <source>Say what the round is for.</source>
        <translation>Say what the round is for.</translation>
    </message>
    <message>
        <source>The checklist no longer exists.</source>
        <translation>The checklist no longer exists.</translation>
    </message>
    <message>
        <source>Choose or type the finding&apos;s category.</source>
        <translation>Choose or type the finding&apos;s category.</translation>
    </message>
    <message>
        <source>Describe the problem found.</source>
        <translation>Describe the problem found.</translation>
    </message>
    <message>
        <source>Choose how serious the problem is.</source>
        <translation>Choose how serious the problem is.</translation>
    </message>
    <message>
        <source>Enter who must rectify it: the unit or the person responsible.</source>
        <translation>Enter who must rectify it: the unit or the person responsible.</translation>
    </message>
    <message>
        <source>Enter the deadline for the rectification.</source>
        <translation>Enter the deadline for the rectification.</translation>
    </message>
    <message>
        <source>Choose the round the visit belongs to.</source>
        <translation>Choose the round the visit belongs to.</translation>
    </message>
    <message>
        <source>Enter the place visited.</source>
        <translation>Enter the place visited.</translation>
    </message>
    <message>
        <source>The day of the visit cannot be in the future.</source>
        <translation>The day of the visit cannot be in the future.</translation>
    </message>
    <message>
        <source>Answer %1 with yes, no or not applicable.</source>
        <translation>Answer %1 with yes, no or not applicable.</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Finding %1: %2</translation>
    </message>
    <message>
        <source>The finding is already closed.</source>
        <translation>The finding is already closed.</translation>
    </message>
    <message>
        <source>Say what was done to rectify it.</source>
        <translation>Say what was done to rectify it.</translation>
    </message>
    <message>
        <source>Enter who verified the rectification before closing the finding.</source>
        <translation>Enter who verified the rectification before closing the finding.</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>The finding no longer exists.</translation>
    </message>
    <message>
        <source>Enter the person held accountable and their unit.</source>
        <translation>Enter the person held accountable and their unit.</translation>
    </message>
    <message>
        <source>Choose the action: admonishing talk, notice of criticism or dismissal.</source>
        <translation>Choose the action: admonishing talk, notice of criticism or dismissal.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <source>Enter the day it was decided.</source>
        <translation>Enter the day it was decided.</translation>
    </message>
    <message>
        <source>A linked finding no longer exists.</source>
        <translation>A linked finding no longer exists.</translation>
    </message>
    <message>
        <source>Choose the finding&apos;s status.</source>
        <translation>Choose the finding&apos;s status.</translation>
    </message>
    <message>
        <source>A finding is closed after it is rectified.</source>
        <translation>A finding is closed after it is rectified.</translation>
    </message>
    <message>
        <source>Choose the visit the finding was made on.</source>
        <translation>Choose the visit the finding was made on.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>There is no such conflict.</source>
        <translation>There is no such conflict.</translation>
    </message>
    <message>
        <source>This conflict was already settled.</source>
        <translation>This conflict was already settled.</translation>
    </message>
    <message>
        <source>Another record here holds the same ID number or code; change or delete that one first.</source>
        <translation>Another record here holds the same ID number or code; change or delete that one first.</translation>
    </message>
    <message>
        <source>The version cannot be kept: %1</source>
        <translation>The version cannot be kept: %1</translation>
    </message>
    <message>
        <source>Only a merge can be undone.</source>
        <translation>Only a merge can be undone.</translation>
    </message>
    <message>
        <source>The two records were merged into one; to keep them apart, undo the merge.</source>
        <translation>The two records were merged into one; to keep them apart, undo the merge.</translation>
    </message>
</context>
<context>
    <name>SyncMerge</name>
    <message>
        <source>The rows of %1 cannot be merged: %2</source>
        <translation>The rows of %1 cannot be merged: %2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Screening visit</source>
        <translation>Screening visit</translation>
    </message>
    <message>
        <source>Policy value</source>
        <translation>Policy value</translation>
    </message>
    <message>
        <source>Isolation site</source>
        <translation>Isolation site</translation>
    </message>
    <message>
        <source>Control measure</source>
        <translation>Control measure</translation>
    </message>
    <message>
        <source>Responsible cadre</source>
        <translation>Responsible cadre</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>Test round</source>
        <translation>Test round</translation>
    </message>
    <message>
        <source>Test round village</source>
        <translation>Test round village</translation>
    </message>
    <message>
        <source>Test site</source>
        <translation>Test site</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Special need</source>
        <translation>Special need</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Audit entry</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Returnee</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Arrived on</translation>
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
        <source>Special group</source>
        <translation>Special group</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Released on</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>The bundle&apos;s table %1 has no column %2.</source>
        <translation>The bundle&apos;s table %1 has no column %2.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The rows cannot be merged: %1</source>
        <translation>The rows cannot be merged: %1</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Owning unit</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint entry</source>
        <translation>Checkpoint entry</translation>
    </message>
    <message>
        <source>Duty shift</source>
        <translation>Duty shift</translation>
    </message>
    <message>
        <source>Pass permit</source>
        <translation>Pass permit</translation>
    </message>
    <message>
        <source>Supervision team</source>
        <translation>Supervision team</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Supervision round</source>
        <translation>Supervision round</translation>
    </message>
    <message>
        <source>Supervision visit</source>
        <translation>Supervision visit</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Accountability record</source>
        <translation>Accountability record</translation>
    </message>
    <message>
        <source>Risk area</source>
        <translation>Risk area</translation>
    </message>
    <message>
        <source>Verification task</source>
        <translation>Verification task</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Registry export</source>
        <translation>Registry export</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Verification task</source>
        <translation>Verification task</translation>
    </message>
    <message>
        <source>Such as: came back from 上海市浦东新区 on 4 April</source>
        <translation>Such as: came back from 上海市浦东新区 on 4 April</translation>
    </message>
    <message>
        <source>&amp;Township</source>
        <translation>&amp;Township</translation>
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
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Why</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
</context>
<context>
    <name>TaskResultDialog</name>
    <message>
        <source>Verification result</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Due %4.</source>
        <translation>%1 (%2): %3. Due %4.</translation>
    </message>
    <message>
        <source>Who was asked, where the person is now, what was done</source>
        <translation>Who was asked, where the person is now, what was done</translation>
    </message>
    <message>
        <source>&amp;Found</source>
        <translation>&amp;Found</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Verified &amp;on</source>
        <translation>Verified &amp;on</translation>
    </message>
    <message>
        <source>Verified &amp;by</source>
        <translation>Verified &amp;by</translation>
    </message>
    <message>
        <source>Verified on: %1</source>
        <translation>Verified on: %1</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Registered here</source>
        <translation>Registered here</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Found out</source>
        <translation>Found out</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>&amp;Record the result…</source>
        <translation>&amp;Record the result…</translation>
    </message>
    <message>
        <source>Verification tasks</source>
        <translation>Verification tasks</translation>
    </message>
    <message>
        <source>Risk areas</source>
        <translation>Risk areas</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>%1 open of %2</translation>
    </message>
</context>
<context>
    <name>Temperature</name>
    <message>
        <source>Enter the temperature, for example 36.5.</source>
        <translation>Enter the temperature, for example 36.5.</translation>
    </message>
    <message>
        <source>%1 is not a temperature: type it like 36.5.</source>
        <translation>%1 is not a temperature: type it like 36.5.</translation>
    </message>
    <message>
        <source>%1 ℃ is not a plausible body temperature (%2 ℃ to %3 ℃): check the reading.</source>
        <translation>%1 ℃ is not a plausible body temperature (%2 ℃ to %3 ℃): check the reading.</translation>
    </message>
</context>
<context>
    <name>TestCoverageModel</name>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>In scope</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Sampled</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <translation>Not sampled</translation>
    </message>
    <message>
        <source>Sampled %</source>
        <translation>Sampled %</translation>
    </message>
</context>
<context>
    <name>TestRoundDialog</name>
    <message>
        <source>New testing round</source>
        <translation>New testing round</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Test units</source>
        <translation>Test units</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Add site</translation>
    </message>
    <message>
        <source>&amp;Remove site</source>
        <translation>&amp;Remove site</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Villages:</source>
        <translation>&amp;Villages:</translation>
    </message>
    <message>
        <source>Test &amp;sites:</source>
        <translation>Test &amp;sites:</translation>
    </message>
</context>
<context>
    <name>TestingPage</name>
    <message>
        <source>All pending &amp;negative…</source>
        <translation>All pending &amp;negative…</translation>
    </message>
    <message>
        <source>Sets every pending result of the chosen site to negative.</source>
        <translation>Sets every pending result of the chosen site to negative.</translation>
    </message>
    <message>
        <source>New &amp;round…</source>
        <translation>New &amp;round…</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>R&amp;ound:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>Coverage by village</source>
        <translation>Coverage by village</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No testing round yet.</source>
        <translation>No testing round yet.</translation>
    </message>
    <message>
        <source>%1 of %2 sampled (%3%).</source>
        <translation>%1 of %2 sampled (%3%).</translation>
    </message>
    <message>
        <source>Not sampled yet: %1</source>
        <translation>Not sampled yet: %1</translation>
    </message>
    <message>
        <source>Recorded: %1, %2.</source>
        <translation>Recorded: %1, %2.</translation>
    </message>
    <message>
        <source>Set results</source>
        <translation>Set results</translation>
    </message>
    <message>
        <source>Set every pending result of site %1 to negative?</source>
        <translation>Set every pending result of site %1 to negative?</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) set to negative.</source>
        <translation>
            <numerusform>%n result set to negative.</numerusform>
            <numerusform>%n results set to negative.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or scan an ID number, or type a name, then press Enter</source>
        <translation>Type or scan an ID number, or type a name, then press Enter</translation>
    </message>
    <message>
        <source>Nobody named %1 is registered.</source>
        <translation>Nobody named %1 is registered.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Choose the person</source>
        <translation>Choose the person</translation>
    </message>
    <message>
        <source>Several persons match %1:</source>
        <translation>Several persons match %1:</translation>
    </message>
    <message>
        <source>Reading the rounds…</source>
        <translation>Reading the rounds…</translation>
    </message>
    <message>
        <source>Reading the round…</source>
        <translation>Reading the round…</translation>
    </message>
    <message>
        <source>Not sampled yet: reading…</source>
        <translation>Not sampled yet: reading…</translation>
    </message>
</context>
<context>
    <name>TestingRepository</name>
    <message>
        <source>Enter the name of the round.</source>
        <translation>Enter the name of the round.</translation>
    </message>
    <message>
        <source>Enter the day of the round.</source>
        <translation>Enter the day of the round.</translation>
    </message>
    <message>
        <source>Choose at least one village the round covers.</source>
        <translation>Choose at least one village the round covers.</translation>
    </message>
    <message>
        <source>Add at least one test site.</source>
        <translation>Add at least one test site.</translation>
    </message>
    <message>
        <source>Enter the name of every test site.</source>
        <translation>Enter the name of every test site.</translation>
    </message>
    <message>
        <source>Test site %1 needs at least one test unit.</source>
        <translation>Test site %1 needs at least one test unit.</translation>
    </message>
    <message>
        <source>The round may cover only villages of this township.</source>
        <translation>The round may cover only villages of this township.</translation>
    </message>
    <message>
        <source>Enter when the sample was taken.</source>
        <translation>Enter when the sample was taken.</translation>
    </message>
    <message>
        <source>Choose a testing round.</source>
        <translation>Choose a testing round.</translation>
    </message>
    <message>
        <source>Choose a test site of this round.</source>
        <translation>Choose a test site of this round.</translation>
    </message>
    <message>
        <source>Choose a registered person.</source>
        <translation>Choose a registered person.</translation>
    </message>
    <message>
        <source>%1 lives in %2, which this round does not cover.</source>
        <translation>%1 lives in %2, which this round does not cover.</translation>
    </message>
    <message>
        <source>%1 was already sampled in this round on %2 at test site %3.</source>
        <translation>%1 was already sampled in this round on %2 at test site %3.</translation>
    </message>
    <message>
        <source>Nobody with ID number %1 is registered.</source>
        <translation>Nobody with ID number %1 is registered.</translation>
    </message>
    <message>
        <source>Choose a test result.</source>
        <translation>Choose a test result.</translation>
    </message>
    <message>
        <source>%1 was already sampled in round %2.</source>
        <translation>%1 was already sampled in round %2.</translation>
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
    <message>
        <source>Enter the name of the county.</source>
        <translation>Enter the name of the county.</translation>
    </message>
</context>
<context>
    <name>UntestedModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>This installation has no users yet. Its first user is its administrator, who adds the others (clerks, checkpoint operators, supervisors, viewers) and keeps the settings, the keys and the copies of the store. Everyone logs in with their own name, which every record they make carries.</source>
        <translation>This installation has no users yet. Its first user is its administrator, who adds the others (clerks, checkpoint operators, supervisors, viewers) and keeps the settings, the keys and the copies of the store. Everyone logs in with their own name, which every record they make carries.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>A new password</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>The two passwords differ: type the same password twice.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The first user of an installation is its administrator.</source>
        <translation>The first user of an installation is its administrator.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>A user needs a name.</translation>
    </message>
    <message>
        <source>A user&apos;s name has at most %1 characters.</source>
        <translation>A user&apos;s name has at most %1 characters.</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>There is already a user named %1.</translation>
    </message>
    <message>
        <source>The password cannot be hashed: the computer is out of memory.</source>
        <translation>The password cannot be hashed: the computer is out of memory.</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Wrong name or password.</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong passwords until %3; an administrator can unlock them sooner.</source>
        <translation>%1 is locked after %2 wrong passwords until %3; an administrator can unlock them sooner.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong name or password. %n more wrong password(s) lock this user for %1 minutes.</source>
        <translation>
            <numerusform>Wrong name or password. %n more wrong password locks this user for %1 minutes.</numerusform>
            <numerusform>Wrong name or password. %n more wrong passwords lock this user for %1 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password: %1 is locked for %2 minutes.</source>
        <translation>Wrong password: %1 is locked for %2 minutes.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <source>%1 is the only administrator: make another user administrator first.</source>
        <translation>%1 is the only administrator: make another user administrator first.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>&amp;Add a user…</translation>
    </message>
    <message>
        <source>&amp;Give this role</source>
        <translation>&amp;Give this role</translation>
    </message>
    <message>
        <source>A new &amp;password…</source>
        <translation>A new &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>A clerk does all the work; a checkpoint operator only the entry line and its log; a supervisor the supervision area and reads the rest; a viewer reads only, with ID numbers and phones masked. An administrator also keeps the users, the settings, the keys and the copies of the store.</source>
        <translation>A clerk does all the work; a checkpoint operator only the entry line and its log; a supervisor the supervision area and reads the rest; a viewer reads only, with ID numbers and phones masked. An administrator also keeps the users, the settings, the keys and the copies of the store.</translation>
    </message>
    <message>
        <source>Role of the chosen user:</source>
        <translation>Role of the chosen user:</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>May log in</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row</source>
        <translation>
            <numerusform>%n wrong password in a row</numerusform>
            <numerusform>%n wrong passwords in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>The user was added.</source>
        <translation>The user was added.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>%1 has a new password and may log in with it.</source>
        <translation>%1 has a new password and may log in with it.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 may log in again.</translation>
    </message>
</context>
<context>
    <name>VerificationTaskRepository</name>
    <message>
        <source>Located and verified</source>
        <translation>Located and verified</translation>
    </message>
    <message>
        <source>Never lived here</source>
        <translation>Never lived here</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>Has left</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Choose the township that must verify the person.</source>
        <translation>Choose the township that must verify the person.</translation>
    </message>
    <message>
        <source>Enter the name of the person to verify.</source>
        <translation>Enter the name of the person to verify.</translation>
    </message>
    <message>
        <source>Say why the person must be verified (where they came from, a contact of whom).</source>
        <translation>Say why the person must be verified (where they came from, a contact of whom).</translation>
    </message>
    <message>
        <source>The deadline must be on or after the day the task is given.</source>
        <translation>The deadline must be on or after the day the task is given.</translation>
    </message>
    <message>
        <source>Choose what the verification found.</source>
        <translation>Choose what the verification found.</translation>
    </message>
    <message>
        <source>The day of the verification cannot be in the future.</source>
        <translation>The day of the verification cannot be in the future.</translation>
    </message>
    <message>
        <source>Enter who verified the person.</source>
        <translation>Enter who verified the person.</translation>
    </message>
    <message>
        <source>Say what was found out (who was asked, where the person went).</source>
        <translation>Say what was found out (who was asked, where the person went).</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>The task no longer exists.</translation>
    </message>
    <message>
        <source>The verification cannot be before the task was given (%1).</source>
        <translation>The verification cannot be before the task was given (%1).</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record a visit</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <source>Unannounced (四不两直)</source>
        <translation>Unannounced (四不两直)</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>&amp;Add this problem</source>
        <translation>&amp;Add this problem</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>P&amp;roblem</source>
        <translation>P&amp;roblem</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Severity</translation>
    </message>
    <message>
        <source>Responsible &amp;unit</source>
        <translation>Responsible &amp;unit</translation>
    </message>
    <message>
        <source>Responsible &amp;person</source>
        <translation>Responsible &amp;person</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>Dead&amp;line</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>%1: %2 (by %3)</source>
        <translation>%1: %2 (by %3)</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
</context>
<context>
    <name>XlsWorkbook</name>
    <message>
        <source>%1 is protected by a password: open it in WPS or Excel, remove the password, save it as .xlsx and import that file.</source>
        <translation>%1 is protected by a password: open it in WPS or Excel, remove the password, save it as .xlsx and import that file.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel 97-2003 workbook (.xls): it is damaged, or of a kind FreeXL does not read (error %2). Open it in WPS or Excel, save it as .xlsx and import that file.</source>
        <translation>%1 cannot be read as an Excel 97-2003 workbook (.xls): it is damaged, or of a kind FreeXL does not read (error %2). Open it in WPS or Excel, save it as .xlsx and import that file.</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 has no sheet to read.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, sheet %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1: row %2 cannot be read.</source>
        <translation>%1: row %2 cannot be read.</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <extracomment>The printed page&apos;s footer in Excel&apos;s codes: &amp;P is the page number, &amp;N the page count.</extracomment>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>An xlsx sheet holds at most %1 rows: narrow the registry by village or dates, or export CSV.</source>
        <translation>An xlsx sheet holds at most %1 rows: narrow the registry by village or dates, or export CSV.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Cannot make a temporary folder: %1</translation>
    </message>
    <message>
        <source>Cannot write a workbook in %1.</source>
        <translation>Cannot write a workbook in %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>it unpacks to far more than a spreadsheet does; it may be made to fill the memory (a zip bomb)</source>
        <extracomment>Ends a sentence &quot;… is damaged: %1.&quot;</extracomment>
        <translation>it unpacks to far more than a spreadsheet does; it may be made to fill the memory (a zip bomb)</translation>
    </message>
    <message>
        <source>it cannot be unpacked; the file may have been cut short</source>
        <extracomment>Ends a sentence &quot;… is damaged: %1.&quot;</extracomment>
        <translation>it cannot be unpacked; the file may have been cut short</translation>
    </message>
    <message>
        <source>it ends early; the file may have been cut short</source>
        <extracomment>Ends a sentence &quot;… is damaged: %1.&quot;</extracomment>
        <translation>it ends early; the file may have been cut short</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: a cell holds more than %3 characters, more than a spreadsheet allows.</source>
        <translation>Sheet %1, row %2: a cell holds more than %3 characters, more than a spreadsheet allows.</translation>
    </message>
    <message>
        <source>Sheet %1 is damaged: a row after row %2 has no number.</source>
        <translation>Sheet %1 is damaged: a row after row %2 has no number.</translation>
    </message>
    <message>
        <source>Sheet %1 has more than %2 rows, more than a spreadsheet allows.</source>
        <translation>Sheet %1 has more than %2 rows, more than a spreadsheet allows.</translation>
    </message>
    <message>
        <source>Sheet %1 is damaged: row %2 comes after row %3.</source>
        <translation>Sheet %1 is damaged: row %2 comes after row %3.</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: a cell lies past column %3 (XFD), the last a spreadsheet has.</source>
        <translation>Sheet %1, row %2: a cell lies past column %3 (XFD), the last a spreadsheet has.</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: a cell refers to a text the workbook does not hold; the file is damaged.</source>
        <translation>Sheet %1, row %2: a cell refers to a text the workbook does not hold; the file is damaged.</translation>
    </message>
    <message>
        <source>Sheet %1 holds more than %2 cells up to row %3, counting the empty ones before the last of each row; it is refused.</source>
        <translation>Sheet %1 holds more than %2 cells up to row %3, counting the empty ones before the last of each row; it is refused.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the file is damaged or was cut short (was it copied before it was whole?).</source>
        <translation>%1 cannot be read: the file is damaged or was cut short (was it copied before it was whole?).</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an xlsx workbook. Open it in WPS or Excel, save it as .xlsx and import that file.</source>
        <translation>%1 is a zip file but not an xlsx workbook. Open it in WPS or Excel, save it as .xlsx and import that file.</translation>
    </message>
    <message>
        <source>%1 is refused: a part of it that is always small unpacks to more than %2 MB.</source>
        <translation>%1 is refused: a part of it that is always small unpacks to more than %2 MB.</translation>
    </message>
    <message>
        <source>The list of sheets in %1 is damaged: %2.</source>
        <translation>The list of sheets in %1 is damaged: %2.</translation>
    </message>
    <message>
        <source>The list of parts in %1 is damaged: %2.</source>
        <translation>The list of parts in %1 is damaged: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: it lists sheet %2 but does not hold it.</source>
        <translation>%1 is damaged: it lists sheet %2 but does not hold it.</translation>
    </message>
    <message>
        <source>%1 holds no sheet with cells.</source>
        <translation>%1 holds no sheet with cells.</translation>
    </message>
    <message>
        <source>The cell formats in %1 are damaged: %2.</source>
        <translation>The cell formats in %1 are damaged: %2.</translation>
    </message>
    <message>
        <source>The texts of %1 are damaged: %2.</source>
        <translation>The texts of %1 are damaged: %2.</translation>
    </message>
    <message>
        <source>%1 holds more text than %2 MB; it is refused.</source>
        <translation>%1 holds more text than %2 MB; it is refused.</translation>
    </message>
    <message>
        <source>%1 holds a text of more than %2 characters, more than a spreadsheet allows.</source>
        <translation>%1 holds a text of more than %2 characters, more than a spreadsheet allows.</translation>
    </message>
    <message>
        <source>Sheet %1 is missing from %2; the file is damaged.</source>
        <translation>Sheet %1 is missing from %2; the file is damaged.</translation>
    </message>
    <message>
        <source>Sheet %1 is larger than %2 MB unpacked; it is refused.</source>
        <translation>Sheet %1 is larger than %2 MB unpacked; it is refused.</translation>
    </message>
    <message>
        <source>Sheet %1 unpacks to far more than a spreadsheet does; it may be made to fill the memory (a zip bomb), and is refused.</source>
        <translation>Sheet %1 unpacks to far more than a spreadsheet does; it may be made to fill the memory (a zip bomb), and is refused.</translation>
    </message>
    <message>
        <source>Sheet %1 has more than %2 merged ranges or more than %3 merged cells; it is refused.</source>
        <translation>Sheet %1 has more than %2 merged ranges or more than %3 merged cells; it is refused.</translation>
    </message>
    <message>
        <source>Sheet %1 cannot be unpacked: the file is damaged or was cut short.</source>
        <translation>Sheet %1 cannot be unpacked: the file is damaged or was cut short.</translation>
    </message>
    <message>
        <source>Sheet %1 is damaged near row %2: %3.</source>
        <translation>Sheet %1 is damaged near row %2: %3.</translation>
    </message>
</context>
<context>
    <name>XmlScanner</name>
    <message>
        <source>it holds a text far longer than a cell&apos;s</source>
        <translation>it holds a text far longer than a cell&apos;s</translation>
    </message>
    <message>
        <source>it declares a document type</source>
        <translation>it declares a document type</translation>
    </message>
    <message>
        <source>it holds a declaration no spreadsheet has</source>
        <translation>it holds a declaration no spreadsheet has</translation>
    </message>
    <message>
        <source>it holds text outside its root element</source>
        <translation>it holds text outside its root element</translation>
    </message>
    <message>
        <source>a tag has no name</source>
        <translation>a tag has no name</translation>
    </message>
    <message>
        <source>the tag &lt;%1&gt; is not well-formed</source>
        <translation>the tag &lt;%1&gt; is not well-formed</translation>
    </message>
    <message>
        <source>its elements are nested more than %1 deep</source>
        <translation>its elements are nested more than %1 deep</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; closes no element</source>
        <translation>&lt;/%1&gt; closes no element</translation>
    </message>
    <message>
        <source>the element &lt;%1&gt; is closed by &lt;/%2&gt;</source>
        <translation>the element &lt;%1&gt; is closed by &lt;/%2&gt;</translation>
    </message>
    <message>
        <source>it has an &amp; that begins no entity</source>
        <translation>it has an &amp; that begins no entity</translation>
    </message>
    <message>
        <source>it refers to a character that cannot be (&amp;%1;)</source>
        <translation>it refers to a character that cannot be (&amp;%1;)</translation>
    </message>
    <message>
        <source>it uses an entity that is not defined (&amp;%1;)</source>
        <translation>it uses an entity that is not defined (&amp;%1;)</translation>
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
    <message>
        <source>Open a demo township of synthetic people, made in a new store on first use (the demo store, or the store given with --db).</source>
        <translation>Open a demo township of synthetic people, made in a new store on first use (the demo store, or the store given with --db).</translation>
    </message>
    <message>
        <source>This store was set up for %1, not made as a demo: it is not opened as one.</source>
        <translation>This store was set up for %1, not made as a demo: it is not opened as one.</translation>
    </message>
</context>
</TS>
