namespace Ward.Triage.Lexicons;

/// <summary>Bengali phrases.</summary>
internal static class Bengali
{
    public const string Code = "bn";

    public const string Data = """
        [ChestPain]
        বুকে খুব ব্যথা | বুকে প্রচণ্ড ব্যথা | বুকে অনেক ব্যথা | বুকে তীব্র ব্যথা
        বুকে ব্যথা | বুক ব্যথা | বুকে চাপ | হার্ট অ্যাটাক
        [Breathing]
        শ্বাস নিতে পারছে না | শ্বাস নিতে পারছি না | শ্বাসকষ্ট | দম বন্ধ
        [Bleeding]
        রক্ত থামছে না | রক্ত পড়া থামছে না | রক্ত বন্ধ হচ্ছে না
        প্রচুর রক্ত | রক্ত বন্ধ হচ্ছে না | রক্তপাত
        [SuicideSelfHarm]
        আত্মহত্যা | মরে যেতে চাই | বাঁচতে চাই না | সব ওষুধ খেয়ে
        [Stroke]
        স্ট্রোক | মুখ বেঁকে | কথা জড়িয়ে
        [Anaphylaxis]
        গলা ফুলে | জিভ ফুলে
        [Fever]
        জ্বর
        [AgeWeek]
        সপ্তাহ
        [AgeMonth]
        মাস
        [Unconscious]
        অজ্ঞান
        [AbdominalPain]
        পেটে .. ব্যথা | পেট .. ব্যথা
        পেটে ব্যথা | পেট ব্যথা
        [Severe]
        সহ্য করতে পারছি না | সহ্য করতে পারছে না
        প্রচণ্ড | তীব্র
        [Swelling]
        ফুলে গেছে | মুখ ফুলে
        [ThroatSign]
        গলা চুলকা
        [AllergyTrigger]
        চিংড়ি | বাদাম | মৌমাছি | অ্যালার্জি | খাওয়ার পর
        [BleedWord]
        রক্ত
        [HeadHit]
        মাথায় আঘাত | মাথায় চোট | মাথা ফেটে | মাথায় বাড়ি
        [Negation]
        না | নেই
        [Clinical]
        চিন্তার কিছু | ওষুধ | ব্যথা | ফুলে থাকে | জ্বর | কাশি
        [Routine]
        অ্যাপয়েন্টমেন্ট | বিল | ঠিকানা
        [Stopword]
        আমার | আমি | এবং | আর | কি | কী | হয় | না | এর | থেকে | করে
        """;
}
