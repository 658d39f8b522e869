using Ward.Assistant.Grounding;
using Ward.Assistant.Knowledge;

namespace Ward.Assistant.Tests.Grounding;

/// <summary>Every number, time, price, link and name in an answer must be in a cited entry.</summary>
public sealed class GroundingCheckTests
{
    private static readonly KnowledgeEntry Fee = new()
    {
        Id = "fee", Kind = KnowledgeKind.Fee, Owner = "billing@example.org", Version = 1,
        Language = "en", Amount = 45, Currency = "USD", Clinician = "Dr. Ana Petrova",
        Text = new EntryText("Forms", "A form costs $45 and is ready in 3 days; Dr. Ana Petrova "
            + "signs it. Open 08:00-17:00. Pay at https://pay.example.org/forms", []),
    };

    [Theory]
    [InlineData("A form costs $45.")]
    [InlineData("Forms are ready in 3 days and cost $45; Dr. Petrova signs them.")]
    [InlineData("We are open from 8:00 to 17:00.")]
    [InlineData("Pay online: https://pay.example.org/forms")]
    public void Check_FactsFromEntry_Grounded(string answer)
    {
        var result = GroundingCheck.Check(answer, [Fee], []);

        Assert.True(result.Grounded, string.Join(",", result.Unsupported.Select(f => f.Kind)));
    }

    [Theory]
    [InlineData("A form costs $40.", "number")]
    [InlineData("A form costs $45, ready in 2 days.", "number")]
    [InlineData("Dr. Smith signs forms.", "name")]
    [InlineData("Pay at https://evil.example.com/pay", "link")]
    [InlineData("Forms are free, $0 today.", "number")]
    [InlineData("We open at 8am on Saturday.", "name")]
    public void Check_InventedFact_Rejected(string answer, string kind)
    {
        var result = GroundingCheck.Check(answer, [Fee], []);

        Assert.False(result.Grounded);
        Assert.Contains(result.Unsupported, f => f.Kind == kind);
    }

    [Fact]
    public void Check_NoCitedEntry_AnyNumberRejected()
    {
        var result = GroundingCheck.Check("Your visit costs $45.", [], ["Thank you."]);

        Assert.False(result.Grounded);
    }
}
