<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditExport</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Columns changed</source>
        <translation>改动的栏目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>改动前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>改动后</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Number in its trail</source>
        <translation>链内序号</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Audit trail of %1 (%2)</source>
        <translation>%1（%2）审计记录</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Columns changed</source>
        <translation>改动的栏目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>改动前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>改动后</translation>
    </message>
    <message>
        <source>Entry %1 of installation %2</source>
        <translation>安装 %2 的第 %1 条记录</translation>
    </message>
    <message>
        <source>Entry of installation %1, from before the trail was chained</source>
        <translation>安装 %1 的记录，早于审计链启用</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>A record&apos;s number, or its beginning</source>
        <translation>记录编号，或其开头部分</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查找(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Of</source>
        <translation>内容(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部内容</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Checking the trail…</source>
        <translation>正在核验审计链…</translation>
    </message>
    <message>
        <source>The trail of every installation is whole: no entry was changed, removed, put in or moved.</source>
        <translation>各安装的审计链完整：没有记录被修改、删除、插入或调换。</translation>
    </message>
    <message>
        <source>Audit trail_%1.xlsx</source>
        <translation>审计记录_%1.xlsx</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>正在导出审计记录…</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Exported full data</source>
        <translation>导出完整数据</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>records of %1</source>
        <translation>%1记录</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>全部记录</translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message>
        <source>Cannot make the bundle: %1</source>
        <translation>无法生成数据包：%1</translation>
    </message>
    <message>
        <source>Collecting %1</source>
        <translation>正在收集%1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>已取消生成数据包。</translation>
    </message>
    <message>
        <source>The recipient&apos;s key is not trusted here; add its key file first.</source>
        <translation>本机尚未信任接收方的密钥，请先添加其密钥文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹%1不存在。</translation>
    </message>
    <message>
        <source>%1 is already in the folder; move it away or choose another folder.</source>
        <translation>文件夹中已有%1，请将其移走或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot make a working folder beside the store.</source>
        <translation>无法在数据库旁创建工作文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>正在加密</translation>
    </message>
    <message>
        <source>Cannot write %1; is the stick full or pulled out?</source>
        <translation>无法写入%1，请检查U盘是否已满或已拔出。</translation>
    </message>
    <message>
        <source>Cannot name the bundle %1.</source>
        <translation>无法将数据包命名为%1。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <source>The file is not a bundle, or it is cut short (was the stick pulled out while it was written?).</source>
        <translation>该文件不是数据包，或文件不完整（写入时U盘是否被拔出？）。</translation>
    </message>
    <message>
        <source>The bundle holds an entry named &quot;%1&quot;, which points outside its folder; it is refused.</source>
        <translation>数据包中有名为“%1”的条目指向其文件夹之外，已拒绝导入。</translation>
    </message>
    <message>
        <source>The bundle holds an entry &quot;%1&quot; that a bundle never has; it is refused.</source>
        <translation>数据包中有数据包不应含有的条目“%1”，已拒绝导入。</translation>
    </message>
    <message>
        <source>The entry %1 would unpack to %2 bytes, more than a bundle may hold; it is refused.</source>
        <translation>条目%1解压后为%2字节，超过数据包允许的大小，已拒绝导入。</translation>
    </message>
    <message>
        <source>The bundle has no %1.</source>
        <translation>数据包中缺少%1。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its manifest: it was changed after it was made, and is refused.</source>
        <translation>数据包的签名与清单不符：数据包在生成后被改动过，已拒绝导入。</translation>
    </message>
    <message>
        <source>The bundle cannot be opened with this installation&apos;s key: it was encrypted for another one.</source>
        <translation>无法用本机密钥打开该数据包：它是为其他安装点加密的。</translation>
    </message>
    <message>
        <source>The payload is damaged: %1</source>
        <translation>数据内容已损坏：%1</translation>
    </message>
    <message>
        <source>The payload is damaged: its SHA-256 is not the one the manifest gives.</source>
        <translation>数据内容已损坏：其SHA-256值与清单所列不符。</translation>
    </message>
    <message>
        <source>The payload is not a database.</source>
        <translation>数据内容不是数据库。</translation>
    </message>
    <message>
        <source>The bundle carries a table %1 that this program does not know; update the program first.</source>
        <translation>数据包含有本程序无法识别的表%1，请先升级程序。</translation>
    </message>
    <message>
        <source>The payload&apos;s table %1 does not hold the rows its manifest lists.</source>
        <translation>数据内容中的表%1与清单所列记录不符。</translation>
    </message>
    <message>
        <source>The payload has no table %1.</source>
        <translation>数据内容中缺少表%1。</translation>
    </message>
    <message>
        <source>The row %1 of %2 refers to a row of %3 that this store does not have. Was an earlier bundle from %4 left out?</source>
        <translation>%2的记录%1引用了本数据库中没有的%3记录。是否漏导了来自%4的较早数据包？</translation>
    </message>
    <message>
        <source>The bundle refers to rows this store does not have.</source>
        <translation>数据包引用了本数据库中没有的记录。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>已取消导入，未作任何更改。</translation>
    </message>
    <message>
        <source>The bundle comes from %1, whose key this installation does not trust yet. Its fingerprint is %2: confirm it with them, then trust the key.</source>
        <translation>数据包来自%1，本机尚未信任其密钥。其指纹为%2：请与对方核对确认后再信任该密钥。</translation>
    </message>
    <message>
        <source>The fingerprint confirmed (%1) is not that of the bundle&apos;s key (%2); the bundle is refused.</source>
        <translation>所确认的指纹（%1）与数据包密钥的指纹（%2）不符，已拒绝导入。</translation>
    </message>
    <message>
        <source>The bundle is signed with the key of %1 but names another installation; it is refused.</source>
        <translation>数据包使用%1的密钥签名，但其中注明的是其他安装点，已拒绝导入。</translation>
    </message>
    <message>
        <source>The bundle was made for another installation (key %1), not for this one.</source>
        <translation>该数据包是为其他安装点（密钥%1）生成的，不是为本机生成的。</translation>
    </message>
    <message>
        <source>The bundle comes from a newer program (store version %1, this program knows %2). Update the program, then import it again.</source>
        <translation>该数据包来自较新版本的程序（数据库版本%1，本程序支持%2）。请升级程序后重新导入。</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 was already imported on %3; nothing was changed.</source>
        <translation>来自%2的数据包%1已于%3导入，未作任何更改。</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 is older than the last one imported (%3); an old bundle is never imported again.</source>
        <translation>来自%2的数据包%1早于上次导入的数据包（%3）；旧数据包不会再次导入。</translation>
    </message>
    <message>
        <source>Bundles %1 to %2 from %3 were never imported here; rows they carried may be missing.</source>
        <translation>来自%3的数据包%1至%2从未在本机导入，其中所含记录可能缺失。</translation>
    </message>
    <message>
        <source>Import them first, or import this one anyway.</source>
        <translation>请先导入这些数据包，或仍然导入本数据包。</translation>
    </message>
    <message>
        <source>Checking and decrypting the payload</source>
        <translation>正在校验并解密数据内容</translation>
    </message>
    <message>
        <source>Cannot make a working folder beside the store.</source>
        <translation>无法在数据库旁创建工作文件夹。</translation>
    </message>
    <message>
        <source>Copying the store before the import</source>
        <translation>正在导入前复制数据库</translation>
    </message>
    <message>
        <source>The payload cannot be opened: %1</source>
        <translation>无法打开数据内容：%1</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>正在合并%1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>The bundle holds two entries named &quot;%1&quot;, where a bundle has one; it is refused.</source>
        <translation>数据包中有两个名为“%1”的条目，而数据包中只应有一个，已拒绝导入。</translation>
    </message>
    <message>
        <source>The payload cannot be read: %1</source>
        <translation>无法读取数据内容：%1</translation>
    </message>
    <message>
        <source>The row %1 of %2 is stamped %3, later than the bundle was made (%4). Is the date of the computer at %5 wrong? Put it right there and make a new bundle; it carries the row again.</source>
        <translation>%2的记录%1的时间为%3，晚于数据包的生成时间（%4）。%5的电脑日期是否有误？请在该处改正日期后重新生成数据包，新数据包会再次带上这条记录。</translation>
    </message>
    <message numerus="yes">
        <source>The row %1 of %2 is stamped %3, more than %n minute(s) ahead of this computer&apos;s clock. Is the date of the computer at %4, or of this one, wrong? Put it right and import again.</source>
        <translation>
            <numerusform>%2的记录%1的时间为%3，比本机时钟超前%n分钟以上。%4的电脑或本机的日期是否有误？请改正后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle comes from an older program (store version %1) that does not say which unit owns each row. Update the program at %2, then make the bundle again.</source>
        <translation>该数据包来自较旧版本的程序（数据库版本%1），未注明各条记录所属单位。请先升级%2的程序，再重新生成数据包。</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>The bundle&apos;s manifest cannot be read.</source>
        <translation>无法读取数据包的清单。</translation>
    </message>
    <message>
        <source>The bundle is in format %1, which this program does not know (it reads format %2). Update the program, then import it again.</source>
        <translation>数据包格式为%1，本程序无法识别（本程序读取格式%2）。请升级程序后重新导入。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is incomplete.</source>
        <translation>数据包的清单不完整。</translation>
    </message>
</context>
<context>
    <name>BundleScope</name>
    <message>
        <source>The bundle from %1 carries the row %2 of %3, which belongs to unit %4: %1 may not write it. The bundle is refused and nothing was changed.</source>
        <translation>来自%1的数据包含有%3的记录%2，该记录属于单位%4，%1无权写入。已拒绝导入该数据包，未作任何更改。</translation>
    </message>
    <message>
        <source>The bundle from %1 gives the row %2 of %3 to unit %4, but it belongs to unit %5 by its place or the record it is part of. The bundle is refused and nothing was changed.</source>
        <translation>来自%1的数据包将%3的记录%2归属单位%4，但按其所在地或所属记录，该记录应属于单位%5。已拒绝导入该数据包，未作任何更改。</translation>
    </message>
    <message>
        <source>The bundle from %1 carries the row %2 of %3 as its own, but here it belongs to unit %4. The bundle is refused and nothing was changed.</source>
        <translation>来自%1的数据包将%3的记录%2作为本单位记录，但在本机该记录属于单位%4。已拒绝导入该数据包，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>CadreLoadModel</name>
    <message>
        <source>Responsible cadre</source>
        <translation>包保责任人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Cadre&apos;s phone</source>
        <translation>责任人电话</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>管控对象</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划解除日期</translation>
    </message>
</context>
<context>
    <name>CadresDialog</name>
    <message>
        <source>Responsible cadres</source>
        <translation>包保责任人</translation>
    </message>
    <message>
        <source>Cadres responsible for %1 of %2 (%3, planned end %4):</source>
        <translation>%2%1的包保责任人（%3，计划解除日期%4）：</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>The cell shows the error %1 instead of a value.</source>
        <translation>单元格显示的是错误值%1，而不是数据。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two notes on one cell</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>full-width digits made half-width</source>
        <translation>全角数字已改为半角</translation>
    </message>
    <message>
        <source>full-width characters made half-width</source>
        <translation>全角字符已改为半角</translation>
    </message>
    <message>
        <source>Excel&apos;s day 60 is 1900-02-29, a day that never was: type the date again.</source>
        <translation>Excel 的第60天为1900-02-29，该日期并不存在：请重新输入日期。</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1不是日期。</translation>
    </message>
    <message>
        <source>Excel serial number %1 read as %2</source>
        <translation>Excel 日期序号%1已读作%2</translation>
    </message>
    <message>
        <source>%1 gives no year: write the date with its year, as 2022-03-04.</source>
        <translation>%1未写年份：请写明年份，如2022-03-04。</translation>
    </message>
    <message>
        <source>%1 is not a real date in %2.</source>
        <translation>%2年没有%1这一天。</translation>
    </message>
    <message>
        <source>year %1 added</source>
        <translation>已补全年份%1</translation>
    </message>
    <message>
        <source>%1 is not a time of day: write it as 8:05 or 8时5分.</source>
        <translation>%1不是时间：请写成8:05或8时5分。</translation>
    </message>
    <message>
        <source>%1 is not a real time of day.</source>
        <translation>%1不是实际存在的时间。</translation>
    </message>
    <message>
        <source>date cell read as %1</source>
        <translation>日期单元格已读作%1</translation>
    </message>
    <message>
        <source>line breaks made spaces</source>
        <translation>换行已改为空格</translation>
    </message>
    <message>
        <source>spaces around the text removed</source>
        <translation>已去除首尾空格</translation>
    </message>
    <message>
        <source>The ID number is stored as a number in the spreadsheet: its last digits are lost. Format the column as text and type the numbers again.</source>
        <translation>表格中的身份证号以数字格式保存，末几位已丢失。请将该列设为文本格式后重新录入。</translation>
    </message>
    <message>
        <source>%1 is an old 15-digit ID number; the ledger keeps the 18-digit number: ask for the new one.</source>
        <translation>%1是旧的15位身份证号，台账登记的是18位身份证号：请向本人核实新号码。</translation>
    </message>
    <message>
        <source>spaces removed</source>
        <translation>已去除空格</translation>
    </message>
    <message>
        <source>lower-case x made X</source>
        <translation>小写x已改为X</translation>
    </message>
    <message>
        <source>written as %1</source>
        <translation>已改写为%1</translation>
    </message>
    <message>
        <source>%1 is not a gender: write 男 or 女.</source>
        <translation>%1不是性别：请填写“男”或“女”。</translation>
    </message>
    <message>
        <source>time of day left out</source>
        <translation>已略去时间</translation>
    </message>
    <message>
        <source>%1 is a number, not a time of day.</source>
        <translation>%1是数字，不是时间。</translation>
    </message>
    <message>
        <source>The cell holds a date, not a time of day.</source>
        <translation>单元格中是日期，不是时间。</translation>
    </message>
    <message>
        <source>day fraction %1 read as %2</source>
        <translation>时间小数%1已读作%2</translation>
    </message>
    <message>
        <source>date left out</source>
        <translation>已略去日期</translation>
    </message>
    <message>
        <source>The cell holds a time of day without its date.</source>
        <translation>单元格中只有时间，没有日期。</translation>
    </message>
    <message>
        <source>no time of day: read as 00:00</source>
        <translation>未写时间：按00:00读取</translation>
    </message>
    <message>
        <source>%1 read as %2 ℃</source>
        <translation>%1已读作%2 ℃</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no: write 是 or 否.</source>
        <translation>%1既不是“是”也不是“否”：请填写“是”或“否”。</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers in one cell</source>
        <translation>
            <numerusform>一格内有 %n 个号码</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept, %2 left</source>
        <translation>保留 %1，未取 %2</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <source>Road exit</source>
        <translation>路口卡口</translation>
    </message>
    <message>
        <source>Village gate</source>
        <translation>村口</translation>
    </message>
    <message>
        <source>Compound gate</source>
        <translation>小区门口</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿码</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄码</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红码</translation>
    </message>
    <message>
        <source>Let through</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Turned back</source>
        <translation>劝返</translation>
    </message>
    <message>
        <source>Sent to an isolation site</source>
        <translation>送隔离点</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进</translation>
    </message>
</context>
<context>
    <name>CheckpointEntriesModel</name>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>进/出</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>℃</source>
        <translation>℃</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>健康码</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>By</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>CheckpointEntryRows</name>
    <message>
        <source>Imported ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>The township has no checkpoint: set up its checkpoints before importing their entry logs.</source>
        <translation>本镇尚无卡口：请先设置卡口，再导入其出入登记。</translation>
    </message>
    <message>
        <source>checkpoint %1 taken as %2</source>
        <translation>卡口 %1 按 %2 处理</translation>
    </message>
    <message>
        <source>%1 is not one of the township&apos;s checkpoints (%2): set it up first, or write its name as it is set up.</source>
        <translation>%1 不是本镇的卡口（%2）：请先设置该卡口，或按已设置的名称填写。</translation>
    </message>
    <message>
        <source>The checkpoint is empty.</source>
        <translation>卡口为空。</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>The time of the passage is empty.</source>
        <translation>通行时间为空。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The passage on %1 is after today.</source>
        <translation>%1 的通行记录晚于今天。</translation>
    </message>
    <message>
        <source>no direction given: taken as in</source>
        <translation>未填方向：按“进”处理</translation>
    </message>
    <message>
        <source>%1 is not a direction: 进 or 出.</source>
        <translation>%1 不是方向：应为 进 或 出。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation>体温：%1</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>%1 is not a health code colour: 绿码, 黄码 or 红码.</source>
        <translation>%1 不是健康码颜色：应为 绿码、黄码 或 红码。</translation>
    </message>
    <message>
        <source>Disinfected: %1</source>
        <translation>消杀：%1</translation>
    </message>
    <message>
        <source>%1 is not an outcome: 放行, 劝返 or 转运隔离.</source>
        <translation>%1 不是处置结果：应为 放行、劝返 或 转运隔离。</translation>
    </message>
    <message>
        <source>plate %1 written as %2</source>
        <translation>车牌 %1 记为 %2</translation>
    </message>
    <message>
        <source>The same passage as row %1.</source>
        <translation>与第 %1 行为同一次通行。</translation>
    </message>
    <message>
        <source>Already logged: %1 at %2.</source>
        <translation>已登记：%1，%2。</translation>
    </message>
</context>
<context>
    <name>CheckpointLog</name>
    <message>
        <source>%1 is under %2 until %3 and must not pass.</source>
        <translation>%1正处于%2期间（至%3止），不得通行。</translation>
    </message>
    <message>
        <source>%1 is under home monitoring until %2.</source>
        <translation>%1正处于居家健康监测期间（至%2止）。</translation>
    </message>
    <message>
        <source>%1 is registered as arrived from a risk area.</source>
        <translation>%1已登记为风险地区来返人员。</translation>
    </message>
    <message>
        <source>On the county&apos;s verification list (%1): hold the person and call the township office.</source>
        <translation>已列入县核查名单（%1）：请暂留该人员并致电乡镇办公室。</translation>
    </message>
    <message>
        <source>Comes from %1, a %2 area.</source>
        <translation>来自%1，属%2地区。</translation>
    </message>
    <message>
        <source>Fever: %1 ℃.</source>
        <translation>发热：%1 ℃。</translation>
    </message>
    <message>
        <source>%1 health code.</source>
        <translation>健康码：%1。</translation>
    </message>
    <message>
        <source>Choose the checkpoint.</source>
        <translation>请选择卡口。</translation>
    </message>
    <message>
        <source>The checkpoint %1 is closed.</source>
        <translation>卡口%1已关闭。</translation>
    </message>
    <message>
        <source>Choose in or out.</source>
        <translation>请选择进或出。</translation>
    </message>
    <message>
        <source>Enter who passes: a name, an ID number or a plate.</source>
        <translation>请输入通行人员：姓名、身份证号或车牌号。</translation>
    </message>
    <message>
        <source>A temperature must be between %1 ℃ and %2 ℃.</source>
        <translation>体温须在%1 ℃至%2 ℃之间。</translation>
    </message>
    <message>
        <source>The health code is green, yellow or red.</source>
        <translation>健康码须为绿码、黄码或红码。</translation>
    </message>
    <message>
        <source>Choose what was done: let through, turned back or sent to an isolation site.</source>
        <translation>请选择处置结果：放行、劝返或送隔离点。</translation>
    </message>
    <message>
        <source>Enter who records the passage.</source>
        <translation>请输入登记人。</translation>
    </message>
    <message>
        <source>The entry to correct no longer exists.</source>
        <translation>要更正的登记记录已不存在。</translation>
    </message>
    <message>
        <source>This entry was already corrected; correct the correction instead.</source>
        <translation>该登记记录已更正过，请改为更正其更正记录。</translation>
    </message>
</context>
<context>
    <name>CheckpointRepository</name>
    <message>
        <source>Enter the name of the checkpoint.</source>
        <translation>请输入卡口名称。</translation>
    </message>
    <message>
        <source>There is already a checkpoint named %1.</source>
        <translation>已有名为%1的卡口。</translation>
    </message>
    <message>
        <source>Choose the kind of checkpoint: road exit, village gate or compound gate.</source>
        <translation>请选择卡口类型：路口卡口、村口或小区门口。</translation>
    </message>
    <message>
        <source>Choose the village the checkpoint is in.</source>
        <translation>请选择卡口所在的村(社区)。</translation>
    </message>
    <message>
        <source>Choose the checkpoint.</source>
        <translation>请选择卡口。</translation>
    </message>
    <message>
        <source>Enter the day of the shift.</source>
        <translation>请输入班次日期。</translation>
    </message>
    <message>
        <source>A shift runs from one hour to a later one of the same day, such as 8 to 16.</source>
        <translation>班次须从某一整点至同日较晚的整点，如8时至16时。</translation>
    </message>
    <message>
        <source>Enter who is on duty.</source>
        <translation>请输入值守人员。</translation>
    </message>
    <message>
        <source>Choose the role of the person on duty.</source>
        <translation>请选择值守人员的身份。</translation>
    </message>
    <message>
        <source>Enter the permit&apos;s number.</source>
        <translation>请输入通行证编号。</translation>
    </message>
    <message>
        <source>A permit numbered %1 was already issued.</source>
        <translation>编号为%1的通行证已签发。</translation>
    </message>
    <message>
        <source>A permit is for a person or a vehicle: enter the holder or the plate.</source>
        <translation>通行证须发给人员或车辆：请输入持证人或车牌号。</translation>
    </message>
    <message>
        <source>Enter the first and the last day the permit is valid.</source>
        <translation>请输入通行证有效期的起止日期。</translation>
    </message>
    <message>
        <source>Enter who issued the permit.</source>
        <translation>请输入签发人。</translation>
    </message>
    <message>
        <source>Permit valid</source>
        <translation>通行证有效</translation>
    </message>
    <message>
        <source>No permit with this number was issued</source>
        <translation>未签发过该编号的通行证</translation>
    </message>
    <message>
        <source>The permit is not valid yet</source>
        <translation>通行证尚未生效</translation>
    </message>
    <message>
        <source>The permit has expired</source>
        <translation>通行证已过期</translation>
    </message>
    <message>
        <source>The permit was issued to somebody else</source>
        <translation>该通行证系签发给他人</translation>
    </message>
</context>
<context>
    <name>CheckpointsPage</name>
    <message>
        <source>Entry log</source>
        <translation>出入登记</translation>
    </message>
    <message>
        <source>Daily counts</source>
        <translation>每日统计</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值守排班</translation>
    </message>
    <message>
        <source>Pass permits</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>New &amp;checkpoint…</source>
        <translation>新建卡口(&amp;C)…</translation>
    </message>
    <message>
        <source>Co&amp;rrect the selected entry…</source>
        <translation>更正所选记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>卡口</translation>
    </message>
    <message>
        <source>Direction (F2)</source>
        <translation>进出方向（F2）</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Turned back</source>
        <translation>劝返</translation>
    </message>
    <message>
        <source>Fevers</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Red/yellow codes</source>
        <translation>红码/黄码</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>All checkpoints, the last ten days:</source>
        <translation>全部卡口近十天：</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值守人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Add to the roster</source>
        <translation>加入值守台账(&amp;A)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>有效期起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>有效期止</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>&amp;Issue the permit</source>
        <translation>签发通行证(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>编号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Holder</source>
        <translation>持证人(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>车牌号(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Valid</source>
        <translation>有效期(&amp;V)</translation>
    </message>
    <message>
        <source>Issued &amp;by</source>
        <translation>签发人(&amp;B)</translation>
    </message>
    <message>
        <source>%1 entries today at this checkpoint</source>
        <translation>本卡口今日共 %1 条登记记录</translation>
    </message>
    <message>
        <source>%1 %2:00–%3:00</source>
        <translation>%1 %2:00–%3:00</translation>
    </message>
    <message>
        <source>Nobody on duty: %1</source>
        <translation>无人值守：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Correct an entry</source>
        <translation>更正登记记录</translation>
    </message>
    <message>
        <source>The entry stays in the log, marked as corrected; the corrected one is saved beside it. Press Enter to save.</source>
        <translation>原登记记录仍保留在出入登记中，并标记为已更正；更正后的记录另行保存。按回车键保存。</translation>
    </message>
    <message>
        <source>New checkpoint</source>
        <translation>新增卡口</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>村(社区)(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>位置(&amp;L)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>ClerkDate</name>
    <message>
        <source>Enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1不是实际存在的日期。</translation>
    </message>
    <message>
        <source>%1 is not a date: type it as 2022-03-04, 2022/3/4, 2022.3.4 or 2022年3月4日.</source>
        <translation>%1不是日期：请按2022-03-04、2022/3/4、2022.3.4或2022年3月4日的格式输入。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 缺少取值。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>init needs --unit and --name.</source>
        <translation>init 命令需要 --unit 和 --name 参数。</translation>
    </message>
    <message>
        <source>Write each village as CODE:NAME, such as 370285105201:东村; got %1.</source>
        <translation>每个村(社区)请按 CODE:NAME 格式填写，如 370285105201:东村；实际为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Set up %1 with %n village(s).</source>
        <translation>
            <numerusform>已设置%1，共 %n 个村(社区)。</numerusform>
        </translation>
    </message>
    <message>
        <source>--persons takes a positive whole number.</source>
        <translation>--persons 的取值须为正整数。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed 的取值须为整数。</translation>
    </message>
    <message>
        <source>Demo township: %1 villages, %2 households, %3 persons, %4 screening visits in %5 s.</source>
        <translation>演示乡镇：%1 个村(社区)、%2 户、%3 人、%4 次摸排走访，用时 %5 秒。</translation>
    </message>
    <message>
        <source>The store has no unit yet: run init first.</source>
        <translation>数据库尚未设置单位：请先运行 init。</translation>
    </message>
    <message>
        <source>There is no village with the code %1.</source>
        <translation>没有区划代码为%1的村(社区)。</translation>
    </message>
    <message>
        <source>person find needs the text to look for.</source>
        <translation>person find 需要指定查找内容。</translation>
    </message>
    <message>
        <source>Type at least three digits to search by number.</source>
        <translation>按号码查找时请至少输入三位数字。</translation>
    </message>
    <message>
        <source>The store is sound.</source>
        <translation>数据库完好，未发现问题。</translation>
    </message>
    <message>
        <source>Control work: %1 measures, %2 health checks, %3 samples, %4 needs.</source>
        <translation>防控工作：管控措施 %1 条，体温监测 %2 次，核酸采样 %3 份，需求 %4 条。</translation>
    </message>
    <message>
        <source>export-registry needs the name of a registry.</source>
        <translation>export-registry 命令需要指定台账名称。</translation>
    </message>
    <message>
        <source>export-registry needs --format xlsx, csv or pdf, and --out FILE.</source>
        <translation>export-registry 命令需要 --format xlsx、csv 或 pdf 参数，以及 --out FILE 参数。</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or gb18030.</source>
        <translation>--encoding 的取值须为 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>There is no registry named %1; the command registries lists them.</source>
        <translation>没有名为 %1 的台账；可用 registries 命令列出全部台账。</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <source>The registry %1 has no date range to filter by.</source>
        <translation>台账%1不能按日期范围筛选。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>measure add needs --id-number, --kind and --start.</source>
        <translation>measure add 命令需要 --id-number、--kind 和 --start 参数。</translation>
    </message>
    <message>
        <source>--kind takes home_isolation, central_isolation or home_monitoring.</source>
        <translation>--kind 的取值须为 home_isolation、central_isolation 或 home_monitoring。</translation>
    </message>
    <message>
        <source>--start: %1</source>
        <translation>--start：%1</translation>
    </message>
    <message>
        <source>Nobody with the ID number %1 is registered; add the person first.</source>
        <translation>未登记身份证号为%1的人员；请先添加该人员。</translation>
    </message>
    <message>
        <source>There is no isolation site named %1.</source>
        <translation>没有名为%1的隔离点。</translation>
    </message>
    <message>
        <source>Write each cadre as NAME:ROLE:PHONE, such as 李四:village_cadre:13912345678; got %1.</source>
        <translation>每名包保责任人请按 NAME:ROLE:PHONE 格式填写，如 李四:village_cadre:13912345678；实际为 %1。</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4.</source>
        <translation>%1：%2，%3至%4。</translation>
    </message>
    <message>
        <source>Set up the county %1.</source>
        <translation>已设置县：%1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>sent %1, received %2</source>
        <translation>已发出至第%1号，已收到至第%2号</translation>
    </message>
    <message>
        <source>keys trust needs the key file.</source>
        <translation>keys trust 需要指定密钥文件。</translation>
    </message>
    <message>
        <source>Trusted %1, fingerprint %2.</source>
        <translation>已信任%1，指纹为%2。</translation>
    </message>
    <message>
        <source>keys export needs --out FILE.</source>
        <translation>keys export 需要 --out FILE。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Wrote the public keys of %1 to %2; fingerprint %3.</source>
        <translation>已将%1的公钥写入%2；指纹为%3。</translation>
    </message>
    <message>
        <source>keys takes show, export, trust or list.</source>
        <translation>keys 的子命令为 show、export、trust 或 list。</translation>
    </message>
    <message>
        <source>bundle export needs --to KEYFILE and --out FILE.</source>
        <translation>bundle export 需要 --to KEYFILE 和 --out FILE。</translation>
    </message>
    <message>
        <source>Wrote bundle %1 for %2: %3 rows, %4 bytes.</source>
        <translation>已为%2生成数据包%1：%3条记录，%4字节。</translation>
    </message>
    <message>
        <source>bundle import needs the bundle file.</source>
        <translation>bundle import 需要指定数据包文件。</translation>
    </message>
    <message>
        <source>Imported bundle %1 from %2.</source>
        <translation>已导入来自%2的数据包%1。</translation>
    </message>
    <message>
        <source>table	inserted	updated	unchanged	conflicts</source>
        <translation>表	新增	更新	未变	冲突</translation>
    </message>
    <message>
        <source>bundle takes export or import.</source>
        <translation>bundle 的子命令为 export 或 import。</translation>
    </message>
    <message>
        <source>checkpoint add needs --name, --kind and --village.</source>
        <translation>checkpoint add 需要 --name、--kind 和 --village 参数。</translation>
    </message>
    <message>
        <source>There is no checkpoint named %1.</source>
        <translation>不存在名为 %1 的卡口。</translation>
    </message>
    <message>
        <source>STOP: %1</source>
        <translation>拦停：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>--date: %1</source>
        <translation>--date：%1</translation>
    </message>
    <message>
        <source>checkpoint	in	out	vehicles	turned back	fever	red/yellow</source>
        <translation>卡口	进	出	车辆	劝返	发热	红/黄码</translation>
    </message>
    <message>
        <source>Nobody on duty at %1 from %2:00 to %3:00.</source>
        <translation>%1 在 %2:00 至 %3:00 无人值守。</translation>
    </message>
    <message>
        <source>checkpoint takes add, log or stats.</source>
        <translation>checkpoint 命令仅支持 add、log 或 stats。</translation>
    </message>
    <message>
        <source>Checkpoints: %1, with %2 duty shifts and %3 entries.</source>
        <translation>卡口：%1 个，值守班次 %2 个，登记记录 %3 条。</translation>
    </message>
    <message>
        <source>The registry %1 has no checkpoint to filter by.</source>
        <translation>台账 %1 不能按卡口筛选。</translation>
    </message>
    <message>
        <source>Joined %1: import a full bundle from its office to start.</source>
        <translation>已加入%1：请导入该镇办公室生成的全量数据包后开始使用。</translation>
    </message>
    <message>
        <source>Supervision: %1 visits with %2 findings.</source>
        <translation>督导：共检查%1次，发现问题%2个。</translation>
    </message>
    <message>
        <source>supervision report needs --round ID, --format odt or pdf, and --out FILE.</source>
        <translation>supervision report 需要 --round ID、--format odt 或 pdf 以及 --out FILE。</translation>
    </message>
    <message>
        <source>There is no supervision round %1; supervision rounds lists them.</source>
        <translation>不存在督导轮次%1；可用 supervision rounds 查看全部轮次。</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>已将督查报告写入%1。</translation>
    </message>
    <message>
        <source>supervision takes rounds or report.</source>
        <translation>supervision 的子命令为 rounds 或 report。</translation>
    </message>
    <message>
        <source>The store was copied to %1.</source>
        <translation>数据库已备份到 %1。</translation>
    </message>
    <message>
        <source>known-to-several lists the persons of a county&apos;s store; this store is not a county&apos;s.</source>
        <translation>known-to-several 仅用于列出县级数据库中的人员；本数据库不是县级数据库。</translation>
    </message>
    <message>
        <source>--due: %1</source>
        <translation>--due：%1</translation>
    </message>
    <message>
        <source>released</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>running</source>
        <translation>管控中</translation>
    </message>
    <message>
        <source>This store was set up for %1, not made as a demo: demo data never goes into it. Give a new store with --db.</source>
        <translation>此库已为%1设置，不是演示库：演示数据不会写入。请用 --db 指定一个新库。</translation>
    </message>
    <message>
        <source>This store already holds a demo township: give --force to replace it with a new one.</source>
        <translation>此库已有演示乡镇：加 --force 可换成新的演示乡镇。</translation>
    </message>
    <message>
        <source>person restore needs the id of the removed person.</source>
        <translation>person restore 需要已移出人员的编号。</translation>
    </message>
    <message>
        <source>%1 is back in the register.</source>
        <translation>%1 已恢复到花名册。</translation>
    </message>
    <message>
        <source>person remove needs the person and --reason moved_out|died|duplicate.</source>
        <translation>person remove 需要人员和 --reason moved_out|died|duplicate。</translation>
    </message>
    <message>
        <source>There is no person %1 in the register.</source>
        <translation>花名册中没有人员 %1。</translation>
    </message>
    <message>
        <source>--reason takes moved_out, died or duplicate.</source>
        <translation>--reason 可取 moved_out、died 或 duplicate。</translation>
    </message>
    <message>
        <source>person remove --reason died needs --on DATE.</source>
        <translation>person remove --reason died 需要 --on 日期。</translation>
    </message>
    <message>
        <source>person remove --reason duplicate needs --into, the person who stays.</source>
        <translation>person remove --reason duplicate 需要 --into，即保留的那条人员记录。</translation>
    </message>
    <message>
        <source>%1 was removed from the register: %2.</source>
        <translation>%1 已从花名册移出：%2。</translation>
    </message>
    <message>
        <source>household set-head needs the household and the person.</source>
        <translation>household set-head 需要住户和人员。</translation>
    </message>
    <message>
        <source>%1 is the head of the household.</source>
        <translation>%1 现为户主。</translation>
    </message>
    <message>
        <source>household move needs the person and --to HOUSEHOLD.</source>
        <translation>household move 需要人员和 --to 住户。</translation>
    </message>
    <message>
        <source>--relation takes one of: %1.</source>
        <translation>--relation 可取：%1。</translation>
    </message>
    <message>
        <source>%1 now lives at %2.</source>
        <translation>%1 现住 %2。</translation>
    </message>
    <message>
        <source>Unknown household command: %1</source>
        <translation>未知的 household 命令：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>已修正</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>import needs the file and --as %1.</source>
        <translation>import 需要指定文件和 --as %1。</translation>
    </message>
    <message>
        <source>--sheet takes the number of the sheet, from 1.</source>
        <translation>--sheet 的取值为工作表序号，从 1 开始。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2022.</source>
        <translation>--year 的取值为年份，如 2022。</translation>
    </message>
    <message>
        <source>--header takes one row or two, such as 3 or 3-4.</source>
        <translation>--header 的取值为一行或两行的行号，如 3 或 3-4。</translation>
    </message>
    <message>
        <source>--duplicates takes skip, update or review.</source>
        <translation>--duplicates 可取 skip、update 或 review。</translation>
    </message>
    <message>
        <source>Row %1: %2: %3</source>
        <translation>第%1行：%2：%3</translation>
    </message>
    <message>
        <source>%1: %2 ok, %3 fixed, %4 refused, %5 skipped, %6 duplicates, %7 households%8.</source>
        <translation>%1：通过 %2 行，已修正 %3 行，拒绝 %4 行，跳过 %5 行，重复 %6 行，共 %7 户%8。</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation>（试导入，未写入任何数据）</translation>
    </message>
    <message>
        <source>Unknown command: %1 %2</source>
        <translation>未知命令：%1 %2</translation>
    </message>
    <message>
        <source>%1 takes no option --%2 (township-ledger-cli help %3 lists its options).</source>
        <translation>%1 没有选项 --%2（township-ledger-cli help %3 列出其选项）。</translation>
    </message>
    <message>
        <source>This installation has users: give --user NAME to %1 (the password is asked, or read from TL_PASSWORD).</source>
        <translation>本机设有用户：%1 须给出 --user 用户名（随后询问密码，或从 TL_PASSWORD 读取）。</translation>
    </message>
    <message>
        <source>restore needs the copy to restore.</source>
        <translation>restore 需要指定要恢复的副本。</translation>
    </message>
    <message>
        <source>The store is back as the copy %1 holds it; the store as it was is kept as %2.</source>
        <translation>数据库已恢复为副本 %1 的内容；恢复前的数据库另存为 %2。</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password for %1: type it in a terminal, or set TL_PASSWORD.</source>
        <translation>没有 %1 的密码：请在终端中输入，或设置 TL_PASSWORD。</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>No password for %1: type it in a terminal, or set %2.</source>
        <translation>没有 %1 的密码：请在终端中输入，或设置 %2。</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再输入一次密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>user %1 needs the user&apos;s name.</source>
        <translation>user %1 需要用户名。</translation>
    </message>
    <message>
        <source>--role takes one of %1.</source>
        <translation>--role 取值为 %1 之一。</translation>
    </message>
    <message>
        <source>%1 can log in as %2.</source>
        <translation>%1 可以以%2身份登录。</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
    <message>
        <source>Unknown command: user %1</source>
        <translation>未知命令：user %1</translation>
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
        <translation>用法： township-ledger-cli [--db PATH] [--user NAME] COMMAND
命令：
  init --unit CODE --name NAME [--village CODE:NAME]... [--admin NAME] | [--join]
  demo --persons N [--seed S] [--force]
  person add --name NAME --id-number ID --village CODE [--phone P] [--household ID]
  person find TEXT
  person remove PERSON --reason moved_out|died|duplicate [--into PERSON]
                [--note TEXT] [--on DATE]   （PERSON：人员编号或身份证号）
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
  restore FILE   （FILE：本机 backups/ 中的副本）
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
本机设有用户后，凡修改数据或导出完整身份证号、电话，都须以用户身份进行：
--user 用户名，密码在提示时输入，或由 TL_PASSWORD 给出（新用户的密码用 TL_NEW_PASSWORD）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>已将 %n 条审计记录写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Clashes with a record here</source>
        <translation>与本机记录冲突</translation>
    </message>
    <message>
        <source>Changed at both ends</source>
        <translation>两端均有修改</translation>
    </message>
    <message>
        <source>Kept this installation&apos;s</source>
        <translation>已保留本机版本</translation>
    </message>
    <message>
        <source>Kept the arriving one</source>
        <translation>已保留收到的版本</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>不同的字段</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Merged into the same record here</source>
        <translation>已与本机同一记录合并</translation>
    </message>
    <message>
        <source>Second record of one slot, set aside</source>
        <translation>同一项的第二条记录，已搁置</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>已撤销合并</translation>
    </message>
</context>
<context>
    <name>ControlMeasure</name>
    <message>
        <source>Home isolation</source>
        <translation>居家隔离</translation>
    </message>
    <message>
        <source>Central isolation</source>
        <translation>集中隔离</translation>
    </message>
    <message>
        <source>Home health monitoring</source>
        <translation>居家健康监测</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Under measures</source>
        <translation>在管人数</translation>
    </message>
    <message>
        <source>Fevers today</source>
        <translation>今日发热</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>采样数</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>最近数据包</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>&amp;Give a task…</source>
        <translation>下达任务(&amp;G)…</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Verification tasks</source>
        <translation>核查任务</translation>
    </message>
    <message>
        <source>Risk areas</source>
        <translation>风险地区</translation>
    </message>
    <message>
        <source>Figures as of the last bundle taken in from each township; fevers are today&apos;s checks at or over the threshold.</source>
        <translation>数据截至各乡镇最近导入的数据包；今日发热为今日体温监测记录中达到或超过阈值的人数。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>Known to several townships</source>
        <translation>多地登记人员</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计链</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>断裂</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>完整</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>CsvWorkbook</name>
    <message>
        <source>Row %1 holds a NUL character: the file is not a text file.</source>
        <translation>第%1行含有NUL字符：该文件不是文本文件。</translation>
    </message>
    <message>
        <source>The quote that opens cell %1 of row %2 (line %3 of the file) is never closed: the rest of the file would be one cell.</source>
        <translation>第%2行第%1个单元格（文件第%3行）开头的引号没有闭合：文件其余部分都会被读成一个单元格。</translation>
    </message>
    <message>
        <source>Row %1 is longer than %2 characters: the file is damaged or is not a table.</source>
        <translation>第%1行超过%2个字符：文件已损坏或不是表格。</translation>
    </message>
    <message>
        <source>Cell %1 of row %2 holds more than %3 characters: the quote that opens it in line %4 of the file is perhaps never closed.</source>
        <translation>第%2行第%1个单元格超过%3个字符：该单元格开头的引号（文件第%4行）可能没有闭合。</translation>
    </message>
    <message>
        <source>Cell %1 of row %2 holds more than %3 characters, more than a spreadsheet cell can.</source>
        <translation>第%2行第%1个单元格超过%3个字符，超出电子表格单元格的上限。</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns, more than a spreadsheet can.</source>
        <translation>第%1行超过%2列，超出电子表格的上限。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, more than a spreadsheet can: split it into smaller files.</source>
        <translation>文件超过%1行，超出电子表格的上限：请拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: it holds binary data, as a spreadsheet, a document or a picture does. Save the sheet as CSV and choose that file.</source>
        <translation>%1不是CSV文件：其中含有表格、文档或图片等文件才有的二进制数据。请将工作表另存为CSV，再选择该文件。</translation>
    </message>
    <message>
        <source>Row %1 is not %2 text, as the start of the file is: save the sheet as CSV again.</source>
        <translation>第%1行不是与文件开头一致的%2文本：请重新将工作表另存为CSV。</translation>
    </message>
</context>
<context>
    <name>DataExchangePage</name>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>&amp;Save this installation&apos;s key file…</source>
        <translation>保存本机密钥文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>发出数据包数</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>收到数据包数</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>最近收到</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>信任密钥文件(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Full (all records, not only the changes)</source>
        <translation>全量（全部记录，而不仅是变更部分）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Make a bundle for the selected…</source>
        <translation>为所选安装点生成数据包(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Installations this one exchanges bundles with:</source>
        <translation>与本机交换数据包的安装点：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Keep &amp;this installation&apos;s version</source>
        <translation>保留本机版本(&amp;T)</translation>
    </message>
    <message>
        <source>Keep the &amp;arriving version</source>
        <translation>保留收到的版本(&amp;A)</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>History</source>
        <translation>收发记录</translation>
    </message>
    <message>
        <source>The keys of this installation cannot be read; bundles cannot be made or taken in.</source>
        <translation>无法读取本机密钥，无法生成或导入数据包。</translation>
    </message>
    <message>
        <source>This installation: %1 — key fingerprint %2</source>
        <translation>本机：%1——密钥指纹%2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Conflicts (%1 open)</source>
        <translation>冲突（%1条未处理）</translation>
    </message>
    <message>
        <source>Save the key file</source>
        <translation>保存密钥文件</translation>
    </message>
    <message>
        <source>Key files (*.pem)</source>
        <translation>密钥文件 (*.pem)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Key file saved</source>
        <translation>密钥文件已保存</translation>
    </message>
    <message>
        <source>Give %1 to the other office. When they trust it, read them this fingerprint over the phone so they can check it:

%2</source>
        <translation>请将%1交给对方办公室。对方信任该密钥时，请通过电话向对方读出以下指纹，以便其核对：

%2</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>信任密钥文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>Remove the key?</source>
        <translation>是否移除此密钥？</translation>
    </message>
    <message>
        <source>Bundles from %1 will be refused until its key is trusted again.</source>
        <translation>在重新信任其密钥之前，来自%1的数据包将被拒绝导入。</translation>
    </message>
    <message>
        <source>Where to write the bundle (the USB stick)</source>
        <translation>选择数据包的保存位置（U盘）</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>正在生成数据包…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 records, %3 KB) for %4.</source>
        <translation>已为%4生成%1（%2条记录，%3 KB）。</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Bundles (*.tlb)</source>
        <translation>数据包 (*.tlb)</translation>
    </message>
    <message>
        <source>Bundles are missing</source>
        <translation>缺少数据包</translation>
    </message>
    <message>
        <source>Bundles %1 to %2 from %3 were never imported here, so records they carried may be missing. Import them first if you have them.

Import this one anyway?</source>
        <translation>来自%3的第%1至%2号数据包尚未在本机导入，其中的记录可能缺失。如有这些数据包，请先导入。

是否仍导入此数据包？</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>Imported bundle %1 from %2: %3 inserted, %4 updated, %5 unchanged, %6 conflicts.</source>
        <translation>已导入来自%2的第%1号数据包：新增%3条，更新%4条，未变%5条，冲突%6条。</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>&amp;Undo the merge…</source>
        <translation>撤销合并(&amp;U)…</translation>
    </message>
    <message>
        <source>The two were different records: correct one of them and keep both.</source>
        <translation>这是两条不同的记录：请更正其中一条，两条均予保留。</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>%1 of %2 was merged into a record with the same %1. Enter the corrected %1 of %2; the two are kept apart from then on, here and at every installation.</source>
        <translation>%2因%1与另一条记录的%1相同，已合并到该记录。请输入%2更正后的%1；此后两条记录将分开保存，本机及所有安装点均如此。</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>已撤销合并。</translation>
    </message>
    <message>
        <source>Ledger imported</source>
        <translation>导入台账</translation>
    </message>
</context>
<context>
    <name>DaySheetModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Morning ℃</source>
        <translation>上午体温(℃)</translation>
    </message>
    <message>
        <source>Afternoon ℃</source>
        <translation>下午体温(℃)</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
</context>
<context>
    <name>DaySheetPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Fevers</source>
        <translation>发热人员</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4 ℃</source>
        <translation>%1（%2），%3：%4 ℃</translation>
    </message>
    <message>
        <source>%1 persons under measures, %2 fevers, %3 checks missing (fever from %4 ℃)</source>
        <translation>管控人员 %1 人，发热 %2 人，漏测 %3 人次（%4 ℃及以上为发热）</translation>
    </message>
    <message>
        <source>Checks missing</source>
        <translation>漏测人员</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
</context>
<context>
    <name>DemoTownship</name>
    <message>
        <source>The demo township needs at least one person.</source>
        <translation>演示乡镇至少需要一名人员。</translation>
    </message>
    <message>
        <source>The store already holds persons: a demo township can only be made in an empty store.</source>
        <translation>数据库中已有人员：只能在空数据库中生成演示乡镇。</translation>
    </message>
    <message>
        <source>The township has no villages to fill.</source>
        <translation>该乡镇下没有可填充的村(社区)。</translation>
    </message>
    <message>
        <source>Cancelled: the store is unchanged.</source>
        <translation>已取消：数据库未作改动。</translation>
    </message>
    <message>
        <source>%1 was not made as a demo: it is kept.</source>
        <translation>%1 不是演示库，已保留。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
</context>
<context>
    <name>DemoTownshipSetup</name>
    <message>
        <source>Demo township</source>
        <translation>演示乡镇</translation>
    </message>
    <message>
        <source>Demo data goes only into a new store, and this one is set up already: give a new store with --db.</source>
        <translation>演示数据只写入新库，而此库已设置：请用 --db 指定一个新库。</translation>
    </message>
    <message>
        <source>A demo township of synthetic people, for trying the program out. How many persons?</source>
        <translation>由虚构人员组成的演示乡镇，用于试用本程序。要多少人？</translation>
    </message>
    <message>
        <source>Generating the demo township…</source>
        <translation>正在生成演示乡镇…</translation>
    </message>
</context>
<context>
    <name>DuplicateRows</name>
    <message>
        <source>Rows that are the same record cannot be settled: %1</source>
        <translation>无法处理重复记录：%1</translation>
    </message>
    <message>
        <source>The record was not merged into another one.</source>
        <translation>该记录未被合并到其他记录。</translation>
    </message>
    <message>
        <source>The record still has the same ID number or name as the one it was merged into; correct it to undo the merge.</source>
        <translation>该记录的身份证号或名称仍与其被合并到的记录相同；请先更正，再撤销合并。</translation>
    </message>
</context>
<context>
    <name>EntryLine</name>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
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
        <translation>健康码：g 绿码，y 黄码，r 红码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>From where</source>
        <translation>来源地</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Permit no.</source>
        <translation>通行证号</translation>
    </message>
    <message>
        <source>Disinfected</source>
        <translation>已消杀</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
    <message>
        <source>Registered: %1, %2</source>
        <translation>本镇已登记：%1，%2</translation>
    </message>
    <message>
        <source>Not registered in this township</source>
        <translation>本镇未登记</translation>
    </message>
    <message>
        <source>Type g for a green code, y for yellow, r for red.</source>
        <translation>绿码请输入 g，黄码输入 y，红码输入 r。</translation>
    </message>
</context>
<context>
    <name>ExchangePeers</name>
    <message>
        <source>This is not a Township Ledger key file: it does not hold the two public keys.</source>
        <translation>这不是乡镇防控台账的密钥文件：文件中没有两个公钥。</translation>
    </message>
    <message>
        <source>The key file does not say which unit and installation it belongs to.</source>
        <translation>密钥文件未注明所属的单位和安装点。</translation>
    </message>
    <message>
        <source>The store has no unit yet: set it up first.</source>
        <translation>数据库尚未设置单位，请先进行设置。</translation>
    </message>
    <message>
        <source>The key is incomplete.</source>
        <translation>密钥不完整。</translation>
    </message>
    <message>
        <source>This is this installation&apos;s own key.</source>
        <translation>这是本机自己的密钥。</translation>
    </message>
    <message>
        <source>%1 is already trusted with another key (fingerprint %2). Remove it first if its keys were really replaced.</source>
        <translation>%1已使用另一密钥获得信任（指纹%2）。如其密钥确已更换，请先将其移除。</translation>
    </message>
</context>
<context>
    <name>FindingRows</name>
    <message>
        <source>The township has no supervision team: set up the teams before importing their findings.</source>
        <translation>本镇尚无督导组：请先设置督导组，再导入其发现的问题。</translation>
    </message>
    <message>
        <source>The team is empty, and the township has %1 supervision teams (%2).</source>
        <translation>督导组为空，本镇有 %1 个督导组（%2）。</translation>
    </message>
    <message>
        <source>team %1 taken as %2</source>
        <translation>督导组 %1 按 %2 处理</translation>
    </message>
    <message>
        <source>%1 is not one of the township&apos;s supervision teams (%2): set the team up first, or write its name as it is set up.</source>
        <translation>%1 不是本镇的督导组（%2）：请先设置该组，或按已设置的名称填写。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>督导日期</translation>
    </message>
    <message>
        <source>The day of the visit is empty.</source>
        <translation>督导日期为空。</translation>
    </message>
    <message>
        <source>The visit on %1 is after today.</source>
        <translation>%1 的督导晚于今天。</translation>
    </message>
    <message>
        <source>The place visited is empty.</source>
        <translation>督导地点为空。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>no category given: recorded as %1</source>
        <translation>未填问题类别：记为 %1</translation>
    </message>
    <message>
        <source>%1 is not a severity: 一般, 较重 or 重大.</source>
        <translation>%1 不是严重程度：应为 一般、较重 或 重大。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>%1 is not a status of rectification: 未整改, 整改中, 已整改 or 已销号.</source>
        <translation>%1 不是整改状态：应为 未整改、整改中、已整改 或 已销号。</translation>
    </message>
    <message>
        <source>The same problem of the same visit as row %1.</source>
        <translation>与第 %1 行为同一次督导的同一问题。</translation>
    </message>
    <message>
        <source>Already recorded on the visit of %1 to %2 on %3.</source>
        <translation>已记录于 %1 于 %3 对 %2 的督导。</translation>
    </message>
    <message>
        <source>the visit of %1 to %2 on %3 is not recorded yet: recorded from the row</source>
        <translation>%1 于 %3 对 %2 的督导尚未记录：按本行记录</translation>
    </message>
    <message>
        <source>Visits recorded from a ledger of findings</source>
        <translation>由问题台账记录的督导</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>检查点位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位/责任人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>检查日期</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Trust the sender?</source>
        <translation>是否信任发送方？</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>是否信任此密钥？</translation>
    </message>
    <message>
        <source>This bundle comes from the unit below, whose key this installation does not know yet. Call them and have them read the fingerprint of their key to you.</source>
        <translation>此数据包来自下列单位，本机尚不认识其密钥。请致电对方，请其向您读出其密钥的指纹。</translation>
    </message>
    <message>
        <source>This key file says it belongs to the unit below, but anyone can write a key file. Call the unit and have them read the fingerprint of their key to you.</source>
        <translation>此密钥文件注明属于下列单位，但任何人都能制作密钥文件。请致电该单位，请其向您读出其密钥的指纹。</translation>
    </message>
    <message>
        <source>last two groups</source>
        <translation>最后两组</translation>
    </message>
    <message>
        <source>Check that they read these first groups, then type the last two groups as they read them (for example 1a2b 3c4d). Trust the key only if they match.</source>
        <translation>请核对对方读出的前几组与此处一致，再按对方所读输入最后两组（如 1a2b 3c4d）。只有完全一致时，方可信任该密钥。</translation>
    </message>
    <message>
        <source>&amp;Trust and import</source>
        <translation>信任并导入(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Trust the key</source>
        <translation>信任该密钥(&amp;T)</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>These are not the last two groups of this key. Have them read again; if they still differ, do not trust the key: it is not theirs.</source>
        <translation>这不是此密钥的最后两组。请对方重新读一遍；如仍不一致，请勿信任该密钥：它不是对方的密钥。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Township Ledger</source>
        <translation>设置乡镇防控台账</translation>
    </message>
    <message>
        <source>Your township</source>
        <translation>本乡镇</translation>
    </message>
    <message>
        <source>Township &amp;name</source>
        <translation>乡镇名称(&amp;N)</translation>
    </message>
    <message>
        <source>Region &amp;code</source>
        <translation>区划代码(&amp;C)</translation>
    </message>
    <message>
        <source>Villages and communities</source>
        <translation>下辖村(社区)</translation>
    </message>
    <message>
        <source>One a line: the name, or the code and the name. You can paste two columns from Excel. Villages without a code are numbered in order.</source>
        <translation>每行一个：填写名称，或区划代码和名称。可直接粘贴Excel中的两列。未填代码的村(社区)按顺序编号。</translation>
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
            <numerusform>共 %n 个村(社区)：</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Enter the name of the township.</source>
        <translation>请输入乡镇名称。</translation>
    </message>
    <message>
        <source>The township (or sub-district) this office serves. The code is the 12-digit statistical division code, such as 370285105000. A county office enters its county&apos;s code, such as 370285000000.</source>
        <translation>本办公室所服务的乡镇（街道）。代码为12位统计用区划代码，如370285105000。县级办公室请填写本县代码，如370285000000。</translation>
    </message>
    <message>
        <source>Enter the name of the county.</source>
        <translation>请输入县名称。</translation>
    </message>
    <message>
        <source>This computer &amp;joins a township already set up on another (a checkpoint&apos;s laptop): its villages and records come with the first bundle from the office.</source>
        <translation>本机加入已在其他电脑上设置的乡镇(&amp;J)（如卡口值守笔记本）：村(社区)和各项记录随办公室发来的第一个数据包导入。</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>All villages</source>
        <translation>全部村(社区)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
</context>
<context>
    <name>HealthCheckRepository</name>
    <message>
        <source>Enter the date of the check.</source>
        <translation>请输入测温日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期%1晚于今天。</translation>
    </message>
    <message>
        <source>Choose morning or afternoon.</source>
        <translation>请选择上午或下午。</translation>
    </message>
    <message>
        <source>The person was not found: the record may have been removed.</source>
        <translation>未找到该人员：记录可能已被删除。</translation>
    </message>
</context>
<context>
    <name>HealthCheckRows</name>
    <message>
        <source>The day columns (such as %1) give no year, and the sheet has no 填报日期: give the year of the ledger.</source>
        <translation>日期列（如%1）未写年份，表中也没有填报日期：请填写台账所属年份。</translation>
    </message>
    <message>
        <source>The sheet has no columns of days (3月5日 over 上午 and 下午, 3月5日上午, 第1天) and no date column beside the temperatures.</source>
        <translation>工作表中既没有按日期排列的列（如“3月5日”下分“上午”“下午”、“3月5日上午”、“第1天”），体温旁也没有日期列。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>No registered person has the ID number %1: register the person, or import the isolation ledger, first.</source>
        <translation>没有身份证号为%1的登记人员：请先登记此人，或先导入隔离台账。</translation>
    </message>
    <message>
        <source>the ID number is registered as %1</source>
        <translation>该身份证号登记的姓名为%1</translation>
    </message>
    <message>
        <source>The row gives neither a name nor an ID number.</source>
        <translation>该行既没有姓名也没有身份证号。</translation>
    </message>
    <message>
        <source>%1 is not among the persons under a measure: give the ID number.</source>
        <translation>管控人员中没有%1：请填写身份证号。</translation>
    </message>
    <message>
        <source>%1 persons named %2 are under measures: give the ID number.</source>
        <translation>管控人员中有 %1 人名为%2：请填写身份证号。</translation>
    </message>
    <message>
        <source>%1 has no measure to count %2 from.</source>
        <translation>%1没有管控措施，无法推算“%2”是哪一天。</translation>
    </message>
    <message>
        <source>%1 is not a day of %2.</source>
        <translation>%2年没有“%1”这一天。</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 is after today.</source>
        <translation>%1：%2晚于今天。</translation>
    </message>
    <message>
        <source>%1: given already in row %2, not taken again</source>
        <translation>%1：第%2行已填写，不再重复录入</translation>
    </message>
    <message>
        <source>%1: %2 ℃ recorded, %3 ℃ in the ledger: kept</source>
        <translation>%1：已记录%2 ℃，台账为%3 ℃：保留原记录</translation>
    </message>
    <message>
        <source>%1: %2 ℃ recorded, corrected to %3 ℃</source>
        <translation>%1：已记录%2 ℃，更正为%3 ℃</translation>
    </message>
    <message>
        <source>%1 marked without a temperature: not recorded</source>
        <translation>%1只有标记、没有体温：未录入</translation>
    </message>
    <message>
        <source>The temperatures of %1 are recorded already.</source>
        <translation>%1的体温已录入。</translation>
    </message>
    <message>
        <source>no temperature in the row</source>
        <translation>该行没有体温</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation>新增住户</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>编辑住户</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>所在区域(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>户别(&amp;T)</translation>
    </message>
</context>
<context>
    <name>HouseholdMergeDialog</name>
    <message>
        <source>Merge %1 into another household</source>
        <translation>将 %1 合并到另一户</translation>
    </message>
    <message>
        <source>When one household was registered twice: its members, visits and needs move to the household chosen here, and %1 leaves the list.</source>
        <translation>同一户登记了两次时使用：其成员、走访和需求移到这里选定的住户，%1 从列表中消失。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Choose the household that stays.</source>
        <translation>请选择保留的住户。</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <source>Address or name of the head of household</source>
        <translation>地址或户主姓名</translation>
    </message>
    <message>
        <source>No household</source>
        <translation>不属于任何住户</translation>
    </message>
    <message>
        <source>%1, %2 (no head yet)</source>
        <translation>%1，%2（尚无户主）</translation>
    </message>
    <message>
        <source>%1, %2, head %3</source>
        <translation>%1，%2，户主 %3</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Family household</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>Collective household</source>
        <translation>集体户</translation>
    </message>
    <message>
        <source>All members present</source>
        <translation>全员在家</translation>
    </message>
    <message>
        <source>Some members away</source>
        <translation>部分成员外出</translation>
    </message>
    <message>
        <source>Nobody at home</source>
        <translation>无人在家</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Enter the household&apos;s address.</source>
        <translation>请输入住户地址。</translation>
    </message>
    <message>
        <source>Choose the village, group or grid of the household.</source>
        <translation>请选择住户所在的村(社区)、村民小组或网格。</translation>
    </message>
    <message>
        <source>Choose the household type.</source>
        <translation>请选择户别。</translation>
    </message>
    <message>
        <source>The head of household must be one of its members.</source>
        <translation>户主必须是本户成员。</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>该住户已不存在。</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>请输入走访日期。</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future.</source>
        <translation>走访日期%1晚于今天。</translation>
    </message>
    <message>
        <source>Enter who made the visit.</source>
        <translation>请输入走访人。</translation>
    </message>
    <message>
        <source>Choose the result of the visit.</source>
        <translation>请选择走访结果。</translation>
    </message>
    <message>
        <source>Choose the relation to the head of household from the list.</source>
        <translation>请从列表中选择与户主关系。</translation>
    </message>
    <message>
        <source>The person is no longer in the register.</source>
        <translation>此人已不在花名册中。</translation>
    </message>
    <message>
        <source>%1 lives in another township: a move between townships is a removal there (moved out) and a new registration here.</source>
        <translation>%1 住在另一个乡镇：跨乡镇迁移应在那边登记迁出，在这里重新登记。</translation>
    </message>
    <message>
        <source>The person is a member of that household already.</source>
        <translation>此人已是该户成员。</translation>
    </message>
    <message>
        <source>Only members of the household can start a household of their own.</source>
        <translation>只有该户成员才能分户另立。</translation>
    </message>
    <message>
        <source>At least one member stays: to move the whole household, edit its address instead.</source>
        <translation>至少要留下一名成员：整户搬迁请修改住户地址。</translation>
    </message>
    <message>
        <source>A household cannot be merged into itself.</source>
        <translation>住户不能合并到自身。</translation>
    </message>
    <message>
        <source>The households cannot be counted: %1</source>
        <translation>无法统计住户：%1</translation>
    </message>
    <message>
        <source>The households cannot be read: %1</source>
        <translation>无法读取住户：%1</translation>
    </message>
</context>
<context>
    <name>HouseholdSplitDialog</name>
    <message>
        <source>Split off a household from %1</source>
        <translation>从 %1 分户</translation>
    </message>
    <message>
        <source>Moves to the new household</source>
        <translation>迁入新户</translation>
    </message>
    <message>
        <source>Relation to its head</source>
        <translation>与新户主关系</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Head of the new household</source>
        <translation>新户户主(&amp;H)</translation>
    </message>
    <message>
        <source>New &amp;address</source>
        <translation>新地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>所在(&amp;W)</translation>
    </message>
    <message>
        <source>Tick the other members who move with the new head:</source>
        <translation>勾选随新户主迁出的其他成员：</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Filter by address</source>
        <translation>按地址筛选</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>新增住户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit household</source>
        <translation>编辑住户(&amp;E)</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>添加成员(&amp;M)</translation>
    </message>
    <message>
        <source>Record &amp;visit</source>
        <translation>登记走访(&amp;V)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>户内成员</translation>
    </message>
    <message>
        <source>Screening visits</source>
        <translation>摸排走访</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>No household chosen</source>
        <translation>未选择住户</translation>
    </message>
    <message>
        <source>%1 — head: %2, %3</source>
        <translation>%1 — 户主：%2，%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>全部住户</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>尚未走访</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>S&amp;plit off…</source>
        <translation>分户(&amp;P)…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>合并到(&amp;G)…</translation>
    </message>
    <message>
        <source>Set as &amp;head</source>
        <translation>设为户主(&amp;H)</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Set as head</source>
        <translation>设为户主</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; %1 has %2.</source>
        <translation>身份证号应为18位；%1为%2位。</translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number are digits; character %1 of %2 is not.</source>
        <translation>身份证号前17位应为数字；%2的第%1位不是数字。</translation>
    </message>
    <message>
        <source>The last character of an ID number is a digit or X.</source>
        <translation>身份证号最后一位应为数字或X。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number %2 is not a real date.</source>
        <translation>身份证号%2中的出生日期%1不是实际存在的日期。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number %2 is in the future.</source>
        <translation>身份证号%2中的出生日期%1晚于今天。</translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: the number has a typing mistake.</source>
        <translation>%1的校验码不正确：号码有录入错误。</translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Group or grid</source>
        <translation>村民小组(网格)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>居住类型</translation>
    </message>
    <message>
        <source>Special group</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划解除日期</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Release reason</source>
        <translation>解除原因</translation>
    </message>
    <message>
        <source>Responsible cadres</source>
        <translation>包保责任人</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Phone of %1</source>
        <translation>%1联系电话</translation>
    </message>
    <message>
        <source>Isolation site</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <source>Card posted</source>
        <translation>张贴隔离卡</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>签订协议书</translation>
    </message>
    <message>
        <source>Camera installed</source>
        <translation>安装摄像头</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Residents and households</source>
        <translation>居民及住户</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>返乡人员</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来源地</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>返乡日期</translation>
    </message>
    <message>
        <source>Home isolation</source>
        <translation>居家隔离</translation>
    </message>
    <message>
        <source>Central isolation</source>
        <translation>集中隔离</translation>
    </message>
    <message>
        <source>Temperature checks</source>
        <translation>体温监测</translation>
    </message>
    <message>
        <source>Testing round</source>
        <translation>检测轮次</translation>
    </message>
    <message>
        <source>Round date</source>
        <translation>轮次日期</translation>
    </message>
    <message>
        <source>Sampled at</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <source>Time of sampling</source>
        <translation>采样时刻</translation>
    </message>
    <message>
        <source>Test site</source>
        <translation>采样点</translation>
    </message>
    <message>
        <source>Tube number</source>
        <translation>试管编号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>卡口</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>In or out</source>
        <translation>进出方向</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Health code</source>
        <translation>健康码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Disinfected</source>
        <translation>是否消杀</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>督导日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>督导地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Testing samples</source>
        <translation>核酸采样登记</translation>
    </message>
    <message>
        <source>Checkpoint entries</source>
        <translation>卡口出入登记</translation>
    </message>
    <message>
        <source>Supervision findings</source>
        <translation>督导问题整改</translation>
    </message>
</context>
<context>
    <name>ImportVerdictsModel</name>
    <message>
        <source>Ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已修正</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a ledger (Excel/CSV)</source>
        <translation>导入台账（Excel/CSV）</translation>
    </message>
    <message>
        <source>The ledger to import</source>
        <translation>选择要导入的台账</translation>
    </message>
    <message>
        <source>The ledger&apos;s file</source>
        <translation>台账文件</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Given by the ledger (its village column, or its 填报单位)</source>
        <translation>按台账所填（村(社区)列或填报单位）</translation>
    </message>
    <message>
        <source>The village of every row, for a ledger that has no village column and does not name its village above the heading.</source>
        <translation>台账没有村(社区)列、表头上方也未注明所属村(社区)时，所有行均归入此村(社区)。</translation>
    </message>
    <message>
        <source>Days written without their year (3月5日, 3/5) are taken in this year. When the ledger gives its 填报日期 above the heading, that year is filled in here once the file is read; change it only when the ledger&apos;s days belong to another year.</source>
        <translation>未写年份的日期（如3月5日、3/5）按此年份读取。台账表头上方注明填报日期的，读取文件后自动填入该年份；仅当台账中的日期属于其他年份时才需修改。</translation>
    </message>
    <message>
        <source>Used for days written without their year, such as 3月5日. When the ledger gives its 填报日期 above the heading, its year is put here once the file is read.</source>
        <translation>用于未写年份的日期，如3月5日。台账表头上方注明填报日期的，读取文件后自动填入其年份。</translation>
    </message>
    <message>
        <source>Ledger &amp;file:</source>
        <translation>台账文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The ledger &amp;lists:</source>
        <translation>台账内容(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Village of its rows:</source>
        <translation>所属村(社区)(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Year of days without one:</source>
        <translation>日期缺省年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>The sheet and its heading</source>
        <translation>工作表和表头</translation>
    </message>
    <message>
        <source>The first rows as the file has them. The heading rows, which name the columns, are highlighted; the rows below them are read as records.</source>
        <translation>以下为文件前几行的原样内容。表头行（即列名称所在的行）以高亮显示，其下各行按记录读取。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The same row for a heading of one row; the row below it for a heading of two rows (基本信息 over 姓名, 性别, …).</source>
        <translation>表头只有一行时与起始行相同；表头有两行时为其下一行（如“基本信息”下分“姓名”“性别”…）。</translation>
    </message>
    <message>
        <source>Double-click a row to make it the heading.</source>
        <translation>双击某行可将其设为表头。</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Heading from &amp;row</source>
        <translation>表头起始行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;to row</source>
        <translation>结束行(&amp;T)</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>列与字段对应</translation>
    </message>
    <message>
        <source>For each column of the ledger, the field it is imported as. Columns set to &quot;Not imported&quot; are left out.</source>
        <translation>为台账的每一列指定导入的字段。设为“不导入”的列将被略过。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Heading in the ledger</source>
        <translation>台账中的表头</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几行内容</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>逐行检查</translation>
    </message>
    <message>
        <source>Every row of the ledger is read and checked; nothing is written yet. Import writes the rows that can be taken in one go, after a copy of the store is made.</source>
        <translation>逐行读取并检查台账，此时尚未写入任何数据。点击“导入”后，先备份数据库，再一次性写入所有可导入的行。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Skip them: keep the registered record</source>
        <translation>跳过：保留已登记的记录</translation>
    </message>
    <message>
        <source>Update them from the ledger</source>
        <translation>按台账更新</translation>
    </message>
    <message>
        <source>Keep them as they are and list them for review</source>
        <translation>保持不变，列出待核对</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>Rows to look at (refused, corrected, already registered)</source>
        <translation>需关注的行（拒绝、已修正、已登记）</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>&amp;Save the rows to fix…</source>
        <translation>保存待修正的行(&amp;S)…</translation>
    </message>
    <message>
        <source>An Excel file of the refused rows (and those listed for review) with the reason for each: corrected there, it imports again.</source>
        <translation>将被拒绝的行（及列出待核对的行）连同各自原因保存为 Excel 文件：在其中修正后可再次导入。</translation>
    </message>
    <message>
        <source>Persons &amp;already registered:</source>
        <translation>已登记人员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The persons and households are in the store; the residents and households pages show them.</source>
        <translation>人员和住户已写入数据库，可在“居民”和“住户”页面查看。</translation>
    </message>
    <message>
        <source>&amp;Save the refused rows…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>An Excel file of the rows that were refused, with the reason for each: corrected there, it imports again.</source>
        <translation>将被拒绝的行连同各自原因保存为 Excel 文件：在其中修正后可再次导入。</translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message>
        <source>%1 (hidden sheet)</source>
        <translation>%1（隐藏工作表）</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
    <message>
        <source>Part of a merged cell: %1</source>
        <translation>合并单元格的一部分：%1</translation>
    </message>
    <message>
        <source>No heading was found in the first %1 rows.</source>
        <translation>前%1行中未找到表头。</translation>
    </message>
    <message numerus="yes">
        <source>No heading was found in the %n row(s) of the sheet.</source>
        <translation>
            <numerusform>工作表的 %n 行中均未找到表头。</numerusform>
        </translation>
    </message>
    <message>
        <source>Look in the table below for the row that names the columns (姓名, 身份证号码, …) and enter its number in &quot;Heading from row&quot;; for a heading of two rows, the lower one in &quot;to row&quot;. A double click on a row also makes it the heading.</source>
        <translation>请在下表中找到列名称所在的行（姓名、身份证号码……），在“表头起始行”中输入其行号；表头有两行的，在“结束行”中输入下面一行的行号。也可双击某行将其设为表头。</translation>
    </message>
    <message>
        <source>Row %1 is empty: choose the row that names the columns.</source>
        <translation>第%1行为空：请选择列名称所在的行。</translation>
    </message>
    <message>
        <source>The heading is row %1 (highlighted); the rows below it are read as records.</source>
        <translation>表头为第%1行（高亮显示），其下各行按记录读取。</translation>
    </message>
    <message>
        <source>The heading is rows %1 and %2 (highlighted); the rows below them are read as records.</source>
        <translation>表头为第%1行和第%2行（高亮显示），其下各行按记录读取。</translation>
    </message>
    <message>
        <source>The ledger&apos;s 填报日期 is %1: days written without a year are taken in %2.</source>
        <translation>台账的填报日期为%1：未写年份的日期按%2年读取。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The ledger hides this column.</source>
        <translation>台账中该列为隐藏列。</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>%1 is chosen for columns %2 and %3: a field is imported from one column only. Set the other one to &quot;Not imported&quot;.</source>
        <translation>第%2列和第%3列都选择了“%1”：一个字段只能从一列导入。请将其中一列设为“不导入”。</translation>
    </message>
    <message>
        <source>Checking the rows of %1…</source>
        <translation>正在检查%1的各行…</translation>
    </message>
    <message>
        <source>No row of the ledger can be imported: correct the refused rows, or choose to update the persons already registered.</source>
        <translation>台账中没有可导入的行：请修正被拒绝的行，或选择按台账更新已登记人员。</translation>
    </message>
    <message>
        <source>Can be imported: %1 rows as they are and %2 after a correction, in %3 households.</source>
        <translation>可导入：无需修正 %1 行，修正后可导入 %2 行，共 %3 户。</translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n row(s), not imported (listed below with the reason).</source>
        <translation>
            <numerusform>拒绝：%n 行，不予导入（下方列出原因）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n row(s) (blank rows, subtotals, totals, signature lines).</source>
        <translation>
            <numerusform>跳过：%n 行（空行、小计、合计、签名行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入%1…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written, the store is as it was.</source>
        <translation>已取消导入：未写入任何数据，数据库保持原样。</translation>
    </message>
    <message>
        <source>Imported from %1: %2 persons in %3 households.</source>
        <translation>已从%1导入 %2 人，共 %3 户。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already registered were updated from the ledger.</source>
        <translation>
            <numerusform>%n 名已登记人员已按台账更新。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already registered were left as they were.</source>
        <translation>
            <numerusform>%n 名已登记人员保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were refused and not imported: save them below, correct them in Excel and import that file.</source>
        <translation>
            <numerusform>%n 行被拒绝，未导入：请在下方保存这些行，在 Excel 中修正后再导入该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of the store from before the import is in %1.</source>
        <translation>导入前的数据库备份保存在%1。</translation>
    </message>
    <message>
        <source>Writing the rows to fix…</source>
        <translation>正在写入待修正的行…</translation>
    </message>
    <message>
        <source>%1 - rows to fix.xlsx</source>
        <translation>%1 - 待修正行.xlsx</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>保存待修正的行</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicates (listed twice, or already registered): %n row(s).</source>
        <translation>
            <numerusform>重复：%n 行（台账内重复或已登记）。</numerusform>
        </translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, or the older .xls) or a CSV file that the villages or the office kept, such as a 花名册 or a 返乡人员台账. Nothing is written before the last step.</source>
        <translation>各村(社区)或本办公室保存的 Excel 工作簿（.xlsx，或旧版 .xls）或 CSV 文件，如花名册、返乡人员台账。在最后一步之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>台账 (*.xlsx *.xls *.csv *.txt);;Excel 工作簿 (*.xlsx *.xls);;CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>InstanceKeys</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>Cannot read the keys in %1.</source>
        <translation>无法读取%1中的密钥。</translation>
    </message>
    <message>
        <source>The keys in %1 are damaged.</source>
        <translation>%1中的密钥已损坏。</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The schema version is %1, expected %2.</source>
        <translation>数据库结构版本为%1，应为%2。</translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation>SQLite 报告：%1</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>A row of %1 refers to a missing row of %2.</source>
        <translation>%1中有一条记录引用了%2中不存在的记录。</translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation>搜索索引已损坏：%1</translation>
    </message>
    <message>
        <source>The search index holds %1 persons but the store has %2.</source>
        <translation>搜索索引中有 %1 人，而数据库中有 %2 人。</translation>
    </message>
    <message>
        <source>The unit has not been set up.</source>
        <translation>尚未设置单位。</translation>
    </message>
    <message>
        <source>The address search index is damaged: %1</source>
        <translation>地址检索索引已损坏：%1</translation>
    </message>
    <message>
        <source>The address search index holds %1 households but the store has %2.</source>
        <translation>地址检索索引有 %1 户，而库中有 %2 户。</translation>
    </message>
</context>
<context>
    <name>IsolationSite</name>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>IsolationSiteRepository</name>
    <message>
        <source>Enter the name of the isolation site.</source>
        <translation>请输入隔离点名称。</translation>
    </message>
    <message>
        <source>The capacity of %1 must be between 1 and 10000 persons.</source>
        <translation>%1的可容纳人数须在1至10000人之间。</translation>
    </message>
    <message>
        <source>Choose whether the site is in use, on standby or closed.</source>
        <translation>请选择隔离点状态：在用、备用或停用。</translation>
    </message>
    <message>
        <source>There is already an isolation site named %1.</source>
        <translation>已有名为%1的隔离点。</translation>
    </message>
    <message>
        <source>%1 persons are isolated at %2: release them before closing the site.</source>
        <translation>%2现有隔离人员 %1 人：请先为其解除隔离，再停用该隔离点。</translation>
    </message>
    <message>
        <source>%1 persons are isolated at %2, more than the capacity %3.</source>
        <translation>%2现有隔离人员 %1 人，超过可容纳人数 %3 人。</translation>
    </message>
</context>
<context>
    <name>IsolationSitesDialog</name>
    <message>
        <source>Isolation sites</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <source>N&amp;ew site</source>
        <translation>新增隔离点(&amp;E)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>可容纳人数(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save site</source>
        <translation>保存隔离点(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;dd site</source>
        <translation>添加隔离点(&amp;D)</translation>
    </message>
</context>
<context>
    <name>KnownToSeveralModel</name>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Latest measure</source>
        <translation>最近管控措施</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>管控中</translation>
    </message>
</context>
<context>
    <name>KnownToSeveralPanel</name>
    <message>
        <source>&amp;Send verification tasks</source>
        <translation>下达核查任务(&amp;S)</translation>
    </message>
    <message>
        <source>Gives each township that keeps the chosen ID number a task to verify the person, naming the other townships.</source>
        <translation>向登记了所选身份证号的每个乡镇下达核查任务，并注明同时登记该人员的其他乡镇。</translation>
    </message>
    <message>
        <source>Show &amp;whole ID numbers</source>
        <translation>显示完整身份证号(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取名单…</translation>
    </message>
    <message numerus="yes">
        <source>%n ID number(s) kept by two or more townships.</source>
        <translation>
            <numerusform>共有%n个身份证号被两个及以上乡镇登记。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnownToSeveralUnits</name>
    <message>
        <source>No ID number is kept by two or more townships: no task was given.</source>
        <translation>没有被两个及以上乡镇登记的身份证号，未下达任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n verification task(s) given.</source>
        <translation>
            <numerusform>已下达核查任务%n项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n township(s) had been given the task today already and were not given it again.</source>
        <translation>
            <numerusform>%n个乡镇今日已收到该任务，未再重复下达。</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline must be today or later.</source>
        <translation>截止日期不能早于今天。</translation>
    </message>
    <message>
        <source>The ID number %1 is not kept by two or more townships.</source>
        <translation>身份证号%1未被两个及以上乡镇登记。</translation>
    </message>
    <message>
        <source>The same ID number is also registered in %1: find out where the person lives now.</source>
        <translation>该身份证号同时在%1登记：请核实该人员现居住地。</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>Cancelled: the store is unchanged.</source>
        <translation>已取消：数据库未作改动。</translation>
    </message>
    <message>
        <source>No heading row found in the first %1 rows: a ledger of %2 needs a row of headings such as %3.</source>
        <translation>前%1行中未找到表头行：%2台账需要有一行表头，如%3。</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>subtotal row</source>
        <translation>小计行</translation>
    </message>
    <message>
        <source>total row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <source>repeated heading</source>
        <translation>重复的表头</translation>
    </message>
    <message>
        <source>signature or remark line</source>
        <translation>签名或备注行</translation>
    </message>
    <message>
        <source>The ledger has no column for %1: map one of its columns to it.</source>
        <translation>台账中没有%1列：请将台账中的一列对应到该字段。</translation>
    </message>
    <message>
        <source>Open a ledger file first.</source>
        <translation>请先打开台账文件。</translation>
    </message>
    <message>
        <source>Unknown kind of ledger %1: choose one of %2.</source>
        <translation>未知的台账类型%1：请从%2中选择。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n sheet(s).</source>
        <translation>
            <numerusform>该文件共有 %n 个工作表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1: %2</source>
        <translation>工作表“%1”：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The file has no sheet to read.</source>
        <translation>文件中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>The sheet has headings but no rows of data below them.</source>
        <translation>工作表有表头，但表头下方没有数据行。</translation>
    </message>
    <message>
        <source>Run the dry run first.</source>
        <translation>请先试导入。</translation>
    </message>
    <message>
        <source>No row can be imported: %1 refused, %2 already registered.</source>
        <translation>没有可导入的行：拒绝 %1 行，已登记 %2 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n 行被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>待修正行</translation>
    </message>
    <message>
        <source>Row in %1</source>
        <translation>%1中的行号</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>hidden row: show it in the spreadsheet to import it</source>
        <translation>隐藏行：请在表格中取消隐藏后再导入</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose your name and type your password. The records you make carry your name.</source>
        <translation>请选择您的名字并输入密码。您录入的记录将署您的名字。</translation>
    </message>
    <message>
        <source>The window was locked while nobody used it. Type your password to go on.</source>
        <translation>窗口在无人使用时已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Quit the program</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Township Ledger</source>
        <translation>乡镇防控台账</translation>
    </message>
    <message>
        <source>Township Ledger — %1</source>
        <translation>乡镇防控台账 — %1</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Screening coverage</source>
        <translation>摸排覆盖</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Township Ledger</source>
        <translation>关于乡镇防控台账(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Check the store</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>The store is sound.</source>
        <translation>数据库完好，未发现问题。</translation>
    </message>
    <message>
        <source>About Township Ledger</source>
        <translation>关于乡镇防控台账</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Township Ledger&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ledgers of households, residents and control measures for a township&apos;s epidemic-control office. Works offline; data stays in the store on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;乡镇防控台账&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;供乡镇防控办使用的住户、居民及管控措施台账。离线运行，数据仅保存在本机数据库中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区划</translation>
    </message>
    <message>
        <source>Control measures</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>特殊人群需求</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>体温监测</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>核酸检测</translation>
    </message>
    <message>
        <source>Verification tasks</source>
        <translation>核查任务</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>卡口</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督导检查</translation>
    </message>
    <message>
        <source>Today&apos;s copy of the store could not be made: %1</source>
        <translation>今日数据备份未能完成：%1</translation>
    </message>
    <message>
        <source>Today&apos;s copy of the store is in %1.</source>
        <translation>今日数据备份已保存到 %1。</translation>
    </message>
    <message>
        <source>&amp;Import a ledger (Excel/CSV)…</source>
        <translation>导入台账（Excel/CSV）(&amp;I)…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>New control measure</source>
        <translation>新增管控措施</translation>
    </message>
    <message>
        <source>e.g. 2022-03-25</source>
        <translation>如2022-03-25</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 places taken)</source>
        <translation>%1（已安置 %2 人，可容纳 %3 人）</translation>
    </message>
    <message>
        <source>Isolation &amp;card posted</source>
        <translation>已张贴隔离卡(&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;greement signed</source>
        <translation>已签订居家隔离协议书(&amp;G)</translation>
    </message>
    <message>
        <source>Door camera &amp;installed</source>
        <translation>已安装门口摄像头(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation>开始日期(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>管控措施(&amp;M)</translation>
    </message>
    <message>
        <source>Isolation &amp;site</source>
        <translation>隔离点(&amp;S)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>Responsible cadres (at most five)</source>
        <translation>包保责任人（最多五名）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Start date: %1</source>
        <translation>开始日期：%1</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>%1到期</translation>
    </message>
</context>
<context>
    <name>MeasureRepository</name>
    <message>
        <source>Enter the name of the responsible cadre.</source>
        <translation>请输入包保责任人姓名。</translation>
    </message>
    <message>
        <source>Choose the role of %1.</source>
        <translation>请选择%1的身份。</translation>
    </message>
    <message>
        <source>Enter the phone number of %1.</source>
        <translation>请输入%1的联系电话。</translation>
    </message>
    <message>
        <source>The phone number of %1 is wrong: %2</source>
        <translation>%1的联系电话有误：%2</translation>
    </message>
    <message>
        <source>Choose the person the measure applies to.</source>
        <translation>请选择管控对象。</translation>
    </message>
    <message>
        <source>Choose the kind of measure.</source>
        <translation>请选择管控措施类型。</translation>
    </message>
    <message>
        <source>Enter the date the measure starts.</source>
        <translation>请输入措施开始日期。</translation>
    </message>
    <message>
        <source>The start date %1 is in the future.</source>
        <translation>开始日期%1晚于今天。</translation>
    </message>
    <message>
        <source>At most %1 cadres can be responsible for one person, but %2 were entered.</source>
        <translation>每人最多由 %1 名包保责任人负责，但填写了 %2 名。</translation>
    </message>
    <message>
        <source>%1 is entered twice among the responsible cadres.</source>
        <translation>包保责任人中%1重复填写。</translation>
    </message>
    <message>
        <source>%1 is already under %2 since %3 (planned end %4): release that measure before adding another.</source>
        <translation>%1自%3起已处于%2（计划解除日期%4）：请先解除该措施，再新增其他措施。</translation>
    </message>
    <message>
        <source>Choose the isolation site for central isolation.</source>
        <translation>集中隔离请选择隔离点。</translation>
    </message>
    <message>
        <source>The isolation site %1 is closed.</source>
        <translation>隔离点%1已停用。</translation>
    </message>
    <message>
        <source>The isolation site %1 is full: %2 of %3 places are taken.</source>
        <translation>隔离点%1已满员：已安置 %2 人，可容纳 %3 人。</translation>
    </message>
    <message>
        <source>The measure no longer exists.</source>
        <translation>该管控措施已不存在。</translation>
    </message>
    <message>
        <source>The measure was already released on %1.</source>
        <translation>该措施已于%1解除。</translation>
    </message>
    <message>
        <source>Enter the date of release.</source>
        <translation>请输入解除日期。</translation>
    </message>
    <message>
        <source>The release date %1 is before the measure started on %2.</source>
        <translation>解除日期%1早于措施开始日期%2。</translation>
    </message>
    <message>
        <source>The release date %1 is in the future.</source>
        <translation>解除日期%1晚于今天。</translation>
    </message>
    <message>
        <source>Enter the reason for the release.</source>
        <translation>请输入解除原因。</translation>
    </message>
    <message>
        <source>The checklist (card, agreement, camera) applies to home isolation only.</source>
        <translation>落实情况（隔离卡、协议书、摄像头）仅适用于居家隔离。</translation>
    </message>
    <message>
        <source>The measure was released on %1: it needs no more cadres.</source>
        <translation>该措施已于%1解除：无需再添加包保责任人。</translation>
    </message>
    <message>
        <source>%1 already has %2 responsible cadres: remove one before adding another.</source>
        <translation>%1已有 %2 名包保责任人：请先移除一名再添加。</translation>
    </message>
    <message>
        <source>%1 is already responsible for %2.</source>
        <translation>%1已是%2的包保责任人。</translation>
    </message>
    <message>
        <source>The planned end %1 is before the measure started on %2.</source>
        <translation>计划解除日期%1早于措施开始日期%2。</translation>
    </message>
</context>
<context>
    <name>MeasureRows</name>
    <message>
        <source>isolation site %1 taken as %2</source>
        <translation>隔离点%1已按%2录入</translation>
    </message>
    <message>
        <source>%1 is not an isolation site of the township: set up the site first.</source>
        <translation>%1不是本乡镇的隔离点：请先设置该隔离点。</translation>
    </message>
    <message>
        <source>%1 is not one of the township&apos;s isolation sites (%2): set it up first, or write its name as it is set up.</source>
        <translation>%1不是本乡镇的隔离点（%2）：请先设置，或按已设置的名称填写。</translation>
    </message>
    <message>
        <source>the role of %1 is not given: taken as %2</source>
        <translation>未填%1的身份：按%2录入</translation>
    </message>
    <message>
        <source>volunteer %1 recorded as %2</source>
        <translation>志愿者%1按%2录入</translation>
    </message>
    <message>
        <source>%1 has no phone number: not recorded as responsible</source>
        <translation>%1没有联系电话：未录入为包保责任人</translation>
    </message>
    <message>
        <source>The phone number of %1 is wrong: %2</source>
        <translation>%1的联系电话有误：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划解除日期</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>The start date is empty.</source>
        <translation>开始日期为空。</translation>
    </message>
    <message>
        <source>Period completed</source>
        <translation>期满</translation>
    </message>
    <message>
        <source>released without a reason: %1 taken</source>
        <translation>未填解除原因：按“%1”录入</translation>
    </message>
    <message>
        <source>The isolation site is empty.</source>
        <translation>未填隔离点。</translation>
    </message>
    <message>
        <source>The same measure as row %1.</source>
        <translation>与第%1行为同一管控措施。</translation>
    </message>
    <message>
        <source>Already recorded: %1 from %2.</source>
        <translation>已有记录：%2起%1。</translation>
    </message>
    <message>
        <source>Already under %1 since %2: a person is under one running measure at a time; release that one first.</source>
        <translation>自%2起已处于%1：同一人同时只能有一项进行中的管控措施，请先解除该措施。</translation>
    </message>
    <message>
        <source>The isolation site %1 is closed.</source>
        <translation>隔离点%1已停用。</translation>
    </message>
    <message>
        <source>The isolation site %1 is full: its %2 places are taken.</source>
        <translation>隔离点%1已满员：可容纳的 %2 人均已安置。</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>Isolation site</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划解除日期</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>隔离卡</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议书</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>&amp;New measure</source>
        <translation>新增措施(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>解除(&amp;R)</translation>
    </message>
    <message>
        <source>Responsible &amp;cadres</source>
        <translation>包保责任人(&amp;C)</translation>
    </message>
    <message>
        <source>Isolation &amp;sites</source>
        <translation>隔离点(&amp;S)</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>全部措施</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>落实情况</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>共 %n 项措施</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>管控中</translation>
    </message>
    <message>
        <source>Due for release today (%1)</source>
        <translation>今日到期（%1）</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>逾期（%1）</translation>
    </message>
    <message>
        <source>Isolation sites</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <source>Responsible cadres</source>
        <translation>包保责任人</translation>
    </message>
    <message>
        <source>Today %1: %2 due for release, %3 overdue, %4 full isolation site(s).</source>
        <translation>今日（%1）：到期 %2 人，逾期 %3 人，满员隔离点 %4 个。</translation>
    </message>
    <message>
        <source>%1 No isolation site is on standby.</source>
        <translation>%1 无备用隔离点。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>Record a need</source>
        <translation>登记需求</translation>
    </message>
    <message>
        <source>A &amp;person in a special group</source>
        <translation>特殊人群个人(&amp;P)</translation>
    </message>
    <message>
        <source>A &amp;household</source>
        <translation>住户(&amp;H)</translation>
    </message>
    <message>
        <source>e.g. blood-pressure tablets for a week</source>
        <translation>如一周用量的降压药</translation>
    </message>
    <message>
        <source>For</source>
        <translation>需求对象</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>需求类别(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>需求内容(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation>提出日期(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Reported on: %1</source>
        <translation>提出日期：%1</translation>
    </message>
</context>
<context>
    <name>NeedMetDialog</name>
    <message>
        <source>Need met</source>
        <translation>需求已解决</translation>
    </message>
    <message>
        <source>%1 for %2, reported on %3: %4</source>
        <translation>%2的%1需求，%3提出：%4</translation>
    </message>
    <message>
        <source>Name of the cadre or volunteer</source>
        <translation>干部或志愿者姓名</translation>
    </message>
    <message>
        <source>Met &amp;on</source>
        <translation>解决日期(&amp;O)</translation>
    </message>
    <message>
        <source>Met &amp;by</source>
        <translation>解决人(&amp;B)</translation>
    </message>
    <message>
        <source>Met on: %1</source>
        <translation>解决日期：%1</translation>
    </message>
</context>
<context>
    <name>NeedRecord</name>
    <message>
        <source>Medicine</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>生活物资</translation>
    </message>
    <message>
        <source>Medical visit</source>
        <translation>就医</translation>
    </message>
    <message>
        <source>Other need</source>
        <translation>其他需求</translation>
    </message>
</context>
<context>
    <name>NeedRepository</name>
    <message>
        <source>The person no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <source>%1 is in no special group: record the need for the household, or set the special group on the person first.</source>
        <translation>%1不属于特殊人群：请按住户登记需求，或先为该人员设置特殊人群类别。</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>该住户已不存在。</translation>
    </message>
    <message>
        <source>Choose the person or the household that has the need.</source>
        <translation>请选择提出需求的人员或住户。</translation>
    </message>
    <message>
        <source>Choose what is needed.</source>
        <translation>请选择需求类别。</translation>
    </message>
    <message>
        <source>Describe the need.</source>
        <translation>请填写需求内容。</translation>
    </message>
    <message>
        <source>Enter the date the need was reported.</source>
        <translation>请输入需求提出日期。</translation>
    </message>
    <message>
        <source>The date the need was reported, %1, is in the future.</source>
        <translation>需求提出日期%1晚于今天。</translation>
    </message>
    <message>
        <source>The need record no longer exists.</source>
        <translation>该需求记录已不存在。</translation>
    </message>
    <message>
        <source>The need was already met on %1 by %2.</source>
        <translation>该需求已于%1由%2解决。</translation>
    </message>
    <message>
        <source>Enter the date the need was met.</source>
        <translation>请输入需求解决日期。</translation>
    </message>
    <message>
        <source>The date met, %1, is before the need was reported on %2.</source>
        <translation>解决日期%1早于需求提出日期%2。</translation>
    </message>
    <message>
        <source>The date met, %1, is in the future.</source>
        <translation>解决日期%1晚于今天。</translation>
    </message>
    <message>
        <source>Enter who met the need.</source>
        <translation>请输入解决人。</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Person or head of household</source>
        <translation>人员或户主</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求类别</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>需求内容</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>解决人</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>&amp;Record a need</source>
        <translation>登记需求(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Mark met</source>
        <translation>标记已解决(&amp;M)</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>共 %n 条需求</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>OdtDocument</name>
    <message>
        <source>The report is empty.</source>
        <translation>督查报告内容为空。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
</context>
<context>
    <name>PayloadCipher</name>
    <message>
        <source>The recipient&apos;s encryption key is not usable.</source>
        <translation>接收方的加密密钥无法使用。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>The bundle cannot be written.</source>
        <translation>无法写入数据包。</translation>
    </message>
    <message>
        <source>The payload cannot be opened with this installation&apos;s key.</source>
        <translation>无法用本机密钥打开数据内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>The payload is damaged.</source>
        <translation>数据内容已损坏。</translation>
    </message>
    <message>
        <source>The payload is damaged: a piece does not decrypt.</source>
        <translation>数据内容已损坏：有一部分无法解密。</translation>
    </message>
    <message>
        <source>The payload is larger than its manifest says; it is refused.</source>
        <translation>数据内容大于清单所载大小，已拒绝。</translation>
    </message>
    <message>
        <source>The payload is cut short.</source>
        <translation>数据内容不完整。</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Registered resident</source>
        <translation>户籍人员</translation>
    </message>
    <message>
        <source>Habitual resident</source>
        <translation>常住人员</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>外来务工人员</translation>
    </message>
    <message>
        <source>Stranded</source>
        <translation>滞留人员</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Chronically ill</source>
        <translation>慢性病患者</translation>
    </message>
    <message>
        <source>Other special group</source>
        <translation>其他特殊人群</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>返乡人员</translation>
    </message>
    <message>
        <source>From a risk area</source>
        <translation>来自中高风险地区</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>密切接触者</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other relation</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <source>Edit resident</source>
        <translation>编辑居民</translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18位，最后一位可为X</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>e.g. 1990-03-04 or 1990年3月4日</source>
        <translation>如1990-03-04或1990年3月4日</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>返乡人员</translation>
    </message>
    <message>
        <source>Came from (province, city, district)</source>
        <translation>来源地（省、市、区）</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>返乡日期</translation>
    </message>
    <message>
        <source>Arrived from a risk area</source>
        <translation>来自中高风险地区</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>密切接触者</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>村(社区)(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Residence</source>
        <translation>居住类型(&amp;R)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>&amp;Special group</source>
        <translation>特殊人群(&amp;S)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>出生日期：%1</translation>
    </message>
    <message>
        <source>Arrival date: %1</source>
        <translation>返乡日期：%1</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Hou&amp;sehold</source>
        <translation>住户(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;lation to head</source>
        <translation>与户主关系(&amp;L)</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name, ID number or phone</source>
        <translation>姓名、身份证号或电话</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>no ID number</source>
        <translation>无身份证号</translation>
    </message>
</context>
<context>
    <name>PersonQuery</name>
    <message>
        <source>Cannot read the persons: %1</source>
        <translation>无法读取人员：%1</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name %1 is longer than 40 characters.</source>
        <translation>姓名%1超过40个字符。</translation>
    </message>
    <message>
        <source>The name %1 contains digits: check that the ID number or phone was not typed into the name.</source>
        <translation>姓名%1中含有数字：请检查是否将身份证号或电话误填入姓名。</translation>
    </message>
    <message>
        <source>The ID number %1 belongs to a %2, but %3 was entered.</source>
        <translation>身份证号%1对应的性别为%2，但录入的是%3。</translation>
    </message>
    <message>
        <source>The ID number %1 gives the birth date %2, but %3 was entered.</source>
        <translation>身份证号%1对应的出生日期为%2，但录入的是%3。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期%1晚于今天。</translation>
    </message>
    <message>
        <source>Choose the residence type.</source>
        <translation>请选择居住类型。</translation>
    </message>
    <message>
        <source>Choose a special group from the list.</source>
        <translation>请从列表中选择特殊人群类别。</translation>
    </message>
    <message>
        <source>Enter where the returnee came from.</source>
        <translation>请输入返乡人员的来源地。</translation>
    </message>
    <message>
        <source>Enter the date the returnee arrived.</source>
        <translation>请输入返乡日期。</translation>
    </message>
    <message>
        <source>The arrival date %1 is in the future.</source>
        <translation>返乡日期%1晚于今天。</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>该住户已不存在。</translation>
    </message>
    <message>
        <source>Choose the village the person lives in.</source>
        <translation>请选择人员所在的村(社区)。</translation>
    </message>
    <message>
        <source>The ID number %1 is already registered for %2 of %3.</source>
        <translation>身份证号%1已登记为%3的%2。</translation>
    </message>
    <message>
        <source>Choose the relation to the head of household from the list.</source>
        <translation>请从列表中选择与户主关系。</translation>
    </message>
    <message>
        <source>The person is no longer in the register.</source>
        <translation>此人已不在花名册中。</translation>
    </message>
    <message>
        <source>Enter where %1 moved to.</source>
        <translation>请填写%1迁往何处。</translation>
    </message>
    <message>
        <source>Enter the date %1 died.</source>
        <translation>请填写%1的死亡日期。</translation>
    </message>
    <message>
        <source>Choose the person %1 is the same as.</source>
        <translation>请选择与%1为同一人的记录。</translation>
    </message>
    <message>
        <source>A person cannot be merged into themselves.</source>
        <translation>人员不能合并到自身。</translation>
    </message>
    <message>
        <source>%1 is kept by another township; only records of one township can be merged.</source>
        <translation>%1 由另一个乡镇管理；只能合并同一乡镇的记录。</translation>
    </message>
    <message>
        <source>Choose why the person leaves the register.</source>
        <translation>请选择移出花名册的原因。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 在未来。</translation>
    </message>
    <message>
        <source>The person is not among the removed.</source>
        <translation>此人不在已移出人员中。</translation>
    </message>
    <message>
        <source>%1 cannot come back: the ID number %2 is registered for %3 now.</source>
        <translation>%1 无法恢复：身份证号 %2 现已登记给 %3。</translation>
    </message>
</context>
<context>
    <name>PersonRows</name>
    <message>
        <source>The township has no villages yet: set it up first.</source>
        <translation>本乡镇尚未设置村(社区)：请先进行设置。</translation>
    </message>
    <message>
        <source>There is no village with the code %1.</source>
        <translation>没有区划代码为%1的村(社区)。</translation>
    </message>
    <message>
        <source>%1 is not one of the township&apos;s villages (%2).</source>
        <translation>%1不是本乡镇的村(社区)（%2）。</translation>
    </message>
    <message>
        <source>The row names no village: map a village column, or choose the village of the whole ledger.</source>
        <translation>该行未填村(社区)：请对应村(社区)列，或为整份台账选择所属村(社区)。</translation>
    </message>
    <message>
        <source>The ID number is empty: the person is found, or registered, by it.</source>
        <translation>身份证号为空：须凭身份证号查找或登记人员。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>the ID number is registered as %1</source>
        <translation>该身份证号登记的姓名为%1</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>%1 is not a group or grid of %2: filed under the village</source>
        <translation>%1不是%2的村民小组或网格：归入该村(社区)</translation>
    </message>
    <message>
        <source>gender %1 disagrees with the ID number: %2 kept</source>
        <translation>性别%1与身份证号不符：按%2登记</translation>
    </message>
    <message>
        <source>birth date %1 disagrees with the ID number: %2 kept</source>
        <translation>出生日期%1与身份证号不符：按%2登记</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>residence type %1 not known: %2 kept</source>
        <translation>无法识别居住类型%1：保留%2</translation>
    </message>
    <message>
        <source>special group %1 taken as %2</source>
        <translation>特殊人群%1按%2登记</translation>
    </message>
    <message>
        <source>relation %1 taken as %2</source>
        <translation>与户主关系%1按%2登记</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>返乡日期</translation>
    </message>
    <message>
        <source>The same ID number as row %1.</source>
        <translation>与第%1行身份证号相同。</translation>
    </message>
    <message>
        <source>Already registered as %1: kept as it is.</source>
        <translation>已登记为%1：保持原记录不变。</translation>
    </message>
    <message>
        <source>Already registered as %1: to review.</source>
        <translation>已登记为%1：待核对。</translation>
    </message>
    <message>
        <source>Already registered as %1: updated from the ledger.</source>
        <translation>已登记为%1：已按台账更新。</translation>
    </message>
    <message>
        <source>already registered: marked as a returnee</source>
        <translation>已登记：标记为返乡人员</translation>
    </message>
    <message>
        <source>a second head of household: listed as a member</source>
        <translation>同户第二个户主：登记为成员</translation>
    </message>
    <message>
        <source>not registered yet: registered from the row</source>
        <translation>尚未登记：按本行登记</translation>
    </message>
    <message>
        <source>Other phone: %1</source>
        <translation>其他电话：%1</translation>
    </message>
    <message>
        <source>%1 kept, %2 put in the notes</source>
        <translation>保留 %1，%2 记入备注</translation>
    </message>
    <message>
        <source>No ID number, and the same name, village and birth date as row %1.</source>
        <translation>无身份证号，姓名、村和出生日期与第 %1 行相同。</translation>
    </message>
    <message>
        <source>No ID number, and the same name, village and phone as row %1.</source>
        <translation>无身份证号，姓名、村和电话与第 %1 行相同。</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>%1 is not a mobile number: a mobile number has 11 digits and starts with 13 to 19.</source>
        <translation>%1不是有效的手机号码：手机号码为11位，以13至19开头。</translation>
    </message>
    <message>
        <source>%1 is not a phone number: enter an 11-digit mobile number, or a landline with its area code, such as 0532-87654321.</source>
        <translation>%1不是有效的电话号码：请输入11位手机号码，或带区号的固定电话，如0532-87654321。</translation>
    </message>
</context>
<context>
    <name>Plate</name>
    <message>
        <source>Enter the plate.</source>
        <translation>请输入车牌号。</translation>
    </message>
    <message>
        <source>A plate starts with the province&apos;s character, such as 鲁 or 京; %1 does not.</source>
        <translation>车牌号应以省份简称开头，如“鲁”或“京”；%1 不符合。</translation>
    </message>
    <message>
        <source>The second character of a plate is the city&apos;s letter, such as B in 鲁B; %1 has none.</source>
        <translation>车牌号第二位应为发牌机关代号，如“鲁B”中的 B；%1 缺少发牌机关代号。</translation>
    </message>
    <message>
        <source>%1 is not a plate: after the city letter come five letters and digits.</source>
        <translation>%1 不是有效车牌号：发牌机关代号后应为五位字母或数字。</translation>
    </message>
    <message>
        <source>%1 is not a new-energy plate: it has D or F right after the city letter, or at the end.</source>
        <translation>%1 不是有效的新能源车牌：新能源车牌在发牌机关代号后第一位或最后一位为 D 或 F。</translation>
    </message>
    <message>
        <source>A plate has 7 characters, or 8 for a new-energy vehicle; %1 has %2.</source>
        <translation>车牌号应为 7 位，新能源车辆为 8 位；%1 为 %2 位。</translation>
    </message>
</context>
<context>
    <name>PolicyValues</name>
    <message>
        <source>Isolation days must be between 1 and 60.</source>
        <translation>隔离天数须在1至60天之间。</translation>
    </message>
    <message>
        <source>The fever threshold must be between 36.0 ℃ and 39.0 ℃.</source>
        <translation>发热标准须在36.0 ℃至39.0 ℃之间。</translation>
    </message>
    <message>
        <source>Write the periods as hours from 0 to 24 that follow each other, such as 0-8,8-16,16-24.</source>
        <translation>时段请填写 0 至 24 之间首尾相接的小时数，如 0-8,8-16,16-24。</translation>
    </message>
    <message>
        <source>The clock tolerance must be between 0 and 1440 minutes.</source>
        <translation>时钟允许误差须在0至1440分钟之间。</translation>
    </message>
</context>
<context>
    <name>ReadingOverlay</name>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>RegionCode</name>
    <message>
        <source>A county code has 12 digits and ends in 000000, such as 370285000000.</source>
        <translation>县(区)区划代码为12位，以000000结尾，如370285000000。</translation>
    </message>
    <message>
        <source>A township code has 12 digits and ends in 000 (but not 000000), such as 370285105000.</source>
        <translation>乡镇区划代码为12位，以000结尾（但不能以000000结尾），如370285105000。</translation>
    </message>
    <message>
        <source>A village code has 12 digits and does not end in 000, such as 370285105201.</source>
        <translation>村(社区)区划代码为12位，且不以000结尾，如370285105201。</translation>
    </message>
    <message>
        <source>The village code %1 does not belong to the township %2: its first nine digits must be %3.</source>
        <translation>村(社区)区划代码%1不属于乡镇%2：其前九位应为%3。</translation>
    </message>
    <message>
        <source>The code %1 must be the code %2 followed by three digits.</source>
        <translation>代码%1应为代码%2后加三位数字。</translation>
    </message>
</context>
<context>
    <name>RegionRepository</name>
    <message>
        <source>A region can only be added under a township, village or group.</source>
        <translation>只能在乡镇、村(社区)或村民小组下添加区划。</translation>
    </message>
    <message>
        <source>The region %1 needs a name.</source>
        <translation>请填写区划%1的名称。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>代码%1已被%2使用。</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>County</source>
        <translation>县(区)</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Group or compound</source>
        <translation>村民小组(小区)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>&amp;Add below the selected region…</source>
        <translation>在所选区划下新增(&amp;A)…</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>新增区划</translation>
    </message>
    <message>
        <source>Name of the new %1 under %2:</source>
        <translation>%2 下新增%1的名称：</translation>
    </message>
    <message>
        <source>Region code:</source>
        <translation>区划代码：</translation>
    </message>
</context>
<context>
    <name>RegistriesPage</name>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Full data</source>
        <translation>完整信息(&amp;F)</translation>
    </message>
    <message>
        <source>Show and export ID numbers and phones in full. Leave it unticked for lists that leave the office.</source>
        <translation>完整显示和导出身份证号及电话号码。对外报送的名单请勿勾选。</translation>
    </message>
    <message>
        <source>Export &amp;xlsx…</source>
        <translation>导出 xlsx(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>UTF-8 (Excel)</source>
        <translation>UTF-8（Excel）</translation>
    </message>
    <message>
        <source>GB18030 (older programs)</source>
        <translation>GB18030（旧版软件）</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到%1。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>All checkpoints</source>
        <translation>全部卡口</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Full data</source>
        <translation>完整数据</translation>
    </message>
    <message>
        <source>The ID numbers and phones leave the program in full. Why (for whom, for what)? The reason is kept in the audit log with your name.</source>
        <translation>完整的身份证号和电话将导出到程序之外。请说明原因（给谁、做什么用）。原因连同您的名字记入审计日志。</translation>
    </message>
</context>
<context>
    <name>RegistryCatalog</name>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>居住情况</translation>
    </message>
    <message>
        <source>Personnel register</source>
        <translation>人员花名册</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>居住类型</translation>
    </message>
    <message>
        <source>Special group</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>返乡人员</translation>
    </message>
    <message>
        <source>From risk areas</source>
        <translation>来自中高风险地区</translation>
    </message>
    <message>
        <source>Close contacts</source>
        <translation>密切接触者</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>返乡情况</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险情况</translation>
    </message>
    <message>
        <source>Returnee screening register</source>
        <translation>返乡人员排查台账</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来源地</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>返乡日期</translation>
    </message>
    <message>
        <source>Risk area</source>
        <translation>中高风险地区</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>密切接触者</translation>
    </message>
    <message>
        <source>Isolation period</source>
        <translation>隔离期限</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>Central isolation register</source>
        <translation>集中隔离人员台账</translation>
    </message>
    <message>
        <source>Home isolation register</source>
        <translation>居家隔离人员台账</translation>
    </message>
    <message>
        <source>Isolation site</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划解除日期</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Release reason</source>
        <translation>解除原因</translation>
    </message>
    <message>
        <source>Card posted</source>
        <translation>张贴隔离卡</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>签订协议书</translation>
    </message>
    <message>
        <source>Camera installed</source>
        <translation>安装摄像头</translation>
    </message>
    <message>
        <source>Responsible cadres</source>
        <translation>包保责任人</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>管控期间</translation>
    </message>
    <message>
        <source>Under isolation</source>
        <translation>隔离中</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Temperature (℃)</source>
        <translation>体温（℃）</translation>
    </message>
    <message>
        <source>Health monitoring register</source>
        <translation>健康监测台账</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Testing round</source>
        <translation>检测轮次</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>Testing roster</source>
        <translation>核酸检测花名册</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Round date</source>
        <translation>检测日期</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>检测点</translation>
    </message>
    <message>
        <source>Sampled at</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Untested persons</source>
        <translation>未检人员名单</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Special-needs register</source>
        <translation>特殊人群需求台账</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>需求类别</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>需求内容</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>解决人</translation>
    </message>
    <message>
        <source>Not yet met</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Person or vehicle</source>
        <translation>人员或车辆</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>Checkpoint entry log</source>
        <translation>卡口出入登记台账</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>卡口</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>进/出</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Health code</source>
        <translation>健康码</translation>
    </message>
    <message>
        <source>Disinfected</source>
        <translation>已消杀</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源地</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Not let through</source>
        <translation>未放行</translation>
    </message>
    <message>
        <source>Red or yellow code</source>
        <translation>红码或黄码</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Checkpoint duty roster</source>
        <translation>卡口值守台账</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值守人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Supervision findings and rectification ledger</source>
        <translation>督导问题整改台账</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>检查点位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位/责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>核验人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Not yet rectified</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Rectified, not closed</source>
        <translation>已整改未销号</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Supervision visit log</source>
        <translation>督导检查记录</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>暗访（四不两直）</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Households not yet visited</source>
        <translation>未摸排住户清单</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Visits since</source>
        <translation>走访起始日期</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1（%2）%3</translation>
    </message>
</context>
<context>
    <name>RegistryLayout</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A column heading under its group heading, such as &quot;Morning (Temperature)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Unit: %1    Period: %2 to %3    Date: %4</source>
        <translation>填报单位：%1    统计时段：%2至%3    制表日期：%4</translation>
    </message>
    <message>
        <source>Unit: %1    Period: from %2    Date: %3</source>
        <translation>填报单位：%1    统计时段：%2起    制表日期：%3</translation>
    </message>
    <message>
        <source>Unit: %1    Period: until %2    Date: %3</source>
        <translation>填报单位：%1    统计时段：截至%2    制表日期：%3</translation>
    </message>
    <message>
        <source>Unit: %1    Date: %2</source>
        <translation>填报单位：%1    制表日期：%2</translation>
    </message>
    <message>
        <source>Prepared by:                Reviewed by:                Date prepared:</source>
        <translation>填报人：                审核人：                填报日期：</translation>
    </message>
</context>
<context>
    <name>RegistryPrinter</name>
    <message>
        <source>Cannot start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>RegistryQuery</name>
    <message>
        <source>There is no such registry.</source>
        <translation>没有该台账。</translation>
    </message>
    <message>
        <source>There is no village %1.</source>
        <translation>没有村(社区)%1。</translation>
    </message>
    <message>
        <source>The registry %1 has no category %2.</source>
        <translation>台账%1中没有类别%2。</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>开始日期%1晚于结束日期%2。</translation>
    </message>
    <message>
        <source>The registry %1 cannot be read: %2</source>
        <translation>无法读取台账%1：%2</translation>
    </message>
    <message>
        <source>Say why the full ID numbers and phones leave the program: the reason is kept in the audit log.</source>
        <translation>请说明导出完整身份证号和电话的原因：原因将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release from measure</source>
        <translation>解除管控措施</translation>
    </message>
    <message>
        <source>Release %1 of %2 from %3, started %4, planned end %5.</source>
        <translation>为%2%1解除%3（%4开始，计划解除日期%5）。</translation>
    </message>
    <message>
        <source>Period completed, tests negative</source>
        <translation>期满且核酸检测阴性</translation>
    </message>
    <message>
        <source>Transferred to hospital</source>
        <translation>转送医院</translation>
    </message>
    <message>
        <source>Moved to central isolation</source>
        <translation>转为集中隔离</translation>
    </message>
    <message>
        <source>Left the township</source>
        <translation>离开本乡镇</translation>
    </message>
    <message>
        <source>Release &amp;date</source>
        <translation>解除日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>解除原因(&amp;R)</translation>
    </message>
    <message>
        <source>Release date: %1</source>
        <translation>解除日期：%1</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Registered twice</source>
        <translation>重复登记</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
</context>
<context>
    <name>RemovePersonDialog</name>
    <message>
        <source>Remove %1 from the register</source>
        <translation>将 %1 移出花名册</translation>
    </message>
    <message>
        <source>%1 of %2, ID number %3</source>
        <translation>%2 %1，身份证号 %3</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>such as 青岛市市南区</source>
        <translation>如 青岛市市南区</translation>
    </message>
    <message>
        <source>Moved &amp;to</source>
        <translation>迁往(&amp;T)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date of &amp;death</source>
        <translation>死亡日期(&amp;D)</translation>
    </message>
    <message>
        <source>The record that stays (find it by name, ID number or phone). The measures, checks, samples and checkpoint entries of %1 move to it.</source>
        <translation>保留的那条记录（按姓名、身份证号或电话查找）。%1 的管控措施、健康监测、采样和卡口登记都移到它名下。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移出(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The report is empty.</source>
        <translation>督查报告内容为空。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>ResidentsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Moved out on %1 to %2</source>
        <translation>%1 迁出至 %2</translation>
    </message>
    <message>
        <source>Died on %1</source>
        <translation>%1 死亡</translation>
    </message>
    <message>
        <source>Registered twice; merged on %1</source>
        <translation>重复登记，%1 合并</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Search name, ID number or phone (Ctrl+F)</source>
        <translation>搜索姓名、身份证号或电话（Ctrl+F）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>返乡人员</translation>
    </message>
    <message>
        <source>From risk areas</source>
        <translation>来自中高风险地区</translation>
    </message>
    <message>
        <source>Close contacts</source>
        <translation>密切接触者</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>&amp;Add resident</source>
        <translation>新增居民(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>所在住户(&amp;H)</translation>
    </message>
    <message>
        <source>Type at least three digits to search by number.</source>
        <translation>按号码查找时请至少输入三位数字。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit resident</source>
        <translation>编辑居民</translation>
    </message>
    <message>
        <source>This person has been deleted meanwhile.</source>
        <translation>该人员已在此期间被删除。</translation>
    </message>
    <message>
        <source>More than %1 persons: type more to narrow the search.</source>
        <translation>超过 %1 人：请继续输入以缩小范围。</translation>
    </message>
    <message>
        <source>Re&amp;moved</source>
        <translation>已移出(&amp;M)</translation>
    </message>
    <message>
        <source>Persons taken off the register: moved out, died, registered twice</source>
        <translation>已移出花名册的人员：迁出、死亡、重复登记</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移出(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Undo removal</source>
        <translation>撤销移出(&amp;U)</translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation>撤销移出</translation>
    </message>
    <message>
        <source>No residents are registered yet. If the villages kept their rosters (花名册) in Excel or as CSV files, import them instead of typing them again.</source>
        <translation>尚未登记居民。如各村(社区)已用 Excel 或 CSV 文件保存花名册，可直接导入，无需重新录入。</translation>
    </message>
    <message>
        <source>&amp;Import an existing ledger…</source>
        <translation>导入已有台账(&amp;I)…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>Responsibility</name>
    <message>
        <source>Township cadre</source>
        <translation>乡镇干部</translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation>村干部</translation>
    </message>
    <message>
        <source>Village doctor</source>
        <translation>村医</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>manage the users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>manage the keys</source>
        <translation>管理密钥</translation>
    </message>
    <message>
        <source>restore a copy of the store</source>
        <translation>恢复数据库副本</translation>
    </message>
    <message>
        <source>change the ledgers</source>
        <translation>修改台账</translation>
    </message>
    <message>
        <source>export full ID numbers and phones</source>
        <translation>导出完整身份证号和电话</translation>
    </message>
    <message>
        <source>see full ID numbers and phones</source>
        <translation>查看完整身份证号和电话</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>录入员</translation>
    </message>
    <message>
        <source>Checkpoint operator</source>
        <translation>卡口值守员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看员</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>%1 (%2) may only log the passages at a checkpoint.</source>
        <translation>%1（%2）只能登记卡口出入。</translation>
    </message>
    <message>
        <source>%1 (%2) may only change the supervision rounds, visits and findings.</source>
        <translation>%1（%2）只能修改督导轮次、督导记录和发现的问题。</translation>
    </message>
    <message>
        <source>%1 (%2) may not change the villages or the policy values: an administrator keeps them.</source>
        <translation>%1（%2）无权修改村和政策参数：由管理员维护。</translation>
    </message>
    <message>
        <source>%1 (%2) may read the ledgers but not change them.</source>
        <translation>%1（%2）只能查看台账，不能修改。</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
</context>
<context>
    <name>RiskAreaRepository</name>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>Enter the area as the list names it, such as 上海市浦东新区.</source>
        <translation>请按名单中的名称填写地区，例如上海市浦东新区。</translation>
    </message>
    <message>
        <source>Choose the risk level.</source>
        <translation>请选择风险等级。</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1已在名单中。</translation>
    </message>
    <message>
        <source>An area cannot be taken off the list before it was put on it.</source>
        <translation>地区在列入名单之前不能移出名单。</translation>
    </message>
    <message>
        <source>The area is no longer on the list.</source>
        <translation>该地区已不在名单中。</translation>
    </message>
</context>
<context>
    <name>RiskAreasPanel</name>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <source>Taken off on</source>
        <translation>移出日期</translation>
    </message>
    <message>
        <source>Area as the list names it, such as 上海市浦东新区</source>
        <translation>按名单中的名称填写地区，例如上海市浦东新区</translation>
    </message>
    <message>
        <source>&amp;Put on the list</source>
        <translation>列入名单(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Take off the list</source>
        <translation>移出名单(&amp;T)</translation>
    </message>
    <message>
        <source>The county keeps this list; it arrives with the county&apos;s bundles.</source>
        <translation>此名单由县维护，随县发出的数据包一同收到。</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>Pending</source>
        <translation>待出结果</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>阳性</translation>
    </message>
</context>
<context>
    <name>SampleRows</name>
    <message>
        <source>The township has no testing round: set up the round, with its villages and test sites, before importing its samples.</source>
        <translation>本镇尚无检测轮次：请先设置轮次及其村和采样点，再导入采样记录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>round %1 taken as %2</source>
        <translation>轮次 %1 按 %2 处理</translation>
    </message>
    <message>
        <source>%1 is not one of the township&apos;s testing rounds (%2): set the round up first, or write its name as it is set up.</source>
        <translation>%1 不是本镇的检测轮次（%2）：请先设置该轮次，或按已设置的名称填写。</translation>
    </message>
    <message>
        <source>No testing round was held on %1 (the rounds: %2): set the round up first, or give the round in a 轮次 column.</source>
        <translation>%1 没有检测轮次（已有轮次：%2）：请先设置轮次，或在“轮次”列中填写。</translation>
    </message>
    <message>
        <source>%1 testing rounds were held on %2: give the round in a 轮次 column.</source>
        <translation>%2 有 %1 个检测轮次：请在“轮次”列中填写轮次。</translation>
    </message>
    <message>
        <source>The test site is empty, and round %1 has %2 sites (%3).</source>
        <translation>采样点为空，轮次 %1 有 %2 个采样点（%3）。</translation>
    </message>
    <message>
        <source>test site %1 taken as %2</source>
        <translation>采样点 %1 按 %2 处理</translation>
    </message>
    <message>
        <source>%1 is not a test site of round %2 (%3).</source>
        <translation>%1 不是轮次 %2 的采样点（%3）。</translation>
    </message>
    <message>
        <source>Sampled on: %1</source>
        <translation>采样日期：%1</translation>
    </message>
    <message>
        <source>Time of sampling: %1</source>
        <translation>采样时间：%1</translation>
    </message>
    <message>
        <source>Sampled on</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>Time of sampling</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <source>Sampled at: %1</source>
        <translation>采样时刻：%1</translation>
    </message>
    <message>
        <source>Sampled at</source>
        <translation>采样时刻</translation>
    </message>
    <message>
        <source>The day of sampling is empty.</source>
        <translation>采样日期为空。</translation>
    </message>
    <message>
        <source>The day of sampling %1 is after today.</source>
        <translation>采样日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Round date: %1</source>
        <translation>轮次日期：%1</translation>
    </message>
    <message>
        <source>%1 is not a test result: 阴性, 阳性 or 待出.</source>
        <translation>%1 不是检测结果：应为 阴性、阳性 或 待出。</translation>
    </message>
    <message>
        <source>The same sample as row %1.</source>
        <translation>与第 %1 行为同一次采样。</translation>
    </message>
    <message>
        <source>Already sampled in round %1.</source>
        <translation>已在轮次 %1 中采样。</translation>
    </message>
    <message>
        <source>The person lives in %1, which round %2 does not cover.</source>
        <translation>此人住在 %1，轮次 %2 不覆盖该地。</translation>
    </message>
</context>
<context>
    <name>ScreeningCoveragePage</name>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Visits since</source>
        <translation>走访起始日期</translation>
    </message>
    <message>
        <source>Township: %1 of %2 households visited</source>
        <translation>全乡镇：共 %2 户，已走访 %1 户</translation>
    </message>
    <message>
        <source>Double-click a village, or press Enter, to list its households not yet visited</source>
        <translation>双击某村或按回车，列出其尚未走访的住户</translation>
    </message>
</context>
<context>
    <name>ScreeningVisitDialog</name>
    <message>
        <source>Record screening visit</source>
        <translation>登记摸排走访</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>走访日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Visited by</source>
        <translation>走访人(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>走访结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>You</source>
        <translation>本人信息</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>本机安装信息</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例编号</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>新语言将在程序下次启动时生效。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Save policy values</source>
        <translation>保存政策参数</translation>
    </message>
    <message>
        <source>Policy values</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <source>Home &amp;isolation</source>
        <translation>居家隔离(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Central isolation</source>
        <translation>集中隔离(&amp;C)</translation>
    </message>
    <message>
        <source>Home &amp;monitoring</source>
        <translation>居家健康监测(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Fever from</source>
        <translation>发热标准(&amp;F)</translation>
    </message>
    <message>
        <source>Saved. New measures and day sheets use these values.</source>
        <translation>已保存。新增的管控措施和每日监测表将采用这些参数。</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A bundle with a row stamped further ahead of this computer&apos;s clock is refused: a PC with a wrong date must not win every later edit.</source>
        <translation>数据包中有记录的时间比本机时钟超前超过此值时，拒绝导入：日期设错的电脑不能压过此后所有的修改。</translation>
    </message>
    <message>
        <source>&amp;Bundle clock ahead at most</source>
        <translation>数据包时钟最多超前(&amp;B)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Without a key or a click for this long, the window hides the register and asks the password again. Takes effect at the next start.</source>
        <translation>这段时间内无键盘和鼠标操作时，窗口隐藏台账并重新询问密码。下次启动时生效。</translation>
    </message>
    <message>
        <source>Lock the window &amp;after</source>
        <translation>无操作锁定窗口(&amp;A)</translation>
    </message>
    <message>
        <source>Copies of the store</source>
        <translation>数据库副本</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Copy now</source>
        <translation>立即备份(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Copied to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Restore a copy</source>
        <translation>恢复副本</translation>
    </message>
    <message>
        <source>Put the store back as it was at %1? Everything entered since then is taken out of the store; the store as it is now is kept as a copy first, and can be restored in turn.</source>
        <translation>将数据库恢复到 %1 时的状态？此后录入的内容都将从数据库中去掉；恢复前会先把当前数据库另存为副本，之后也可再恢复。</translation>
    </message>
    <message>
        <source>The store is back as it was at %1.</source>
        <translation>数据库已恢复到 %1 时的状态。</translation>
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
        <translation>隔离点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Occupied / capacity</source>
        <translation>在隔人数 / 可容纳人数</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>无法写入操作日志：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>无法打开数据库%1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a Township Ledger store.</source>
        <translation>文件%1不是乡镇防控台账数据库。</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Township Ledger (schema %2, this program knows up to %3). Install the newer version to open it.</source>
        <translation>数据库%1由更新版本的乡镇防控台账写入（结构版本%2，本程序最高支持%3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Cannot upgrade the store: %1</source>
        <translation>无法升级数据库：%1</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>缺少数据库升级脚本%1。</translation>
    </message>
    <message>
        <source>Cannot upgrade the store to schema %1: %2</source>
        <translation>无法将数据库升级到结构版本%1：%2</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Cannot start a change: %1</source>
        <translation>无法开始修改：%1</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>无法保存修改：%1</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3 by %4)</source>
        <translation>第 %1 条（%2，%3，%4）</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>无法读取审计记录：%1</translation>
    </message>
    <message>
        <source>The audit trail of this installation</source>
        <translation>本安装的审计链</translation>
    </message>
    <message>
        <source>The audit trail of %1 (%2)</source>
        <translation>%1（%2）的审计链</translation>
    </message>
    <message>
        <source>The audit trail of installation %1</source>
        <translation>安装 %1 的审计链</translation>
    </message>
    <message>
        <source>%1 holds %2 twice: an entry was put in.</source>
        <translation>%1中%2出现两次：有记录被插入。</translation>
    </message>
    <message>
        <source>%1 lacks the entries before %2: they were removed.</source>
        <translation>%1缺少%2之前的记录：它们已被删除。</translation>
    </message>
    <message>
        <source>%1 does not follow on at %2: entries were removed, put in or moved.</source>
        <translation>%1在%2处不连续：有记录被删除、插入或调换。</translation>
    </message>
    <message>
        <source>%1 was changed at %2 after it was written.</source>
        <translation>%1在%2处写入后被修改。</translation>
    </message>
    <message>
        <source>%1 has %2 entries without a number written after it began: they were put in.</source>
        <translation>%1有 %2 条无序号的记录写于链启用之后：它们是被插入的。</translation>
    </message>
    <message>
        <source>Cannot check the audit trail: %1</source>
        <translation>无法核验审计链：%1</translation>
    </message>
    <message>
        <source>%1 holds more entries up to entry %2 than were checked before: entries were put in.</source>
        <translation>%1到第 %2 条为止的记录比上次核验时多：有记录被插入。</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy the store: %1</source>
        <translation>无法备份数据库：%1</translation>
    </message>
    <message>
        <source>Cannot name the copy %1.</source>
        <translation>无法将备份命名为 %1。</translation>
    </message>
    <message>
        <source>Cannot write the copy %1 to the disk.</source>
        <translation>无法将备份 %1 写入磁盘。</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>There is no copy %1.</source>
        <translation>没有副本 %1。</translation>
    </message>
    <message>
        <source>The copy %1 is damaged (%2): it is not restored.</source>
        <translation>副本 %1 已损坏（%2）：未恢复。</translation>
    </message>
    <message>
        <source>The copy %1 was made by another version of the program (schema %2, this one writes %3): it is not restored.</source>
        <translation>副本 %1 由其他版本的程序生成（结构版本 %2，本程序为 %3）：未恢复。</translation>
    </message>
    <message>
        <source>The copy %1 was made by another installation, not this one: it is not restored.</source>
        <translation>副本 %1 来自其他安装，不是本机的：未恢复。</translation>
    </message>
    <message>
        <source>The copy %1 cannot be opened.</source>
        <translation>无法打开副本 %1。</translation>
    </message>
    <message>
        <source>The copy cannot be written over the store: %1</source>
        <translation>无法用副本覆盖数据库：%1</translation>
    </message>
    <message>
        <source>Cannot read the copy of the store as it was: %1</source>
        <translation>无法读取恢复前数据库的副本：%1</translation>
    </message>
    <message>
        <source>The store was restored, but what was sent to the other installations could not be kept: %1</source>
        <translation>数据库已恢复，但与其他安装的收发记录未能保留：%1</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇级</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Verified and closed</source>
        <translation>已核验销号</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Screening and registers</source>
        <translation>排查与台账</translation>
    </message>
    <message>
        <source>Checkpoint duty</source>
        <translation>卡口值守</translation>
    </message>
    <message>
        <source>Isolation and monitoring</source>
        <translation>隔离与健康监测</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>核酸检测</translation>
    </message>
    <message>
        <source>Disinfection</source>
        <translation>环境消杀</translation>
    </message>
    <message>
        <source>Supplies and support</source>
        <translation>物资保障</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任落实</translation>
    </message>
    <message>
        <source>Notice of criticism</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>撤职</translation>
    </message>
    <message>
        <source>Admonishing talk</source>
        <translation>约谈</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Findings</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Rounds and visits</source>
        <translation>督导轮次与检查</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>督查报告</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Move on (F4)</source>
        <translation>推进状态（F4）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>督导时间</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>督导目的</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>检查点位</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <source>New &amp;team…</source>
        <translation>新建督导组(&amp;T)…</translation>
    </message>
    <message>
        <source>New &amp;round…</source>
        <translation>新建督导轮次(&amp;R)…</translation>
    </message>
    <message>
        <source>Record a &amp;visit…</source>
        <translation>记录检查(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Draft from the records</source>
        <translation>根据记录生成初稿(&amp;D)</translation>
    </message>
    <message>
        <source>Export &amp;ODT (WPS, Word)…</source>
        <translation>导出 ODT（WPS、Word）(&amp;O)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose the round and draft the report: its figures come from the records; edit the text before exporting it.</source>
        <translation>请选择督导轮次并生成督查报告初稿：报告中的数据来自记录，导出前请核对修改文字内容。</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部督导组</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>全部检查点位</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部问题类别</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 findings, %2 overdue</source>
        <translation>共%1个问题，其中%2个逾期</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>What was done to rectify it?</source>
        <translation>采取了哪些整改措施？</translation>
    </message>
    <message>
        <source>Verify and close (销号)</source>
        <translation>核验销号</translation>
    </message>
    <message>
        <source>Who verified the rectification on the spot?</source>
        <translation>由谁现场核验整改情况？</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>L&amp;eader</source>
        <translation>组长(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Assigned areas (包联)</source>
        <translation>包联区域(&amp;A)</translation>
    </message>
    <message>
        <source>New supervision team</source>
        <translation>新建督导组</translation>
    </message>
    <message>
        <source>Villages, checkpoints, isolation sites: one a line</source>
        <translation>村、卡口、隔离点：每行一个</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>无检查表</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>督导组(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>截止日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>督导目的(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>检查点位(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>检查表(&amp;C)</translation>
    </message>
    <message>
        <source>New supervision round</source>
        <translation>新建督导轮次</translation>
    </message>
    <message>
        <source>Choose the round first; make one with New round.</source>
        <translation>请先选择督导轮次；如无，请通过“新建轮次”创建。</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出督查报告</translation>
    </message>
    <message>
        <source>supervision report</source>
        <translation>督查报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>问责</translation>
    </message>
    <message>
        <source>&amp;Checklists…</source>
        <translation>检查表(&amp;C)…</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>被问责人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>问责方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>问责事由</translation>
    </message>
    <message>
        <source>&amp;Hold accountable for the selected finding…</source>
        <translation>对所选问题追责问责(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the finding on the Findings tab first.</source>
        <translation>请先在“问题清单”中选择问题。</translation>
    </message>
    <message>
        <source>A new checklist</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <source>One item a line, such as: returnee register complete</source>
        <translation>每行一个检查项，如：返乡人员登记台账完整</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>检查项(&amp;I)</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>被问责人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>问责方式(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>问责事由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>决定日期(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SupervisionReport</name>
    <message>
        <source>On %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>M/d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>%1 epidemic prevention and control supervision report</source>
        <translation>%1疫情防控工作督查情况汇报</translation>
    </message>
    <message>
        <source>%1, the %2 led by %3 carried out supervision of %4 (%5). The findings are reported as follows.</source>
        <translation>%1，由%3带队的%2对%4（%5）开展督导检查。现将有关情况汇报如下：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>1. Work carried out</source>
        <translation>一、工作开展情况</translation>
    </message>
    <message>
        <source>The team visited %1 places, %2 of them unannounced (四不两直), checking against the checklist on the spot.</source>
        <translation>督导组共检查%1处，其中%2处采取“四不两直”方式，对照检查表逐项现场核查。</translation>
    </message>
    <message>
        <source>Door-to-door screening has reached %1 of %2 households (%3%); %4 persons are registered, %5 of them returnees.</source>
        <translation>截至目前，入户排查已覆盖%2户中的%1户，占%3%；共登记人员%4人，其中返乡人员%5人。</translation>
    </message>
    <message>
        <source>2. Measures taken</source>
        <translation>二、采取的工作措施</translation>
    </message>
    <message>
        <source>At present %1 persons are under home isolation, %2 under central isolation and %3 under home health monitoring, each with responsible cadres assigned.</source>
        <translation>目前居家隔离%1人、集中隔离%2人、居家健康监测%3人，均已明确包保责任干部。</translation>
    </message>
    <message>
        <source>%1 checkpoints are staffed; during the round they logged %2 passages; today %3 duty periods are without staff.</source>
        <translation>共有%1个卡口落实人员值守，督导期间共登记通行%2人次；今日仍有%3个值守时段无人值守。</translation>
    </message>
    <message>
        <source>In the testing round %1, %2 of %3 persons in scope were sampled (%4%).</source>
        <translation>检测轮次%1中，应检%3人，已采样%2人，占%4%。</translation>
    </message>
    <message>
        <source>3. Problems found</source>
        <translation>三、发现的问题</translation>
    </message>
    <message>
        <source>%1 problems were found: %2 rectified (%3 verified and closed), %4 past their deadline.</source>
        <translation>共发现问题%1个，其中已整改%2个（已核验销号%3个），逾期未整改%4个。</translation>
    </message>
    <message>
        <source>(%1) %2: %3 problems.</source>
        <translation>（%1）%2：共%3个问题。</translation>
    </message>
    <message>
        <source>%1: %2 (%3, rectify by %4; %5).</source>
        <translation>%1：%2（%3，限%4前整改；%5）。</translation>
    </message>
    <message>
        <source>4. Next steps</source>
        <translation>四、下步工作措施</translation>
    </message>
    <message>
        <source>Rectify the open problems by their deadlines and close each only after verification; fill the uncovered checkpoint periods; keep screening until every household is visited; follow up the persons not yet sampled.</source>
        <translation>对尚未整改的问题，严格按照整改时限抓好整改，经核验后逐项销号；补齐卡口无人值守时段；持续开展入户排查，确保每户全覆盖；对尚未采样人员跟踪落实。</translation>
    </message>
</context>
<context>
    <name>SupervisionRepository</name>
    <message>
        <source>Choose the team&apos;s level: city, county or township.</source>
        <translation>请选择督导组级别：市级、县级或乡镇级。</translation>
    </message>
    <message>
        <source>Enter the name of the team.</source>
        <translation>请输入督导组名称。</translation>
    </message>
    <message>
        <source>Enter the team&apos;s leader.</source>
        <translation>请输入督导组组长。</translation>
    </message>
    <message>
        <source>Enter the name of the checklist.</source>
        <translation>请输入检查表名称。</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>检查表至少需要包含一个检查项。</translation>
    </message>
    <message>
        <source>Choose the team that makes the round.</source>
        <translation>请选择开展本轮督导的督导组。</translation>
    </message>
    <message>
        <source>Enter the first and the last day of the round.</source>
        <translation>请输入本轮督导的起止日期。</translation>
    </message>
    <message>
        <source>Say what the round is for.</source>
        <translation>请说明本轮督导的目的。</translation>
    </message>
    <message>
        <source>The checklist no longer exists.</source>
        <translation>该检查表已不存在。</translation>
    </message>
    <message>
        <source>Choose or type the finding&apos;s category.</source>
        <translation>请选择或输入问题类别。</translation>
    </message>
    <message>
        <source>Describe the problem found.</source>
        <translation>请描述发现的问题。</translation>
    </message>
    <message>
        <source>Choose how serious the problem is.</source>
        <translation>请选择问题的严重程度。</translation>
    </message>
    <message>
        <source>Enter who must rectify it: the unit or the person responsible.</source>
        <translation>请输入整改责任单位或责任人。</translation>
    </message>
    <message>
        <source>Enter the deadline for the rectification.</source>
        <translation>请输入整改时限。</translation>
    </message>
    <message>
        <source>Choose the round the visit belongs to.</source>
        <translation>请选择此次检查所属的督导轮次。</translation>
    </message>
    <message>
        <source>Enter the place visited.</source>
        <translation>请输入检查点位。</translation>
    </message>
    <message>
        <source>The day of the visit cannot be in the future.</source>
        <translation>检查日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Answer %1 with yes, no or not applicable.</source>
        <translation>请对“%1”作答：是、否或不适用。</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>问题%1：%2</translation>
    </message>
    <message>
        <source>The finding is already closed.</source>
        <translation>该问题已销号。</translation>
    </message>
    <message>
        <source>Say what was done to rectify it.</source>
        <translation>请说明采取的整改措施。</translation>
    </message>
    <message>
        <source>Enter who verified the rectification before closing the finding.</source>
        <translation>销号前请输入核验人。</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>该问题已不存在。</translation>
    </message>
    <message>
        <source>Enter the person held accountable and their unit.</source>
        <translation>请输入被问责人及其所在单位。</translation>
    </message>
    <message>
        <source>Choose the action: admonishing talk, notice of criticism or dismissal.</source>
        <translation>请选择问责方式：约谈、通报批评或撤职。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写问责理由。</translation>
    </message>
    <message>
        <source>Enter the day it was decided.</source>
        <translation>请输入作出决定的日期。</translation>
    </message>
    <message>
        <source>A linked finding no longer exists.</source>
        <translation>关联的问题已不存在。</translation>
    </message>
    <message>
        <source>Choose the finding&apos;s status.</source>
        <translation>请选择问题的整改状态。</translation>
    </message>
    <message>
        <source>A finding is closed after it is rectified.</source>
        <translation>问题整改完成后才能销号。</translation>
    </message>
    <message>
        <source>Choose the visit the finding was made on.</source>
        <translation>请选择发现该问题的督导检查。</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>There is no such conflict.</source>
        <translation>没有此冲突。</translation>
    </message>
    <message>
        <source>This conflict was already settled.</source>
        <translation>此冲突已处理。</translation>
    </message>
    <message>
        <source>Another record here holds the same ID number or code; change or delete that one first.</source>
        <translation>本机另有一条记录使用相同的身份证号或编码，请先修改或删除该记录。</translation>
    </message>
    <message>
        <source>The version cannot be kept: %1</source>
        <translation>无法保留此版本：%1</translation>
    </message>
    <message>
        <source>Only a merge can be undone.</source>
        <translation>只有合并的记录才能撤销合并。</translation>
    </message>
    <message>
        <source>The two records were merged into one; to keep them apart, undo the merge.</source>
        <translation>这两条记录已合并为一条；如需分开保存，请撤销合并。</translation>
    </message>
</context>
<context>
    <name>SyncMerge</name>
    <message>
        <source>The rows of %1 cannot be merged: %2</source>
        <translation>无法合并%1的记录：%2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区划</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Screening visit</source>
        <translation>排查走访</translation>
    </message>
    <message>
        <source>Policy value</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <source>Isolation site</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <source>Control measure</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>Responsible cadre</source>
        <translation>包保责任人</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>体温监测记录</translation>
    </message>
    <message>
        <source>Test round</source>
        <translation>检测轮次</translation>
    </message>
    <message>
        <source>Test round village</source>
        <translation>检测轮次村(社区)</translation>
    </message>
    <message>
        <source>Test site</source>
        <translation>采样点</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>采样记录</translation>
    </message>
    <message>
        <source>Special need</source>
        <translation>特殊需求</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>居住类型</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>返乡人员</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来源地</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>抵达日期</translation>
    </message>
    <message>
        <source>From a risk area</source>
        <translation>来自风险地区</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>密切接触者</translation>
    </message>
    <message>
        <source>Special group</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束日期</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>监测日期</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>The bundle&apos;s table %1 has no column %2.</source>
        <translation>数据包中的表%1没有%2列。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>The rows cannot be merged: %1</source>
        <translation>无法合并记录：%1</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>卡口</translation>
    </message>
    <message>
        <source>Checkpoint entry</source>
        <translation>卡口登记</translation>
    </message>
    <message>
        <source>Duty shift</source>
        <translation>值守班次</translation>
    </message>
    <message>
        <source>Pass permit</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>Supervision team</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>督导清单</translation>
    </message>
    <message>
        <source>Supervision round</source>
        <translation>督导轮次</translation>
    </message>
    <message>
        <source>Supervision visit</source>
        <translation>督导检查</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Accountability record</source>
        <translation>问责记录</translation>
    </message>
    <message>
        <source>Risk area</source>
        <translation>风险地区</translation>
    </message>
    <message>
        <source>Verification task</source>
        <translation>核查任务</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Registry export</source>
        <translation>台账导出</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Verification task</source>
        <translation>核查任务</translation>
    </message>
    <message>
        <source>Such as: came back from 上海市浦东新区 on 4 April</source>
        <translation>例如：4月4日从上海市浦东新区返回</translation>
    </message>
    <message>
        <source>&amp;Township</source>
        <translation>乡镇(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>核查原因(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>截止日期：%1</translation>
    </message>
</context>
<context>
    <name>TaskResultDialog</name>
    <message>
        <source>Verification result</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Due %4.</source>
        <translation>%1（%2）：%3。截止日期%4。</translation>
    </message>
    <message>
        <source>Who was asked, where the person is now, what was done</source>
        <translation>询问了谁、该人员现在何处、采取了哪些措施</translation>
    </message>
    <message>
        <source>&amp;Found</source>
        <translation>核查结果(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细情况(&amp;D)</translation>
    </message>
    <message>
        <source>Verified &amp;on</source>
        <translation>核查日期(&amp;O)</translation>
    </message>
    <message>
        <source>Verified &amp;by</source>
        <translation>核查人(&amp;B)</translation>
    </message>
    <message>
        <source>Verified on: %1</source>
        <translation>核查日期：%1</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>核查原因</translation>
    </message>
    <message>
        <source>Registered here</source>
        <translation>本地已登记</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Found out</source>
        <translation>核查情况</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>&amp;Record the result…</source>
        <translation>记录核查结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Verification tasks</source>
        <translation>核查任务</translation>
    </message>
    <message>
        <source>Risk areas</source>
        <translation>风险地区</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>未完成%1项，共%2项</translation>
    </message>
</context>
<context>
    <name>Temperature</name>
    <message>
        <source>Enter the temperature, for example 36.5.</source>
        <translation>请输入体温，如36.5。</translation>
    </message>
    <message>
        <source>%1 is not a temperature: type it like 36.5.</source>
        <translation>%1不是体温：请按36.5的格式输入。</translation>
    </message>
    <message>
        <source>%1 ℃ is not a plausible body temperature (%2 ℃ to %3 ℃): check the reading.</source>
        <translation>%1 ℃不是合理的体温（应在%2 ℃至%3 ℃之间）：请核对读数。</translation>
    </message>
</context>
<context>
    <name>TestCoverageModel</name>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>应检人数</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>已采样</translation>
    </message>
    <message>
        <source>Not sampled</source>
        <translation>未采样</translation>
    </message>
    <message>
        <source>Sampled %</source>
        <translation>采样率</translation>
    </message>
</context>
<context>
    <name>TestRoundDialog</name>
    <message>
        <source>New testing round</source>
        <translation>新建检测轮次</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>检测点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Test units</source>
        <translation>检测单元数</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>添加检测点(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove site</source>
        <translation>移除检测点(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Villages:</source>
        <translation>检测范围(&amp;V)：</translation>
    </message>
    <message>
        <source>Test &amp;sites:</source>
        <translation>检测点(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>TestingPage</name>
    <message>
        <source>All pending &amp;negative…</source>
        <translation>待出结果全部设为阴性(&amp;N)…</translation>
    </message>
    <message>
        <source>Sets every pending result of the chosen site to negative.</source>
        <translation>将所选检测点全部待出结果设为阴性。</translation>
    </message>
    <message>
        <source>New &amp;round…</source>
        <translation>新建轮次(&amp;R)…</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>轮次(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>检测点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Coverage by village</source>
        <translation>各村(社区)采样情况</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No testing round yet.</source>
        <translation>尚无检测轮次。</translation>
    </message>
    <message>
        <source>%1 of %2 sampled (%3%).</source>
        <translation>应检 %2 人，已采样 %1 人（%3%）。</translation>
    </message>
    <message>
        <source>Not sampled yet: %1</source>
        <translation>未采样人员：%1 人</translation>
    </message>
    <message>
        <source>Recorded: %1, %2.</source>
        <translation>已登记：%1，%2。</translation>
    </message>
    <message>
        <source>Set results</source>
        <translation>设置检测结果</translation>
    </message>
    <message>
        <source>Set every pending result of site %1 to negative?</source>
        <translation>将检测点%1的全部待出结果设为阴性？</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) set to negative.</source>
        <translation>
            <numerusform>已将 %n 份结果设为阴性。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or scan an ID number, or type a name, then press Enter</source>
        <translation>输入或扫描身份证号，或输入姓名，按回车键登记</translation>
    </message>
    <message>
        <source>Nobody named %1 is registered.</source>
        <translation>未登记名为%1的人员。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Choose the person</source>
        <translation>选择人员</translation>
    </message>
    <message>
        <source>Several persons match %1:</source>
        <translation>有多人符合“%1”：</translation>
    </message>
    <message>
        <source>Reading the rounds…</source>
        <translation>正在读取检测轮次…</translation>
    </message>
    <message>
        <source>Reading the round…</source>
        <translation>正在读取本轮…</translation>
    </message>
    <message>
        <source>Not sampled yet: reading…</source>
        <translation>未采样：正在读取…</translation>
    </message>
</context>
<context>
    <name>TestingRepository</name>
    <message>
        <source>Enter the name of the round.</source>
        <translation>请输入轮次名称。</translation>
    </message>
    <message>
        <source>Enter the day of the round.</source>
        <translation>请输入检测日期。</translation>
    </message>
    <message>
        <source>Choose at least one village the round covers.</source>
        <translation>请至少选择一个检测范围内的村(社区)。</translation>
    </message>
    <message>
        <source>Add at least one test site.</source>
        <translation>请至少添加一个检测点。</translation>
    </message>
    <message>
        <source>Enter the name of every test site.</source>
        <translation>请填写每个检测点的名称。</translation>
    </message>
    <message>
        <source>Test site %1 needs at least one test unit.</source>
        <translation>检测点%1至少需要一个检测单元。</translation>
    </message>
    <message>
        <source>The round may cover only villages of this township.</source>
        <translation>检测范围只能是本乡镇的村(社区)。</translation>
    </message>
    <message>
        <source>Enter when the sample was taken.</source>
        <translation>请输入采样时间。</translation>
    </message>
    <message>
        <source>Choose a testing round.</source>
        <translation>请选择检测轮次。</translation>
    </message>
    <message>
        <source>Choose a test site of this round.</source>
        <translation>请选择本轮次的检测点。</translation>
    </message>
    <message>
        <source>Choose a registered person.</source>
        <translation>请选择已登记的人员。</translation>
    </message>
    <message>
        <source>%1 lives in %2, which this round does not cover.</source>
        <translation>%1居住在%2，不在本轮检测范围内。</translation>
    </message>
    <message>
        <source>%1 was already sampled in this round on %2 at test site %3.</source>
        <translation>%1已于%2在检测点%3完成本轮采样。</translation>
    </message>
    <message>
        <source>Nobody with ID number %1 is registered.</source>
        <translation>未登记身份证号为%1的人员。</translation>
    </message>
    <message>
        <source>Choose a test result.</source>
        <translation>请选择检测结果。</translation>
    </message>
    <message>
        <source>%1 was already sampled in round %2.</source>
        <translation>%1已在“%2”中采样。</translation>
    </message>
</context>
<context>
    <name>UnitSetup</name>
    <message>
        <source>Line %1: the village has no name.</source>
        <translation>第%1行：村(社区)缺少名称。</translation>
    </message>
    <message>
        <source>Line %1: the village %2 is listed twice.</source>
        <translation>第%1行：村(社区)%2重复填写。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>Line %1: the code %2 is listed twice.</source>
        <translation>第%1行：代码%2重复填写。</translation>
    </message>
    <message>
        <source>List at least one village or community.</source>
        <translation>请至少填写一个村(社区)。</translation>
    </message>
    <message>
        <source>There are too many villages for one township.</source>
        <translation>村(社区)数量超出一个乡镇的上限。</translation>
    </message>
    <message>
        <source>Enter the name of the township.</source>
        <translation>请输入乡镇名称。</translation>
    </message>
    <message>
        <source>This store is already set up for a unit.</source>
        <translation>该数据库已设置过单位。</translation>
    </message>
    <message>
        <source>Enter the name of the county.</source>
        <translation>请输入县名称。</translation>
    </message>
</context>
<context>
    <name>UntestedModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>This installation has no users yet. Its first user is its administrator, who adds the others (clerks, checkpoint operators, supervisors, viewers) and keeps the settings, the keys and the copies of the store. Everyone logs in with their own name, which every record they make carries.</source>
        <translation>本安装还没有用户。第一位用户即管理员，由其添加其他用户（办事员、卡口值守员、督导员、查看员），并管理设置、密钥和数据库副本。每人用自己的名字登录，所做的每条记录都署其名。</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>两次输入的密码不同：请输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The first user of an installation is its administrator.</source>
        <translation>本机的第一位用户必须是管理员。</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>用户需要姓名。</translation>
    </message>
    <message>
        <source>A user&apos;s name has at most %1 characters.</source>
        <translation>用户名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>已有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>The password cannot be hashed: the computer is out of memory.</source>
        <translation>无法处理密码：计算机内存不足。</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong passwords until %3; an administrator can unlock them sooner.</source>
        <translation>%1 因 %2 次密码错误被锁定至 %3；管理员可提前解锁。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong name or password. %n more wrong password(s) lock this user for %1 minutes.</source>
        <translation>
            <numerusform>用户名或密码错误。再错 %n 次，该用户将被锁定 %1 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password: %1 is locked for %2 minutes.</source>
        <translation>密码错误：%1 被锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>%1 is the only administrator: make another user administrator first.</source>
        <translation>%1是唯一的管理员：请先让另一位用户成为管理员。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Give this role</source>
        <translation>设为此角色(&amp;G)</translation>
    </message>
    <message>
        <source>A new &amp;password…</source>
        <translation>重设密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>A clerk does all the work; a checkpoint operator only the entry line and its log; a supervisor the supervision area and reads the rest; a viewer reads only, with ID numbers and phones masked. An administrator also keeps the users, the settings, the keys and the copies of the store.</source>
        <translation>办事员做全部工作；卡口值守员只做卡口登记及当日记录；督导员负责督导，其余只读；查看员只读，身份证号和电话被遮挡。管理员另外管理用户、设置、密钥和数据库副本。</translation>
    </message>
    <message>
        <source>Role of the chosen user:</source>
        <translation>所选用户的角色：</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>可登录</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row</source>
        <translation>
            <numerusform>连续 %n 次密码错误</numerusform>
        </translation>
    </message>
    <message>
        <source>The user was added.</source>
        <translation>已添加用户。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1现在是%2。</translation>
    </message>
    <message>
        <source>%1 has a new password and may log in with it.</source>
        <translation>%1已有新密码，可用其登录。</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1可以再次登录。</translation>
    </message>
</context>
<context>
    <name>VerificationTaskRepository</name>
    <message>
        <source>Located and verified</source>
        <translation>已找到并核实</translation>
    </message>
    <message>
        <source>Never lived here</source>
        <translation>查无此人</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Choose the township that must verify the person.</source>
        <translation>请选择负责核查该人员的乡镇。</translation>
    </message>
    <message>
        <source>Enter the name of the person to verify.</source>
        <translation>请输入待核查人员的姓名。</translation>
    </message>
    <message>
        <source>Say why the person must be verified (where they came from, a contact of whom).</source>
        <translation>请说明需核查该人员的原因（从何处来，是谁的接触者）。</translation>
    </message>
    <message>
        <source>The deadline must be on or after the day the task is given.</source>
        <translation>截止日期不能早于任务下达日期。</translation>
    </message>
    <message>
        <source>Choose what the verification found.</source>
        <translation>请选择核查结果。</translation>
    </message>
    <message>
        <source>The day of the verification cannot be in the future.</source>
        <translation>核查日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Enter who verified the person.</source>
        <translation>请输入核查人。</translation>
    </message>
    <message>
        <source>Say what was found out (who was asked, where the person went).</source>
        <translation>请说明核查情况（询问了谁，该人员去了何处）。</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>The verification cannot be before the task was given (%1).</source>
        <translation>核查日期不能早于任务下达日期（%1）。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record a visit</source>
        <translation>记录检查</translation>
    </message>
    <message>
        <source>Unannounced (四不两直)</source>
        <translation>暗访（四不两直）</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>&amp;Add this problem</source>
        <translation>添加此问题(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>检查点位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>问题类别(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;roblem</source>
        <translation>问题(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>严重程度(&amp;S)</translation>
    </message>
    <message>
        <source>Responsible &amp;unit</source>
        <translation>责任单位(&amp;U)</translation>
    </message>
    <message>
        <source>Responsible &amp;person</source>
        <translation>责任人(&amp;P)</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>整改时限(&amp;L)</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>%1: %2 (by %3)</source>
        <translation>%1：%2（%3前整改）</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1是空文件。</translation>
    </message>
</context>
<context>
    <name>XlsWorkbook</name>
    <message>
        <source>%1 is protected by a password: open it in WPS or Excel, remove the password, save it as .xlsx and import that file.</source>
        <translation>%1设有密码保护：请在 WPS 或 Excel 中打开，取消密码后另存为 .xlsx，再导入另存的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel 97-2003 workbook (.xls): it is damaged, or of a kind FreeXL does not read (error %2). Open it in WPS or Excel, save it as .xlsx and import that file.</source>
        <translation>无法将%1作为 Excel 97-2003 工作簿（.xls）读取：文件已损坏，或属于 FreeXL 无法读取的类型（错误%2）。请在 WPS 或 Excel 中打开它，另存为 .xlsx，再导入另存的文件。</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1的工作表“%2”</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取%1。</translation>
    </message>
    <message>
        <source>%1: row %2 cannot be read.</source>
        <translation>%1：无法读取第%2行。</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <extracomment>The printed page&apos;s footer in Excel&apos;s codes: &amp;P is the page number, &amp;N the page count.</extracomment>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>An xlsx sheet holds at most %1 rows: narrow the registry by village or dates, or export CSV.</source>
        <translation>xlsx 工作表最多容纳 %1 行：请按村(社区)或日期缩小台账范围，或导出为 CSV。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot write a workbook in %1.</source>
        <translation>无法在%1中写入工作簿。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>it unpacks to far more than a spreadsheet does; it may be made to fill the memory (a zip bomb)</source>
        <extracomment>Ends a sentence &quot;… is damaged: %1.&quot;</extracomment>
        <translation>解压后的大小远超正常表格，可能是为撑满内存而制作的文件（“压缩炸弹”）</translation>
    </message>
    <message>
        <source>it cannot be unpacked; the file may have been cut short</source>
        <extracomment>Ends a sentence &quot;… is damaged: %1.&quot;</extracomment>
        <translation>无法解压，文件可能不完整</translation>
    </message>
    <message>
        <source>it ends early; the file may have been cut short</source>
        <extracomment>Ends a sentence &quot;… is damaged: %1.&quot;</extracomment>
        <translation>内容提前结束，文件可能不完整</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: a cell holds more than %3 characters, more than a spreadsheet allows.</source>
        <translation>工作表“%1”第%2行：有单元格超过%3个字符，超出电子表格的上限。</translation>
    </message>
    <message>
        <source>Sheet %1 is damaged: a row after row %2 has no number.</source>
        <translation>工作表“%1”已损坏：第%2行之后的一行没有行号。</translation>
    </message>
    <message>
        <source>Sheet %1 has more than %2 rows, more than a spreadsheet allows.</source>
        <translation>工作表“%1”超过%2行，超出电子表格的上限。</translation>
    </message>
    <message>
        <source>Sheet %1 is damaged: row %2 comes after row %3.</source>
        <translation>工作表“%1”已损坏：第%2行排在第%3行之后。</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: a cell lies past column %3 (XFD), the last a spreadsheet has.</source>
        <translation>工作表“%1”第%2行：有单元格超出第%3列（XFD），即电子表格的最后一列。</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: a cell refers to a text the workbook does not hold; the file is damaged.</source>
        <translation>工作表“%1”第%2行：有单元格引用了工作簿中不存在的文字，文件已损坏。</translation>
    </message>
    <message>
        <source>Sheet %1 holds more than %2 cells up to row %3, counting the empty ones before the last of each row; it is refused.</source>
        <translation>工作表“%1”到第%3行为止超过%2个单元格（每行计到最后一个有内容的单元格，中间的空单元格也计入），不予读取。</translation>
    </message>
    <message>
        <source>%1 cannot be read: the file is damaged or was cut short (was it copied before it was whole?).</source>
        <translation>无法读取%1：文件已损坏或不完整（是否在复制完成前就拷走了？）。</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an xlsx workbook. Open it in WPS or Excel, save it as .xlsx and import that file.</source>
        <translation>%1是压缩文件，但不是 xlsx 工作簿。请在 WPS 或 Excel 中打开它，另存为 .xlsx，再导入另存的文件。</translation>
    </message>
    <message>
        <source>%1 is refused: a part of it that is always small unpacks to more than %2 MB.</source>
        <translation>%1不予读取：其中本应很小的部分解压后超过%2 MB。</translation>
    </message>
    <message>
        <source>The list of sheets in %1 is damaged: %2.</source>
        <translation>%1的工作表清单已损坏：%2。</translation>
    </message>
    <message>
        <source>The list of parts in %1 is damaged: %2.</source>
        <translation>%1的组成部分清单已损坏：%2。</translation>
    </message>
    <message>
        <source>%1 is damaged: it lists sheet %2 but does not hold it.</source>
        <translation>%1已损坏：清单中有工作表“%2”，文件中却没有。</translation>
    </message>
    <message>
        <source>%1 holds no sheet with cells.</source>
        <translation>%1中没有含单元格的工作表。</translation>
    </message>
    <message>
        <source>The cell formats in %1 are damaged: %2.</source>
        <translation>%1的单元格格式已损坏：%2。</translation>
    </message>
    <message>
        <source>The texts of %1 are damaged: %2.</source>
        <translation>%1的文字部分已损坏：%2。</translation>
    </message>
    <message>
        <source>%1 holds more text than %2 MB; it is refused.</source>
        <translation>%1的文字超过%2 MB，不予读取。</translation>
    </message>
    <message>
        <source>%1 holds a text of more than %2 characters, more than a spreadsheet allows.</source>
        <translation>%1中有一段文字超过%2个字符，超出电子表格的上限。</translation>
    </message>
    <message>
        <source>Sheet %1 is missing from %2; the file is damaged.</source>
        <translation>%2中缺少工作表“%1”，文件已损坏。</translation>
    </message>
    <message>
        <source>Sheet %1 is larger than %2 MB unpacked; it is refused.</source>
        <translation>工作表“%1”解压后超过%2 MB，不予读取。</translation>
    </message>
    <message>
        <source>Sheet %1 unpacks to far more than a spreadsheet does; it may be made to fill the memory (a zip bomb), and is refused.</source>
        <translation>工作表“%1”解压后的大小远超正常表格，可能是为撑满内存而制作的文件（“压缩炸弹”），不予读取。</translation>
    </message>
    <message>
        <source>Sheet %1 has more than %2 merged ranges or more than %3 merged cells; it is refused.</source>
        <translation>工作表“%1”的合并区域超过%2个或合并单元格超过%3个，不予读取。</translation>
    </message>
    <message>
        <source>Sheet %1 cannot be unpacked: the file is damaged or was cut short.</source>
        <translation>无法解压工作表“%1”：文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>Sheet %1 is damaged near row %2: %3.</source>
        <translation>工作表“%1”第%2行附近已损坏：%3。</translation>
    </message>
</context>
<context>
    <name>XmlScanner</name>
    <message>
        <source>it holds a text far longer than a cell&apos;s</source>
        <translation>其中的文字远长于单元格所能容纳</translation>
    </message>
    <message>
        <source>it declares a document type</source>
        <translation>其中声明了文档类型</translation>
    </message>
    <message>
        <source>it holds a declaration no spreadsheet has</source>
        <translation>其中有电子表格不会有的声明</translation>
    </message>
    <message>
        <source>it holds text outside its root element</source>
        <translation>根元素之外有文字</translation>
    </message>
    <message>
        <source>a tag has no name</source>
        <translation>有标签没有名称</translation>
    </message>
    <message>
        <source>the tag &lt;%1&gt; is not well-formed</source>
        <translation>标签 &lt;%1&gt; 格式不正确</translation>
    </message>
    <message>
        <source>its elements are nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; closes no element</source>
        <translation>&lt;/%1&gt; 没有对应的开始标签</translation>
    </message>
    <message>
        <source>the element &lt;%1&gt; is closed by &lt;/%2&gt;</source>
        <translation>元素 &lt;%1&gt; 被 &lt;/%2&gt; 结束</translation>
    </message>
    <message>
        <source>it has an &amp; that begins no entity</source>
        <translation>其中的 &amp; 不是实体的开头</translation>
    </message>
    <message>
        <source>it refers to a character that cannot be (&amp;%1;)</source>
        <translation>其中引用了不存在的字符（&amp;%1;）</translation>
    </message>
    <message>
        <source>it uses an entity that is not defined (&amp;%1;)</source>
        <translation>其中使用了未定义的实体（&amp;%1;）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the store at PATH.</source>
        <translation>打开位于 PATH 的数据库。</translation>
    </message>
    <message>
        <source>Township Ledger</source>
        <translation>乡镇防控台账</translation>
    </message>
    <message>
        <source>Open a demo township of synthetic people, made in a new store on first use (the demo store, or the store given with --db).</source>
        <translation>打开由虚构人员组成的演示乡镇，首次使用时在新库中生成（演示库，或 --db 指定的库）。</translation>
    </message>
    <message>
        <source>This store was set up for %1, not made as a demo: it is not opened as one.</source>
        <translation>此库已为%1设置，不是演示库：不会作为演示库打开。</translation>
    </message>
</context>
</TS>
