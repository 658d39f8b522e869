namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Japanese cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class JapaneseCues
{
    public const string Code = "ja";

    public const string Data = """
        [opening_hours] 診療時間^5 | 営業時間^5 | 何時から^4 | 何時まで^4 | 開いて^4 | 休診^4
        [booking] 予約^4 | 受診^3 | 診察^2
        [rescheduling] 予約変更^6 | 変更したい^5 | 別の日^3 | 日程を変え^6
        [cancelling] キャンセル^6 | 取り消し^6 | 行けなくなり^5
        [refill_request] 処方箋^5 | 薬がなくな^5 | 同じ薬^4 | お薬^2
        [insurance_accepted] 保険^5 | 保険証^5
        [directions] 住所^4 | 場所^4 | 行き方^4 | 駐車場^4 | バス^3
        [intake_form] 問診票^5 | 用紙^4 | 記入^3
        [billing_question] 請求^4 | 支払い^3 | いくら^4 | 料金^4 | 費用^4
        [speak_to_person] 担当者^5 | スタッフと話^5 | 電話してほしい^5 | 人と話^5
        [small_talk] ありがとう | はい | 了解 | わかりました | こんにちは | OK
        [clinical] 普通ですか | 正常ですか | 飲んでもいい | 飲むべき | 用量 | 何錠 | 副作用 | 危険ですか | 抗生物質
        """;
}
