"""A data analyst's ten days in Tokyo, at home in the evenings, written in the
thirty-seventh session after steps 73 and 74, held out: his tax return (a medical expense
deduction, filed on e-Tax), an autumn trip to Kyoto for the leaves, an electric bicycle
for the school run, swimming lessons for his daughter, a pain in his lower back, and, in
English, a pandas question from work. He searches on Yahoo! JAPAN and on Google (in
Japanese, and in English for the code); the pages are mostly Japanese. Between them he
opens Yahoo! JAPAN's front page and Gmail, and watches baseball highlights from YouTube's
front page.
Used by make_week_history.py (``week142``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import GOOGLE, Step, day, gmail_message, page, video_home

YAHOO = "https://search.yahoo.co.jp/search?p="
ADDRESS = "kenta.sato.tokyo@gmail.com"
INBOX = "b4d8f2a6c0"


def yahoo(query: str, task: str | None) -> Step:
    """A search typed into Yahoo! JAPAN's box, with the title it gives its result page."""
    return ("goto", YAHOO + quote_plus(query), f"「{query}」の検索結果 - Yahoo!検索", task)


def google(query: str, task: str | None) -> Step:
    """A search on Google in Japanese, with the title Google gives it there."""
    return ("goto", GOOGLE + quote_plus(query), f"{query} - Google 検索", task)


def front() -> list[Step]:
    return [("goto", "https://www.yahoo.co.jp/", "Yahoo! JAPAN", None)]


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", f"受信トレイ (4) - {ADDRESS} - Gmail", None)
    ]


