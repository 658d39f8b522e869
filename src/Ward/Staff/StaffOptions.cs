namespace Ward.Staff;

/// <summary>Settings of the staff web app. Bound from <c>Ward:Staff</c>.</summary>
public sealed class StaffOptions
{
    /// <summary>Minutes without activity after which a staff session ends (HIPAA
    /// 164.312(a)(2)(iii) automatic logoff). Default: 15.</summary>
    public double IdleMinutes { get; set; } = 15;

    /// <summary>Per-practice overrides of <see cref="IdleMinutes"/>, by practice id, for
    /// example <c>Ward__Staff__PracticeIdleMinutes__sunrise-family=10</c>.</summary>
    public Dictionary<string, double> PracticeIdleMinutes { get; } = new(StringComparer.Ordinal);

    /// <summary>Hours an invitation link stays valid. Default: 72.</summary>
    public int InvitationHours { get; set; } = 72;

    /// <summary>The idle limit of one practice.</summary>
    public TimeSpan IdleLimit(string practiceId) => TimeSpan.FromMinutes(
        PracticeIdleMinutes.TryGetValue(practiceId, out var minutes) ? minutes : IdleMinutes);
}
