"""An office worker's ten days in Seoul, on her laptop at home, written in the thirty-seventh
session, after Korean was first read by the multilingual model alone, and scored before
any change for it: a long weekend on Jeju (flights, a rental car, a hotel), her dog's
kneecap surgery, a jeonse deposit loan for the next flat, the moving company for it, an
iPhone's battery, and English for a speaking test at work. She searches on Naver, in
Korean, and on Google, in English now and then; the pages she reads are mostly Naver blog
posts and shops. Between them she opens Naver's front page and its mail, and watches
variety clips from YouTube's front page.
Used by make_week_history.py (``week141``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import GOOGLE, Step, day, page, search, video_home

NAVER = "https://search.naver.com/search.naver?where=nexearch&query="


def naver(query: str, task: str | None) -> Step:
    """A search typed into Naver's box, with the title Naver gives its result page."""
    return ("goto", NAVER + quote_plus(query), f"{query} : 네이버 검색", task)


def front() -> list[Step]:
    return [("goto", "https://www.naver.com/", "NAVER", None)]


def mail() -> list[Step]:
    return [("goto", "https://mail.naver.com/", "네이버 메일", None)]


def message(mail_id: str, subject: str, task: str | None) -> list[Step]:
    url = f"https://mail.naver.com/v2/read/0/{mail_id}"
    return [("tab", url, f"{subject} : 네이버 메일", task), ("close", "", "", task)]


