namespace Ward.Assistant.Knowledge;

/// <summary>One line of a schedule, for example Mon-Fri 08:00-18:00.</summary>
/// <param name="Days">The days, as the practice writes them ("Mon-Fri", "Sat").</param>
/// <param name="Opens">Opening time, HH:mm.</param>
/// <param name="Closes">Closing time, HH:mm.</param>
public sealed record OpeningHours(string Days, TimeOnly Opens, TimeOnly Closes);
