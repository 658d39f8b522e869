namespace Ward.Setup;

/// <summary>One step of setting a practice up: done, or what is still missing. A step whose
/// module does not exist yet says so (<see cref="SetupState.NotAvailable"/>) instead of
/// pretending.</summary>
internal sealed record SetupStep(int Number, string Title, SetupState State,
    IReadOnlyList<string> Missing, string? Link = null);

/// <summary>Where a setup step stands.</summary>
internal enum SetupState
{
    Done,
    Missing,
    NotAvailable,
}
