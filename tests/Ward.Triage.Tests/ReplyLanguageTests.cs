namespace Ward.Triage.Tests;

/// <summary>
/// Every reply language, every emergency kind and every region. The marker of each language is
/// the "on-call clinician" phrase of its alert sentence, written here by hand, so a reply that
/// fell back to another language fails; the script is checked for non-Latin languages.
/// </summary>
public sealed class ReplyLanguageTests
{
    private const int SmsLimit = 600;

    // Code, script, marker (from the alert sentence), question mark that ends the location
    // question.
    private static readonly (string Code, string Script, string Marker, string Question)[]
        Table =
        [
            ("en", "Latin", "on-call clinician", "?"),
            ("es", "Latin", "médico de guardia", "?"),
            ("bg", "Cyrillic", "Дежурният лекар", "?"),
            ("de", "Latin", "diensthabende", "?"),
            ("fr", "Latin", "médecin de garde", "?"),
            ("it", "Latin", "medico di turno", "?"),
            ("pt", "Latin", "médico de plantão", "?"),
            ("ru", "Cyrillic", "Дежурный врач", "?"),
            ("uk", "Cyrillic", "Черговий лікар", "?"),
            ("pl", "Latin", "Dyżurny lekarz", "?"),
            ("ro", "Latin", "Medicul de gardă", "?"),
            ("nl", "Latin", "dienstdoende arts", "?"),
            ("tr", "Latin", "Nöbetçi hekim", "?"),
            ("zh", "Han", "值班医生", "？"),
            ("vi", "Latin", "Bác sĩ trực", "?"),
            ("el", "Greek", "εφημερεύων γιατρός", ";"),
            ("cs", "Latin", "Lékař ve službě", "?"),
            ("hu", "Latin", "ügyeletes orvos", "?"),
            ("sv", "Latin", "Jourhavande läkare", "?"),
            ("sr", "Latin", "Dežurni lekar", "?"),
            ("hr", "Latin", "Dežurni liječnik", "?"),
            ("ar", "Arabic", "الطبيب المناوب", "؟"),
            ("fa", "Arabic", "پزشک کشیک", "؟"),
            ("hi", "Devanagari", "डॉक्टर को सूचित", "?"),
            ("ur", "Arabic", "ڈاکٹر کو اطلاع", "؟"),
            ("bn", "Bengali", "ডাক্তারকে জানানো", "?"),
            ("ja", "Japanese", "当番の医師", "？"),
            ("ko", "Hangul", "당직 의사", "?"),
            ("tl", "Latin", "doktor na naka-duty", "?"),
            ("ht", "Latin", "doktè ki de gad", "?"),
        ];

    private static readonly PatientRegion[] Regions =
        [PatientRegion.US, PatientRegion.EU, PatientRegion.Unknown];

    public static TheoryData<string, EmergencyKind, PatientRegion> AllCases
    {
        get
        {
            var data = new TheoryData<string, EmergencyKind, PatientRegion>();
            foreach (var row in Table)
            {
                foreach (var kind in Enum.GetValues<EmergencyKind>())
                {
                    foreach (var region in Regions)
                    {
                        data.Add(row.Code, kind, region);
                    }
                }
            }

            return data;
        }
    }

