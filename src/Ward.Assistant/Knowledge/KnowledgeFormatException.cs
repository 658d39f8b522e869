namespace Ward.Assistant.Knowledge;

/// <summary>A knowledge-base file that cannot be used; each problem names the field, never
/// its value.</summary>
public sealed class KnowledgeFormatException : Exception
{
    public KnowledgeFormatException()
        : this([])
    {
    }

    public KnowledgeFormatException(string message)
        : this([message])
    {
    }

    public KnowledgeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public KnowledgeFormatException(IReadOnlyList<string> problems)
        : base("The knowledge base is invalid: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    /// <summary>One line per problem, e.g. "entries[2].version: must be a whole number".</summary>
    public IReadOnlyList<string> Problems { get; }
}
