namespace Ward.Triage.Lexicons;

/// <summary>Persian (Farsi) phrases; Arabic and Persian yeh and kaf fold together.</summary>
internal static class Persian
{
    public const string Code = "fa";

    public const string Data = """
        [ChestPain]
        درد قفسه سینه | درد سینه | سینه ام درد | فشار روی سینه | سکته قلبی | حمله قلبی
        [Breathing]
        نمیتونم نفس بکشم | نمی توانم نفس بکشم | نفس نمیکشه | نفسم بند اومده | خفه شد | کبود شد
        [Bleeding]
        خونریزی شدید | خون زیاد | خونریزی بند نمیاد | خون بالا میاره | پد عوض
        [SuicideSelfHarm]
        خودکشی | خودمو بکشم | میخوام بمیرم | نمیخوام زنده باشم | رگمو زدم | همه قرص ها
        [Stroke]
        سکته مغزی | دهنش کج | نمیتونه حرف بزنه | یه طرف بدنش
        [Anaphylaxis]
        گلوم ورم | زبونش ورم | شوک آنافیلاکسی | نمیتونم قورت بدم
        [Fever]
        تب | درجه
        [AgeDay]
        روزه | روز
        [AgeWeek]
        هفته
        [AgeMonth]
        ماهه | ماه
        [HeadHit]
        سرش خورد | ضربه به سر | ضربه مغزی
        [Unconscious]
        بیهوش | غش کرد | از هوش رفت
        [Unresponsive]
        جواب نمیده | واکنش نداره
        [AbdominalPain]
        دل درد | درد شکم | شکمم درد
        [Severe]
        شدید | وحشتناک | غیرقابل تحمل
        [ShockSign]
        رنگش پریده | عرق سرد
        [Swelling]
        ورم | باد کرد
        [AllergyTrigger]
        بادام زمینی | زنبور | پنی سیلین | آمپول | حساسیت
        [BleedWord]
        خون | خونریزی
        [Heavy]
        شدید | زیاد | بند نمیاد
        [Negation]
        نه | بدون | ندارم
        [Clinical]
        میتونم | می‌تونم | دارو | قرص | ورزش کنم | سرماخوردگی | تب | درد | سرفه | طبیعیه
        [Routine]
        نوبت | وقت بگیرم | قبض | پرداخت | آدرس | پارکینگ | نسخه
        [Stopword]
        و | در | به | از | که | این | را | با | من | است | هست | دارم | بعد
        """;
}
