namespace Ward;

/// <summary>Settings of the Ward server itself. Bound from <c>Ward</c>.</summary>
public sealed class WardOptions
{
    /// <summary>The address the providers call (Twilio signs it).
    /// Default: http://localhost:5080/.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080/");

    /// <summary>Largest webhook body accepted, in bytes. Default: 1 MiB for JSON
    /// (WhatsApp batches stay far below it) and the same bound for forms.</summary>
    public int MaxWebhookBytes { get; set; } = 1 << 20;
}
