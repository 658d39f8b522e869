namespace Ward.Triage.Lexicons;

/// <summary>Urdu phrases in Urdu script and in Roman Urdu.</summary>
internal static class Urdu
{
    public const string Code = "ur";

    public const string Data = """
        [ChestPain]
        سینے میں .. درد | seene mein .. dard
        سینے میں درد | چھاتی میں درد | دل کا دورہ | seene mein dard | dil ka dora
        [Breathing]
        سانس نہیں لے | سانس لینے میں مشکل | دم گھٹ | saans nahi le | saans lene mein mushkil
        [Bleeding]
        بہت خون | خون نہیں رک | bohat khoon | khoon nahi ruk
        [SuicideSelfHarm]
        خودکشی | مرنا چاہتا | مرنا چاہتی | زہر پی | زہر کھا | جینا نہیں چاہتا | khudkushi
        marna chahta | marna chahti | zeher pee | zehar kha | jeena nahi chahta
        [Stroke]
        فالج | منہ ٹیڑھا | بول نہیں پا | falij | munh terha
        [Anaphylaxis]
        گلا سوج | زبان سوج | gala sooj
        [Fever]
        بخار | bukhar
        [AgeDay]
        دن
        [AgeWeek]
        ہفتے | hafte
        [AgeMonth]
        مہینے | mahine
        [HeadHit]
        سر پر چوٹ | sar pe chot
        [Unconscious]
        بے ہوش | behosh
        [AbdominalPain]
        پیٹ میں .. درد | pet mein .. dard
        پیٹ میں درد | pait mein dard | pet mein dard
        [Severe]
        برداشت نہیں | bardasht nahi
        شدید | بہت تیز | shadeed
        [Swelling]
        سوج گیا | سوج گئی
        [AllergyTrigger]
        مونگ پھلی | الرجی
        [BleedWord]
        خون
        [Negation]
        نہیں | بغیر
        [Clinical]
        دوا | کیا میں | nuqsan | ultrasound | dawai | kya me | pregnancy
        [Routine]
        اپائنٹمنٹ | فیس | بل | پتہ
        [Stopword]
        ہے | میں | کا | کی | کے | اور | کو | سے | نے | میرے | میری | کیا | hai | mein | kya
        [Poisoning]
        زہر کھا لیا | زہر پی لیا | زہریلی گیس
        [Seizure]
        دورہ پڑ | مرگی کا دورہ | جھٹکے آ رہے
        [Ingested]
        پی لیا | پی لی | نگل لیا | نگل لی | کھا لیا | کھا لی
        [Toxin]
        بلیچ | ہارپک | فینائل | چوہے مار دوا | کیڑے مار دوا | بیٹری | مقناطیس | مٹی کا تیل | پیٹرول
        تیزاب
        [Medicine]
        گولیاں | دوائیاں
        [Child]
        بچے نے | بیٹے نے | بیٹی نے
        [Idiom]
        فوڈ پوائزننگ
        """;
}
