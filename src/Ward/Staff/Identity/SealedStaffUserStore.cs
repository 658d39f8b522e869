using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Ward.Security.Keys;
using Ward.Storage.Identity;

namespace Ward.Staff.Identity;

/// <summary>
/// Identity's store with the two-factor secrets protected at rest: the authenticator key is
/// sealed with AES-256-GCM under the master key (bound to the account), and recovery codes are
/// kept only as keyed hashes, so a copy of the database yields neither. A key sealed by a
/// master key that is no longer configured cannot be opened; the member enrols again.
/// </summary>
internal sealed class SealedStaffUserStore(StaffIdentityDbContext context, MasterKeyRing keys,
    IdentityErrorDescriber? describer = null)
    : UserOnlyStore<StaffUser, StaffIdentityDbContext>(context, describer)
{
    private const string SealedPrefix = "mk1:";
    private const string HashPrefix = "h1:";

    public override async Task SetAuthenticatorKeyAsync(StaffUser user, string key,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var sealedKey = keys.Current.Wrap(Encoding.UTF8.GetBytes(key), KeyPurpose(user));
        await base.SetAuthenticatorKeyAsync(user,
            $"{SealedPrefix}{keys.Current.Id}:{Convert.ToBase64String(sealedKey)}", cancellationToken);
        // A new key starts its own sequence of codes: the last step of the old one no longer
        // says anything.
        await RemoveTokenAsync(user, OneTimeAuthenticatorProvider.LoginProvider,
            OneTimeAuthenticatorProvider.LastStepName, cancellationToken);
    }

    public override async Task<string?> GetAuthenticatorKeyAsync(StaffUser user,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await base.GetAuthenticatorKeyAsync(user, cancellationToken);
        if (stored is null || !stored.StartsWith(SealedPrefix, StringComparison.Ordinal))
        {
            // Written before keys were sealed: read once more as it is; the next reset seals it.
            return stored;
        }

        var parts = stored[SealedPrefix.Length..].Split(':', 2);
        var opened = keys.Find(parts[0]).Unwrap(Convert.FromBase64String(parts[1]), KeyPurpose(user));
        return Encoding.UTF8.GetString(opened);
    }

    public override Task ReplaceCodesAsync(StaffUser user, IEnumerable<string> recoveryCodes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        var hashes = recoveryCodes.Select(c => Hash(keys.Current, user, c)).ToList();
        return base.ReplaceCodesAsync(user, hashes, cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(StaffUser user, string code,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(code);
        foreach (var key in keys.All)
        {
            if (await base.RedeemCodeAsync(user, Hash(key, user, code), cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static string KeyPurpose(StaffUser user) => "ward:staff-authenticator-key:" + user.Id;

    private static string Hash(MasterKey key, StaffUser user, string code) => HashPrefix + key.Id + ":"
        + Convert.ToBase64String(key.Mac(Encoding.UTF8.GetBytes(code.Trim()),
            "ward:staff-recovery-code:" + user.Id));
}
