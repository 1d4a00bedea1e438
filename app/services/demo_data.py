"""Word lists for the demo community: bilingual names, tags and note sentences.

Kept apart from the seeder so the lists can grow without touching the write path.
"""

from __future__ import annotations

CN_SURNAMES = (
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
    "欧阳", "司马", "上官",
)
CN_GIVEN = (
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
    "明", "超", "秀英", "霞", "平", "刚", "桂英", "子涵", "欣怡", "梓萱", "浩然", "宇轩", "雨桐",
    "思远", "晓雪", "嘉怡", "俊杰", "一鸣", "佳琪", "文博", "若曦", "天佑", "紫涵", "晨阳",
)
EN_FIRST = (
    "Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn",
    "Emma", "Olivia", "Liam", "Noah", "Mia", "Lucas", "Ethan", "Chloe", "Grace", "Leo",
    "Sofia", "Amir", "Priya", "Kenji", "Yuki", "Mateo", "Zoe", "Hannah", "Omar", "Nina",
)
EN_LAST = (
    "Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Anderson", "Thomas",
    "Moore", "Martin", "Lee", "Walker", "Hall", "Young", "King", "Wright", "Lopez", "Hill",
    "Green", "Adams", "Baker", "Nelson", "Carter", "Tanaka", "Kim", "Nguyen", "Patel", "Singh",
)
NICK_WORDS = (
    "sunny", "coder", "panda", "tea", "moon", "river", "pixel", "maple", "echo", "nova",
    "kiwi", "ocean", "forest", "lucky", "cloud", "tiger", "bamboo", "lotus", "spark", "zen",
)
TAGS = (
    ("VIP", "#d4a017"), ("新成员", "#3fa34d"), ("活跃", "#2f80ed"), ("讲师", "#9b51e0"),
    ("志愿者", "#27ae60"), ("潜水", "#828282"), ("Early adopter", "#f2994a"),
    ("Feedback", "#eb5757"), ("Beta tester", "#56ccf2"), ("上海", "#6fcf97"),
    ("北京", "#bb6bd9"), ("Remote", "#219653"), ("设计师", "#f2c94c"), ("Developer", "#2d9cdb"),
)
ROLES = ("member", "member", "member", "member", "member", "moderator", "VIP", "speaker")
LOCATIONS = (
    ("上海", "Asia/Shanghai"), ("北京", "Asia/Shanghai"), ("深圳", "Asia/Shanghai"),
    ("杭州", "Asia/Shanghai"), ("成都", "Asia/Shanghai"), ("台北", "Asia/Taipei"),
    ("Hong Kong", "Asia/Hong_Kong"), ("Singapore", "Asia/Singapore"), ("London", "Europe/London"),
    ("Berlin", "Europe/Berlin"), ("New York", "America/New_York"), ("Toronto", "America/Toronto"),
    ("Sydney", "Australia/Sydney"), ("Tokyo", "Asia/Tokyo"),
)
INTERESTS = (
    "产品设计", "Python", "摄影", "跑步", "读书会", "AI 工具", "独立开发", "咖啡", "UX research",
    "content marketing", "open source", "育儿", "理财", "travel", "前端", "社群运营",
)
NOTES_CN = (
    "今天在群里分享了{topic}的经验，反响很好，可以邀请做一次线上分享。",
    "私聊反馈：希望多一些{topic}相关的内容，建议每周固定一个时间。",
    "新人欢迎已完成，介绍了群规，对{topic}很感兴趣。",
    "上次活动签到了，问卷打分 5 分，提到想认识更多做{topic}的朋友。",
    "提醒过一次不要发广告链接，态度很好，已经删除。",
    "帮忙解答了别人关于{topic}的问题，可以考虑给积分奖励。",
    "最近两周没有发言，可以私聊问候一下近况。",
)
NOTES_EN = (
    "Shared a great thread about {topic}; ask whether they'd host a session next month.",
    "Sent feedback by DM: wants more {topic} content, ideally on a fixed weekday.",
    "Welcomed and walked through the rules; very interested in {topic}.",
    "Attended the meetup, survey score 4/5, wants to meet more people into {topic}.",
    "Reminded once about posting referral links; apologised and removed them.",
    "Quiet for two weeks — check in privately.",
    "Helped a newcomer with a {topic} question; consider awarding points.",
)
NEEDS = (
    "想找工作机会", "希望认识同行", "需要产品反馈", "looking for a mentor", "wants beta invites",
    "找合作伙伴", "想提升写作", "needs help with English", "寻找活动场地", "",
)
COMPANIES = (
    "字节跳动", "腾讯", "阿里巴巴", "美团", "小红书", "Acme Ltd", "Globex", "Initech",
    "自由职业", "Freelance", "开源基金会", "Umbrella Corp",
)
# (name, kind, options); the seeder fills some members' values for each.
FIELDS = (
    ("积分 Points", "number", ()),
    ("会员等级 Membership", "choice", ("普通 Basic", "银卡 Silver", "金卡 Gold")),
    ("公司 Company", "text", ()),
)
