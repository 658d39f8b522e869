namespace Ward.Triage.Lexicons;

/// <summary>Korean phrases (substring patterns: particles attach to words).</summary>
internal static class Korean
{
    public const string Code = "ko";

    public const string Data = """
        [ChestPain]
        가슴이 너무 아 | 가슴이 많이 아 | 가슴이 아프
        가슴이 아파 | 가슴 통증 | 가슴이 답답 | 가슴이 조이 | 심근경색 | 심장마비
        [Breathing]
        숨을 못 쉬 | 숨을 쉴 수 없 | 숨이 안 쉬어 | 호흡곤란 | 숨이 막혀 | 입술이 파래
        [Bleeding]
        피가 멈추지 않 | 피가 안 멈춰 | 출혈이 심 | 피를 토
        [SuicideSelfHarm]
        죽고 싶 | 자살 | 살고 싶지 않 | 극단적 선택 | 손목을 그 | 약을 다 먹
        [Stroke]
        뇌졸중 | 중풍 | 말이 어눌 | 입이 돌아 | 한쪽 마비
        [Anaphylaxis]
        목이 부어 | 혀가 부어 | 아나필락시스
        [Fever]
        열이 | 열 | 고열 | 도
        [AgeWeek]
        주
        [AgeMonth]
        개월
        [HeadHit]
        머리를 부딪 | 머리를 다쳐 | 머리를 맞
        [Unconscious]
        쓰러지 | 쓰러졌 | 의식이 없 | 기절
        [Unresponsive]
        반응이 없 | 대답이 없
        [AbdominalPain]
        배가 너무 아 | 배가 많이 아 | 배가 아프
        배가 아파 | 복통
        [Severe]
        참을 수가 없 | 못 참겠
        너무 심 | 극심 | 참을 수 없
        [ShockSign]
        식은땀 | 창백
        [Swelling]
        부었 | 부어
        [AllergyTrigger]
        땅콩 | 벌에 쏘 | 알레르기
        [Clinical]
        먹여도 | 먹어도 | 될까요 | 괜찮 | 해열제 | 약
        [Routine]
        예약 | 주차 | 결제 | 주소 | 영수증
        [Stopword]
        이 | 가 | 은 | 는 | 을 | 를 | 에 | 요
        [Poisoning]
        락스를 마셨 | 락스 마셨 | 세제를 마셨 | 부동액을 마셨 | 농약을 마셨 | 쥐약을 먹었
        건전지를 삼켰 | 수은전지를 삼켰 | 단추형 전지 | 자석을 삼켰 | 약을 잘못 먹었 | 일산화탄소 중독
        [Seizure]
        경련 | 발작을 하 | 발작 중 | 간질 발작 | 뇌전증 발작 | 열성 경련
        [Idiom]
        식중독
        """;
}
