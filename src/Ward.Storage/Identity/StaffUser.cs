using Microsoft.AspNetCore.Identity;

namespace Ward.Storage.Identity;

/// <summary>
/// A staff member's sign-in account. It is linked to one row of the practice's <c>users</c>
/// table by practice and e-mail; that row, not this one, holds the role and the name, so the
/// practice file stays the one place that says who works where.
/// </summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The practice the account signs in to.</summary>
    public string PracticeId { get; set; } = "";

    /// <summary>The id of the linked <c>users</c> row (the e-mail as the practice file has
    /// it).</summary>
    public string StaffId { get; set; } = "";
}
