<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="103" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>Create a &amp;demo community</source>
        <translation>创建示例社群(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107" />
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110" />
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136" />
        <source>Toggle &amp;sidebar</source>
        <translation>显示/隐藏侧边栏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143" />
        <source>&amp;About Steward</source>
        <translation>关于 Steward(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199" />
        <source>Created a demo community of %1 members</source>
        <translation>已创建包含 %1 位成员的示例社群</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>Creating demo members</source>
        <translation>正在创建示例成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214" />
        <source>Healthy: integrity ok, schema %1, %2 members</source>
        <translation>状态良好：完整性正常，结构版本 %1，共 %2 位成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>Problems found: %1</source>
        <translation>发现问题：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223" />
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227" />
        <source>About Steward</source>
        <translation>关于 Steward</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228" />
        <source>Steward %1
A desktop community manager for solo operators.

Data folder: %2</source>
        <translation>Steward %1
为独立社群运营者打造的桌面社群管理工具。

数据文件夹：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233" />
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234" />
        <source>Steward hit an unexpected problem while working on “%1”. Your data is safe. Details were written to the log in %2.</source>
        <translation>Steward 在处理“%1”时遇到意外问题。你的数据是安全的。详细信息已写入 %2 中的日志。</translation>
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
        <location filename="../../app/ui/pages/members/page.py" line="62" />
        <source>Member list</source>
        <translation>成员列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="65" />
        <source>No members yet</source>
        <translation>还没有成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="66" />
        <source>Members you add or import appear here, with their handles on every platform, tags and notes.</source>
        <translation>你添加或导入的成员会显示在这里，包括他们在各平台的账号、标签和备注。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="68" />
        <source>Create a demo community</source>
        <translation>创建示例社群</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="72" />
        <source>No matching members</source>
        <translation>没有匹配的成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="73" />
        <source>Try a shorter search, or another spelling.</source>
        <translation>试试更短的关键词，或换一种写法。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="119" />
        <source>%1 matching</source>
        <translation>找到 %1 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members/page.py" line="121" />
        <source>%1 members</source>
        <translation>%1 位成员</translation>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="32" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="39" />
        <source>Language and appearance</source>
        <translation>语言与外观</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="42" />
        <location filename="../../app/ui/pages/settings/page.py" line="49" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="46" />
        <location filename="../../app/ui/pages/settings/page.py" line="47" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="50" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="51" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="53" />
        <location filename="../../app/ui/pages/settings/page.py" line="54" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="57" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="64" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="68" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="69" />
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="77" />
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="80" />
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="84" />
        <source>Secrets are kept in</source>
        <translation>密钥保存位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="87" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings/page.py" line="89" />
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
</TS>