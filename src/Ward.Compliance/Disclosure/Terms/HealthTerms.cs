namespace Ward.Compliance.Disclosure.Terms;

/// <summary>Every term list, in one matcher. The language of a message is not known before
/// it is read, so every list is tried on every message.</summary>
internal static class HealthTerms
{
    private static readonly string[] Lists =
    [
        EnglishTerms.Data,
        SpanishTerms.Data,
        BulgarianTerms.Data,
        GermanTerms.Data,
        FrenchTerms.Data,
        MedicationNames.Data,
    ];

    public static TermMatcher Matcher { get; } = new(Lists.SelectMany(TermList.Parse));
}
