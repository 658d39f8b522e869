namespace Ward.Assistant.Flows;

/// <summary>The slot source of a practice without a connected EHR: no free times known.</summary>
public sealed class NoSlotSource : ISlotSource
{
    public static NoSlotSource Instance { get; } = new();

    public Task<IReadOnlyList<AppointmentSlot>> FreeSlotsAsync(
        DateTimeOffset from, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AppointmentSlot>>([]);
}
