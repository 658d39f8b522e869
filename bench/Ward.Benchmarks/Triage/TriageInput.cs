namespace Ward.Benchmarks.Triage;

/// <summary>A named text for the triage benchmarks; the name is what the report shows.</summary>
public sealed record TriageInput(string Name, string Text)
{
    public override string ToString() => Name;
}
