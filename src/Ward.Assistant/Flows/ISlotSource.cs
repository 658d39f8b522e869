namespace Ward.Assistant.Flows;

/// <summary>
/// Where free appointment times come from. The EHR module fills it (FHIR Slot search) when a
/// practice connects one; until then <see cref="NoSlotSource"/> has none and booking becomes a
/// request for the front desk.
/// </summary>
public interface ISlotSource
{
    /// <summary>Up to <paramref name="count"/> free slots from <paramref name="from"/> on.</summary>
    Task<IReadOnlyList<AppointmentSlot>> FreeSlotsAsync(
        DateTimeOffset from, int count, CancellationToken cancellationToken);
}
