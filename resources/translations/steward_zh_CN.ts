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
        <location filename="../../app/gui.py" line="166" />
        <location filename="../../app/gui.py" line="231" />
        <source>Restoring a backup</source>
        <translation>正在从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="188" />
        <source>The recovery did not finish; details are in the log.</source>
        <translation>恢复未完成，详细信息请查看日志。</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="209" />
        <location filename="../../app/gui.py" line="216" />
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="257" />
        <source>Restored the backup. The previous state was backed up first.</source>
        <translation>已从备份恢复。恢复前的状态已先行备份。</translation>
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
        <location filename="../../app/ui/main_window.py" line="155" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>Create a &amp;demo community</source>
        <translation>创建示例社群(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159" />
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Toggle &amp;sidebar</source>
        <translation>显示/隐藏侧边栏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;About Steward</source>
        <translation>关于 Steward(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="208" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237" />
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241" />
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262" />
        <source>Nothing to undo on this page</source>
        <translation>此页面没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284" />
        <source>Created a demo community of %1 members</source>
        <translation>已创建包含 %1 位成员的示例社群</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292" />
        <source>Creating demo members</source>
        <translation>正在创建示例成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299" />
        <source>Healthy: integrity ok, schema %1, %2 members</source>
        <translation>状态良好：完整性正常，结构版本 %1，共 %2 位成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="303" />
        <source>Problems found: %1</source>
        <translation>发现问题：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308" />
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312" />
        <source>About Steward</source>
        <translation>关于 Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313" />
        <source>Steward %1
A desktop community manager for solo operators.

Data folder: %2</source>
        <translation>Steward %1
为独立社群运营者打造的桌面社群管理工具。

数据文件夹：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="318" />
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319" />
        <source>Steward hit an unexpected problem while working on “%1”. Your data is safe. Details were written to the log in %2.</source>
        <translation>Steward 在处理“%1”时遇到意外问题。你的数据是安全的。详细信息已写入 %2 中的日志。</translation>
    </message>
</context>
<context>
    <name>MemberDataActions</name>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="42" />
        <source>Move to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="45" />
        <source>Export member data…</source>
        <translation>导出成员数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="46" />
        <source>Anonymise…</source>
        <translation>匿名化…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="47" />
        <source>Erase for good…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="63" />
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="80" />
        <source>Moved “%1” to the trash</source>
        <translation>已将“%1”移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="82" />
        <source>Moved %1 members to the trash</source>
        <translation>已将 %1 位成员移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="91" />
        <source>Moving to the trash</source>
        <translation>正在移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="99" />
        <source>Restored 1 member</source>
        <translation>已还原 1 位成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="100" />
        <source>Restored %1 members</source>
        <translation>已还原 %1 位成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="103" />
        <source>Undoing the delete</source>
        <translation>正在撤销删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="116" />
        <source>Export everything about this member</source>
        <translation>导出该成员的全部数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="117" />
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="124" />
        <source>Exported %1 records to %2. The file is not encrypted: hand it over safely, then delete it.</source>
        <translation>已将 %1 条记录导出到 %2。该文件未加密：请以安全的方式交付，然后将其删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="129" />
        <source>Exporting member data</source>
        <translation>正在导出成员数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="145" />
        <location filename="../../app/ui/pages/members/data_actions.py" line="159" />
        <source>Anonymous member %1</source>
        <translation>匿名成员 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="147" />
        <source>Anonymise “%1”? Their name, other names, location, time zone and interests are cleared, and their %2 handles and %3 notes are deleted for good, together with their items in the trash. Their tags, status, join date and linked records such as cases and points are kept, under the name “%4”, so statistics stay right. This cannot be undone; backups made earlier still hold the original data until they rotate out.</source>
        <translation>要匿名化“%1”吗？其名称、其他名称、所在地、时区和兴趣将被清空，其 %2 个账号、%3 条备注以及回收站中的相关项目将被彻底删除。其标签、状态、入群日期以及案件、积分等关联记录会以“%4”的名义保留，以确保统计数据准确。此操作无法撤销；此前的备份在轮换删除前仍保留原始数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="155" />
        <source>Anonymise member</source>
        <translation>匿名化成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="156" />
        <source>Anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="163" />
        <source>Anonymised member %1</source>
        <translation>已匿名化成员 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="166" />
        <source>Anonymising</source>
        <translation>正在匿名化</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="179" />
        <source>Erased member %1 for good</source>
        <translation>已彻底删除成员 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="181" />
        <source>and removed %1 older backups</source>
        <translation>并删除了 %1 份较早的备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/data_actions.py" line="188" />
        <source>Erasing</source>
        <translation>正在彻底删除</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="43" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="44" />
        <source>Handles</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="45" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="46" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="47" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="48" />
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="51" />
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="51" />
        <source>Muted</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="51" />
        <source>Left</source>
        <translation>已退群</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="52" />
        <source>Removed</source>
        <translation>已移出群聊</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/member_table.py" line="52" />
        <source>Banned</source>
        <translation>已封禁</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="32" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="39" />
        <source>Search names, nicknames and handles (Ctrl+F)</source>
        <translation>搜索名称、昵称和账号 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="42" />
        <source>Search members</source>
        <translation>搜索成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="64" />
        <source>Member list</source>
        <translation>成员列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="67" />
        <source>No members yet</source>
        <translation>还没有成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="68" />
        <source>Members you add or import appear here, with their handles on every platform, tags and notes.</source>
        <translation>你添加或导入的成员会显示在这里，包括他们在各平台的账号、标签和备注。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="70" />
        <source>Create a demo community</source>
        <translation>创建示例社群</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="74" />
        <source>No matching members</source>
        <translation>没有匹配的成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="75" />
        <source>Try a shorter search, or another spelling.</source>
        <translation>试试更短的关键词，或换一种写法。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="130" />
        <source>%1 matching</source>
        <translation>找到 %1 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="132" />
        <source>%1 members</source>
        <translation>%1 位成员</translation>
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
    <name>PageHeader</name>
    <message>
        <location filename="../../app/ui/widgets/page_header.py" line="51" />
        <source>More actions</source>
        <translation>更多操作</translation>
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
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="32" />
        <source>Steward: the database needs attention</source>
        <translation>Steward：数据库需要处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="33" />
        <source>The database is missing</source>
        <translation>找不到数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="34" />
        <source>The database cannot be opened as it is</source>
        <translation>数据库当前无法打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="38" />
        <source>File: %1
Problem: %2.</source>
        <translation>文件：%1
问题：%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="44" />
        <source>1 newer backup could not be verified with this computer's key and was skipped.</source>
        <translation>有 1 份较新的备份无法用这台电脑的密钥验证，已跳过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="46" />
        <source>%1 newer backups could not be verified with this computer's key and were skipped.</source>
        <translation>有 %1 份较新的备份无法用这台电脑的密钥验证，已跳过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="53" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="58" />
        <source>Start with an empty database</source>
        <translation>使用空数据库开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="63" />
        <source>Set the log aside</source>
        <translation>移开日志文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="64" />
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="79" />
        <source>The database file itself is whole. Steward will rename the log beside it (it is kept, not deleted) and open the database as it was when it was last saved in full. Nothing else changes.</source>
        <translation>数据库文件本身是完整的。Steward 会将它旁边的日志文件重命名（保留而不删除），并按最后一次完整保存时的状态打开数据库。其他内容均不会改变。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="84" />
        <source>No backup in the backups folder could be verified with this computer's key, so Steward cannot repair this by itself and will not change anything. If you moved to a new computer, open Steward with your recovery key; if you have a backup file elsewhere, restore it with “steward restore FILE”.</source>
        <translation>备份文件夹中没有任何备份能用这台电脑的密钥验证，因此 Steward 无法自行修复，也不会做任何更改。如果你换了新电脑，请使用恢复密钥打开 Steward；如果你在其他位置有备份文件，请用“steward restore FILE”命令恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="91" />
        <source>The newest backup that verifies is from %1 (%2). Steward will put it in place of the database. Changes made after %1 are not in it.</source>
        <translation>通过验证的最新备份来自 %1（%2）。Steward 将用它替换数据库。%1 之后所做的更改不包含在其中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="96" />
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
    <name>SecurityActions</name>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="44" />
        <source>Your data is now protected by a passphrase.</source>
        <translation>你的数据现在由密码短语保护。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="45" />
        <source>Switching to a passphrase</source>
        <translation>正在切换为密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="49" />
        <source>The key is now kept in the system keyring.</source>
        <translation>密钥现已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="50" />
        <source>Moving the key to the system keyring</source>
        <translation>正在将密钥移至系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="59" />
        <source>The passphrase was changed.</source>
        <translation>密码短语已更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="60" />
        <source>Changing the passphrase</source>
        <translation>正在更改密码短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="74" />
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>当前密码短语不正确，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="76" />
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security_actions.py" line="79" />
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="18" />
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="24" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="27" />
        <location filename="../../app/ui/pages/settings/security.py" line="28" />
        <source>Key kept in</source>
        <translation>密钥保存位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="34" />
        <source>Use a passphrase instead…</source>
        <translation>改用密码短语…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="35" />
        <source>Change passphrase…</source>
        <translation>更改密码短语…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="37" />
        <source>Use the system keyring instead…</source>
        <translation>改用系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="49" />
        <source>Encrypted with SQLCipher (256-bit key)</source>
        <translation>已使用 SQLCipher 加密（256 位密钥）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="51" />
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="54" />
        <source>The system keyring (%1)</source>
        <translation>系统钥匙串（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="57" />
        <source>A passphrase, asked each time Steward starts</source>
        <translation>密码短语（每次启动 Steward 时输入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/security.py" line="60" />
        <source>The keyring changed since the last run (it was %1).</source>
        <translation>自上次运行以来钥匙串已变更（之前为 %1）。</translation>
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
        <location filename="../../app/ui/sidebar.py" line="41" />
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="47" />
        <location filename="../../app/ui/sidebar.py" line="77" />
        <source>Collapse the sidebar</source>
        <translation>收起侧边栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="76" />
        <source>Expand the sidebar</source>
        <translation>展开侧边栏</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../app/ui/widgets/task_status.py" line="24" />
        <location filename="../../app/ui/widgets/task_status.py" line="25" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/task_status.py" line="70" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
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