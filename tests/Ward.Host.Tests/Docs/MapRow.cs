namespace Ward.Host.Tests.Docs;

/// <summary>One row of a table in <c>docs/compliance.md</c>: the requirement (section and
/// title), what Ward does, how to check it, and the tests that prove it.</summary>
internal sealed record MapRow(string Requirement, string Feature, string Check, string Tests);
