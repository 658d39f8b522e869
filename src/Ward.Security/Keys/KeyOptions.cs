namespace Ward.Security.Keys;

/// <summary>
/// Where the master key (the key-encryption key) comes from. Bound from <c>Ward:Keys</c>.
/// </summary>
/// <remarks>
/// Order of precedence: <see cref="MasterKey"/>, then <see cref="MasterKeyFile"/>, then (only when
/// <see cref="AllowDevelopmentKey"/> is true, the default) a development key generated once under
/// the data directory's <c>keys</c> folder, outside the database, with a loud warning.
/// </remarks>
public sealed class KeyOptions
{
    /// <summary>Base64 of 32 random bytes (<c>Ward__Keys__MasterKey</c>). Default: none.</summary>
    public string? MasterKey { get; set; }

    /// <summary>Path of a file holding the Base64 master key. Default: none.</summary>
    public string? MasterKeyFile { get; set; }

    /// <summary>Base64 keys that were the master key before, one per index
    /// (<c>Ward__Keys__PreviousMasterKeys__0</c>, <c>__1</c>, ...). They only unwrap rows not yet
    /// re-wrapped by <c>ward keys rotate</c>; nothing new is wrapped with them. Blank entries are
    /// ignored. Default: none.</summary>
    /// <remarks>See <see cref="MasterKeyRing"/> for the rotation sequence.</remarks>
    public string[]? PreviousMasterKeys { get; set; }

    /// <summary>Whether a development key may be generated when no key is given. Default:
    /// true.</summary>
    public bool AllowDevelopmentKey { get; set; } = true;
}
