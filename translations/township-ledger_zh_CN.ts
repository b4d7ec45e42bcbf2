<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Usage: township-ledger-cli [--db PATH] COMMAND
Commands:
  init --unit CODE --name NAME [--village CODE:NAME]...
  demo --persons N [--seed S]
  person add --name NAME --id-number ID --village CODE [--phone P] [--household ID]
  person find TEXT
  check</source>
        <translation>用法：township-ledger-cli [--db PATH] COMMAND
命令：
  init --unit CODE --name NAME [--village CODE:NAME]...
  demo --persons N [--seed S]
  person add --name NAME --id-number ID --village CODE [--phone P] [--household ID]
  person find TEXT
  check</translation>
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
        <source>Grid %1</source>
        <translation>第%1网格</translation>
    </message>
    <message>
        <source>The township has no villages to fill.</source>
        <translation>该乡镇下没有可填充的村(社区)。</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>%1号</translation>
    </message>
    <message>
        <source>Cancelled: the store is unchanged.</source>
        <translation>已取消：数据库未作改动。</translation>
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
        <source>The township (or sub-district) this office serves. The code is the 12-digit statistical division code, such as 370285105000.</source>
        <translation>本防控办所在的乡镇（或街道）。区划代码为12位统计用区划代码，如370285105000。</translation>
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
    <message>
        <source>Showing the first %1 households: filter by address to find others.</source>
        <translation>仅显示前 %1 户：查找其他住户请按地址筛选。</translation>
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
        <source>Generate &amp;demo township…</source>
        <translation>生成演示乡镇(&amp;D)…</translation>
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
        <source>Generate demo township</source>
        <translation>生成演示乡镇</translation>
    </message>
    <message>
        <source>How many persons? Demo data can only be made in an empty store.</source>
        <translation>生成多少人？演示数据只能在空数据库中生成。</translation>
    </message>
    <message>
        <source>Generating the demo township…</source>
        <translation>正在生成演示乡镇…</translation>
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
        <translation>姓名</translation>
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
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>所在住户(&amp;H)</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村(社区)</translation>
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
        <source>Delete resident</source>
        <translation>删除居民</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the register? The deletion is kept in the audit log and reaches the county with the next bundle.</source>
        <translation>确定从台账中删除%1（%2）吗？删除操作将记入操作日志，并随下一个数据包报送县(区)。</translation>
    </message>
    <message>
        <source>More than %1 persons: type more to narrow the search.</source>
        <translation>超过 %1 人：请继续输入以缩小范围。</translation>
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
        <source>Your name, as it should appear in the audit log</source>
        <translation>您的姓名，将显示在操作日志中</translation>
    </message>
    <message>
        <source>You</source>
        <translation>本人信息</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
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
</context>
</TS>
