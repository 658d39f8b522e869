namespace Ward.Assistant.Text;

/// <summary>
/// Function words of the languages with most patients, which say nothing about what a message
/// is about: the retrieval ignores them, so "can you ... of my ..." does not match an entry that
/// happens to contain "can", "of" and "my". Folded, as <see cref="Folding"/> writes them.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // English
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "my", "your",
        "you", "i", "im", "me", "we", "us", "is", "are", "be", "do", "does", "can", "could",
        "would", "will", "please", "pls", "it", "this", "that", "what", "how", "when", "where",
        "there", "have", "has", "get", "some", "any", "more", "just", "hi", "hello",
        // Spanish, Portuguese, Italian, French, Romanian
        "el", "la", "los", "las", "un", "una", "de", "del", "y", "o", "en", "con", "por", "para",
        "mi", "su", "que", "es", "se", "me", "le", "lo", "al", "o", "os", "as", "um", "uma", "do",
        "da", "e", "em", "com", "meu", "minha", "il", "di", "e", "per", "con", "che", "le", "les",
        "des", "du", "et", "est", "je", "vous", "pour", "avec", "mon", "ma", "si", "sa", "cu",
        "pe", "nu", "sunt", "este",
        // German, Polish, Turkish
        "der", "die", "das", "und", "ich", "sie", "ist", "mit", "fur", "ein", "eine", "mein",
        "meine", "zu", "czy", "i", "w", "z", "na", "do", "sie", "jest", "mam", "bir", "ve", "mi",
        "mu", "bu", "icin", "ile",
        // Bulgarian, Russian, Greek
        "и", "в", "на", "за", "с", "да", "ли", "е", "се", "ми", "си", "от", "по", "не", "я", "у",
        "вы", "вас", "мне", "мой", "моя", "το", "η", "ο", "και", "να", "με", "σε", "για", "της",
        "του", "μου", "τα",
        // Arabic
        "في", "من", "على", "عن", "هل", "ما", "مع", "او", "و",
    };

    public static bool Contains(string folded) => Words.Contains(folded);
}