def baseball(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 07:50"),
    *front(),
    *mail(),
    day("1 21:10"),
    yahoo("確定申告 医療費控除 いくらから", "tax"),
    page(
        "https://www.nta.go.jp/taxes/shiraberu/taxanswer/shotoku/1120.htm",
        "No.1120 医療費を支払ったとき（医療費控除）｜国税庁",
        "tax",
    ),
    yahoo("京都 紅葉 見頃 11月 穴場", "kyoto"),
    page(
        "https://souda-kyoto.jp/autumn/",
        "京都の紅葉名所・見頃情報 | そうだ 京都、行こう。",
        "kyoto",
    ),
    *baseball("bsbl000001", "【ハイライト】巨人vs阪神 10月5日 - YouTube"),
    day("2 07:45"),
    *front(),
    day("2 21:30"),
    google("電動自転車 子供乗せ パナソニック ヤマハ 比較", "bike"),
    page(
        "https://kakaku.com/bicycle/electric-bicycle/ranking_2910/",
        "電動アシスト自転車 人気売れ筋ランキング - 価格.com",
        "bike",
    ),
    (
        "goto",
        GOOGLE + quote_plus("pandas groupby multiple columns aggregate different functions"),
        "pandas groupby multiple columns aggregate different functions - Google 検索",
        "pandas",
    ),
    page(
        "https://stackoverflow.com/questions/14529838/apply-multiple-functions-to-multiple-groupby-columns",
        "python - Apply multiple functions to multiple groupby columns - Stack Overflow",
        "pandas",
    ),
    day("3 07:50"),
    *mail(),
    day("3 20:45"),
    yahoo("腰痛 右側 座ると痛い 原因", "back"),
    page(
        "https://www.kenkoukazoku.co.jp/youtsu/migi",
        "右側の腰痛の原因と対処法｜整形外科医が解説",
        "back",
    ),
    yahoo("スイミングスクール 5歳 体験 江東区", "swim"),
    page(
        "https://www.central.co.jp/school/kids/swim/",
        "キッズスイミングスクール｜セントラルスポーツ",
        "swim",
    ),
    day("4 07:40"),
    *front(),
    day("4 21:00"),
    yahoo("e-tax マイナンバーカード スマホ 読み取り できない", "tax"),
    page(
        "https://www.e-tax.nta.go.jp/toiawase/qa/mynumber.htm",
        "マイナンバーカードの読み取りができない場合 | e-Tax",
        "tax",
    ),
    google("京都 旅館 嵐山 2泊 露天風呂付き客室", "kyoto"),
    page(
        "https://www.jalan.net/kankou/cit_261000000/",
        "嵐山の旅館・ホテル 露天風呂付き客室 - じゃらんnet",
        "kyoto",
    ),
    *baseball("bsbl000002", "【プロ野球】今日のホームラン集 - YouTube"),
    day("5 07:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1877600223344000001",
        "【セントラルスポーツ】体験レッスンのご予約を承りました",
        "swim",
    ),
    day("5 21:15"),
    google("pandas pivot_table vs groupby unstack performance", "pandas"),
    page(
        "https://pandas.pydata.org/docs/user_guide/reshaping.html",
        "Reshaping and pivot tables — pandas documentation",
        "pandas",
    ),
    google("パナソニック ギュット クルーム 試乗 店舗", "bike"),
    page(
        "https://cycle.panasonic.com/products/gyutto/",
        "ギュット・クルームシリーズ | 電動アシスト自転車 | Panasonic",
        "bike",
    ),
    day("6 10:00"),
    *front(),
    day("6 10:20"),
    yahoo("腰痛 整形外科 江東区 土曜 診療", "back"),
    page(
        "https://byoinnavi.jp/koto/ortho/saturday",
        "江東区の整形外科（土曜診療） - 病院なび",
        "back",
    ),
    yahoo("京都 紅葉 ライトアップ 2027 予約", "kyoto"),
    page(
        "https://ja.kyoto.travel/event/autumn-illumination/",
        "京都の紅葉ライトアップ特集 | 京都観光Navi",
        "kyoto",
    ),
    day("7 07:45"),
    *mail(),
    day("7 21:00"),
    yahoo("医療費控除 明細書 書き方 ドラッグストア", "tax"),
    page(
        "https://www.nta.go.jp/taxes/shiraberu/shinkoku/tokushu/keisubetsu/iryou-koujo.htm",
        "医療費控除の明細書の書き方 | 国税庁",
        "tax",
    ),
    google("子供 水泳 何歳から 習わせる", "swim"),
    page(
        "https://kosodate.benesse.ne.jp/swim/age",
        "水泳は何歳から習わせる？始めどきとメリット | ベネッセ",
        "swim",
    ),
    *baseball("bsbl000003", "【ハイライト】ソフトバンクvsロッテ 10月11日 - YouTube"),
    day("8 07:50"),
    *front(),
    day("8 21:30"),
    google("pandas merge asof nearest timestamp by group", "pandas"),
    page(
        "https://pandas.pydata.org/docs/reference/api/pandas.merge_asof.html",
        "pandas.merge_asof — pandas documentation",
        "pandas",
    ),
    yahoo("電動自転車 バッテリー 容量 通勤 毎日 何キロ", "bike"),
    page(
        "https://www.yamaha-motor.co.jp/pas/battery/",
        "バッテリーの容量と走行距離 | PAS | ヤマハ発動機",
        "bike",
    ),
    day("9 07:45"),
    *mail(),
    day("9 20:30"),
    yahoo("ぎっくり腰 ストレッチ やってはいけない", "back"),
    page(
        "https://www.kenkoukazoku.co.jp/youtsu/gikkuri-stretch",
        "ぎっくり腰のときにやってはいけないストレッチ｜整形外科医が解説",
        "back",
    ),
    day("10 10:30"),
    *front(),
    yahoo("京都 嵐山 紅葉 混雑 朝 何時", "kyoto"),
    page(
        "https://souda-kyoto.jp/autumn/arashiyama-morning.html",
        "嵐山の紅葉は朝がおすすめ！混雑を避ける時間帯 | そうだ 京都、行こう。",
        "kyoto",
    ),
    yahoo("スイミング 水着 キャップ 体験 持ち物", "swim"),
    page(
        "https://www.central.co.jp/school/kids/swim/trial.html",
        "体験レッスンの持ち物｜セントラルスポーツ",
        "swim",
    ),
]
