namespace Ward.Security.Keys;

/// <summary>
/// The master keys an instance holds: the current one, which wraps everything new, and previous
/// ones, which only unwrap rows that are still wrapped by them.
/// </summary>
/// <remarks>
/// <para>Rotating the master key without downtime:</para>
/// <list type="number">
/// <item><description>Set the new key as <c>Ward__Keys__MasterKey</c> and the old one as
/// <c>Ward__Keys__PreviousMasterKeys__0</c>.</description></item>
/// <item><description>Restart the instances one at a time. Each reads rows wrapped by either key,
/// so the service stays up. An instance not yet restarted knows only the old key: while the
/// restarts run, do not add practices or key versions, whose rows the new key
/// wraps.</description></item>
/// <item><description>Run <c>ward keys rotate</c>, which re-wraps every row under the current key
/// (<see cref="PracticeKeys.Rewrap"/>).</description></item>
/// <item><description>Drop the old key from the configuration. Backups taken before the rotation
/// still need it: keep it, offline, as long as those backups must stay
/// readable.</description></item>
/// </list>
/// </remarks>
public sealed class MasterKeyRing
{
    private readonly MasterKey[] _all;

    /// <summary>Creates a ring; a previous key equal to the current one or to an earlier previous
    /// key is kept once.</summary>
    public MasterKeyRing(MasterKey current, IEnumerable<MasterKey> previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);

        var all = new List<MasterKey> { current };
        foreach (var key in previous)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(previous));
            if (!all.Exists(k => k.Id == key.Id))
            {
                all.Add(key);
            }
        }

        Current = current;
        _all = [.. all];
    }

    /// <summary>The key that wraps every new or re-wrapped data key.</summary>
    public MasterKey Current { get; }

    /// <summary>Every key of the ring, the current one first.</summary>
    public IReadOnlyList<MasterKey> All => _all;

    /// <summary>The key whose <see cref="MasterKey.Id"/> is <paramref name="id"/>.</summary>
    /// <exception cref="MissingMasterKeyException">No key of the ring has that id.</exception>
    public MasterKey Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var key in _all)
        {
            if (key.Id == id)
            {
                return key;
            }
        }

        throw MissingMasterKeyException.For(id);
    }
}
