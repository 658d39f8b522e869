namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Korean cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class KoreanCues
{
    public const string Code = "ko";

    public const string Data = """
        [opening_hours] 진료시간^5 | 진료 시간^5 | 영업시간^5 | 몇 시^3 | 문 열어요^4 | 문을 열^4 | 언제 열어요^5
        [booking] 예약^4 | 예약하고^4 | 진료 받고^3 | 진찰^2
        [rescheduling] 예약 변경^6 | 변경하고^5 | 다른 날^3 | 다른 시간^3 | 미루고^5
        [cancelling] 취소^6 | 못 갈 것^5 | 못 가요^5
        [refill_request] 처방전^5 | 약이 떨어^5 | 같은 약^4 | 리필^5
        [insurance_accepted] 보험^5 | 건강보험^5 | 실비^5
        [directions] 주소^4 | 어디에 있^4 | 가는 길^4 | 주차^4 | 버스^3
        [intake_form] 문진표^5 | 양식^4 | 작성^3 | 서류^3
        [billing_question] 청구서^4 | 결제^3 | 얼마^4 | 비용^4 | 요금^4 | 가격^4
        [speak_to_person] 상담원^5 | 직원과^5 | 사람과 통화^5 | 전화 주세요^5
        [small_talk] 감사합니다 | 고마워요 | 네 | 알겠습니다 | 안녕하세요 | 좋아요
        [clinical] 정상인가요 | 괜찮은가요 | 먹어도 되나요 | 먹어야 하나요 | 용량 | 몇 알 | 부작용 | 위험한가요 | 항생제
        """;
}
