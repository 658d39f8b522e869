namespace Ward.Host.Tests.Docs;

/// <summary>A test named in the compliance map as <c>Project: Class.Method</c>.</summary>
internal sealed record TestReference(string Project, string Class, string Method)
{
    public override string ToString() => $"{Project}: {Class}.{Method}";
}
