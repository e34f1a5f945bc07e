"""A product manager's ten days in Shanghai, on her laptop in the evenings, written in the
thirty-seventh session after steps 73 and 74, held out: a weekend in Hangzhou, her
mother's knee replacement, a used electric car, her son's primary school admission, a
broken dishwasher, and, in English, a product analytics question from work. She searches
on Baidu in Chinese, with no spaces between words, and on Bing in English; the pages are
mostly Chinese. Between them she opens Baidu's front page, reads Weibo's hot list and
watches variety clips on Bilibili's front page.
Used by make_week_history.py (``week143``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import BING, Step, day, page, search

BAIDU = "https://www.baidu.com/s?wd="


def baidu(query: str, task: str | None) -> Step:
    """A search typed into Baidu's box, with the title Baidu gives its result page."""
    return ("goto", BAIDU + quote_plus(query), f"{query}_百度搜索", task)


def front() -> list[Step]:
    return [("goto", "https://www.baidu.com/", "百度一下，你就知道", None)]


def weibo() -> list[Step]:
    return [("goto", "https://s.weibo.com/top/summary", "微博热搜榜", None)]


def clip(video: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.bilibili.com/", "哔哩哔哩 (゜-゜)つロ 干杯~-bilibili", None),
        ("click", f"https://www.bilibili.com/video/{video}", title, None),
    ]


STEPS: list[Step] = [
    day("1 08:10"),
    *front(),
    *weibo(),
    day("1 20:30"),
    baidu("杭州两日游攻略周末", "hangzhou"),
    page(
        "https://www.mafengwo.cn/gonglve/ziyouxing/123456.html",
        "杭州两日游攻略，周末这样玩最舒服 - 马蜂窝",
        "hangzhou",
    ),
    baidu("膝关节置换手术费用医保报销", "knee"),
    page(
        "https://www.haodf.com/zhuanjiaguandian/knee_replacement_cost.html",
        "膝关节置换手术大概多少钱？医保能报多少 - 好大夫在线",
        "knee",
    ),
    *clip("BV1xx411c7mD", "【综艺】奔跑吧 名场面合集_哔哩哔哩_bilibili"),
    day("2 08:15"),
    *front(),
    day("2 21:00"),
    baidu("二手特斯拉model3值得买吗", "car"),
    page(
        "https://www.dongchedi.com/article/7234567890123",
        "二手Model 3到底值不值得买？看完这篇再决定 - 懂车帝",
        "car",
    ),
    search(BING, "retention cohort analysis sql weekly active users", "analytics"),
    page(
        "https://www.reddit.com/r/analytics/comments/1t7q2m9/weekly_retention_cohort_sql/",
        "Weekly retention cohort in SQL? : r/analytics",
        "analytics",
    ),
    day("3 08:10"),
    *weibo(),
    day("3 20:45"),
    baidu("上海小学入学积分怎么算", "school"),
    page(
        "https://edu.sh.gov.cn/xxgk_ywjy/20270301/zhaosheng.html",
        "2027年上海市义务教育阶段学校招生入学工作实施意见 - 上海市教育委员会",
        "school",
    ),
    baidu("西门子洗碗机E15故障怎么解决", "dishwasher"),
    page(
        "https://zhidao.baidu.com/question/987654321.html",
        "西门子洗碗机显示E15是什么故障？怎么处理 - 百度知道",
        "dishwasher",
    ),
    day("4 08:20"),
    *front(),
    day("4 21:15"),
    baidu("西湖附近民宿推荐安静", "hangzhou"),
    page(
        "https://www.ctrip.com/hotels/hangzhou-westlake-homestay/",
        "杭州西湖附近民宿推荐 - 携程旅行",
        "hangzhou",
    ),
    baidu("老人膝关节置换术后康复训练", "knee"),
    page(
        "https://www.haodf.com/zhuanjiaguandian/knee_rehab.html",
        "膝关节置换术后怎么康复？康复训练要点 - 好大夫在线",
        "knee",
    ),
    *clip("BV1yy411d8eF", "【综艺】向往的生活 爆笑片段_哔哩哔哩_bilibili"),
    day("5 08:10"),
    *weibo(),
    day("5 20:30"),
    search(BING, "amplitude vs mixpanel funnel analysis pricing", "analytics"),
    page(
        "https://www.g2.com/compare/amplitude-vs-mixpanel",
        "Amplitude vs Mixpanel | G2",
        "analytics",
    ),
    baidu("二手电动车电池衰减怎么检测", "car"),
    page(
        "https://www.autohome.com.cn/news/202703/1234567.html",
        "买二手电动车，电池衰减怎么看？ - 汽车之家",
        "car",
    ),
    day("6 10:00"),
    *front(),
    day("6 10:30"),
    baidu("上海对口小学查询学区", "school"),
    page(
        "https://www.shxuequ.com/query/",
        "上海学区房对口小学查询 - 上海学区网",
        "school",
    ),
    baidu("洗碗机排水泵更换多少钱上门", "dishwasher"),
    page(
        "https://www.58.com/shanghai/xiyiji-weixiu/",
        "上海洗碗机维修上门服务 - 58同城",
        "dishwasher",
    ),
    day("7 08:15"),
    *front(),
    day("7 20:45"),
    baidu("杭州灵隐寺预约门票", "hangzhou"),
    page(
        "https://www.lingyinsi.org/yuyue.html",
        "灵隐寺参观预约须知 - 杭州灵隐寺",
        "hangzhou",
    ),
    baidu("膝关节置换术哪家医院好上海", "knee"),
    page(
        "https://www.haodf.com/jibing/xiguanjiezhihuan/shanghai.html",
        "上海膝关节置换哪家医院好 - 好大夫在线",
        "knee",
    ),
    *clip("BV1zz411e9gH", "【综艺】极限挑战 经典回顾_哔哩哔哩_bilibili"),
    day("8 08:10"),
    *weibo(),
    day("8 21:00"),
    search(BING, "north star metric examples saas product", "analytics"),
    page(
        "https://www.lennysnewsletter.com/p/choosing-your-north-star-metric",
        "Choosing your North Star metric - Lenny's Newsletter",
        "analytics",
    ),
    baidu("二手车过户流程上海新能源牌照", "car"),
    page(
        "https://www.dongchedi.com/article/7234567899999",
        "上海二手新能源车过户流程及牌照问题 - 懂车帝",
        "car",
    ),
    day("9 08:15"),
    *front(),
    day("9 20:30"),
    baidu("小学入学材料清单户口本房产证", "school"),
    page(
        "https://edu.sh.gov.cn/xxgk_ywjy/20270401/cailiao.html",
        "小学入学报名需要准备哪些材料 - 上海市教育委员会",
        "school",
    ),
    day("10 11:00"),
    *front(),
    baidu("西门子洗碗机售后电话上海", "dishwasher"),
    page(
        "https://www.siemens-home.bsh-group.com.cn/service/",
        "西门子家电售后服务 - 西门子家电官网",
        "dishwasher",
    ),
]
