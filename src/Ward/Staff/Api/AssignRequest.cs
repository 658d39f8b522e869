namespace Ward.Staff.Api;

/// <summary>Who the conversation is assigned to (a staff e-mail), or null for nobody.</summary>
public sealed record AssignRequest(string? StaffId);
