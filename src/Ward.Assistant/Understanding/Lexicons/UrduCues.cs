namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Urdu cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class UrduCues
{
    public const string Code = "ur";

    public const string Data = """
        [opening_hours] اوقات کار^5 | کب کھلتا^5 | کھلے ہیں^4 | بند ہوتا^4 | کتنے بجے^3 | ٹائمنگ^4
        [booking] اپائنٹمنٹ^4 | وقت لینا^4 | بک^4 | ڈاکٹر سے ملنا^3 | چیک اپ^2
        [rescheduling] تبدیل^6 | دوسرے دن^3 | دوسرا وقت^3 | آگے کرنا^5
        [cancelling] منسوخ^6 | کینسل^6 | نہیں آ سکوں^5
        [refill_request] نسخہ^4 | دوائی^2 | دوا ختم^5 | ری فل^5
        [insurance_accepted] انشورنس^5 | بیمہ^5 | صحت کارڈ^5
        [directions] پتہ^4 | کہاں ہے^4 | کیسے پہنچوں^4 | پارکنگ^4
        [intake_form] فارم^5 | سوالنامہ^4 | بھرنا^3 | رجسٹریشن^3
        [billing_question] بل^4 | ادائیگی^3 | کتنے پیسے^4 | فیس^4 | قیمت^4 | خرچ^4
        [speak_to_person] بات کرنی ہے^4 | کسی سے بات^5 | انسان^5 | فون کریں^5
        [small_talk] شکریہ | ٹھیک ہے | اوکے | سلام | اچھا | جی
        [clinical] کیا یہ نارمل ہے | نارمل ہے | لینی چاہیے | لے سکتا ہوں | لے سکتی ہوں | خوراک
        سائیڈ ایفیکٹ | خطرناک | اینٹی بائیوٹک
        """;
}
