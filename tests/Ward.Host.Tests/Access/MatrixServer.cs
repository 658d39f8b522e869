using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Access;

/// <summary>One running store with the staffed US practice, shared by the matrix cells (they
/// only run the access check, which changes nothing but the audit trail).</summary>
public sealed class MatrixServer : IAsyncLifetime
{
    internal WardTestServer Ward { get; private set; } = null!;

    internal string Folder { get; } = Directory.CreateTempSubdirectory("ward-matrix-").FullName;

    public async Task InitializeAsync() =>
        Ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());

    public async Task DisposeAsync()
    {
        await Ward.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
