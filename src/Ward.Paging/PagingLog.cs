using Microsoft.Extensions.Logging;
using Ward.Channels;

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
        "PagerDuty page not accepted yet ({Kind}): HTTP {HttpStatus}; it will be retried")]
    public static partial void PageDeferred(
        this ILogger logger, SendFailureKind kind, int? httpStatus);

    [LoggerMessage(3002, LogLevel.Critical,
        "PagerDuty refused an on-call page ({Kind}): HTTP {HttpStatus}; on-call is not paged")]
    public static partial void PageRefused(
        this ILogger logger, SendFailureKind kind, int? httpStatus);
}
