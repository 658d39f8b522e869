using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;
using Ward.Storage.Identity;

namespace Ward.Staff.Identity;

/// <summary>
/// Checks authenticator codes (RFC 6238: 30-second steps, one step either side for clock
/// drift) and accepts each code once: a code whose time step is not later than the last
/// accepted one for the account is refused (RFC 6238, 5.2). The last step is stored with the
/// account and written under Identity's concurrency stamp, so two instances that see the same
/// code at once accept it on at most one of them.
/// </summary>
internal sealed class OneTimeAuthenticatorProvider(TimeProvider time)
    : IUserTwoFactorTokenProvider<StaffUser>
{
    public const string LoginProvider = "[WardAuthenticator]";
    public const string LastStepName = "LastAcceptedStep";

    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager,
        StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    public async Task<bool> ValidateAsync(string purpose, string token,
        UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = token?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "",
            StringComparison.Ordinal);
        if (string.IsNullOrEmpty(key) || code is not { Length: 6 } || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(1, 1)))
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepName);
        if (last is not null && long.Parse(last, CultureInfo.InvariantCulture) >= step)
        {
            return false;
        }

        var stored = await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepName,
            step.ToString(CultureInfo.InvariantCulture));
        return stored.Succeeded;
    }
}
