namespace Ward.Outbox;

/// <summary>Outbox priorities: emergency replies and pages go before everything else.</summary>
internal static class ReplyPriority
{
    public const int Emergency = 100;
    public const int Routine = 10;
}
