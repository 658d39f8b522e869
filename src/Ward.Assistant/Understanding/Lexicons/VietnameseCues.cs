namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Vietnamese cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class VietnameseCues
{
    public const string Code = "vi";

    public const string Data = """
        [opening_hours] gio mo cua^5 | mo cua^4 | dong cua^4 | may gio^3 | gio lam viec^5
        [booking] dat lich^4 | dat hen^4 | lich hen^4 | kham benh^2 | gap bac si^3
        [rescheduling] doi lich^6 | doi hen^6 | doi ngay^5 | ngay khac^3
        [cancelling] huy hen^6 | huy lich^6 | huy^5 | khong den duoc^5
        [refill_request] don thuoc^5 | ke lai thuoc^5 | het thuoc^5 | thuoc^2
        [insurance_accepted] bao hiem^5 | bhyt^5
        [directions] dia chi^4 | o dau^4 | duong di^4 | dau xe^4 | cho dau xe^4
        [intake_form] mau don^5 | phieu^4 | dien thong tin^4 | dang ky^3
        [billing_question] hoa don^4 | thanh toan^3 | bao nhieu tien^4 | gia^3 | chi phi^4 | phi^3
        [speak_to_person] noi chuyen voi^4 | nguoi that^5 | nhan vien^4 | goi lai cho toi^5
        [small_talk] cam on | ok | vang | da | xin chao | chao | tot
        [clinical] co binh thuong khong | binh thuong khong | co nen uong | uong bao nhieu
        lieu luong | tac dung phu
        co nguy hiem | khang sinh
        """;
}
