namespace Ward.Staff;

/// <summary>
/// Log messages of the staff web app (event ids 5200-5249): sign-in 5200-5219, sessions
/// 5220-5239. Practice and session ids and codes only: never a name, an e-mail, a password, a
/// code or any patient data.
/// </summary>
internal static partial class StaffLog
{
    [LoggerMessage(5200, LogLevel.Information,
        "Staff sign-in completed in practice {PracticeId} ({Method})")]
    public static partial void SignedIn(ILogger logger, string practiceId, string method);

    [LoggerMessage(5201, LogLevel.Warning,
        "A staff account of practice {PracticeId} is locked after repeated failed sign-ins")]
    public static partial void LockedOut(ILogger logger, string practiceId);

    [LoggerMessage(5220, LogLevel.Information, "Staff session {SessionId} ended: {Reason}")]
    public static partial void SessionEnded(ILogger logger, string sessionId, string reason);
}
