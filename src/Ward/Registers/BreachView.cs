using Ward.Compliance.Breaches;
using Ward.Storage.Entities;

namespace Ward.Registers;

/// <summary>An incident as the register shows it: the row, the incident and its
/// clocks.</summary>
internal sealed record BreachView(
    BreachRow Row, BreachIncident Incident, IReadOnlyList<BreachDeadlineStatus> Clocks)
{
    public bool IsOverdue => Clocks.Any(c => c.Overdue);
}
