using Microsoft.Extensions.Logging;

namespace Ward.Paging;

/// <summary>
/// Every log line of paging (event ids 3000-3099). Counts, enums and status codes only: never
/// a routing key, a phone number or anything about the patient.
/// </summary>
internal static partial class PagingLog
{
    [LoggerMessage(3000, LogLevel.Information,
        "PagerDuty accepted an on-call page with {KindCount} emergency kind(s)")]
    public static partial void PageTriggered(this ILogger logger, int kindCount);

    [LoggerMessage(3001, LogLevel.Warning,
        "PagerDuty page not accepted yet (HTTP {HttpStatus}); it is retryable")]
    public static partial void PageDeferred(this ILogger logger, int? httpStatus);

    [LoggerMessage(3002, LogLevel.Critical,
        "PagerDuty refused an on-call page (HTTP {HttpStatus}); on-call is not paged by it")]
    public static partial void PageRefused(this ILogger logger, int? httpStatus);
}
