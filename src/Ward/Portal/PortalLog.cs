namespace Ward.Portal;

/// <summary>The portal's log events (5400-5449). Ids and codes only: never a number, a date of
/// birth, a code or a message.</summary>
internal static partial class PortalLog
{
    [LoggerMessage(5400, LogLevel.Information, "Portal code requested for practice {PracticeId}")]
    public static partial void CodeRequested(ILogger logger, string practiceId);

    [LoggerMessage(5401, LogLevel.Warning,
        "Portal code requests limited for practice {PracticeId} ({Limit})")]
    public static partial void CodeLimited(ILogger logger, string practiceId, string limit);

    [LoggerMessage(5402, LogLevel.Information, "Portal session verified for practice {PracticeId}")]
    public static partial void Verified(ILogger logger, string practiceId);

    [LoggerMessage(5403, LogLevel.Information,
        "Portal identity check failed for practice {PracticeId} ({Reason})")]
    public static partial void VerifyFailed(ILogger logger, string practiceId, string reason);

    [LoggerMessage(5404, LogLevel.Warning, "Portal form refused ({Reason})")]
    public static partial void FormRefused(ILogger logger, string reason);

    [LoggerMessage(5405, LogLevel.Error, "Portal message not stored ({ErrorType})")]
    public static partial void MessageNotStored(ILogger logger, string errorType);
}
