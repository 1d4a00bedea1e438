<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="101" />
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="101" />
        <source>Enter your passphrase</source>
        <translation>输入密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="102" />
        <source>Your data in %1 is protected by a passphrase.</source>
        <translation>%1 中的数据受密码短语保护。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="105" />
        <location filename="../../app/ui/unlock/passphrase.py" line="106" />
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="111" />
        <source>That passphrase is not correct. Try again.</source>
        <translation>密码短语不正确，请重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="112" />
        <source>Forgot it? Use the recovery key</source>
        <translation>忘记了？使用恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="114" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="115" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../app/ui/models/backup_table.py" line="16" />
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/backup_table.py" line="16" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/backup_table.py" line="16" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/backup_table.py" line="18" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/backup_table.py" line="19" />
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/backup_table.py" line="20" />
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/backup_table.py" line="21" />
        <source>After erasing a member</source>
        <translation>彻底删除成员后</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/backup_table.py" line="22" />
        <source>Before encryption</source>
        <translation>加密前</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/backup_table.py" line="23" />
        <source>Before a new key</source>
        <translation>更换密钥前</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/backup_table.py" line="47" />
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="40" />
        <source>Backups and trash</source>
        <translation>备份与回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="55" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="64" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="66" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="68" />
        <source>Open backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="77" />
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="78" />
        <source>Back up while open, every</source>
        <translation>运行时备份间隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="87" />
        <source>newest,</source>
        <translation>份最新备份，</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="87" />
        <source>daily,</source>
        <translation>份每日备份，</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="88" />
        <source>weekly,</source>
        <translation>份每周备份，</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="88" />
        <source>monthly</source>
        <translation>份每月备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="92" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="93" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="94" />
        <source>Keep deleted items for</source>
        <translation>已删除项目保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="142" />
        <source>Steward backs up when it starts and every few hours while open, whenever something changed. %1 backups (%2), the newest from %3. Each one is verified before it is kept, and protected like the database.</source>
        <translation>Steward 会在启动时以及运行期间每隔几小时自动备份（仅在数据有变动时）。共 %1 份备份（%2），最新一份来自 %3。每份备份在保存前都会经过校验，并与数据库受到同等保护。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="150" />
        <source>No backups yet. Steward backs up when it starts and every few hours while open, whenever something changed; each backup is verified before it is kept.</source>
        <translation>还没有备份。Steward 会在启动时以及运行期间每隔几小时自动备份（仅在数据有变动时）；每份备份在保存前都会经过校验。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="165" />
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="169" />
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="178" />
        <source>Restore the backup from %1?

Steward first backs up the current state (it will appear in this list as “Before a restore”), then puts this backup in place of the database and reopens the window. Changes made after %1 will then only be in that new backup.</source>
        <translation>要从 %1 的备份恢复吗？

