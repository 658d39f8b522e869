using Ward.Assistant.Knowledge;
using Ward.Assistant.Tests.Support;

namespace Ward.Assistant.Tests.Knowledge;

/// <summary>Knowledge-base files: YAML and JSON, refused whole with each bad field named and
/// never its value.</summary>
public sealed class KnowledgeReaderTests
{
    private const string Yaml = """
        language: en
        entries:
          - id: hours-main
            kind: hours
            owner: desk@example.org
            version: 2
            title: Opening hours
            answer: Monday to Friday 08:00-18:00.
            hours:
              - { days: Mon-Fri, opens: "08:00", closes: "18:00" }
            translations:
              es: { title: Horario, answer: "De lunes a viernes de 08:00 a 18:00." }
        """;

    [Fact]
    public void Read_Yaml_EntryWithTranslationAndHours()
    {
        var knowledge = KnowledgeReader.Read(Yaml);

        var entry = Assert.Single(knowledge.Entries);
        Assert.Equal("hours-main", entry.Id);
        Assert.Equal(KnowledgeKind.Hours, entry.Kind);
        Assert.Equal(2, entry.Version);
        Assert.Equal(new TimeOnly(18, 0), entry.Hours[0].Closes);
        Assert.Equal("Horario", entry.TextIn("es").Title);
    }

    [Fact]
    public void Read_Json_SameAsYaml()
    {
        const string json = """
            {"entries": [{"id": "fee-visit", "kind": "fee", "owner": "billing@example.org",
              "version": 1, "title": "Visit", "answer": "A visit costs $120.", "amount": 120,
              "currency": "USD", "expires": "2027-01-31"}]}
            """;

        var entry = Assert.Single(KnowledgeReader.Read(json).Entries);

        Assert.Equal(120m, entry.Amount);
        Assert.Equal(new DateOnly(2027, 1, 31), entry.ExpiresOn);
    }

    [Fact]
    public void Read_BadFields_EachNamedWithoutValue()
    {
        const string secretish = "Dr-Secret-Value";
        var text = $$"""
            entries:
              - id: "{{secretish}}"
                kind: horoscope
                owner: nobody
                version: zero
                title: x
                expires: 31/12/2027
                amount: lots
                hours: [ { days: Mon, opens: "8am", closes: "18:00" } ]
            """;

        var error = Assert.Throws<KnowledgeFormatException>(() => KnowledgeReader.Read(text));

        Assert.Contains(error.Problems, p => p.StartsWith("entries[0].id:", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("entries[0].kind:", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("entries[0].owner:", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("entries[0].version:", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("entries[0].answer:", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("entries[0].expires:", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("entries[0].amount:", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("entries[0].hours[0].opens:", StringComparison.Ordinal));
        Assert.DoesNotContain(secretish, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("horoscope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedId_Refused()
    {
        var text = Yaml + "\n" + Yaml.Split("entries:\n")[1];

        var error = Assert.Throws<KnowledgeFormatException>(() => KnowledgeReader.Read(text));

        Assert.Contains(error.Problems, p => p.StartsWith("entries[1].id:", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NotYaml_PositionOnly()
    {
        var error = Assert.Throws<KnowledgeFormatException>(() =>
            KnowledgeReader.Read("entries: [ {id: \"unclosed secret-value"));

        Assert.DoesNotContain("secret-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoKnowledge_ExpiredEntry_NotActive()
    {
        var knowledge = DemoKnowledge.Base;

        var expired = knowledge.Expired(new DateOnly(2026, 12, 4)).Select(e => e.Id).ToList();

        Assert.Equal(["faq-holiday-hours-2025"], expired);
        Assert.DoesNotContain(knowledge.Active(new DateOnly(2026, 12, 4)), e => e.Id == expired[0]);
    }

    [Fact]
    public void Decide_HolidayQuestion_ExpiredEntryNeverCited()
    {
        var reply = DemoKnowledge.Engine.Decide(Requests.For("what are your holiday hours for christmas"));

        Assert.DoesNotContain(reply.Citations, c => c.EntryId == "faq-holiday-hours-2025");
    }
}