def clip(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 08:20"),
    *front(),
    *mail(),
    day("1 21:00"),
    naver("제주도 2박3일 여행 코스 추천", "jeju"),
    page(
        "https://blog.naver.com/jejulove88/223456789012",
        "제주도 2박3일 여행 코스 총정리 (동쪽 위주) : 네이버 블로그",
        "jeju",
    ),
    naver("강아지 슬개골 탈구 3기 수술 비용", "dog"),
    page(
        "https://blog.naver.com/happypuppy_vet/223401234567",
        "소형견 슬개골 탈구 3기, 수술 비용과 회복 기간 : 네이버 블로그",
        "dog",
    ),
    *clip("vrty000001", "[런닝맨] 레전드 모음 | 런닝맨 - YouTube"),
    day("2 08:30"),
    *front(),
    day("2 20:30"),
    naver("전세자금대출 조건 2027 무주택 직장인", "loan"),
    page(
        "https://blog.naver.com/moneyhouse/223412345678",
        "2027 전세자금대출 조건 총정리 (버팀목, 시중은행) : 네이버 블로그",
        "loan",
    ),
    page(
        "https://nhuf.molit.go.kr/FP/FP05/FP0502/FP05020101.jsp",
        "버팀목 전세자금대출 | 주택도시기금",
        "loan",
    ),
    naver("아이폰 13 배터리 교체 비용 공식 서비스센터", "battery"),
    page(
        "https://support.apple.com/ko-kr/iphone/repair/battery-replacement",
        "iPhone 배터리 교체 - Apple 지원 (KR)",
        "battery",
    ),
    day("3 08:20"),
    *mail(),
    *message("1001", "[제주항공] 항공권 예약 확인 안내", "jeju"),
    day("3 21:15"),
    naver("제주 렌트카 완전자차 가격 비교", "jeju"),
    page(
        "https://blog.naver.com/travel_jeju/223423456789",
        "제주 렌트카 완전자차 꼭 해야 할까? 가격 비교 후기 : 네이버 블로그",
        "jeju",
    ),
    search(GOOGLE, "opic speaking test tips im2 to ih", "english"),
    page(
        "https://www.reddit.com/r/Korean/comments/1t3k8d2/opic_tips_from_im2_to_ih/",
        "OPIc tips: from IM2 to IH in a month : r/Korean",
        "english",
    ),
    day("4 08:40"),
    *front(),
    day("4 20:00"),
    naver("포장이사 견적 비교 원룸 투룸", "moving"),
    page(
        "https://blog.naver.com/movingtip/223434567890",
        "포장이사 견적 비교 사이트 3곳 후기 (투룸 기준) : 네이버 블로그",
        "moving",
    ),
    naver("슬개골 탈구 수술 후 재활 산책", "dog"),
    page(
        "https://blog.naver.com/happypuppy_vet/223445678901",
        "슬개골 수술 후 재활, 산책은 언제부터? : 네이버 블로그",
        "dog",
    ),
    *clip("vrty000002", "[나 혼자 산다] 기안84 모음 - YouTube"),
    day("5 08:30"),
    *mail(),
    *message("1002", "[주택도시기금] 전세자금대출 상담 예약 안내", "loan"),
    day("5 21:00"),
    naver("아이폰 배터리 성능 최대치 80 교체 시기", "battery"),
    page(
        "https://blog.naver.com/itgadget/223456701234",
        "아이폰 배터리 성능 최대치 80% 이하면 교체해야 할까? : 네이버 블로그",
        "battery",
    ),
    search(GOOGLE, "opic self introduction sample answer", "english"),
    page(
        "https://www.opictest.com/sample-answers/self-introduction",
        "OPIc Self-Introduction: Sample Answers | OPIc Test Prep",
        "english",
    ),
    day("6 10:30"),
    *front(),
    day("6 11:00"),
    naver("제주 애월 오션뷰 호텔 추천", "jeju"),
    page(
        "https://hotels.naver.com/list?placeFileName=place%3AJeju_Aewol",
        "애월 호텔 : 네이버 호텔",
        "jeju",
    ),
    naver("전세 확정일자 전입신고 순서", "loan"),
    page(
        "https://blog.naver.com/moneyhouse/223467890123",
        "전입신고와 확정일자, 잔금일에 순서대로 하는 법 : 네이버 블로그",
        "loan",
    ),
    day("6 16:00"),
    *clip("vrty000003", "[놀면 뭐하니?] 하이라이트 - YouTube"),
    day("7 08:30"),
    *mail(),
    day("7 20:30"),
    naver("이사 업체 계약금 환불 규정", "moving"),
    page(
        "https://www.consumer.go.kr/user/ftc/consumer/cnsmrBizRule/72/selectCnsmrBizRuleDetail.do",
        "이사화물 분쟁해결기준 | 소비자24",
        "moving",
    ),
    naver("강아지 슬개골 수술 잘하는 동물병원 서울", "dog"),
    page(
        "https://blog.naver.com/seoulvet/223478901234",
        "서울 슬개골 수술 잘하는 동물병원 3곳 비교 : 네이버 블로그",
        "dog",
    ),
    day("8 08:30"),
    *front(),
    *message("1003", "[○○이사] 포장이사 견적서 보내드립니다", "moving"),
    day("8 21:00"),
    search(GOOGLE, "opic rp role play questions examples", "english"),
    page(
        "https://www.opictest.com/role-play-questions",
        "OPIc Role Play Questions with Examples | OPIc Test Prep",
        "english",
    ),
    naver("아이폰 13 사설 배터리 교체 정품 차이", "battery"),
    page(
        "https://blog.naver.com/itgadget/223489012345",
        "아이폰 사설 배터리 교체 vs 정품, 차이점 정리 : 네이버 블로그",
        "battery",
    ),
    day("9 08:30"),
    *mail(),
    day("9 20:00"),
    naver("제주 흑돼지 맛집 애월", "jeju"),
    page(
        "https://blog.naver.com/jejulove88/223490123456",
        "애월 흑돼지 맛집 솔직 후기 : 네이버 블로그",
        "jeju",
    ),
    naver("버팀목 대출 필요 서류 재직증명서", "loan"),
    page(
        "https://blog.naver.com/moneyhouse/223401239876",
        "버팀목 전세자금대출 필요 서류 체크리스트 : 네이버 블로그",
        "loan",
    ),
    day("10 11:00"),
    *front(),
    naver("이사 전 버릴 가구 대형폐기물 신고 방법", "moving"),
    page(
        "https://blog.naver.com/movingtip/223412340987",
        "대형폐기물 스티커 온라인 신고 방법 : 네이버 블로그",
        "moving",
    ),
    *clip("vrty000004", "[유 퀴즈 온 더 블럭] 명장면 - YouTube"),
]