Steward 会先备份当前状态（它将以“恢复前”显示在此列表中），然后用此备份替换数据库并重新打开窗口。此后，%1 之后所做的更改将只保存在那份新备份中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="182" />
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/backups.py" line="183" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>BulkTagger</name>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="71" />
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="72" />
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="80" />
        <source>New tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="89" />
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="90" />
        <source>Name of the new tag:</source>
        <translation>新标签名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="99" />
        <source>Creating a tag</source>
        <translation>正在创建标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="103" />
        <source>Select members first, or open a segment.</source>
        <translation>请先选择成员，或打开一个分组。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="115" />
        <source>Tagging members</source>
        <translation>正在为成员添加标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="115" />
        <source>Untagging members</source>
        <translation>正在移除成员标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="122" />
        <source>Everyone chosen already has “%1”</source>
        <translation>所选成员都已有“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="123" />
        <source>No one chosen has “%1”</source>
        <translation>所选成员都没有“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="126" />
        <source>Tagged 1 member with “%2”</source>
        <translation>已为 1 位成员添加“%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="127" />
        <source>Tagged %1 members with “%2”</source>
        <translation>已为 %1 位成员添加“%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="129" />
        <source>Removed “%2” from 1 member</source>
        <translation>已从 1 位成员移除“%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="130" />
        <source>Removed “%2” from %1 members</source>
        <translation>已从 %1 位成员移除“%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="143" />
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/bulk_tags.py" line="145" />
        <source>Undoing</source>
        <translation>正在撤销</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../app/ui/pages/calendar/page.py" line="11" />
        <source>Calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/calendar/page.py" line="12" />
        <source>Plan posts and events for every channel</source>
        <translation>为每个渠道规划内容与活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/calendar/page.py" line="13" />
        <source>The content calendar (ideas, drafts, scheduled and published posts, recurring sessions and reminders) arrives in a coming version of Steward.</source>
        <translation>内容日历（选题、草稿、已排期和已发布的内容、周期性分享和提醒）将在 Steward 的后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/pages/cases/page.py" line="11" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases/page.py" line="12" />
        <source>Disputes and moderation, handled fairly</source>
        <translation>公正处理纠纷与违规</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases/page.py" line="13" />
        <source>The case log (reports, evidence, rulings under your group rules, and sanctions) arrives in a coming version of Steward.</source>
        <translation>案件记录（举报、证据、依据群规作出的裁决及处罚）将在 Steward 的后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="42" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="42" />
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="43" />
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="84" />
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="25" />
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="25" />
        <source>Your community at a glance</source>
        <translation>社群概况一览</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="30" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="31" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="32" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="32" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="40" />
        <source>No members yet</source>
        <translation>还没有成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="41" />
        <source>Steward keeps profiles, notes and handles for everyone in your groups. Create a demo community to look around; importing your own members comes with the Members page.</source>
        <translation>Steward 为你群里的每个人保存档案、备注和账号。可以先创建一个示例社群看看效果；导入自己的成员请前往“成员”页面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="44" />
        <source>Create a demo community</source>
        <translation>创建示例社群</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="57" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="58" />
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="59" />
        <source>New this week</source>
        <translation>本周新成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="60" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard/page.py" line="65" />
        <source>Handles by platform</source>
        <translation>各平台账号</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../app/ui/widgets/date_field.py" line="51" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/date_field.py" line="57" />
        <location filename="../../app/ui/widgets/date_field.py" line="58" />
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>DetailPlaceholder</name>
    <message>
        <location filename="../../app/ui/pages/members/detail_placeholder.py" line="67" />
        <source>Member details</source>
        <translation>成员详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/detail_placeholder.py" line="77" />
        <source>The full profile, with notes, opens here. Esc goes back to the list.</source>
        <translation>完整资料和备注会在这里打开。按 Esc 返回列表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/detail_placeholder.py" line="105" />
        <source>%1 notes</source>
        <translation>%1 条备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/detail_placeholder.py" line="106" />
        <source>Last changed %1</source>
        <translation>最后修改于 %1</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="112" />
        <source>Who they are</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="114" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="115" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="116" />
        <source>Nicknames and other names, one per line</source>
        <translation>昵称和其他名字，每行一个</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="117" />
        <source>Other names</source>
        <translation>其他名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="118" />
        <source>&amp;Other names</source>
        <translation>其他名字(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="120" />
        <source>Handles</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="122" />
        <source>Membership</source>
        <translation>成员身份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="126" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="128" />
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="132" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="133" />
        <source>Pick a role, or type a new one to add it to the list</source>
        <translation>选择一个角色，或输入新角色添加到列表中</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="135" />
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="137" />
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="138" />
        <source>&amp;Joined</source>
        <translation>入群时间(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="140" />
        <source>Where they are</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="142" />
        <source>City, region or country</source>
        <translation>城市、地区或国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="143" />
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="144" />
        <source>&amp;Location</source>
        <translation>所在地(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="146" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="155" />
        <source>&amp;Time zone</source>
        <translation>时区(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="157" />
        <source>What they care about</source>
        <translation>关注什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="158" />
        <source>Topics, skills, what they like to talk about</source>
        <translation>话题、技能、喜欢聊的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="159" />
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="160" />
        <source>&amp;Interests</source>
        <translation>兴趣(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="161" />
        <source>What they are looking for, or asked you for</source>
        <translation>在找什么，或向你提过什么需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="162" />
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="163" />
        <source>N&amp;eeds</source>
        <translation>需求(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="165" />
        <source>Your fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="229" />
        <source>%1 there now (%2)</source>
        <translation>当地现在 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="274" />
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/details_form.py" line="283" />
        <source>A number, e.g. 12.5</source>
        <translation>数字，例如 12.5</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="50" />
        <source>Same handle</source>
        <translation>账号相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="51" />
        <source>Same platform ID</source>
        <translation>平台 ID 相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="52" />
        <source>Same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="53" />
        <source>Similar names</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="55" />
        <source>Find duplicates</source>
        <translation>查找重复成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="60" />
        <source>Looking for members who may be the same person…</source>
        <translation>正在查找可能是同一个人的成员…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="65" />
        <source>Likely duplicates</source>
        <translation>可能的重复成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="77" />
        <source>Keep this member; the others are merged into it:</source>
        <translation>保留此成员，其他成员将合并到它：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="85" />
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="108" />
        <source>Looking for duplicates</source>
        <translation>正在查找重复成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="117" />
        <source>and %1 more</source>
        <translation>以及另外 %1 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="123" />
        <source>No likely duplicates: no two members share a handle or a platform ID, and no names are alike.</source>
        <translation>没有可能的重复成员：没有成员共用账号或平台 ID，也没有相似的名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="128" />
        <source>1 group of members may be the same person.</source>
        <translation>有 1 组成员可能是同一个人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="129" />
        <source>%1 groups of members may be the same person.</source>
        <translation>有 %1 组成员可能是同一个人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="132" />
        <source>The first %1 are shown; merge some, and the rest follow.</source>
        <translation>仅显示前 %1 组；合并一部分后会显示其余的。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="164" />
        <source>added %1</source>
        <translation>添加于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="186" />
        <source>Merge “%1” into “%2”? Their %3 handles, %4 tags and %5 notes, and everything else linked to them, move to “%2”; empty fields of “%2” are filled from them; then “%1” is removed. This cannot be undone.</source>
        <translation>要将“%1”合并到“%2”吗？其 %3 个账号、%4 个标签、%5 条备注及其他所有关联内容都将移到“%2”；“%2”的空白字段会用其信息补全；随后“%1”将被移除。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="194" />
        <source>Merge members</source>
        <translation>合并成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="194" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="209" />
        <source>Merged “%1” into “%2” (%3 records moved)</source>
        <translation>已将“%1”合并到“%2”（移动了 %3 条记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/duplicates.py" line="216" />
        <source>Merging members</source>
        <translation>正在合并成员</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="31" />
        <source>Erase member for good</source>
        <translation>彻底删除成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="32" />
        <source>Erase “%1” for good?</source>
        <translation>要彻底删除“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="44" />
        <source>%1 backups made before now (the oldest from %2) still contain this member. They are protected like the database and are removed by rotation within about a year.</source>
        <translation>此前的 %1 份备份（最早一份来自 %2）中仍包含该成员。这些备份与数据库受到同等保护，并会在大约一年内随轮换被删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="48" />
        <source>Also delete those %1 backups now</source>
        <translation>同时立即删除这 %1 份备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="51" />
        <source>A fresh backup without this member is written first. Backups you copied elsewhere are not affected.</source>
        <translation>会先写入一份不含该成员的新备份。你复制到其他位置的备份不受影响。</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="62" />
        <source>To confirm, type the member's name (%1) or %2:</source>
        <translation>请输入该成员的名称（%1）或 %2 以确认：</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="67" />
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="72" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="75" />
        <source>Erase for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="95" />
        <source>1 handle</source>
        <translation>1 个账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="95" />
        <source>%1 handles</source>
        <translation>%1 个账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="96" />
        <source>1 note</source>
        <translation>1 条备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="96" />
        <source>%1 notes</source>
        <translation>%1 条备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="97" />
        <source>1 tag assignment</source>
        <translation>1 个标签关联</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="98" />
        <source>%1 tag assignments</source>
        <translation>%1 个标签关联</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="99" />
        <source>1 other linked record</source>
        <translation>1 条其他关联记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="99" />
        <source>%1 other linked records</source>
        <translation>%1 条其他关联记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="100" />
        <source>1 item in the trash</source>
        <translation>回收站中的 1 个项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="101" />
        <source>%1 items in the trash</source>
        <translation>回收站中的 %1 个项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="105" />
        <source>This deletes the profile and everything linked to it: %1.</source>
        <translation>这将删除该成员的档案及其所有关联数据：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="107" />
        <source>This deletes the profile.</source>
        <translation>这将删除该成员的档案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/erase_dialog.py" line="108" />
        <source>The freed space in the database file is overwritten. This cannot be undone.</source>
        <translation>数据库文件中释放出的空间会被覆写。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="73" />
        <location filename="../../app/ui/pages/members/export_dialog.py" line="270" />
        <source>Export notes</source>
        <translation>导出备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="79" />
        <source>Export members and their notes</source>
        <translation>导出成员及其备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="88" />
        <source>The members of a segment</source>
        <translation>某个分组的成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="89" />
        <source>The members with a tag</source>
        <translation>带有某个标签的成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="90" />
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="92" />
        <source>Segment</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="94" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="98" />
        <source>The selected member</source>
        <translation>选中的成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="99" />
        <source>The %1 selected members</source>
        <translation>选中的 %1 位成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="110" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="120" />
        <source>Who</source>
        <translation>导出范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="121" />
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="144" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="146" />
        <location filename="../../app/ui/pages/members/export_dialog.py" line="294" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="147" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="168" />
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="168" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="169" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="169" />
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="171" />
        <source>Markdown, one combined file</source>
        <translation>Markdown，合并为一个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="173" />
        <source>Markdown, one file per member</source>
        <translation>Markdown，每位成员一个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="175" />
        <source>CSV for Excel</source>
        <translation>CSV（适用于 Excel）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="176" />
        <source>PDF, one document</source>
        <translation>PDF，一个文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="177" />
        <source>PDF, one file per member</source>
        <translation>PDF，每位成员一个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="178" />
        <source>JSON, everything, for other tools</source>
        <translation>JSON，全部数据，供其他工具使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="184" />
        <source>Plain text with each member's profile at the top; the complete form, which Steward can import again.</source>
        <translation>纯文本，每位成员的档案在开头；这是最完整的格式，可以再导入 Steward。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="187" />
        <source>One row per note, opens in Excel and WPS with Chinese intact; cells that a spreadsheet would run as formulas are made harmless.</source>
        <translation>每条备注一行，用 Excel 和 WPS 打开中文不乱码；表格软件会当作公式执行的单元格已做无害处理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="190" />
        <source>A readable document to print or share, Chinese included. Emoji show as □.</source>
        <translation>便于打印或分享的文档，包含中文。表情符号显示为 □。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="192" />
        <source>Everything, with platform IDs as text, for other tools.</source>
        <translation>全部数据，平台 ID 以文本保存，供其他工具使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="238" />
        <source>Everyone (%1 members)</source>
        <translation>所有人（%1 位成员）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="251" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="261" />
        <source>Choose where to put the folder of files</source>
        <translation>选择存放文件夹的位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="264" />
        <source>Steward notes %1</source>
        <translation>Steward 备注 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="287" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="299" />
        <source>Exporting notes</source>
        <translation>正在导出备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="306" />
        <source>Exported %1 of %2 members…</source>
        <translation>已导出 %1 / %2 位成员…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="315" />
        <source>Exported %1 members to %2 files in %3</source>
        <translation>已将 %1 位成员导出为 %2 个文件，位于 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="318" />
        <source>Exported 1 member to %1</source>
        <translation>已将 1 位成员导出到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="320" />
        <source>Exported %1 members to %2</source>
        <translation>已将 %1 位成员导出到 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="325" />
        <location filename="../../app/ui/pages/members/export_dialog.py" line="339" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="330" />
        <source>The export stopped on an unexpected problem; the log has the details. Nothing was written.</source>
        <translation>导出因意外问题中止，详情已写入日志。没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="338" />
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消。没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/export_dialog.py" line="352" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>FieldConditionRow</name>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="158" />
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="158" />
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="159" />
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="159" />
        <source>is less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="160" />
        <source>is at most</source>
        <translation>不大于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="161" />
        <source>is more than</source>
        <translation>大于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="162" />
        <source>is at least</source>
        <translation>不小于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="163" />
        <source>is one of (separate with ;)</source>
        <translation>是其中之一（用 ; 分隔）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="164" />
        <source>is filled in</source>
        <translation>已填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="164" />
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="172" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="174" />
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="177" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="182" />
        <location filename="../../app/ui/pages/members/segment_editor.py" line="183" />
        <source>Remove this condition</source>
        <translation>移除此条件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="216" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="217" />
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="242" />
        <source>Choose a field for each condition.</source>
        <translation>请为每个条件选择一个字段。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="250" />
        <source>“%1”: enter at least one value.</source>
        <translation>“%1”：请至少输入一个值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="254" />
        <source>“%1”: enter a value to compare with.</source>
        <translation>“%1”：请输入要比较的值。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="105" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="107" />
        <source>A spreadsheet (CSV or Excel), a vCard file from a phone or mail app, or a Steward export. Members whose handle Steward already knows are updated, not added twice.</source>
        <translation>表格（CSV 或 Excel）、手机或邮件程序导出的 vCard 文件，或 Steward 导出的文件。Steward 已认识其账号的成员会被更新，不会重复添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="114" />
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="115" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="117" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="123" />
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="125" />
        <location filename="../../app/ui/pages/members/importing/pages.py" line="196" />
        <source>Detect from the file name</source>
        <translation>根据文件名判断</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="126" />
        <source>CSV (UTF-8, UTF-8 with BOM or GB18030)</source>
        <translation>CSV（UTF-8、带 BOM 的 UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="127" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="128" />
        <source>vCard 3.0 or 4.0 (.vcf)</source>
        <translation>vCard 3.0 或 4.0 (.vcf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="129" />
        <source>Steward Markdown export</source>
        <translation>Steward Markdown 导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="130" />
        <source>Steward JSON export</source>
        <translation>Steward JSON 导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="144" />
        <source>Steward reads:
•  CSV in UTF-8, UTF-8 with BOM or GB18030 (what Excel and WPS write on Chinese systems); the encoding is found for you
•  Excel workbooks (.xlsx): the first sheet
•  vCard 3.0 and 4.0 (.vcf), from phones, Outlook, Gmail or Apple Contacts
•  Steward's own Markdown, CSV and JSON exports, read back exactly

Nothing is saved until the whole file has been read; you check the columns first.</source>
        <translation>Steward 可以读取：
•  UTF-8、带 BOM 的 UTF-8 或 GB18030 编码的 CSV（中文系统上 Excel 和 WPS 保存的格式），编码会自动识别
•  Excel 工作簿 (.xlsx)：第一个工作表
•  vCard 3.0 和 4.0 (.vcf)，来自手机、Outlook、Gmail 或苹果通讯录
•  Steward 自己导出的 Markdown、CSV 和 JSON，原样读回

整个文件读完之前不会保存任何内容；你会先核对各列。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="162" />
        <source>WeChat has no export. Download the CSV template, fill it in with Excel or WPS (one member per row; the headers are in English and Chinese), then import it here.</source>
        <translation>微信没有导出功能。请下载 CSV 模板，用 Excel 或 WPS 填写（每行一位成员，表头为中英双语），然后在这里导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="165" />
        <source>Download CSV template…</source>
        <translation>下载 CSV 模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="192" />
        <source>Detect from the file name (%1)</source>
        <translation>根据文件名判断（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="201" />
        <source>Import members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="202" />
        <source>Member files (%1)</source>
        <translation>成员文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="203" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="220" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="236" />
        <source>If the file's name does not say what it holds, choose its format above and try again.</source>
        <translation>如果文件名与内容不符，请在上方选择它的格式后重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="238" />
        <source>Steward cannot import this file</source>
        <translation>Steward 无法导入这个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="240" />
        <source>An unexpected problem stopped the reading; the log has the details.</source>
        <translation>读取因意外问题中止，详情已写入日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="245" />
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="255" />
        <source>Save the members template</source>
        <translation>保存成员模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="257" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="263" />
        <source>Saved the template to %1. Fill it in, then choose it above.</source>
        <translation>模板已保存到 %1。填写后，在上方选择它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="269" />
        <source>The template was not saved</source>
        <translation>模板没有保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="272" />
        <source>Saving the template</source>
        <translation>正在保存模板</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="39" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="44" />
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>GuiController</name>
    <message>
        <location filename="../../app/gui.py" line="197" />
        <location filename="../../app/gui.py" line="264" />
        <source>Restoring a backup</source>
        <translation>正在从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="219" />
        <source>The recovery did not finish; details are in the log.</source>
        <translation>恢复未完成，详细信息请查看日志。</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="243" />
        <location filename="../../app/gui.py" line="250" />
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="262" />
        <source>Restored the backup. The previous state was backed up first.</source>
        <translation>已从备份恢复。恢复前的状态已先行备份。</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="271" />
        <source>Re-encrypted the database, its backups and attachments under a new key.</source>
        <translation>已使用新密钥重新加密数据库、其备份和附件。</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="274" />
        <source>Re-encrypting with a new key</source>
        <translation>正在使用新密钥重新加密</translation>
    </message>
</context>
<context>
    <name>HandleRow</name>
    <message>
        <location filename="../../app/ui/pages/members/profile/handles_editor.py" line="39" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/handles_editor.py" line="41" />
        <source>Handle, number or address</source>
        <translation>账号、号码或地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/handles_editor.py" line="42" />
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/handles_editor.py" line="44" />
        <source>User ID (optional)</source>
        <translation>用户 ID（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/handles_editor.py" line="46" />
        <source>The platform's own numeric user ID, if you know it (Telegram and Discord show it in developer mode). It stays exact, whatever its length.</source>
        <translation>平台自己的数字用户 ID，如果你知道的话（Telegram 和 Discord 在开发者模式下可以看到）。无论多长都会原样保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/handles_editor.py" line="48" />
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/handles_editor.py" line="52" />
        <location filename="../../app/ui/pages/members/profile/handles_editor.py" line="53" />
        <source>Remove this handle</source>
        <translation>移除这个账号</translation>
    </message>
</context>
<context>
    <name>HandlesEditor</name>
    <message>
        <location filename="../../app/ui/pages/members/profile/handles_editor.py" line="87" />
        <source>Add a handle</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/handles_editor.py" line="88" />
        <source>Add an account on another platform</source>
        <translation>添加另一个平台上的账号</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/pages/members/import_wizard.py" line="35" />
        <source>Import members</source>
        <translation>导入成员</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../app/ui/pages/insights/page.py" line="11" />
        <source>Insights</source>
        <translation>数据洞察</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/insights/page.py" line="12" />
        <source>Growth and activity, drawn from your chat exports</source>
        <translation>根据聊天记录分析增长与活跃度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/insights/page.py" line="13" />
        <source>Charts of growth, active members, messages and retention arrive in a coming version of Steward, fed by imported chat exports.</source>
        <translation>成员增长、活跃成员、消息量和留存等图表将在 Steward 的后续版本中提供，数据来自导入的聊天记录。</translation>
    </message>
</context>
<context>
    <name>KeyDialogs</name>
    <message>
        <location filename="../../app/ui/unlock/key_dialogs.py" line="59" />
        <location filename="../../app/ui/unlock/key_dialogs.py" line="70" />
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/key_dialogs.py" line="60" />
        <source>Your data is open. Store its key in the system keyring (%1) again, so that Steward opens without the recovery key next time?</source>
        <translation>数据已打开。要将密钥重新存入系统钥匙串（%1），以便下次启动 Steward 时无需输入恢复密钥吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/key_dialogs.py" line="71" />
        <source>The system keyring changed since Steward last ran.

Before: %1
Now: %2

If the new keyring does not have the key, Steward asks for your recovery key.</source>
        <translation>自 Steward 上次运行以来，系统钥匙串已发生变化。

之前：%1
现在：%2

如果新的钥匙串中没有该密钥，Steward 会要求你输入恢复密钥。</translation>
    </message>
</context>
<context>
    <name>KeyTexts</name>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="15" />
        <source>The keyring that is set up stores secrets unsafely (in a plain file or behind a prompt you cannot see), so Steward will not use it.</source>
        <translation>当前配置的钥匙串以不安全的方式保存机密信息（存放在明文文件中，或依赖你看不到的提示框），因此 Steward 不会使用它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="18" />
        <source>No system keyring is available on this computer. Install or start one (for example GNOME Keyring or KWallet) to use it.</source>
        <translation>这台电脑上没有可用的系统钥匙串。请先安装或启动一个（例如 GNOME Keyring 或 KWallet）再使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="21" />
        <source>No system keyring is available: the keyring library found nothing to store secrets in, and would silently drop the key.</source>
        <translation>没有可用的系统钥匙串：keyring 库找不到可以保存机密信息的地方，密钥会被悄无声息地丢弃。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="24" />
        <source>The keyring is configured to throw away everything stored in it.</source>
        <translation>该钥匙串被配置为丢弃存入的所有内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="26" />
        <source>The system keyring accepted a test value and then lost it.</source>
        <translation>系统钥匙串接受了一个测试值，随后却将其丢失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="28" />
        <source>The system keyring is locked. Unlock it (for example by logging in to your desktop's keyring), then try again.</source>
        <translation>系统钥匙串已锁定。请先解锁（例如登录桌面环境的钥匙串），然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="31" />
        <source>The system keyring asked for permission and the request was cancelled, or its prompt could not be shown.</source>
        <translation>系统钥匙串请求授权时请求被取消，或其提示框无法显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="34" />
        <source>The system keyring is not reachable. Is its service running?</source>
        <translation>无法连接系统钥匙串。它的服务是否正在运行？</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="35" />
        <source>The system keyring refused to store a value.</source>
        <translation>系统钥匙串拒绝存入数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="36" />
        <source>The system keyring failed to read a value.</source>
        <translation>系统钥匙串读取数据失败。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="38" />
        <source>The system keyring failed to delete a test value.</source>
        <translation>系统钥匙串删除测试值失败。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="40" />
        <source>The system keyring returned a different value from the one it was given.</source>
        <translation>系统钥匙串返回的值与存入的值不一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="47" />
        <source>The key that opens your data is not in this computer's keyring (a new computer, or a keychain that was reset). Enter your recovery key to open it.</source>
        <translation>用于打开数据的密钥不在这台电脑的钥匙串中（可能是换了新电脑，或钥匙串已被重置）。请输入恢复密钥以打开数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="50" />
        <source>The key store returned a key that does not open this data folder. Enter your recovery key to open it.</source>
        <translation>密钥存储返回的密钥无法打开此数据文件夹。请输入恢复密钥以打开数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="53" />
        <source>This data folder's database is encrypted, but the file that says where its key is kept (encryption.json) is missing. Enter the recovery key to open it.</source>
        <translation>此数据文件夹中的数据库已加密，但记录密钥存放位置的文件（encryption.json）缺失。请输入恢复密钥以打开数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="56" />
        <source>The key is kept in the keyring, which cannot be used now. Enter your recovery key; you will then choose a passphrase to protect it.</source>
        <translation>密钥保存在钥匙串中，但钥匙串目前无法使用。请输入恢复密钥，之后你需要设置一个密码短语来保护密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="59" />
        <source>Enter your recovery key; you will then choose a new passphrase.</source>
        <translation>请输入恢复密钥，之后你需要设置新的密码短语。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="66" />
        <source>A recovery key has 14 groups of 4 letters and digits.</source>
        <translation>恢复密钥共 14 组，每组由 4 个字母或数字组成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="68" />
        <source>There is a typo in the recovery key: compare each group with your saved copy.</source>
        <translation>恢复密钥中有输入错误：请将每一组与你保存的副本逐一核对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/texts.py" line="70" />
        <source>This is a valid recovery key, but not the one for this data folder.</source>
        <translation>这是一个有效的恢复密钥，但不属于此数据文件夹。</translation>
    </message>
</context>
<context>
    <name>KeyringProblemDialog</name>
    <message>
        <location filename="../../app/ui/unlock/keyring_problem.py" line="17" />
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/keyring_problem.py" line="17" />
        <source>The system keyring cannot be used</source>
        <translation>无法使用系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/keyring_problem.py" line="22" />
        <source>This data folder's key is kept in the keyring. To open it without the keyring, choose a passphrase: you will enter your recovery key once, then the passphrase at each start.</source>
        <translation>此数据文件夹的密钥保存在钥匙串中。如需在不使用钥匙串的情况下打开，请设置一个密码短语：你只需输入一次恢复密钥，之后每次启动时输入密码短语即可。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/keyring_problem.py" line="27" />
        <source>Steward keeps the key that encrypts your data in the system keyring. Instead, it can protect the key with a passphrase that you type each time Steward starts. Steward never stores the key unprotected.</source>
        <translation>Steward 通常将加密数据所用的密钥保存在系统钥匙串中。也可以改用密码短语来保护密钥，每次启动 Steward 时输入。Steward 绝不会在无保护的情况下保存密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/keyring_problem.py" line="33" />
        <source>Keyring backend: %1</source>
        <translation>钥匙串后端：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/keyring_problem.py" line="38" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/keyring_problem.py" line="39" />
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/keyring_problem.py" line="41" />
        <source>Use a passphrase</source>
        <translation>使用密码短语</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>&amp;New member…</source>
        <translation>新建成员(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>Create a &amp;demo community</source>
        <translation>创建示例社群(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176" />
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203" />
        <source>&amp;Quick open…</source>
        <translation>快速打开(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209" />
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233" />
        <source>Toggle &amp;sidebar</source>
        <translation>显示/隐藏侧边栏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240" />
        <source>&amp;About Steward</source>
        <translation>关于 Steward(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281" />
        <location filename="../../app/ui/main_window.py" line="359" />
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285" />
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289" />
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290" />
        <source>Read-only: changes cannot be saved.</source>
        <translation>只读：无法保存更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292" />
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="338" />
        <source>Nothing to undo on this page</source>
        <translation>此页面没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Created a demo community of %1 members</source>
        <translation>已创建包含 %1 位成员的示例社群</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="375" />
        <source>Creating demo members</source>
        <translation>正在创建示例成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382" />
        <source>Healthy: integrity ok, schema %1, %2 members</source>
        <translation>状态良好：完整性正常，结构版本 %1，共 %2 位成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="386" />
        <source>Problems found: %1</source>
        <translation>发现问题：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="392" />
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="396" />
        <source>About Steward</source>
        <translation>关于 Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="397" />
        <source>Steward %1
A desktop community manager for solo operators.

Data folder: %2</source>
        <translation>Steward %1
为独立社群运营者打造的桌面社群管理工具。

数据文件夹：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="402" />
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="403" />
        <source>Steward hit an unexpected problem while working on “%1”. Your data is safe. Details were written to the log in %2.</source>
        <translation>Steward 在处理“%1”时遇到意外问题。你的数据是安全的。详细信息已写入 %2 中的日志。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="279" />
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="289" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="306" />
        <source>The first rows, as they will be imported</source>
        <translation>前几行导入后的样子</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="310" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="315" />
        <source>Reading the first rows…</source>
        <translation>正在读取前几行…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="332" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="336" />
        <source>Each column of %1 goes to the member field shown. Steward recognised the usual headers in English and Chinese; change any that it got wrong.</source>
        <translation>%1 的每一列会导入到所示的成员字段。Steward 已识别常见的中英文表头；如有不对，请修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="346" />
        <location filename="../../app/ui/pages/members/importing/pages.py" line="366" />
        <source>%1 of %2 columns will be imported.</source>
        <translation>将导入 %2 列中的 %1 列。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="350" />
        <source>A %1 file names its own fields; these are the first members it holds.</source>
        <translation>%1 文件自带字段名；以下是其中的前几位成员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="354" />
        <source>About %1 members in %2.</source>
        <translation>%2 中约有 %1 位成员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="380" />
        <source>No column is imported as Name or as a handle, so no row could be used. Choose “Name” for the column with the members' names.</source>
        <translation>没有任何列导入为“名称”或账号，因此没有一行可用。请为包含成员名字的列选择“名称”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="425" />
        <source>The first rows could not be read; the log has the details.</source>
        <translation>无法读取前几行，详情已写入日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="427" />
        <source>Reading the first rows</source>
        <translation>正在读取前几行</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../app/ui/widgets/markdown_editor.py" line="45" />
        <source>Write</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/markdown_editor.py" line="46" />
        <location filename="../../app/ui/widgets/markdown_editor.py" line="69" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/markdown_editor.py" line="47" />
        <source>Preview (Ctrl+Shift+P)</source>
        <translation>预览 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/markdown_editor.py" line="54" />
        <source>Insert template</source>
        <translation>插入模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/markdown_editor.py" line="64" />
        <source>Write in Markdown: **bold**, *italic*, - lists, # headings, [links](https://…)</source>
        <translation>使用 Markdown 书写：**粗体**、*斜体*、- 列表、# 标题、[链接](https://…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/markdown_editor.py" line="65" />
        <source>Note text</source>
        <translation>备注内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/markdown_editor.py" line="84" />
        <source>Toggle preview</source>
        <translation>切换预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/markdown_editor.py" line="121" />
        <source>Loading %1 characters…</source>
        <translation>正在载入 %1 个字符…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/markdown_editor.py" line="163" />
        <source>No templates yet</source>
        <translation>还没有模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/markdown_editor.py" line="166" />
        <source>Manage templates…</source>
        <translation>管理模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/markdown_editor.py" line="199" />
        <source>This note has %1 characters; the preview shows notes of up to %2 characters. It is saved as written.</source>
        <translation>这条备注有 %1 个字符；预览只显示不超过 %2 个字符的备注。保存时会按原文保存。</translation>
    </message>
</context>
<context>
    <name>MemberDataActions</name>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="45" />
        <source>Move to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="48" />
        <source>Export member data…</source>
        <translation>导出成员数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="49" />
        <source>Anonymise…</source>
        <translation>匿名化…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="50" />
        <source>Erase for good…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="72" />
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="90" />
        <source>Moved “%1” to the trash</source>
        <translation>已将“%1”移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="92" />
        <source>Moved %1 members to the trash</source>
        <translation>已将 %1 位成员移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="101" />
        <source>Moving to the trash</source>
        <translation>正在移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="109" />
        <source>Restored 1 member</source>
        <translation>已还原 1 位成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="110" />
        <source>Restored %1 members</source>
        <translation>已还原 %1 位成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="113" />
        <source>Undoing the delete</source>
        <translation>正在撤销删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="126" />
        <source>Export everything about this member</source>
        <translation>导出该成员的全部数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="127" />
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="134" />
        <source>Exported %1 records to %2. The file is not encrypted: hand it over safely, then delete it.</source>
        <translation>已将 %1 条记录导出到 %2。该文件未加密：请以安全的方式交付，然后将其删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="139" />
        <source>Exporting member data</source>
        <translation>正在导出成员数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="155" />
        <location filename="../../app/ui/pages/members/data_actions.py" line="169" />
        <source>Anonymous member %1</source>
        <translation>匿名成员 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="157" />
        <source>Anonymise “%1”? Their name, other names, location, time zone and interests are cleared, and their %2 handles and %3 notes are deleted for good, together with their items in the trash. Their tags, status, join date and linked records such as cases and points are kept, under the name “%4”, so statistics stay right. This cannot be undone; backups made earlier still hold the original data until they rotate out.</source>
        <translation>要匿名化“%1”吗？其名称、其他名称、所在地、时区和兴趣将被清空，其 %2 个账号、%3 条备注以及回收站中的相关项目将被彻底删除。其标签、状态、入群日期以及案件、积分等关联记录会以“%4”的名义保留，以确保统计数据准确。此操作无法撤销；此前的备份在轮换删除前仍保留原始数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="165" />
        <source>Anonymise member</source>
        <translation>匿名化成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="166" />
        <source>Anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="173" />
        <source>Anonymised member %1</source>
        <translation>已匿名化成员 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="176" />
        <source>Anonymising</source>
        <translation>正在匿名化</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="189" />
        <source>Erased member %1 for good</source>
        <translation>已彻底删除成员 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="191" />
        <source>and removed %1 older backups</source>
        <translation>并删除了 %1 份较早的备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="198" />
        <source>Erasing</source>
        <translation>正在彻底删除</translation>
    </message>
</context>
<context>
    <name>MemberHistoryModel</name>
    <message>
        <location filename="../../app/ui/models/profile_lists.py" line="18" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/profile_lists.py" line="18" />
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="52" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="53" />
        <source>Handles</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="54" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="55" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="56" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="57" />
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="58" />
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="59" />
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="60" />
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="67" />
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="67" />
        <source>Muted</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="67" />
        <source>Left</source>
        <translation>已退群</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="68" />
        <source>Removed</source>
        <translation>已移出群聊</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="68" />
        <source>Banned</source>
        <translation>已封禁</translation>
    </message>
</context>
<context>
    <name>MemberTexts</name>
    <message>
        <location filename="../../app/ui/member_texts.py" line="15" />
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="15" />
        <source>Muted</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="16" />
        <source>Left</source>
        <translation>已退群</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="16" />
        <source>Removed</source>
        <translation>已移出群聊</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="17" />
        <source>Banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="24" />
        <source>member</source>
        <comment>a member's role</comment>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="25" />
        <source>moderator</source>
        <comment>a member's role</comment>
        <translation>版主</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="26" />
        <source>speaker</source>
        <comment>a member's role</comment>
        <translation>讲师</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="41" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="41" />
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="42" />
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="42" />
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="43" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="43" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="44" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="44" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="51" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="51" />
        <source>Other names</source>
        <translation>其他名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="52" />
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="52" />
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="53" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="53" />
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="54" />
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="54" />
        <source>Handles</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="55" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="55" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="55" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="56" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="64" />
        <source>Added (demo community)</source>
        <translation>已添加（示例社群）</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="65" />
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="67" />
        <source>Status changed from %1 to %2</source>
        <translation>状态从%1改为%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="71" />
        <source>Role changed from %1 to %2</source>
        <translation>角色从%1改为%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="77" />
        <source>Edited: %1</source>
        <translation>已编辑：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="78" />
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="80" />
        <source>Merged with “%1” (#%2)</source>
        <translation>已与“%1”（#%2）合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="87" />
        <source>Updated from %1: %2</source>
        <translation>通过 %1 更新：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_texts.py" line="89" />
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="96" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="143" />
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="144" />
        <source>Add a member (Ctrl+N)</source>
        <translation>添加成员（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="146" />
        <source>Import members…</source>
        <translation>导入成员…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="147" />
        <source>Export notes…</source>
        <translation>导出备注…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="148" />
        <source>Find duplicates…</source>
        <translation>查找重复成员…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="149" />
        <source>Manage tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="151" />
        <source>Download CSV template…</source>
        <translation>下载 CSV 模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="153" />
        <source>New segment…</source>
        <translation>新建分组…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="154" />
        <source>Edit segment…</source>
        <translation>编辑分组…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="156" />
        <source>Tag members</source>
        <translation>为成员添加标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="158" />
        <source>Tag the selection…</source>
        <translation>为所选成员添加标签…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="163" />
        <source>Choose columns…</source>
        <translation>选择列…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="169" />
        <source>Search names, handles, tags and notes (Ctrl+F) · Quick open: Ctrl+K</source>
        <translation>搜索名称、账号、标签和备注（Ctrl+F）· 快速打开：Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="172" />
        <source>Search members</source>
        <translation>搜索成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="188" />
        <source>Edit segment</source>
        <translation>编辑分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="190" />
        <location filename="../../app/ui/pages/members/page.py" line="373" />
        <source>Show everyone</source>
        <translation>显示全部成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="204" />
        <source>Member list</source>
        <translation>成员列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="217" />
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="228" />
        <source>No members yet</source>
        <translation>还没有成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="229" />
        <source>Members you add or import appear here, with their handles on every platform, tags and notes.</source>
        <translation>你添加或导入的成员会显示在这里，包括他们在各平台的账号、标签和备注。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="231" />
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="234" />
        <source>Import a CSV or vCard</source>
        <translation>导入 CSV 或 vCard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="235" />
        <source>Create a demo community</source>
        <translation>创建示例社群</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="236" />
        <location filename="../../app/ui/pages/members/page.py" line="468" />
        <source>No matching members</source>
        <translation>没有匹配的成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="237" />
        <source>Try a shorter search, or another spelling.</source>
        <translation>试试更短的关键词，或换一种写法。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="238" />
        <location filename="../../app/ui/pages/members/page.py" line="473" />
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="369" />
        <source>No members match these filters</source>
        <translation>没有符合这些筛选条件的成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="370" />
        <source>No one carries all the chosen tags in this segment. Remove a tag chip, or show everyone.</source>
        <translation>此分组中没有成员同时拥有所选的全部标签。请移除一个标签，或显示全部成员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="378" />
        <source>%1 matching</source>
        <translation>找到 %1 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="383" />
        <source>%1 members</source>
        <translation>%1 位成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="469" />
        <source>Nothing in names, handles, tags, fields or notes matches “%1”. Try a shorter search, or another spelling.</source>
        <translation>名称、账号、标签、字段和备注中都没有与“%1”匹配的内容。试试更短的关键词，或换一种写法。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="475" />
        <source>No results</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="482" />
        <source>Best %1 matches, best first</source>
        <translation>最匹配的 %1 条结果，按匹配度排序</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="483" />
        <source>%1 results, best first</source>
        <translation>%1 条结果，按匹配度排序</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="515" />
        <source>Segment</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="518" />
        <source>Segment: %1</source>
        <translation>分组：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="555" />
        <source>Segment saved</source>
        <translation>分组已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="558" />
        <source>Deleted the segment “%1”</source>
        <translation>已删除分组“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="567" />
        <location filename="../../app/ui/pages/members/page.py" line="748" />
        <source>Undoing</source>
        <translation>正在撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="576" />
        <source>Rename segment</source>
        <translation>重命名分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="576" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="675" />
        <source>Added “%1”</source>
        <translation>已添加“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="683" />
        <source>Adding a member</source>
        <translation>正在添加成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="692" />
        <source>Importing members</source>
        <translation>正在导入成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="712" />
        <source>Exporting notes</source>
        <translation>正在导出备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="719" />
        <source>%1 is not available in this build yet.</source>
        <translation>此版本暂不支持%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="740" />
        <source>Deleted the tag “%1”</source>
        <translation>已删除标签“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="747" />
        <source>Restored the tag “%1”</source>
        <translation>已恢复标签“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="753" />
        <source>Save the members template</source>
        <translation>保存成员模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="754" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="759" />
        <source>Saved the template to %1: one member per row, then Import members</source>
        <translation>模板已保存到 %1：每行填写一位成员，然后使用“导入成员”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="761" />
        <source>Saving the template</source>
        <translation>正在保存模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="815" />
        <location filename="../../app/ui/pages/members/page.py" line="846" />
        <source>Select members first, or open a segment</source>
        <translation>请先选择成员，或打开一个分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="824" />
        <source>Everyone in “%1” (%2)</source>
        <translation>“%1”中的全部成员（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="827" />
        <source>Everyone in this list (%1)</source>
        <translation>此列表中的全部成员（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="828" />
        <source>1 selected member</source>
        <translation>1 位所选成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="829" />
        <source>%1 selected members</source>
        <translation>%1 位所选成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="833" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="860" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="868" />
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="9" />
        <source>"format" and "version" must come before "members"</source>
        <translation>"format" 和 "version" 必须位于 "members" 之前</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="10" />
        <source>"pinned" must be true or false</source>
        <translation>"pinned" 必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="11" />
        <source>"{platform_id}" is not a numeric ID (digits only).</source>
        <translation>“{platform_id}”不是数字 ID（只能包含数字）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="12" />
        <source>"{zone}" is not an IANA time zone; use a name like Asia/Shanghai or Europe/London.</source>
        <translation>“{zone}”不是 IANA 时区；请使用 Asia/Shanghai 或 Europe/London 这样的名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="13" />
        <source>--map applies to CSV and XLSX files only; a {format} file names its own fields.</source>
        <translation>--map 只适用于 CSV 和 XLSX 文件；{format} 文件自带字段名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="14" />
        <source>--map {column}={target}: {reason}.</source>
        <translation>--map {column}={target}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="15" />
        <source>A passphrase is already in use; change it instead.</source>
        <translation>已在使用密码短语；如需更换，请修改密码短语。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="16" />
        <source>Attachments can be at most {limit} bytes.</source>
        <translation>附件最大为 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="17" />
        <source>Backup settings not saved: {problems}.</source>
        <translation>备份设置未保存：{problems}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="18" />
        <source>Bundled font {path} is missing; reinstall Steward.</source>
        <translation>缺少内置字体 {path}，请重新安装 Steward。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="19" />
        <source>Cannot read a saved segment: {reason}. Edit and save it again.</source>
        <translation>无法读取已保存的分组：{reason}。请编辑后重新保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="20" />
        <source>Cannot read {path}: {why}.</source>
        <translation>无法读取 {path}：{why}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="21" />
        <source>Cannot restore {path}: {problem}. Nothing was changed.</source>
        <translation>无法恢复 {path}：{problem}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="22" />
        <source>Cannot restore {path}: {problem}. The current database was not changed.</source>
        <translation>无法恢复 {path}：{problem}。当前数据库未被更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="23" />
        <source>Cannot use the data folder {folder}: {reason}. Free some disk space or fix the folder's permissions, or choose another folder with --data-dir; to look at the data without changing it, add --read-only.</source>
        <translation>无法使用数据文件夹 {folder}：{reason}。请释放一些磁盘空间或修正该文件夹的权限，或用 --data-dir 选择另一个文件夹；如只想查看数据而不做更改，请加上 --read-only。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="24" />
        <source>Cannot write the attachment into {folder}: {why}. Free some disk space.</source>
        <translation>无法将附件写入 {folder}：{why}。请释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="25" />
        <source>Cannot write {path}: the folder {parent} does not exist. Create it or choose another place.</source>
        <translation>无法写入 {path}：文件夹 {parent} 不存在。请先创建该文件夹，或选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="26" />
        <source>Cannot write {path}: {reason}. {advice}</source>
        <translation>无法写入 {path}：{reason}。{advice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="27" />
        <source>Cannot write {path}: {why}. Free some disk space or fix the folder's permissions; nothing was changed.</source>
        <translation>无法写入 {path}：{why}。请释放一些磁盘空间或修正文件夹权限；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="28" />
        <source>Check that the previous card ends with END:VCARD</source>
        <translation>请检查上一张名片是否以 END:VCARD 结尾</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="29" />
        <source>Check that you chose a vCard (.vcf) file</source>
        <translation>请确认选择的是 vCard（.vcf）文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="30" />
        <source>Check that you chose the right file; export the list again as CSV</source>
        <translation>请确认选择了正确的文件；将名单重新导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="31" />
        <source>Choose a folder you can write to, then export again.</source>
        <translation>请选择一个有写入权限的文件夹，然后重新导出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="32" />
        <source>Choose another place to save it, then export again.</source>
        <translation>请选择其他保存位置，然后重新导出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="33" />
        <source>Choose the folder a Steward Markdown export wrote</source>
        <translation>请选择 Steward 导出 Markdown 时生成的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="34" />
        <source>Could not encrypt {name}: {why}. The original is unchanged.</source>
        <translation>无法加密 {name}：{why}。原文件未作改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="35" />
        <source>Could not read {path}: {why}. Nothing was changed.</source>
        <translation>无法读取 {path}：{why}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="36" />
        <source>Could not write the backup {dest}: {why}. Free some disk space or choose another folder; the database itself is unchanged.</source>
        <translation>无法写入备份 {dest}：{why}。请释放一些磁盘空间或选择其他文件夹；数据库本身未作改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="37" />
        <source>Could not write {path}: {why}. Choose another folder or free some space.</source>
        <translation>无法写入 {path}：{why}。请选择其他文件夹或释放一些空间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="38" />
        <source>Could not write {path}: {why}. Free some disk space; the original is unchanged.</source>
        <translation>无法写入 {path}：{why}。请释放一些磁盘空间；原文件未作改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="39" />
        <source>Custom field #{ident} no longer exists; reopen the profile and try again.</source>
        <translation>自定义字段 #{ident} 已不存在；请重新打开资料后再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="40" />
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="41" />
        <source>END:VCARD without a BEGIN:VCARD</source>
        <translation>有 END:VCARD 但没有对应的 BEGIN:VCARD</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="42" />
        <source>Every property must lie between BEGIN:VCARD and END:VCARD</source>
        <translation>每个属性都必须位于 BEGIN:VCARD 和 END:VCARD 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="43" />
        <source>Export the contacts again as UTF-8 vCard</source>
        <translation>请将联系人重新导出为 UTF-8 编码的 vCard</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="44" />
        <source>Export the contacts again as vCard</source>
        <translation>请将联系人重新导出为 vCard</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="45" />
        <source>Export the contacts again as vCard (.vcf)</source>
        <translation>请将联系人重新导出为 vCard（.vcf）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="46" />
        <source>Export the contacts again, or remove this property from the card</source>
        <translation>请重新导出联系人，或从名片中删除此属性</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="47" />
        <source>Export the members again from Steward, or fix this value in the file</source>
        <translation>请从 Steward 重新导出成员，或在文件中修正此值</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="48" />
        <source>Exporting a segment needs the segments feature; export with --tag or --member instead.</source>
        <translation>导出分组需要分组功能；请改用 --tag 或 --member 导出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="49" />
        <source>Exporting members</source>
        <translation>正在导出成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="50" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="51" />
        <source>Field "{field}": at most {limit} choices, not {count}.</source>
        <translation>字段“{field}”：最多 {limit} 个选项，当前为 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="52" />
        <source>Field "{field}": {reason}.</source>
        <translation>字段“{field}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="53" />
        <source>Field "{name}": a choice field needs at least one choice.</source>
        <translation>字段“{name}”：选项字段至少需要一个选项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="54" />
        <source>Field "{name}": keep at least one choice.</source>
        <translation>字段“{name}”：请至少保留一个选项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="55" />
        <source>Field "{name}": {count} members have a value that is not among the new choices; change them first.</source>
        <translation>字段“{name}”：有 {count} 位成员的值不在新的选项中；请先修改这些值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="56" />
        <source>Field name</source>
        <translation>字段名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="57" />
        <source>Field name: "{name}" already exists.</source>
        <translation>字段名称：“{name}”已存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="58" />
        <source>Free some disk space or choose another folder, then export again.</source>
        <translation>请释放一些磁盘空间或选择其他文件夹，然后重新导出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="59" />
        <source>Handles</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="60" />
        <source>If it is really a CSV file, import it as CSV (the format choice, or --format csv); otherwise save it from Excel as .xlsx</source>
        <translation>如果它其实是 CSV 文件，请按 CSV 导入（在“格式”中选择，或使用 --format csv）；否则请用 Excel 另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="61" />
        <source>Importing members</source>
        <translation>正在导入成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="62" />
        <source>Install the newer Steward to import it</source>
        <translation>请安装较新版本的 Steward 后再导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="63" />
        <source>Install the newer Steward to open it; this version will not change it.</source>
        <translation>请安装较新版本的 Steward 来打开它；当前版本不会更改它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="64" />
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="65" />
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="66" />
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="67" />
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="68" />
        <source>Member {id} was not erased: the confirmation must be the member's name exactly, or ERASE.</source>
        <translation>成员 {id} 未被彻底删除：确认内容必须与成员名称完全一致，或为 ERASE。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="69" />
        <source>Merge tags: choose two different tags.</source>
        <translation>合并标签：请选择两个不同的标签。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="70" />
        <source>Merge: choose two different members.</source>
        <translation>合并：请选择两位不同的成员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="71" />
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="72" />
        <source>No backup of {path} could be verified with this database's key; nothing was changed.</source>
        <translation>{path} 的备份都无法用此数据库的密钥验证；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="73" />
        <source>No member with id {listed}; check the ids (the member list shows them) and try again.</source>
        <translation>没有 ID 为 {listed} 的成员；请检查 ID（成员列表中会显示）后重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="74" />
        <source>No passphrase is in use.</source>
        <translation>当前未使用密码短语。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="75" />
        <source>No system keyring is available (keyring chose its 'fail' backend). Install or start one, for example GNOME Keyring or KWallet.</source>
        <translation>没有可用的系统钥匙串（keyring 选择了其 'fail' 后端）。请安装或启动一个，例如 GNOME Keyring 或 KWallet。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="76" />
        <source>No system keyring is available: keyring's chainer backend has nothing to chain, so it would silently drop the key.</source>
        <translation>没有可用的系统钥匙串：keyring 的 chainer 后端没有可串联的后端，会悄无声息地丢弃密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="77" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="78" />
        <source>Note version</source>
        <translation>备注版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="79" />
        <source>Note: write something first (the note is empty).</source>
        <translation>备注：请先输入内容（备注为空）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="80" />
        <source>Note: {count} characters is more than Steward keeps in one note ({limit}); split it or attach it as a file.</source>
        <translation>备注：{count} 个字符超过了 Steward 单条备注的上限（{limit}）；请拆分，或作为文件附加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="81" />
        <source>One file per member is available for Markdown and PDF, not {format}; leave out --per-member.</source>
        <translation>每位成员一个文件仅适用于 Markdown 和 PDF，不适用于 {format}；请去掉 --per-member。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="82" />
        <source>Only Steward's own Markdown export can be imported; for other lists use CSV or XLSX</source>
        <translation>只能导入 Steward 自己导出的 Markdown；其他名单请使用 CSV 或 XLSX</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="83" />
        <source>Open it in Excel and save it again as .xlsx</source>
        <translation>请用 Excel 打开，重新另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="84" />
        <source>Open it in Excel or a text editor and save it as "CSV UTF-8", then import it again</source>
        <translation>请用 Excel 或文本编辑器打开它，另存为“CSV UTF-8”，然后重新导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="85" />
        <source>Open it in Excel, remove any password and save it as .xlsx (or CSV UTF-8)</source>
        <translation>请用 Excel 打开，去掉密码后另存为 .xlsx（或 CSV UTF-8）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="86" />
        <source>Other names</source>
        <translation>其他名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="87" />
        <source>Put the column names in the first row</source>
        <translation>请在第一行填写列名</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="88" />
        <source>Put the column names in the first row of the first sheet</source>
        <translation>请在第一个工作表的第一行填写列名</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="89" />
        <source>Put the whole value in double quotes and write a quote inside it twice (""), or save the file again from Excel</source>
        <translation>请用双引号把整个值括起来，值内的双引号写两次（""），或用 Excel 重新保存该文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="90" />
        <source>Reading or writing {path} failed ({detail}); the disk may be failing or was removed. Nothing was changed by the failed step. Copy the data folder to another disk, or restore the newest backup, and open it with --data-dir.</source>
        <translation>读写 {path} 失败（{detail}）；磁盘可能出现故障或已被移除。失败的这一步没有做任何更改。请将数据文件夹复制到其他磁盘，或恢复最新的备份，然后用 --data-dir 打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="91" />
        <source>Remove the stray line or restore the start of the card</source>
        <translation>请删除多余的这一行，或补回名片的开头</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="92" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="93" />
        <source>Role: "{name}" is already in the list.</source>
        <translation>角色：“{name}”已在列表中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="94" />
        <source>Role: choose another role for the members of "{name}".</source>
        <translation>角色：请为“{name}”的成员选择另一个角色。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="95" />
        <source>Run `steward recover` (or open the Steward window) to set it aside and restore the newest backup that verifies; Steward has not changed it.</source>
        <translation>请运行 `steward recover`（或打开 Steward 窗口），将它移到一旁并恢复最新的、通过校验的备份；Steward 没有更改它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="96" />
        <source>Run `steward recover` (or open the Steward window) to set it aside and restore the newest backup that verifies; Steward has not changed the file.</source>
        <translation>请运行 `steward recover`（或打开 Steward 窗口），将它移到一旁并恢复最新的、通过校验的备份；Steward 没有更改该文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="97" />
        <source>Run `steward recover` (or open the Steward window) to set the log aside; the database file itself has not been changed.</source>
        <translation>请运行 `steward recover`（或打开 Steward 窗口）将该日志移到一旁；数据库文件本身没有被更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="98" />
        <source>SQLite {version} is too old for Steward's search (3.34 or newer is needed)</source>
        <translation>SQLite {version} 版本过旧，无法支持 Steward 的搜索（需要 3.34 或更高版本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="99" />
        <source>SQLite {version} is too old for Steward's search (3.34+ needed)</source>
        <translation>SQLite {version} 版本过旧，无法支持 Steward 的搜索（需要 3.34 及以上版本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="100" />
        <source>Segment</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="101" />
        <source>Segment name</source>
        <translation>分组名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="102" />
        <source>Segment name: "{name}" already exists.</source>
        <translation>分组名称：“{name}”已存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="103" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="104" />
        <source>Tag colour: "{color}" is not a colour like #5b8def.</source>
        <translation>标签颜色：“{color}”不是 #5b8def 这样的颜色。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="105" />
        <source>Tag name</source>
        <translation>标签名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="106" />
        <source>Tag name "{name}": commas separate tags; use another character.</source>
        <translation>标签名称“{name}”：逗号用于分隔标签；请改用其他字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="107" />
        <source>Tag name: "{name}" already exists.</source>
        <translation>标签名称：“{name}”已存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="108" />
        <source>Tag name: "{name}" already exists; merge the two tags instead.</source>
        <translation>标签名称：“{name}”已存在；请改为合并这两个标签。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="109" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="110" />
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="111" />
        <source>The attachment {name} is damaged (it does not verify).</source>
        <translation>附件 {name} 已损坏（校验未通过）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="112" />
        <source>The attachment {name} is damaged (not a Steward attachment).</source>
        <translation>附件 {name} 已损坏（不是 Steward 附件）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="113" />
        <source>The attachment {name} is missing from {folder}.</source>
        <translation>{folder} 中缺少附件 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="114" />
        <source>The attachment {name} points outside {folder}.</source>
        <translation>附件 {name} 指向了 {folder} 之外的位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="115" />
        <source>The attachment {name} was sealed with another key.</source>
        <translation>附件 {name} 是用其他密钥加密的。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="116" />
        <source>The backup {dest} did not verify ({problem}); it was discarded.</source>
        <translation>备份 {dest} 未通过校验（{problem}），已将其丢弃。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="117" />
        <source>The disk holding {path} is full, so the last change was not saved (everything saved before it is intact). Free some disk space, or move the data folder to a disk with room and open it with --data-dir, then try again.</source>
        <translation>{path} 所在的磁盘已满，因此最近一次更改未能保存（此前保存的内容均完好）。请释放一些磁盘空间，或将数据文件夹移到有空间的磁盘并用 --data-dir 打开，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="118" />
        <source>The encrypted copy of {name} did not verify ({integrity}); it was discarded and the original is unchanged.</source>
        <translation>{name} 的加密副本未通过校验（{integrity}），已将其丢弃，原文件未作改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="119" />
        <source>The file may be badly folded: continuation lines must start with a space</source>
        <translation>文件的折行可能有误：续行必须以空格开头</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="120" />
        <source>The file may be cut short; add END:VCARD or export it again</source>
        <translation>文件可能被截断；请添加 END:VCARD 或重新导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="121" />
        <source>The keyring backend is keyring's 'null' backend, which silently drops everything stored in it.</source>
        <translation>系统钥匙串后端是 keyring 的 'null' 后端，它会悄无声息地丢弃存入的所有内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="122" />
        <source>The keyring backend {backend} (through the chainer) stores secrets unsafely; Steward will not use it.</source>
        <translation>系统钥匙串后端 {backend}（经由 chainer）保存机密的方式不安全；Steward 不会使用它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="123" />
        <source>The keyring backend {backend} stores secrets unsafely; Steward will not use it.</source>
        <translation>系统钥匙串后端 {backend} 保存机密的方式不安全；Steward 不会使用它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="124" />
        <source>The passphrase is empty.</source>
        <translation>密码短语为空。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="125" />
        <source>The passphrase is not correct.</source>
        <translation>密码短语不正确。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="126" />
        <source>The store ({backend}) did not give the database key back unchanged; Steward will not rely on it.</source>
        <translation>密钥存储（{backend}）未能原样返回数据库密钥；Steward 不会依赖它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="127" />
        <source>The system keyring ({backend}) accepted a test value and then lost it.</source>
        <translation>系统钥匙串（{backend}）接受了一个测试值，随后却将其丢失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="128" />
        <source>The system keyring ({backend}) failed to delete a test value.</source>
        <translation>系统钥匙串（{backend}）无法删除测试值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="129" />
        <source>The system keyring ({backend}) failed to read back a value.</source>
        <translation>系统钥匙串（{backend}）无法读回数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="130" />
        <source>The system keyring ({backend}) is not reachable: is its service running?</source>
        <translation>无法连接系统钥匙串（{backend}）：其服务是否在运行？</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="131" />
        <source>The system keyring ({backend}) refused to store a value.</source>
        <translation>系统钥匙串（{backend}）拒绝保存数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="132" />
        <source>The system keyring ({backend}) returned a different value from the one it was given.</source>
        <translation>系统钥匙串（{backend}）返回的值与存入的值不同。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="133" />
        <source>The system keyring asked for permission and the request was cancelled (or its prompt could not be shown).</source>
        <translation>系统钥匙串请求了授权，但请求被取消（或无法显示其提示框）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="134" />
        <source>The system keyring is already in use.</source>
        <translation>已在使用系统钥匙串。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="135" />
        <source>The system keyring is locked and was not unlocked. Unlock it (log in to your desktop keyring) and try again.</source>
        <translation>系统钥匙串已锁定且未被解锁。请解锁（登录桌面钥匙串）后重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="136" />
        <source>There is no member with id {id}.</source>
        <translation>不存在 ID 为 {id} 的成员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="137" />
        <source>There is no saved segment called “{name}” (saved segments: none yet). Check the name, or export with --tag or --member.</source>
        <translation>没有名为“{name}”的已保存分组（目前还没有已保存的分组）。请检查名称，或改用 --tag 或 --member 导出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="138" />
        <source>There is no saved segment called “{name}” (saved segments: {known}). Check the name, or export with --tag or --member.</source>
        <translation>没有名为“{name}”的已保存分组（已保存的分组：{known}）。请检查名称，或改用 --tag 或 --member 导出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="139" />
        <source>There is no tag named {tag}; check the spelling (tags are case-sensitive).</source>
        <translation>没有名为 {tag} 的标签；请检查拼写（标签区分大小写）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="140" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="141" />
        <source>Trash retention must be between 1 and 3650 days.</source>
        <translation>回收站保留天数必须在 1 到 3650 天之间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="142" />
        <source>a card starts inside another card</source>
        <translation>一张名片在另一张名片内部开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="143" />
        <source>a condition is not valid ({error})</source>
        <translation>有一个条件无效（{error}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="144" />
        <source>a custom field must be an object</source>
        <translation>自定义字段必须是一个对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="145" />
        <source>a custom field needs a name of 1 to {limit} characters</source>
        <translation>自定义字段需要一个 1 到 {limit} 个字符的名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="146" />
        <source>a custom field value must be text or a number</source>
        <translation>自定义字段的值必须是文本或数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="147" />
        <source>a double quote (") opens a value here and is never closed</source>
        <translation>此处有一个值以双引号（"）开头，但该引号始终没有闭合</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="148" />
        <source>a handle must be an object</source>
        <translation>账号必须是一个对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="149" />
        <source>a member must be an object</source>
        <translation>成员必须是一个对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="150" />
        <source>a note must be an object with a text "body"</source>
        <translation>备注必须是带有文本 "body" 的对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="151" />
        <source>a parameter is not readable text</source>
        <translation>某个参数不是可读的文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="152" />
        <source>a property outside any card</source>
        <translation>有属性不在任何名片之内</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="153" />
        <source>a value is longer than 32 MB; a double quote (") that opens a value is probably never closed</source>
        <translation>有一个值超过了 32 MB；很可能是某个值开头的双引号（"）没有闭合</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="154" />
        <source>at most {limit} characters.</source>
        <translation>最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="155" />
        <source>at most {limit}, not {count}.</source>
        <translation>最多 {limit} 个，当前为 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="156" />
        <source>belongs to another database (it replaces the database's identity)</source>
        <translation>属于另一个数据库（它会替换该数据库的标识）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="157" />
        <source>belongs to another database (page size {found} instead of {expected})</source>
        <translation>属于另一个数据库（页面大小为 {found}，而非 {expected}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="158" />
        <source>choose a role (at most 64 characters).</source>
        <translation>请选择一个角色（最多 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="159" />
        <source>column {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="160" />
        <source>daily must be between 0 and 1000</source>
        <translation>每日保留数必须在 0 到 1000 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="161" />
        <source>does not fit it (with the log the database is damaged, without it whole)</source>
        <translation>与它不匹配（应用该日志后数据库损坏，不应用则完好）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="162" />
        <source>does not fit it (with the log the database is damaged: {error})</source>
        <translation>与它不匹配（应用该日志后数据库损坏：{error}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="163" />
        <source>each name can have at most {limit} characters.</source>
        <translation>每个名字最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="164" />
        <source>enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="165" />
        <source>expected a date.</source>
        <translation>应为日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="166" />
        <source>expected a key in double quotes</source>
        <translation>此处应为带双引号的键名</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="167" />
        <source>expected {expected} but found {found}</source>
        <translation>此处应为 {expected}，实际为 {found}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="168" />
        <source>foreign keys broken by migration: {problems}</source>
        <translation>迁移破坏了外键：{problems}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="169" />
        <source>it is damaged ({detail})</source>
        <translation>文件已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="170" />
        <source>it is not a Steward database (no schema version)</source>
        <translation>这不是 Steward 数据库（没有结构版本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="171" />
        <source>it is not a Steward database, or it was made with another key</source>
        <translation>这不是 Steward 数据库，或是用其他密钥创建的</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="172" />
        <source>it was saved by a newer Steward (format {version})</source>
        <translation>它由更新版本的 Steward 保存（格式 {version}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="173" />
        <source>it was written by a newer Steward (schema {revision})</source>
        <translation>它由更新版本的 Steward 写入（结构版本 {revision}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="174" />
        <source>its handles belong to {count} different members ({listed}); merge those members first, or split this row</source>
        <translation>它的账号分属 {count} 位不同的成员（{listed}）；请先合并这些成员，或拆分这一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="175" />
        <source>monthly must be between 0 and 1000</source>
        <translation>每月保留数必须在 0 到 1000 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="176" />
        <source>must be given as text, not a number.</source>
        <translation>必须以文本形式提供，而不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="177" />
        <source>recent must be between 1 and 1000 (the newest backup is always kept)</source>
        <translation>最近保留数必须在 1 到 1000 之间（最新的备份始终保留）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="178" />
        <source>row {row} cannot be read ({error})</source>
        <translation>无法读取第 {row} 行（{error}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="179" />
        <source>schema {found} is newer than this Steward ({head})</source>
        <translation>结构版本 {found} 比此版本 Steward 支持的（{head}）更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="180" />
        <source>schema {found} is older than {head}; open Steward to upgrade</source>
        <translation>结构版本 {found} 早于 {head}；请打开 Steward 进行升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="181" />
        <source>the JSON is broken here ({detail})</source>
        <translation>此处的 JSON 有误（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="182" />
        <source>the base64 data is damaged</source>
        <translation>base64 数据已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="183" />
        <source>the card that starts here never ends</source>
        <translation>从此处开始的名片没有结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="184" />
        <source>the character set {charset} is unknown</source>
        <translation>未知的字符集 {charset}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="185" />
        <source>the choice field {name} has no choices</source>
        <translation>选项字段 {name} 没有任何选项</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="186" />
        <source>the custom field list must be a list</source>
        <translation>自定义字段列表必须是一个列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="187" />
        <source>the custom field values must be an object</source>
        <translation>自定义字段的值必须是一个对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="188" />
        <source>the database file is missing</source>
        <translation>数据库文件缺失</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="189" />
        <source>the database has no schema version (it was never migrated)</source>
        <translation>数据库没有结构版本（从未迁移过）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="190" />
        <source>the database is damaged ({detail})</source>
        <translation>数据库已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="191" />
        <source>the definition is not JSON ({error})</source>
        <translation>定义不是 JSON（{error}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="192" />
        <source>the definition is not a JSON object</source>
        <translation>定义不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="193" />
        <source>the file contains binary data (NUL bytes)</source>
        <translation>文件包含二进制数据（NUL 字节）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="194" />
        <source>the file contains binary data (NUL bytes), so it is not a text file</source>
        <translation>文件包含二进制数据（NUL 字节），因此不是文本文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="195" />
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="196" />
        <source>the file ends too early (is it cut short?)</source>
        <translation>文件提前结束（是否被截断？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="197" />
        <source>the file header's format version bytes are invalid</source>
        <translation>文件头中的格式版本字节无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="198" />
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="199" />
        <source>the file is empty (no header row)</source>
        <translation>文件是空的（没有表头行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="200" />
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="201" />
        <source>the file is only {size} bytes long</source>
        <translation>文件只有 {size} 字节</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="202" />
        <source>the file starts with a {encoding} byte-order mark but is not valid {encoding}</source>
        <translation>文件以 {encoding} 字节顺序标记（BOM）开头，但内容不是有效的 {encoding}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="203" />
        <source>the first worksheet is empty (no header row)</source>
        <translation>第一个工作表是空的（没有表头行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="204" />
        <source>the folder has no .md files</source>
        <translation>文件夹中没有 .md 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="205" />
        <source>the front matter never ends (no closing ---)</source>
        <translation>前置元数据没有结束（缺少结尾的 ---）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="206" />
        <source>the interval must be between 1 and 168 hours</source>
        <translation>间隔必须在 1 到 168 小时之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="207" />
        <source>the kind of {name} is not one of {kinds}</source>
        <translation>{name} 的类型不是以下之一：{kinds}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="208" />
        <source>the member id must be a whole number</source>
        <translation>成员 ID 必须是整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="209" />
        <source>the name is empty; a new member needs one. Fill it in, or give a handle that an existing member already has</source>
        <translation>名称为空，而新成员必须有名称。请填写名称，或填写一个现有成员已有的账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="210" />
        <source>the note is not the length its marker says; the file was edited or cut short</source>
        <translation>备注的长度与其标记不符；文件被修改过或被截断</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="211" />
        <source>the note marker has no valid length</source>
        <translation>备注标记中没有有效的长度</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="212" />
        <source>the quoting of this row is broken</source>
        <translation>这一行的引号有误</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="213" />
        <source>the schema version is missing or not a number</source>
        <translation>缺少架构版本，或版本不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="214" />
        <source>the tag catalogue must be a list</source>
        <translation>标签目录必须是一个列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="215" />
        <source>the text is neither UTF-8 nor GB18030</source>
        <translation>文本既不是 UTF-8 也不是 GB18030</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="216" />
        <source>the text is neither UTF-8 nor GB18030 (it looks like binary data, not text)</source>
        <translation>文本既不是 UTF-8 也不是 GB18030（看起来是二进制数据，而不是文本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="217" />
        <source>the text is neither UTF-8 nor GB18030 (it looks like {encoding})</source>
        <translation>文本既不是 UTF-8 也不是 GB18030（看起来像是 {encoding}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="218" />
        <source>the value is empty</source>
        <translation>值为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="219" />
        <source>the value is not valid (JSON) text</source>
        <translation>该值不是有效的（JSON）文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="220" />
        <source>the value is not valid {charset} text</source>
        <translation>该值不是有效的 {charset} 文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="221" />
        <source>the value must be a list</source>
        <translation>该值必须是一个列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="222" />
        <source>the value must be text (in double quotes)</source>
        <translation>该值必须是文本（用双引号括起）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="223" />
        <source>the workbook cannot be read ({error})</source>
        <translation>无法读取工作簿（{error}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="224" />
        <source>the write-ahead log {name} beside it {why}</source>
        <translation>它旁边的预写日志 {name} {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="225" />
        <source>there is no vCard in this file (no BEGIN:VCARD line)</source>
        <translation>此文件中没有 vCard（没有 BEGIN:VCARD 行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="226" />
        <source>there is text after the closing double quote of a value</source>
        <translation>某个值的右双引号后面还有文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="227" />
        <source>this SQLite has no FTS5 trigram tokenizer ({error})</source>
        <translation>此 SQLite 没有 FTS5 trigram 分词器（{error}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="228" />
        <source>this data folder has no custom field of that name; create it in the profile editor first</source>
        <translation>此数据文件夹中没有该名称的自定义字段；请先在资料编辑器中创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="229" />
        <source>this database was written by a newer version of Steward (schema {found})</source>
        <translation>此数据库由较新版本的 Steward 写入（架构 {found}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="230" />
        <source>this file is not a Steward database (or it is damaged)</source>
        <translation>此文件不是 Steward 数据库（或已损坏）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="231" />
        <source>this file uses schema version {version}, newer than this Steward reads ({supported})</source>
        <translation>此文件使用架构版本 {version}，比当前 Steward 能读取的版本（{supported}）更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="232" />
        <source>this is an old Excel .xls file or a password-protected workbook</source>
        <translation>这是旧版 Excel .xls 文件，或是受密码保护的工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="233" />
        <source>this is not a Markdown file exported by Steward (it has no Steward front matter)</source>
        <translation>这不是 Steward 导出的 Markdown 文件（没有 Steward 的前置元数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="234" />
        <source>this is not a Steward members export ("format" is not {format})</source>
        <translation>这不是 Steward 的成员导出文件（"format" 不是 {format}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="235" />
        <source>this is not an XLSX workbook (an XLSX file is a zip archive)</source>
        <translation>这不是 XLSX 工作簿（XLSX 文件是 zip 压缩包）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="236" />
        <source>this row has {values} values but the header has {columns} columns; a value probably contains an unquoted delimiter. Put that value in double quotes</source>
        <translation>这一行有 {values} 个值，但表头只有 {columns} 列；很可能某个值中含有未加引号的分隔符。请用双引号把该值括起来</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="237" />
        <source>this vCard file is UTF-16 text</source>
        <translation>此 vCard 文件是 UTF-16 文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="238" />
        <source>weekly must be between 0 and 1000</source>
        <translation>每周保留数必须在 0 到 1000 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="239" />
        <source>{count} characters is too long (at most {limit}).</source>
        <translation>{count} 个字符太长（最多 {limit} 个）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="240" />
        <source>{count} rows point at records that no longer exist</source>
        <translation>有 {count} 行指向已不存在的记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="241" />
        <source>{dest} is not a regular file; choose a file name or a folder for the backup.</source>
        <translation>{dest} 不是普通文件；请为备份选择一个文件名或文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="242" />
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="243" />
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="244" />
        <source>{label}: at most {limit} characters, not {count}.</source>
        <translation>{label}：最多 {limit} 个字符，当前为 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="245" />
        <source>{label}: enter a name.</source>
        <translation>{label}：请输入名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="246" />
        <source>{name} has more than {limit} choices</source>
        <translation>{name} 的选项超过 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="247" />
        <source>{name} is not an attachment name Steward generated.</source>
        <translation>{name} 不是 Steward 生成的附件名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="248" />
        <source>{name}: {summary}</source>
        <translation>{name}：{summary}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="249" />
        <source>{path} already exists and is not an empty folder; choose a new folder name for a one-file-per-member export.</source>
        <translation>{path} 已存在且不是空文件夹；按成员分别导出时，请指定一个新的文件夹名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="250" />
        <source>{path} can only be read ({detail}), so the change was not saved. Check that the file and its folder are writable (not on a read-only disk or share), or copy the data folder somewhere writable and open that with --data-dir.</source>
        <translation>{path} 只能读取（{detail}），因此更改未能保存。请检查该文件及其所在文件夹是否可写（不在只读磁盘或只读共享上），或将数据文件夹复制到可写的位置，再用 --data-dir 打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="251" />
        <source>{path} can only be read, so the change was not saved. Check that the file and its folder are writable (not on a read-only disk or share), or copy the data folder somewhere writable and open that with --data-dir.</source>
        <translation>{path} 只能读取，因此更改未能保存。请检查该文件及其所在文件夹是否可写（不在只读磁盘或只读共享上），或将数据文件夹复制到可写的位置，再用 --data-dir 打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="252" />
        <source>{path} disappeared while Steward was running.</source>
        <translation>{path} 在 Steward 运行期间消失了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="253" />
        <source>{path} does not exist (or is empty), so there is nothing to open read-only. Check the --data-dir folder.</source>
        <translation>{path} 不存在（或为空），没有可以只读打开的内容。请检查 --data-dir 指定的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="254" />
        <source>{path} does not exist or has never been opened by this Steward, so there is nothing to open read-only. Check the --data-dir folder, or open it once without --read-only from a folder that can be written.</source>
        <translation>{path} 不存在，或从未被此 Steward 打开过，没有可以只读打开的内容。请检查 --data-dir 指定的文件夹，或在可写的文件夹中不加 --read-only 打开一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="255" />
        <source>{path} does not exist yet</source>
        <translation>{path} 尚不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="256" />
        <source>{path} is a folder, not a file.</source>
        <translation>{path} 是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="257" />
        <source>{path} is a folder; give a file name to export to.</source>
        <translation>{path} 是一个文件夹；请指定要导出到的文件名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="258" />
        <source>{path} is a folder; only a Markdown export may be a folder of files.</source>
        <translation>{path} 是一个文件夹；只有 Markdown 导出可以是包含多个文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="259" />
        <source>{path} is damaged ({detail}). Restore it from a copy of the data folder, or move it aside: Steward will then ask for the recovery key.</source>
        <translation>{path} 已损坏（{detail}）。请从数据文件夹的副本中恢复该文件，或将其移到别处：之后 Steward 会要求输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="260" />
        <source>{path} is in use by another Steward window or program. Close it and try again; nothing was changed.</source>
        <translation>{path} 正被另一个 Steward 窗口或程序使用。请将其关闭后重试；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="261" />
        <source>{path} is still open in another Steward window or process; close it and try again. Nothing was changed, and the current state was backed up.</source>
        <translation>{path} 仍在另一个 Steward 窗口或进程中打开；请关闭后重试。未做任何更改，当前状态已备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="262" />
        <source>{path} is the live database itself; choose a backup file.</source>
        <translation>{path} 就是正在使用的数据库本身；请选择一个备份文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="263" />
        <source>{path} is the live database; choose another file for the backup.</source>
        <translation>{path} 是正在使用的数据库；请为备份选择另一个文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="264" />
        <source>{path} is {size} bytes; attachments can be at most {limit} bytes. Attach a smaller file.</source>
        <translation>{path} 大小为 {size} 字节，而附件最大为 {limit} 字节。请添加较小的文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="265" />
        <source>{path} uses an older layout (schema none) that must be upgraded to {head} before this Steward can show it, and upgrading needs write access. Open it once from a writable folder (copy the data folder there and use --data-dir).</source>
        <translation>{path} 使用的是旧版结构（无 schema），须先升级到 {head} 才能由此 Steward 显示，而升级需要写入权限。请从可写的文件夹中打开一次（将数据文件夹复制到那里并使用 --data-dir）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="266" />
        <source>{path} uses an older layout (schema {found}) that must be upgraded to {head} before this Steward can show it, and upgrading needs write access. Open it once from a writable folder (copy the data folder there and use --data-dir).</source>
        <translation>{path} 使用的是旧版结构（schema {found}），须先升级到 {head} 才能由此 Steward 显示，而升级需要写入权限。请从可写的文件夹中打开一次（将数据文件夹复制到那里并使用 --data-dir）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="267" />
        <source>{path}: cannot read it ({reason}).</source>
        <translation>{path}：无法读取（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="268" />
        <source>{path}: cannot tell the format from the name; choose it (the format choice, or --format csv, xlsx, vcard, md or json).</source>
        <translation>{path}：无法从文件名判断格式；请选择格式（在“格式”中选择，或使用 --format csv、xlsx、vcard、md 或 json）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="269" />
        <source>{path}: no such file. Check the name and try again.</source>
        <translation>{path}：文件不存在。请检查名称后重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="270" />
        <source>{path}: {reason}. {advice}</source>
        <translation>{path}：{reason}。{advice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="271" />
        <source>{platform} ID</source>
        <translation>{platform} ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="272" />
        <source>{platform} handle</source>
        <translation>{platform} 账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="273" />
        <source>{platform} is not a platform Steward knows</source>
        <translation>{platform} 不是 Steward 支持的平台</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="274" />
        <source>{reason} (custom field {name})</source>
        <translation>{reason}（自定义字段 {name}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="275" />
        <source>{source}, field {field}: {problem}. {advice}</source>
        <translation>{source}，字段 {field}：{problem}。{advice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="276" />
        <source>{source}, line {line}, field {field}: {problem}. {advice}</source>
        <translation>{source}，第 {line} 行，字段 {field}：{problem}。{advice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="277" />
        <source>{source}, line {line}, {field}: {reason}</source>
        <translation>{source}，第 {line} 行，{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="278" />
        <source>{source}, line {line}: {problem}. {advice}</source>
        <translation>{source}，第 {line} 行：{problem}。{advice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="279" />
        <source>{source}, line {line}: {reason}</source>
        <translation>{source}，第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="280" />
        <source>{source}: --map names the column {column}, which the file does not have. Its columns are: {listed}.</source>
        <translation>{source}：--map 指定的列 {column} 在文件中不存在。文件中的列为：{listed}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="281" />
        <source>{source}: only CSV and XLSX files have columns to map.</source>
        <translation>{source}：只有 CSV 和 XLSX 文件有可对应的列。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="282" />
        <source>{source}: the column {column} goes to the custom field {field}, which this data folder does not have. Create it in the profile editor first (Members, Fields), or map the column to another field or to ignore.</source>
        <translation>{source}：列 {column} 对应自定义字段 {field}，但此数据文件夹中没有该字段。请先在资料编辑器中创建它（成员 &gt; 字段），或将该列对应到其他字段或设为忽略。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="283" />
        <source>{source}: {problem}. {advice}</source>
        <translation>{source}：{problem}。{advice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="284" />
        <source>{text} is not "key: value"</source>
        <translation>{text} 不是“键: 值”格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="285" />
        <source>{text} is not a member field; use one of {names}, or custom:&lt;custom field name&gt;</source>
        <translation>{text} 不是成员字段；请使用以下之一：{names}，或 custom:&lt;自定义字段名&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="286" />
        <source>{text} is not a property name</source>
        <translation>{text} 不是属性名</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="287" />
        <source>{text} is not a vCard property (NAME:value)</source>
        <translation>{text} 不是 vCard 属性（NAME:value）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="288" />
        <source>{text} names no custom field; write custom:&lt;field name&gt;, for example custom:生日</source>
        <translation>{text} 没有指明自定义字段；请写成 custom:&lt;字段名&gt;，例如 custom:生日</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="289" />
        <source>{value} is longer than {limit} characters</source>
        <translation>{value} 超过了 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="290" />
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} 不是日期（请使用 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="291" />
        <source>{value} is not a date and time; write it as ISO 8601, for example 2024-05-01T09:30:00Z</source>
        <translation>{value} 不是日期时间；请按 ISO 8601 书写，例如 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="292" />
        <source>{value} is not a date; write it as YYYY-MM-DD, for example 2024-05-01</source>
        <translation>{value} 不是日期；请写成 YYYY-MM-DD，例如 2024-05-01</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="293" />
        <source>{value} is not a finite number</source>
        <translation>{value} 不是有限数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="294" />
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="295" />
        <source>{value} is not a number (use digits, e.g. 12.5)</source>
        <translation>{value} 不是数字（请使用数字，例如 12.5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="296" />
        <source>{value} is not a status; use one of {allowed} (or 活跃/禁言/退群/移除/封禁)</source>
        <translation>{value} 不是状态；请使用以下之一：{allowed}（或 活跃/禁言/退群/移除/封禁）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="297" />
        <source>{value} is not a time zone; use an IANA name such as Asia/Shanghai or Europe/Berlin</source>
        <translation>{value} 不是时区；请使用 IANA 名称，例如 Asia/Shanghai 或 Europe/Berlin</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="298" />
        <source>{value} is not one of the choices (none defined yet)</source>
        <translation>{value} 不在选项中（尚未定义任何选项）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="299" />
        <source>{value} is not one of the choices ({choices})</source>
        <translation>{value} 不在选项中（{choices}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="300" />
        <source>{value} is not yes or no</source>
        <translation>{value} 不是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="301" />
        <source>{value} was shortened by a spreadsheet to scientific notation and its digits are lost; format the column as Text and export again</source>
        <translation>{value} 已被电子表格缩写为科学计数法，原有数字已丢失；请将该列设置为“文本”格式后重新导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_catalog.py" line="302" />
        <source>{what} #{ident} no longer exists; it may have been deleted or merged. Refresh the list and try again.</source>
        <translation>{what} #{ident} 已不存在，可能已被删除或合并。请刷新列表后重试。</translation>
    </message>
</context>
<context>
    <name>NewMemberDialog</name>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="30" />
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="33" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="33" />
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="34" />
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="34" />
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="35" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="35" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="36" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="36" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="41" />
        <source>Who joined?</source>
        <translation>谁加入了？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="47" />
        <source>The name you know them by</source>
        <translation>你对他们的称呼</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="48" />
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="49" />
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="55" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="57" />
        <source>Handle or number (optional)</source>
        <translation>账号或号码（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="58" />
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="61" />
        <source>First &amp;handle</source>
        <translation>首个账号(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/new_member.py" line="67" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="29" />
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="30" />
        <source>Enter the current passphrase, then the new one twice.</source>
        <translation>请输入当前密码短语，然后输入两次新密码短语。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="32" />
        <source>Choose a passphrase</source>
        <translation>设置密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="34" />
        <source>Steward will ask for it each time it starts. A few unrelated words are easy to remember and hard to guess. If you forget it, only the recovery key opens your data.</source>
        <translation>Steward 每次启动时都会要求输入密码短语。由几个互不相关的词语组成的密码短语既好记又难猜。如果忘记了，只有恢复密钥才能打开你的数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="37" />
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="40" />
        <location filename="../../app/ui/unlock/passphrase.py" line="42" />
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="43" />
        <location filename="../../app/ui/unlock/passphrase.py" line="45" />
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="44" />
        <location filename="../../app/ui/unlock/passphrase.py" line="47" />
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="45" />
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="49" />
        <source>Show the passphrase</source>
        <translation>显示密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="52" />
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="58" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="60" />
        <source>Change passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="60" />
        <source>Use this passphrase</source>
        <translation>使用此密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="86" />
        <source>The passphrase is too short.</source>
        <translation>密码短语太短。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="88" />
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/passphrase.py" line="90" />
        <source>The new passphrase is the same as the current one.</source>
        <translation>新密码短语与当前密码短语相同。</translation>
    </message>
</context>
<context>
    <name>NoteCardDelegate</name>
    <message>
        <location filename="../../app/ui/pages/members/profile/note_card.py" line="69" />
        <source>Pinned</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/note_card.py" line="71" />
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/note_card.py" line="72" />
        <source>edited %1 times</source>
        <translation>已编辑 %1 次</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/note_card.py" line="76" />
        <source>Open to read all %1 characters</source>
        <translation>打开以阅读全部 %1 个字符</translation>
    </message>
</context>
<context>
    <name>NoteVersionsModel</name>
    <message>
        <location filename="../../app/ui/models/profile_lists.py" line="31" />
        <source>Written</source>
        <translation>写于</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/profile_lists.py" line="31" />
        <source>Replaced</source>
        <translation>被替换于</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/profile_lists.py" line="31" />
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/profile_lists.py" line="32" />
        <source>Beginning</source>
        <translation>开头</translation>
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <location filename="../../app/ui/widgets/note_text.py" line="120" />
        <source>Loading the note…</source>
        <translation>正在载入备注…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/note_text.py" line="133" />
        <source>This note is long (%1 characters), so it is shown as plain text.</source>
        <translation>这条备注很长（%1 个字符），因此以纯文本显示。</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="124" />
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="137" />
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="470" />
        <source>New note</source>
        <translation>新建备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="125" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="126" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="127" />
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="415" />
        <source>Pin to the top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="128" />
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="264" />
        <source>Earlier versions</source>
        <translation>早先的版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="130" />
        <source>Move to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="141" />
        <source>From a template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="162" />
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="462" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="180" />
        <source>No notes yet</source>
        <translation>还没有备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="181" />
        <source>Notes are yours alone: what you talked about, what they need, what you promised. Markdown works, and templates help with the usual cases.</source>
        <translation>备注只有你能看到：聊过什么、对方需要什么、你答应过什么。支持 Markdown，常见情况可以用模板。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="183" />
        <source>Write the first note</source>
        <translation>写第一条备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="201" />
        <source>Back to the notes</source>
        <translation>返回备注列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="202" />
        <source>Back to the notes (Esc)</source>
        <translation>返回备注列表 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="237" />
        <source>Ctrl+S saves, Esc cancels</source>
        <translation>Ctrl+S 保存，Esc 取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="241" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="242" />
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="376" />
        <source>Show older notes (%1 more)</source>
        <translation>显示更早的备注（还有 %1 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="415" />
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="419" />
        <source>Earlier versions (%1)</source>
        <translation>早先的版本（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="446" />
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="498" />
        <source>Opening the note</source>
        <translation>正在打开备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="453" />
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="458" />
        <source>That note no longer exists.</source>
        <translation>这条备注已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="480" />
        <source>Edit the note of %1</source>
        <translation>编辑 %1 的备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="518" />
        <source>Write something first: the note is empty.</source>
        <translation>请先写点内容：备注是空的。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="533" />
        <source>Note saved</source>
        <translation>备注已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="555" />
        <source>The note was not saved</source>
        <translation>备注没有保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="557" />
        <source>Saving the note</source>
        <translation>正在保存备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="564" />
        <source>Discard this note?</source>
        <translation>放弃这条备注？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="565" />
        <source>What you wrote in this note has not been saved and will be lost.</source>
        <translation>你在这条备注中写的内容尚未保存，将会丢失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="566" />
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="586" />
        <source>Pinned the note</source>
        <translation>已置顶备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="587" />
        <source>Unpinned the note</source>
        <translation>已取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="592" />
        <source>Pinning the note</source>
        <translation>正在置顶备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="593" />
        <source>Unpinning the note</source>
        <translation>正在取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="600" />
        <source>Moved a note to the trash</source>
        <translation>已将一条备注移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="611" />
        <source>Moving the note to the trash</source>
        <translation>正在将备注移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="618" />
        <source>Restored the note</source>
        <translation>已还原备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="621" />
        <source>The note could not be restored: %1</source>
        <translation>无法还原备注：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="626" />
        <source>Undoing the delete</source>
        <translation>正在撤销删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="636" />
        <source>Earlier wordings of the note of %1, newest first. The note itself shows the current wording.</source>
        <translation>%1 这条备注早先的措辞，最新的在前。备注本身显示的是当前的措辞。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/notes_panel.py" line="670" />
        <source>Opening the version</source>
        <translation>正在打开版本</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../app/ui/widgets/page_header.py" line="51" />
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="125" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="125" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="125" />
        <source>Handles</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="125" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="126" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="126" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="149" />
        <source>Will be skipped: %1</source>
        <translation>将被跳过：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="159" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <location filename="../../app/ui/pages/settings/privacy.py" line="16" />
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/privacy.py" line="20" />
        <source>Exported the data of member %1</source>
        <translation>已导出成员 %1 的数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/privacy.py" line="21" />
        <source>Anonymised member %1</source>
        <translation>已匿名化成员 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/privacy.py" line="22" />
        <source>Erased member %1 for good</source>
        <translation>已彻底删除成员 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/privacy.py" line="24" />
        <source>Removed older backups after erasing member %1</source>
        <translation>彻底删除成员 %1 后，已删除较早的备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/privacy.py" line="28" />
        <source>Export, anonymise and erase a member from the member list's menu. Each action is recorded here with the member's number and the time, never their data.</source>
        <translation>可在成员列表的菜单中导出、匿名化或彻底删除成员。每项操作都会在此记录成员编号和时间，但绝不记录其数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/privacy.py" line="34" />
        <source>Privacy actions</source>
        <translation>隐私操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/privacy.py" line="49" />
        <source>No privacy actions yet.</source>
        <translation>还没有隐私操作。</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../app/ui/pages/members/profile/header.py" line="49" />
        <source>Save now</source>
        <translation>立即保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/header.py" line="51" />
        <source>Save your changes (Ctrl+S)</source>
        <translation>保存你的修改 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/header.py" line="53" />
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/header.py" line="74" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/header.py" line="79" />
        <source>(ID %1)</source>
        <translation>（ID %1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/header.py" line="81" />
        <source>No handles yet</source>
        <translation>还没有账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/header.py" line="89" />
        <source>Added %1</source>
        <translation>添加于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/header.py" line="90" />
        <source>updated %1</source>
        <translation>更新于%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/header.py" line="94" />
        <source>Joined %1</source>
        <translation>%1 入群</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/header.py" line="97" />
        <source>1 note</source>
        <translation>1 条备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/header.py" line="98" />
        <source>%1 notes</source>
        <translation>%1 条备注</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="115" />
        <source>Select a member to see their profile</source>
        <translation>选择一位成员以查看其档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="116" />
        <source>Their handles, tags, notes and history appear here.</source>
        <translation>其账号、标签、备注和历史会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="117" />
        <source>This member no longer exists</source>
        <translation>这位成员已不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="118" />
        <source>They may have been deleted or merged in the meantime. Pick another member from the list.</source>
        <translation>可能已在其他地方被删除或合并。请从列表中选择其他成员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="139" />
        <location filename="../../app/ui/pages/members/profile_view.py" line="146" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="144" />
        <location filename="../../app/ui/pages/members/profile_view.py" line="271" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="145" />
        <location filename="../../app/ui/pages/members/profile_view.py" line="283" />
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="169" />
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="173" />
        <source>New note</source>
        <translation>新建备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="175" />
        <source>Close the profile</source>
        <translation>关闭档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="176" />
        <source>Close the profile (Esc)</source>
        <translation>关闭档案 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="179" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="270" />
        <source>Notes (%1)</source>
        <translation>备注（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="306" />
        <source>Not saved: see the marked field</source>
        <translation>未保存：请查看标出的字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="309" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="311" />
        <source>● Unsaved changes</source>
        <translation>● 有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="313" />
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="367" />
        <source>Changes were not saved</source>
        <translation>修改没有保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="392" />
        <source>Adding the tag</source>
        <translation>正在添加标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="404" />
        <source>Removed the tag “%1”</source>
        <translation>已移除标签“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="410" />
        <source>Removing the tag</source>
        <translation>正在移除标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="419" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile_view.py" line="445" />
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
</context>
<context>
    <name>QuickOpen</name>
    <message>
        <location filename="../../app/ui/pages/members/quick_open.py" line="97" />
        <source>Quick open</source>
        <translation>快速打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/quick_open.py" line="102" />
        <source>Jump to a member: name, handle, tag or note words</source>
        <translation>跳转到成员：输入名称、账号、标签或备注中的词</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/quick_open.py" line="104" />
        <source>Quick open search</source>
        <translation>快速打开搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/quick_open.py" line="116" />
        <source>Matching members</source>
        <translation>匹配的成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/quick_open.py" line="169" />
        <source>Enter opens · ↑↓ choose · Esc closes</source>
        <translation>Enter 打开 · ↑↓ 选择 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/quick_open.py" line="171" />
        <source>No member matches “%1”.</source>
        <translation>没有与“%1”匹配的成员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/quick_open.py" line="175" />
        <source>Names, nicknames, handles, tags, fields and notes, in any language.</source>
        <translation>可搜索名称、昵称、账号、标签、字段和备注，支持任何语言。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="33" />
        <source>Steward: the database needs attention</source>
        <translation>Steward：数据库需要处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="34" />
        <source>The database is missing</source>
        <translation>找不到数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="35" />
        <source>The database cannot be opened as it is</source>
        <translation>数据库当前无法打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="39" />
        <source>File: %1
Problem: %2.</source>
        <translation>文件：%1
问题：%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="45" />
        <source>1 newer backup could not be verified with this computer's key and was skipped.</source>
        <translation>有 1 份较新的备份无法用这台电脑的密钥验证，已跳过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="47" />
        <source>%1 newer backups could not be verified with this computer's key and were skipped.</source>
        <translation>有 %1 份较新的备份无法用这台电脑的密钥验证，已跳过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="54" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="59" />
        <source>Start with an empty database</source>
        <translation>使用空数据库开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="64" />
        <source>Set the log aside</source>
        <translation>移开日志文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="65" />
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="80" />
        <source>The database file itself is whole. Steward will rename the log beside it (it is kept, not deleted) and open the database as it was when it was last saved in full. Nothing else changes.</source>
        <translation>数据库文件本身是完整的。Steward 会将它旁边的日志文件重命名（保留而不删除），并按最后一次完整保存时的状态打开数据库。其他内容均不会改变。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="85" />
        <source>No backup in the backups folder could be verified with this computer's key, so Steward cannot repair this by itself and will not change anything. If you moved to a new computer, open Steward with your recovery key; if you have a backup file elsewhere, restore it with “steward restore FILE”.</source>
        <translation>备份文件夹中没有任何备份能用这台电脑的密钥验证，因此 Steward 无法自行修复，也不会做任何更改。如果你换了新电脑，请使用恢复密钥打开 Steward；如果你在其他位置有备份文件，请用“steward restore FILE”命令恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="92" />
        <source>The newest backup that verifies is from %1 (%2). Steward will put it in place of the database. Changes made after %1 are not in it.</source>
        <translation>通过验证的最新备份来自 %1（%2）。Steward 将用它替换数据库。%1 之后所做的更改不包含在其中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="97" />
        <source>The damaged file is renamed to steward.damaged-(date).db in the same folder, never deleted, so nothing is lost if it can be repaired later.</source>
        <translation>损坏的文件会在同一文件夹中重命名为 steward.damaged-(日期).db，绝不会被删除，因此日后若能修复，也不会丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/unlock/recovery_prompt.py" line="24" />
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_prompt.py" line="24" />
        <source>Enter your recovery key</source>
        <translation>输入恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_prompt.py" line="27" />
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_prompt.py" line="39" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_prompt.py" line="40" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_prompt.py" line="53" />
        <source>%1 of %2 characters</source>
        <translation>已输入 %1/%2 个字符</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="36" />
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="126" />
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="136" />
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="36" />
        <source>Save your recovery key</source>
        <translation>保存你的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="37" />
        <source>Steward encrypts your data. If the key that opens it is ever lost (a new computer, a reset keychain, a forgotten passphrase), this recovery key is the only way back in. Nobody else has a copy, not even Steward's developers.</source>
        <translation>Steward 会加密你的数据。如果用于打开数据的密钥丢失（换了新电脑、钥匙串被重置或忘记了密码短语），这个恢复密钥是找回数据的唯一途径。其他任何人都没有副本，包括 Steward 的开发者。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="44" />
        <source>Your recovery key has not been saved yet</source>
        <translation>你的恢复密钥尚未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="59" />
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="100" />
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="64" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="65" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="77" />
        <source>Print it, or save the PDF somewhere other than this computer (a USB stick, your password manager). Anyone who has it can open your data: keep it private.</source>
        <translation>请将它打印出来，或将 PDF 保存到这台电脑以外的地方（U 盘、密码管理器）。任何拿到它的人都能打开你的数据，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="82" />
        <source>I have saved my recovery key in a safe place</source>
        <translation>我已将恢复密钥保存在安全的地方</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="84" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="96" />
        <source>Steward recovery key</source>
        <translation>Steward 恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="97" />
        <source>This key opens your Steward data if the key kept on the computer is lost (a new computer, a reset keychain, a forgotten passphrase). Anyone who has it can open your data.</source>
        <translation>如果电脑上保存的密钥丢失（换了新电脑、钥匙串被重置或忘记了密码短语），可以用此密钥打开你的 Steward 数据。任何拿到它的人都能打开你的数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="101" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="102" />
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="103" />
        <source>Keep this page somewhere safe and private, away from the computer.</source>
        <translation>请将此页存放在安全、私密且远离电脑的地方。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="105" />
        <source>To use it, start Steward and choose to enter the recovery key when it asks.</source>
        <translation>使用时，启动 Steward，并在出现提示时选择输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="107" />
        <source>Letters O and I are read as 0 and 1; dashes and spaces do not matter.</source>
        <translation>字母 O 和 I 会被视为数字 0 和 1；短横线和空格可有可无。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="118" />
        <source>Save the recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="119" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="127" />
        <source>Save the recovery key outside the data folder: anyone who copies the folder would get the key along with the data it opens.</source>
        <translation>请将恢复密钥保存在数据文件夹之外：否则任何复制该文件夹的人都会同时得到密钥和它能打开的数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="137" />
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="140" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock/recovery_key_screen.py" line="156" />
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="55" />
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="57" />
        <source>1 minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="57" />
        <source>%1 minutes ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="59" />
        <source>1 hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="59" />
        <source>%1 hours ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="61" />
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="63" />
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="65" />
        <source>1 month ago</source>
        <translation>1 个月前</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="65" />
        <source>%1 months ago</source>
        <translation>%1 个月前</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="66" />
        <source>1 year ago</source>
        <translation>1 年前</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="66" />
        <source>%1 years ago</source>
        <translation>%1 年前</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="74" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="434" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="435" />
        <source>All or nothing: if you cancel, or something goes wrong, the members stay exactly as they were.</source>
        <translation>要么全部导入，要么什么都不变：如果你取消或出了问题，成员数据会保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="444" />
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="445" />
        <source>Start the import again</source>
        <translation>重新开始导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="459" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="473" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="477" />
        <source>Importing members</source>
        <translation>正在导入成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="493" />
        <source>Imported %1 of about %2 rows…</source>
        <translation>已导入约 %2 行中的 %1 行…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="501" />
        <source>Cancelling… nothing will be saved.</source>
        <translation>正在取消……不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="509" />
        <source>Nothing was imported</source>
        <translation>没有导入任何内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="511" />
        <source>An unexpected problem stopped the import; the log has the details. Your members are as they were.</source>
        <translation>导入因意外问题中止，详情已写入日志。你的成员数据保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="521" />
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>导入已取消，没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="28" />
        <location filename="../../app/ui/models/search_results.py" line="31" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="28" />
        <source>Matched</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="28" />
        <source>Handles</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="29" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="31" />
        <source>Other name</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="32" />
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="32" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="33" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="33" />
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="34" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="36" />
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="36" />
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="37" />
        <source>Location</source>
        <translation>所在地</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="47" />
        <source>Your data is now protected by a passphrase.</source>
        <translation>你的数据现在由密码短语保护。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="48" />
        <source>Switching to a passphrase</source>
        <translation>正在切换为密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="52" />
        <source>The key is now kept in the system keyring.</source>
        <translation>密钥现已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="53" />
        <source>Moving the key to the system keyring</source>
        <translation>正在将密钥移至系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="62" />
        <source>The passphrase was changed.</source>
        <translation>密码短语已更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="63" />
        <source>Changing the passphrase</source>
        <translation>正在更改密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="66" />
        <source>Re-encrypt with a new key</source>
        <translation>使用新密钥重新加密</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="67" />
        <source>Steward will re-encrypt the database, its backups and attachments under a new random key. The window closes the data while it works; a backup is taken first, and if anything fails the old key still opens everything.

Your recovery key changes: you will be shown the new one to save or print, and the old one will no longer open this data.</source>
        <translation>Steward 将使用新的随机密钥重新加密数据库、其备份和附件。处理期间窗口会关闭数据；开始前会先做一次备份，如有任何步骤失败，旧密钥仍能打开所有数据。

你的恢复密钥会随之改变：之后会显示新的恢复密钥供你保存或打印，旧的恢复密钥将无法再打开这些数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="72" />
        <source>Re-encrypt</source>
        <translation>重新加密</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="87" />
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>当前密码短语不正确，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="89" />
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="92" />
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="19" />
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="25" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="28" />
        <location filename="../../app/ui/pages/settings/security.py" line="29" />
        <source>Key kept in</source>
        <translation>密钥保存位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="35" />
        <source>Use a passphrase instead…</source>
        <translation>改用密码短语…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="36" />
        <source>Change passphrase…</source>
        <translation>更改密码短语…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="38" />
        <source>Use the system keyring instead…</source>
        <translation>改用系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="39" />
        <source>Re-encrypt with a new key…</source>
        <translation>使用新密钥重新加密…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="41" />
        <source>Re-encrypt the database, its backups and attachments under a new random key, for example after a copy of the data folder or the recovery key may have leaked</source>
        <translation>使用新的随机密钥重新加密数据库、其备份和附件，例如在数据文件夹的副本或恢复密钥可能已泄露之后</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="55" />
        <source>Encrypted with SQLCipher (256-bit key)</source>
        <translation>已使用 SQLCipher 加密（256 位密钥）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="57" />
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="60" />
        <source>The system keyring (%1)</source>
        <translation>系统钥匙串（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="63" />
        <source>A passphrase, asked each time Steward starts</source>
        <translation>密码短语（每次启动 Steward 时输入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="66" />
        <source>The keyring changed since the last run (it was %1).</source>
        <translation>自上次运行以来钥匙串已变更（之前为 %1）。</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="278" />
        <source>Edit segment</source>
        <translation>编辑分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="278" />
        <source>New segment</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="281" />
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="281" />
        <source>Muted</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="282" />
        <source>Left</source>
        <translation>已退群</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="282" />
        <source>Removed</source>
        <translation>已移出群聊</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="283" />
        <source>Banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="285" />
        <source>New this week</source>
        <translation>本周新成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="286" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="287" />
        <source>Silent for 30 days</source>
        <translation>30 天未活跃</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="292" />
        <source>For example: Shanghai volunteers</source>
        <translation>例如：上海志愿者</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="293" />
        <source>Segment name</source>
        <translation>分组名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="295" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="302" />
        <source>Start from:</source>
        <translation>从模板开始：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="316" />
        <source>Add a tag members must all have</source>
        <translation>添加成员必须全部包含的标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="317" />
        <source>Add a tag members need one of</source>
        <translation>添加成员需包含任一的标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="318" />
        <source>Add a tag members must not have</source>
        <translation>添加成员不能包含的标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="319" />
        <source>Has all of these tags</source>
        <translation>全部包含这些标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="320" />
        <source>Has any of these tags</source>
        <translation>包含任一这些标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="321" />
        <source>Has none of these tags</source>
        <translation>都不包含这些标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="326" />
        <source>Status is any of</source>
        <translation>状态为以下任一</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="339" />
        <source>Role is any of</source>
        <translation>角色为以下任一</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="341" />
        <source>on or after</source>
        <translation>不早于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="343" />
        <source>on or before</source>
        <translation>不晚于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="345" />
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="347" />
        <source>in the last</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="349" />
        <source>Joined recently</source>
        <translation>最近入群</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="350" />
        <location filename="../../app/ui/pages/members/segment_editor.py" line="353" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="351" />
        <source>no note and no change for</source>
        <translation>无备注且无改动已达</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="353" />
        <source>Silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="358" />
        <source>Add a field condition</source>
        <translation>添加字段条件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="362" />
        <source>Define custom fields in Settings first.</source>
        <translation>请先在设置中定义自定义字段。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="367" />
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="370" />
        <source>Words in names, handles, tags, fields or notes</source>
        <translation>名称、账号、标签、字段或备注中的词</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="371" />
        <location filename="../../app/ui/pages/members/segment_editor.py" line="372" />
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="386" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="390" />
        <source>Delete segment</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="513" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="521" />
        <source>1 member matches now</source>
        <translation>当前有 1 位成员符合</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="522" />
        <source>%1 members match now</source>
        <translation>当前有 %1 位成员符合</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="533" />
        <source>Give the segment a name.</source>
        <translation>请为分组命名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="557" />
        <source>Saving the segment</source>
        <translation>正在保存分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="571" />
        <source>Deleting the segment</source>
        <translation>正在删除分组</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="34" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="42" />
        <source>Language and appearance</source>
        <translation>语言与外观</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="45" />
        <location filename="../../app/ui/pages/settings/page.py" line="53" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="49" />
        <location filename="../../app/ui/pages/settings/page.py" line="51" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="54" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="55" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="57" />
        <location filename="../../app/ui/pages/settings/page.py" line="59" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="62" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="68" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="72" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="73" />
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="81" />
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="90" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="92" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="73" />
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="81" />
        <location filename="../../app/ui/sidebar.py" line="228" />
        <source>Collapse the sidebar</source>
        <translation>收起侧边栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="156" />
        <source>Saved segment “%1”: %2 members</source>
        <translation>已保存的分组“%1”：%2 位成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="206" />
        <source>Edit segment…</source>
        <translation>编辑分组…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="208" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="210" />
        <source>Delete segment</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="213" />
        <source>New segment…</source>
        <translation>新建分组…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="227" />
        <source>Expand the sidebar</source>
        <translation>展开侧边栏</translation>
    </message>
</context>
<context>
    <name>SkippedRowsModel</name>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="164" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="164" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_tables.py" line="164" />
        <source>Why it was skipped</source>
        <translation>跳过原因</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="540" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="546" />
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="546" />
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="547" />
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="547" />
        <source>notes added</source>
        <translation>新增备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="548" />
        <source>new tags</source>
        <translation>新标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="548" />
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="571" />
        <source>Skipped rows</source>
        <translation>跳过的行</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="578" />
        <source>Copy the list</source>
        <translation>复制列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="593" />
        <source>Imported %1. Everything in it that could be used is now in Steward.</source>
        <translation>已导入 %1。其中所有可用的内容现已进入 Steward。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="600" />
        <source>New fields, as the file describes them: %1</source>
        <translation>按文件中的描述新建的字段：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="605" />
        <source>1 row was skipped; fix it in the file and import the file again (members already imported are updated, not doubled):</source>
        <translation>有 1 行被跳过；请在文件中修正后重新导入该文件（已导入的成员会被更新，不会重复）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="607" />
        <source>%1 rows were skipped; fix them in the file and import the file again (members already imported are updated, not doubled):</source>
        <translation>有 %1 行被跳过；请在文件中修正后重新导入该文件（已导入的成员会被更新，不会重复）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/pages.py" line="623" />
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../app/ui/pages/members/tag_filter.py" line="49" />
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_filter.py" line="50" />
        <source>Remove tag %1</source>
        <translation>移除标签 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_filter.py" line="52" />
        <source>Show only members tagged “%1” (%2 members)</source>
        <translation>只显示带有“%1”标签的成员（%2 位）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_filter.py" line="55" />
        <source>Tag filter %1</source>
        <translation>标签筛选 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_chips.py" line="75" />
        <source>Remove the tag “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <location filename="../../app/ui/widgets/tag_chips.py" line="108" />
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_chips.py" line="110" />
        <source>Add a tag to this member</source>
        <translation>为这位成员添加标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_chips.py" line="112" />
        <source>Tag name, Enter to add</source>
        <translation>标签名，按 Enter 添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tag_chips.py" line="113" />
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
</context>
<context>
    <name>TagFilterBar</name>
    <message>
        <location filename="../../app/ui/pages/members/tag_filter.py" line="106" />
        <source>More tags</source>
        <translation>更多标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_filter.py" line="111" />
        <source>Clear tag filter</source>
        <translation>清除标签筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_filter.py" line="121" />
        <source>Tag filters</source>
        <translation>标签筛选</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../app/ui/models/tag_list.py" line="20" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tag_list.py" line="20" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="49" />
        <source>Manage tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="54" />
        <source>Tags group members across platforms. Renaming or recolouring changes every member's chip; merging moves members to the other tag.</source>
        <translation>标签可以跨平台归类成员。重命名或更改颜色会更新每位成员的标签；合并会把成员移到另一个标签。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="61" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="67" />
        <source>No tags yet. Create one, or tag members from the list.</source>
        <translation>还没有标签。新建一个，或在成员列表中为成员添加标签。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="74" />
        <source>New tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="75" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="76" />
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="77" />
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="78" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="88" />
        <location filename="../../app/ui/pages/members/tag_manager.py" line="148" />
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="89" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="90" />
        <location filename="../../app/ui/pages/members/tag_manager.py" line="222" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="145" />
        <source>Updating tags</source>
        <translation>正在更新标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="148" />
        <source>Name of the new tag:</source>
        <translation>新标签名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="157" />
        <source>Created the tag “%1”</source>
        <translation>已创建标签“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="160" />
        <source>Creating a tag</source>
        <translation>正在创建标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="166" />
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="167" />
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="173" />
        <source>Renamed “%1” to “%2”</source>
        <translation>已将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="180" />
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="186" />
        <source>Recoloured “%1”</source>
        <translation>已更改“%1”的颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="194" />
        <location filename="../../app/ui/pages/members/tag_manager.py" line="204" />
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="195" />
        <source>Merge “%1” into which tag? Its members get that tag and “%1” goes away.</source>
        <translation>要将“%1”合并到哪个标签？其成员将获得该标签，“%1”将被移除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="200" />
        <source>Merge “%1” into “%2”? Its %3 members get “%2” (once), saved segments that use “%1” use “%2” instead, and “%1” is removed. This cannot be undone.</source>
        <translation>要将“%1”合并到“%2”吗？其 %3 位成员将获得“%2”（不会重复），使用“%1”的已保存分组将改用“%2”，随后“%1”将被移除。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="204" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="208" />
        <source>Merged “%1” into “%2”</source>
        <translation>已将“%1”合并到“%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="216" />
        <source>Delete the tag “%1”? No member has it.</source>
        <translation>要删除标签“%1”吗？没有成员使用它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="217" />
        <source>Delete the tag “%1”? 1 member loses it.</source>
        <translation>要删除标签“%1”吗？1 位成员将失去它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="218" />
        <source>Delete the tag “%1”? %2 members lose it.</source>
        <translation>要删除标签“%1”吗？%2 位成员将失去它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="220" />
        <source>The members stay; saved segments stop filtering by this tag. You can undo this from the status bar.</source>
        <translation>成员会保留；已保存的分组将不再按此标签筛选。你可以在状态栏中撤销此操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="222" />
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/tag_manager.py" line="232" />
        <source>Deleting a tag</source>
        <translation>正在删除标签</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../app/ui/pages/members/segment_editor.py" line="101" />
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="70" />
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>TargetNames</name>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="22" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="22" />
        <source>Other names</source>
        <translation>其他名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="23" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="23" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="24" />
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="24" />
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="25" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="25" />
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="26" />
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="27" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="27" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="28" />
        <source>Note: written on</source>
        <translation>备注：写于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="29" />
        <source>Note: edited on</source>
        <translation>备注：编辑于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="30" />
        <source>Note: pinned</source>
        <translation>备注：置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="30" />
        <source>Added on</source>
        <translation>添加于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="31" />
        <source>Steward member ID</source>
        <translation>Steward 成员 ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="36" />
        <source>Don't import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="38" />
        <source>%1 handle</source>
        <translation>%1 账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="40" />
        <source>%1 user ID</source>
        <translation>%1 用户 ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/importing/targets.py" line="42" />
        <source>%1 (your field)</source>
        <translation>%1（自定义字段）</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../app/ui/widgets/task_status.py" line="26" />
        <location filename="../../app/ui/widgets/task_status.py" line="27" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/task_status.py" line="69" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="32" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="51" />
        <source>Note templates</source>
        <translation>备注模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="55" />
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="58" />
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="59" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="68" />
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="70" />
        <source>Template text</source>
        <translation>模板内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="71" />
        <source>The text to insert, in Markdown</source>
        <translation>要插入的文字，使用 Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="76" />
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="79" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="80" />
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="87" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="160" />
        <source>Saving the template</source>
        <translation>正在保存模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="170" />
        <source>Deleted “%1”</source>
        <translation>已删除“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="177" />
        <source>Deleting the template</source>
        <translation>正在删除模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/profile/template_manager.py" line="193" />
        <source>Restoring the template</source>
        <translation>正在还原模板</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <location filename="../../app/ui/widgets/time_zone_combo.py" line="58" />
        <source>Not set (type to search, e.g. Shanghai)</source>
        <translation>未设置（输入以搜索，例如 Shanghai）</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="29" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="36" />
        <location filename="../../app/ui/pages/trash/page.py" line="46" />
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="38" />
        <source>Put the selected items back (Ctrl+R)</source>
        <translation>还原所选项目 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="40" />
        <source>Delete forever…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="43" />
        <source>Empty the trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="50" />
        <source>Deleted items</source>
        <translation>已删除的项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="61" />
        <source>The trash is empty</source>
        <translation>回收站是空的</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="92" />
        <source>Deleted members and notes are kept for %1 days, then removed for good</source>
        <translation>已删除的成员和备注会保留 %1 天，之后将被永久删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="95" />
        <source>Members and notes you delete stay here for %1 days, so a slip is never final. Select one and press Restore to put it back exactly as it was.</source>
        <translation>你删除的成员和备注会在这里保留 %1 天，误删也能挽回。选中一项并点击“还原”，即可原样恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="125" />
        <source>Restoring from the trash</source>
        <translation>正在从回收站还原</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="131" />
        <source>Some items stay in the trash</source>
        <translation>部分项目仍留在回收站中</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="132" />
        <source>These items belong to a member who is no longer there; restore the member first:
%1</source>
        <translation>这些项目所属的成员已不存在，请先还原该成员：
%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="135" />
        <source>Restored 1 item from the trash</source>
        <translation>已从回收站还原 1 个项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="136" />
        <source>Restored %1 items from the trash</source>
        <translation>已从回收站还原 %1 个项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="156" />
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="159" />
        <source>Delete these %1 items for good? Their data (profiles, handles, notes and everything linked to them) is removed from the database and cannot be restored from the trash any more. Backups made earlier still contain it until they rotate out.

%2</source>
        <translation>要永久删除这 %1 个项目吗？它们的数据（档案、账号、备注以及所有关联内容）将从数据库中删除，且无法再从回收站还原。此前的备份在轮换删除前仍包含这些数据。

%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="164" />
        <location filename="../../app/ui/pages/trash/page.py" line="165" />
        <source>Delete forever</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="171" />
        <source>Deleted %1 items for good</source>
        <translation>已永久删除 %1 个项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/trash/page.py" line="176" />
        <source>Deleting for good</source>
        <translation>正在永久删除</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="16" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="16" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="16" />
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="17" />
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="17" />
        <source>Removed for good</source>
        <translation>永久删除时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="18" />
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="19" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="48" />
        <source>1 handle</source>
        <translation>1 个账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="48" />
        <source>%1 handles</source>
        <translation>%1 个账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="49" />
        <source>1 note</source>
        <translation>1 条备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="49" />
        <source>%1 notes</source>
        <translation>%1 条备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="50" />
        <source>1 tag</source>
        <translation>1 个标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="50" />
        <source>%1 tags</source>
        <translation>%1 个标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="60" />
        <source>1 other record</source>
        <translation>1 条其他记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/trash_table.py" line="61" />
        <source>%1 other records</source>
        <translation>%1 条其他记录</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../app/ui/widgets/undo_notice.py" line="20" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/undo_notice.py" line="24" />
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
</context>
</TS>