using Microsoft.Extensions.Logging;

namespace Ward.Assistant;

/// <summary>
/// Every log line of the assistant (event ids 6000-6099). Intents, routes, counts and error
/// types only: never a message, an answer or anything the patient wrote.
/// </summary>
internal static partial class AssistantLog
{
    [LoggerMessage(6000, LogLevel.Debug, "The language model rephrased a {Intent} answer")]
    public static partial void ModelRewrote(ILogger logger, string intent);

    [LoggerMessage(6001, LogLevel.Warning,
        "The language model's answer was not used ({Reason}); the retrieval answer was sent")]
    public static partial void ModelFellBack(ILogger logger, string reason);
}
