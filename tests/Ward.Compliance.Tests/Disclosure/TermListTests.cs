using Ward.Compliance.Disclosure;
using Ward.Compliance.Disclosure.Terms;

namespace Ward.Compliance.Tests.Disclosure;

public sealed class TermListTests
{
    public static TheoryData<string, string> Lists => new()
    {
        { "en", EnglishTerms.Data },
        { "es", SpanishTerms.Data },
        { "bg", BulgarianTerms.Data },
        { "de", GermanTerms.Data },
        { "fr", FrenchTerms.Data },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Parse_EachLanguage_HasFortyConditions(string language, string data)
    {
        var terms = TermList.Parse(data).ToList();

        var conditions = terms.Count(term => term.Kind == HealthInfoKind.Condition);
        Assert.True(conditions >= 40, $"{language}: {conditions} conditions");
    }

    [Fact]
    public void Parse_Medications_AtLeastSixtyNames()
    {
        var names = TermList.Parse(MedicationNames.Data).ToList();

        Assert.True(names.Count >= 60, $"{names.Count} names");
        Assert.All(names, name => Assert.Equal(HealthInfoKind.Medication, name.Kind));
    }

    [Fact]
    public void Parse_BulgarianMedications_AtLeastSixtyCyrillicNames()
    {
        var terms = TermList.Parse(BulgarianTerms.Data);

        var medications = terms.Count(term => term.Kind == HealthInfoKind.Medication);
        Assert.True(medications >= 60, $"{medications} medication terms");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Find_EveryTermWrittenOut_FindsItsKind(string language, string data)
    {
        var terms = TermList.Parse(data);

        foreach (var term in terms)
        {
            var text = string.Join(' ', term.Words.Select(word => word.Text));
            var finding = HealthInfoDetector.Find(text);
            Assert.True(finding.Kinds.HasFlag(term.Kind), $"{language}: '{text}'");
        }
    }

    [Theory]
    [InlineData("[Condition]\nab* | diabetes")]
    [InlineData("diabetes")]
    [InlineData("[Condition]\n*")]
    public void Matcher_MalformedList_Throws(string data)
    {
        Assert.Throws<FormatException>(() => new TermMatcher(TermList.Parse(data).ToList()));
    }
}