    public static TheoryData<string> AllLanguages
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var row in Table)
            {
                data.Add(row.Code);
            }

            return data;
        }
    }

    [Fact]
    public void Languages_Supported_ContainsAllThirty()
    {
        Assert.Equal(30, Table.Length);
        foreach (var row in Table)
        {
            Assert.Contains(row.Code, SafetyReplies.Languages);
        }

        Assert.Equal(30, SafetyReplies.Languages.Count);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Emergency_LanguageKindRegion_StartsWithFirstNumber(
        string language, EmergencyKind kind, PatientRegion region)
    {
        var reply = Reply(language, kind, region);

        var first = FirstNumber(reply, out var index);
        Assert.Equal(region == PatientRegion.EU ? "112" : "911", first);
        Assert.True(index < 40, $"{language}: number at {index}");
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Emergency_LanguageKindRegion_ContainsRegionNumbers(
        string language, EmergencyKind kind, PatientRegion region)
    {
        var reply = Reply(language, kind, region);
        var question = Row(language).Question;

        switch (region)
        {
            case PatientRegion.US:
                Assert.Contains("911", reply, StringComparison.Ordinal);
                Assert.DoesNotContain("112", reply, StringComparison.Ordinal);
                Assert.Equal(
                    kind == EmergencyKind.SuicideSelfHarm,
                    reply.Contains("988", StringComparison.Ordinal));
                Assert.False(reply.EndsWith(question, StringComparison.Ordinal), reply);
                break;
            case PatientRegion.EU:
                Assert.Contains("112", reply, StringComparison.Ordinal);
                Assert.DoesNotContain("911", reply, StringComparison.Ordinal);
                Assert.DoesNotContain("988", reply, StringComparison.Ordinal);
                Assert.False(reply.EndsWith(question, StringComparison.Ordinal), reply);
                break;
            default:
                Assert.Contains("911", reply, StringComparison.Ordinal);
                Assert.Contains("112", reply, StringComparison.Ordinal);
                Assert.EndsWith(question, reply, StringComparison.Ordinal);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Emergency_LanguageKindRegion_InLanguageAndScript(
        string language, EmergencyKind kind, PatientRegion region)
    {
        var reply = Reply(language, kind, region);
        var row = Row(language);

        Assert.Contains(row.Marker, reply, StringComparison.Ordinal);
        AssertScript(row.Script, reply);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Emergency_LanguageKindRegion_UnderSmsLimit(
        string language, EmergencyKind kind, PatientRegion region)
    {
        var reply = Reply(language, kind, region);

        Assert.True(reply.Length < SmsLimit, $"{language}: {reply.Length} characters");
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Emergency_EachKind_HasItsOwnInstructions(string language)
    {
        foreach (var region in Regions)
        {
            var replies = Enum.GetValues<EmergencyKind>()
                .Select(kind => Reply(language, kind, region))
                .ToHashSet(StringComparer.Ordinal);

            Assert.Equal(Enum.GetValues<EmergencyKind>().Length, replies.Count);
        }
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Emergency_TwoKindsUnknownRegion_UnderSmsLimit(string language)
    {
        var kinds = Enum.GetValues<EmergencyKind>();
        foreach (var first in kinds)
        {
            foreach (var second in kinds.Where(k => k > first))
            {
                var decision = new TriageDecision(
                    TriageCategory.Emergency, [first, second], ["911", "112"], [], language,
                    PatientRegion.Unknown, AskLocation: true);

                var reply = SafetyReplies.Emergency(decision, "en");

                Assert.True(reply.Length < SmsLimit, $"{language}: {reply.Length} characters");
                Assert.Contains(Row(language).Marker, reply, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Emergency_PoisoningInUs_AddsPoisonControlAfter911(string language)
    {
        var reply = Reply(language, EmergencyKind.Poisoning, PatientRegion.US);

        var emergency = reply.IndexOf("911", StringComparison.Ordinal);
        var poison = reply.IndexOf("1-800-222-1222", StringComparison.Ordinal);
        Assert.True(emergency >= 0 && poison > emergency, reply);
        AssertScript(Row(language).Script, reply);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Emergency_PoisoningOutsideUs_HasNoPoisonControlLine(string language)
    {
        var eu = Reply(language, EmergencyKind.Poisoning, PatientRegion.EU);
        var unknown = Reply(language, EmergencyKind.Poisoning, PatientRegion.Unknown);
        var seizure = Reply(language, EmergencyKind.Seizure, PatientRegion.US);

        Assert.DoesNotContain("1-800", eu, StringComparison.Ordinal);
        Assert.DoesNotContain("1-800", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("1-800", seizure, StringComparison.Ordinal);
        Assert.EndsWith(Row(language).Question, unknown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void ClinicalHolding_Language_NamesRegionNumberInScript(string language)
    {
        var row = Row(language);

        var us = SafetyReplies.ClinicalHolding(language, PatientRegion.US);
        var eu = SafetyReplies.ClinicalHolding(language, PatientRegion.EU);
        var unknown = SafetyReplies.ClinicalHolding(language, PatientRegion.Unknown);

        Assert.Contains("911", us, StringComparison.Ordinal);
        Assert.Contains("112", eu, StringComparison.Ordinal);
        Assert.Contains("911", unknown, StringComparison.Ordinal);
        Assert.Contains("112", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("{", unknown, StringComparison.Ordinal);
        AssertScript(row.Script, unknown);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Acknowledgement_Language_InScriptWithoutNumbers(string language)
    {
        var reply = SafetyReplies.Acknowledgement(language);

        Assert.False(string.IsNullOrWhiteSpace(reply));
        Assert.DoesNotContain("{", reply, StringComparison.Ordinal);
        AssertScript(Row(language).Script, reply);
        if (language != "en")
        {
            Assert.NotEqual(SafetyReplies.Acknowledgement("en"), reply);
        }
    }

    private static (string Code, string Script, string Marker, string Question) Row(
        string language) => Table.Single(r => r.Code == language);

    private static string Reply(string language, EmergencyKind kind, PatientRegion region)
    {
        string[] numbers = region switch
        {
            PatientRegion.US when kind == EmergencyKind.SuicideSelfHarm => ["911", "988"],
            PatientRegion.US => ["911"],
            PatientRegion.EU => ["112"],
            _ => ["911", "112"],
        };
        var decision = new TriageDecision(
            TriageCategory.Emergency, [kind], numbers, [], language, region,
            AskLocation: region == PatientRegion.Unknown);
        return SafetyReplies.Emergency(decision, "en");
    }

    private static string FirstNumber(string text, out int index)
    {
        index = text.AsSpan().IndexOfAnyInRange('0', '9');
        Assert.True(index >= 0, text);
        var end = index;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return text[index..end];
    }

    private static void AssertScript(string script, string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        var inScript = letters.Count(c => InScript(script, c));
        Assert.True(
            inScript >= letters.Count * 0.9,
            $"{script}: {inScript} of {letters.Count} letters in script: {text}");
        if (script == "Japanese")
        {
            Assert.Contains(letters, c => c is >= '\u3040' and <= '\u309F');
        }
    }

    private static bool InScript(string script, char c) => script switch
    {
        "Latin" => c is <= '\u024F' or (>= '\u1E00' and <= '\u1EFF'),
        "Cyrillic" => c is >= '\u0400' and <= '\u04FF',
        "Greek" => c is >= '\u0370' and <= '\u03FF' or (>= '\u1F00' and <= '\u1FFF'),
        "Arabic" => c is >= '\u0600' and <= '\u06FF',
        "Devanagari" => c is >= '\u0900' and <= '\u097F',
        "Bengali" => c is >= '\u0980' and <= '\u09FF',
        "Han" => c is >= '\u4E00' and <= '\u9FFF',
        "Japanese" => c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF'),
        "Hangul" => c is >= '\uAC00' and <= '\uD7AF',
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, null),
    };
}
