namespace Ward.Storage.Outbox;

/// <summary>Where an outbox row stands.</summary>
public static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Sent = "sent";

    /// <summary>Parked after too many failures or a permanent refusal; staff see it.</summary>
    public const string Dead = "dead";
}
