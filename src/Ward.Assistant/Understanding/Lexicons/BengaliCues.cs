namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Bengali cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class BengaliCues
{
    public const string Code = "bn";

    public const string Data = """
        [opening_hours] কখন খোলা^5 | খোলা থাকে^4 | কয়টায়^3 | বন্ধ হয়^4 | সময়সূচি^5
        [booking] অ্যাপয়েন্টমেন্ট^4 | বুক^4 | ডাক্তার দেখাতে^3 | সিরিয়াল^4
        [rescheduling] পরিবর্তন^6 | অন্য দিন^3 | অন্য সময়^3
        [cancelling] বাতিল^6 | ক্যানসেল^6 | আসতে পারব না^5
        [refill_request] প্রেসক্রিপশন^4 | ওষুধ^2 | ওষুধ শেষ^5
        [insurance_accepted] বীমা^5 | ইন্স্যুরেন্স^5
        [directions] ঠিকানা^4 | কোথায়^4 | কিভাবে যাব^4 | পার্কিং^4
        [intake_form] ফর্ম^5 | পূরণ^3 | নিবন্ধন^3
        [billing_question] বিল^4 | পেমেন্ট^3 | কত টাকা^4 | ফি^4 | খরচ^4
        [speak_to_person] কথা বলতে চাই^4 | মানুষের সাথে^5 | ফোন করুন^5
        [small_talk] ধন্যবাদ | ঠিক আছে | ওকে | হ্যালো | আচ্ছা
        [clinical] এটা কি স্বাভাবিক | স্বাভাবিক | খাওয়া উচিত | খেতে পারি | ডোজ
        পার্শ্বপ্রতিক্রিয়া | বিপজ্জনক | অ্যান্টিবায়োটিক
        """;
}
