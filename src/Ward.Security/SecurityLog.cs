using Microsoft.Extensions.Logging;

namespace Ward.Security;

/// <summary>Log messages of the Security module (event ids 1000-1099).</summary>
internal static partial class SecurityLog
{
    [LoggerMessage(1000, LogLevel.Warning,
        "DEVELOPMENT MASTER KEY in use ({Path}). Anyone who can read this file can decrypt " +
        "the data. Set Ward__Keys__MasterKey or Ward__Keys__MasterKeyFile before real patients " +
        "write to this server.")]
    public static partial void DevelopmentMasterKey(ILogger logger, string path);
}
