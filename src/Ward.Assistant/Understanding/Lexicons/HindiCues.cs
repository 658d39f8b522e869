namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Hindi cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class HindiCues
{
    public const string Code = "hi";

    public const string Data = """
        [opening_hours] कब खुलता^5 | खुलते हैं^4 | कितने बजे^3 | बंद होता^4 | समय क्या^3 | टाइमिंग^4
        [booking] अपॉइंटमेंट^3 | बुक^4 | मिलना है^2 | डॉक्टर से मिलना^3 | समय लेना^3
        [rescheduling] बदलना^6 | दूसरे दिन^3 | दूसरा समय^3 | आगे करना^5
        [cancelling] रद्द^6 | कैंसल^6 | नहीं आ पाऊंगा^5 | नहीं आ पाऊंगी^5
        [refill_request] पर्चा^4 | दवाई^2 | दवा^2 | दवा खत्म^5 | रीफिल^5
        [insurance_accepted] बीमा^5 | इंश्योरेंस^5 | आयुष्मान^5
        [directions] पता^4 | कहाँ है^4 | कैसे पहुंचें^4 | पार्किंग^4
        [intake_form] फॉर्म^5 | फार्म^5 | भरना^3 | पंजीकरण^3
        [billing_question] बिल^4 | भुगतान^3 | कितना पैसा^4 | फीस^4 | कीमत^4 | खर्च^4
        [speak_to_person] बात करनी है^4 | किसी से बात^5 | इंसान^5 | फोन करें^5
        [small_talk] धन्यवाद | शुक्रिया | ठीक है | ओके | नमस्ते | अच्छा
        [clinical] क्या यह सामान्य है | सामान्य है | लेनी चाहिए | ले सकता हूँ | ले सकती हूँ
        कितनी खुराक | खुराक | साइड इफेक्ट
        खतरनाक | एंटीबायोटिक
        """;
}
