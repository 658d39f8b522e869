namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Persian cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class PersianCues
{
    public const string Code = "fa";

    public const string Data = """
        [opening_hours] ساعت کاری^5 | باز هستید^5 | کی باز^4 | تعطیل^4 | ساعت چند^3
        [booking] نوبت^4 | وقت بگیرم^4 | رزرو^4 | دکتر^2 | ویزیت^3
        [rescheduling] تغییر نوبت^6 | جابجا^6 | روز دیگر^3 | وقت دیگر^3
        [cancelling] لغو^6 | کنسل^6 | نمی توانم بیایم^5
        [refill_request] نسخه^4 | تمدید نسخه^6 | دارو^2 | داروهایم^2 | تمام شده^3
        [insurance_accepted] بیمه^5 | تامین اجتماعی^5 | بیمه تکمیلی^5
        [directions] آدرس^4 | کجا هستید^4 | چطور بیایم^4 | پارکینگ^4 | اتوبوس^3
        [intake_form] فرم^5 | پرسشنامه^4 | پر کنم^3 | ثبت نام^3
        [billing_question] صورتحساب^4 | پرداخت^3 | چقدر^4 | هزینه^4 | قیمت^4 | ویزیت چند^4
        [speak_to_person] صحبت کنم^4 | یک نفر^4 | منشی^4 | با من تماس^5 | زنگ بزنید^5
        [small_talk] ممنون | مرسی | متشکرم | باشه | سلام | خوب | عالی
        [clinical] طبیعی است | عادی است | باید بخورم | می توانم بخورم | چه دوزی | دوز
        چند میلی گرم | عوارض جانبی | خطرناک | آنتی بیوتیک
        """;
}
