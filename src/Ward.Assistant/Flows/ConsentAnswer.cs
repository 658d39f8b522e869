using Ward.Assistant.Text;

namespace Ward.Assistant.Flows;

/// <summary>
/// Reads a patient's answer to a yes-or-no consent question, in any supported language: the
/// whole message must be the answer ("yes", "Sí.", "да 👍"), so a sentence that merely contains
/// a "yes" is not taken as consent (GDPR Art. 7: consent must be unambiguous).
/// </summary>
public static class ConsentAnswer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yep", "si", "sim", "da", "да", "ja", "oui", "tak",
        "ναι", "evet", "نعم", "اي", "ايوه", "haan", "हाँ", "हां", "是", "是的", "好", "好的", "はい", "예",
        "네", "có", "co", "oo", "opo", "ano", "igen", "igen.", "بله", "آره", "ہاں", "جی", "হ্যাঁ",
        "wi", "так", "dа", "jah",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "non", "nein", "nie", "не", "нет", "όχι", "οχι", "hayir", "hayır", "لا",
        "nahin", "नहीं", "不", "不要", "否", "いいえ", "아니요", "아니오", "khong", "không", "hindi",
        "ne", "nem", "nej", "nee", "nu", "نه", "نہیں", "না", "ні", "non.",
    };

    /// <summary>True for yes, false for no, null when the message is not a plain answer.</summary>
    public static bool? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Folding.Tokens(text);
        if (words.Count is 0 or > 2)
        {
            return null;
        }

        var yes = words.All(w => Yes.Contains(w) || IsPolite(w));
        var no = words.All(w => No.Contains(w) || IsPolite(w));
        return yes && !no && words.Any(Yes.Contains) ? true
            : no && !yes && words.Any(No.Contains) ? false : null;
    }

    private static bool IsPolite(string word) =>
        word is "please" or "thanks" or "thank" or "merci" or "gracias" or "danke" or "благодаря"
            or "спасибо" or "grazie" or "obrigado" or "obrigada" or "po" or "ευχαριστω";
}
