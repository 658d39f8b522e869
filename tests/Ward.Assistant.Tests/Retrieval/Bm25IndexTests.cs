using Ward.Assistant.Retrieval;
using Ward.Assistant.Tests.Support;

namespace Ward.Assistant.Tests.Retrieval;

/// <summary>BM25 over the entries and their translations.</summary>
public sealed class Bm25IndexTests
{
    private static readonly Bm25Index Index = new(DemoKnowledge.Base.Entries);

    [Theory]
    [InlineData("is there a garage where I can park the car", "parking")]
    [InlineData("dónde puedo aparcar", "parking")]
    [InlineData("do you have interpreters", "faq-languages")]
    [InlineData("how do I get a copy of my medical records", "faq-records")]
    [InlineData("do you do flu shots", "service-vaccines")]
    public void Search_Question_EntryFirst(string question, string expected)
    {
        var hits = Index.Search(question);

        Assert.Equal(expected, hits[0].Entry.Id);
    }

    [Fact]
    public void Search_NoSharedWord_Nothing()
    {
        var hits = Index.Search("zzzz qqqq");

        Assert.Empty(hits);
    }
}
