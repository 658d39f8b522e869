namespace Ward.Host.Tests.Keys;

/// <summary>
/// Tests that run <c>ward</c> with a configuration of their own, outside <c>CliRunner</c>:
/// console output is process-wide, so they run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(nameof(SerialConsole), DisableParallelization = true)]
public sealed class SerialConsole;
